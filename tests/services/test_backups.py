"""Backups: taken by themselves, rotated, listed with what they hold, restored exactly."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from roots_app import paths
from roots_app.errors import BadInputError, StorageError
from roots_app.services import backups, bundles, demo, schools
from roots_app.services.context import Roots
from tests.conftest import laptop
from tests.dbdump import dump

pytestmark = pytest.mark.one_backend  # backups are of this computer's SQLite file


def test_backup_then_restore_gives_back_exactly_the_same_data(roots: Roots, tmp_path: Path) -> None:
    demo.make_demo(roots, 2, 2, 3)
    saved = dump(roots)
    copy = backups.save_copy(roots, tmp_path / "copy.sqlite3")
    schools.create_school(roots, "Added after the backup")
    before = backups.restore(roots, copy)
    assert dump(roots) == saved
    assert before is not None and before.parent.name == "backups"
    # What was there before the restore is itself a backup that holds the new school.
    kept = next(b for b in backups.list_backups(roots) if b.path == before)
    assert kept.kind == "before-restore" and kept.schools == 3
    assert (before.stat().st_mode & 0o777) == 0o600
    assert (before.parent.stat().st_mode & 0o777) == 0o700


def test_one_daily_backup_a_day_and_the_list_says_what_each_holds(roots: Roots) -> None:
    schools.create_school(roots, "Escuela")
    day = datetime(2026, 11, 2, 8)
    assert backups.daily(roots, day) is not None
    assert backups.daily(roots, day + timedelta(hours=5)) is None  # same day: not again
    for n in range(1, 12):
        backups.daily(roots, day + timedelta(days=n))
    found = backups.list_backups(roots)
    assert [b.kind for b in found] == ["daily"] * len(found)
    assert 7 <= len(found) <= 11  # rotated: the last 7 days and a few weeks
    assert all(b.schools == 1 and b.assessments == 0 for b in found)


def test_an_import_backs_up_first(roots: Roots, tmp_path: Path) -> None:
    other = laptop(tmp_path / "laptop")
    demo.make_demo(other, 1, 1, 3)
    path = tmp_path / "all.roots"
    bundles.export_bundle(other, path, bundles.Scope())
    other.close()
    bundles.import_bundle(roots, path, dry_run=True)
    assert backups.list_backups(roots) == []  # a preview changes nothing, needs no backup
    bundles.import_bundle(roots, path)
    assert [b.kind for b in backups.list_backups(roots)] == ["before-import"]


def test_two_backups_in_the_same_second_are_two_files(roots: Roots) -> None:
    # Two imports started at once (two programs) both back up first: never into one file.
    schools.create_school(roots, "Escuela")
    now = datetime(2026, 11, 2, 8, 30, 15)
    first, second = (backups.take(roots, "before-import", now) for _ in range(2))
    assert first is not None and second is not None and first != second
    assert [b.schools for b in backups.list_backups(roots)] == [1, 1]


def test_a_damaged_or_foreign_backup_is_refused_and_nothing_changes(
    roots: Roots, tmp_path: Path
) -> None:
    schools.create_school(roots, "Escuela")
    saved = dump(roots)
    good = backups.save_copy(roots, tmp_path / "good.sqlite3")
    truncated = tmp_path / "truncated.sqlite3"
    truncated.write_bytes(good.read_bytes()[:5000])
    noise = tmp_path / "noise.sqlite3"
    noise.write_bytes(bytes(range(256)) * 64)
    for bad in (truncated, noise):
        with pytest.raises(StorageError):
            backups.restore(roots, bad)
    with pytest.raises(BadInputError, match="no backup at"):
        backups.restore(roots, tmp_path / "missing.sqlite3")
    assert dump(roots) == saved
    assert backups.list_backups(roots) == []  # refused before anything was backed up


def test_a_backup_from_a_newer_roots_is_refused(roots: Roots, tmp_path: Path) -> None:
    import sqlite3

    newer = backups.save_copy(roots, tmp_path / "newer.sqlite3")
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    with pytest.raises(BadInputError, match="newer version of Roots"):
        backups.restore(roots, newer)


def test_a_district_database_is_backed_up_by_its_server(postgres, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from roots_app.services.context import open_roots

    url = postgres.new_database()
    district = open_roots(tmp_path / "office", url)
    try:
        assert backups.daily(district) is None  # nothing to copy on this computer
        with pytest.raises(BadInputError, match="pg_dump"):
            backups.save_copy(district, tmp_path / "copy.sqlite3")
    finally:
        district.close()
        postgres.drop(url)


def _damage(database: Path, how: str) -> None:
    content = database.read_bytes()
    if how == "truncated":
        database.write_bytes(content[: len(content) // 2])
    else:
        database.write_bytes(bytes((n * 7919) % 251 for n in range(len(content))))
    for sibling in ("-wal", "-shm"):
        database.with_name(database.name + sibling).unlink(missing_ok=True)


@pytest.mark.logs_warnings  # replacing a damaged database is logged for support
@pytest.mark.parametrize("how", ["truncated", "random bytes"])
def test_a_damaged_database_is_found_and_replaced_by_the_newest_good_backup(
    data_dir: Path, how: str
) -> None:
    from roots_app.errors import DamagedDatabaseError
    from roots_app.services.context import open_roots

    roots = open_roots(data_dir)
    demo.make_demo(roots, 3, 1, 5)  # big enough that half of it loses whole tables
    backups.take(roots, "daily", datetime(2026, 11, 20, 8))
    good = dump(roots)
    roots.close()
    live = data_dir / "roots.sqlite3"
    _damage(live, how)
    damaged_bytes = live.read_bytes()
    with pytest.raises(DamagedDatabaseError):
        roots = open_roots(data_dir)
        try:
            backups.daily(roots)
        finally:
            roots.close()
    offer = backups.newest_good(data_dir)
    assert offer is not None and offer.schools == 3
    kept = backups.replace_damaged(data_dir, offer.path)
    assert kept.read_bytes() == damaged_bytes  # kept aside, untouched, for support
    restored = open_roots(data_dir)
    try:
        assert backups.daily(restored) is not None  # sound again: checked and backed up
        assert dump(restored) == good
    finally:
        restored.close()


def test_backups_are_listed_from_their_index_without_being_opened(
    roots: Roots, tmp_path: Path
) -> None:
    schools.create_school(roots, "Escuela")
    schools.create_school(roots, "Otra escuela")
    first = backups.take(roots, "daily", datetime(2026, 11, 20, 8))
    second = backups.take(roots, "before-import", datetime(2026, 11, 21, 8))
    assert first is not None and second is not None
    # The file itself is not read to list it: its index says what it held when taken.
    first.write_bytes(bytes(range(256)) * 64)
    listed = {b.path: b for b in backups.list_backups(roots)}
    assert listed[first].schools == 2 and listed[first].described
    assert listed[second].schools == 2 and listed[second].assessments == 0
    # Without an index (an older Roots made it), it is described when asked, and kept.
    for path in (first, second):
        Path(f"{path}.json").unlink()
    listed = {b.path: b for b in backups.list_backups(roots)}
    assert not listed[first].described and listed[first].schools is None
    assert backups.describe(listed[first]).readable is False  # cannot be read: damaged
    described = backups.describe(listed[second])
    assert described.described and described.schools == 2
    assert Path(f"{second}.json").is_file()
    again = next(b for b in backups.list_backups(roots) if b.path == second)
    assert again.described and again.schools == 2


def test_rotation_removes_a_backups_index_with_it(roots: Roots) -> None:
    day = datetime(2026, 11, 2, 8)
    for n in range(40):
        backups.daily(roots, day + timedelta(days=n))
    folder = paths.backup_dir(roots.data_dir)
    kept = {p.name for p in folder.glob("*.sqlite3")}
    assert {p.name[: -len(".json")] for p in folder.glob("*.json")} == kept


def test_the_backup_offered_after_damage_is_the_newest_whose_pages_are_whole(
    data_dir: Path,
) -> None:
    from roots_app.services.context import open_roots

    roots = open_roots(data_dir)
    demo.make_demo(roots, 3, 1, 5)
    older = backups.take(roots, "daily", datetime(2026, 11, 20, 8))
    schools.create_school(roots, "Added later")
    newer = backups.take(roots, "daily", datetime(2026, 11, 21, 8))
    roots.close()
    assert older is not None and newer is not None
    _damage(newer, "truncated")  # its index still says it is fine: the pages tell
    offer = backups.newest_good(data_dir)
    assert offer is not None and offer.path == older and offer.schools == 3


def test_a_days_backup_stopped_midway_leaves_nothing_and_is_taken_next_time(
    roots: Roots,
) -> None:
    from roots_app.errors import CancelledError

    demo.make_demo(roots, 2, 1, 3)
    day = datetime(2026, 11, 2, 8)
    steps: list[tuple[int, int]] = []

    def closing(done: int, total: int) -> bool:  # the app closes while it copies
        steps.append((done, total))
        return False

    with pytest.raises(CancelledError):
        backups.daily(roots, day, progress=closing)
    assert steps  # it was asked, and stopped
    assert list(paths.backup_dir(roots.data_dir).iterdir()) == []
    assert backups.daily_due(roots, day)
    taken = backups.daily(roots, day, progress=lambda done, total: True)
    assert taken is not None and not backups.daily_due(roots, day)
    assert backups.list_backups(roots)[0].schools == 2
