"""A page that scrolls up and down when large text on a small screen needs more height."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def scrolling_page(page: QWidget) -> QVBoxLayout:
    """Fills ``page`` with a frameless scroll area that scrolls up and down only (its texts
    wrap instead), and returns the layout of what it holds, for the page's widgets."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls; it follows them
    outer.addWidget(scroll)
    content = QWidget()
    scroll.setWidget(content)
    return QVBoxLayout(content)
