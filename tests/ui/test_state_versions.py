"""The State report page after a district's new version of the LCFF pack (a practice renamed,
two merged), with teams on both versions: the state's practices keep their rows and titles, and
each teams' median from another version is marked † with words in its tooltip and the note, in
English and Spanish."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import QScatterSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from roots_app.services.context import Roots
from roots_app.ui import theme
from roots_app.ui.main_window import MainWindow
from tests.services.test_state import LAUSD
from tests.services.test_state_versions import lcff_across_versions
from tests.ui.conftest import WindowFactory

# Rows of the table: a section's title, then its practices.
FIRST, WELCOMING, STAFF, FAMILY = 1, 2, 11, 12


def _cells(window: MainWindow, row: int) -> list[str]:
    table = window.state_page.table
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_medians_from_another_version_marked_in_both_languages(
    qtbot: QtBot, make_window: WindowFactory, roots: Roots, tmp_path: Path
) -> None:
    lcff_across_versions(roots, tmp_path)
    roots.settings.language = "en"
    roots.settings.state_lea = LAUSD
    roots.save_settings()
    window = make_window()
    window.show_place("state")
    page = window.state_page
    assert page.year.currentData() == "2024-25"
    table = page.table
    assert _cells(window, WELCOMING)[0] == "2. Welcoming environments for all families"
    assert _cells(window, FIRST)[1:3] == ["5", "3.5"]  # same key on 2.0.0: not marked
    assert _cells(window, WELCOMING)[1:4] == ["3", "4 †", "−1"]
    assert _cells(window, STAFF)[1:3] == ["3", "2 †"]
    assert _cells(window, FAMILY)[1:3] == ["4", "3 †"]
    assert table.item(FIRST, 2).toolTip() == "Median of 2 teams"
    tip = table.item(WELCOMING, 2).toolTip()
    assert tip.startswith("Median of 3 teams. † Mapped: it takes levels agreed on another")
    said = table.item(WELCOMING, 2).data(Qt.ItemDataRole.AccessibleTextRole)
    assert said == f"4 †. {tip}"
    assert table.item(FIRST, 2).data(Qt.ItemDataRole.AccessibleTextRole) is None
    assert "† A teams' median marked so takes levels agreed on another version" in (
        page.status.text()
    )

    # The chart: the welcoming practice's 2024-25 median a hollow square, said in words.
    page.views.setCurrentIndex(1)
    chart = page.chart
    assert chart.isVisible() and chart.titles[1].text().startswith("2. Welcoming environments")
    drawn = chart.views[1].chart()
    scatter = [s for s in drawn.series() if isinstance(s, QScatterSeries)]
    hollow = [s for s in scatter if s.color() == QColor(theme.chart_colours().background)]
    assert [[(q.x(), q.y()) for q in s.points()] for s in hollow] == [[(1, 4)]]
    assert chart.views[1].accessibleDescription() == (
        "2023-24: state 3, teams 3; "
        "2024-25: state 3, teams 4 (mapped from another version of the LCFF pack)"
    )
    assert "Hollow squares: a teams' median that takes levels agreed on another" in (
        chart.key.text()
    )
    first = [s for s in chart.views[0].chart().series() if isinstance(s, QScatterSeries)]
    assert len(first) == 2  # practice 1: filled squares and round points only
    page.views.setCurrentIndex(0)

    page.year.setCurrentIndex(page.year.findData("2023-24"))  # one version that year
    assert _cells(window, WELCOMING)[2] == "3"
    assert "†" not in page.status.text()
    assert table.item(WELCOMING, 2).toolTip() == "Median of 2 teams"

    window.ctx.set_language("es")
    page.year.setCurrentIndex(page.year.findData("2024-25"))
    assert _cells(window, WELCOMING)[0] == "2. Ambientes acogedores para todas las familias"
    assert _cells(window, WELCOMING)[2] == "4 †"
    assert table.item(WELCOMING, 2).toolTip().startswith("Mediana de 3 equipos. † Por ")
    assert "† Una mediana de los equipos marcada así" in page.status.text()
    assert "Cuadrados huecos: una mediana de los equipos que toma niveles" in page.chart.key.text()
    window.ctx.set_language("en")
