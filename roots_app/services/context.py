"""The open application state a service needs: data folder, database, this device's settings."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from roots_app import paths, settings
from roots_app.services import connection
from roots_app.storage.engine import Database, Unit, open_database


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
    def transaction(self) -> Iterator[Unit]:
        """One unit of work: committed when the block ends, rolled back on any error.

        It may write: it first waits (up to engine.LOCK_WAIT_SECONDS) for another program's
        save or import to end, so what it reads is still true when it writes. The database's
        own errors come out as Roots' errors (storage classifies them).
        """
        with self.db.transaction() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Unit]:
        """Read only: the last saved state, without waiting for someone else's save."""
        with self.db.transaction(writing=False) as session:
            yield session

    @contextmanager
    def dry_run(self) -> Iterator[Unit]:
        """Like transaction(), but always rolled back: a preview of what it would do."""
        with self.db.dry_run() as session:
            yield session

    def close(self) -> None:
        self.db.dispose()


def open_roots(
    data_dir: str | Path | None = None, db_url: str | None = None, alone: bool = False
) -> Roots:
    """Open the data folder and its database (created and migrated on first use). ``alone``:
    this process does one thing at a time with the database (a command, not the app), so a
    large write may take the file to itself (Database.alone)."""
    base = paths.data_dir(data_dir)
    chosen = settings.load(base)
    url = connection.database_url(db_url, chosen) or paths.default_database_url(base)
    db = open_database(url, backup_dir=paths.backup_dir(base), alone=alone)
    return Roots(data_dir=base, db=db, settings=chosen)
