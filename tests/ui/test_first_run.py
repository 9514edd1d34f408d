"""The newcomer's journey of issue 2, driven through real widgets with the keyboard only:
welcome in Spanish, create a school and team, score every root with evidence, quit, restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from roots_app import settings
from roots_app.domain.assessment import TEAM
from roots_app.services import assessments
from roots_app.ui.dialogs.new_assessment import NewAssessmentDialog
from roots_app.ui.dialogs.school_team import SchoolTeamDialog
from tests.ui.answers import drive
from tests.ui.conftest import WindowFactory, remember

LEVELS = [3, 1, 4, 2, 5, 2]  # one per root, in order
NOTES = [f"Evidencia {i}: reuniones <b>mensuales</b> & café ☕" for i in range(6)]


def type_into(qtbot: QtBot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type like a keyboard would; QTest only knows ASCII, so others go as key events with text."""
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )


@pytest.fixture
def keyboard_dialogs(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Drive the two setup dialogs with key presses instead of leaving them modal."""
    seen: list[str] = []

    def fill_school(dialog: SchoolTeamDialog) -> int:
        dialog.show()  # shown, not modal: the test types into it
        qtbot.waitExposed(dialog)
        seen.append(dialog.buttons.button(QDialogButtonBox.StandardButton.Save).text())
        type_into(qtbot, dialog.school_name, "Escuela Primaria Sylvia Mendez")
        for name, role_index in (("Rosa Núñez", 0), ("Tomás Ortiz", 1), ("Hyun-woo Kim", 2)):
            type_into(qtbot, dialog.member_name, name)
            dialog.member_role.setCurrentIndex(role_index)
            qtbot.keyClick(dialog.member_name, Qt.Key.Key_Return)  # adds, does not save
        assert dialog.isVisible()
        assert dialog.members.count() == 3
        qtbot.keyClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.Key.Key_Space
        )
        return dialog.result()

    def accept_assessment(dialog: NewAssessmentDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.present.count() == 3
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus()
        qtbot.keyClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.Key.Key_Space)
        return dialog.result()

    drive(monkeypatch, SchoolTeamDialog, fill_school)
    drive(monkeypatch, NewAssessmentDialog, accept_assessment)
    return seen


def test_newcomer_scores_every_root_by_keyboard_and_finds_it_after_restart(
    qtbot: QtBot, make_window: WindowFactory, keyboard_dialogs: list[str], data_dir
) -> None:
    window = make_window()
    assert window.pages.currentWidget() is window.welcome

    spanish = next(
        b for b in window.welcome.language_buttons.buttons() if b.property("language") == "es"
    )
    spanish.setFocus()
    qtbot.keyClick(spanish, Qt.Key.Key_Space)
    # Qt posts LanguageChange to every widget; the event loop delivers it.
    qtbot.waitUntil(lambda: window.welcome.title.text() == "Bienvenidos a Roots")
    assert window.welcome.create_button.text() == "Crear mi escuela y mi equipo"

    window.welcome.create_button.setFocus()
    qtbot.keyClick(window.welcome.create_button, Qt.Key.Key_Space)
    assert keyboard_dialogs == ["Guardar"]  # Qt's own buttons are in Spanish too

    page = window.walkthrough
    assert window.pages.currentWidget() is page
    assert page.assessment is not None
    assert page.assessment.info.school_name == "Escuela Primaria Sylvia Mendez"
    assert page.title.text() == page.assessment.pack.categories[0].title["es"]
    first_member = page.assessment.present[0].id
    assert page.rater == first_member
    assert page.on_cover  # "pass the laptop to Rosa": her turn starts when she is ready
    assert "Rosa Núñez" in page.cover_title.text()
    qtbot.keyClick(page.cover_start, Qt.Key.Key_Space)
    assert not page.on_cover

    for index, (level, note) in enumerate(zip(LEVELS, NOTES, strict=True)):
        assert page.index == index
        page.setFocus()
        qtbot.keyClick(page, Qt.Key.Key_0 + level)  # the number key picks the level
        assert page.cards[level - 1].isChecked()
        assert page.cards[level - 1].hasFocus()
        type_into(qtbot, page.evidence, note)
        qtbot.keyClick(page.evidence, Qt.Key.Key_Tab)  # leave the note box
        qtbot.keyClick(page.cards[level - 1], Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.progress_label.text() == "6 de 6 calificadas"

    window.close()  # quitting saves what is typed
    window.ctx.roots.close()

    restarted = make_window()
    assert settings.load(data_dir).language == "es"
    again = restarted.walkthrough
    assert restarted.pages.currentWidget() is again  # back where the team stopped
    assert again.on_cover  # ratings are private: the next person starts their own turn
    qtbot.keyClick(again.cover_start, Qt.Key.Key_Space)
    assert again.rater == first_member
    assert again.index == 5
    assert again.title.text() == again.assessment.pack.categories[5].title["es"]
    assert again.cards[LEVELS[5] - 1].isChecked()
    assert again.evidence.toPlainText() == NOTES[5]
    stored = assessments.load(restarted.ctx.roots, again.assessment.id)
    for category, level, note in zip(stored.pack.categories, LEVELS, NOTES, strict=True):
        rating = stored.rating(first_member, category.key)
        assert (rating.level, rating.evidence) == (level, note)
    assert stored.rated_count(TEAM) == 0


def test_evidence_typed_then_moving_on_at_once_is_saved(
    qtbot: QtBot, make_window: WindowFactory, assessment_id: str, roots
) -> None:
    remember(roots, assessment_id)
    window = make_window()
    page = window.walkthrough
    page.start_turn()
    type_into(qtbot, page.evidence, "Typed quickly")
    window.activateWindow()
    qtbot.keyClick(page.evidence, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.index == 1
    stored = assessments.load(window.ctx.roots, assessment_id)
    first = stored.pack.categories[0].key
    assert stored.rating(page.rater, first).evidence == "Typed quickly"
    assert stored.rating(page.rater, first).level is None


def test_team_level_and_summary(
    qtbot: QtBot, make_window: WindowFactory, assessment_id: str, roots
) -> None:
    remember(roots, assessment_id)
    window = make_window()
    page = window.walkthrough
    page.rater_combo.setFocus()
    page.rater_combo.setCurrentIndex(page.rater_combo.findData(TEAM))
    for _ in range(6):
        qtbot.keyClick(page, Qt.Key.Key_4)
        qtbot.keyClick(page, Qt.Key.Key_Right)
    page.summary_button.click()
    assert window.pages.currentWidget() is window.summary
    model = window.summary.model
    team_column = 1
    assert model.headerData(team_column, Qt.Orientation.Horizontal) == "Team (agreed)"
    assert {model.index(r, team_column).data() for r in range(6)} == {"4 · Established"}
    assert model.index(0, 2).data() == "Not yet rated"
    assert window.summary.status.text() == "Status: Agreed."
    QApplication.processEvents()


def test_changing_a_team_from_home(
    qtbot: QtBot, make_window: WindowFactory, roots, team, monkeypatch: pytest.MonkeyPatch
) -> None:
    from roots_app.ui.dialogs.team import TeamDialog

    team_id, _members = team
    roots.settings.language = "en"
    roots.save_settings()
    window = make_window()
    window.show_place("home")

    def edit(dialog: TeamDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        type_into(qtbot, dialog.new_name, "Tomás Ortiz")
        qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)  # adds, does not save
        assert dialog.isVisible()
        dialog.table.cellWidget(2, 2).setChecked(False)  # Mei left the team
        qtbot.keyClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.Key.Key_Space
        )
        return dialog.result()

    drive(monkeypatch, TeamDialog, edit)
    model = window.home.model
    window.home.tree.setCurrentIndex(model.index(0, 0, model.index(0, 0)))
    assert window.home.edit_team_button.isEnabled()
    qtbot.keyClick(window.home.edit_team_button, Qt.Key.Key_Space)
    from roots_app.services import schools

    changed = schools.get_team(window.ctx.roots, team_id)
    assert [(m.display_name, m.active) for m in changed.members] == [
        ("Ana García", True),
        ("Luis Pérez", True),
        ("Mei Chen", False),
        ("Tomás Ortiz", True),
    ]
    assert model.index(0, 1, model.index(0, 0)).data().startswith("4")


def test_adding_a_second_team_to_a_school(
    qtbot: QtBot, make_window: WindowFactory, roots, team, monkeypatch: pytest.MonkeyPatch
) -> None:
    from roots_app.services import schools

    roots.settings.language = "en"
    roots.save_settings()
    window = make_window()
    window.show_place("home")
    seen: list[tuple[str, bool]] = []

    def fill(dialog: SchoolTeamDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        seen.append((dialog.school_name.text(), dialog.school_name.isReadOnly()))
        dialog.team_name.clear()
        type_into(qtbot, dialog.team_name, "ELAC")
        type_into(qtbot, dialog.member_name, "Guadalupe Reyes")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result()

    drive(monkeypatch, SchoolTeamDialog, fill)
    monkeypatch.setattr(NewAssessmentDialog, "ask", classmethod(lambda *a: None))  # not now
    window.home.tree.setCurrentIndex(window.home.model.index(0, 0))
    qtbot.keyClick(window.home.add_team_button, Qt.Key.Key_Space)
    assert seen == [("Escuela Primaria Dolores Huerta", True)]
    found = schools.list_schools(window.ctx.roots)
    assert len(found) == 1
    assert sorted(t.name for t in found[0].teams) == ["ELAC", "Family Action Team"]
    elac = next(t for t in found[0].teams if t.name == "ELAC")
    assert [m.display_name for m in elac.members] == ["Guadalupe Reyes"]  # typed, not lost


@pytest.mark.parametrize("new_school", [True, False], ids=["new school", "added team"])
def test_a_refused_name_is_explained_and_adds_nothing(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots,
    team,
    monkeypatch: pytest.MonkeyPatch,
    new_school: bool,
) -> None:
    """Issue 15 item 4: creating a school and adding a team share one body, errors too."""
    from roots_app.services import schools
    from tests.ui.answers import answer_boxes

    roots.settings.language = "en"
    roots.save_settings()
    window = make_window()
    window.show_place("home")
    before = [
        (s.name, sorted(t.name for t in s.teams)) for s in schools.list_schools(window.ctx.roots)
    ]
    shown: list[str] = []

    def fill(dialog: SchoolTeamDialog) -> int:
        if new_school:
            dialog.school_name.setText("Escuela\x07 Nueva")  # pasted with a control character
        else:
            dialog.team_name.setText("ELAC\x07")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result()

    drive(monkeypatch, SchoolTeamDialog, fill)
    answer_boxes(monkeypatch, lambda box: shown.append(box.text()))
    monkeypatch.setattr(NewAssessmentDialog, "ask", classmethod(lambda *a: pytest.fail("asked")))
    if new_school:
        window.new_school_action.trigger()
    else:
        window.home.tree.setCurrentIndex(window.home.model.index(0, 0))
        qtbot.keyClick(window.home.add_team_button, Qt.Key.Key_Space)
    assert shown == ["The text has a character Roots cannot keep, so it was not saved."]
    after = [
        (s.name, sorted(t.name for t in s.teams)) for s in schools.list_schools(window.ctx.roots)
    ]
    assert after == before
