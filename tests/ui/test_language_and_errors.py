"""Switching language at run time; errors shown as sentences; unexpected errors reach the dialog."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from roots_app import logging_setup, settings
from roots_app.errors import BadTextError, StorageError
from roots_app.services import schools
from roots_app.ui import crash, messages
from roots_app.ui.main_window import PLACES
from tests.ui.answers import answer_boxes
from tests.ui.conftest import WindowFactory, remember


def test_switching_language_in_settings_changes_everything_and_is_remembered(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str, data_dir
) -> None:
    remember(roots, assessment_id)
    window = make_window()
    page = window.walkthrough
    assert page.title.text() == page.assessment.pack.categories[0].title["en"]
    window.show_place("settings")
    combo = window.settings_page.language
    combo.setCurrentIndex(combo.findData("es"))
    qtbot.waitUntil(lambda: window.sidebar.item(PLACES.index("settings")).text() == "Configuración")
    assert window.windowTitle() == "Roots"
    assert page.title.text() == page.assessment.pack.categories[0].title["es"]
    assert page.next_button.text() == "Siguiente →"
    assert page.cards[0].title.text() == page.assessment.pack.levels[0].label["es"]
    assert settings.load(data_dir).language == "es"
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.waitUntil(lambda: window.sidebar.item(PLACES.index("settings")).text() == "Settings")


def test_known_errors_are_sentences_with_a_next_step(qtbot: QtBot, monkeypatch) -> None:
    shown: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText()))
        return 0

    answer_boxes(monkeypatch, fake_exec)
    messages.show_error(None, StorageError("database is locked"))
    assert shown == [
        (
            "Roots could not read or save its database.",
            "Close any other copy of Roots, check that the disk is not full, and try again. "
            "What you typed is still on screen.",
        )
    ]


def test_text_roots_cannot_keep_is_a_sentence_with_a_next_step(
    qtbot: QtBot, monkeypatch, roots
) -> None:
    shown: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText()))
        return 0

    answer_boxes(monkeypatch, fake_exec)
    with pytest.raises(BadTextError) as caught:  # an escape pasted with the name
        schools.create_school(roots, "Escuela \x1b[2JHuerta")
    assert schools.list_schools(roots) == []
    messages.show_error(None, caught.value)
    assert shown == [
        (
            "The text has a character Roots cannot keep, so it was not saved.",
            "It is an invisible control character, often brought by text copied from another "
            "program. Type that part again, or paste it as plain text, and save again.",
        )
    ]


@pytest.mark.qt_no_exception_capture
@pytest.mark.logs_warnings
def test_exception_in_a_slot_reaches_the_crash_dialog_and_the_log(
    qtbot: QtBot, monkeypatch, data_dir
) -> None:
    log_file = logging_setup.setup(data_dir)
    hook = crash.ExceptionHook(log_file)
    monkeypatch.setattr(sys, "excepthook", hook)
    opened: list[str] = []
    monkeypatch.setattr(
        crash.CrashDialog, "exec", lambda dialog: opened.append(dialog.details.toPlainText()) or 0
    )
    button = QPushButton("boom")
    qtbot.addWidget(button)

    def broken() -> None:
        raise ZeroDivisionError("a bug in a slot")

    button.clicked.connect(broken)
    QTimer.singleShot(0, button.click)
    qtbot.waitUntil(lambda: bool(opened))
    assert "ZeroDivisionError: a bug in a slot" in opened[0]
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "ZeroDivisionError: a bug in a slot" in log_file.read_text(encoding="utf-8")
