"""The team view's "Show: names / roles only / nobody" is kept per assessment and the summary
follows it (issue 12); the plan PDF's side is in tests/services/test_plan_privacy.py."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from roots_app.services import assessments
from tests.ui.conftest import WindowFactory, close_and_release, remember

NAMES = {"Ana García", "Luis Pérez", "Mei Chen"}


def _headers(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.summary.model
    return [model.headerData(c, 1) for c in range(2, model.columnCount())]  # after the team


def test_the_choice_survives_reopening_and_the_summary_follows_it(
    qtbot: QtBot, make_window: WindowFactory, roots, team, assessment_id: str
) -> None:
    _team_id, members = team
    other = assessments.start(roots, _team_id, "cei-six-roots", "2024-25", members)
    remember(roots, assessment_id)
    window = make_window()
    window.show_place("summary")
    assert set(_headers(window)) == NAMES
    window.show_place("team")
    combo = window.team_view.identity
    combo.setCurrentIndex(combo.findData("roles"))
    window.show_place("summary")
    assert sorted(_headers(window)) == ["Administrator", "Family member", "Teacher"]
    window.show_place("team")
    combo.setCurrentIndex(combo.findData("anonymous"))
    window.show_place("summary")
    assert sorted(_headers(window)) == ["Member 1", "Member 2", "Member 3"]
    assert window.summary.model.headerData(1, 1) == "Team (agreed)"
    window.open_assessment(other)  # another assessment: its own choice, names by default
    window.show_place("team")
    assert combo.currentData() == "names"
    window.show_place("summary")
    assert set(_headers(window)) == NAMES
    window.open_assessment(assessment_id)
    window.show_place("team")
    close_and_release(window)

    again = make_window()
    assert again.pages.currentWidget() is again.team_view
    assert again.team_view.identity.currentData() == "anonymous"
    shown = set(again.team_view.who().values())
    assert shown == {"Member 1", "Member 2", "Member 3"} and not shown & NAMES
    again.show_place("summary")
    assert sorted(_headers(again)) == ["Member 1", "Member 2", "Member 3"]
