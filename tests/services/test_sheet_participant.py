"""A blank paper sheet's person joins the assessment (issue 17): a new member of the team,
taking part after those present, who can then be rated; a bad name changes nothing."""

from __future__ import annotations

import pytest

from roots_app.domain.people import Role
from roots_app.errors import BadInputError, NotFoundError
from roots_app.services import assessments, schools
from roots_app.services.context import Roots


def test_a_new_participant_joins_the_team_and_the_assessment(
    roots: Roots, assessment_id: str, team: tuple[str, list[str]]
) -> None:
    member_id = assessments.add_participant(
        roots, assessment_id, "  Rosa   Martínez ", Role.STUDENT
    )
    loaded = assessments.load(roots, assessment_id)
    assert [m.id for m in loaded.present] == [*team[1], member_id]
    assert (loaded.present[-1].display_name, loaded.present[-1].role) == (
        "Rosa Martínez",
        Role.STUDENT,
    )
    assert schools.get_team(roots, team[0]).members[-1].id == member_id
    assessments.rate(roots, loaded, member_id, loaded.pack.categories[0].key, 3, "")
    assert (
        assessments.load(roots, assessment_id)
        .rating(member_id, loaded.pack.categories[0].key)
        .level
        == 3
    )


@pytest.mark.parametrize("name", ["   ", "x" * 201, "Ana\x1b[2J"])
def test_a_bad_name_is_refused_and_nothing_changes(
    roots: Roots, assessment_id: str, team: tuple[str, list[str]], name: str
) -> None:
    with pytest.raises(BadInputError):
        assessments.add_participant(roots, assessment_id, name, Role.FAMILY)
    assert len(assessments.load(roots, assessment_id).present) == len(team[1])
    assert len(schools.get_team(roots, team[0]).members) == len(team[1])


def test_an_unknown_assessment_is_refused(roots: Roots, team: tuple[str, list[str]]) -> None:
    with pytest.raises(NotFoundError):
        assessments.add_participant(roots, "no-such-assessment", "Rosa", Role.FAMILY)
    assert len(schools.get_team(roots, team[0]).members) == len(team[1])
