"""Rubric pack versions kept in the database: imported packs and the snapshots assessments use."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from roots_app.errors import NotFoundError
from roots_app.storage.listing_repo import CROSSWALK
from roots_app.storage.models import AssessmentRow, PackRow


def find(session: Session, pack_id: str, version: str) -> PackRow | None:
    return session.scalars(
        select(PackRow).where(PackRow.pack_id == pack_id, PackRow.version == version)
    ).first()


def add(
    session: Session, pack_id: str, version: str, content_hash: str, content: str, imported: bool
) -> PackRow:
    row = PackRow(
        pack_id=pack_id,
        version=version,
        content_hash=content_hash,
        content=content,
        imported=imported,
    )
    session.add(row)
    session.flush()
    return row


def stored(session: Session, pack_id: str, version: str) -> tuple[str, str] | None:
    """The stored row's id and content hash of this pack version, if it is stored."""
    row = find(session, pack_id, version)
    return None if row is None else (row.id, row.content_hash)


def snapshot(
    session: Session, pack_id: str, version: str, content_hash: str, content: str
) -> PackRow:
    """The stored copy of this pack version that assessments point to (made on first use)."""
    row = find(session, pack_id, version)
    if row is None:
        row = add(session, pack_id, version, content_hash, content, imported=False)
    return row


def content(session: Session, row_id: str) -> str:
    """The pack text a stored snapshot holds."""
    found = session.get(PackRow, row_id)
    if found is None:
        raise NotFoundError(f"There is no stored rubric pack {row_id}.", id=row_id)
    return found.content


def every_version(session: Session) -> list[tuple[str, str, str, str, bool]]:
    """Every stored pack version: its id, version, text, content hash and whether a user
    imported it (else it is kept because an assessment was scored on it)."""
    rows = session.execute(
        select(
            PackRow.pack_id,
            PackRow.version,
            PackRow.content,
            PackRow.content_hash,
            PackRow.imported,
        ).where(PackRow.pack_id != CROSSWALK)
    )
    return [(p, v, c, h, bool(i)) for p, v, c, h, i in rows]


def assessment_counts(session: Session) -> dict[tuple[str, str], int]:
    """How many assessments (not in the trash) were scored on each pack version."""
    rows = session.execute(
        select(AssessmentRow.pack_id, AssessmentRow.pack_version, func.count())
        .where(AssessmentRow.deleted_at.is_(None))
        .group_by(AssessmentRow.pack_id, AssessmentRow.pack_version)
    )
    return {(pack_id, version): count for pack_id, version, count in rows}


def crosswalk(session: Session) -> tuple[str, str] | None:
    """The imported crosswalk's text and content hash (None: the shipped one is used)."""
    found = session.execute(
        select(PackRow.content, PackRow.content_hash).where(PackRow.pack_id == CROSSWALK)
    ).first()
    return None if found is None else (found.content, found.content_hash)


def replace_crosswalk(session: Session, version: str, content_hash: str, content: str) -> None:
    """Keep this crosswalk in place of any imported before."""
    session.execute(delete(PackRow).where(PackRow.pack_id == CROSSWALK))
    add(session, CROSSWALK, version, content_hash, content, imported=True)
