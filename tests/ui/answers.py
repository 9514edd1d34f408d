"""Answer Roots' questions the way a person does: by the words on a button."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from roots_app.ui import messages

# What a button must never say: it should say what it does.
VAGUE = {"Yes", "No", "OK", "Sí", "Aceptar"}


def button_texts(box: QMessageBox) -> list[str]:
    return [button.text().replace("&", "") for button in box.buttons()]


def click(
    monkeypatch: pytest.MonkeyPatch, text: str, seen: list[QMessageBox] | None = None
) -> None:
    """Every message box from now on: press the button that reads ``text`` (fails if none does)."""

    def answer(box: QMessageBox) -> int:
        if seen is not None:
            seen.append(box)
        labels = button_texts(box)
        assert text in labels, labels
        assert not VAGUE & set(labels), labels
        box.buttons()[labels.index(text)].click()
        return 0

    answer_boxes(monkeypatch, answer)


def answer_boxes(monkeypatch: pytest.MonkeyPatch, answer: Callable[[QMessageBox], object]) -> None:
    """Every message box from now on (all go through ui/messages.run): hand the real box to
    ``answer``, which reads it and presses a button as a person would."""

    def run(box: QMessageBox) -> QAbstractButton | None:
        answer(box)
        return box.clickedButton()

    monkeypatch.setattr(messages, "run", run)


def drive(monkeypatch: pytest.MonkeyPatch, dialog_class: type, fill: Callable[[Any], int]) -> None:
    """Every ``dialog_class.ask(...)`` from now on: build the real dialog with the same
    arguments, let ``fill`` work it as a person would (returning the dialog's result code),
    and answer what the dialog then says (its ``outcome``)."""

    def ask(cls: type, *args: Any, **kwargs: Any) -> Any:
        dialog = cls(*args, **kwargs)
        return dialog.outcome(fill(dialog))

    monkeypatch.setattr(dialog_class, "ask", classmethod(ask))
