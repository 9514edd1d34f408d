"""Settings > Backups: the list says what each backup holds; restoring one puts it back."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from roots_app.services import backups, schools
from tests.dbdump import dump
from tests.ui.answers import click
from tests.ui.conftest import WindowFactory


def test_restoring_a_backup_from_settings(
    qtbot: QtBot, make_window: WindowFactory, roots, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    schools.create_school(roots, "Escuela Dolores Huerta")
    roots.settings.language = "es"
    roots.save_settings()
    backups.take(roots, "daily", datetime(2026, 11, 20, 8, 30))
    saved = dump(roots)
    schools.create_school(roots, "Escuela añadida después")
    asked: list[QMessageBox] = []
    click(monkeypatch, "Restaurar esta copia", asked)
    window = make_window()
    window.show_place("settings")
    page = window.settings_page.backups
    assert page.isVisible()
    # Today's backup is taken after the first paint, in the background; the list shows it
    # when it is done.
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)
    rows = [[page.table.item(r, c).text() for c in range(4)] for r in range(page.table.rowCount())]
    # Today's daily backup (taken as the app started, 2 schools) and the one from the 20th.
    assert [r[1] for r in rows] == ["Diario", "Diario"]
    assert [r[2] for r in rows] == ["2", "1"]
    assert not page.restore_button.isEnabled()  # nothing chosen yet
    page.table.setFocus()
    page.table.selectRow(1)
    assert page.restore_button.isEnabled()
    qtbot.keyClick(page.restore_button, Qt.Key.Key_Space)
    assert "2026-11-20 08:30" in asked[0].text()
    assert dump(window.ctx.roots) == saved
    assert window.pages.currentWidget() is window.home
    assert [s.name for s in schools.list_schools(window.ctx.roots)] == ["Escuela Dolores Huerta"]
    kinds = [b.kind for b in backups.list_backups(window.ctx.roots)]
    assert "before-restore" in kinds  # what was there before can be put back too


def test_a_backup_without_an_index_is_described_in_the_background_when_the_list_opens(
    qtbot: QtBot, make_window: WindowFactory, roots
) -> None:  # type: ignore[no-untyped-def]
    schools.create_school(roots, "Escuela Dolores Huerta")
    roots.settings.language = "es"
    roots.save_settings()
    old = backups.take(roots, "daily", datetime(2026, 11, 20, 8, 30))
    assert old is not None
    index = old.with_name(old.name + ".json")
    index.unlink()  # as an older Roots left it
    window = make_window()
    qtbot.waitUntil(lambda: window.daily_backup is not None and window.daily_backup.done)
    window.show_place("settings")
    page = window.settings_page.backups
    row = next(r for r in range(page.table.rowCount()) if page.found[r].path == old)
    assert page.table.item(row, 2).text() in ("leyendo…", "1")  # read off the UI thread
    qtbot.waitUntil(lambda: page.table.item(row, 2).text() == "1")
    assert index.is_file()  # kept: the next listing does not read the backup
    page.table.selectRow(row)
    assert page.restore_button.isEnabled()
