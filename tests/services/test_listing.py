"""The app reopens the last assessment through ``listing`` (Core, no ORM models, issue 14):
the same assessment as ``assessments.load``, and the same refusal for one not there."""

from __future__ import annotations

import pytest

from roots_app.errors import NotFoundError
from roots_app.services import assessments, listing, trash
from roots_app.services.context import Roots


def test_the_reopened_assessment_is_the_one_the_service_loads(
    roots: Roots, team: tuple[str, list[str]]
) -> None:
    team_id, members = team
    assessment_id = assessments.start(roots, team_id, "cei-six-roots", "2025-26", members[:2])
    started = listing.assessment(roots, assessment_id)
    assert started == assessments.load(roots, assessment_id)  # nothing rated yet
    keys = [c.key for c in started.pack.categories]
    assessments.rate(roots, started, members[0], keys[0], 3, "Vienen los martes 🌱")
    assessments.rate(roots, started, members[1], keys[0], None, "")
    assessments.rate(roots, started, members[1], keys[1], 2, "学校 مشاركة")
    assessments.agree(roots, started, keys[0], 3, "Acordado", reason="Todos")
    assessments.agree(roots, started, keys[1], None, "", reason="")
    assessments.set_revealed(roots, assessment_id, True)
    assessments.remember_place(roots, assessment_id, keys[1], members[1])
    expected = assessments.load(roots, assessment_id)
    assert expected.rated_at and expected.agreed_at and expected.revealed  # a full one
    found = listing.assessment(roots, assessment_id)
    assert found == expected
    assert [m.id for m in found.present] == members[:2]
    assert all(when.tzinfo is not None for when in found.rated_at.values())
    assert found.current_category == keys[1] and found.current_rater == members[1]


def test_an_assessment_not_there_or_in_the_trash_is_not_found(
    roots: Roots, team: tuple[str, list[str]]
) -> None:
    team_id, members = team
    assessment_id = assessments.start(roots, team_id, "cei-six-roots", "2025-26", members)
    trash.delete(roots, "assessment", assessment_id)
    for missing in (assessment_id, "no-such-id"):
        with pytest.raises(NotFoundError):
            assessments.load(roots, missing)
        with pytest.raises(NotFoundError):
            listing.assessment(roots, missing)
