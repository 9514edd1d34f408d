"""Handwritten evidence from paper sheets: small scans that open larger (team view).

The scans are PNG bytes from ``services.sheets.handwriting``; each is a button (Tab reaches
it, Space opens it) whose accessible name says whose writing it is and from which sheet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from roots_app.ui import messages

THUMB = QSize(200, 44)  # an evidence strip is wide and low: a few lines of writing


@dataclass(frozen=True, slots=True)
class Scan:
    """One scan to show: the PNG, the caption under it and the name read out for it."""

    image: bytes
    caption: str
    name: str


def _pixmap(image: bytes) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(image, "PNG")
    return pixmap


class HandwritingDialog(QDialog):
    """One scan, as large as fits on the screen (never enlarged past its own pixels)."""

    def __init__(self, scan: Scan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(scan.name)
        self.setAccessibleName(scan.name)
        layout = QVBoxLayout(self)
        caption = QLabel(scan.caption)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        caption.setWordWrap(True)
        self.image = QLabel()
        self.image.setAccessibleName(scan.name)
        self.image.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a screen reader can land on it
        pixmap = _pixmap(scan.image)
        screen = QGuiApplication.primaryScreen().availableGeometry()
        room = QSize(int(screen.width() * 0.85), int(screen.height() * 0.7))
        if pixmap.width() > room.width() or pixmap.height() > room.height():
            pixmap = pixmap.scaled(
                room,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.image.setPixmap(pixmap)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        scroll.setMinimumSize(
            min(pixmap.width() + 4, room.width()), min(pixmap.height() + 4, room.height())
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(caption)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)


class HandwritingStrip(QWidget):
    """A row of scans, one button each; scrolls sideways when a whole team wrote."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        self.row = QHBoxLayout(inner)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addStretch(1)
        self.scroll.setWidget(inner)
        outer.addWidget(self.note)
        outer.addWidget(self.scroll)
        self.buttons: list[QToolButton] = []
        self.scans: list[Scan] = []
        self.setVisible(False)

    def show_scans(self, scans: Sequence[Scan], note: str) -> None:
        """Show these scans (none: the strip hides)."""
        for button in self.buttons:
            self.row.removeWidget(button)
            button.deleteLater()
        self.buttons, self.scans = [], list(scans)
        for scan in scans:
            button = QToolButton()
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setIcon(QIcon(_pixmap(scan.image)))
            button.setIconSize(THUMB)
            button.setText(scan.caption)
            button.setToolTip(scan.name)
            button.setAccessibleName(scan.name)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _=False, s=scan: self.open_scan(s))
            self.row.insertWidget(self.row.count() - 1, button)
            self.buttons.append(button)
        self.note.setText(note)
        if self.buttons:  # room for the buttons and a sideways scroll bar, no more
            high = max(b.sizeHint().height() for b in self.buttons)
            self.scroll.setFixedHeight(high + self.scroll.horizontalScrollBar().sizeHint().height())
        self.setVisible(bool(scans))

    def open_scan(self, scan: Scan) -> None:
        dialog = HandwritingDialog(scan, self)
        messages.show_dialog(dialog, scan.name)
        dialog.deleteLater()
