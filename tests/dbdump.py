"""Compare a whole database before and after: "nothing changed" means the same dump.

Every table's rows, read through a separate connection, in a stable order; the same on SQLite
and PostgreSQL.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, MetaData, Select, Table, create_engine, select
from sqlalchemy.pool import NullPool

from roots_app.services.context import Roots

_ENGINES: dict[str, Engine] = {}
# The reflected tables and their queries, per schema: reflecting is slow (on SQLite too: 50 ms,
# and property tests dump hundreds of copies of one database, each under its own address).
_SCHEMAS: dict[object, list[tuple[Table, Select[Any]]]] = {}


def _schema(engine: Engine) -> object:
    """What the reflected tables depend on: on SQLite the schema's own text (each test has its
    own file, most of one schema); elsewhere the database itself."""
    if engine.dialect.name != "sqlite":
        return engine.url.render_as_string(hide_password=False)
    with engine.connect() as connection:
        sql = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        return tuple(tuple(row) for row in connection.exec_driver_sql(sql))


def _tables(roots: Roots) -> tuple[Engine, list[tuple[Table, Select[Any]]]]:
    """A separate engine per database (kept for the session) and its tables, reflected once
    per schema."""
    key = roots.db.engine.url.render_as_string(hide_password=False)
    if key not in _ENGINES:
        _ENGINES[key] = create_engine(key, poolclass=NullPool)
    engine = _ENGINES[key]
    schema = _schema(engine)
    if schema not in _SCHEMAS:
        metadata = MetaData()
        metadata.reflect(engine)
        _SCHEMAS[schema] = [
            (table, select(table).order_by(*table.columns))
            for table in (metadata.tables[name] for name in sorted(metadata.tables))
        ]
    return engine, _SCHEMAS[schema]


def dump(roots: Roots) -> list[str]:
    engine, tables = _tables(roots)
    out: list[str] = []
    with engine.connect() as connection:
        for table, query in tables:
            out.append(f"-- {table.name}: {', '.join(c.name for c in table.columns)}")
            out.extend(repr(tuple(row)) for row in connection.execute(query).all())
    return out
