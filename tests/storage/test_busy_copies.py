"""A copy of the database (a backup, a restore's copy) gives up on a file kept busy for
WAIT_SECONDS in a row, not on a long copy that meets a moment's lock."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from roots_app.storage import sqlite_files

BUSY, DONE = sqlite3.SQLITE_BUSY, sqlite3.SQLITE_OK


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(sqlite_files.time, "monotonic", fake)
    return fake


def test_a_long_copy_that_meets_a_short_lock_goes_on(clock: Clock) -> None:
    progress = sqlite_files.give_up_when_busy(5)
    for _ in range(20):  # a big file on a slow machine: a step a second, for 20 seconds
        progress(DONE, 100, 1000)
        clock.now += 1
    progress(BUSY, 100, 1000)  # another program saves for a moment
    clock.now += 0.25
    progress(BUSY, 100, 1000)
    progress(DONE, 0, 1000)


def test_a_file_busy_for_the_wait_in_a_row_is_given_up(clock: Clock) -> None:
    progress = sqlite_files.give_up_when_busy(5)
    progress(DONE, 900, 1000)
    progress(BUSY, 900, 1000)
    clock.now += 3
    progress(DONE, 800, 1000)  # it copied again: the wait starts over
    progress(BUSY, 800, 1000)
    clock.now += 4.9
    progress(BUSY, 800, 1000)
    clock.now += 0.2
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        progress(BUSY, 800, 1000)


def test_a_real_copy_waits_out_a_short_lock(tmp_path: Path) -> None:
    """Another program holds the file's write lock (rollback journal: readers wait) for a
    moment: the copy waits and then copies everything."""
    source, target = tmp_path / "live.sqlite3", tmp_path / "copy.sqlite3"
    with sqlite3.connect(source) as made:
        made.execute("CREATE TABLE t (x)")
        made.executemany("INSERT INTO t VALUES (?)", [(n,) for n in range(1000)])
    made.close()
    holder = sqlite3.connect(source, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    release = threading.Timer(0.5, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        sqlite_files.copy(source, target)
    finally:
        release.join()
        holder.close()
    with sqlite3.connect(target) as copied:
        assert copied.execute("SELECT count(*) FROM t").fetchone() == (1000,)
    copied.close()
