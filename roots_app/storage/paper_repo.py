"""Queries and writes for paper sheets: blank sheets' participants and evidence scans."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from roots_app.domain.people import Role
from roots_app.storage import people_repo
from roots_app.storage.models import (
    MemberRow,
    PaperEvidenceRow,
    PaperRatingRow,
    PaperSheetRow,
    PresentRow,
)


def find_blank(
    session: Session, assessment_id: str, sheet_no: int | None, name: str | None, role: str
) -> PaperSheetRow | None:
    """The blank sheet saved before with this number, name and role (see services.sheets)."""
    query = select(PaperSheetRow).where(
        PaperSheetRow.assessment_id == assessment_id,
        PaperSheetRow.role_on_sheet == role,
    )
    query = query.where(
        PaperSheetRow.sheet_no.is_(None) if sheet_no is None else PaperSheetRow.sheet_no == sheet_no
    )
    for row in session.scalars(query.order_by(PaperSheetRow.created_at)):
        if sheet_no is None:
            if (
                row.name_on_sheet is not None
                and row.name_on_sheet.casefold() == (name or "").casefold()
            ):
                return row
        elif (
            name is None
            or row.name_on_sheet is None
            or row.name_on_sheet.casefold() == name.casefold()
        ):
            return row
    return None


def add_participant(
    session: Session,
    assessment_id: str,
    team_id: str,
    name: str,
    role: Role,
    sheet_no: int | None,
    name_on_sheet: str | None,
    device: str,
) -> MemberRow:
    """A new member of the team, taking part in the assessment, and the sheet they came from."""
    member = people_repo.add_member(
        session, team_id, name, role, people_repo.next_position(session, team_id) + 1, device
    )
    session.flush()
    highest = session.scalars(
        select(PresentRow.position)
        .where(PresentRow.assessment_id == assessment_id)
        .order_by(PresentRow.position.desc())
    ).first()
    session.add(
        PresentRow(
            assessment_id=assessment_id,
            member_id=member.id,
            position=0 if highest is None else highest + 1,
        )
    )
    session.add(
        PaperSheetRow(
            assessment_id=assessment_id,
            member_id=member.id,
            sheet_no=sheet_no,
            name_on_sheet=name_on_sheet,
            role_on_sheet=role.value,
            updated_by=device,
        )
    )
    return member


def evidence(session: Session, assessment_id: str, member_id: str) -> dict[str, bytes]:
    """Category key -> the stored scan of that rating's evidence lines."""
    rows = session.execute(
        select(PaperEvidenceRow.category_key, PaperEvidenceRow.image).where(
            PaperEvidenceRow.assessment_id == assessment_id,
            PaperEvidenceRow.member_id == member_id,
        )
    ).all()
    return {key: bytes(image) for key, image in rows}


def handwriting(
    session: Session, assessment_id: str, category_key: str | None = None
) -> dict[tuple[str, str], bytes]:
    """(member id, category key) -> the stored evidence scan, for one category or all."""
    query = select(
        PaperEvidenceRow.member_id, PaperEvidenceRow.category_key, PaperEvidenceRow.image
    ).where(PaperEvidenceRow.assessment_id == assessment_id)
    if category_key is not None:
        query = query.where(PaperEvidenceRow.category_key == category_key)
    return {(member, key): bytes(image) for member, key, image in session.execute(query)}


def paper_ratings(
    session: Session, assessment_id: str
) -> dict[tuple[str, str], tuple[int | None, int | None]]:
    """(member id, category key) -> (level marked, sheet number) of every saved sheet row."""
    rows = session.execute(
        select(
            PaperRatingRow.member_id,
            PaperRatingRow.category_key,
            PaperRatingRow.level,
            PaperRatingRow.sheet_no,
        ).where(PaperRatingRow.assessment_id == assessment_id)
    )
    return {(member, key): (level, sheet_no) for member, key, level, sheet_no in rows}


def evidence_keys(session: Session, assessment_id: str) -> set[tuple[str, str]]:
    """(member id, category key) of every stored evidence scan, without reading the images."""
    rows = session.execute(
        select(PaperEvidenceRow.member_id, PaperEvidenceRow.category_key).where(
            PaperEvidenceRow.assessment_id == assessment_id
        )
    )
    return {(member, key) for member, key in rows}


def save_paper_rating(
    session: Session,
    assessment_id: str,
    member_id: str,
    category_key: str,
    level: int | None,
    sheet_no: int | None,
    device: str,
) -> None:
    """Remember what the sheet said for this rating (written only when it differs)."""
    row = session.scalars(
        select(PaperRatingRow).where(
            PaperRatingRow.assessment_id == assessment_id,
            PaperRatingRow.member_id == member_id,
            PaperRatingRow.category_key == category_key,
        )
    ).first()
    if row is None:
        session.add(
            PaperRatingRow(
                assessment_id=assessment_id,
                member_id=member_id,
                category_key=category_key,
                level=level,
                sheet_no=sheet_no,
                updated_by=device,
            )
        )
    elif (row.level, row.sheet_no) != (level, sheet_no):
        row.level, row.sheet_no = level, sheet_no
        row.updated_by = device


def save_evidence(
    session: Session,
    assessment_id: str,
    member_id: str,
    category_key: str,
    image: bytes,
    device: str,
) -> None:
    row = session.scalars(
        select(PaperEvidenceRow).where(
            PaperEvidenceRow.assessment_id == assessment_id,
            PaperEvidenceRow.member_id == member_id,
            PaperEvidenceRow.category_key == category_key,
        )
    ).first()
    if row is None:
        session.add(
            PaperEvidenceRow(
                assessment_id=assessment_id,
                member_id=member_id,
                category_key=category_key,
                image=image,
                updated_by=device,
            )
        )
    else:
        row.image = image
        row.updated_by = device
