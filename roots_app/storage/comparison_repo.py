"""Aggregate queries for comparisons: agreed levels by school and year, role-group averages.

Plain SQL that runs the same on SQLite and PostgreSQL; the district never loads members'
ratings into Python, only counts and averages per category and role.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from roots_app.domain.comparison import AgreedRow
from roots_app.storage.models import (
    AgreementRow,
    AssessmentRow,
    FocusRow,
    MemberRow,
    PackRow,
    RatingRow,
    SchoolRow,
    TeamRow,
)


def _agreed():  # type: ignore[no-untyped-def]
    return (
        select(
            TeamRow.school_id,
            TeamRow.id,
            AssessmentRow.school_year,
            AgreementRow.category_key,
            AgreementRow.level,
        )
        .join(AssessmentRow, AgreementRow.assessment_id == AssessmentRow.id)
        .join(TeamRow, AssessmentRow.team_id == TeamRow.id)
        .where(
            AgreementRow.level.is_not(None),
            AssessmentRow.deleted_at.is_(None),
            TeamRow.deleted_at.is_(None),
        )
    )


def agreed_for_school(session: Session, school_id: str, pack_id: str) -> list[AgreedRow]:
    query = _agreed().where(TeamRow.school_id == school_id, AssessmentRow.pack_id == pack_id)
    return [AgreedRow(*row) for row in session.execute(query)]


def agreed_for_years(session: Session, years: Sequence[str], pack_id: str) -> list[AgreedRow]:
    query = _agreed().where(
        AssessmentRow.school_year.in_(list(years)), AssessmentRow.pack_id == pack_id
    )
    return [AgreedRow(*row) for row in session.execute(query)]


def focus_for_school(session: Session, school_id: str, pack_id: str) -> list[tuple[str, str]]:
    """(year, category) of every growth-plan focus area of the school on this rubric."""
    query = (
        select(AssessmentRow.school_year, FocusRow.category_key)
        .join(AssessmentRow, FocusRow.assessment_id == AssessmentRow.id)
        .join(TeamRow, AssessmentRow.team_id == TeamRow.id)
        .where(
            TeamRow.school_id == school_id,
            AssessmentRow.pack_id == pack_id,
            AssessmentRow.deleted_at.is_(None),
            FocusRow.deleted_at.is_(None),
        )
    )
    return [(year, key) for year, key in session.execute(query)]


def schools(session: Session) -> list[tuple[str, str, str]]:
    return [
        (i, n, r)
        for i, n, r in session.execute(
            select(SchoolRow.id, SchoolRow.name, SchoolRow.region)
            .where(SchoolRow.deleted_at.is_(None))
            .order_by(SchoolRow.name)
        )
    ]


def school_name(session: Session, school_id: str) -> str | None:
    return session.scalar(
        select(SchoolRow.name).where(SchoolRow.id == school_id, SchoolRow.deleted_at.is_(None))
    )


def role_averages(session: Session, year: str, pack_id: str) -> list[tuple[str, str, int, float]]:
    """(category, role, raters, mean level) over the year's member ratings, in SQL."""
    query = (
        select(
            RatingRow.category_key,
            MemberRow.role,
            func.count(RatingRow.level),
            func.avg(RatingRow.level),
        )
        .join(AssessmentRow, RatingRow.assessment_id == AssessmentRow.id)
        .join(MemberRow, RatingRow.member_id == MemberRow.id)
        .where(
            AssessmentRow.school_year == year,
            AssessmentRow.pack_id == pack_id,
            AssessmentRow.deleted_at.is_(None),
            RatingRow.level.is_not(None),
        )
        .group_by(RatingRow.category_key, MemberRow.role)
        # In words, not the server's order: PostgreSQL returns groups in hash order.
        .order_by(RatingRow.category_key, MemberRow.role)
    )
    return [(k, r, int(n), float(a)) for k, r, n, a in session.execute(query)]


def pack_versions(session: Session, pack_id: str, school_id: str | None = None) -> list[str]:
    """The pack snapshots (JSON) that assessments of this rubric used, oldest version first."""
    # Which snapshots first, then their text: DISTINCT over the (large) text itself made
    # PostgreSQL compare 10,000 copies of it.
    used = select(AssessmentRow.pack_row_id).where(
        AssessmentRow.pack_id == pack_id, AssessmentRow.deleted_at.is_(None)
    )
    if school_id is not None:
        used = used.join(TeamRow, AssessmentRow.team_id == TeamRow.id).where(
            TeamRow.school_id == school_id
        )
    query = select(PackRow.version, PackRow.content).where(PackRow.id.in_(used.distinct()))
    rows = session.execute(query).all()
    return [content for _, content in sorted(rows, key=lambda r: tuple(map(int, r[0].split("."))))]
