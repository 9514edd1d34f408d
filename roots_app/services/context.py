"""The open application state a service needs: data folder, database, this device's settings."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from roots_app import paths, settings
from roots_app.errors import ConnectionLostError, DiskFullError, ReadOnlyError, StorageError
from roots_app.services import connection
from roots_app.storage import engine, sqlite_files
from roots_app.storage.engine import Database, open_database


@dataclass
class Roots:
    data_dir: Path
    db: Database
    settings: settings.Settings

    @property
    def device(self) -> str:
        return self.settings.device_id

    def save_settings(self) -> None:
        settings.save(self.data_dir, self.settings)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error.

        It may write: it first waits (up to engine.LOCK_WAIT_SECONDS) for another program's
        save or import to end, so what it reads is still true when it writes.
        """
        with self._mapped_errors(self.db.session()) as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """Read only: the last saved state, without waiting for someone else's save."""
        with self._mapped_errors(self.db.reading_session()) as session, session.begin():
            yield session

    @contextmanager
    def _mapped_errors(self, session: Session) -> Iterator[Session]:
        """The database's own errors, as Roots' errors with a sentence (for the CLI and the
        log; the UI picks its own translated words by the error's kind)."""
        try:
            yield session
        except StaleDataError as exc:
            # Two saves of one record at the same moment on a district database: the row
            # changed between reading and writing it. Nothing of this one was saved.
            raise StorageError(
                "Someone else saved the same record at the same moment, so this was not "
                "saved. Look at it again, then try again.",
                detail=str(exc),
            ) from exc
        except OperationalError as exc:
            if exc.connection_invalidated:  # the server or the network went away
                raise ConnectionLostError(
                    f"Roots lost its connection to the database ({exc.orig}). Nothing was "
                    "saved. Roots reconnects by itself when you try again.",
                    detail=str(exc.orig),
                ) from exc
            raise _storage_error(exc, self._file()) from exc
        except DBAPIError as exc:
            if _damaged_or_locked(exc):  # "malformed" arrives as DatabaseError, not Operational
                raise _storage_error(exc, self._file()) from exc
            raise
        finally:
            session.close()

    def _file(self) -> str:
        url = self.db.engine.url
        return str(url.database) if url.get_backend_name() == "sqlite" else ""

    def close(self) -> None:
        self.db.dispose()


def _damaged_or_locked(exc: DBAPIError) -> bool:
    reason = str(exc.orig).lower()
    return any(
        word in reason
        for word in ("malformed", "not a database", "corrupt", "database is locked", "lock timeout")
    )


def _storage_error(exc: DBAPIError, path: str) -> StorageError:
    reason = str(exc.orig).lower()
    if sqlite_files.disk_full(exc.orig):
        return DiskFullError(
            "The disk is full, so Roots could not save. Nothing was changed; free some space "
            "and try again.",
            detail=str(exc.orig),
        )
    if "readonly" in reason or "read-only" in reason:
        return ReadOnlyError(
            "Roots may not write to its data file or folder. Nothing was changed; check the "
            "folder's permissions, or start Roots with another data folder.",
            detail=str(exc.orig),
        )
    if _damaged_or_locked(exc):
        return engine.storage_error(exc, path)
    return StorageError(
        f"Roots could not save to the database: {exc.orig}. Nothing was changed; close other "
        "copies of Roots and try again.",
        detail=str(exc.orig),
    )


def open_roots(data_dir: str | Path | None = None, db_url: str | None = None) -> Roots:
    """Open the data folder and its database (created and migrated on first use)."""
    base = paths.data_dir(data_dir)
    chosen = settings.load(base)
    url = connection.database_url(db_url, chosen) or paths.default_database_url(base)
    db = open_database(url, backup_dir=paths.backup_dir(base))
    return Roots(data_dir=base, db=db, settings=chosen)
