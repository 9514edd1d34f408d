"""Issue 12 on the walkthrough, by keyboard: only a digit as typed picks a level; the level cards
are in the Tab order and arrows move between them; moving on lands where number keys rate; every
category opens at its top; the screen shows exactly what is stored, whoever is rating."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from roots_app.domain.assessment import TEAM
from roots_app.services import assessments
from tests.ui.conftest import WindowFactory, remember

Mod = Qt.KeyboardModifier


def _started(qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str):  # type: ignore[no-untyped-def]
    remember(roots, assessment_id)
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.walkthrough
    page.cover_start.click()
    assert not page.on_cover
    return window, page


def scroll_of(widget: QWidget) -> QScrollArea:
    """The scroll area a widget sits in."""
    while not isinstance(widget, QScrollArea):
        widget = widget.parentWidget()
    return widget


def focused() -> QWidget:
    """The widget with the keyboard focus (a failure, not a crash, when there is none)."""
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _stored(window, page, category: int):  # type: ignore[no-untyped-def]
    stored = assessments.load(window.ctx.roots, page.assessment.id)
    return stored.rating(page.rater, stored.pack.categories[category].key)


def _shown(page) -> set[int]:  # type: ignore[no-untyped-def]
    return {card.value for card in page.cards if card.isChecked()}


def _type(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier, text: str) -> None:
    """A key press as the keyboard layout makes it: the key, the modifiers and the text."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))


def test_ctrl_alt_or_meta_with_a_number_change_nothing(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str
) -> None:
    window, page = _started(qtbot, make_window, roots, assessment_id)
    page.setFocus()
    for modifiers in (Mod.ControlModifier, Mod.AltModifier, Mod.MetaModifier):
        for widget in (page, page.cards[0]):
            qtbot.keyClick(widget, Qt.Key.Key_3, modifiers)
            _type(widget, Qt.Key.Key_2, modifiers | Mod.KeypadModifier, "2")
    assert _shown(page) == set()
    assert _stored(window, page, 0).level is None
    assert page.index == 0


def test_a_digit_as_typed_picks_the_level_top_row_keypad_or_shifted(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str
) -> None:
    window, page = _started(qtbot, make_window, roots, assessment_id)
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_2)
    assert _stored(window, page, 0).level == 2
    _type(page, Qt.Key.Key_4, Mod.KeypadModifier, "4")  # the number pad
    assert _stored(window, page, 0).level == 4
    # A layout that needs Shift for digits (French AZERTY): Shift+& types "1".
    _type(page, Qt.Key.Key_1, Mod.ShiftModifier, "1")
    assert _stored(window, page, 0).level == 1
    assert _shown(page) == {1}
    # Shift+3 on a US layout types "#": not a digit, nothing changes.
    _type(page, Qt.Key.Key_NumberSign, Mod.ShiftModifier, "#")
    assert _stored(window, page, 0).level == 1


def test_the_level_cards_are_in_the_tab_order_and_arrows_move_between_them(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str
) -> None:
    window, page = _started(qtbot, make_window, roots, assessment_id)
    # The cards are one stop in the Tab order, like radio buttons: between the rater and the
    # evidence, on the chosen card (else the first); arrows move between them.
    page.rater_combo.setFocus()
    qtbot.keyClick(page.rater_combo, Qt.Key.Key_Tab)
    assert focused() is page.cards[0]
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is page.evidence
    qtbot.keyClick(page.evidence, Qt.Key.Key_Backtab, Mod.ShiftModifier)
    assert focused() is page.cards[0]

    first = page.cards[0]
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert page.cards[1].hasFocus()
    qtbot.keyClick(page.cards[1], Qt.Key.Key_Right)
    assert page.cards[2].hasFocus()
    qtbot.keyClick(page.cards[2], Qt.Key.Key_Left)
    assert page.cards[1].hasFocus()
    assert page.index == 0  # the arrows moved between the cards, not to another category
    qtbot.keyClick(page.cards[1], Qt.Key.Key_Space)
    assert _stored(window, page, 0).level == 2
    qtbot.keyClick(page.cards[1], Qt.Key.Key_Right)
    qtbot.keyClick(page.cards[2], Qt.Key.Key_Return)
    assert _stored(window, page, 0).level == 3
    assert _shown(page) == {3}
    page.next_button.click()
    page.previous_button.click()
    page.evidence.setFocus()
    qtbot.keyClick(page.evidence, Qt.Key.Key_Backtab, Mod.ShiftModifier)
    assert focused() is page.cards[2]  # back in the cards on the chosen one


def test_alt_arrows_from_the_evidence_box_land_where_number_keys_rate(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str
) -> None:
    window, page = _started(qtbot, make_window, roots, assessment_id)
    page.evidence.setFocus()
    qtbot.keyClicks(page.evidence, "Families came")
    qtbot.keyClick(page.evidence, Qt.Key.Key_Right, Mod.AltModifier)
    assert page.index == 1
    assert QApplication.focusWidget() in page.cards
    for key in (Qt.Key.Key_2, Qt.Key.Key_4):
        qtbot.keyClick(focused(), key)
    assert page.evidence.toPlainText() == ""
    assert (_stored(window, page, 1).level, _stored(window, page, 1).evidence) == (4, "")
    assert _stored(window, page, 0).evidence == "Families came"

    page.evidence.setFocus()
    qtbot.keyClick(page.evidence, Qt.Key.Key_Left, Mod.AltModifier)
    assert page.index == 0
    assert QApplication.focusWidget() in page.cards
    qtbot.keyClick(focused(), Qt.Key.Key_1)
    assert _stored(window, page, 0).level == 1
    assert _stored(window, page, 0).evidence == "Families came"


def test_the_first_cover_has_its_start_button_focused(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str
) -> None:
    remember(roots, assessment_id)
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.walkthrough
    assert page.on_cover
    assert page.cover_start.hasFocus()
    qtbot.keyClick(page.cover_start, Qt.Key.Key_Space)
    assert not page.on_cover


def test_every_category_opens_scrolled_to_its_top(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str
) -> None:
    window, page = _started(qtbot, make_window, roots, assessment_id)
    window.resize(1024, 700)
    for move in (
        lambda: page.next_button.click(),
        lambda: qtbot.keyClick(page.evidence, Qt.Key.Key_Right, Mod.AltModifier),
        lambda: page.previous_button.click(),  # back to a category left scrolled down
        lambda: page.go_to(4),
    ):
        bar = scroll_of(page.title).verticalScrollBar()  # each category has its own sheet
        qtbot.waitUntil(lambda bar=bar: bar.maximum() > 0)
        bar.setValue(bar.maximum())
        before = page.index
        move()
        assert page.index != before
        assert scroll_of(page.title).verticalScrollBar().value() == 0, page.index
        assert page.title.visibleRegion().boundingRect().height() == page.title.height()


def test_each_member_sees_only_their_own_stored_level(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str
) -> None:
    loaded = assessments.load(roots, assessment_id)
    first, second = (m.id for m in loaded.present[:2])
    assessments.rate(roots, loaded, first, loaded.pack.categories[0].key, 3, "")
    assessments.rate(roots, loaded, first, loaded.pack.categories[1].key, 2, "")
    _window, page = _started(qtbot, make_window, roots, assessment_id)
    assert page.rater == first
    assert _shown(page) == {3}
    page.next_button.click()
    assert _shown(page) == {2}
    page.rater_combo.setCurrentIndex(page.rater_combo.findData(second))
    page.cover_start.click()
    assert _shown(page) == set()
    page.previous_button.click()
    assert _shown(page) == set()
    page.rater_combo.setCurrentIndex(page.rater_combo.findData(TEAM))
    assert _shown(page) == set()
    page.rater_combo.setCurrentIndex(page.rater_combo.findData(first))
    page.cover_start.click()
    assert _shown(page) == {3}


def test_nothing_moves_or_rates_behind_the_cover(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str
) -> None:
    remember(roots, assessment_id)
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.walkthrough
    assert page.on_cover
    page.cover_start.setFocus()
    for key, modifiers in (
        (Qt.Key.Key_Right, Mod.AltModifier),
        (Qt.Key.Key_Right, Mod.NoModifier),
        (Qt.Key.Key_3, Mod.NoModifier),
    ):
        qtbot.keyClick(page.cover_start, key, modifiers)
    assert page.on_cover
    assert page.index == 0
    assert _stored(window, page, 0).level is None


def test_a_new_language_keeps_the_hand_over_button_on_the_last_category(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str
) -> None:
    window, page = _started(qtbot, make_window, roots, assessment_id)
    page.go_to(len(page.assessment.pack.categories) - 1)
    assert page.next_button.text() == "Done: next member →"
    window.ctx.set_language("es")
    qtbot.waitUntil(lambda: page.previous_button.text() == "← Anterior")
    assert page.next_button.text() == "Listo: siguiente integrante →"
    assert page.position_label.text().endswith("Categoría 6 de 6")


@pytest.mark.parametrize("language", ["en", "es"])
def test_five_level_cards_stand_in_one_row_at_1024x700(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str, language: str
) -> None:
    """DESIGN 8b: the level choices are cards of equal width in one row. At 1024x700 with the
    normal text size, all five fit (they go onto two lines only for larger text)."""
    remember(roots, assessment_id, language)
    window = make_window()
    window.resize(1024, 700)
    page = window.walkthrough
    page.cover_start.click()
    for index in range(len(page.assessment.pack.categories)):
        page.go_to(index)
        qtbot.waitUntil(lambda: len({c.y() for c in page.cards}) == 1, timeout=2000)
        assert len({c.width() for c in page.cards}) == 1, [c.width() for c in page.cards]


def test_the_place_is_saved_once_the_team_stays_or_leaves_the_page(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str
) -> None:
    """Moving between categories saves where the team is once they stay on one (a write on
    every move cost a third of a frame), and at once when they leave the page or close."""
    window, page = _started(qtbot, make_window, roots, assessment_id)

    def stored_place() -> str:
        return assessments.load(window.ctx.roots, page.assessment.id).current_category

    keys = [c.key for c in page.assessment.pack.categories]
    for index in (1, 2):
        page.go_to(index)
    qtbot.waitUntil(lambda: stored_place() == keys[2])  # they stayed
    page.go_to(3)
    window.show_place("team")  # left the page: saved before the team view shows
    assert stored_place() == keys[3]
    window.show_place("assess")
    page.go_to(4)
    window.close()
    assert stored_place() == keys[4]


def test_the_chosen_card_looks_chosen_without_restyling(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str, qapp
) -> None:
    """The style sheet draws the chosen card by its checked state (restyling the cards on every
    change cost a tenth of a switch): the cards look as after restyling every widget."""
    _window, page = _started(qtbot, make_window, roots, assessment_id)
    page.setFocus()
    for key in (Qt.Key.Key_2, Qt.Key.Key_4):  # chosen, then another: one on, one off
        qtbot.keyClick(page, key)
    page.setFocus()  # no card focused: the chosen look alone
    qapp.processEvents()
    row = page.cards[0].parentWidget()
    quick = row.grab().toImage()
    qapp.setStyleSheet(qapp.styleSheet() + " ")  # a new sheet: every widget styled again
    qapp.processEvents()
    assert _shown(page) == {4}
    assert row.grab().toImage() == quick


def test_a_kept_category_shows_what_is_stored_now_for_whoever_rates(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str
) -> None:
    """Each category keeps its sheet once visited (a switch then only shows it): coming back
    shows the stored level and evidence of the member rating now, never what the previous
    member typed (not even by undoing), and the texts of the language chosen since."""
    window, page = _started(qtbot, make_window, roots, assessment_id)
    first = page.rater
    title = page.title.text()
    page.evidence.setFocus()
    qtbot.keyClicks(page.evidence, "Only mine")
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_3)
    page.next_button.click()  # saves the typing
    page.previous_button.click()  # the sheet kept
    assert (_shown(page), page.evidence.toPlainText()) == ({3}, "Only mine")
    page.evidence.selectAll()
    qtbot.keyClick(page.evidence, Qt.Key.Key_Backspace)  # cleared: an empty box, stored
    page.next_button.click()
    assert _stored(window, page, 0).evidence == ""
    second = page.rater_combo.itemData(1)
    page.rater_combo.setCurrentIndex(1)
    page.cover_start.click()
    page.previous_button.click()
    assert page.index == 0 and page.rater == second != first
    assert (_shown(page), page.evidence.toPlainText()) == (set(), "")
    page.evidence.setFocus()
    qtbot.keyClick(page.evidence, Qt.Key.Key_Z, Mod.ControlModifier)  # nothing to undo
    assert page.evidence.toPlainText() == ""
    window.ctx.set_language("es")
    qtbot.waitUntil(lambda: page.previous_button.text() == "← Anterior")
    page.next_button.click()
    page.previous_button.click()
    assert page.title.text() != title
    assert page.position_label.text().endswith("Categoría 1 de 6")
    assert page.evidence_label.text().startswith("&Evidencia")


def _idle_turns_by_hand(qtbot: QtBot, page) -> None:  # type: ignore[no-untyped-def]
    """The pager's idle turns taken by the test (``pager._prepare()``), one at a time, from
    the first category shown again with no other sheet made."""
    pager = page.pager
    pager._preparing.timeout.disconnect(pager._prepare)
    qtbot.waitUntil(lambda: pager._painted)
    pager.drop_sheets()
    page.show_category()
    assert list(pager._sheets) == [0]


def test_the_next_sheet_is_made_while_idle_then_drawn_on_a_later_turn(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str
) -> None:
    """The next category's sheet is made with its cards on one idle turn, given the page's
    widgets and its texts on another, then laid out and drawn on a third (each under a frame,
    issue 14); moving there shows it as made, its texts those of that category."""
    _window, page = _started(qtbot, make_window, roots, assessment_id)
    pager = page.pager
    _idle_turns_by_hand(qtbot, page)
    pager._prepare()
    made = pager._sheets[1]
    assert pager._to_build == (made, 1) and made.parts is None  # the cards only, so far
    assert made not in pager.sheets() and len(made.cards) == len(page.assessment.pack.levels)
    pager._prepare()
    assert pager._to_build is None and pager._to_draw is made  # built and filled, not drawn
    assert made.parts is not None and made in pager.sheets()
    assert made.title.text() == page.assessment.pack.categories[1].title["en"]
    pager._prepare()
    assert pager._to_draw is None
    assert made.size() == pager._shown.size()  # laid out as it will show
    page.next_button.click()
    assert page.pager.sheet is made and page.title.text() == made.title.text()


def test_a_sheet_visited_before_its_widgets_were_made_shows_whole(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str
) -> None:
    """The page worded again (a language change) and Next pressed while the next sheet has
    its cards only, before the idle turn that gives it the page's widgets: it shows whole,
    with that category's texts, and takes the next language's words like the others."""
    window, page = _started(qtbot, make_window, roots, assessment_id)
    pager = page.pager
    _idle_turns_by_hand(qtbot, page)
    pager._prepare()
    assert pager._to_build is not None
    made, index = pager._to_build
    page.retranslate()  # what a language change does: the waiting sheet has nothing to word
    page.next_button.click()
    assert index == 1 and pager.sheet is made and made.parts is not None
    assert page.title.text() == page.assessment.pack.categories[1].title["en"]
    assert page.evidence is made.parts.evidence and page.evidence.isVisible()
    assert [c.value for c in made.cards] == [lv.value for lv in page.assessment.pack.levels]
    window.ctx.set_language("es")
    qtbot.waitUntil(lambda: page.previous_button.text() == "← Anterior")
    assert page.title.text() == page.assessment.pack.categories[1].title["es"]
    assert page.evidence_label.text().startswith("&Evidencia")
