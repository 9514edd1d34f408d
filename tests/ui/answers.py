"""Answer Roots' questions the way a person does: by the words on a button."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

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

    monkeypatch.setattr(QMessageBox, "exec", answer)
