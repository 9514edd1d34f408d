"""Two programs on one database file (two app windows, or the app and the command line): the
second writer waits for the first, or is told clearly; nothing is half-saved."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from roots_app.errors import StorageError
from roots_app.services import schools
from roots_app.services.context import Roots

pytestmark = pytest.mark.one_backend  # SQLite's file locking


def _hold_write_lock(database: Path, seconds: float) -> threading.Thread:
    ready = threading.Event()

    def hold() -> None:
        other = sqlite3.connect(database, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another program in the middle of saving
        ready.set()
        threading.Event().wait(seconds)
        other.execute("COMMIT")
        other.close()

    worker = threading.Thread(target=hold)
    worker.start()
    ready.wait(5)
    return worker


def test_the_second_writer_waits_for_a_short_save(roots: Roots, data_dir: Path) -> None:
    holder = _hold_write_lock(data_dir / "roots.sqlite3", 1.0)
    schools.create_school(roots, "Waited")  # blocks about a second, then saves
    holder.join()
    assert [s.name for s in schools.list_schools(roots)] == ["Waited"]


def test_a_long_lock_is_said_in_words_and_nothing_is_saved(roots: Roots, data_dir: Path) -> None:
    holder = _hold_write_lock(data_dir / "roots.sqlite3", 7.0)
    try:
        with pytest.raises(StorageError, match="close other copies of Roots and try again"):
            schools.create_school(roots, "Not saved")
    finally:
        holder.join()
    assert schools.list_schools(roots) == []
    schools.create_school(roots, "Saved later")
    assert [s.name for s in schools.list_schools(roots)] == ["Saved later"]
