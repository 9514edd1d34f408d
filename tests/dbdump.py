"""Compare a whole SQLite database before and after: "nothing changed" means the same dump."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from roots_app.services.context import Roots


def database_file(roots: Roots) -> Path:
    name = roots.db.engine.url.database
    assert name, "these helpers compare SQLite files"
    return Path(name)


def dump(roots: Roots) -> list[str]:
    """Every table's schema and rows as SQL text, through a separate connection."""
    connection = sqlite3.connect(database_file(roots))
    try:
        return list(connection.iterdump())
    finally:
        connection.close()
