"""The trash: schools, teams and assessments deleted softly, put back, or removed for good.

Deleting marks the record and everything under it with the same time, so putting it back
restores exactly what went with it (and nothing deleted separately before). Removing for good
deletes the rows, children first, and marks them in ``exchange_state`` so that a .roots file
that still has them cannot bring them back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from roots_app.domain.ids import utcnow
from roots_app.errors import NotFoundError
from roots_app.storage import exchange_repo
from roots_app.storage.models import (
    ActionRow,
    AgreementRow,
    AssessmentRow,
    FocusRow,
    MemberRow,
    PresentRow,
    RatingRow,
    SchoolRow,
    TeamRow,
    Tracked,
)

# The tables with a soft delete (a ``deleted_at`` column).
_Trashable = (
    type[SchoolRow] | type[TeamRow] | type[AssessmentRow] | type[FocusRow] | type[ActionRow]
)
_TrashableRow = SchoolRow | TeamRow | AssessmentRow | FocusRow | ActionRow
KINDS: dict[str, _Trashable] = {
    "school": SchoolRow,
    "team": TeamRow,
    "assessment": AssessmentRow,
    "focus": FocusRow,
    "action": ActionRow,
}
TABLES: dict[str, _Trashable] = {
    "schools": SchoolRow,
    "teams": TeamRow,
    "assessments": AssessmentRow,
    "plan_focuses": FocusRow,
    "plan_actions": ActionRow,
}


@dataclass(frozen=True, slots=True)
class Trashed:
    kind: str  # "school", "team" or "assessment"
    id: str
    name: str  # the school's, team's, or "school · team · year" for an assessment
    deleted_at: datetime


def _trashed(kind: str, record_id: str, name: str, deleted_at: datetime | None) -> Trashed:
    assert deleted_at is not None  # the queries below ask for deleted rows only
    return Trashed(kind, record_id, name, deleted_at)


def _under(session: Session, kind: str, record_id: str) -> dict[str, list[str]]:
    """The record and everything under it, by table name."""
    if kind == "action":
        return {"plan_actions": [record_id]}
    if kind == "focus":
        actions = list(session.scalars(select(ActionRow.id).where(ActionRow.focus_id == record_id)))
        return {"plan_focuses": [record_id], "plan_actions": actions}
    if kind == "school":
        teams = list(session.scalars(select(TeamRow.id).where(TeamRow.school_id == record_id)))
        found = {"schools": [record_id], "teams": teams}
    elif kind == "team":
        teams = [record_id]
        found = {"teams": teams}
    else:
        found = {"assessments": [record_id]}
        return found
    found["assessments"] = list(
        session.scalars(select(AssessmentRow.id).where(AssessmentRow.team_id.in_(teams)))
    )
    return found


# kind -> (its parent's kind, the column naming the parent)
_PARENT = {
    "action": ("focus", ActionRow.focus_id),
    "focus": ("assessment", FocusRow.assessment_id),
    "assessment": ("team", AssessmentRow.team_id),
    "team": ("school", TeamRow.school_id),
}


def _parents(session: Session, kind: str, record_id: str) -> list[tuple[str, str]]:
    """(kind, id) of the record's parents, its school's first."""
    found: list[tuple[str, str]] = []
    while kind in _PARENT:
        parent_kind, column = _PARENT[kind]
        record_id = session.scalars(select(column).where(KINDS[kind].id == record_id)).one()
        kind = parent_kind
        found.append((kind, record_id))
    return found[::-1]


def _changed(
    target: _Trashable, device: str, now: datetime, deleted_at: datetime | None
) -> dict[str, Any]:
    """The values of a trash move: a new version too (the ORM raises it on its own updates,
    not on these; the export copies a record's last sent line while its version stands)."""
    return {
        "deleted_at": deleted_at,
        "updated_by": device,
        "updated_at": now,
        "row_version": target.row_version + 1,
    }


def move_to_trash(session: Session, kind: str, record_id: str, device: str) -> None:
    model = KINDS[kind]
    row = cast("_TrashableRow | None", session.get(model, record_id))  # its kind's row
    if row is None or row.deleted_at is not None:
        raise NotFoundError(f"There is no {kind} with id {record_id}.", id=record_id)
    now = utcnow()
    for table, ids in _under(session, kind, record_id).items():
        target = TABLES[table]
        session.execute(
            update(target)
            .where(target.id.in_(ids), target.deleted_at.is_(None))
            .values(_changed(target, device, now, deleted_at=now))
            .execution_options(synchronize_session=False)
        )


def restore(session: Session, kind: str, record_id: str, device: str) -> None:
    model = KINDS[kind]
    row = cast("_TrashableRow | None", session.get(model, record_id))  # its kind's row
    if row is None or row.deleted_at is None:
        raise NotFoundError(f"There is no {kind} with id {record_id} in the trash.", id=record_id)
    when = row.deleted_at
    now = utcnow()
    for parent_kind, parent_id in _parents(session, kind, record_id):
        # A parent still in the trash comes back alone (as a folder does for a file put back):
        # else the record would be listed under a school Home hides, and left out of District.
        target = KINDS[parent_kind]
        session.execute(
            update(target)
            .where(target.id == parent_id, target.deleted_at.is_not(None))
            .values(_changed(target, device, now, deleted_at=None))
            .execution_options(synchronize_session=False)
        )
    for table, ids in _under(session, kind, record_id).items():
        target = TABLES[table]
        session.execute(
            update(target)
            .where(target.id.in_(ids), target.deleted_at == when)
            .values(_changed(target, device, now, deleted_at=None))
            .execution_options(synchronize_session=False)
        )


def contents(session: Session) -> list[Trashed]:
    """What is in the trash, newest first; items deleted with a parent are listed under it."""
    found: list[Trashed] = []
    schools = session.execute(
        select(SchoolRow.id, SchoolRow.name, SchoolRow.deleted_at).where(
            SchoolRow.deleted_at.is_not(None)
        )
    ).all()
    found += [_trashed("school", i, n, d) for i, n, d in schools]
    gone_with_school = {(i, d) for i, _, d in schools}
    teams = session.execute(
        select(
            TeamRow.id,
            TeamRow.name,
            TeamRow.deleted_at,
            SchoolRow.id,
            SchoolRow.name,
            SchoolRow.deleted_at,
        )
        .join(SchoolRow, TeamRow.school_id == SchoolRow.id)
        .where(TeamRow.deleted_at.is_not(None))
    ).all()
    for i, n, d, school_id, school, school_deleted in teams:
        if (school_id, d) not in gone_with_school or school_deleted != d:
            found.append(_trashed("team", i, f"{school} · {n}", d))
    assessments = session.execute(
        select(
            AssessmentRow.id,
            AssessmentRow.school_year,
            AssessmentRow.deleted_at,
            TeamRow.name,
            TeamRow.deleted_at,
            SchoolRow.name,
        )
        .join(TeamRow, AssessmentRow.team_id == TeamRow.id)
        .join(SchoolRow, TeamRow.school_id == SchoolRow.id)
        .where(AssessmentRow.deleted_at.is_not(None))
    ).all()
    for i, year, d, team, team_deleted, school in assessments:
        if team_deleted != d:  # not deleted together with its team (or school)
            found.append(_trashed("assessment", i, f"{school} · {team} · {year}", d))
    focuses = session.execute(
        select(
            FocusRow.id,
            FocusRow.category_key,
            FocusRow.goal,
            FocusRow.deleted_at,
            AssessmentRow.school_year,
            TeamRow.name,
            SchoolRow.name,
        )
        .join(AssessmentRow, FocusRow.assessment_id == AssessmentRow.id)
        .join(TeamRow, AssessmentRow.team_id == TeamRow.id)
        .join(SchoolRow, TeamRow.school_id == SchoolRow.id)
        .where(FocusRow.deleted_at.is_not(None))
    ).all()
    for i, key, goal, d, year, team, school in focuses:
        found.append(_trashed("focus", i, f"{school} · {team} · {year} · {goal or key}", d))
    actions = session.execute(
        select(ActionRow.id, ActionRow.description, ActionRow.deleted_at, FocusRow.deleted_at)
        .join(FocusRow, ActionRow.focus_id == FocusRow.id)
        .where(ActionRow.deleted_at.is_not(None))
    ).all()
    for i, description, d, focus_deleted in actions:
        if focus_deleted != d:  # not removed together with its focus area
            short = description if len(description) <= 80 else description[:80] + "…"
            found.append(_trashed("action", i, short, d))
    return sorted(found, key=lambda t: t.deleted_at, reverse=True)


def remove_for_good(session: Session, kind: str, record_id: str) -> None:
    """Delete the record and everything under it, children first."""
    under = _under(session, kind, record_id)
    if kind in ("focus", "action"):
        for name in ("plan_actions", "plan_focuses"):
            ids = under.get(name, [])
            exchange_repo.forget(session, name, ids)
            session.execute(delete(TABLES[name]).where(TABLES[name].id.in_(ids)))
        return
    assessments = under.get("assessments", [])
    focuses = list(
        session.scalars(select(FocusRow.id).where(FocusRow.assessment_id.in_(assessments)))
    )
    actions = list(session.scalars(select(ActionRow.id).where(ActionRow.focus_id.in_(focuses))))
    ratings = list(
        session.scalars(select(RatingRow.id).where(RatingRow.assessment_id.in_(assessments)))
    )
    agreements = list(
        session.scalars(select(AgreementRow.id).where(AgreementRow.assessment_id.in_(assessments)))
    )
    teams = under.get("teams", [])
    members = list(session.scalars(select(MemberRow.id).where(MemberRow.team_id.in_(teams))))
    plan: list[tuple[str, type[Tracked], list[str]]] = [
        ("plan_actions", ActionRow, actions),
        ("plan_focuses", FocusRow, focuses),
        ("ratings", RatingRow, ratings),
        ("agreements", AgreementRow, agreements),
    ]
    for name, model, ids in plan:
        exchange_repo.forget(session, name, ids)
        session.execute(delete(model).where(model.id.in_(ids)))
    session.execute(delete(PresentRow).where(PresentRow.assessment_id.in_(assessments)))
    for name, model, ids in (
        ("assessments", AssessmentRow, assessments),
        ("members", MemberRow, members),
        ("teams", TeamRow, teams),
        ("schools", SchoolRow, under.get("schools", [])),
    ):
        exchange_repo.forget(session, name, ids)
        session.execute(delete(model).where(model.id.in_(ids)))
