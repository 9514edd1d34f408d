"""Set up schools, teams and their members."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from roots_app.domain.people import Role, School, Team
from roots_app.domain.state_report import Lea
from roots_app.domain.text import check_text
from roots_app.errors import BadInputError
from roots_app.services.context import Roots
from roots_app.storage import people_repo
from roots_app.storage.engine import Unit


def _clean(name: str, what: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise BadInputError(f"The {what} needs a name.", field=what)
    if len(name) > 200:
        raise BadInputError(f"The {what} name is too long (at most 200 characters).", field=what)
    return check_text(name, f"The {what} name")


def _plain(value: str, what: str) -> str:
    return check_text(value.strip(), f"The {what}")


def create_school(roots: Roots, name: str, district: str = "", region: str = "") -> str:
    with roots.transaction() as session:
        row = people_repo.add_school(
            session,
            _clean(name, "school"),
            _plain(district, "district"),
            _plain(region, "region"),
            roots.device,
        )
        session.flush()
        return row.id


def create_team(
    roots: Roots, school_id: str, name: str, members: Sequence[tuple[str, Role]] = ()
) -> str:
    """A team with its members (name and role each, in the order given)."""
    with roots.transaction() as session:
        return _add_team(roots, session, school_id, name, members)


def create_school_with_team(
    roots: Roots, school_name: str, team_name: str, members: Sequence[tuple[str, Role]] = ()
) -> str:
    """A new school and its first team, in one transaction (the New school dialog asks for
    both): if the team is refused, no school without a team is left behind. The team's id."""
    with roots.transaction() as session:
        school = people_repo.add_school(
            session, _clean(school_name, "school"), "", "", roots.device
        )
        session.flush()
        return _add_team(roots, session, school.id, team_name, members)


def _add_team(
    roots: Roots,
    session: Unit,
    school_id: str,
    name: str,
    members: Sequence[tuple[str, Role]],
) -> str:
    team = people_repo.add_team(session, school_id, _clean(name, "team"), roots.device)
    session.flush()
    for position, (member_name, role) in enumerate(members):
        people_repo.add_member(
            session, team.id, _clean(member_name, "member"), role, position, roots.device
        )
    return team.id


def list_schools(roots: Roots) -> list[School]:
    with roots.reading() as session:
        return people_repo.schools(session)


def get_team(roots: Roots, team_id: str) -> Team:
    with roots.reading() as session:
        return people_repo.team(session, team_id)


def update_team(
    roots: Roots,
    team_id: str,
    name: str,
    members: Sequence[tuple[str, str, Role, bool]],
) -> None:
    """Rename the team and its members, change roles, add members (empty id), and mark who is
    no longer on the team (they stay in past assessments, and leave future ones)."""
    team_name = _clean(name, "team")
    cleaned = [(mid, _clean(mname, "member"), role, active) for mid, mname, role, active in members]
    with roots.transaction() as session:
        people_repo.update_team(session, team_id, team_name, cleaned, roots.device)


def as_json(
    schools: Sequence[School], codes: Mapping[str, tuple[Lea | None, str | None]] | None = None
) -> list[dict[str, object]]:
    """Schools with their teams and members as JSON (``roots schools --json``); ``codes``
    (``state.school_codes``) gives each school's LEA and own CDS code, else both are null."""
    codes = codes or {}

    def lea(school_id: str) -> dict[str, str] | None:
        found = codes.get(school_id, (None, None))[0]
        if found is None:
            return None
        return {"cds_code": found.cds_code, "name": found.name, "kind": found.kind.value}

    return [
        {
            "id": s.id,
            "name": s.name,
            "district": s.district,
            "region": s.region,
            "lea": lea(s.id),
            "cds_code": codes.get(s.id, (None, None))[1],
            "teams": [
                {
                    "id": t.id,
                    "name": t.name,
                    "members": [
                        {"id": m.id, "name": m.display_name, "role": m.role.value}
                        for m in t.members
                    ],
                }
                for t in s.teams
            ],
        }
        for s in schools
    ]
