"""Issue 5's journey on real widgets: the district view for a year, sorted by change; a school
opened to its years of progress with focus areas marked; both saved as spreadsheets in Spanish;
the numbers equal the command line's."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from roots_app.services import assessments, compare, demo, plans
from roots_app.ui.pages.progress import FOCUS_MARK
from tests.ui.conftest import WindowFactory, remember


def test_district_then_school_progress_then_spreadsheets(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    demo.make_demo(roots, schools=25, years=10, seed=31)
    infos = assessments.list_assessments(roots)
    latest = max(i.school_year for i in infos)
    remember(roots, infos[0].id, "es")
    window = make_window()
    window.show_place("district")
    page = window.district_page
    qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
    assert page.year.currentData() == latest
    assert page.model.rowCount() == 25

    change_column = page.model.columnCount() - 1
    page.table.horizontalHeader().setSortIndicator(change_column, Qt.SortOrder.DescendingOrder)
    changes = [
        page.model.index(r, change_column).data(Qt.ItemDataRole.UserRole + 10)
        for r in range(page.model.rowCount())
    ]
    assert changes == sorted(changes, reverse=True)
    top = page.model.index(0, 0)
    school_id = page.model.data(top, Qt.ItemDataRole.UserRole + 11)
    cli = compare.district_json(compare.district(window.ctx.roots, latest), "es")
    best = max(cli["schools"], key=lambda s: s["change"])
    assert best["change"] == pytest.approx(changes[0])

    page.name_filter.setFocus()
    qtbot.keyClicks(page.name_filter, top.data())
    assert 1 <= page.model.rowCount() < 25
    page.name_filter.clear()

    newest = next(i for i in infos if i.school_id == school_id and i.school_year == latest)
    plans.add_focus(window.ctx.roots, assessments.load(window.ctx.roots, newest.id), "inclusivity")
    page.table.setCurrentIndex(top)
    page.table.activated.emit(top)  # Enter or double-click on the row
    progress = window.progress_page
    assert window.pages.currentWidget() is progress
    assert progress.table.columnCount() == 1 + 10
    keys = [c.key for c in progress.view.progress.categories]
    cell = progress.table.item(keys.index("inclusivity") + 0, 10).text()
    assert FOCUS_MARK in cell
    first_key = keys[0]
    level = progress.view.progress.category(first_key).levels[latest]
    assert progress.table.item(0, 10).text().startswith(str(int(level)))

    progress.tabs.setCurrentIndex(1)
    assert progress.trend_view is not None
    progress.tabs.setCurrentIndex(2)
    assert [s.name() for s in progress.wheel.chart().series() if s.name()] == [
        progress.year_a.currentText(),
        progress.year_b.currentText(),
    ]

    saved = iter([tmp_path / "progreso.xlsx", tmp_path / "distrito.xlsx"])
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(next(saved)), ""))
    )
    progress.export_button.click()
    window.show_place("district")
    qtbot.waitUntil(lambda: page.view is not None)
    page.export_button.click()
    district_sheet = load_workbook(tmp_path / "distrito.xlsx").active
    assert district_sheet["A1"].value == "Escuela"
    assert district_sheet.max_row == 26
    progress_sheet = load_workbook(tmp_path / "progreso.xlsx").active
    assert progress_sheet["A1"].value == "Categoría"
    assert any("área de enfoque" in str(c.value) for row in progress_sheet.iter_rows() for c in row)
