"""Every question Roots asks has buttons that say what they do (issue 12): "Move to trash",
"Remove for good", "Keep mine", never Yes, No or OK; in English and in Spanish. What cannot
be undone has Cancel as its default, so a hurried Enter loses nothing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from roots_app.services import demo, schools, trash
from roots_app.services.backups import Backup
from roots_app.ui import messages
from roots_app.ui.dialogs import stale_edit
from roots_app.ui.dialogs.import_preview import ImportPreviewDialog
from roots_app.ui.dialogs.trash import TrashDialog
from tests.ui.answers import VAGUE, button_texts, click, drive
from tests.ui.conftest import WindowFactory, conflict_preview

WORDS = {
    "en": {
        "cancel": "Cancel",
        "trash": "Move to trash",
        "remove": "Remove for good",
        "empty": "Empty the trash",
        "mine": "Keep mine",
        "theirs": "Use theirs",
        "continue": "Continue",
        "import": "Import",
        "all_mine": "Keep all of mine",
    },
    "es": {
        "cancel": "Cancelar",
        "trash": "Mover a la papelera",
        "remove": "Eliminar definitivamente",
        "empty": "Vaciar la papelera",
        "mine": "Conservar lo mío",
        "theirs": "Usar lo de la otra persona",
        "continue": "Continuar",
        "import": "Importar",
        "all_mine": "Conservar todas las mías",
    },
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_trash_questions_say_what_each_button_does(
    qtbot: QtBot, make_window: WindowFactory, roots, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:  # type: ignore[no-untyped-def]
    words = WORDS[language]
    demo.make_demo(roots, 3, 1, 8)
    roots.settings.language = language
    roots.save_settings()
    window = make_window()
    window.show_place("home")
    home = window.home
    home.tree.setCurrentIndex(home.model.index(0, 0))
    names = {s.name for s in schools.list_schools(window.ctx.roots)}

    click(monkeypatch, words["cancel"])  # changed their mind: nothing moves
    home.move_to_trash()
    assert {s.name for s in schools.list_schools(window.ctx.roots)} == names
    asked: list[QMessageBox] = []
    click(monkeypatch, words["trash"], asked)
    home.move_to_trash()
    assert len(schools.list_schools(window.ctx.roots)) == len(names) - 1
    assert asked[0].defaultButton().text().replace("&", "") == words["trash"]  # it can be undone
    home.tree.setCurrentIndex(home.model.index(0, 0))
    home.move_to_trash()
    assert len(trash.items(window.ctx.roots)) == 2

    def remove_one_then_empty(dialog: TrashDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.table.selectRow(0)
        seen: list[QMessageBox] = []
        click(monkeypatch, words["remove"], seen)
        dialog.remove()
        assert dialog.table.rowCount() == 1
        click(monkeypatch, words["empty"], seen)
        dialog.empty()
        assert dialog.table.rowCount() == 0
        for box in seen:  # cannot be undone: Cancel is what Enter presses
            assert box.defaultButton().text().replace("&", "") == words["cancel"]
            assert box.icon() is QMessageBox.Icon.Warning
        return 0

    drive(monkeypatch, TrashDialog, remove_one_then_empty)
    window.trash_action.trigger()
    assert trash.items(window.ctx.roots) == []


@pytest.mark.parametrize("language", ["en", "es"])
def test_stale_edit_and_restored_backup_buttons(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    words = WORDS[language]
    roots.settings.language = language
    roots.save_settings()
    window = make_window()
    seen: list[QMessageBox] = []
    click(monkeypatch, words["theirs"], seen)
    assert stale_edit.ask(window, "Someone else saved", "3", "4") is False
    click(monkeypatch, words["mine"], seen)
    assert stale_edit.ask(window, "Someone else saved", "3", "4") is True
    assert button_texts(seen[0]) == button_texts(seen[1])
    assert set(button_texts(seen[0])) == {words["mine"], words["theirs"]}

    backup = Backup(tmp_path / "b.sqlite3", datetime(2026, 11, 20, 8, 30), "daily", 1, 2, 3)
    click(monkeypatch, words["continue"], seen)
    messages.restored_after_damage(backup, tmp_path / "damaged")
    assert not VAGUE & set(button_texts(seen[-1]))


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_import_preview_says_import_and_which_version_to_keep(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots,
    assessment_id: str,
    language: str,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    words = WORDS[language]
    roots.settings.language = language
    roots.save_settings()
    window = make_window()
    _info, preview = conflict_preview(window.ctx.roots, tmp_path)
    dialog = ImportPreviewDialog(preview, "back.roots", language, window)
    qtbot.addWidget(dialog)
    texts = {b.text().replace("&", "") for b in dialog.findChildren(QPushButton)}
    assert {words["import"], words["cancel"], words["all_mine"]} <= texts
    assert not VAGUE & texts
    assert dialog.import_button.text().replace("&", "") == words["import"]
