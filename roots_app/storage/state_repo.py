"""Queries and writes for LEAs and the state's Priority 3 results (issue 19)."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from roots_app.domain.ids import new_id, utcnow
from roots_app.domain.state_report import Lea, LeaKind, Performance, StateResult
from roots_app.errors import NotFoundError
from roots_app.storage import bulk
from roots_app.storage.models import (
    AgreementRow,
    AssessmentRow,
    Base,
    LeaRow,
    SchoolRow,
    StateRatingRow,
    StateResultRow,
    TeamRow,
)

CHUNK = 500  # ids in one IN (...) list


def _lea(row: Any) -> Lea:
    return Lea(row.cds_code, row.name, LeaKind(row.kind), row.id)


def leas(session: Session) -> dict[str, Lea]:
    """Every LEA, by CDS code."""
    query = select(LeaRow.id, LeaRow.cds_code, LeaRow.name, LeaRow.kind)
    return {row.cds_code: _lea(row) for row in session.execute(query)}


def lea(session: Session, cds_code: str) -> Lea | None:
    row = session.execute(
        select(LeaRow.id, LeaRow.cds_code, LeaRow.name, LeaRow.kind).where(
            LeaRow.cds_code == cds_code
        )
    ).one_or_none()
    return None if row is None else _lea(row)


def _tracked(device: str) -> dict[str, Any]:
    """The values every new tracked row of one import shares."""
    now = utcnow()
    return {"created_at": now, "updated_at": now, "updated_by": device, "row_version": 1}


def add_leas(session: Session, new: Iterable[Lea], device: str) -> list[Lea]:
    """Insert LEAs (through the bulk writer: a whole state file adds some 2,300); returns them
    with their ids."""
    out = [Lea(found.cds_code, found.name, found.kind, new_id()) for found in new]
    bulk.insert_rows(
        session,
        "leas",
        ("id", "cds_code", "name", "kind"),
        [(found.id, found.cds_code, found.name, found.kind.value) for found in out],
        _tracked(device),
    )
    return out


def rename_lea(session: Session, lea_id: str, name: str, kind: LeaKind, device: str) -> None:
    row = session.get(LeaRow, lea_id)
    assert row is not None  # read in this same unit of work
    row.name, row.kind, row.updated_by = name, kind.value, device


def newest_years(session: Session) -> dict[str, str]:
    """LEA id -> the newest school year it has a state result for."""
    r = StateResultRow
    query = select(r.lea_id, func.max(r.school_year)).group_by(r.lea_id)
    return {str(lea_id): str(year) for lea_id, year in session.execute(query)}


def _result(row: Any, cds_code: str, ratings: dict[str, int]) -> StateResult:
    return StateResult(
        cds_code=cds_code,
        lea_name=row.lea_name,
        file_year=row.file_year,
        ratings=ratings,
        performance=Performance(row.performance) if row.performance else None,
        meeting_date=row.meeting_date,
        narratives=json.loads(row.narratives),
        additional_info=row.additional_info,
        layout=row.layout,
    )


def results(
    session: Session, years: Collection[str] | None = None, lea_id: str | None = None
) -> dict[tuple[str, str], tuple[str, StateResult]]:
    """(LEA id, school year) -> (result id, result) for those years, or that LEA's."""
    r, g = StateResultRow, StateRatingRow
    # Columns, not ORM objects: a whole state file is 2,300 of them, only read.
    query = select(
        r.id,
        r.lea_id,
        r.school_year,
        r.file_year,
        r.layout,
        r.lea_name,
        r.performance,
        r.meeting_date,
        r.narratives,
        r.additional_info,
        LeaRow.cds_code,
    ).join(LeaRow, r.lea_id == LeaRow.id)
    rating_query = select(g.result_id, g.category_key, g.level).join(r, g.result_id == r.id)
    if years is not None:
        query = query.where(r.school_year.in_(list(years)))
        rating_query = rating_query.where(r.school_year.in_(list(years)))
    if lea_id is not None:
        query = query.where(r.lea_id == lea_id)
        rating_query = rating_query.where(r.lea_id == lea_id)
    ratings: dict[str, dict[str, int]] = {}
    for result_id, key, level in session.execute(rating_query):
        ratings.setdefault(result_id, {})[key] = level
    out: dict[tuple[str, str], tuple[str, StateResult]] = {}
    for row in session.execute(query):
        out[(row.lea_id, row.school_year)] = (
            row.id,
            _result(row, row.cds_code, ratings.get(row.id, {})),
        )
    return out


def _columns(result: StateResult) -> dict[str, Any]:
    return {
        "school_year": result.school_year,
        "file_year": result.file_year,
        "layout": result.layout,
        "lea_name": result.lea_name,
        "performance": result.performance.value if result.performance else None,
        "meeting_date": result.meeting_date,
        "narratives": json.dumps(dict(result.narratives), ensure_ascii=False, sort_keys=True),
        "additional_info": result.additional_info,
    }


def _insert_ratings(session: Session, pairs: Iterable[tuple[str, StateResult]]) -> None:
    """Every rating of (result id, result) pairs, through the fast bulk writer (27,600 for a
    whole state file)."""
    rows = [(result_id, key, level) for result_id, r in pairs for key, level in r.ratings.items()]
    bulk.insert_rows(session, "state_ratings", ("result_id", "category_key", "level"), rows)


def add_results(session: Session, new: Sequence[tuple[str, StateResult]], device: str) -> int:
    """Insert (LEA id, result) pairs and their ratings, through the bulk writer; returns how
    many."""
    if not new:
        return 0
    ids = [new_id() for _ in new]
    values = [_columns(r) for _, r in new]
    names = tuple(values[0])
    bulk.insert_rows(
        session,
        "state_results",
        ("id", "lea_id", *names),
        [
            (result_id, lea_id, *(v[name] for name in names))
            for result_id, (lea_id, _), v in zip(ids, new, values, strict=True)
        ],
        _tracked(device),
    )
    _insert_ratings(session, ((i, r) for i, (_, r) in zip(ids, new, strict=True)))
    return len(ids)


def replace_results(
    session: Session, changed: Sequence[tuple[str, StateResult]], device: str
) -> None:
    """A reissued file's rows: each (result id, result)'s values and ratings become the file's.

    One statement each for all rows (an update run for many, a delete, an insert): a
    reissued file changes up to every one of 2,300 rows.
    """
    if not changed:
        return
    session.flush()
    t = Base.metadata.tables["state_results"]
    now = utcnow()
    session.execute(
        update(t)
        .where(t.c.id == bindparam("result_id"))
        .values(
            {name: bindparam(name) for name in _columns(changed[0][1])}
            | {"updated_at": now, "updated_by": device, "row_version": t.c.row_version + 1}
        ),
        [{"result_id": result_id, **_columns(r)} for result_id, r in changed],
    )
    ids = [result_id for result_id, _ in changed]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        session.execute(delete(StateRatingRow).where(StateRatingRow.result_id.in_(chunk)))
    _insert_ratings(session, changed)
    session.expire_all()  # rows the ORM may hold are older than what was just written


def _lea_agreements(columns: Sequence[Any], rubric: Any, lea_id: str, school_id: str | None) -> Any:
    """The agreed levels on a rubric (``rubric``: a condition on the assessment's pack) of the
    teams of the LEA's schools (or of one of them), none of them in the trash."""
    a, t, s, g = AssessmentRow, TeamRow, SchoolRow, AgreementRow
    query = (
        select(*columns)
        .select_from(g)
        .join(a, g.assessment_id == a.id)
        .join(t, a.team_id == t.id)
        .join(s, t.school_id == s.id)
        .where(
            s.lea_id == lea_id,
            rubric,
            g.level.is_not(None),
            a.deleted_at.is_(None),
            t.deleted_at.is_(None),
            s.deleted_at.is_(None),
        )
    )
    return query if school_id is None else query.where(s.id == school_id)


def agreed_levels(
    session: Session, lea_id: str, pack_id: str, school_id: str | None = None
) -> list[tuple[str, str, str, str, int]]:
    """(school year, assessment, pack version, category, level) of every agreed level on this
    rubric of the teams of the LEA's schools (or of one of them), none of them in the trash
    (the version: levels on another version are read through the lineages)."""
    a, g = AssessmentRow, AgreementRow
    columns = (a.school_year, a.id, a.pack_version, g.category_key, g.level)
    query = _lea_agreements(columns, a.pack_id == pack_id, lea_id, school_id)
    return [
        (year, assessment, version, key, level)
        for year, assessment, version, key, level in session.execute(query)
        if level is not None
    ]


def mapped_levels(
    session: Session, lea_id: str, pack_ids: Collection[str], school_id: str | None = None
) -> list[tuple[str, str, str, str, str, str, int]]:
    """(school year, assessment, pack, version, pack row, category, level) of every agreed
    level on these rubrics of the teams of the LEA's schools (or of one of them), none of them
    in the trash: what the crosswalk maps to the LCFF practices."""
    a, g = AssessmentRow, AgreementRow
    columns = (a.school_year, a.id, a.pack_id, a.pack_version, a.pack_row_id, g.category_key)
    rubric = a.pack_id.in_(list(pack_ids))
    query = _lea_agreements((*columns, g.level), rubric, lea_id, school_id)
    return [
        (year, assessment, pack, version, row, key, level)
        for year, assessment, pack, version, row, key, level in session.execute(query)
        if level is not None
    ]


_UNCHANGED: Any = object()


def set_school(
    session: Session,
    school_id: str,
    device: str,
    lea_id: str | None = _UNCHANGED,
    cds_code: str | None = _UNCHANGED,
) -> None:
    """Set a school's LEA and/or its own CDS code (what is not given stays)."""
    row = session.get(SchoolRow, school_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(f"There is no school with id {school_id}.", id=school_id)
    if lea_id is not _UNCHANGED:
        row.lea_id = lea_id
    if cds_code is not _UNCHANGED:
        row.cds_code = cds_code
    row.updated_by = device


def school_links(session: Session, school_id: str) -> tuple[str, Lea | None, str | None] | None:
    """(name, LEA or None, own CDS code or None) of a school not in the trash; None: none."""
    found = session.execute(
        select(
            SchoolRow.name,
            SchoolRow.cds_code.label("own"),
            LeaRow.id,
            LeaRow.cds_code,
            LeaRow.name.label("lea_name"),
            LeaRow.kind,
        )
        .select_from(SchoolRow)
        .outerjoin(LeaRow, SchoolRow.lea_id == LeaRow.id)
        .where(SchoolRow.id == school_id, SchoolRow.deleted_at.is_(None))
    ).one_or_none()
    if found is None:
        return None
    lea = None
    if found.id is not None:
        lea = Lea(found.cds_code, found.lea_name, LeaKind(found.kind), found.id)
    return found.name, lea, found.own


def lea_overview(session: Session) -> list[tuple[Lea, tuple[str, ...], int]]:
    """Every LEA by name (then code): the school years it has state results for, oldest
    first, and how many schools not in the trash belong to it (``roots leas``)."""
    years: dict[str, list[str]] = {}
    r = StateResultRow
    for lea_id, year in session.execute(select(r.lea_id, r.school_year).order_by(r.school_year)):
        years.setdefault(lea_id, []).append(year)
    s = SchoolRow
    counted = select(s.lea_id, func.count()).where(s.deleted_at.is_(None), s.lea_id.is_not(None))
    schools = dict(session.execute(counted.group_by(s.lea_id)).all())
    found = sorted(leas(session).values(), key=lambda one: (one.name, one.cds_code))
    return [(one, tuple(years.get(one.id, ())), schools.get(one.id, 0)) for one in found]


def school_codes(session: Session) -> dict[str, tuple[Lea | None, str | None]]:
    """Per school not in the trash that has an LEA or its own CDS code: (its LEA or None, its
    own CDS code or None). Schools with neither are left out (``roots schools --json``)."""
    found = session.execute(
        select(
            SchoolRow.id.label("school"),
            SchoolRow.cds_code.label("own"),
            LeaRow.id,
            LeaRow.cds_code,
            LeaRow.name,
            LeaRow.kind,
        )
        .select_from(SchoolRow)
        .outerjoin(LeaRow, SchoolRow.lea_id == LeaRow.id)
        .where(
            SchoolRow.deleted_at.is_(None),
            (SchoolRow.lea_id.is_not(None)) | (SchoolRow.cds_code.is_not(None)),
        )
    )
    return {
        row.school: (
            None if row.id is None else Lea(row.cds_code, row.name, LeaKind(row.kind), row.id),
            row.own,
        )
        for row in found
    }


def schools_of(session: Session, lea_id: str) -> list[tuple[str, str]]:
    """(id, name) of the LEA's schools not in the trash, by name."""
    s = SchoolRow
    query = select(s.id, s.name).where(s.lea_id == lea_id, s.deleted_at.is_(None)).order_by(s.name)
    return [(i, n) for i, n in session.execute(query)]


def lea_assessments(session: Session, lea_id: str, pack_id: str) -> list[tuple[str, str]]:
    """(assessment id, school year) of the LEA's schools' teams' assessments on this rubric,
    none of them in the trash, by school name, team name and start (the narrative draft)."""
    a, t, s = AssessmentRow, TeamRow, SchoolRow
    query = (
        select(a.id, a.school_year)
        .join(t, a.team_id == t.id)
        .join(s, t.school_id == s.id)
        .where(
            s.lea_id == lea_id,
            a.pack_id == pack_id,
            a.deleted_at.is_(None),
            t.deleted_at.is_(None),
            s.deleted_at.is_(None),
        )
        .order_by(s.name, t.name, a.created_at, a.id)
    )
    return [(found, year) for found, year in session.execute(query)]


def every_school_code(session: Session) -> dict[str, tuple[str | None, str | None]]:
    """Every school, the trash's too: (its LEA's CDS code or None, its own CDS code or None)
    (what copy-to carries: a school restored from the trash keeps its links)."""
    query = (
        select(SchoolRow.id, LeaRow.cds_code, SchoolRow.cds_code.label("own"))
        .select_from(SchoolRow)
        .outerjoin(LeaRow, SchoolRow.lea_id == LeaRow.id)
    )
    return {row.id: (row.cds_code, row.own) for row in session.execute(query)}


def relink_schools(
    session: Session, links: dict[str, tuple[str | None, str | None]], device: str
) -> None:
    """Set each school's (LEA id, own CDS code), the trash's too (copy-to)."""
    for school_id, (lea_id, own) in links.items():
        row = session.get(SchoolRow, school_id)
        assert row is not None  # read in this same unit of work
        row.lea_id, row.cds_code, row.updated_by = lea_id, own, device
