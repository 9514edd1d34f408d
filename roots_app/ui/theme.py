"""One calm, legible look: Fusion, a warm palette, colour-blind-safe accents, 11 pt or more.

Meeting mode (for a projector) is the same look at 150% with higher contrast.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

# Okabe-Ito colours: distinguishable with every common colour-vision deficiency.
BLUE = "#0072B2"
ORANGE = "#E69F00"
GREEN = "#009E73"
VERMILLION = "#D55E00"
INK = "#1F2328"
PAPER = "#FBFAF7"
MEETING_SCALE = 1.5
BASE_POINTS = 11.0


def style(scale: float = 1.0, contrast: bool = False) -> str:
    """The style sheet; sizes scale with meeting mode, contrast hardens greys to black."""

    def pt(points: float) -> str:
        return f"{points * scale:.1f}pt"

    muted = INK if contrast else "#5A5F66"
    border = INK if contrast else "#B9B4AA"
    return f"""
QWidget#Sidebar {{ background: {"#FFFFFF" if contrast else "#EFEBE3"}; }}
QListWidget#SidebarList {{ border: none; background: transparent; font-size: {pt(12)}; }}
QListWidget#SidebarList::item {{ padding: 10px 16px; border-radius: 6px; }}
QListWidget#SidebarList::item:selected {{ background: {BLUE}; color: white; }}
QLabel[role="heading"] {{ font-size: {pt(20)}; font-weight: 600; }}
QLabel[role="subheading"] {{ font-size: {pt(13)}; font-weight: 600; }}
QLabel[role="muted"] {{ color: {muted}; }}
QLabel[role="breadcrumb"] {{ color: {muted}; font-size: {pt(10.5)}; }}
QPushButton {{ padding: 6px 14px; }}
QPushButton:checked {{ background: {BLUE}; color: white; }}
QPushButton[primary="true"] {{ background: {BLUE}; color: white; border-radius: 4px;
    padding: 8px 18px; font-weight: 600; }}
QPushButton:focus {{ border: 3px solid {ORANGE}; border-radius: 4px; padding: 4px 12px; }}
QPushButton[primary="true"]:focus {{ padding: 5px 15px; }}
QComboBox:focus, QLineEdit:focus, QPlainTextEdit:focus, QTreeView:focus, QTableView:focus,
QListWidget:focus {{ border: 2px solid {ORANGE}; }}
QProgressBar[role="meter"] {{ border: 1px solid {border}; border-radius: 6px;
    background: {"#FFFFFF" if contrast else "#E2DDD3"}; min-height: 12px; max-height: 12px; }}
QProgressBar[role="meter"]::chunk {{ background: {BLUE}; border-radius: 5px; }}
LevelCard {{ background: white; border: 2px solid {border}; border-radius: 8px; }}
LevelCard:hover {{ border-color: {BLUE}; }}
LevelCard:focus {{ border: 3px dashed {ORANGE}; }}
LevelCard[chosen="true"] {{ background: #E3F0F8; border: 4px solid {BLUE}; }}
LevelCard[chosen="true"]:focus {{ border: 4px dashed {ORANGE}; }}
"""


def _palette(contrast: bool) -> QPalette:
    palette = QPalette()
    paper = "#FFFFFF" if contrast else PAPER
    ink = "#000000" if contrast else INK
    for role, colour in (
        (QPalette.ColorRole.Window, paper),
        (QPalette.ColorRole.WindowText, ink),
        (QPalette.ColorRole.Base, "#FFFFFF"),
        (QPalette.ColorRole.AlternateBase, "#F4F1EA"),
        (QPalette.ColorRole.Text, ink),
        (QPalette.ColorRole.Highlight, BLUE),
        (QPalette.ColorRole.HighlightedText, "#FFFFFF"),
        (QPalette.ColorRole.Button, "#FFFFFF" if contrast else "#F1EEE8"),
        (QPalette.ColorRole.ButtonText, ink),
        (QPalette.ColorRole.ToolTipBase, "#FFFFFF"),
        (QPalette.ColorRole.ToolTipText, ink),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def apply(app: QApplication, meeting: bool = False) -> None:
    """The everyday look, or (``meeting``) the projector look: 150% and high contrast."""
    app.setStyle("Fusion")
    app.setPalette(_palette(contrast=meeting))
    base = app.property("roots_base_points")
    if base is None:  # follow a larger system size, never go below 11 pt
        base = max(BASE_POINTS, app.font().pointSizeF())
        app.setProperty("roots_base_points", base)
    font = QFont(app.font())
    font.setPointSizeF(float(base) * (MEETING_SCALE if meeting else 1.0))
    app.setFont(font)
    app.setStyleSheet(style(MEETING_SCALE if meeting else 1.0, contrast=meeting))
