"""Alembic, driven from code: the app migrates its own database on start.

HEAD and REVISIONS are written here so that opening an up-to-date database does not import
Alembic at all (it costs start-up time); a test checks them against the migration scripts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from roots_app.errors import StorageError

if TYPE_CHECKING:  # sqlite_files (and so storage/file_reading.py) reads REVISIONS without it
    from sqlalchemy import Connection, Engine

REVISIONS = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
    "0013",
)
HEAD = REVISIONS[-1]
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config():  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations in one transaction: all applied, or (on any error) none."""
    from alembic import command

    config = alembic_config()
    # Locked like any save (engine.LOCKING; named here as text, engine imports this module):
    # two programs upgrading one database at once take turns, the second finds nothing to do.
    with engine.connect().execution_options(roots_locking="write") as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # Batch mode rebuilds a table by copy, drop and rename; with foreign keys on, the
            # drop would fail (or cascade). They are checked once, before committing, instead.
            # (On the driver connection: a PRAGMA inside a transaction is ignored.)
            _driver_execute(connection, "PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise StorageError(
                            "The database upgrade was stopped because some records point to "
                            f"records that do not exist ({len(broken)} found). Nothing was "
                            "changed; a backup is in the backups folder.",
                            detail=repr(broken[:10]),
                        )
        finally:
            if sqlite:
                _driver_execute(connection, "PRAGMA foreign_keys=ON")


def _driver_execute(connection: Connection, sql: str) -> None:
    driver = connection.connection.driver_connection
    assert driver is not None  # an open connection always has its driver's
    driver.execute(sql)


def script_revisions() -> list[str]:
    """Every revision id in the migration scripts, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]
