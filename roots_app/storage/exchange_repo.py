"""Rows in and out of .roots files: streaming a scope out, matching and writing records in.

Records travel as plain dicts keyed by column name; which columns travel is the exchange
format's business (exchange/bundle_records.py), so every function here takes the column names.
All of it is portable SQL (no SQLite-only statements), batched so a district stays fast.
"""

from __future__ import annotations

import hashlib
import marshal
from bisect import bisect_right
from collections.abc import Callable, Container, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    DateTime,
    Select,
    String,
    Table,
    bindparam,
    delete,
    func,
    select,
    type_coerce,
    update,
)
from sqlalchemy.orm import Session

from roots_app.storage import bulk
from roots_app.storage.comparison_repo import small_page_cache
from roots_app.storage.models import (
    ActionRow,
    AgreementRow,
    AssessmentRow,
    Base,
    ExchangeStateRow,
    FocusRow,
    MemberRow,
    PackRow,
    PaperEvidenceRow,
    PaperRatingRow,
    PaperSheetRow,
    PresentRow,
    RatingRow,
    SchoolRow,
    TeamRow,
    UTCDateTime,
)

STREAM_BATCH = 2_000
# Tables whose deleted_at is this computer's trash, not part of the exchanged record.
LOCAL_TRASH = ("plan_focuses", "plan_actions")


@dataclass(frozen=True, slots=True)
class Scope:
    """What to export: chosen assessments, one school's records, or (neither) everything."""

    assessments: tuple[str, ...] = ()
    school: str | None = None

    @property
    def everything(self) -> bool:
        return not self.assessments and self.school is None


@dataclass(frozen=True, slots=True)
class State:
    seen: tuple[str, ...]
    deleted: bool = False


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def _scope_filters(scope: Scope) -> dict[str, ColumnElement[bool]]:
    if scope.everything:
        return {}
    if scope.school is not None:
        schools: Any = [scope.school]
        teams: Any = select(TeamRow.id).where(TeamRow.school_id == scope.school)
        assessments: Any = select(AssessmentRow.id).where(AssessmentRow.team_id.in_(teams))
    else:
        assessments = list(scope.assessments)
        teams = select(AssessmentRow.team_id).where(AssessmentRow.id.in_(assessments))
        schools = select(TeamRow.school_id).where(TeamRow.id.in_(teams))
    focuses = select(FocusRow.id).where(FocusRow.assessment_id.in_(assessments))
    return {
        "schools": SchoolRow.id.in_(schools),
        "teams": TeamRow.id.in_(teams),
        "members": MemberRow.team_id.in_(teams),
        "assessments": AssessmentRow.id.in_(assessments),
        "assessment_members": PresentRow.assessment_id.in_(assessments),
        "ratings": RatingRow.assessment_id.in_(assessments),
        "agreements": AgreementRow.assessment_id.in_(assessments),
        "plan_focuses": FocusRow.assessment_id.in_(assessments),
        "plan_actions": ActionRow.focus_id.in_(focuses),
        "paper_sheets": PaperSheetRow.assessment_id.in_(assessments),
        "paper_ratings": PaperRatingRow.assessment_id.in_(assessments),
        "paper_evidence": PaperEvidenceRow.assessment_id.in_(assessments),
    }


def stream(
    session: Session, name: str, columns: Sequence[str], scope: Scope
) -> Iterator[dict[str, Any]]:
    """The scope's rows of one table, a batch at a time (never the whole table in memory).

    Times come as datetimes, except on SQLite, where a time stored in the usual form comes as
    the ISO 8601 text a file carries (what ``isoformat`` of its UTC datetime gives): reading it
    into a datetime to write it back out was a fifth of an export.
    """
    t = table(name)
    selected, read = _reading(session, t, columns)
    query: Select[Any] = select(*selected).order_by(*t.primary_key.columns)
    query = _in_scope(query, name, scope)
    result = session.execute(query.execution_options(yield_per=STREAM_BATCH))
    for row in result:
        yield read(row)


def _in_scope(query: Select[Any], name: str, scope: Scope) -> Select[Any]:
    where = _scope_filters(scope).get(name)
    if where is not None:
        query = query.where(where)
    if name in LOCAL_TRASH:  # in this computer's trash: not sent
        query = query.where(table(name).c.deleted_at.is_(None))
    return query


def _reading(
    session: Session, t: Table, columns: Sequence[str]
) -> tuple[list[Any], Callable[[Sequence[Any]], dict[str, Any]]]:
    """The columns to select and how a row of them becomes a record (``stream``'s times)."""
    dialect = session.connection().dialect
    dated = [c for c in columns if isinstance(t.c[c].type, UTCDateTime)]
    as_text = dated if dialect.name == "sqlite" else []
    selected = [type_coerce(t.c[c], String) if c in as_text else t.c[c] for c in columns]
    if not as_text:
        return selected, lambda row: dict(zip(columns, row, strict=True))
    slow = _stored_time(dialect)

    def read(row: Sequence[Any]) -> dict[str, Any]:
        record = dict(zip(columns, row, strict=True))
        for c in as_text:
            value = record[c]
            if value is not None:
                if len(value) == 26 and value[10] == " " and value[19] == ".":
                    tail = "" if value.endswith(".000000") else value[19:]
                    record[c] = f"{value[:10]}T{value[11:19]}{tail}+00:00"
                else:  # stored some other way: read as SQLAlchemy reads it
                    record[c] = slow(value)
        return record

    return selected, read


def rows_by_id(
    session: Session, name: str, columns: Sequence[str], ids: Sequence[str]
) -> dict[str, dict[str, Any]]:
    """These rows as ``stream`` gives them (times as text on SQLite), by id."""
    t = table(name)
    if not ids:
        return {}
    selected, read = _reading(session, t, columns)
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        rows: Iterable[Sequence[Any]] = session.execute(
            select(*selected).where(t.c.id.in_(list(ids)))
        )
    else:
        rows = _sqlite_rows(connection, t, columns, ids)
    return {record["id"]: record for record in map(read, rows)}


def _sqlite_rows(
    connection: Connection, t: Table, columns: Sequence[str], ids: Sequence[str]
) -> Sequence[Sequence[Any]]:
    """The rows with these ids from the driver, each column as SQLAlchemy reads it but the
    times, left as stored text (as ``_reading`` selects them). SQLAlchemy's IN list of a
    block's 2,000 ids, bound one by one at each execution, was a quarter of a first export."""
    dialect = connection.dialect
    quote = dialect.identifier_preparer
    sql = (
        f"SELECT {', '.join(quote.quote(c) for c in columns)} FROM {quote.format_table(t)} "
        f"WHERE {quote.quote('id')} IN ({', '.join('?' * len(ids))})"
    )
    rows: Sequence[Sequence[Any]] = connection.exec_driver_sql(sql, tuple(ids)).fetchall()
    convert = []
    for position, column in enumerate(columns):
        kind = t.c[column].type
        if isinstance(kind, UTCDateTime):
            continue
        processor = kind.dialect_impl(dialect).result_processor(dialect, None)
        if processor is not None:
            convert.append((position, processor))
    if not convert:
        return rows
    converted: list[Sequence[Any]] = []
    for row in rows:
        values = list(row)
        for position, processor in convert:
            values[position] = processor(values[position])
        converted.append(values)
    return converted


def versions(session: Session, name: str) -> Generator[list[tuple[str, int]], None, None]:
    """All the records of a tracked table sent in a whole-database export, in id order, a
    batch at a time: (id, row_version).

    On SQLite read from the driver as it gives them: a SQLAlchemy row for each of half a
    million records cost more than the query.
    """
    t = table(name)
    query = _in_scope(select(t.c.id, t.c.row_version).order_by(t.c.id), name, Scope())
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        streamed = connection.execute(query.execution_options(yield_per=STREAM_BATCH))
        try:
            for rows in streamed.partitions():
                yield [(i, v) for i, v in rows]
        finally:  # a server-side cursor: closed at once when the export stops
            streamed.close()
        return
    # SQLite's driver steps through the rows as they are fetched (SQLAlchemy's streaming would
    # only buffer them again). One pass: a small page cache reads as fast as the big one.
    with small_page_cache(session):
        result = connection.execute(query)
        try:
            while rows := result.cursor.fetchmany(STREAM_BATCH):
                yield cast("list[tuple[str, int]]", rows)
        finally:
            result.close()


def sent_blocks(session: Session, name: str) -> list[tuple[str, bytes]]:
    """The table's kept blocks (models.ExchangeSentRow): (first id, digest), in id order."""
    sent = table("exchange_sent")
    rows = session.execute(
        select(sent.c.first_id, sent.c.digest)
        .where(sent.c.table_name == name)
        .order_by(sent.c.first_id)
    )
    return [(first, bytes(digest)) for first, digest in rows]


def sent_block(session: Session, name: str, first_id: str) -> bytes:
    """A kept block's lines, compressed."""
    sent = table("exchange_sent")
    where = (sent.c.table_name == name) & (sent.c.first_id == first_id)
    return bytes(session.execute(select(sent.c.lines).where(where)).scalar_one())


def save_block(session: Session, name: str, first_id: str, digest: bytes, lines: bytes) -> None:
    """Keep (or replace) the block starting at ``first_id``."""
    drop_blocks(session, name, [first_id])
    bulk.insert_rows(
        session,
        "exchange_sent",
        ("first_id", "digest", "lines"),
        [(first_id, digest, lines)],
        fixed={"table_name": name},
    )


def drop_blocks(session: Session, name: str, first_ids: list[str]) -> None:
    sent = table("exchange_sent")
    session.execute(delete(sent).where(sent.c.table_name == name, sent.c.first_id.in_(first_ids)))


def _outdate_blocks(session: Session, name: str, ids: list[str]) -> None:
    """The blocks holding these records are written again by the next export (their lines
    carry the records' old histories). The block keeps its place: only its digest goes."""
    sent = table("exchange_sent")
    firsts = list(
        session.scalars(
            select(sent.c.first_id).where(sent.c.table_name == name).order_by(sent.c.first_id)
        )
    )
    if not firsts:
        return
    # A record is in the last block starting at or before its id (none: before the first).
    # Ids are lowercase UUIDs (bundle_records checks a file's): the database's order of them,
    # in which an export cuts its blocks, and Python's agree.
    holding = {firsts[at - 1] for at in (bisect_right(firsts, i) for i in ids) if at}
    if holding:
        session.execute(
            update(sent)
            .where(sent.c.table_name == name, sent.c.first_id.in_(sorted(holding)))
            .values(digest=b"")
        )


def _stored_time(dialect: Any) -> Any:
    """SQLAlchemy's own reading of a stored time (text on SQLite) as an aware UTC datetime."""
    parse = DateTime().dialect_impl(dialect).result_processor(dialect, None)
    kind = UTCDateTime()

    def read(value: str) -> Any:
        parsed: Any = parse(value) if parse else value
        return kind.process_result_value(parsed, dialect)

    return read


def count(session: Session, name: str, scope: Scope) -> int:
    t = table(name)
    query = _in_scope(select(func.count()).select_from(t), name, scope)
    return int(session.scalar(query) or 0)


def packs_in_scope(session: Session, scope: Scope) -> list[PackRow]:
    used = select(AssessmentRow.pack_row_id).distinct()
    where = _scope_filters(scope).get("assessments")
    if where is not None:
        used = used.where(where)
    query = select(PackRow).where(PackRow.id.in_(used))
    return list(session.scalars(query.order_by(PackRow.pack_id, PackRow.version)))


def by_id(
    session: Session, name: str, columns: Sequence[str], ids: Iterable[str]
) -> dict[str, dict[str, Any]]:
    t = table(name)
    wanted = list(set(ids))
    if not wanted:
        return {}
    rows = session.execute(select(*(t.c[c] for c in columns)).where(t.c.id.in_(wanted)))
    return {row.id: dict(zip(columns, row, strict=True)) for row in rows}


def by_key(
    session: Session, name: str, columns: Sequence[str], key: Sequence[str], keys: Iterable[tuple]
) -> dict[tuple, dict[str, Any]]:
    """Rows matched on a natural key; the first key column narrows the query."""
    t = table(name)
    wanted = set(keys)
    firsts = list({k[0] for k in wanted})
    if not firsts:
        return {}
    rows = session.execute(select(*(t.c[c] for c in columns)).where(t.c[key[0]].in_(firsts)))
    found = {}
    for row in rows:
        record = dict(zip(columns, row, strict=True))
        k = tuple(record[c] for c in key)
        if k in wanted:
            found[k] = record
    return found


def pack_rows_of(session: Session, assessment_ids: Iterable[str]) -> dict[str, str]:
    """Each assessment's rubric_packs row id."""
    wanted = list(set(assessment_ids))
    if not wanted:
        return {}
    rows = session.execute(
        select(AssessmentRow.id, AssessmentRow.pack_row_id).where(AssessmentRow.id.in_(wanted))
    )
    return {row.id: row.pack_row_id for row in rows}


@dataclass(frozen=True, slots=True)
class Place:
    """Where a record sits, in the names a person recognises (for a conflict's title)."""

    school: str = ""
    team: str = ""
    year: str = ""
    member: str = ""
    assessment_id: str | None = None
    category_key: str = ""


def place_of(session: Session, table_name: str, row: dict[str, Any]) -> Place:
    get = session.get
    assessment_id = row["id"] if table_name == "assessments" else row.get("assessment_id")
    category_key = row.get("category_key") or ""
    if table_name == "plan_actions":
        focus = get(FocusRow, row["focus_id"])
        assessment_id = focus.assessment_id if focus else None
        category_key = focus.category_key if focus else ""
    team_id = row["id"] if table_name == "teams" else row.get("team_id")
    school_id = row["id"] if table_name == "schools" else None
    year = ""
    assessment = get(AssessmentRow, assessment_id) if assessment_id else None
    if assessment is not None:
        team_id, year = assessment.team_id, assessment.school_year
    team = get(TeamRow, team_id) if team_id else None
    if team is not None:
        school_id = team.school_id
    school = get(SchoolRow, school_id) if school_id else None
    member_id = row["id"] if table_name == "members" else row.get("member_id")
    member = get(MemberRow, member_id) if member_id else None
    return Place(
        school=school.name if school else "",
        team=team.name if team else "",
        year=year,
        member=member.display_name if member else "",
        assessment_id=assessment_id if assessment is not None else None,
        category_key=category_key,
    )


def with_carried_sources(session: Session, scope: Scope) -> Scope:
    """The chosen assessments and those their actions were carried from (last year's plan,
    and the year before...): a file's every reference leads to a record in it."""
    if not scope.assessments:
        return scope  # a school's years or everything: the sources are in it already
    chosen = list(dict.fromkeys(scope.assessments))
    frontier = set(chosen)
    while frontier:
        sources = (
            select(ActionRow.carried_from)
            .join(FocusRow, ActionRow.focus_id == FocusRow.id)
            .where(FocusRow.assessment_id.in_(list(frontier)), ActionRow.carried_from.is_not(None))
        )
        found = session.scalars(
            select(FocusRow.assessment_id)
            .join(ActionRow, ActionRow.focus_id == FocusRow.id)
            .where(ActionRow.id.in_(sources))
            .distinct()
        )
        frontier = set(found) - set(chosen)
        chosen += sorted(frontier)
    return Scope(assessments=tuple(chosen))


def carried_from_unsent(session: Session, scope: Scope) -> set[str]:
    """Actions in the scope carried from an action the file will not hold: one in this
    computer's trash, or removed for good. Their link cannot travel."""
    where = _scope_filters(scope).get("plan_actions")
    sent = select(ActionRow.id).where(ActionRow.deleted_at.is_(None))
    query = select(ActionRow.id).where(
        ActionRow.deleted_at.is_(None),
        ActionRow.carried_from.is_not(None),
        ActionRow.carried_from.not_in(sent if where is None else sent.where(where)),
    )
    if where is not None:
        query = query.where(where)
    return set(session.scalars(query))


def teams_of(session: Session, name: str, ids: Iterable[str]) -> dict[str, str]:
    """Each record's team (of ``assessments`` or ``members``)."""
    t = table(name)
    wanted = list(set(ids))
    if not wanted:
        return {}
    rows = session.execute(select(t.c.id, t.c.team_id).where(t.c.id.in_(wanted)))
    return {row.id: row.team_id for row in rows}


def present_members(session: Session, assessment_ids: Iterable[str]) -> dict[str, set[str]]:
    """Who takes part in each assessment (member ids)."""
    wanted = list(set(assessment_ids))
    found: dict[str, set[str]] = {a: set() for a in wanted}
    if wanted:
        rows = session.execute(
            select(PresentRow.assessment_id, PresentRow.member_id).where(
                PresentRow.assessment_id.in_(wanted)
            )
        )
        for row in rows:
            found[row.assessment_id].add(row.member_id)
    return found


def focus_counts(session: Session, assessment_ids: Iterable[str]) -> dict[str, int]:
    """Each plan's focus areas, those in this computer's trash not counted."""
    wanted = list(set(assessment_ids))
    if not wanted:
        return {}
    rows = session.execute(
        select(FocusRow.assessment_id, func.count())
        .where(FocusRow.assessment_id.in_(wanted), FocusRow.deleted_at.is_(None))
        .group_by(FocusRow.assessment_id)
    )
    return {row[0]: int(row[1]) for row in rows}


def existing_ids(session: Session, name: str, ids: Iterable[str]) -> set[str]:
    t = table(name)
    wanted = list(set(ids))
    if not wanted:
        return set()
    return set(session.scalars(select(t.c.id).where(t.c.id.in_(wanted))))


def states(session: Session, name: str, ids: Iterable[str]) -> dict[str, State]:
    wanted = list(set(ids))
    if not wanted:
        return {}
    rows = session.execute(
        select(ExchangeStateRow.record_id, ExchangeStateRow.seen, ExchangeStateRow.deleted).where(
            ExchangeStateRow.table_name == name, ExchangeStateRow.record_id.in_(wanted)
        )
    )
    return {rid: State(tuple(seen.split()), deleted) for rid, seen, deleted in rows}


def has_states(session: Session, name: str) -> bool:
    """Whether any record of this table has a state (was ever exchanged or removed here)."""
    found = select(ExchangeStateRow.record_id).where(ExchangeStateRow.table_name == name)
    return session.execute(found.limit(1)).first() is not None


def save_states(
    session: Session,
    name: str,
    changed: dict[str, State],
    known: Container[str] | None = None,
    outdate: bool = True,
) -> None:
    """Replace the states of these records (delete and insert: portable, and batched).

    ``known``: the ids among them that have a state now (as ``states`` found them in this
    transaction); the others are only inserted. An import of a district adds half a million.
    The blocks of lines they were last sent in are outdated too (a line carries the history it
    was sent with), unless ``outdate`` is False: an export writing their block again now.
    """
    if not changed:
        return
    if outdate:
        _outdate_blocks(session, name, list(changed))
    replaced = list(changed) if known is None else [i for i in changed if i in known]
    if replaced:
        session.execute(
            delete(ExchangeStateRow).where(
                ExchangeStateRow.table_name == name, ExchangeStateRow.record_id.in_(replaced)
            )
        )
    bulk.insert_tables(
        session,
        {
            "exchange_state": [
                {
                    "table_name": name,
                    "record_id": rid,
                    "seen": " ".join(s.seen),
                    "deleted": s.deleted,
                }
                for rid, s in changed.items()
            ]
        },
    )


def forget(session: Session, name: str, ids: Iterable[str]) -> None:
    """Mark records removed here: a .roots file that still has them will not bring them back."""
    wanted = list(set(ids))
    found = states(session, name, wanted)
    save_states(
        session, name, {i: State(found[i].seen if i in found else (), True) for i in wanted}
    )


def insert(session: Session, name: str, rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        bulk.insert_tables(session, {name: rows})


def update_rows(session: Session, name: str, rows: Sequence[dict[str, Any]]) -> None:
    """Write every given column of each row, matched on ``id``."""
    if not rows:
        return
    t = table(name)
    columns = [c for c in rows[0] if c != "id"]
    values: dict[str, Any] = {c: bindparam(f"new_{c}") for c in columns}
    if "row_version" in t.c:  # a change from a file is a new version here too
        values["row_version"] = t.c.row_version + 1
    statement = update(t).where(t.c.id == bindparam("match_id")).values(values)
    params = [{**{f"new_{c}": row[c] for c in columns}, "match_id": row["id"]} for row in rows]
    session.connection().execute(statement, params)


# Everything an import reads: the exchanged tables, the history of each record, the packs.
_MERGED_TABLES = (
    "schools",
    "teams",
    "members",
    "rubric_packs",
    "assessments",
    "assessment_members",
    "ratings",
    "agreements",
    "plan_focuses",
    "plan_actions",
    "paper_sheets",
    "paper_ratings",
    "paper_evidence",
    "exchange_state",
)


def content_digest(session: Session) -> str:
    """A digest of every row an import reads: a different digest whenever the data differs.

    Rows come from the driver as they are, without SQLAlchemy's conversions: only the same
    database is ever compared with itself, and this stays a second or two for a district. On
    SQLite the rows come in the order they are stored (no sorting): the same rows stored in
    another order only give another digest, never the same digest for other data.
    """
    connection = session.connection()
    quote = connection.dialect.identifier_preparer
    ordered = connection.dialect.name != "sqlite"
    digest = hashlib.blake2b(digest_size=20)
    for name in _MERGED_TABLES:
        t = table(name)
        columns = ", ".join(quote.quote(c.name) for c in t.columns)
        query = f"SELECT {columns} FROM {quote.format_table(t)}"
        if ordered:
            query += " ORDER BY " + ", ".join(quote.quote(c.name) for c in t.primary_key.columns)
        result = connection.exec_driver_sql(query, execution_options={"stream_results": True})
        digest.update(name.encode())
        try:
            while rows := result.cursor.fetchmany(STREAM_BATCH):
                digest.update(_serialized(list(rows)))
        finally:
            result.close()
    return digest.hexdigest()


def _serialized(rows: list[Any]) -> bytes:
    try:  # version 2: by value alone (later versions share repeated objects by reference)
        return marshal.dumps(rows, 2)
    except ValueError:  # a driver's own types (dates from PostgreSQL's)
        return repr(rows).encode()
