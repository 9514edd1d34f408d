"""Compare a whole database before and after: "nothing changed" means the same dump.

Every table's rows, read through a separate connection, in a stable order; the same on SQLite
and PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import Engine, MetaData, Table, create_engine, select
from sqlalchemy.pool import NullPool

from roots_app.services.context import Roots

_OPENED: dict[str, tuple[Engine, list[Table]]] = {}


def _tables(roots: Roots) -> tuple[Engine, list[Table]]:
    """A separate engine per database and its tables, kept for the session (reflecting is slow
    on PostgreSQL, and property tests dump hundreds of times)."""
    key = roots.db.engine.url.render_as_string(hide_password=False)
    if key not in _OPENED:
        engine = create_engine(key, poolclass=NullPool)
        metadata = MetaData()
        metadata.reflect(engine)
        _OPENED[key] = (engine, [metadata.tables[name] for name in sorted(metadata.tables)])
    return _OPENED[key]


def dump(roots: Roots) -> list[str]:
    engine, tables = _tables(roots)
    out: list[str] = []
    with engine.connect() as connection:
        for table in tables:
            out.append(f"-- {table.name}: {', '.join(c.name for c in table.columns)}")
            rows = connection.execute(select(table).order_by(*table.columns)).all()
            out.extend(repr(tuple(row)) for row in rows)
    return out
