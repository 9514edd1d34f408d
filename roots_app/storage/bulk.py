"""Fast inserts of many rows at once (the sample district writes half a million).

SQLAlchemy's Core executemany converts every value of every row through its type; here the
statement is compiled once, each column's converter is applied once per distinct value (rows
share their timestamps), and the driver's executemany does the rest. Works on any dialect.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, text
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import Session

from roots_app.storage.models import Base

CHUNK = 20_000


def insert_tables(
    session: Session,
    tables: Mapping[str, Sequence[dict[str, Any]]],
    progress: Callable[[int], None] | None = None,
) -> int:
    """Insert rows table by table in the given order; returns how many were written."""
    connection = session.connection()
    written = 0
    for name, rows in tables.items():
        if not rows:
            continue
        insert_many = _inserter(connection, Base.metadata.tables[name], list(rows[0]))
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start : start + CHUNK]
            insert_many(chunk)
            written += len(chunk)
            if progress:
                progress(written)
    return written


def insert_rows(
    session: Session,
    name: str,
    columns: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
    fixed: Mapping[str, Any] | None = None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Insert tuples in ``columns`` order into table ``name``; ``fixed`` holds values every row
    shares. Returns how many rows were written.

    The fastest way in: the shared values are converted for the database once, and a column's
    converter only runs per row where the driver needs one (on SQLite: dates and booleans,
    which demo rows share), so most rows go to executemany as they are.
    """
    if not rows:
        return 0
    fixed = dict(fixed or {})
    connection = session.connection()
    dialect = connection.dialect
    table = Base.metadata.tables[name]
    every = [*columns, *fixed]
    compiled = table.insert().values(dict.fromkeys(every)).compile(dialect=dialect)
    sql = str(compiled)
    if set(compiled.params) != set(every):
        # Columns with defaults made in Python must be given: the driver alone cannot make them.
        raise ValueError(f"{name}: give every column with a default ({sorted(compiled.params)})")
    pick = None
    if dialect.paramstyle == "qmark":  # SQLite: the columns in our order, rows as they are
        quote = dialect.identifier_preparer
        sql = (
            f"INSERT INTO {quote.format_table(table)} "
            f"({', '.join(quote.quote(column) for column in every)}) "
            f"VALUES ({', '.join('?' * len(every))})"
        )
    elif dialect.positional:  # the compiled statement lists the columns in the table's order
        order = list(compiled.positiontup or [])
        pick = itemgetter(*(every.index(column) for column in order))
    processors = [_processor(table, column, dialect) for column in every]
    shared = tuple(
        value if processor is None or value is None else processor(value)
        for value, processor in zip(fixed.values(), processors[len(columns) :], strict=True)
    )
    convert = [
        (position, processor)
        for position, processor in enumerate(processors[: len(columns)])
        if processor is not None
    ]
    literals = _literals(shared) if dialect.paramstyle == "qmark" else None
    if literals is not None:
        # SQLite: the shared values written into the statement once, not bound for every row
        # (a new tuple per row and five more parameters each: ~5% of the sample district).
        sql = (
            sql.rsplit("VALUES (", 1)[0] + f"VALUES ({', '.join(['?'] * len(columns) + literals)})"
        )
        shared = ()
    written = 0
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        if convert:
            chunk = [_converted(row, convert) for row in chunk]
        if not dialect.positional:
            params: list[Any] = [dict(zip(every, row + shared, strict=True)) for row in chunk]
        elif pick is not None:
            params = [pick(row + shared) for row in chunk]
        else:
            params = [row + shared for row in chunk] if shared else list(chunk)
        connection.exec_driver_sql(sql, params)
        written += len(chunk)
        if progress:
            progress(written)
    return written


def _literals(values: Sequence[Any]) -> list[str] | None:
    """SQL literals for the values, when every one is NULL, a whole number or plain text;
    otherwise None (then they are bound as parameters)."""
    out = []
    for value in values:
        if value is None:
            out.append("NULL")
        elif type(value) is int:  # not bool: True is no SQL literal
            out.append(str(value))
        elif type(value) is str and "\x00" not in value:
            out.append("'" + value.replace("'", "''") + "'")
        else:
            return None
    return out


def _processor(table: Table, column: str, dialect: Dialect) -> Callable[[Any], Any] | None:
    processor: Callable[[Any], Any] | None = (
        table.c[column].type.dialect_impl(dialect).bind_processor(dialect)
    )
    return processor


def _converted(
    row: tuple[Any, ...], convert: list[tuple[int, Callable[[Any], Any]]]
) -> tuple[Any, ...]:
    out = list(row)
    for position, processor in convert:
        if out[position] is not None:
            out[position] = processor(out[position])
    return tuple(out)


def _inserter(
    connection: Connection, table: Table, columns: list[str]
) -> Callable[[Sequence[dict[str, Any]]], None]:
    dialect = connection.dialect
    compiled = table.insert().values(dict.fromkeys(columns)).compile(dialect=dialect)
    sql = str(compiled)
    names = list(compiled.positiontup or []) if dialect.positional else columns
    pick = itemgetter(*names)
    converters: list[tuple[int, Callable[[Any], Any], dict[Any, Any]]] = []
    for position, column in enumerate(names):
        processor = table.c[column].type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None:
            converters.append((position, processor, {}))

    def values(row: dict[str, Any]) -> list[Any]:
        out = list(pick(row)) if len(names) > 1 else [pick(row)]
        for position, processor, memo in converters:
            value = out[position]
            if value is not None:
                if value not in memo:
                    memo[value] = processor(value)
                out[position] = memo[value]
        return out

    def insert_many(rows: Sequence[dict[str, Any]]) -> None:
        if dialect.positional:
            params: list[Any] = [tuple(values(row)) for row in rows]
        else:
            params = [dict(zip(names, values(row), strict=True)) for row in rows]
        connection.exec_driver_sql(sql, params)

    return insert_many


# The triggers of migration 0009 that keep the role totals, and their tables.
RATING_ADDED = "role_totals_rating_added"
TOTALS_TRIGGERS = {
    RATING_ADDED: "ratings",
    "role_totals_rating_removed": "ratings",
    "role_totals_rating_changed": "ratings",
    "role_totals_assessment_changed": "assessments",
    "role_totals_member_changed": "members",
}

# (pack, year, category, role, raters, total) added to what is kept.
RoleTotal = tuple[str, str, str, str, int, int]

_ADD_TOTALS = (
    "INSERT INTO role_totals (pack_id, school_year, category_key, role, raters, total) "
    "VALUES (:pack, :year, :key, :role, :raters, :total) "
    "ON CONFLICT (pack_id, school_year, category_key, role) DO UPDATE SET "
    "raters = role_totals.raters + excluded.raters, total = role_totals.total + excluded.total"
)
_COUNT_ALL = (
    "INSERT INTO role_totals (pack_id, school_year, category_key, role, raters, total) "
    "SELECT a.pack_id, a.school_year, r.category_key, m.role, count(*), sum(r.level) "
    "FROM ratings r JOIN assessments a ON a.id = r.assessment_id "
    "JOIN members m ON m.id = r.member_id "
    "WHERE a.deleted_at IS NULL AND r.level IS NOT NULL "
    "GROUP BY a.pack_id, a.school_year, r.category_key, m.role"
)


@contextmanager
def _triggers_aside(connection: Connection, names: Sequence[str]) -> Iterator[None]:
    """These triggers stand aside inside this transaction only (SQLite: dropped and made again
    from their own stored text; PostgreSQL: disabled, then enabled), so no other writer ever
    sees them missing. They come back when the block ends; if it fails, they come back with
    the rollback of the transaction, which the caller's unit of work does."""
    sqlite = connection.dialect.name == "sqlite"
    made: list[str] = []
    for name in names:
        if sqlite:
            made.append(
                connection.exec_driver_sql(
                    "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
                ).scalar_one()
            )
            connection.exec_driver_sql(f"DROP TRIGGER {name}")
        else:
            connection.exec_driver_sql(
                f"ALTER TABLE {TOTALS_TRIGGERS[name]} DISABLE TRIGGER {name}"
            )
    yield
    for name, sql in zip(names, made or [""] * len(names), strict=True):
        if sqlite:
            connection.exec_driver_sql(sql)
        else:
            connection.exec_driver_sql(f"ALTER TABLE {TOTALS_TRIGGERS[name]} ENABLE TRIGGER {name}")


@contextmanager
def ratings_counted_apart(
    session: Session, totals: Callable[[], Iterable[RoleTotal]]
) -> Iterator[None]:
    """Insert many new ratings without the per-row trigger, then add their role totals
    (``totals()``, counted by the caller from the rows it wrote) in one statement.

    The trigger's upsert per rating doubled the time of the sample district. Only inserts of
    new ratings belong inside.
    """
    connection = session.connection()
    with _triggers_aside(connection, [RATING_ADDED]):
        yield
        names = ("pack", "year", "key", "role", "raters", "total")
        added = [dict(zip(names, row, strict=True)) for row in totals()]
        if added:
            connection.execute(text(_ADD_TOTALS), added)


# A write that may bring at least this many ratings, and one for every RECOUNT_SHARE ratings
# here or more, has the role totals counted again at its end (tests lower it).
RECOUNT_FROM = 10_000
RECOUNT_SHARE = 8


def role_totals_for(session: Session, ratings: int) -> AbstractContextManager[None]:
    """For a write that may bring ``ratings`` ratings (a .roots file's): the role totals
    counted again when it ends (``role_totals_recounted``) when that costs less than the
    triggers' work row by row (~25 us of CPU per rating written against ~3 us per rating in
    the database), else the triggers keep them as ever."""
    if ratings < RECOUNT_FROM:
        return nullcontext()
    here = session.connection().exec_driver_sql("SELECT count(*) FROM ratings").scalar_one()
    return role_totals_recounted(session) if ratings * RECOUNT_SHARE >= here else nullcontext()


@contextmanager
def role_totals_recounted(session: Session) -> Iterator[None]:
    """Write ratings, assessments and members in any way without the role-total triggers,
    then count every role total again from the ratings in one grouped statement.

    For big writes (a whole district's .roots file): the triggers cost ~25 us of CPU per
    rating written, the recount ~3 s per million ratings in the database (5,000 schools x 10
    years: 2.1 million, 6.4 s on the loaded 2-core machine).
    """
    connection = session.connection()
    with _triggers_aside(connection, list(TOTALS_TRIGGERS)):
        yield
        connection.exec_driver_sql("DELETE FROM role_totals")
        connection.exec_driver_sql(_COUNT_ALL)
