"""Every focusable control on every screen has a name a screen reader can say."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from roots_app.domain.assessment import TEAM
from roots_app.services import assessments, demo, rubrics, schools
from roots_app.ui.crash import CrashDialog
from roots_app.ui.dialogs.export_bundle import ExportBundleDialog
from roots_app.ui.dialogs.import_preview import ImportPreviewDialog
from roots_app.ui.dialogs.new_assessment import NewAssessmentDialog
from roots_app.ui.dialogs.school_team import SchoolTeamDialog
from roots_app.ui.dialogs.trash import TrashDialog
from roots_app.ui.main_window import PLACES
from tests.ui.conftest import WindowFactory, conflict_preview, remember


def unnamed_controls(top: QWidget) -> list[str]:
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget.parent(), QComboBox):  # the line edit inside an editable combo
            continue
        text = widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""
        if isinstance(widget, QTabBar):  # each tab is read by its title
            text = "".join(widget.tabText(i) for i in range(widget.count()))
        if not (text.strip() or widget.accessibleName().strip()):
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_page_names_its_controls(
    qtbot: QtBot, make_window: WindowFactory, roots, language: str, tmp_path: Path
) -> None:
    demo.make_demo(roots, schools=2, years=1)
    roots.settings.language = language
    roots.save_settings()
    window = make_window()
    problems: dict[str, list[str]] = {}
    window.show_page(window.welcome)
    problems["welcome"] = unnamed_controls(window)
    window.show_place("home")
    problems["home"] = unnamed_controls(window)
    model = window.home.model
    first = model.index(0, 0, model.index(0, 0, model.index(0, 0)))
    window.home.tree.setCurrentIndex(first)
    window.home.open_button.click()
    assert window.pages.currentWidget() is window.walkthrough
    problems["walkthrough"] = unnamed_controls(window)
    assert (
        window.walkthrough.cards[2]
        .accessibleName()
        .startswith("Level 3 of 5: " if language == "en" else "Nivel 3 de 5: ")
    )
    window.show_place("summary")
    problems["summary"] = unnamed_controls(window)
    for place in ("team", "plan", "progress", "district", "rubrics", "settings"):
        window.show_place(place)
        if place == "district":
            qtbot.waitUntil(lambda: window.district_page.view is not None)
        problems[place] = unnamed_controls(window)

    all_schools = schools.list_schools(window.ctx.roots)
    info, preview = conflict_preview(window.ctx.roots, tmp_path)
    dialogs = {
        "save .roots dialog": ExportBundleDialog(all_schools, info, info.school_id, True, window),
        "import preview": ImportPreviewDialog(preview, "back.roots", language, window),
        "trash": TrashDialog(window.ctx, window),
        "school dialog": SchoolTeamDialog(window),
        "assessment dialog": NewAssessmentDialog(
            all_schools, rubrics.installed(window.ctx.roots), language, None, window
        ),
        "crash dialog": CrashDialog("Traceback ...", None, window),
    }
    for name, dialog in dialogs.items():
        dialog.show()
        qtbot.waitExposed(dialog)
        problems[name] = unnamed_controls(dialog)
        dialog.close()
    assert {k: v for k, v in problems.items() if v} == {}


def test_long_spanish_text_and_large_font_keep_the_walkthrough_usable(
    qtbot: QtBot, make_window: WindowFactory, roots, qapp
) -> None:
    """At 200% text the level cards still show their whole label (they wrap, not clip)."""
    demo.make_demo(roots, schools=1, years=1)
    roots.settings.language = "es"
    roots.save_settings()
    font = qapp.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(font)
    try:
        window = make_window()
        window.home.refresh()
        info = window.home.infos[0]
        window.open_assessment(info.id)
        window.resize(1000, 700)
        qtbot.wait(10)
        for card in window.walkthrough.cards:
            title = card.title
            assert title.width() <= card.width()
            needed = title.heightForWidth(title.width())
            assert title.height() >= needed, title.text()
    finally:
        font.setPointSizeF(font.pointSizeF() / 2)
        qapp.setFont(font)


def test_level_cards_are_radio_buttons_that_say_which_is_chosen(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str
) -> None:
    """One of a group, as a screen reader says it (not five check boxes); checked = chosen.
    tests/atspi/test_bridge.py checks the same through the real bridge."""
    remember(roots, assessment_id)
    first = assessments.load(roots, assessment_id).pack.categories[0].key
    assessments.remember_place(roots, assessment_id, first, TEAM)
    window = make_window()
    walkthrough, team_view = window.walkthrough, window.team_view
    for place, page, choose in (
        ("assess", walkthrough, walkthrough.choose_level),
        ("team", team_view, team_view.agree_level),
    ):
        window.show_place(place)
        choose(3)
        cards = [QAccessible.queryAccessibleInterface(card) for card in page.pager.cards]
        assert [c.role() for c in cards] == [QAccessible.Role.RadioButton] * len(cards)
        assert [bool(c.state().checked) for c in cards] == [v == 3 for v in range(1, 6)]
        choose(None)
        assert not any(c.state().checked for c in cards)  # a chosen card can be cleared


def test_a_place_selected_by_a_screen_reader_is_shown(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str
) -> None:
    """A screen reader selects a sidebar place through the accessibility interface, which
    selects the row without making it current: the place shows all the same."""
    remember(roots, assessment_id)
    window = make_window()
    sidebar = QAccessible.queryAccessibleInterface(window.sidebar)
    team = sidebar.child(PLACES.index("team"))
    assert team.text(QAccessible.Text.Name) == "Team view"
    assert sidebar.selectionInterface().select(team)
    assert window.pages.currentWidget() is window.team_view
    assert window.sidebar.currentRow() == PLACES.index("team")


def test_the_first_screen_offers_its_languages_as_radio_buttons(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    """English or Español, one of two: not two check boxes to a screen reader."""
    window = make_window()
    assert window.pages.currentWidget() is window.welcome
    buttons = window.welcome.language_buttons.buttons()
    found = [QAccessible.queryAccessibleInterface(button) for button in buttons]
    assert [b.role() for b in found] == [QAccessible.Role.RadioButton] * 2
    assert [bool(b.state().checked) for b in found] == [True, False]  # English, as started
    buttons[1].click()
    assert [bool(b.state().checked) for b in found] == [False, True]
