"""No two controls in one window share an Alt+letter, in either language.

Every page (with each of its tabs) and every dialog is shown in turn; the underlined letters
("&" in a text) of what is on screen there, with the menu bar's titles, must differ. Inside a
menu, its entries' letters must differ too.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory
from tests.ui.screens import open_window, walk


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand), lower case."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].casefold() if 0 <= at < len(plain) - 1 else None


def shortcut_texts(top: QWidget) -> list[tuple[str, str]]:
    """(what, text) for everything on screen in ``top`` that can carry an Alt+letter."""
    found: list[tuple[str, str]] = []
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            found.append(("menu", action.text()))
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top):  # disabled ones too: they are enabled later
            continue
        if isinstance(widget, QAbstractButton):
            found.append((type(widget).__name__, widget.text()))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            found.append(("label", widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append(("group", widget.title()))
        elif isinstance(widget, QTabBar):
            found += [("tab", widget.tabText(i)) for i in range(widget.count())]
    return found


def clashes(texts: list[tuple[str, str]]) -> list[str]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for what, text in texts:
        letter = mnemonic(text)
        if letter:
            by_letter[letter].append(f"{what} {text!r}")
    return [f"Alt+{k.upper()}: {' / '.join(v)}" for k, v in by_letter.items() if len(v) > 1]


def menu_clashes(window: QMainWindow) -> list[str]:
    found = []
    for menu in window.menuBar().findChildren(QMenu):
        texts = [("entry", a.text()) for a in menu.actions() if not a.isSeparator()]
        found += [f"menu {menu.title()!r}: {c}" for c in clashes(texts)]
    return found


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "es"])
def test_no_two_controls_in_a_window_share_an_alt_letter(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots,  # type: ignore[no-untyped-def]
    language: str,
    tmp_path: Path,
) -> None:
    window = open_window(qtbot, make_window, roots, language)
    problems = menu_clashes(window)
    for name, shown in walk(qtbot, window, tmp_path):
        problems += [f"{name}: {clash}" for clash in clashes(shortcut_texts(shown))]
    assert not problems, "shared shortcuts:\n" + "\n".join(problems)


def test_a_clash_is_found() -> None:
    texts = [("button", "&Save"), ("label", "&Search:"), ("button", "Save && close"), ("x", "&Go")]
    assert clashes(texts) == ["Alt+S: button '&Save' / label '&Search:'"]
    assert mnemonic("Tom && Jerry") is None
