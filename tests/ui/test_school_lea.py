"""Link a school to its LEA in the app (issue 19): Home > Change school…, by keyboard, in both
languages; a bad CDS code gets a sentence and nothing is saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from roots_app.services import assessments, demo, schools, state
from roots_app.services.context import Roots
from roots_app.ui.dialogs.school_team import SchoolTeamDialog
from roots_app.ui.main_window import MainWindow
from tests.exchange.state_files import result, write
from tests.ui.conftest import WindowFactory, remember

LAUSD, ACOE = "19647330000000", "01100170000000"
OWN = "19647336018634"


def _work_dialog(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, fill) -> list[SchoolTeamDialog]:  # type: ignore[no-untyped-def]
    """The real dialog, shown and worked by ``fill`` as a person would, instead of its modal
    loop; returns the dialogs seen."""
    seen: list[SchoolTeamDialog] = []

    def exec_(dialog: SchoolTeamDialog) -> int:
        seen.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        fill(dialog)
        dialog.hide()
        return dialog.result()

    monkeypatch.setattr(SchoolTeamDialog, "exec", exec_)
    return seen


def _select_school(window: MainWindow, name: str) -> None:
    home = window.home
    model = home.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    home.tree.setCurrentIndex(model.index(row, 0))


def test_changing_a_schools_lea_and_cds_code_by_keyboard_in_spanish(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots: Roots,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    demo.make_demo(roots, schools=2, years=1, seed=45)
    rows = [
        result(LAUSD, "Los Angeles Unified", 2024, [3] * 12),
        result(ACOE, "Alameda County Office of Education", 2024, [2] * 12),
    ]
    state.import_file(roots, write(tmp_path / "Pr32024.txt", 2024, rows))
    school = schools.list_schools(roots)[0]
    remember(roots, assessments.list_assessments(roots)[0].id, "es")
    window = make_window()
    window.show_place("home")
    _select_school(window, school.name)
    button = window.home.edit_school_button
    assert button.text() == "Cambiar escuela…" and button.isEnabled()
    said: dict[str, object] = {}

    def fill(dialog: SchoolTeamDialog) -> None:
        said["title"] = dialog.windowTitle()
        said["choices"] = [dialog.lea.itemText(i) for i in range(dialog.lea.count())]
        assert not dialog.members.isVisibleTo(dialog) and not dialog.team_name.isVisibleTo(dialog)
        dialog.lea.setFocus()
        for _ in range(dialog.lea.findData(LAUSD)):
            qtbot.keyClick(dialog.lea, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.lea, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.cds
        qtbot.keyClicks(dialog.cds, "1964733")  # half a code: a sentence, not saved
        qtbot.keyClick(dialog.cds, Qt.Key.Key_Return)
        said["error"] = dialog.error.text()
        said["saved while open"] = state.school_links(roots, school.id)[1:]
        assert dialog.isVisible() and dialog.focusWidget() is dialog.cds
        qtbot.keyClicks(dialog.cds, "6018634")
        qtbot.keyClick(dialog.cds, Qt.Key.Key_Return)

    seen = _work_dialog(monkeypatch, qtbot, fill)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert len(seen) == 1 and seen[0].result() == QDialog.DialogCode.Accepted
    assert said["title"] == f"Cambiar la escuela {school.name}"
    assert said["choices"] == [
        "Sin LEA",
        "Alameda County Office of Education (01100170000000)",
        "Los Angeles Unified (19647330000000)",
    ]
    assert said["error"] == (
        "“1964733” no es un código CDS: escriba sus 14 dígitos, como 19647330000000, o déjelo "
        "vacío. No se guardó nada."
    )
    assert said["saved while open"] == (None, None)
    _, lea, own = state.school_links(roots, school.id)
    assert (lea and lea.cds_code, own) == (LAUSD, OWN)

    def clear(dialog: SchoolTeamDialog) -> None:  # opens with what is saved; back to none
        said["opened with"] = (dialog.lea.currentData(), dialog.cds.text())
        dialog.lea.setFocus()
        qtbot.keyClick(dialog.lea, Qt.Key.Key_Home)
        dialog.cds.setFocus()
        dialog.cds.selectAll()
        qtbot.keyClick(dialog.cds, Qt.Key.Key_Delete)
        qtbot.keyClick(dialog.cds, Qt.Key.Key_Return)

    seen = _work_dialog(monkeypatch, qtbot, clear)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert said["opened with"] == (LAUSD, OWN)
    assert state.school_links(roots, school.id)[1:] == (None, None)


def test_without_leas_the_choice_is_off_with_a_hint_and_escape_saves_nothing_in_english(
    qtbot: QtBot, make_window: WindowFactory, roots: Roots, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo.make_demo(roots, schools=1, years=1, seed=46)
    school = schools.list_schools(roots)[0]
    remember(roots, assessments.list_assessments(roots)[0].id, "en")
    window = make_window()
    window.show_place("home")
    _select_school(window, school.name)
    said: dict[str, object] = {}

    def fill(dialog: SchoolTeamDialog) -> None:
        said["lea on"] = dialog.lea.isEnabled()
        said["hint"] = dialog.lea_hint.text() if dialog.lea_hint.isVisibleTo(dialog) else ""
        dialog.cds.setFocus()
        qtbot.keyClicks(dialog.cds, OWN)
        qtbot.keyClick(dialog.cds, Qt.Key.Key_Escape)

    _work_dialog(monkeypatch, qtbot, fill)
    qtbot.keyClick(window.home.edit_school_button, Qt.Key.Key_Space)
    assert said["lea on"] is False
    assert str(said["hint"]).startswith("LEAs come from the state's Priority 3 file")
    assert state.school_links(roots, school.id)[1:] == (None, None)
