"""One calm, legible look: Fusion, a warm palette, colour-blind-safe accents, 11 pt or more."""

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

STYLE = f"""
QWidget#Sidebar {{ background: #EFEBE3; }}
QListWidget#SidebarList {{ border: none; background: transparent; font-size: 12pt; }}
QListWidget#SidebarList::item {{ padding: 10px 16px; border-radius: 6px; }}
QListWidget#SidebarList::item:selected {{ background: {BLUE}; color: white; }}
QLabel[role="heading"] {{ font-size: 20pt; font-weight: 600; }}
QLabel[role="subheading"] {{ font-size: 13pt; font-weight: 600; }}
QLabel[role="muted"] {{ color: #5A5F66; }}
QLabel[role="breadcrumb"] {{ color: #5A5F66; font-size: 10.5pt; }}
QPushButton {{ padding: 6px 14px; }}
QPushButton:checked {{ background: {BLUE}; color: white; font-weight: 600; }}
QPushButton[primary="true"] {{ background: {BLUE}; color: white; border-radius: 4px;
    padding: 8px 18px; font-weight: 600; }}
QPushButton:focus {{ border: 3px solid {ORANGE}; border-radius: 4px; }}
QComboBox:focus, QLineEdit:focus, QPlainTextEdit:focus, QTreeView:focus, QTableView:focus,
QListWidget:focus {{ border: 2px solid {ORANGE}; }}
LevelCard {{ background: white; border: 2px solid #B9B4AA; border-radius: 8px; }}
LevelCard:hover {{ border-color: {BLUE}; }}
LevelCard:focus {{ border: 3px dashed {ORANGE}; }}
LevelCard[chosen="true"] {{ background: #E3F0F8; border: 4px solid {BLUE}; }}
LevelCard[chosen="true"]:focus {{ border: 4px dashed {ORANGE}; }}
"""


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(PAPER))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(BLUE))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#F1EEE8"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(INK))
    app.setPalette(palette)
    font = QFont(app.font())
    if font.pointSizeF() < 11:  # follow a larger system size, never go below 11 pt
        font.setPointSizeF(11)
    app.setFont(font)
    app.setStyleSheet(STYLE)
