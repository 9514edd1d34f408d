"""SQLite database files as files: consistent copies, what a copy holds, and putting one back.

Copies always go through SQLite's backup API (a raw copy of a live database in WAL mode can miss
what is still in the write-ahead log, or catch a page half-written).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from roots_app.errors import CancelledError, StorageError
from roots_app.storage import migrate


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


def copy(source: Path, target: Path) -> None:
    """A consistent copy of a database file (open elsewhere or not) to ``target``."""
    try:
        src = _read_only(source)
        try:
            dest = sqlite3.connect(target)
            try:
                src.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                dest.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise StorageError(
            f"{source.name} could not be copied: {exc}. Nothing was changed.", detail=str(exc)
        ) from exc


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


def restore(backup: Path, live: Path) -> None:
    """Replace the live database's contents with the backup's, in one step.

    The caller has closed its own connections; SQLite's backup API writes the pages under a lock,
    so another program reading the file sees the old or the new database, never a mixture.
    """
    try:
        src = _read_only(backup)
        try:
            dest = sqlite3.connect(live, timeout=10)
            try:
                src.backup(dest)
            finally:
                dest.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise StorageError(
            f"The backup could not be put back: {exc}. Close other copies of Roots and try again.",
            detail=str(exc),
        ) from exc
