"""Every message box goes through ui/messages.py, and its no-dialog switch logs instead of
showing boxes, answering the safe way."""

from __future__ import annotations

import ast
import logging
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from roots_app.errors import ConnectionLostError, DiskFullError
from roots_app.ui import messages
from roots_app.ui.dialogs import stale_edit
from tests.ui.answers import click

REPO = Path(__file__).resolve().parents[2]


def test_only_the_facade_shows_message_boxes() -> None:
    """No QMessageBox.exec/information/about/... outside ui/messages.py."""
    direct = {"exec", "information", "about", "warning", "question", "critical"}
    found = []
    for source in (REPO / "roots_app").rglob("*.py"):
        if source.name == "messages.py":
            continue
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in direct
                and isinstance(node.value, ast.Name)
                and node.value.id in ("QMessageBox", "box")
            ):
                found.append(f"{source.relative_to(REPO)}:{node.lineno}")
    assert found == []


def test_choose_answers_the_button_pressed(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    click(monkeypatch, "Use theirs")
    assert stale_edit.ask(None, "Someone else saved", "3", "4") is False
    click(monkeypatch, "Keep mine")
    assert stale_edit.ask(None, "Someone else saved", "3", "4") is True


@pytest.mark.logs_warnings
def test_the_no_dialog_switch_logs_and_answers_safely(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def shown(box: QMessageBox) -> int:
        raise AssertionError(f"a box was shown: {box.text()}")

    monkeypatch.setattr(QMessageBox, "exec", shown)
    monkeypatch.setattr(QDialog, "exec", lambda dialog: shown(QMessageBox()))
    monkeypatch.setenv(messages.NO_DIALOGS, "1")
    assert messages.ask(None, "Move to trash?", "You can put it back.", "Move to trash") is False
    assert stale_edit.ask(None, "Someone else saved", "3", "4") is False
    assert messages.ask_offline(ConnectionLostError("no network")) == "quit"
    messages.inform(None, "3 plans were saved.")
    assert messages.show_dialog(QDialog(), "Roots 1.0") is None
    messages.show_error(None, DiskFullError("disk full"))
    logged = [(r.levelno, r.getMessage()) for r in caplog.records if r.name == messages.log.name]
    assert (logging.INFO, "Not shown (ROOTS_NO_DIALOGS): 3 plans were saved. ") in logged
    assert any(
        level == logging.WARNING and "The disk is full" in text and "disk full" in text
        for level, text in logged
    )
    assert any("Roots 1.0" in text for _level, text in logged)


def test_switch_off_by_default_and_with_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(messages.NO_DIALOGS, raising=False)
    assert messages.dialogs_shown()
    monkeypatch.setenv(messages.NO_DIALOGS, "0")
    assert messages.dialogs_shown()
    monkeypatch.setenv(messages.NO_DIALOGS, "yes")
    assert not messages.dialogs_shown()
