"""Aggregate queries for comparisons: agreed levels by school and year, role-group averages.

Plain SQL that runs the same on SQLite and PostgreSQL; the district never loads members'
ratings into Python, only counts and averages per category and role.

Core queries over light table descriptions, not the ORM models: ``roots district`` and
``roots compare`` then never map the model classes (a good part of their start-up), and rows
come back as the tuples the comparison arithmetic reads, not an object each.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import case, func, literal_column, select
from sqlalchemy.orm import Session

from roots_app.storage.core_tables import (
    agreements_t,
    assessments_t,
    focuses_t,
    leas_t,
    members_t,
    packs_t,
    ratings_t,
    role_totals_t,
    schools_t,
    teams_t,
)

# (school, team, year, category, level): the shape of domain.comparison.AgreedRow.
# A result row is a tuple at run time; the domain takes it as one.
Agreed = tuple[str, str, str, str, int]
# The same with the pack version scored on (domain.versions.VersionedRow), read only where
# several versions of the rubric were used.
Versioned = tuple[str, str, str, str, int, str]

# SQLite's own default page cache (2 MB), for reads that touch most pages once.
READING_CACHE_KIB = 2000


@contextmanager
def small_page_cache(session: Session) -> Iterator[None]:
    """Read a year of the district with a small SQLite page cache, then give the big one back.

    The connection's big cache (storage.engine) is there for big writes. A district read
    passes over most pages once, so the big cache would only keep them, 40 MB of the process's
    memory at 1,000 schools, and read no faster (the file stays in the system's cache).
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    size = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
    connection.exec_driver_sql(f"PRAGMA cache_size=-{READING_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={size}")


def _agreed(versions: bool = False):  # type: ignore[no-untyped-def]
    a, t, g = assessments_t.c, teams_t.c, agreements_t.c
    columns = [t.school_id, t.id, a.school_year, g.category_key, g.level]
    if versions:
        columns.append(a.pack_version)
    return (
        select(*columns)
        .select_from(agreements_t)
        .join(assessments_t, g.assessment_id == a.id)
        .join(teams_t, a.team_id == t.id)
        .where(g.level.is_not(None), a.deleted_at.is_(None), t.deleted_at.is_(None))
    )


def _same_pack(pack_id: str):  # type: ignore[no-untyped-def]
    """The rubric condition for one school's queries, kept off the rubric's index.

    Without statistics, SQLite's planner would start from that index and pass over the whole
    rubric's assessments (10,000 at 1,000 schools), not from the school's team and its few.
    """
    return assessments_t.c.pack_id.concat("") == pack_id


def lea(session: Session, cds_code: str) -> tuple[str, str, str, str] | None:
    """(id, CDS code, name, kind) of the LEA with this code; None: none."""
    c = leas_t.c
    row = session.execute(
        select(c.id, c.cds_code, c.name, c.kind).where(c.cds_code == cds_code)
    ).one_or_none()
    return None if row is None else (row[0], row[1], row[2], row[3])


def _in_lea(lea_id: str):  # type: ignore[no-untyped-def]
    """The teams' condition for "a school of this LEA" (an LEA filter; issue 19)."""
    s = schools_t.c
    return teams_t.c.school_id.in_(select(s.id).where(s.lea_id == lea_id))


def agreed_for_school(session: Session, school_id: str, pack_id: str) -> list[Agreed]:
    query = _agreed().where(teams_t.c.school_id == school_id, _same_pack(pack_id))
    return cast(list[Agreed], list(session.execute(query)))


def versioned_for_school(session: Session, school_id: str, pack_id: str) -> list[Versioned]:
    """agreed_for_school, each row with the pack version it was scored on."""
    query = _agreed(versions=True).where(teams_t.c.school_id == school_id, _same_pack(pack_id))
    return cast(list[Versioned], list(session.execute(query)))


def assessed_for_years(
    session: Session,
    years: Sequence[str],
    pack_id: str,
    category_keys: Sequence[str],
    lea_id: str | None = None,
) -> list[tuple[Any, ...]]:
    """(school, year, then the agreed level of each of ``category_keys`` or None) of each
    assessment of these years: domain.comparison.AssessedRow.

    One row per assessment, the categories side by side: a row per agreed level made six
    times as many Python tuples, most of ``roots district``'s time at 5,000 schools.
    """
    a, t, g = assessments_t.c, teams_t.c, agreements_t.c
    levels = [func.max(case((g.category_key == key, g.level))) for key in category_keys]
    query = (
        select(t.school_id, a.school_year, *levels)
        .select_from(agreements_t)
        .join(assessments_t, g.assessment_id == a.id)
        .join(teams_t, a.team_id == t.id)
        .where(
            g.level.is_not(None),
            a.deleted_at.is_(None),
            t.deleted_at.is_(None),
            a.school_year.in_(list(years)),
            a.pack_id == pack_id,
        )
    )
    if lea_id is not None:
        query = query.where(_in_lea(lea_id))
    if session.get_bind().dialect.name == "sqlite":
        # In the order SQLite reads the (rubric, year) index, rowid last: grouped as read,
        # where grouping by the text id sorted every agreed level first.
        query = query.group_by(a.school_year, literal_column("assessments.rowid"))
    else:
        query = query.group_by(a.id, t.school_id, a.school_year)
    # A result row is a tuple at run time; the domain only reads it by position.
    return cast(list[tuple[Any, ...]], session.execute(query).all())


def versioned_for_years(
    session: Session, years: Sequence[str], pack_id: str, lea_id: str | None = None
) -> list[Versioned]:
    """The agreed levels of these years, a row each, with the pack version each was scored on
    (read where several versions of the rubric were used: domain.versions maps them)."""
    a = assessments_t.c
    query = _agreed(versions=True).where(a.school_year.in_(list(years)), a.pack_id == pack_id)
    if lea_id is not None:
        query = query.where(_in_lea(lea_id))
    return cast(list[Versioned], list(session.execute(query).all()))


def focus_for_school(session: Session, school_id: str, pack_id: str) -> list[tuple[str, str, str]]:
    """(year, category, pack version) of every growth-plan focus area of the school on this
    rubric."""
    a, t, f = assessments_t.c, teams_t.c, focuses_t.c
    query = (
        select(a.school_year, f.category_key, a.pack_version)
        .select_from(focuses_t)
        .join(assessments_t, f.assessment_id == a.id)
        .join(teams_t, a.team_id == t.id)
        .where(
            t.school_id == school_id,
            _same_pack(pack_id),
            a.deleted_at.is_(None),
            f.deleted_at.is_(None),
        )
    )
    return [(year, key, version) for year, key, version in session.execute(query)]


def schools(session: Session, lea_id: str | None = None) -> list[tuple[str, str, str]]:
    """(id, name, region) of the schools not in the trash (of one LEA), by name."""
    s = schools_t.c
    query = select(s.id, s.name, s.region).where(s.deleted_at.is_(None)).order_by(s.name)
    if lea_id is not None:
        query = query.where(s.lea_id == lea_id)
    return [(i, n, r) for i, n, r in session.execute(query).all()]


def school_name(session: Session, school_id: str, lea_id: str | None = None) -> str | None:
    """The name of a school not in the trash (of that LEA, with ``lea_id``); None: none."""
    s = schools_t.c
    query = select(s.name).where(s.id == school_id, s.deleted_at.is_(None))
    if lea_id is not None:
        query = query.where(s.lea_id == lea_id)
    return session.scalar(query)


def role_averages(
    session: Session, year: str, pack_id: str, lea_id: str | None = None
) -> list[tuple[str, str, int, float]]:
    """(category, role, raters, mean level) over the year's member ratings.

    Read from the totals the database keeps on every write (migration 0009's triggers): a few
    dozen rows, where grouping the ratings themselves took most of ``roots district``'s time
    at 5,000 schools. The mean is the one SQL's avg() gave: the exact sum over the count.
    With ``lea_id``, over the ratings of that LEA's schools' teams only (the totals are the
    whole district's): grouped here, a few schools' worth.
    """
    if lea_id is not None:
        return _role_averages_in_lea(session, year, pack_id, lea_id)
    t = role_totals_t.c
    query = (
        select(t.category_key, t.role, t.raters, t.total)
        .where(t.school_year == year, t.pack_id == pack_id, t.raters > 0)
        # In words, not the server's order (as the grouped query before it).
        .order_by(t.category_key, t.role)
    )
    return [(k, role, int(n), int(total) / int(n)) for k, role, n, total in session.execute(query)]


def _role_averages_in_lea(
    session: Session, year: str, pack_id: str, lea_id: str
) -> list[tuple[str, str, int, float]]:
    """What the role totals count (every member's rating of an assessment not in the trash),
    for the teams of one LEA's schools."""
    a, r, m = assessments_t.c, ratings_t.c, members_t.c
    raters, total = func.count(), func.sum(r.level)
    query = (
        select(r.category_key, m.role, raters, total)
        .select_from(ratings_t)
        .join(assessments_t, r.assessment_id == a.id)
        .join(members_t, r.member_id == m.id)
        .join(teams_t, a.team_id == teams_t.c.id)
        .where(
            a.school_year == year,
            a.pack_id == pack_id,
            a.deleted_at.is_(None),
            r.level.is_not(None),
            _in_lea(lea_id),
        )
        .group_by(r.category_key, m.role)
        .order_by(r.category_key, m.role)
    )
    return [(k, role, int(n), int(sum_) / int(n)) for k, role, n, sum_ in session.execute(query)]


def pack_versions(session: Session, pack_id: str, school_id: str | None = None) -> list[str]:
    """The pack snapshots (JSON) that assessments of this rubric used, oldest version first."""
    a, p = assessments_t.c, packs_t.c
    if school_id is None:
        # Each snapshot asks whether any assessment used it: a probe of the pack_row_id
        # index, where collecting the snapshots of all the district's assessments passed over
        # every one of them.
        used = (
            select(a.id)
            .where(a.pack_row_id == p.id, a.pack_id == pack_id, a.deleted_at.is_(None))
            .exists()
        )
        query = select(p.version, p.content).where(used)
    else:
        # Which snapshots first, then their text: DISTINCT over the (large) text itself made
        # PostgreSQL compare 10,000 copies of it.
        of_school = (
            select(a.pack_row_id)
            .join(teams_t, a.team_id == teams_t.c.id)
            .where(_same_pack(pack_id), a.deleted_at.is_(None), teams_t.c.school_id == school_id)
        )
        query = select(p.version, p.content).where(p.id.in_(of_school.distinct()))
    rows = session.execute(query).all()
    return [content for _, content in sorted(rows, key=lambda r: tuple(map(int, r[0].split("."))))]


def pack_texts(session: Session, pack_id: str) -> list[str]:
    """Every stored version of this rubric (JSON), used or not: a lineage may name a version
    no assessment was scored on."""
    p = packs_t.c
    rows = session.execute(select(p.content).where(p.pack_id == pack_id))
    return [content for (content,) in rows]
