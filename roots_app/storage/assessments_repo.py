"""Queries and writes for assessments, the members present, ratings and agreed levels."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from roots_app.domain.assessment import TEAM, AssessmentInfo, Rating, Status
from roots_app.domain.ids import utcnow
from roots_app.errors import NotFoundError, StaleEditError
from roots_app.storage import listing_repo
from roots_app.storage.assessment_record import AssessmentRecord
from roots_app.storage.models import (
    AgreementRow,
    AssessmentRow,
    PackRow,
    PresentRow,
    RatingRow,
    SchoolRow,
    TeamRow,
)


def create(
    session: Session,
    team_id: str,
    pack_row: PackRow,
    school_year: str,
    member_ids: list[str],
    device: str,
) -> AssessmentRow:
    row = AssessmentRow(
        team_id=team_id,
        pack_row_id=pack_row.id,
        pack_id=pack_row.pack_id,
        pack_version=pack_row.version,
        school_year=school_year,
        status=Status.IN_PROGRESS.value,
        current_rater=member_ids[0] if member_ids else TEAM,
        updated_by=device,
    )
    session.add(row)
    session.flush()
    for position, member_id in enumerate(member_ids):
        session.add(PresentRow(assessment_id=row.id, member_id=member_id, position=position))
    return row


_STATUS = {s.value: s for s in Status}  # a dict look-up: Status(value) costs more per row


def infos(
    session: Session,
    school_id: str | None = None,
    school_year: str | None = None,
    team_id: str | None = None,
) -> list[AssessmentInfo]:
    """Assessments for lists, as plain column rows (a district has tens of thousands)."""
    query = (
        select(
            AssessmentRow.id,
            SchoolRow.id,
            SchoolRow.name,
            TeamRow.id,
            TeamRow.name,
            AssessmentRow.pack_id,
            AssessmentRow.pack_version,
            AssessmentRow.school_year,
            AssessmentRow.status,
        )
        .join(TeamRow, AssessmentRow.team_id == TeamRow.id)
        .join(SchoolRow, TeamRow.school_id == SchoolRow.id)
        .where(AssessmentRow.deleted_at.is_(None))
    )
    if school_id:
        query = query.where(SchoolRow.id == school_id)
    if school_year:
        query = query.where(AssessmentRow.school_year == school_year)
    if team_id:
        query = query.where(AssessmentRow.team_id == team_id)
    query = query.order_by(
        SchoolRow.name, TeamRow.name, AssessmentRow.school_year.desc(), AssessmentRow.pack_id
    )
    rows = session.execute(query).all()
    return [AssessmentInfo(*row[:8], status=_STATUS[row[8]]) for row in rows]


def row(session: Session, assessment_id: str) -> AssessmentRow:
    found = session.get(AssessmentRow, assessment_id)
    if found is None or found.deleted_at is not None:
        raise NotFoundError(f"There is no assessment with id {assessment_id}.", id=assessment_id)
    return found


def load(session: Session, assessment_id: str) -> AssessmentRecord:
    """The assessment (not in the trash), read as start-up reads it (``listing_repo``'s Core
    read, the one home of the row -> record conversion); NotFoundError when it is not there.
    Within a transaction it sees what the session has flushed (``rate`` reads it back)."""
    found = listing_repo.assessment(session, assessment_id)
    if found is None:
        raise NotFoundError(f"There is no assessment with id {assessment_id}.", id=assessment_id)
    return found


def save_rating(
    session: Session,
    assessment_id: str,
    rater: str,
    category_key: str,
    level: int | None,
    evidence: str,
    device: str,
    reason: str | None = None,
    expected_version: int | None = None,
) -> int:
    """Insert or update one rater's rating; the team's rating is the agreed level.

    When the level itself changes, the time is kept (``level_at``/``agreed_at``): a member's
    level changed after the team agreed marks the category "changed since agreed".
    With ``expected_version`` (the version the person saw; 0 for none yet), a rating changed by
    someone else since then raises StaleEditError. Returns the version now stored.
    """
    now = utcnow()
    row: RatingRow | AgreementRow | None
    if rater == TEAM:
        row = session.scalars(
            select(AgreementRow).where(
                AgreementRow.assessment_id == assessment_id,
                AgreementRow.category_key == category_key,
            )
        ).first()
    else:
        row = session.scalars(
            select(RatingRow).where(
                RatingRow.assessment_id == assessment_id,
                RatingRow.category_key == category_key,
                RatingRow.member_id == rater,
            )
        ).first()
    stored = row.row_version if row is not None else 0
    if expected_version is not None and stored != expected_version:
        current = Rating(category_key, rater, None)
        if row is not None:
            reason_now = row.reason if isinstance(row, AgreementRow) else ""
            current = Rating(category_key, rater, row.level, row.evidence, reason_now, stored)
        raise StaleEditError(
            "Someone else saved this rating after you opened it; yours was not saved.",
            current=current,
        )
    if row is None:
        if rater == TEAM:
            row = AgreementRow(assessment_id=assessment_id, category_key=category_key)
        else:
            row = RatingRow(assessment_id=assessment_id, category_key=category_key, member_id=rater)
        session.add(row)
    if row.level != level:
        if isinstance(row, AgreementRow):
            row.agreed_at = now if level is not None else None
        else:
            row.level_at = now
    if reason is not None and isinstance(row, AgreementRow):
        row.reason = reason
    row.level = level
    row.evidence = evidence
    row.updated_by = device
    session.flush()
    return row.row_version


def touch(session: Session, assessment_id: str, device: str, **changes: object) -> None:
    """Change an assessment's own columns (status, where the team stopped)."""
    found = row(session, assessment_id)
    for name, value in changes.items():
        setattr(found, name, value)
    found.updated_by = device
    found.updated_at = utcnow()
