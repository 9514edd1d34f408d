"""Bulleted lists in a QLabel whose wrapped lines hang under their first word, not the bullet."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

# Qt indents a list by 40 px; half of that still holds the bullet, and wastes less width.
LIST_STYLE = "margin-top:0; margin-bottom:0; margin-left:-20px; -qt-list-indent:1"


def bullet_list(items: Iterable[str], intro: str = "") -> str:
    """Rich text: an optional lead-in line, then the items as a list (Qt lays out the hanging
    indent). The texts (pack content) are escaped, so they show exactly as written."""
    lead = f"<p style='margin:0'>{html.escape(intro, quote=False)}</p>" if intro else ""
    entries = "".join(f"<li>{html.escape(item, quote=False)}</li>" for item in items)
    return f"{lead}<ul style='{LIST_STYLE}'>{entries}</ul>"


def show_bullets(label: QLabel, items: Iterable[str], intro: str = "") -> None:
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(bullet_list(items, intro))
