"""Alembic, driven from code: the app migrates its own database on start.

HEAD and REVISIONS are written here so that opening an up-to-date database does not import
Alembic at all (it costs start-up time); a test checks them against the migration scripts.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

REVISIONS = ("0001", "0002")
HEAD = REVISIONS[-1]
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config():  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def script_revisions() -> list[str]:
    """Every revision id in the migration scripts, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]
