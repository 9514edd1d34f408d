"""The State report's chart per section over the years (issue 19), by keyboard, in both
languages and in the dark look: the state's level and the teams' median of each practice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QLineSeries, QScatterSeries
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from roots_app.domain.people import Role
from roots_app.services import assessments, rubrics, schools, state
from roots_app.services.context import Roots
from roots_app.ui import theme
from roots_app.ui.widgets.state_chart import runs
from tests.exchange.state_files import result, write
from tests.ui.conftest import WindowFactory

LAUSD = "19647330000000"


@pytest.fixture
def default_look(qapp: QApplication) -> Iterator[None]:
    yield
    theme.apply(qapp)


def _data(roots: Roots, folder: Path, language: str, scheme: str = "system") -> None:
    """Three years of LAUSD's reports; practice 1 at 1, 2, 4; practice 6 at 2, none (0), 3.
    In 2023-24 two LAUSD teams agreed 2 and 4 on practice 1: median 3."""
    for year, first, sixth in ((2022, 1, 2), (2023, 2, 0), (2024, 4, 3)):
        levels = [first, 3, 3, 2, 5, sixth, 1, 2, 3, 4, 5, 3]
        path = write(folder / f"Pr3{year}.txt", year, [result(LAUSD, "LA Unified", year, levels)])
        state.import_file(roots, path)
    for name, level in (("North", 2), ("South", 4)):
        school = schools.create_school(roots, name)
        state.set_school_lea(roots, school, LAUSD)
        team = schools.create_team(roots, school, "FAT", [("Ana", Role.FAMILY)])
        member = schools.get_team(roots, team).members[0].id
        found = assessments.start(roots, team, "lcff-priority-3", "2023-24", [member])
        loaded = assessments.load(roots, found)
        assessments.agree(roots, loaded, loaded.pack.categories[0].key, level, "")
    roots.settings.language = language
    roots.settings.state_lea = LAUSD
    roots.settings.colour_scheme = scheme
    roots.save_settings()


def _points(chart, kind: type) -> list[list[QPointF]]:  # type: ignore[no-untyped-def]
    return [s.points() for s in chart.series() if type(s) is kind]


def test_runs_break_at_a_year_without_a_value() -> None:
    assert runs([1, None, 3, 4, None]) == [[(0, 1)], [(2, 3), (3, 4)]]
    assert runs([None, None]) == []


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_section_over_the_years_by_keyboard(
    qtbot: QtBot, make_window: WindowFactory, roots: Roots, tmp_path: Path, language: str
) -> None:
    _data(roots, tmp_path, language)
    pack, _ = rubrics.find(roots, "lcff-priority-3")
    window = make_window()
    window.resize(1024, 700)
    window.show_place("state")
    page = window.state_page
    assert not page.chart.isVisible()  # the table's tab first
    page.views.tabBar().setFocus()
    qtbot.keyClick(page.views.tabBar(), Qt.Key.Key_Right)
    chart = page.chart
    assert chart.isVisible()
    tab = {"es": "Gráfico por años", "en": "Chart over the years"}[language]
    assert page.views.tabText(1) == tab
    sections = [chart.section.itemText(i) for i in range(chart.section.count())]
    assert sections == [s.title[language] for s in pack.sections]
    first = pack.categories[0]
    assert chart.titles[0].text() == f"1. {first.title[language]}"
    assert len([v for v in chart.views if v.isVisible()]) == 4
    drawn = chart.views[0].chart()
    years = list(drawn.axes(Qt.Orientation.Horizontal)[0].categoriesLabels())
    assert years == ["2021-22", "2022-23", "2023-24"]
    # The teams' median: one point (drawn first); the state's level: one line through the
    # three years, on top.
    assert _points(drawn, QLineSeries) == [
        [QPointF(2, 3)],
        [QPointF(0, 1), QPointF(1, 2), QPointF(2, 4)],
    ]
    markers = [s.markerShape() for s in drawn.series() if isinstance(s, QScatterSeries)]
    assert markers == [
        QScatterSeries.MarkerShape.MarkerShapeRectangle,
        QScatterSeries.MarkerShape.MarkerShapeCircle,
    ]
    dashed = [s.pen().style() for s in drawn.series() if type(s) is QLineSeries]
    assert dashed == [Qt.PenStyle.DashLine, Qt.PenStyle.SolidLine]
    said = {
        "es": (
            f"1. {first.title['es']} a lo largo de los años",
            "2021-22: estado 1, equipos –; 2022-23: estado 2, equipos –; "
            "2023-24: estado 4, equipos 3",
        ),
        "en": (
            f"1. {first.title['en']} over the years",
            "2021-22: state 1, teams –; 2022-23: state 2, teams –; 2023-24: state 4, teams 3",
        ),
    }[language]
    assert (chart.views[0].accessibleName(), chart.views[0].accessibleDescription()) == said
    assert chart.section.accessibleName() and chart.accessibleName()

    chart.section.setFocus()
    qtbot.keyClick(chart.section, Qt.Key.Key_Down)  # the second section: practices 5 to 8
    assert chart.titles[0].text().startswith("5. ")
    sixth = chart.views[1].chart()
    # No rating in 2022-23 (the state's 0): the line breaks there, it does not join 2 and 3.
    assert _points(sixth, QLineSeries) == [[QPointF(0, 2)], [QPointF(2, 3)]]
    assert _points(sixth, QScatterSeries) == [[QPointF(0, 2)], [QPointF(2, 3)]]


def test_the_chart_takes_the_dark_look(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots: Roots,
    tmp_path: Path,
    default_look: None,
) -> None:
    _data(roots, tmp_path, "en", scheme="dark")
    window = make_window()
    window.show_place("state")
    page = window.state_page
    page.views.setCurrentIndex(1)
    drawn = page.chart.views[0].chart()
    dark = theme.chart_colours(dark=True)
    assert drawn.backgroundBrush().color() == QColor(dark.background)
    lines = [s.pen().color() for s in drawn.series() if type(s) is QLineSeries]
    assert lines == [QColor(dark.lowest), QColor(dark.agreed)]
    axis = drawn.axes(Qt.Orientation.Vertical)[0]
    assert axis.labelsBrush().color() == QColor(dark.text)


@pytest.mark.parametrize("size", [100, 200])
def test_every_level_label_has_room_at_any_text_size(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots: Roots,
    tmp_path: Path,
    default_look: None,
    size: int,
) -> None:
    """QtCharts writes a level's label as "…" when the levels are closer than its text is
    tall: each small chart keeps a line and a half of height per level."""
    from PySide6.QtGui import QFontMetrics

    _data(roots, tmp_path, "es")
    roots.settings.text_size = size
    roots.save_settings()
    window = make_window()
    window.resize(1024, 700)
    window.show_place("state")
    page = window.state_page
    page.views.setCurrentIndex(1)
    chart = page.chart
    qtbot.waitUntil(lambda: any(v.isVisible() for v in chart.views))
    for chart_view in [v for v in chart.views if v.isVisible()]:
        drawn = chart_view.chart()
        axis = drawn.axes(Qt.Orientation.Vertical)[0]
        line = QFontMetrics(axis.labelsFont()).height()
        levels = len(axis.categoriesLabels())
        assert drawn.plotArea().height() / levels >= 1.5 * line, (size, drawn.plotArea())
