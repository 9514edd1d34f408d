"""A plan PDF that no viewer opened still says where it was saved (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from roots_app.ui.dialogs.export_pdf import ExportPdfDialog
from tests.ui.answers import answer_boxes, drive
from tests.ui.conftest import WindowFactory, remember


@pytest.mark.parametrize("choice", ["yes", "no"])
def test_a_plan_no_viewer_opened_says_where_it_is(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots,
    assessment_id: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    choice: str,
) -> None:
    remember(roots, assessment_id)
    roots.settings.open_after_export = choice
    roots.save_settings()
    target = tmp_path / "out" / "plan.pdf"
    target.parent.mkdir()
    asked: list[str] = []
    shown: list[str] = []

    def accept(dialog: ExportPdfDialog) -> int:
        dialog._accept()
        return dialog.result()

    def no_viewer(url) -> bool:  # type: ignore[no-untyped-def]
        asked.append(url.toLocalFile())
        return False  # what Qt answers when the system has no program for the file

    def read_and_show_folder(box: QMessageBox) -> int:
        shown.append(f"{box.text()} {box.informativeText()}")
        next(b for b in box.buttons() if "folder" in b.text()).click()
        return 0

    drive(monkeypatch, ExportPdfDialog, accept)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(no_viewer))
    answer_boxes(monkeypatch, read_and_show_folder)
    window = make_window()
    window.show_place("plan")
    qtbot.keyClick(window.plan_page.pdf_button, Qt.Key.Key_Space)
    assert target.read_bytes().startswith(b"%PDF")
    assert shown == [f"The plan was saved. It is in {target}"]
    tried = [str(target)] if choice == "yes" else []
    assert asked == [*tried, str(target.parent)]  # then "Show the folder" opened its folder
