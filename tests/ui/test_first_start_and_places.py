"""The first start and finding one's place again (issue 12): the language shown is the one
chosen, the welcome page comes once, the sample district is never added twice, the app reopens
where the team stopped, and places that need an assessment say so."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from roots_app import settings
from roots_app.services import schools
from tests.ui.answers import answer_boxes
from tests.ui.conftest import WindowFactory, close_and_release, remember


def test_exploring_the_sample_without_touching_the_language_is_a_real_start(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    assert window.pages.currentWidget() is window.welcome
    shown = [b for b in window.welcome.language_buttons.buttons() if b.isChecked()]
    assert [b.property("language") for b in shown] == ["en"]  # looks chosen...
    qtbot.keyClick(window.welcome.demo_button, Qt.Key.Key_Space)
    assert settings.load(data_dir).language == "en"  # ...so it is chosen
    assert window.pages.currentWidget() is window.home
    sample = len(schools.list_schools(window.ctx.roots))
    assert sample == 12
    close_and_release(window)

    again = make_window()
    assert again.pages.currentWidget() is not again.welcome  # the welcome page came once
    assert again.pages.currentWidget() is again.home
    asked: list[str] = []

    def open_it(box: QMessageBox) -> int:
        asked.append(box.text())
        next(b for b in box.buttons() if "Open" in b.text()).click()
        return 0

    answer_boxes(monkeypatch, open_it)
    qtbot.keyClick(again.home.demo_button, Qt.Key.Key_Space)
    assert asked == ["The sample district is already here."]
    assert len(schools.list_schools(again.ctx.roots)) == sample  # no second copy
    assert again.pages.currentWidget() is again.district_page


def test_declining_the_open_offer_changes_nothing(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    qtbot.keyClick(window.welcome.demo_button, Qt.Key.Key_Space)
    answer_boxes(monkeypatch, lambda box: box.button(box.StandardButton.Cancel).click())
    qtbot.keyClick(window.home.demo_button, Qt.Key.Key_Space)
    assert len(schools.list_schools(window.ctx.roots)) == 12
    assert window.pages.currentWidget() is window.home


@pytest.mark.parametrize("place", ["team", "plan", "summary", "progress"])
def test_reopening_returns_where_the_team_stopped(
    make_window: WindowFactory, roots, assessment_id: str, place: str
) -> None:
    remember(roots, assessment_id)
    window = make_window()
    window.show_place(place)
    close_and_release(window)
    again = make_window()
    assert again.pages.currentWidget() is again._place_pages[place]
    assert again.assessment is not None and again.assessment.id == assessment_id


def test_places_that_need_an_assessment_say_so_until_one_is_open(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str
) -> None:
    from roots_app.ui.main_window import NEED_ASSESSMENT, PLACES

    roots.settings.language = "en"
    roots.save_settings()
    window = make_window()
    assert window.pages.currentWidget() is window.home
    for place in NEED_ASSESSMENT:
        item = window.sidebar.item(PLACES.index(place))
        assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
        assert item.toolTip().startswith("Open an assessment first")
        assert item.data(Qt.ItemDataRole.AccessibleDescriptionRole) == item.toolTip()
    window.sidebar.setCurrentRow(PLACES.index("progress"))  # no school yet: it says what to do
    assert window.pages.currentWidget() is window.progress_page
    assert window.progress_page.note.text().startswith("Open a school from the District page")
    window.open_assessment(assessment_id)
    for place in NEED_ASSESSMENT:
        item = window.sidebar.item(PLACES.index(place))
        assert item.flags() & Qt.ItemFlag.ItemIsEnabled
        assert item.toolTip() == ""
