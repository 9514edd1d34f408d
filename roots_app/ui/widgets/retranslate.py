"""A widget that redraws its texts when the interface language changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget


class Retranslating:
    """Mixin for QWidget subclasses: Qt sends LanguageChange, we call ``retranslate``."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


def heading(role: str = "heading", parent: QWidget | None = None) -> QLabel:
    """A label styled as a heading (see theme.STYLE), wrapping long Spanish titles."""
    label = QLabel(parent)
    label.setProperty("role", role)
    label.setWordWrap(True)
    return label
