"""Queries and writes for schools, teams and members."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from roots_app.domain.people import Member, Role, School, Team
from roots_app.errors import BadInputError, NotFoundError
from roots_app.storage.models import MemberRow, SchoolRow, TeamRow


def add_school(session: Session, name: str, district: str, region: str, device: str) -> SchoolRow:
    row = SchoolRow(name=name, district=district, region=region, updated_by=device)
    session.add(row)
    return row


def add_team(session: Session, school_id: str, name: str, device: str) -> TeamRow:
    if session.get(SchoolRow, school_id) is None:
        raise NotFoundError(f"There is no school with id {school_id}.", id=school_id)
    row = TeamRow(school_id=school_id, name=name, updated_by=device)
    session.add(row)
    return row


def add_member(
    session: Session, team_id: str, name: str, role: Role, position: int, device: str
) -> MemberRow:
    row = MemberRow(
        team_id=team_id, display_name=name, role=role.value, position=position, updated_by=device
    )
    session.add(row)
    return row


def to_member(row: MemberRow) -> Member:
    return Member(row.id, row.team_id, row.display_name, Role(row.role), row.active)


def schools(session: Session) -> list[School]:
    """Every school not in the trash, with its teams and their members, sorted by name.

    Plain column queries, not ORM objects: a district lists thousands of rows.
    """
    school_rows = session.execute(
        select(SchoolRow.id, SchoolRow.name, SchoolRow.district, SchoolRow.region)
        .where(SchoolRow.deleted_at.is_(None))
        .order_by(SchoolRow.name)
    ).all()
    team_rows = session.execute(
        select(TeamRow.id, TeamRow.school_id, TeamRow.name)
        .where(TeamRow.deleted_at.is_(None))
        .order_by(TeamRow.name)
    ).all()
    member_rows = session.execute(
        select(
            MemberRow.id,
            MemberRow.team_id,
            MemberRow.display_name,
            MemberRow.role,
            MemberRow.active,
        ).order_by(MemberRow.position, MemberRow.display_name)
    ).all()
    members: dict[str, list[Member]] = defaultdict(list)
    for m in member_rows:
        members[m.team_id].append(Member(m.id, m.team_id, m.display_name, Role(m.role), m.active))
    teams: dict[str, list[Team]] = defaultdict(list)
    for t in team_rows:
        teams[t.school_id].append(Team(t.id, t.school_id, t.name, tuple(members[t.id])))
    return [School(s.id, s.name, s.district, s.region, tuple(teams[s.id])) for s in school_rows]


def team(session: Session, team_id: str) -> Team:
    row = session.get(TeamRow, team_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(f"There is no team with id {team_id}.", id=team_id)
    member_rows = session.scalars(
        select(MemberRow).where(MemberRow.team_id == team_id).order_by(MemberRow.position)
    ).all()
    return Team(row.id, row.school_id, row.name, tuple(to_member(m) for m in member_rows))


def member(session: Session, member_id: str) -> MemberRow:
    found = session.get(MemberRow, member_id)
    if found is None:
        raise NotFoundError(f"There is no member with id {member_id}.", id=member_id)
    return found


def team_row(session: Session, team_id: str) -> TeamRow:
    found = session.get(TeamRow, team_id)
    if found is None or found.deleted_at is not None:
        raise NotFoundError(f"There is no team with id {team_id}.", id=team_id)
    return found


def update_team(
    session: Session,
    team_id: str,
    name: str,
    members: Sequence[tuple[str, str, Role, bool]],
    device: str,
) -> None:
    """Rename the team; rename, re-role or (in)activate its members; add those with no id.
    Texts come checked by the service; a member of another team is refused."""
    team = team_row(session, team_id)
    team.name = name
    team.updated_by = device
    position = next_position(session, team_id)
    for member_id, member_name, role, active in members:
        if not member_id:
            position += 1
            add_member(session, team_id, member_name, role, position, device).active = active
            continue
        row = member(session, member_id)
        if row.team_id != team_id:
            raise BadInputError("That member is on another team.", id=member_id)
        changed = (member_name, role.value, active)
        if (row.display_name, row.role, row.active) != changed:
            row.display_name, row.role, row.active = changed
            row.updated_by = device


def next_position(session: Session, team_id: str) -> int:
    highest = session.scalar(
        select(func.max(MemberRow.position)).where(MemberRow.team_id == team_id)
    )
    return -1 if highest is None else int(highest)
