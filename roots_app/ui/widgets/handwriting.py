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
        self.buttons: list[QToolButton] = []  # made as needed, kept (see show_scans)
        self.scans: list[Scan] = []
        self.icons: dict[bytes, QIcon] = {}
        self.setVisible(False)

    def show_scans(self, scans: Sequence[Scan], note: str) -> None:
        """Show these scans (none: the strip hides).

        Switching category shows another set: the buttons are kept and refilled, and each
        scan is made small once (decoding 30 scans and making 30 buttons on every switch cost
        ten frames).
        """
        self.scans = list(scans)
        while len(self.buttons) < len(scans):
            self.buttons.append(self._new_button(len(self.buttons)))
        for button, scan in zip(self.buttons, scans, strict=False):
            button.setIcon(self._icon(scan.image))
            button.setText(scan.caption)
            button.setToolTip(scan.name)
            button.setAccessibleName(scan.name)
        for index, button in enumerate(self.buttons):
            button.setVisible(index < len(scans))
        self.note.setText(note)
        if scans:  # room for the buttons and a sideways scroll bar, no more
            high = self.buttons[0].sizeHint().height()
            self.scroll.setFixedHeight(high + self.scroll.horizontalScrollBar().sizeHint().height())
        self.setVisible(bool(scans))

    @property
    def shown(self) -> list[QToolButton]:
        """The buttons of the scans on screen, in order (for the Tab order)."""
        return self.buttons[: len(self.scans)]

    def forget(self) -> None:
        """Let go of the small copies (the scans were read again)."""
        self.icons.clear()

    def _icon(self, image: bytes) -> QIcon:
        # Keyed by the bytes themselves: the page hands the same objects in again, and a bytes
        # object keeps its hash, so finding one costs no hashing of the image.
        icon = self.icons.get(image)
        if icon is None:
            small = _pixmap(image).scaled(
                THUMB,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            icon = self.icons[image] = QIcon(small)
        return icon

    def _new_button(self, index: int) -> QToolButton:
        button = QToolButton()
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setIconSize(THUMB)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(lambda _=False, i=index: self.open_scan(self.scans[i]))
        self.row.insertWidget(index, button)
        return button

    def open_scan(self, scan: Scan) -> None:
        dialog = HandwritingDialog(scan, self)
        messages.show_dialog(dialog, scan.name)
        dialog.deleteLater()
