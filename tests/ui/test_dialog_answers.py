"""Dialogs answer with plain values through ``ask``: what was typed when saved, None when
cancelled. Driven for real: the modal dialog is filled in while ``ask`` waits for it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from roots_app.domain.people import Role
from roots_app.domain.plan import Action
from roots_app.ui.dialogs.action import ActionDialog
from roots_app.ui.dialogs.school_team import SchoolTeamDialog


def when_shown(work: Callable[[QDialog], None]) -> None:
    """Once the modal dialog runs its own loop, hand it to ``work`` (as a person would)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        work(dialog)

    QTimer.singleShot(0, act)


def test_school_team_ask_returns_what_was_typed(qtbot: QtBot) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, SchoolTeamDialog)
        dialog.school_name.setText("Escuela Primaria Sylvia Mendez")
        dialog.member_name.setText("Rosa Núñez")  # typed, not yet added: Save takes it too
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    when_shown(fill)
    answer = SchoolTeamDialog.ask()
    assert answer is not None
    school, team, members = answer
    assert school == "Escuela Primaria Sylvia Mendez"
    assert team == "Family Action Team"  # the suggested name
    assert members == [("Rosa Núñez", members[0][1])]
    assert isinstance(members[0][1], Role)


def test_action_ask_returns_none_when_cancelled(qtbot: QtBot) -> None:
    def cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, ActionDialog)
        dialog.description.setPlainText("Interpreters at every meeting")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    when_shown(cancel)
    assert ActionDialog.ask(Action("", "")) is None


def test_action_ask_returns_the_action(qtbot: QtBot) -> None:
    def save(dialog: QDialog) -> None:
        assert isinstance(dialog, ActionDialog)
        dialog.description.setPlainText("  Interpreters at every meeting ")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    when_shown(save)
    chosen = ActionDialog.ask()
    assert isinstance(chosen, Action)
    assert chosen.description == "Interpreters at every meeting"
