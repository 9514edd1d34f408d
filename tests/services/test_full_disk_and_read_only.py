"""A full disk or a read-only data file: a sentence saying what to do, and nothing half-saved.

The disk is made "full" by SQLite's own limit on the file's size (the same error SQLite gives
for a full disk), and read-only by SQLite's query_only switch: no root or special filesystem."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import event, text

from roots_app.errors import DiskFullError, ReadOnlyError, StorageError
from roots_app.services import backups, bundles, demo, schools
from roots_app.services.context import Roots, open_roots
from tests.conftest import laptop
from tests.dbdump import dump

pytestmark = pytest.mark.one_backend  # SQLite's own conditions


def _on_every_connection(roots: Roots, pragma: Callable[[int], str]) -> None:
    with roots.db.engine.connect() as connection:
        pages = connection.execute(text("PRAGMA page_count")).scalar() or 0
    roots.db.engine.dispose()  # new connections get the pragma
    event.listen(
        roots.db.engine, "connect", lambda dbapi, _record: dbapi.execute(pragma(int(pages)))
    )


def test_a_full_disk_is_said_in_words_and_nothing_is_half_saved(roots: Roots) -> None:
    schools.create_school(roots, "Escuela")
    before = dump(roots)
    _on_every_connection(roots, lambda pages: f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFullError, match="The disk is full"):
        demo.make_demo(roots, 5, 2, 1)  # thousands of rows: needs new pages
    assert dump(roots) == before


def test_a_read_only_data_file_is_said_in_words(roots: Roots) -> None:
    schools.create_school(roots, "Escuela")
    before = dump(roots)
    _on_every_connection(roots, lambda _pages: "PRAGMA query_only = ON")
    with pytest.raises(ReadOnlyError, match="may not write to its data"):
        schools.create_school(roots, "Otra")
    assert [s.name for s in schools.list_schools(roots)] == ["Escuela"]  # reading still works
    assert dump(roots) == before


# -- backups that cannot be written (issue 13, item 7): a sentence, no file left, nothing done

LIMITED = """
import resource, signal, sys
from roots_app.cli import main

limit = int(sys.argv[1])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails instead of ending the process
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
sys.exit(main(sys.argv[2:]))
"""


def _whole_file(roots: Roots, tmp_path: Path) -> Path:
    """Another computer's district: importing it has work to do, so a backup comes first (an
    import that would change nothing takes none)."""
    demo.make_demo(roots, 2, 1, 7)
    other = laptop(tmp_path / "other")
    try:
        demo.make_demo(other, 1, 1, 8)
        bundle = tmp_path / "district.roots"
        bundles.export_bundle(other, bundle, bundles.Scope())
    finally:
        other.close()
    return bundle


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs file size limits")
def test_a_full_disk_during_an_import_stops_it_with_a_sentence_and_leaves_no_backup(
    roots: Roots, data_dir: Path, tmp_path: Path
) -> None:
    bundle = _whole_file(roots, tmp_path)
    before = dump(roots)
    database = data_dir / "roots.sqlite3"
    roots.close()
    # A file may grow to half the database's size: the backup before importing cannot be made.
    limit = database.stat().st_size // 2
    command = ["--data-dir", str(data_dir), "import-bundle", str(bundle)]
    result = subprocess.run(
        [sys.executable, "-c", LIMITED, str(limit), *command],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "could not make a backup of its data: the disk is full" in result.stderr
    assert "Traceback" not in result.stderr
    assert list((data_dir / "backups").iterdir()) == []  # no 0-byte or half backup
    again = open_roots(data_dir)
    try:
        assert dump(again) == before
    finally:
        again.close()


def test_a_backup_folder_roots_cannot_write_to_stops_import_and_restore(
    roots: Roots, data_dir: Path, tmp_path: Path
) -> None:
    bundle = _whole_file(roots, tmp_path)
    copy = backups.save_copy(roots, tmp_path / "copy.sqlite3")
    before = dump(roots)
    folder = data_dir / "backups"
    shutil.rmtree(folder)
    folder.write_text("not a folder")  # (works as root too, unlike taking permissions away)
    with pytest.raises(StorageError, match="could not make a backup of its data"):
        bundles.import_bundle(roots, bundle)
    with pytest.raises(StorageError, match="could not make a backup of its data"):
        backups.restore(roots, copy)
    assert dump(roots) == before
    assert folder.read_text() == "not a folder"


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="permissions do not hold back the superuser",
)
def test_a_read_only_data_folder_stops_import_and_restore_with_a_sentence(
    roots: Roots, data_dir: Path, tmp_path: Path
) -> None:
    bundle = _whole_file(roots, tmp_path)
    copy = backups.save_copy(roots, tmp_path / "copy.sqlite3")
    before = dump(roots)
    assert (data_dir / "roots.sqlite3-wal").exists()  # open: its -wal and -shm are there
    folders = [data_dir / "backups", data_dir]
    for folder in folders:
        folder.chmod(0o555)
    try:
        with pytest.raises(ReadOnlyError, match="may not write to the folder"):
            bundles.import_bundle(roots, bundle)
        with pytest.raises(ReadOnlyError, match="may not write to the folder"):
            backups.restore(roots, copy)
        assert list((data_dir / "backups").iterdir()) == []
    finally:
        for folder in reversed(folders):
            folder.chmod(0o700)
    assert dump(roots) == before


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs file size limits")
def test_a_full_disk_on_the_command_line_is_said_in_its_own_words(
    roots: Roots, data_dir: Path
) -> None:
    schools.create_school(roots, "Escuela")
    before = dump(roots)
    roots.close()
    command = ["--data-dir", str(data_dir), "demo", "--schools", "5"]
    result = subprocess.run(
        [sys.executable, "-c", LIMITED, "100000", *command],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "The disk is full, so Roots could not save" in result.stderr
    assert "still on screen" not in result.stderr  # the interface's words, not the CLI's
    again = open_roots(data_dir)
    try:
        assert dump(again) == before
    finally:
        again.close()
