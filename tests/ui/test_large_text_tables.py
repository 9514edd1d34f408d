"""Tables at 200 % text in a 1024x700 window (issue 18): the State report's section rows are
read without scrolling sideways, and District's two tables keep a usable height, the page
scrolling up and down instead of squeezing them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from roots_app.services import assessments, demo, state
from roots_app.ui import theme
from roots_app.ui.widgets.flow import SideBySide, flow_row
from roots_app.ui.widgets.wrapping_choice import WrappingCheck
from tests.exchange.state_files import result, write
from tests.ui.conftest import WindowFactory, remember
from tests.ui.screens import settle
from tests.ui.test_layout_walk import clipped

SMALL = (1024, 700)
LEA = "19647330000000"
ROWS = 8  # a usable table: at least this many lines of it in view


def scroll_area(widget: QWidget) -> QScrollArea | None:
    """The scrolling page holding ``widget``, if any."""
    holder = widget.parentWidget()
    while holder is not None and not isinstance(holder, QScrollArea):
        holder = holder.parentWidget()
    return holder


def section_problems(table: QAbstractItemView, rows: list[int]) -> list[str]:
    """Each section row's title, as wrapped in its cell, inside the part of the table in view
    (the table scrolled fully left, as it opens): not under the right edge, every line shown."""
    found = []
    room = table.viewport().width()
    style = table.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    for row in rows:
        index = table.model().index(row, 0)
        cell = table.visualRect(index)
        text = str(index.data())
        font = index.data(Qt.ItemDataRole.FontRole) or table.font()
        metrics = QFontMetrics(font)
        width = cell.width() - 2 * margin
        wrapped = metrics.boundingRect(
            QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text
        )
        widest_word = max(metrics.horizontalAdvance(word) for word in text.split())
        if cell.left() < 0 or cell.right() >= room:
            found.append(f"{text!r}: its cell runs from {cell.left()} to {cell.right()}, {room}")
        if widest_word > width:
            found.append(f"{text!r}: a word needs {widest_word} px, has {width}")
        if wrapped.height() > cell.height():
            found.append(f"{text!r}: needs {wrapped.height()} px of height, has {cell.height()}")
    return found


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("mapped", [False, True], ids=["own", "mapped"])
def test_the_state_reports_section_titles_are_read_without_scrolling_at_200_percent(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots,  # type: ignore[no-untyped-def]
    qapp: QApplication,
    language: str,
    mapped: bool,
    tmp_path: Path,
) -> None:
    rows = [result(LEA, "Los Angeles Unified", 2024, [2, 3, 3, 2, 5, 0, 1, 2, 3, 4, 5, 3], "x")]
    state.import_file(roots, write(tmp_path / "Pr32024.txt", 2024, rows), lea=LEA)
    roots.settings.language = language
    theme.Appearance(200, False, "light").store(roots.settings)
    roots.save_settings()
    try:
        window = make_window()
        window.resize(*SMALL)
        window.show_place("state")
        page = window.state_page
        page.mapped_box.setChecked(mapped)
        settle(qtbot)
        qtbot.wait(10)  # rows measured again once the columns settled
        table = page.table
        sections = [r for r in range(table.rowCount()) if table.item(r, 1) is None]
        assert len(sections) == 3, sections  # the LCFF rubric's three sections
        # The table itself is wider than its room at this size: read by scrolling sideways.
        assert table.horizontalScrollBar().maximum() > 0
        assert table.horizontalScrollBar().value() == 0
        problems = section_problems(table, sections)
        # Still the one table of the page, with its name, its rows chosen by keyboard.
        assert table.accessibleName()
        table.setFocus()
        table.setCurrentCell(sections[0] + 1, 0)
        qtbot.keyClick(table, Qt.Key.Key_Down)
        assert table.currentRow() == sections[0] + 2
        problems += clipped(table)
        # Back to 100 % as in Settings, the page shown: it once crashed Roots (in Spanish).
        theme.set_appearance(qapp, theme.Appearance(100, False, "light"))
        settle(qtbot)
        assert table.isVisible() and not page.views.visibleRegion().isEmpty()
    finally:
        theme.apply(qapp)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_state_reports_practices_keep_their_words_whole_at_200_percent(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots,  # type: ignore[no-untyped-def]
    qapp: QApplication,
    language: str,
    tmp_path: Path,
) -> None:
    """1366x800, the mapped column on: the Practice column's share of the width is wide enough
    for its heading, but not for "relationships" at 200 %; no word is cut to "relationshi…"."""
    rows = [result(LEA, "Los Angeles Unified", 2024, [2, 3, 3, 2, 5, 0, 1, 2, 3, 4, 5, 3], "x")]
    state.import_file(roots, write(tmp_path / "Pr32024.txt", 2024, rows), lea=LEA)
    roots.settings.language = language
    theme.Appearance(200, False, "light").store(roots.settings)
    roots.save_settings()
    try:
        window = make_window()
        window.resize(1366, 800)
        window.show_place("state")
        page = window.state_page
        page.mapped_box.setChecked(True)
        settle(qtbot)
        qtbot.wait(10)  # rows measured again once the columns settled
        table = page.table
        assert table.columnCount() == 6  # the mapped column shown
        problems = section_problems(table, list(range(table.rowCount())))
        assert table.accessibleName()
        table.setFocus()
        table.setCurrentCell(1, 0)
        qtbot.keyClick(table, Qt.Key.Key_Down)
        assert table.currentRow() == 2
        problems += clipped(table)
    finally:
        theme.apply(qapp)
    assert not problems, "\n".join(problems)


def _district_page(  # type: ignore[no-untyped-def]
    qtbot: QtBot,
    make_window: WindowFactory,
    roots,
    language: str,
    size: int,
    screen: tuple[int, int],
):
    """District on a sample of twelve schools in ``language``, at ``size`` % text, shown on a
    window of ``screen``, its year loaded. The caller restores the appearance (theme.apply)."""
    demo.make_demo(roots, schools=12, years=2, language=language)
    theme.Appearance(size, False, "light").store(roots.settings)
    remember(roots, assessments.list_assessments(roots)[0].id, language)
    window = make_window()
    window.resize(*screen)
    window.show_place("district")
    page = window.district_page
    qtbot.waitUntil(lambda: page.view is not None)
    settle(qtbot)
    return page


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("size", [100, 200])
def test_district_tables_keep_a_usable_height_on_a_small_screen(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots,  # type: ignore[no-untyped-def]
    qapp: QApplication,
    language: str,
    size: int,
) -> None:
    """1024x700: the schools' table shows at least eight schools and the categories' table
    eight lines; with 200 % text the page scrolls up and down to them, never sideways."""
    try:
        page = _district_page(qtbot, make_window, roots, language, size, SMALL)
        table, distribution = page.table, page.distribution
        line = QFontMetrics(table.font()).lineSpacing()
        assert table.rowHeight(0) >= line  # a school's row as tall as its text
        room = table.viewport().height()
        rows = range(table.model().rowCount())
        shown = sum(table.rowViewportPosition(r) + table.rowHeight(r) <= room for r in rows)
        assert shown >= ROWS, f"{shown} schools in view"
        assert distribution.viewport().height() >= ROWS * line
        area = scroll_area(table)
        assert area is not None and area is scroll_area(distribution)
        if size == 200:
            assert area.verticalScrollBar().maximum() > 0  # the page scrolls to the tables
            area.ensureWidgetVisible(distribution)
            settle(qtbot)
        problems = clipped(page)
        # The text size changed in Settings, the page shown: the tables keep their room.
        theme.set_appearance(qapp, theme.Appearance(300 - size, False, "light"))
        settle(qtbot)
        line = QFontMetrics(table.font()).lineSpacing()
        assert table.rowHeight(0) >= line
        assert distribution.viewport().height() >= ROWS * line
    finally:
        theme.apply(qapp)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("screen", [SMALL, (1366, 800)], ids=["1024x700", "1366x800"])
@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("size", [100, 200])
def test_district_shows_every_school_name_whole_on_a_small_screen(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots,  # type: ignore[no-untyped-def]
    qapp: QApplication,
    language: str,
    size: int,
    screen: tuple[int, int],
) -> None:
    """1024x700: a long school name ("Escuela Primaria Ruth Bader Ginsburg") wraps onto a
    second line, its row growing to fit, instead of ending in "…"; after sorting too. The
    table still shows eight schools at least. 1366x800 at 200 %: every column would fit, the
    names' a word a line; two lines at most, the table scrolling sideways instead."""
    try:
        page = _district_page(qtbot, make_window, roots, language, size, screen)
        table = page.table
        rows = list(range(table.model().rowCount()))
        metrics = QFontMetrics(table.font())
        lines = [table.rowHeight(r) // metrics.lineSpacing() for r in rows]
        assert max(lines) <= 2, lines
        if size == 200 and screen == SMALL:  # some names wider than their column: they must wrap
            widths = [metrics.horizontalAdvance(table.model().index(r, 0).data()) for r in rows]
            assert max(widths) > table.columnWidth(0), "no name to wrap: the test shows nothing"
        problems = section_problems(table, rows)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # the rows in another order
        settle(qtbot)
        problems += [f"sorted: {p}" for p in section_problems(table, rows)]
        longest = max((table.model().index(r, 0).data() for r in rows), key=len)
        page.name_filter.setText(longest.split()[-1])  # fewer rows, in yet another order
        settle(qtbot)
        found = list(range(table.model().rowCount()))
        assert 0 < len(found) < len(rows)
        problems += [f"found: {p}" for p in section_problems(table, found)]
        page.name_filter.clear()
        settle(qtbot)
        room = table.viewport().height()
        shown = sum(table.rowViewportPosition(r) + table.rowHeight(r) <= room for r in rows)
        assert shown >= ROWS, f"{shown} schools in view"
        assert table.accessibleName()
    finally:
        theme.apply(qapp)
    assert not problems, "\n".join(problems)


def test_side_by_side_gives_a_widths_height_whatever_its_width_now(qtbot: QtBot) -> None:
    """The State report's crosswalk row: a choice beside two buttons, or above them. The height
    it needs at a width must not depend on the width it has now: a scrolling page asks at two
    widths (with and without its scroll bar) and resizes to the answers."""
    row = SideBySide(spacing=16)
    qtbot.addWidget(row)
    choice, buttons = QVBoxLayout(), QVBoxLayout()
    choice.addWidget(WrappingCheck("Mostrar los equipos de CEI, PTA o Family Empowerment"))
    buttons.addWidget(flow_row(right=(QPushButton("Importar…"), QPushButton("Exportar…"))))
    row.add_column(choice, 1)
    row.add_column(buttons, 0, whole=True)
    row.show()
    layout = row.layout()
    wide, narrow = row.sizeHint().width() + 40, row.minimumSizeHint().width() + 40
    measured = []
    for width in (wide, narrow, wide):
        row.resize(width, layout.heightForWidth(width))
        settle(qtbot)
        measured.append((layout.heightForWidth(wide), layout.heightForWidth(narrow)))
    assert measured[0] == measured[1] == measured[2], measured
    assert measured[0][1] > measured[0][0]  # one under the other: taller
