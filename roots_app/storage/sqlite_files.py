"""SQLite database files as files: consistent copies, what a copy holds, and putting one back.

Copies always go through SQLite's backup API (a raw copy of a live database in WAL mode can miss
what is still in the write-ahead log, or catch a page half-written).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from roots_app.errors import (
    CancelledError,
    DamagedDatabaseError,
    DiskFullError,
    ReadOnlyError,
    StorageError,
)
from roots_app.storage import migrate
from roots_app.storage.db_errors import Kind, kind_of

# How long a copy waits for another program that holds the file it writes to (the backup API
# would otherwise retry for ever); the same as a save's wait (engine.LOCK_WAIT_SECONDS).
WAIT_SECONDS = 5
# Below this size a database file is checked page by page (PRAGMA quick_check) each time it is
# opened (about 15 ms at this size): a damaged page is found before anything is written over it.
QUICK_CHECK_BELOW = 4 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Contents:
    """What a database file holds, for a person choosing a backup."""

    revision: str | None
    schools: int
    assessments: int

    @property
    def newer_than_this_roots(self) -> bool:
        return self.revision is not None and self.revision not in migrate.REVISIONS


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


def _quick_check(connection: sqlite3.Connection, stop: Callable[[], bool] | None) -> tuple | None:  # type: ignore[type-arg]
    """PRAGMA quick_check; ``stop`` (asked from a watcher thread) interrupts it, since SQLite
    calls no progress handler while it checks pages."""
    if stop is None:
        return connection.execute("PRAGMA quick_check").fetchone()  # type: ignore[no-any-return]
    finished = threading.Event()
    stopped = threading.Event()

    def watch() -> None:
        while not finished.wait(0.05):
            if stop():
                stopped.set()
                connection.interrupt()
                return

    watcher = threading.Thread(target=watch, name="quick-check-watcher", daemon=True)
    watcher.start()
    try:
        return connection.execute("PRAGMA quick_check").fetchone()  # type: ignore[no-any-return]
    except sqlite3.OperationalError:
        if stopped.is_set():
            raise CancelledError("The check was stopped.") from None
        raise
    finally:
        finished.set()
        watcher.join()


class _GaveUp(sqlite3.OperationalError):
    """Another program kept the file busy for longer than WAIT_SECONDS."""


def give_up_when_busy(seconds: float = WAIT_SECONDS) -> Callable[[int, int, int], None]:
    """A progress function for ``Connection.backup``: it stops a copy that has found the file
    busy for ``seconds`` in a row (Python's backup loop would otherwise wait for as long as it
    is). Counted from the first busy step since the last one that copied: a long copy (a big
    file, a slow machine) that meets a moment's lock near its end goes on."""
    busy_since: float | None = None

    def progress(status: int, _remaining: int, _total: int) -> None:
        nonlocal busy_since
        if status not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            busy_since = None
            return
        now = time.monotonic()
        if busy_since is None:
            busy_since = now
        elif now - busy_since > seconds:
            raise _GaveUp("database is locked")

    return progress


def write_failure(exc: BaseException, what: str) -> StorageError:
    """Roots' error for a copy that could not be written: full disk, no permission, busy."""
    kind = kind_of(exc)
    if kind is Kind.DISK_FULL:
        return DiskFullError(
            f"{what}: the disk is full. Nothing was changed; free some space and try again.",
            detail=str(exc),
        )
    if kind in (Kind.READ_ONLY, Kind.CANNOT_OPEN):
        return ReadOnlyError(
            f"{what}: Roots may not write to the folder. Nothing was changed; check the data "
            "folder's permissions, or start Roots with another data folder.",
            detail=str(exc),
        )
    if isinstance(exc, _GaveUp) or kind is Kind.BUSY:
        return StorageError(
            f"{what}: another copy of Roots (or another program) kept the database busy for "
            f"more than {WAIT_SECONDS} seconds. Nothing was changed; close other copies of "
            "Roots and try again.",
            detail=str(exc),
        )
    return StorageError(f"{what}: {exc}. Nothing was changed.", detail=str(exc))


def remove(path: Path) -> None:
    """A copy that failed half-way: the file and what SQLite left beside it go."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):  # a folder that refused the copy may refuse this
            path.with_name(path.name + suffix).unlink(missing_ok=True)


def copy(source: Path, target: Path) -> None:
    """A consistent copy of a database file (open elsewhere or not) to ``target``."""
    try:
        src = _read_only(source)
        try:
            dest = sqlite3.connect(target)
            try:
                src.backup(dest, progress=give_up_when_busy())
                dest.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                dest.close()
        finally:
            src.close()
    except (sqlite3.Error, OSError) as exc:
        remove(target)
        raise write_failure(exc, f"{source.name} could not be copied") from exc


def check(path: Path, stop: Callable[[], bool] | None = None) -> Contents:
    """Open a database file read-only, check it page by page, and count what is in it.

    Raises StorageError if it is not a readable, undamaged Roots database. ``stop`` is asked
    every 50 ms while the pages are checked (seconds for a big file): True ends the check
    with CancelledError.
    """
    return _read(path, pages=True, stop=stop)


def contents(path: Path) -> Contents:
    """What a database file holds, without checking every page (a few pages are read, so it is
    quick even for a big file that is not in the OS cache). Raises StorageError if it cannot
    be read as a Roots database."""
    return _read(path, pages=False)


def _read(path: Path, pages: bool, stop: Callable[[], bool] | None = None) -> Contents:
    try:
        connection = _read_only(path)
        try:
            if pages:
                result = _quick_check(connection, stop)
                if result is None or result[0] != "ok":
                    raise StorageError(
                        f"{path.name} is damaged ({result[0] if result else 'no answer'}).",
                        detail=str(result),
                    )
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
            if not {"alembic_version", "schools", "assessments"} <= tables:
                raise StorageError(f"{path.name} is not a Roots database.")
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            schools = connection.execute(
                "SELECT count(*) FROM schools WHERE deleted_at IS NULL"
            ).fetchone()[0]
            assessments = connection.execute(
                "SELECT count(*) FROM assessments WHERE deleted_at IS NULL"
            ).fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise StorageError(
            f"{path.name} cannot be read as a database: {exc}.", detail=str(exc)
        ) from exc
    return Contents(revision[0] if revision else None, int(schools), int(assessments))


def before_opening(path: Path, check_pages: bool) -> None:
    """Look at a database file before Roots opens it for good (which would switch it to WAL
    and add Roots' tables): refuse a damaged file, and a file holding something else.

    ``check_pages``: also check every page (PRAGMA quick_check), for a file small enough.
    """
    try:
        connection = _read_only(path)
        try:
            found = connection.execute("PRAGMA quick_check(1)").fetchone() if check_pages else None
            names = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        if not damaged(exc):
            return  # cannot look read-only (e.g. no -shm yet in a read-only folder): opening says
        raise DamagedDatabaseError(
            f"The database file is damaged ({exc}). It was not changed; restore a backup "
            "(roots backups, roots restore FILE).",
            detail=str(exc),
            path=str(path),
        ) from exc
    if found is not None and found[0] != "ok":
        raise DamagedDatabaseError(
            f"The database file is damaged ({found[0]}). It was not changed; restore a backup "
            "(roots backups, roots restore FILE).",
            detail=str(found[0]),
            path=str(path),
        )
    if names and "alembic_version" not in names:
        raise StorageError(
            f"{path.name} already holds other data: it is not a Roots database. Roots did not "
            "change it; choose an empty file or a Roots database.",
        )


def damaged(exc: BaseException) -> bool:
    """SQLite's own code for a file that is not (or no longer) a sound database."""
    return kind_of(exc) is Kind.DAMAGED


def restore(backup: Path, live: Path) -> None:
    """Replace the live database's contents with the backup's, in one step.

    The caller has closed its own connections; SQLite's backup API writes the pages under a lock,
    so another program reading the file sees the old or the new database, never a mixture.
    """
    try:
        src = _read_only(backup)
        try:
            dest = sqlite3.connect(live, timeout=WAIT_SECONDS)
            try:
                src.backup(dest, progress=give_up_when_busy())
            finally:
                dest.close()
        finally:
            src.close()
    except (sqlite3.Error, OSError) as exc:
        raise write_failure(exc, "The backup could not be put back") from exc
