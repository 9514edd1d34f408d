"""Issue 18: table column headings read whole at any text size and in either language
(widgets/table_headers.py), and the pages look as before where their headings already fit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QHeaderView, QTableWidget
from pytestqt.qtbot import QtBot

from roots_app.ui import theme
from roots_app.ui.widgets.table_headers import fit_headings, heading_width
from tests.ui.conftest import WindowFactory
from tests.ui.screens import open_window, settle
from tests.ui.test_layout_walk import header_problems

Mode = QHeaderView.ResizeMode


@pytest.fixture
def default_look(qapp: QApplication) -> Iterator[None]:
    yield
    theme.apply(qapp)


def _table(qtbot: QtBot, width: int) -> QTableWidget:
    table = QTableWidget(2, 3)
    qtbot.addWidget(table)
    table.setHorizontalHeaderLabels(["School, team or year", "Updated", "Unchanged"])
    table.setSortingEnabled(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, Mode.Stretch)
    header.resizeSection(1, 40)
    header.resizeSection(2, 300)
    table.resize(width, 200)
    table.show()
    qtbot.waitExposed(table)
    return table


def test_a_sized_column_grows_for_its_heading_and_gets_its_width_back(qtbot: QtBot) -> None:
    table = _table(qtbot, 900)
    header = table.horizontalHeader()
    assert header_problems(header) != []
    fit_headings(table)
    settle(qtbot)
    assert header_problems(header) == []
    assert header.sectionSize(1) == heading_width(header, 1) > 40
    assert header.sectionSize(2) == 300  # wide enough already: as the page made it
    # Larger text: wider still; smaller again: the page's own width.
    big = QFont(header.font())
    big.setPointSizeF(2 * big.pointSizeF())
    header.setFont(big)
    settle(qtbot)
    assert header_problems(header) == []
    assert header.sectionSize(1) == heading_width(header, 1)
    small = QFont(big)
    small.setPointSizeF(2)
    header.setFont(small)
    settle(qtbot)
    assert header.sectionSize(1) == 40 and header.sectionSize(2) == 300
    # A width the page sets itself is its own from then on.
    header.setFont(big)
    settle(qtbot)
    header.resizeSection(1, 500)
    header.setFont(small)
    settle(qtbot)
    assert header.sectionSize(1) == 500


def test_a_stretching_column_too_narrow_for_its_heading_scrolls_sideways(qtbot: QtBot) -> None:
    table = _table(qtbot, 420)
    header = table.horizontalHeader()
    fit_headings(table)
    settle(qtbot)
    assert header_problems(header) == []
    assert header.sectionResizeMode(0) == Mode.Interactive
    assert table.horizontalScrollBar().maximum() > 0  # what is past the edge can be reached
    table.resize(1200, 200)  # room again: it stretches over the free width, as before
    settle(qtbot)
    assert header.sectionResizeMode(0) == Mode.Stretch
    assert table.horizontalScrollBar().maximum() == 0
    assert header.sectionSize(0) > heading_width(header, 0)
    # The page choosing another mode for it is not undone.
    table.resize(420, 200)
    settle(qtbot)
    header.setSectionResizeMode(0, Mode.ResizeToContents)
    table.resize(1200, 200)
    settle(qtbot)
    assert header.sectionResizeMode(0) == Mode.ResizeToContents


@pytest.mark.slow
def test_headings_follow_the_text_size_and_language_chosen_while_the_app_runs(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots,  # type: ignore[no-untyped-def]
    qapp: QApplication,
    default_look: None,
) -> None:
    """100 % in English, then 200 % from Settings, then Spanish, then 100 % again: the
    headings of the home tree and the District table stay whole; back at 100 % in English,
    every column is as wide as before."""
    window = open_window(qtbot, make_window, roots, "en")
    views = {"home": window.home.tree, "district": window.district_page.table}

    def widths() -> dict[str, list[int]]:
        found = {}
        for place, view in views.items():
            window.show_place(place)
            if place == "district":
                qtbot.waitUntil(lambda: window.district_page.view is not None)
            settle(qtbot)
            header = view.horizontalHeader() if place == "district" else view.header()
            assert header_problems(header) == [], place
            found[place] = [header.sectionSize(i) for i in range(header.count())]
        return found

    before = widths()
    theme.set_appearance(qapp, theme.Appearance(200, False, "light"))
    large = widths()
    assert large != before
    window.ctx.set_language("es")
    widths()
    window.ctx.set_language("en")
    theme.set_appearance(qapp, theme.Appearance(100, False, "light"))
    assert widths() == before
