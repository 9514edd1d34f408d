"""Issue 3's journey on real widgets: three members rate the Six Essential Roots in turns on one
laptop without seeing each other's ratings; the team view shows the spread and flags the right
categories; the team agrees every level with evidence; the wheel shows it; all survives a
restart. In English and in Spanish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from pytestqt.qtbot import QtBot

from roots_app.domain.assessment import TEAM, Status
from roots_app.services import assessments
from tests.ui.conftest import WindowFactory, remember

# Levels each member gives the six roots, in order.
RATINGS = {
    "Ana García": [3, 1, 4, 2, 5, 3],
    "Luis Pérez": [3, 3, 4, 2, 2, 3],
    "Mei Chen": [4, 3, 4, 5, 2, 3],
}
# Root 1: 3,3,4 close. Root 2: 1,3,3 -> far apart, Ana stands alone. Root 3: all 4.
# Root 4: 2,2,5 -> far apart, Mei stands alone. Root 5: 5,2,2 -> far apart, Ana alone.
FAR_APART = {1, 3, 4}
AGREED = [3, 3, 4, 2, 3, 3]
WORDS = {
    "en": {
        "far": "Far apart",
        "alone": "stands alone",
        "pass": "Pass the laptop to",
        "agreed": "Agreed",
        "close": "Close",
    },
    "es": {
        "far": "Muy separados",
        "alone": "queda sola",
        "pass": "Pase la computadora a",
        "agreed": "Acordada",
        "close": "Cerca",
    },
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_three_members_rate_in_turns_then_agree_as_a_team(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str, language: str
) -> None:
    words = WORDS[language]
    remember(roots, assessment_id, language)
    window = make_window()
    page = window.walkthrough
    members = {m.display_name: m.id for m in page.assessment.present}
    assert list(members) == list(RATINGS)

    for turn, (name, levels) in enumerate(RATINGS.items()):
        assert page.on_cover
        assert page.cover_title.text().startswith(words["pass"])
        assert name in page.cover_title.text()
        qtbot.keyClick(page.cover_start, Qt.Key.Key_Space)
        assert page.rater == members[name]
        for index, level in enumerate(levels):
            assert page.index == index
            # Nothing the previous members chose is on screen for this member.
            assert not any(card.isChecked() for card in page.cards), (name, index)
            page.setFocus()
            qtbot.keyClick(page, Qt.Key.Key_0 + level)
            page.evidence.setFocus()
            qtbot.keyClicks(page.evidence, f"note {turn}-{index}")
            if index < len(levels) - 1:
                qtbot.keyClick(page.evidence, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClick(page.next_button, Qt.Key.Key_Space)  # "done": hand over

    team = window.team_view
    assert window.pages.currentWidget() is team  # after the last member, the team view
    assert team.table_model.index(0, 1).data() not in ("1", "3")  # still hidden
    assert team.notes.toPlainText() != ""
    assert "note 0-0" not in team.notes.toPlainText()
    team.reveal_button.setFocus()
    qtbot.keyClick(team.reveal_button, Qt.Key.Key_Space)
    assert team.assessment.revealed

    flagged = {row for row in range(6) if words["far"] in team.table_model.index(row, 4).data()}
    assert flagged == FAR_APART
    assert team.table_model.index(0, 4).data() == words["close"]
    assert words["alone"] in team.table_model.index(1, 4).data()
    assert "Ana García" in team.table_model.index(1, 4).data()
    assert team.table_model.index(1, 1).data() == "1"  # lowest
    assert team.table_model.index(1, 3).data() == "3"  # median

    team.tabs.setCurrentIndex(0)
    for index, level in enumerate(AGREED):
        assert team.index == index
        team.setFocus()
        qtbot.keyClick(team, Qt.Key.Key_0 + level)
        team.evidence.setFocus()
        qtbot.keyClicks(team.evidence, f"team saw {index}")
        if index == 1:
            team.reason.setFocus()
            qtbot.keyClicks(team.reason, "Ana explained her 1")
        qtbot.keyClick(team.evidence, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    team.flush()

    team.tabs.setCurrentIndex(1)  # the wheel
    agreed_series = next(
        s for s in team.wheel.chart().series() if s.name() == team.tr("Agreed level")
    )
    points = [(round(p.x()), p.y()) for p in agreed_series.points()]
    assert points[:6] == list(enumerate(AGREED))
    assert "team saw" not in team.wheel.accessibleDescription()  # levels, in words
    stored = assessments.load(window.ctx.roots, assessment_id)
    assert stored.info.status is Status.AGREED

    window.close()
    window.ctx.roots.close()
    restarted = make_window()
    restarted.show_place("team")
    again = restarted.team_view
    assert again.assessment.revealed
    assert [again.table_model.index(r, 5).data().split(" · ")[0] for r in range(6)] == [
        str(v) for v in AGREED
    ]
    stored = assessments.load(restarted.ctx.roots, assessment_id)
    for index, category in enumerate(stored.pack.categories):
        agreed = stored.rating(TEAM, category.key)
        assert (agreed.level, agreed.evidence) == (AGREED[index], f"team saw {index}")
        for turn, (name, levels) in enumerate(RATINGS.items()):
            rating = stored.rating(members[name], category.key)
            assert (rating.level, rating.evidence) == (levels[index], f"note {turn}-{index}")
    assert stored.rating(TEAM, stored.pack.categories[1].key).reason == "Ana explained her 1"
    restarted.show_place("summary")
    assert words["agreed"] in restarted.summary.status.text()


def test_names_roles_or_anonymous(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str
) -> None:
    loaded = assessments.load(roots, assessment_id)
    key = loaded.pack.categories[0].key
    for member, level in zip(loaded.present, (1, 3, 3), strict=True):
        assessments.rate(roots, loaded, member.id, key, level, f"from {member.display_name}")
    assessments.set_revealed(roots, assessment_id, True)
    remember(roots, assessment_id)
    window = make_window()
    window.show_place("team")
    team = window.team_view
    assert "Ana García" in team.notes.toPlainText()
    team.identity.setCurrentIndex(team.identity.findData("roles"))
    assert "Ana García (" not in team.notes.toPlainText()
    assert "Family member (1)" in team.notes.toPlainText()
    team.identity.setCurrentIndex(team.identity.findData("anonymous"))
    assert "Family member" not in team.notes.toPlainText()
    assert "Member " in team.notes.toPlainText()
    assert "Ana García" not in team.table_model.index(0, 4).data()


def test_meeting_mode_is_large_and_leaves_cleanly(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str, qapp
) -> None:
    remember(roots, assessment_id)
    window = make_window()
    normal = qapp.font().pointSizeF()
    window.meeting_action.trigger()
    assert qapp.font().pointSizeF() == pytest.approx(normal * 1.5)
    assert window.isFullScreen()
    assert not window.side.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert qapp.font().pointSizeF() == pytest.approx(normal)
    assert not window.meeting_mode
    assert window.side.isVisible()


def test_the_rubric_s_guiding_questions_open_each_category(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str
) -> None:
    remember(roots, assessment_id, "es")
    window = make_window()
    window.show_place("team")
    team = window.team_view
    category = team.assessment.pack.categories[0]
    assert category.questions
    shown = QTextDocumentFragment.fromHtml(team.questions.text()).toPlainText()  # a list
    assert shown.startswith("Preguntas para conversar:")
    for question in category.questions:
        assert question["es"] in shown
