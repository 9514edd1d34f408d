"""Queries and writes for growth plans: focus categories and their actions."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from roots_app.domain.ids import utcnow
from roots_app.domain.plan import Action, ActionStatus, Focus, Plan
from roots_app.errors import NotFoundError, StaleEditError
from roots_app.storage.models import ActionRow, AssessmentRow, FocusRow


def load(session: Session, assessment_id: str) -> Plan:
    focuses = session.scalars(
        select(FocusRow)
        .where(FocusRow.assessment_id == assessment_id, FocusRow.deleted_at.is_(None))
        .order_by(FocusRow.position)
    ).all()
    actions: dict[str, list[Action]] = defaultdict(list)
    if focuses:
        rows = session.scalars(
            select(ActionRow)
            .where(ActionRow.focus_id.in_([f.id for f in focuses]), ActionRow.deleted_at.is_(None))
            .order_by(ActionRow.position)
        )
        for a in rows:
            actions[a.focus_id].append(
                Action(
                    a.id,
                    a.description,
                    a.owner,
                    a.start,
                    a.due,
                    a.resources,
                    a.measure,
                    ActionStatus(a.status),
                    a.carried_from,
                    a.row_version,
                )
            )
    return Plan(
        assessment_id,
        tuple(
            Focus(f.id, f.category_key, f.goal, f.why, tuple(actions[f.id]), f.row_version)
            for f in focuses
        ),
    )


def focus(session: Session, focus_id: str) -> FocusRow:
    found = session.get(FocusRow, focus_id)
    if found is not None and found.deleted_at is not None:
        found = None
    if found is None:
        raise NotFoundError(f"There is no focus area with id {focus_id}.", id=focus_id)
    return found


def update_focus(
    session: Session,
    focus_id: str,
    goal: str,
    why: str,
    device: str,
    expected_version: int | None = None,
) -> None:
    """Save a focus area's goal and why; with ``expected_version`` (the version shown), one
    changed by someone else since then is refused."""
    row = focus(session, focus_id)
    if expected_version is not None and row.row_version != expected_version:
        raise StaleEditError(
            "Someone else saved this focus area after you opened it; yours was not saved.",
            current=Focus(row.id, row.category_key, row.goal, row.why, (), row.row_version),
        )
    row.goal, row.why = goal, why
    row.updated_by = device


def action(session: Session, action_id: str) -> ActionRow:
    found = session.get(ActionRow, action_id)
    if found is not None and found.deleted_at is not None:
        found = None
    if found is None:
        raise NotFoundError(f"There is no action with id {action_id}.", id=action_id)
    return found


def add_focus(
    session: Session, assessment_id: str, category_key: str, goal: str, why: str, device: str
) -> FocusRow:
    position = session.scalars(  # an aggregate: always one row
        select(func.coalesce(func.max(FocusRow.position), -1)).where(
            FocusRow.assessment_id == assessment_id
        )
    ).one()
    row = FocusRow(
        assessment_id=assessment_id,
        category_key=category_key,
        goal=goal,
        why=why,
        position=int(position) + 1,
        updated_by=device,
    )
    session.add(row)
    session.flush()
    return row


def delete_focus(session: Session, focus_id: str) -> None:
    """To the trash, with its actions (the same time marks what goes back together)."""
    row = focus(session, focus_id)
    now = utcnow()
    row.deleted_at = now
    for action_row in session.scalars(
        select(ActionRow).where(ActionRow.focus_id == focus_id, ActionRow.deleted_at.is_(None))
    ):
        action_row.deleted_at = now


def delete_action(session: Session, action_id: str) -> None:
    action(session, action_id).deleted_at = utcnow()


def trashed_focus(session: Session, assessment_id: str, category_key: str) -> str | None:
    """The id of this plan's focus area on the category, if it is in the trash."""
    return session.scalars(
        select(FocusRow.id).where(
            FocusRow.assessment_id == assessment_id,
            FocusRow.category_key == category_key,
            FocusRow.deleted_at.is_not(None),
        )
    ).first()


def add_action(session: Session, focus_id: str, item: Action, device: str) -> ActionRow:
    focus(session, focus_id)
    position = session.scalars(  # an aggregate: always one row
        select(func.coalesce(func.max(ActionRow.position), -1)).where(
            ActionRow.focus_id == focus_id
        )
    ).one()
    row = ActionRow(focus_id=focus_id, position=int(position) + 1, updated_by=device)
    _fill(row, item)
    session.add(row)
    session.flush()
    return row


def update_action(session: Session, item: Action, device: str) -> None:
    """Save an edited action; one changed by someone else since it was shown is refused."""
    row = action(session, item.id)
    if item.version and row.row_version != item.version:
        raise StaleEditError(
            "Someone else saved this action after you opened it; yours was not saved.",
            current=Action(
                row.id,
                row.description,
                row.owner,
                row.start,
                row.due,
                row.resources,
                row.measure,
                ActionStatus(row.status),
                row.carried_from,
                row.row_version,
            ),
        )
    _fill(row, item)
    row.updated_by = device


def _fill(row: ActionRow, item: Action) -> None:
    row.description = item.description
    row.owner = item.owner
    row.start = item.start
    row.due = item.due
    row.resources = item.resources
    row.measure = item.measure
    row.status = item.status.value
    row.carried_from = item.carried_from


def previous_assessment(
    session: Session, team_id: str, pack_id: str, school_year: str
) -> str | None:
    """The same team's assessment on the same rubric in the given (earlier) school year."""
    return session.scalar(
        select(AssessmentRow.id)
        .where(
            AssessmentRow.team_id == team_id,
            AssessmentRow.pack_id == pack_id,
            AssessmentRow.school_year == school_year,
            AssessmentRow.deleted_at.is_(None),
        )
        .order_by(AssessmentRow.created_at.desc())
        .limit(1)
    )
