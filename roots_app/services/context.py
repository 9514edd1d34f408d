"""The open application state a service needs: data folder, database, this device's settings."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from roots_app import paths, settings
from roots_app.errors import ConnectionLostError, DiskFullError, ReadOnlyError, StorageError
from roots_app.services import connection
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
        """One unit of work: committed when the block ends, rolled back on any error."""
        session = self.db.session()
        try:
            with session.begin():
                yield session
        except OperationalError as exc:
            if exc.connection_invalidated:  # the server or the network went away
                raise ConnectionLostError(
                    f"Roots lost its connection to the database ({exc.orig}). Nothing was "
                    "saved; what you typed is still on screen. Roots reconnects by itself when "
                    "you try again.",
                    detail=str(exc.orig),
                ) from exc
            reason = str(exc.orig).lower()
            if "full" in reason:
                raise DiskFullError(
                    "The disk is full, so Roots could not save. Nothing was changed and what "
                    "you typed is still on screen; free some space and try again.",
                    detail=str(exc.orig),
                ) from exc
            if "readonly" in reason or "read-only" in reason:
                raise ReadOnlyError(
                    "Roots may not write to its data file or folder. Nothing was changed; "
                    "check the folder's permissions, or start Roots with another data folder.",
                    detail=str(exc.orig),
                ) from exc
            raise StorageError(
                f"Roots could not save to the database: {exc.orig}. Nothing was changed; "
                "close other copies of Roots and try again.",
                detail=str(exc.orig),
            ) from exc
        finally:
            session.close()

    def close(self) -> None:
        self.db.dispose()


def open_roots(data_dir: str | Path | None = None, db_url: str | None = None) -> Roots:
    """Open the data folder and its database (created and migrated on first use)."""
    base = paths.data_dir(data_dir)
    chosen = settings.load(base)
    url = connection.database_url(db_url, chosen) or paths.default_database_url(base)
    db = open_database(url, backup_dir=paths.backup_dir(base))
    return Roots(data_dir=base, db=db, settings=chosen)
