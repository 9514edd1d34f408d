"""The district table at 1024x700: names get the width; counts and averages read right."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot

from roots_app.services import assessments, demo
from roots_app.ui.pages.district import DistrictPage
from tests.ui.conftest import WindowFactory, remember

DECIMAL = {"en": ".", "es": ","}


def open_district(qtbot: QtBot, make_window: WindowFactory, roots, language: str) -> DistrictPage:  # type: ignore[no-untyped-def]
    remember(roots, assessments.list_assessments(roots)[0].id, language)
    window = make_window()
    window.resize(1024, 700)
    window.show_place("district")
    page = window.district_page
    qtbot.waitUntil(lambda: page.view is not None)
    qtbot.wait(1)
    return page


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [("en", "1 school in ", "2 schools in "), ("es", "1 escuela en ", "2 escuelas en ")],
)
def test_the_count_of_schools_says_one_school_and_two_schools(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots,  # type: ignore[no-untyped-def]
    language: str,
    one: str,
    two: str,
) -> None:
    demo.make_demo(roots, schools=1, years=2)
    page = open_district(qtbot, make_window, roots, language)
    assert page.status.text().startswith(one), page.status.text()
    demo.make_demo(roots, schools=1, years=2, seed=7, again=True)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.status.text().startswith(two), page.status.text()
    text = page.status.text()  # one rubric version: nothing said of versions
    assert "across versions" not in text and "entre versiones" not in text


@pytest.mark.parametrize("language", ["en", "es"])
def test_averages_always_have_one_decimal_in_the_language_s_mark(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots,  # type: ignore[no-untyped-def]
    language: str,
) -> None:
    """A school agreed on 3 everywhere has the average 3.0 (3,0), not "3", beside 2.5."""
    demo.make_demo(roots, schools=3, years=2)
    latest = assessments.list_assessments(roots)[0]
    loaded = assessments.load(roots, latest.id)
    for category in loaded.pack.categories:
        assessments.agree(roots, loaded, category.key, 3, "Agreed at the meeting")
        loaded = assessments.load(roots, latest.id)
    page = open_district(qtbot, make_window, roots, language)
    model = page.model
    average, change = model.columnCount() - 2, model.columnCount() - 1
    mark = re.escape(DECIMAL[language])
    averages = [model.index(r, average).data() for r in range(model.rowCount())]
    assert f"3{DECIMAL[language]}0" in averages
    assert all(re.fullmatch(rf"\d{mark}\d", text) for text in averages), averages
    changes = [model.index(r, change).data() for r in range(model.rowCount())]
    assert all(re.fullmatch(rf"(▲ \+|▼ −|= )\d{mark}\d", text) for text in changes), changes


@pytest.mark.parametrize("language", ["en", "es"])
def test_school_names_get_the_width_and_the_rubric_its_whole_name(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots,  # type: ignore[no-untyped-def]
    language: str,
) -> None:
    demo.make_demo(roots, schools=12, years=2)
    page = open_district(qtbot, make_window, roots, language)
    header = page.table.horizontalHeader()
    metrics = QFontMetrics(page.table.font())
    regions = {page.model.index(r, 1).data() for r in range(page.model.rowCount())}
    assert header.sectionSize(0) > 2 * header.sectionSize(1)
    title = page.model.headerData(1, Qt.Orientation.Horizontal)
    widest = max(metrics.horizontalAdvance(text) for text in (*regions, title))
    assert widest <= header.sectionSize(1) <= widest + 3 * metrics.horizontalAdvance("M")
    assert header.sectionSize(0) >= 200  # most school names whole at 1024x700
    assert page.table.horizontalScrollBar().maximum() == 0  # every column in view
    first = page.model.index(0, 0)
    assert first.data(Qt.ItemDataRole.ToolTipRole) == first.data()  # whole name, if shortened
    change = page.model.columnCount() - 1
    assert page.model.headerData(change, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)

    rubric = page.rubric
    option = QStyleOptionComboBox()
    rubric.initStyleOption(option)
    field = rubric.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, rubric
    )
    assert QFontMetrics(rubric.font()).horizontalAdvance(rubric.currentText()) <= field.width()
