"""A large write (the sample district, a district's .roots file into a new database) goes
through SQLite's rollback journal instead of WAL, and everything around it still holds: WAL
comes back, other connections still open and read, a failure or a kill loses nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from roots_app import paths
from roots_app.services import bundles, demo, schools
from roots_app.services.bundles import Scope
from roots_app.services.context import Roots, open_roots
from roots_app.storage import bulk, engine
from tests.conftest import copy_template, laptop

pytestmark = pytest.mark.one_backend  # about this computer's SQLite file


def _mode(database: Path) -> str:
    """The file's journal as another program sees it."""
    with sqlite3.connect(database) as other:
        mode = str(other.execute("PRAGMA journal_mode").fetchone()[0])
    other.close()
    return mode


def _count(database: Path, table: str) -> int:
    with sqlite3.connect(database) as other:
        found = int(other.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    other.close()
    return found


def _alone(folder: Path, template: Path) -> Roots:
    """A data folder opened as a command opens it: the one user of its database."""
    copy_template(template, folder)
    return open_roots(folder, f"sqlite:///{folder / paths.DB_FILENAME}", alone=True)


@pytest.fixture
def here(tmp_path: Path, migrated_template: Path) -> Iterator[Roots]:
    opened = _alone(tmp_path / "here", migrated_template)
    yield opened
    opened.close()


@pytest.fixture
def small_is_large(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any write of a hundred rows or more counts as large (a small district is quick)."""
    monkeypatch.setattr(engine, "LARGE_WRITE_ROWS", 100)


def _journal_while_inserting(monkeypatch: pytest.MonkeyPatch, database: Path) -> list[str]:
    """The journal each time the sample district writes a table, as another program sees it."""
    seen: list[str] = []
    insert_rows = bulk.insert_rows

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(_mode(database))
        return insert_rows(*args, **kwargs)

    monkeypatch.setattr(bulk, "insert_rows", watched)
    return seen


def test_a_large_sample_district_is_written_without_wal_which_comes_back(
    here: Roots, small_is_large: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = here.data_dir / "roots.sqlite3"
    seen = _journal_while_inserting(monkeypatch, database)
    result = demo.make_demo(here, schools=3, years=2, seed=4)
    assert seen and set(seen) == {"delete"}
    assert _mode(database) == "wal"
    assert _count(database, "ratings") == result.ratings
    # The connection that wrote is back to WAL's own setting; the next save goes through WAL.
    with here.db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar_one() == 1  # NORMAL
    schools.create_school(here, "Escuela Primaria Sylvia Mendez")
    assert Path(f"{database}-wal").exists()


def test_a_small_write_keeps_wal(here: Roots, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _journal_while_inserting(monkeypatch, here.data_dir / "roots.sqlite3")
    demo.make_demo(here, schools=3, years=2, seed=4)
    assert seen and set(seen) == {"wal"}


def test_the_app_keeps_wal_for_a_large_write(
    tmp_path: Path, migrated_template: Path, small_is_large: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's threads read while another writes (a refresh, the daily backup): they must
    never wait for a write, so the app never takes the file to itself."""
    app = laptop(tmp_path / "app", migrated_template)
    try:
        assert not app.db.alone
        seen = _journal_while_inserting(monkeypatch, app.data_dir / "roots.sqlite3")
        demo.make_demo(app, schools=3, years=2, seed=4)
        assert seen and set(seen) == {"wal"}
    finally:
        app.close()


def test_with_another_connection_open_the_large_write_goes_through_wal(
    here: Roots, small_is_large: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program (or a thread of this one) has the file open: the journal cannot change
    under it, so the write stays in WAL, and the other one reads on meanwhile."""
    database = here.data_dir / "roots.sqlite3"
    other = sqlite3.connect(database, isolation_level=None)
    try:
        assert other.execute("SELECT count(*) FROM schools").fetchone() == (0,)
        seen = _journal_while_inserting(monkeypatch, database)
        result = demo.make_demo(here, schools=3, years=2, seed=4)
        assert set(seen) == {"wal"}
        assert other.execute("SELECT count(*) FROM ratings").fetchone() == (result.ratings,)
    finally:
        other.close()


def test_an_import_into_a_new_database_is_a_large_write_with_its_backup_first(
    here: Roots, tmp_path: Path, migrated_template: Path, small_is_large: None
) -> None:
    """The backup before an import opens a second connection in the middle of the large
    write: it must neither wait for WAL nor fail, and the backup must hold the data before."""
    demo.make_demo(here, schools=3, years=2, seed=4)
    bundle = tmp_path / "district.roots"
    bundles.export_bundle(here, bundle, Scope())
    target = _alone(tmp_path / "there", migrated_template)
    try:
        schools.create_school(target, "Escuela Primaria Frida Kahlo")
        report = bundles.import_bundle(target, bundle)
        database = target.data_dir / "roots.sqlite3"
        assert report.applied and _count(database, "ratings") == _count(
            here.data_dir / "roots.sqlite3", "ratings"
        )
        assert _mode(database) == "wal"
        [backup] = (target.data_dir / "backups").glob("*before-import.sqlite3")
        assert _count(backup, "schools") == 1 and _count(backup, "ratings") == 0
    finally:
        target.close()


def test_a_large_write_that_fails_leaves_the_data_as_it_was_and_wal(
    here: Roots, small_is_large: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = here.data_dir / "roots.sqlite3"
    demo.make_demo(here, schools=2, years=1, seed=3)
    before = _count(database, "ratings")
    insert_rows = bulk.insert_rows

    def failing(session, name, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name == "agreements":  # the ratings are in by now
            raise OSError("the disk went away")
        return insert_rows(session, name, *args, **kwargs)

    monkeypatch.setattr(bulk, "insert_rows", failing)
    with pytest.raises(OSError, match="went away"):
        demo.make_demo(here, schools=3, years=2, seed=4, again=True)
    assert _count(database, "ratings") == before
    assert _mode(database) == "wal"


# Writes a large sample district through a page cache too small to hold it (so SQLite writes
# into the file before the commit, the rollback journal holding what was there), and is
# killed while it does.
KILLED = """
import os, signal, sys
from roots_app.services import demo
from roots_app.services.context import open_roots
from roots_app.storage import bulk, engine

engine.LARGE_WRITE_ROWS = 100
roots = open_roots(sys.argv[1], alone=True)
insert_rows = bulk.insert_rows

def killed(session, name, *args, **kwargs):
    if name == "ratings":
        session.connection().exec_driver_sql("PRAGMA cache_size=20")
    written = insert_rows(session, name, *args, **kwargs)
    if name == "ratings":
        print("killing", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    return written

bulk.insert_rows = killed
demo.make_demo(roots, schools=40, years=3, seed=9, again=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_during_a_large_write_the_journal_puts_the_file_back(here: Roots) -> None:
    database = here.data_dir / "roots.sqlite3"
    demo.make_demo(here, schools=2, years=1, seed=3)
    before = _count(database, "ratings")
    size = database.stat().st_size
    here.close()
    worker = subprocess.run(
        [sys.executable, "-c", KILLED, str(here.data_dir)],
        capture_output=True,
        text=True,
        env={**os.environ, "ROOTS_DATA_DIR": str(here.data_dir)},
        timeout=120,
    )
    assert worker.returncode == -signal.SIGKILL, worker.stderr
    assert "killing" in worker.stdout
    # Killed mid-write: the file was written into, and the journal beside it holds what it was.
    assert Path(f"{database}-journal").exists()
    assert database.stat().st_size > size
    reopened = open_roots(here.data_dir)
    try:
        assert _count(database, "ratings") == before
        assert _mode(database) == "wal"
        with sqlite3.connect(database) as check:
            assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        check.close()
        schools.create_school(reopened, "Escuela Primaria Benito Juárez")
    finally:
        reopened.close()
