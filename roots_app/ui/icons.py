"""Roots' one set of icons: small monochrome SVGs (resources/icons) drawn in the palette's ink.

The SVGs draw with ``currentColor``; each icon is drawn in the colour of the palette at the
moment it is made (text colour, greyed when disabled, the highlight's text colour when
selected), so light, dark and high-contrast palettes all get legible icons. The style
(theme.RootsStyle) hands these out instead of Qt's coloured stock icons.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from roots_app import paths

# Each icon is drawn at these sizes; Qt picks the nearest for the room it is given.
SIZES = (16, 20, 24, 32, 48, 64, 96)
NAMES = (
    "arrow-left",
    "arrow-right",
    "arrow-up",
    "check",
    "close",
    "computer",
    "details",
    "error",
    "file",
    "folder",
    "folder-new",
    "home",
    "information",
    "list",
    "question",
    "restore",
    "save",
    "trash",
    "warning",
)


@cache
def svg(name: str) -> str:
    """The SVG text of one icon; KeyError for a name Roots does not have."""
    if name not in NAMES:
        raise KeyError(name)
    return (paths.icons_dir() / f"{name}.svg").read_text(encoding="utf-8")


def pixmap(name: str, size: int, colour: QColor) -> QPixmap:
    """One icon, ``size`` pixels square, drawn in ``colour``."""
    renderer = QSvgRenderer(QByteArray(svg(name).replace("currentColor", colour.name()).encode()))
    out = QPixmap(QSize(size, size))
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return out


def icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The icon ``name`` in the colours of ``palette`` (the application's by default)."""
    palette = palette or QGuiApplication.palette()
    active, disabled = QPalette.ColorGroup.Active, QPalette.ColorGroup.Disabled
    text = palette.color(active, QPalette.ColorRole.Text).name()
    return _drawn(
        name,
        (
            (QIcon.Mode.Normal, text),
            (QIcon.Mode.Active, text),
            (QIcon.Mode.Disabled, palette.color(disabled, QPalette.ColorRole.Text).name()),
            (
                QIcon.Mode.Selected,
                palette.color(active, QPalette.ColorRole.HighlightedText).name(),
            ),
        ),
    )


@cache
def _drawn(name: str, modes: tuple[tuple[QIcon.Mode, str], ...]) -> QIcon:
    # Kept per name and colours: a file chooser asks for the same folder icon on every row.
    out = QIcon()
    for mode, colour in modes:
        for size in SIZES:
            out.addPixmap(pixmap(name, size, QColor(colour)), mode)
    return out
