"""Issue 19 in the app: File > Import the state's Priority 3 file, and the State report page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from roots_app.domain.people import Role
from roots_app.services import assessments, schools, state
from roots_app.services.context import Roots
from roots_app.ui import messages
from roots_app.ui.dialogs.state_import import StateImportDialog
from roots_app.ui.main_window import PLACES, MainWindow
from tests.dbdump import dump
from tests.exchange.state_files import result, write
from tests.ui.answers import answer_boxes, drive
from tests.ui.conftest import WindowFactory

LAUSD, ACOE = "19647330000000", "01100170000000"


def _file(folder: Path, year: int, first: int) -> Path:
    rows = [
        result(LAUSD, "Los Angeles Unified", year, [first, 3, 3, 2, 5, 0, 1, 2, 3, 4, 5, 3], "x"),
        result(ACOE, "Alameda County Office of Education", year, [3] * 12, "county"),
    ]
    return write(folder / f"Pr3{year}.txt", year, rows)


def _teams(roots: Roots) -> None:
    """Two LAUSD schools whose teams agreed 2 and 4 on practice 1 in 2023-24: median 3."""
    for name, level in (("North", 2), ("South", 4)):
        school = schools.create_school(roots, name)
        state.set_school_lea(roots, school, LAUSD)
        team = schools.create_team(roots, school, "FAT", [("Ana", Role.FAMILY)])
        member = schools.get_team(roots, team).members[0].id
        found = assessments.start(roots, team, "lcff-priority-3", "2023-24", [member])
        loaded = assessments.load(roots, found)
        assessments.agree(roots, loaded, loaded.pack.categories[0].key, level, "")


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(messages, "inform", lambda _parent, text: said.append(text))
    return said


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(path), "")))


def _cells(window: MainWindow, row: int) -> list[str]:
    table = window.state_page.table
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_importing_one_leas_row_by_keyboard_then_its_report(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots: Roots,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[str],
) -> None:
    state.import_file(roots, _file(tmp_path, 2023, 2), lea=LAUSD)  # 2022-23: practice 1 at 2
    _teams(roots)
    roots.settings.language = "en"
    roots.save_settings()
    seen: dict[str, object] = {}

    def fill(dialog: StateImportDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        seen["facts"] = dialog.facts.text()
        seen["every row"] = dialog.summary.text()
        assert dialog.every_row.isChecked()  # nothing remembered yet
        dialog.only_one.setFocus()
        qtbot.keyClick(dialog.only_one, Qt.Key.Key_Space)
        assert dialog.only_one.isChecked() and dialog.focusWidget() is dialog.cds
        assert not dialog.import_button.isEnabled()
        qtbot.keyClicks(dialog.cds, "19000000000000")
        seen["unknown"] = dialog.summary.text()
        assert not dialog.import_button.isEnabled()
        dialog.cds.clear()
        qtbot.keyClicks(dialog.cds, LAUSD)
        seen["one"] = dialog.summary.text()
        qtbot.keyClick(dialog.cds, Qt.Key.Key_Return)  # Import is the default button
        return dialog.result()

    drive(monkeypatch, StateImportDialog, fill)
    _choose_file(monkeypatch, _file(tmp_path, 2024, 4))
    window = make_window()
    window.import_state_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)

    assert seen["facts"] == "Pr32024.txt: the state's layout of 2023-2025, 2 rows."
    assert seen["every row"] == "New: 2 · updated: 0 · unchanged: 0."
    assert seen["unknown"] == "This file has no row for the CDS code 19000000000000."
    assert seen["one"] == "Los Angeles Unified — New: 1 · updated: 0 · unchanged: 0."
    assert told == ["Imported the state's file: 1 new, 0 updated, 0 unchanged."]
    assert [lea.cds_code for lea in state.list_leas(roots)] == [LAUSD]  # only its row
    assert window.ctx.roots.settings.state_lea == LAUSD  # remembered for next year's file
    page = window.state_page
    assert window.pages.currentWidget() is page
    assert window.sidebar.currentRow() == PLACES.index("state")
    assert page.lea.currentData() == LAUSD and page.year.currentData() == "2023-24"
    assert page.result.text() == "2023-24: Met · board meeting: Friday, June 21, 2024"
    table = page.table
    assert table.item(0, 0).text() == "Building Relationships Between School Staff and Families"
    assert table.columnSpan(0, 0) == table.columnCount()  # the section's heading row
    title = _cells(window, 1)[0]
    # State 4, teams' median of 2 and 4 = 3, difference +1, state change since 2022-23: +2.
    assert _cells(window, 1)[1:] == ["4", "3", "+1", "▲ +2"]
    assert title.startswith("1. ")
    assert _cells(window, 6)[1:] == ["5", "–", "–", "= 0"]  # practice 5: no team assessed it
    assert _cells(window, 7)[1] == "–"  # practice 6: the state's 0, "no rating"

    # By keyboard: the year before, where the teams did not assess.
    page.year.setFocus()
    qtbot.keyClick(page.year, Qt.Key.Key_Down)
    assert page.year.currentData() == "2022-23"
    assert _cells(window, 1)[1:] == ["2", "–", "–", "–"]

    # The same file again, with the remembered LEA offered: Enter imports, nothing changes.
    def again(dialog: StateImportDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.only_one.isChecked() and dialog.cds.text() == LAUSD
        seen["again"] = dialog.summary.text()
        qtbot.keyClick(dialog.cds, Qt.Key.Key_Return)
        return dialog.result()

    drive(monkeypatch, StateImportDialog, again)
    before = dump(roots)
    window.import_state_action.trigger()
    qtbot.waitUntil(lambda: len(told) == 2, timeout=30_000)
    assert seen["again"] == "Los Angeles Unified — New: 0 · updated: 0 · unchanged: 1."
    assert told[-1] == "Imported the state's file: 0 new, 0 updated, 1 unchanged."
    assert dump(roots) == before

    # The language changed while the page is shown: every word of it follows.
    window.ctx.set_language("es")
    qtbot.waitUntil(lambda: page.title.text() == "Informe estatal")
    assert page.result.text().startswith("2022-23: Cumplido · reunión de la junta: ")
    assert page.table.item(0, 0).text().startswith("Construcción de relaciones")
    assert page.table.horizontalHeaderItem(0).text() == "Práctica"
    window.ctx.set_language("en")


def test_the_state_report_in_spanish_empty_then_a_bad_file_said_in_spanish(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots: Roots,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    schools.create_school_with_team(roots, "Norte", "FAT", [("Ana", Role.FAMILY)])
    roots.settings.language = "es"
    roots.save_settings()
    window = make_window()
    window.show_place("home")
    window.sidebar.setFocus()
    for _ in range(len(PLACES)):  # by keyboard, past the places that need an assessment
        if window.sidebar.currentRow() == PLACES.index("state"):
            break
        qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    page = window.state_page
    assert window.pages.currentWidget() is page
    assert window.sidebar.currentItem().text() == "Informe estatal"
    assert page.title.text() == "Informe estatal"
    assert page.empty.isVisible() and not page.table.isVisible()
    assert "Importe el archivo de Prioridad 3 del estado" in page.empty.text()
    assert not page.export_button.isEnabled() and not page.lea.isEnabled()
    for widget in (page.import_button, page.table, page.lea, page.year, page.export_button):
        assert widget.accessibleName() or widget.text()  # type: ignore[attr-defined]

    bad = tmp_path / "Pr32024.txt"
    bad.write_text("cdsCode|lea|priorityNumber|year\r\n19647330000000|LA|3|2024\r\n")
    _choose_file(monkeypatch, bad)
    shown: list[tuple[str, str, str]] = []

    def answer(box: QMessageBox) -> None:
        shown.append((box.text(), box.informativeText(), box.detailedText()))
        box.buttons()[0].click()

    answer_boxes(monkeypatch, answer)
    before = dump(roots)
    page.import_button.setFocus()
    qtbot.keyClick(page.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    what, next_step, detail = shown[0]
    assert what == "Este archivo no se puede importar como el archivo de Prioridad 3 del estado."
    assert next_step.startswith("No se cambió nada.")
    assert "missing" in detail  # the English detail says which columns are missing
    assert dump(roots) == before

    # A good file: the report in Spanish, numbers and the result in Spanish.
    state.import_file(roots, _file(tmp_path, 2024, 4), lea=LAUSD)
    window.show_place("state")
    assert page.lea.isEnabled() and page.table.isVisible()
    assert page.result.text().startswith("2023-24: Cumplido · reunión de la junta: ")
    assert page.table.horizontalHeaderItem(1).text() == "Nivel\nestatal"
    assert _cells(window, 1)[1:] == ["4", "–", "–", "–"]

    # Saved as a spreadsheet in the language on screen.
    saved = tmp_path / "informe.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(saved), "")))
    page.export_button.setFocus()
    qtbot.keyClick(page.export_button, Qt.Key.Key_Space)
    head = saved.read_bytes().decode("utf-8-sig").splitlines()[0]
    assert head.startswith("Año escolar,Práctica,Nivel estatal,Mediana de los equipos")
    assert page.status.text() == f"Se guardó {saved}"
