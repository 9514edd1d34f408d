"""Typing in paper sheets twice (issue 17): keyboard only, the second entry blind to the first,
differences settled from the paper before anything is saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from roots_app.domain.people import Role
from roots_app.services import assessments
from roots_app.ui.main_window import MainWindow
from roots_app.ui.pages.sheet_entry import SheetEntry
from tests.ui.answers import answer_boxes, click
from tests.ui.conftest import WindowFactory, remember
from tests.ui.test_accessibility import unnamed_controls
from tests.ui.test_layout_walk import clipped, text_size  # noqa: F401 (a fixture)
from tests.ui.test_shortcut_walk import clashes, menu_clashes, shortcut_texts

KEYS = [
    "relationships",
    "families-as-experts",
    "engagement-expertise",
    "committed-leaders",
    "inclusivity",
    "community-friendly-systems",
]


def open_entry(qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str) -> SheetEntry:  # type: ignore[no-untyped-def]
    remember(roots, assessment_id)
    window = make_window()
    window.type_sheets_action.trigger()
    entry = window.findChild(SheetEntry)
    assert entry is not None and entry.isVisible()
    qtbot.waitExposed(entry)
    return entry


def press(qtbot: QtBot, entry: SheetEntry, keys: str) -> None:
    """Type as a person at the keyboard: digits, ⏎ (Enter), ⌫ (Backspace), ⌦ (Delete)."""
    special = {"⏎": Qt.Key.Key_Return, "⌫": Qt.Key.Key_Backspace, "⌦": Qt.Key.Key_Delete}
    for key in keys:
        target = entry.focusWidget() or entry  # where keys go once the window is active
        if key in special:
            qtbot.keyClick(target, special[key])
        else:
            qtbot.keyClicks(target, key)


def type_sheet(qtbot: QtBot, entry: SheetEntry, digits: str) -> None:
    """One entry of a whole sheet: a digit and Enter per category."""
    assert entry.stack.currentWidget() is entry.typing_page
    for digit in digits:
        press(qtbot, entry, digit + "⏎")


def test_two_agreeing_entries_become_the_member_s_private_ratings(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str
) -> None:
    entry = open_entry(qtbot, make_window, roots, assessment_id)
    ana = assessments.load(roots, assessment_id).present[0]
    assert entry.members.currentItem().text().startswith("Ana García")
    press(qtbot, entry, "⏎")  # Ana's sheet
    assert entry.status.text() == "First entry: the sheet of Ana García"
    assert entry.title.text().startswith("1. Belief that the system's success")
    assert entry.position.text() == "Category 1 of 6"
    # A slip corrected with Backspace: 5 for the second category, then back to type 2.
    press(qtbot, entry, "3⏎5⏎⌫")
    assert entry.position.text() == "Category 2 of 6"
    assert entry.choices.checkedButton() is entry.radios[4]
    press(qtbot, entry, "2⏎")
    type_sheet(qtbot, entry, "4")
    press(qtbot, entry, "⌦⏎")  # no mark in the fourth row
    type_sheet(qtbot, entry, "14")
    assert entry.stack.currentWidget() is entry.handover_page
    press(qtbot, entry, "⌫5⏎")  # the first typist corrects the last row before handing over
    assert entry.stack.currentWidget() is entry.handover_page
    press(qtbot, entry, "⏎")  # the second person starts
    assert entry.status.text() == "Second entry (the first is hidden): the sheet of Ana García"
    assert entry.choices.checkedButton() is None  # the first entry is not shown
    type_sheet(qtbot, entry, "324015")
    assert entry.stack.currentWidget() is entry.compare_page
    assert entry.title.text() == "The two entries agree"
    assert entry.save_button.isEnabled()
    press(qtbot, entry, "⏎")  # Save

    saved = assessments.load(roots, assessment_id)
    assert [saved.rating(ana.id, k).level for k in KEYS] == [3, 2, 4, None, 1, 5]
    assert not saved.revealed  # private, as a laptop rating is until revealed
    assert entry.stack.currentWidget() is entry.who_page  # ready for the next sheet
    assert "The sheet of Ana García was saved" in entry.status.text()


def test_differences_are_shown_side_by_side_and_settled_before_saving(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str
) -> None:
    entry = open_entry(qtbot, make_window, roots, assessment_id)
    luis = assessments.load(roots, assessment_id).present[1]
    entry.members.setCurrentRow(1)
    press(qtbot, entry, "⏎")
    type_sheet(qtbot, entry, "123451")
    press(qtbot, entry, "⏎")
    type_sheet(qtbot, entry, "123351")  # the fourth category read as 3, not 4
    assert entry.title.text() == "The two entries differ"
    assert list(entry.compared) == ["committed-leaders"]
    first, second, _ = entry.compared["committed-leaders"]
    assert (first.text(), second.text()) == ("4  Established", "3  Growing")
    assert not entry.save_button.isEnabled()
    entry.save()  # even if asked: nothing until settled
    assert all(
        assessments.load(roots, assessment_id).rating(luis.id, k).level is None for k in KEYS
    )
    settle = entry.settle["committed-leaders"]
    assert settle.accessibleName().startswith("Level on the paper for 4.")
    settle.setCurrentIndex(settle.findData(4))
    assert entry.save_button.isEnabled()
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    saved = assessments.load(roots, assessment_id)
    assert [saved.rating(luis.id, k).level for k in KEYS] == [1, 2, 3, 4, 5, 1]


def test_a_blank_sheet_becomes_a_new_participant_with_the_role(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str
) -> None:
    entry = open_entry(qtbot, make_window, roots, assessment_id)
    entry.members.setCurrentRow(entry.members.count() - 1)  # a blank sheet
    assert entry.name.isEnabled() and entry.role.isEnabled()
    press(qtbot, entry, "⏎")
    assert entry.who_error.text() == "Please type the name written on the sheet."
    assert entry.stack.currentWidget() is entry.who_page
    entry.name.setFocus()
    entry.name.setText("Rosa Martínez")  # (QTest aborts on typing "í" here)
    entry.role.setCurrentIndex(entry.role.findData(Role.COMMUNITY_PARTNER.value))
    press(qtbot, entry, "⏎")
    type_sheet(qtbot, entry, "222222")
    press(qtbot, entry, "⏎")
    type_sheet(qtbot, entry, "222222")
    press(qtbot, entry, "⏎")
    saved = assessments.load(roots, assessment_id)
    rosa = saved.present[-1]
    assert (rosa.display_name, rosa.role, len(saved.present)) == (
        "Rosa Martínez",
        Role.COMMUNITY_PARTNER,
        4,
    )
    assert [saved.rating(rosa.id, k).level for k in KEYS] == [2] * 6
    # Listed now for a second sheet of hers; the blank sheet stays last.
    assert entry.members.item(entry.members.count() - 2).text().startswith("Rosa Martínez")


def test_a_sheet_that_differs_from_saved_ratings_asks_before_replacing(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str, monkeypatch
) -> None:
    loaded = assessments.load(roots, assessment_id)
    mei = loaded.present[2]
    assessments.rate(roots, loaded, mei.id, "relationships", 5, "On the laptop")
    entry = open_entry(qtbot, make_window, roots, assessment_id)
    entry.members.setCurrentRow(2)
    press(qtbot, entry, "⏎")
    type_sheet(qtbot, entry, "100000")
    press(qtbot, entry, "⏎")
    type_sheet(qtbot, entry, "100000")
    click(monkeypatch, "Cancel")
    press(qtbot, entry, "⏎")
    assert assessments.load(roots, assessment_id).rating(mei.id, "relationships").level == 5
    assert entry.stack.currentWidget() is entry.compare_page  # still there, nothing lost
    click(monkeypatch, "Replace with the paper's levels")
    press(qtbot, entry, "⏎")
    kept = assessments.load(roots, assessment_id).rating(mei.id, "relationships")
    assert (kept.level, kept.evidence) == (1, "On the laptop")


def test_without_an_assessment_it_says_how_to_choose_one(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str, monkeypatch
) -> None:
    seen: list = []
    window: MainWindow = make_window()
    window.show_place("home")
    answer_boxes(monkeypatch, lambda box: seen.append(box.text()))
    window.type_sheets_action.trigger()
    assert seen == ["Choose an assessment first."]
    assert window.findChild(SheetEntry) is None


@pytest.mark.slow  # a layout walk at two text sizes: CI runs it, the quick set does not
@pytest.mark.parametrize("language", ["en", "es"])
def test_every_step_names_its_controls_fits_at_large_text_and_has_its_own_alt_letters(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots,  # type: ignore[no-untyped-def]
    assessment_id: str,
    language: str,
    text_size: float,  # noqa: F811
) -> None:
    remember(roots, assessment_id, language)
    window = make_window()
    window.resize(1024, 700)
    window.type_sheets_action.trigger()
    entry = window.findChild(SheetEntry)
    entry.resize(min(entry.width(), 1024), min(entry.height(), 700))
    problems = menu_clashes(window)
    for step in ("who", "typing", "handover", "typing 2", "compare"):
        QApplication.processEvents()
        found = unnamed_controls(entry) + clipped(entry) + clashes(shortcut_texts(entry))
        problems += [f"{step}: {p}" for p in found]
        if step == "typing 2":
            type_sheet(qtbot, entry, "123451")
        elif step == "typing":
            type_sheet(qtbot, entry, "111111")
        else:
            press(qtbot, entry, "⏎")
    assert entry.stack.currentWidget() is entry.compare_page
    assert not problems, "\n".join(problems)


def test_the_open_assessment_shows_the_paper_ratings_once_saved(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str
) -> None:
    entry = open_entry(qtbot, make_window, roots, assessment_id)
    window = entry.parent()
    assert isinstance(window, MainWindow) and window.pages.currentWidget() is window.walkthrough
    ana = window.assessment.present[0]
    assert window.walkthrough.rater == ana.id and window.walkthrough.index == 0
    press(qtbot, entry, "⏎")
    type_sheet(qtbot, entry, "311111")
    press(qtbot, entry, "⏎")
    type_sheet(qtbot, entry, "311111")
    press(qtbot, entry, "⏎")
    assert window.assessment.rating(ana.id, KEYS[0]).level == 3
    assert window.walkthrough.cards[2].isChecked()  # Ana's first category, as on paper
