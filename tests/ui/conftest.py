"""Build the real main window on the test's data folder; dialogs are driven, never left modal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from roots_app import paths
from roots_app.ui import theme
from roots_app.ui.launch import create_window
from roots_app.ui.main_window import MainWindow
from tests.conftest import with_migrated_database

WindowFactory = Callable[[], MainWindow]


@pytest.fixture(autouse=True)
def delete_closed_widgets(qapp: QApplication) -> Iterator[None]:
    """After each test, delete what it closed: the windows pytest-qt closes (``deleteLater``)
    are otherwise deleted only when some later test happens to run an event loop, and every
    window still alive was styled again by every later test's ``theme.apply`` (by the end of a
    run, seconds of each UI test's setup)."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def make_window(
    qtbot: QtBot, qapp, data_dir: Path, request: pytest.FixtureRequest
) -> Iterator[WindowFactory]:  # type: ignore[no-untyped-def]
    """Opens the app as ``roots-app`` does; call again to 'restart' on the same data.

    A data folder without a database gets a copy of the migrated template (what the first
    start would build); a database the test put there itself is opened as it is.
    """
    theme.apply(qapp)
    opened: list[MainWindow] = []

    def factory() -> MainWindow:
        with_migrated_database(data_dir, request)
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


def conflict_preview(roots, folder: Path):  # type: ignore[no-untyped-def]
    """A real import preview with one conflict: another laptop changed an agreed level that was
    also changed here since they exchanged the assessment."""
    from roots_app.services import assessments, bundles
    from roots_app.services.context import open_roots

    info = assessments.list_assessments(roots)[0]
    scope = bundles.Scope(assessments=(info.id,))
    laptop = open_roots(folder / "laptop")
    try:
        bundles.export_bundle(roots, folder / "out.roots", scope)
        bundles.import_bundle(laptop, folder / "out.roots")
        here, there = assessments.load(roots, info.id), assessments.load(laptop, info.id)
        key = here.pack.categories[0].key
        assessments.agree(roots, here, key, 2, "Here")
        assessments.agree(laptop, there, key, 3, "There")
        bundles.export_bundle(laptop, folder / "back.roots", scope)
    finally:
        laptop.close()
    return info, bundles.preview_import(roots, folder / "back.roots")
