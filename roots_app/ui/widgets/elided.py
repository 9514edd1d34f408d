"""Text that may not fit its box keeps the whole in a tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QLabel, QWidget


def whole_text_in_tooltip(combo: QComboBox) -> QComboBox:
    """A choice box too narrow for its longest entry (a category title) keeps the chosen
    entry, whole, in its tooltip."""

    def update() -> None:
        combo.setToolTip(combo.currentText())

    waiting = QTimer(combo)
    waiting.setSingleShot(True)
    waiting.setInterval(0)
    waiting.timeout.connect(update)

    def soon() -> None:
        # Again once the filling is done: a page fills a combo with its signals blocked and
        # then chooses an entry, which it does not tell; and with AdjustToContents, the model
        # tells of a first entry before the combo has made it the current one.
        update()
        waiting.start()

    combo.currentTextChanged.connect(update)
    # Filled with its signals blocked, a combo still tells through its model.
    for signal in (combo.model().rowsInserted, combo.model().rowsRemoved):
        signal.connect(soon)
    combo.model().modelReset.connect(soon)
    update()
    return combo


class ElidedLabel(QLabel):
    """One line of plain text, shortened with "…" when its box is too narrow (a title beside a
    button, at 200 % text); the whole text is then its tooltip, and always its accessible name."""

    def __init__(self, role: str = "heading", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", role)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._whole = ""

    def whole_text(self) -> str:
        return self._whole

    def set_whole_text(self, text: str) -> None:
        self._whole = text
        self.setAccessibleName(text)
        self._fit(self.width())
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        """Room for the whole text."""
        return QSize(
            self.fontMetrics().horizontalAdvance(self._whole) + 2 * self.margin() + 2,
            super().sizeHint().height(),
        )

    def minimumSizeHint(self) -> QSize:
        """A few letters and the "…"."""
        return QSize(
            min(self.sizeHint().width(), self.fontMetrics().horizontalAdvance("MMMM…")),
            super().minimumSizeHint().height(),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a new text size: the room changed
            self._fit(self.width())
            self.updateGeometry()

    def _fit(self, width: int) -> None:
        room = width - 2 * self.margin()
        shown = self.fontMetrics().elidedText(self._whole, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            super().setText(shown)
        self.setToolTip("" if shown == self._whole else self._whole)


class ShrinkingCombo(QComboBox):
    """A choice box as wide as its longest entry when there is room, narrower when not (200 %
    text on a small screen), the chosen entry then whole in its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        whole_text_in_tooltip(self)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        few = self.fontMetrics().horizontalAdvance("M" * 12)
        return QSize(min(hint.width(), few), hint.height())
