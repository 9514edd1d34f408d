"""One set of monochrome icons that follow the palette (issue 12): every icon Roots names is
there and drawn in the palette's ink; message boxes and dialog buttons get these instead of
Qt's coloured stock icons, also in the high-contrast meeting look."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from roots_app import paths
from roots_app.ui import icons, theme

REPO = Path(__file__).resolve().parents[2]


def _inks(image: QImage) -> set[str]:
    """The colours of the icon's solid pixels (edges are the same colour, partly transparent)."""
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    }


def _close(inks: set[str], colour: QColor) -> bool:
    def near(name: str) -> bool:
        seen = QColor(name)
        return all(
            abs(a - b) <= 3 for a, b in zip(seen.getRgb()[:3], colour.getRgb()[:3], strict=True)
        )

    return bool(inks) and all(near(name) for name in inks)


def test_every_icon_is_there_monochrome_and_in_the_list() -> None:
    folder = paths.icons_dir()
    on_disk = sorted(
        e.name.removesuffix(".svg") for e in folder.iterdir() if e.name.endswith(".svg")
    )
    assert on_disk == sorted(icons.NAMES)
    for name in icons.NAMES:
        text = icons.svg(name)
        assert "currentColor" in text
        assert not re.search(r"#[0-9a-fA-F]{3,8}\b|rgb\(", text), f"{name}.svg has its own colour"
    with pytest.raises(KeyError):
        icons.svg("no-such-icon")


@pytest.mark.parametrize("name", icons.NAMES)
def test_icons_take_the_palettes_colours(qapp, name: str) -> None:  # type: ignore[no-untyped-def]
    palette = QPalette()
    palette.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.Text, QColor("#1F2328"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#9A9A9A"))
    palette.setColor(
        QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText, QColor("#FFFFFF")
    )
    made = icons.icon(name, palette)
    assert _close(_inks(made.pixmap(32).toImage()), QColor("#1F2328"))
    assert _close(_inks(made.pixmap(32, QIcon.Mode.Disabled).toImage()), QColor("#9A9A9A"))
    assert _close(_inks(made.pixmap(32, QIcon.Mode.Selected).toImage()), QColor("#FFFFFF"))
    dark = QPalette()
    dark.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.Text, QColor("#F0F0F0"))
    assert _close(_inks(icons.icon(name, dark).pixmap(48).toImage()), QColor("#F0F0F0"))


@pytest.mark.parametrize("meeting", [False, True])
def test_message_boxes_and_dialog_buttons_use_roots_icons(
    qtbot: QtBot, qapp: QApplication, meeting: bool
) -> None:
    theme.apply(qapp, meeting=meeting)
    try:
        ink = qapp.palette().color(QPalette.ColorRole.Text)
        for kind in (
            QMessageBox.Icon.Warning,
            QMessageBox.Icon.Information,
            QMessageBox.Icon.Question,
            QMessageBox.Icon.Critical,
        ):
            box = QMessageBox()
            qtbot.addWidget(box)
            box.setIcon(kind)
            assert _close(_inks(box.iconPixmap().toImage()), ink), kind  # not Qt's colours
        style = qapp.style()
        for stock in theme.STANDARD_ICONS:
            drawn = style.standardIcon(stock).pixmap(24).toImage()
            assert _close(_inks(drawn), ink), stock
    finally:
        theme.apply(qapp)


def test_no_stock_icons_are_chosen_anywhere_else() -> None:
    """Only the style maps Qt's stock icons; the rest of Roots asks icons.icon(name)."""
    for source in (REPO / "roots_app").rglob("*.py"):
        if source.name == "theme.py":
            continue
        text = source.read_text(encoding="utf-8")
        assert "standardIcon" not in text and "StandardPixmap" not in text, source
        assert "QIcon.fromTheme" not in text, source
