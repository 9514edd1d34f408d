"""Deleting is recoverable: schools, teams and assessments go to the trash first."""

from __future__ import annotations

from roots_app.services.context import Roots
from roots_app.storage import trash_repo
from roots_app.storage.trash_repo import Trashed

__all__ = ["Trashed", "delete", "empty", "items", "remove_for_good", "restore"]


def delete(roots: Roots, kind: str, record_id: str) -> None:
    """Move a school, team or assessment (with everything under it) to the trash."""
    with roots.transaction() as session:
        trash_repo.move_to_trash(session, kind, record_id, roots.device)


def restore(roots: Roots, kind: str, record_id: str) -> None:
    """Put it back, with what was deleted together with it."""
    with roots.transaction() as session:
        trash_repo.restore(session, kind, record_id, roots.device)


def items(roots: Roots) -> list[Trashed]:
    with roots.reading() as session:
        return trash_repo.contents(session)


def remove_for_good(roots: Roots, kind: str, record_id: str) -> None:
    with roots.transaction() as session:
        trash_repo.remove_for_good(session, kind, record_id)


def empty(roots: Roots) -> int:
    """Remove everything in the trash for good, in one transaction; returns how many items."""
    with roots.transaction() as session:
        found = trash_repo.contents(session)
        for item in found:
            trash_repo.remove_for_good(session, item.kind, item.id)
        return len(found)
