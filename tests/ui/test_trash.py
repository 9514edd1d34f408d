"""Deleting from Home goes to the trash; File > Trash puts it back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from roots_app.services import demo, schools
from roots_app.ui.dialogs.trash import TrashDialog
from tests.ui.answers import click, drive
from tests.ui.conftest import WindowFactory


def test_a_school_moved_to_the_trash_and_put_back(
    qtbot: QtBot, make_window: WindowFactory, roots, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    demo.make_demo(roots, 2, 1, 8)
    roots.settings.language = "en"
    roots.save_settings()
    asked: list[QMessageBox] = []
    click(monkeypatch, "Move to trash", asked)
    window = make_window()
    window.show_place("home")
    home = window.home
    first = home.model.index(0, 0)
    name = first.data()
    home.tree.setCurrentIndex(first)
    qtbot.keyClick(home.delete_button, Qt.Key.Key_Space)
    assert name in asked[0].text() and "File > Trash" in asked[0].text()
    assert name not in {s.name for s in schools.list_schools(window.ctx.roots)}
    assert home.model.rowCount() == 1

    def put_back(dialog: TrashDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.table.rowCount() == 1
        assert dialog.table.item(0, 1).text() == name
        dialog.table.selectRow(0)
        qtbot.keyClick(dialog.restore_button, Qt.Key.Key_Space)
        assert dialog.table.rowCount() == 0
        return 0

    drive(monkeypatch, TrashDialog, put_back)
    window.trash_action.trigger()
    assert home.model.rowCount() == 2
    assert name in {s.name for s in schools.list_schools(window.ctx.roots)}
