"""Build the real main window on the test's data folder; dialogs are driven, never left modal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from roots_app import paths
from roots_app.ui import theme
from roots_app.ui.launch import create_window
from roots_app.ui.main_window import MainWindow

WindowFactory = Callable[[], MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, qapp, data_dir: Path) -> Iterator[WindowFactory]:  # type: ignore[no-untyped-def]
    """Opens the app as ``roots-app`` does; call again to 'restart' on the same data."""
    theme.apply(qapp)
    opened: list[MainWindow] = []

    def factory() -> MainWindow:
        window = create_window(paths.data_dir(data_dir), None, None)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        opened.append(window)
        return window

    yield factory
    for window in opened:
        window.close()
        window.ctx.translations.apply("en")
        window.ctx.roots.close()


def close_and_release(window: MainWindow) -> None:
    """Quit the way a user does (the window saves what is typed), then release the database."""
    window.close()
    window.ctx.roots.close()


def remember(roots, assessment_id: str, language: str = "en") -> None:  # type: ignore[no-untyped-def]
    """Settings as if the user had left this assessment open, in this language, last time."""
    roots.settings.language = language
    roots.settings.last_assessment_id = assessment_id
    roots.save_settings()
