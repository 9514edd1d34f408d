"""Schools, teams and members: names checked, members change between years, nothing lost."""

from __future__ import annotations

import pytest

from roots_app.domain.people import Role
from roots_app.errors import BadInputError, NotFoundError
from roots_app.services import assessments, schools
from roots_app.services.context import Roots


def test_names_are_tidied_and_required(roots: Roots) -> None:
    school = schools.create_school(roots, "  Escuela   Primaria  ")
    assert schools.list_schools(roots)[0].name == "Escuela Primaria"
    with pytest.raises(BadInputError, match="needs a name"):
        schools.create_team(roots, school, "   ")
    with pytest.raises(BadInputError, match="too long"):
        schools.create_school(roots, "x" * 201)
    with pytest.raises(NotFoundError):
        schools.create_team(roots, "no-such-school", "FAT")


def test_members_change_between_years_and_past_assessments_keep_them(
    roots: Roots, team: tuple[str, list[str]]
) -> None:
    team_id, (ana, luis, mei) = team
    old = assessments.start(roots, team_id, "cei-six-roots", "2024-25", [ana, luis, mei])
    schools.update_team(
        roots,
        team_id,
        "Equipo de Acción Familiar",
        [
            (ana, "Ana García López", Role.FAMILY, True),
            (luis, "Luis Pérez", Role.ADMINISTRATOR, True),
            (mei, "Mei Chen", Role.ADMINISTRATOR, False),  # left the team
            ("", "Óscar Núñez", Role.COMMUNITY_PARTNER, True),  # joined
        ],
    )
    updated = schools.get_team(roots, team_id)
    assert updated.name == "Equipo de Acción Familiar"
    assert [(m.display_name, m.role, m.active) for m in updated.members] == [
        ("Ana García López", Role.FAMILY, True),
        ("Luis Pérez", Role.ADMINISTRATOR, True),
        ("Mei Chen", Role.ADMINISTRATOR, False),
        ("Óscar Núñez", Role.COMMUNITY_PARTNER, True),
    ]
    assert [m.display_name for m in assessments.load(roots, old).present] == [
        "Ana García López",
        "Luis Pérez",
        "Mei Chen",
    ]


def test_a_member_of_another_team_cannot_be_moved_by_editing(
    roots: Roots, team: tuple[str, list[str]]
) -> None:
    team_id, members = team
    other_school = schools.create_school(roots, "Otra")
    other = schools.create_team(roots, other_school, "FAT")
    with pytest.raises(BadInputError, match="another team"):
        schools.update_team(roots, other, "FAT", [(members[0], "Ana", Role.FAMILY, True)])
    assert schools.get_team(roots, team_id).members[0].team_id == team_id


def test_a_new_school_and_its_first_team_are_saved_together_or_not_at_all(roots: Roots) -> None:
    """The New school dialog asks for a school and its first team at once: when the team is
    refused (here a member's name), no school without a team is left behind."""
    with pytest.raises(BadInputError, match="member name"):
        schools.create_school_with_team(
            roots, "Escuela Huerta", "FAT", [("Ana\x1b[2J", Role.FAMILY)]
        )
    assert schools.list_schools(roots) == []
    team_id = schools.create_school_with_team(
        roots, "Escuela Huerta", "FAT", [("Ana García", Role.FAMILY)]
    )
    (school,) = schools.list_schools(roots)
    assert school.name == "Escuela Huerta"
    assert schools.get_team(roots, team_id).name == "FAT"
