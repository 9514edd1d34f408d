"""The day's backup: taken after the window's first paint, in a worker thread; closing the app
while it runs leaves no half-written backup, and the next start takes it."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from roots_app import paths
from roots_app.services import backups, demo, schools
from roots_app.services.context import open_roots
from roots_app.ui import launch, theme
from roots_app.ui.daily_backup import DailyBackup


def _district(data_dir: Path) -> Path:
    roots = open_roots(data_dir)
    demo.make_demo(roots, 3, 1, 5)
    roots.settings.language = "es"
    roots.save_settings()
    roots.close()
    return paths.backup_dir(data_dir)


def test_the_days_backup_is_taken_after_the_first_paint_in_the_background(
    qtbot: QtBot, qapp, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    theme.apply(qapp)
    folder = _district(data_dir)
    window = launch.create_window(data_dir, None, None)
    qtbot.addWidget(window)
    try:
        # The window is built and its first page filled: no backup yet, none under way.
        assert list(folder.glob("*.sqlite3")) == []
        assert window.daily_backup is not None and not window.daily_backup.started
        window.show()
        qtbot.waitUntil(lambda: window.daily_backup is not None and window.daily_backup.done)
        (taken,) = backups.list_backups(window.ctx.roots)
        assert taken.kind == "daily" and taken.schools == 3 and taken.described
        assert not backups.daily_due(window.ctx.roots)
    finally:
        window.close()
        window.ctx.translations.apply("en")
        window.ctx.roots.close()


def test_closing_the_app_while_the_days_backup_runs_is_safe(
    qtbot: QtBot, qapp, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    theme.apply(qapp)
    folder = _district(data_dir)
    window = launch.create_window(data_dir, None, None)
    qtbot.addWidget(window)
    copying = threading.Event()

    def held(progress: Callable[[int, int], bool]) -> Callable[[int, int], bool]:
        """The real progress, but the copy waits at its first step until the app closes."""

        def step(done: int, total: int) -> bool:
            if total > 1:  # pages of the copy (the file check asks with 0 of 1)
                copying.set()
                while progress(done, total):
                    time.sleep(0.01)
                return False
            return progress(done, total)

        return step

    roots = window.ctx.roots
    assert window.daily_backup is not None
    window.daily_backup.stop()  # not started yet: replaced by the held one below
    window.daily_backup = DailyBackup(
        window, lambda progress: launch._daily_backup(roots, held(progress))
    )
    try:
        window.show()
        qtbot.waitUntil(copying.is_set)
        # Mid-copy, the database is free for the person's work (SQLite holds no lock between
        # two steps of a backup, and in WAL mode a reader never blocks a writer).
        schools.create_school(roots, "Escuela añadida durante la copia")
        window.close()  # as the person quits: the copy stops, the window waits for it
        assert window.daily_backup.thread is not None and window.daily_backup.thread.isFinished()
        assert list(folder.iterdir()) == []  # nothing half-written kept
    finally:
        window.ctx.translations.apply("en")
        window.ctx.roots.close()
    reopened = open_roots(data_dir)
    try:
        assert backups.daily_due(reopened)  # the next start takes it
        assert backups.daily(reopened) is not None
        assert len(schools.list_schools(reopened)) == 4
    finally:
        reopened.close()
