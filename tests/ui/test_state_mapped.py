"""The State report with teams on other rubrics, mapped through the crosswalk, and the
crosswalk's import and export buttons (issue 19)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from roots_app.services import crosswalk
from roots_app.services.context import Roots
from roots_app.ui import messages
from roots_app.ui.main_window import MainWindow
from tests.dbdump import dump
from tests.services.test_state import LAUSD
from tests.services.test_state_mapped import _district
from tests.ui.answers import answer_boxes
from tests.ui.conftest import WindowFactory


def _cells(window: MainWindow, row: int) -> list[str]:
    table = window.state_page.table
    return [table.item(row, c).text() for c in range(table.columnCount())]


def _press(qtbot: QtBot, widget: object) -> None:
    widget.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(widget, Qt.Key.Key_Space)  # type: ignore[arg-type]


def test_teams_on_other_rubrics_shown_as_mapped_and_a_districts_own_crosswalk(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots: Roots,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _district(roots, tmp_path)
    roots.settings.language = "en"
    roots.settings.state_lea = LAUSD
    roots.save_settings()
    told: list[str] = []
    monkeypatch.setattr(messages, "inform", lambda _parent, text: told.append(text))
    window = make_window()
    window.show_place("state")
    page = window.state_page
    assert page.year.currentData() == "2023-24"
    assert page.table.columnCount() == 5  # not mapped until asked
    assert page.mapped_box.isEnabled() and not page.mapped_box.isChecked()

    _press(qtbot, page.mapped_box)
    assert page.table.columnCount() == 6
    assert page.table.horizontalHeaderItem(5).text() == "Other rubrics,\nmapped"
    # Practice 1: state 4, the LCFF team 2; PTA 3 and empowerment 5 mapped -> 4.
    assert _cells(window, 1)[1:] == ["4", "2", "+2", "–", "4\n(mapped)"]
    tip = page.table.item(1, 5).toolTip()
    assert tip == (
        "Mapped, not rated on this rubric: median of 2 teams on Family Empowerment (adapted), "
        "PTA National Standards"
    )
    assert _cells(window, 6)[5] == "–"  # practice 5: no team on another rubric speaks to it
    assert "Roots' own reading, not an official one" in page.status.text()
    assert "roots-crosswalk 1.0.0" in page.status.text()

    # Exported as it ships; changed by the district; a bad file first: a sentence, no change.
    exported = tmp_path / "ours.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(tmp_path / "ours"), ""))
    )
    _press(qtbot, page.crosswalk_export)
    assert exported.read_text(encoding="utf-8") == crosswalk.shipped()[1]
    assert told == [f"Saved the crosswalk as {exported}."]
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["links"][0]["pack"] = "no-such-pack"
    exported.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(exported), ""))
    )
    shown: list[tuple[str, str, str]] = []

    def answer(box: QMessageBox) -> None:
        shown.append((box.text(), box.informativeText(), box.detailedText()))

    answer_boxes(monkeypatch, answer)
    before = dump(roots)
    _press(qtbot, page.crosswalk_import)
    assert shown == [
        (
            "This file is not a valid crosswalk.",
            "Nothing was changed: the crosswalk in use stays. The details say where the file "
            "is wrong.",
            "links[0].pack: there is no rubric pack 'no-such-pack' installed",
        )
    ]
    assert dump(roots) == before
    # The district's reading: nothing from the PTA standards.
    data["links"][0]["pack"] = "cei-six-roots"
    data["links"] = [c for c in data["links"] if c["pack"] != "pta-national-standards"]
    data["version"] = "1.1.0"
    exported.write_text(json.dumps(data), encoding="utf-8")
    _press(qtbot, page.crosswalk_import)
    assert len(shown) == 1
    assert told[-1] == "Now using the crosswalk roots-crosswalk 1.1.0 from ours.json."
    assert _cells(window, 1)[5] == "5\n(mapped)"  # empowerment 5 alone
    assert "crosswalk imported here (roots-crosswalk 1.1.0)" in page.status.text()

    # Saved as a spreadsheet as shown: with the mapped columns, headed as mapped.
    table = tmp_path / "state.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(table), "")))
    _press(qtbot, page.export_button)
    head = table.read_text(encoding="utf-8-sig").splitlines()[0]
    assert head.endswith(',"Other rubrics, mapped (Roots\' crosswalk, not official)",Teams mapped')

    # In Spanish, by keyboard: unchecked, the column goes; the words are Spanish.
    window.ctx.set_language("es")
    qtbot.waitUntil(lambda: page.title.text() == "Informe estatal")
    assert page.table.horizontalHeaderItem(5).text() == "Otras rúbricas,\npor correspondencia"
    assert _cells(window, 1)[5] == "5\n(por correspondencia)"
    assert page.crosswalk_import.text() == "Importar correspondencia…"
    _press(qtbot, page.mapped_box)
    assert page.table.columnCount() == 5
    assert "correspondencia" not in page.status.text()
    window.ctx.set_language("en")
