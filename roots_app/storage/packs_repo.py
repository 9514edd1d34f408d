"""Rubric pack versions kept in the database: imported packs and the snapshots assessments use."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from roots_app.errors import NotFoundError
from roots_app.storage.models import PackRow


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


def imported(session: Session) -> list[PackRow]:
    return list(session.scalars(select(PackRow).where(PackRow.imported.is_(True))).all())


def content(session: Session, row_id: str) -> str:
    """The pack text a stored snapshot holds."""
    found = session.get(PackRow, row_id)
    if found is None:
        raise NotFoundError(f"There is no stored rubric pack {row_id}.", id=row_id)
    return found.content
