"""``roots-app``: start the desktop app (or, with --startup-check, time its first paint)."""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import gc  # noqa: E402 - the clock above must start before the heavy imports

# No cycle collections while the modules load: they are objects kept for the whole run, and
# the collector passed over them again and again as they piled up (issue 14: start-up time).
_COLLECTING = gc.isenabled()
gc.disable()

import argparse  # noqa: E402
import logging  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

# The non-Qt layers load before PySide6 on purpose: once PySide6 is imported, its import hook
# reads the source of every module imported after it (~0.15 s more for SQLAlchemy's). Only
# what the first paint needs: the services that map the ORM models load after it (issue 14).
from roots_app.domain import assessment, plan, school_year  # noqa: E402, F401
from roots_app.services import backups, listing, rubrics  # noqa: E402, F401
from roots_app.services.context import open_roots  # noqa: E402

# isort: split
from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from roots_app import __version__, logging_setup, paths, settings  # noqa: E402
from roots_app.errors import (  # noqa: E402
    ConnectionLostError,
    DamagedDatabaseError,
    RootsError,
)
from roots_app.ui import crash, messages, theme  # noqa: E402
from roots_app.ui.i18n import Translations  # noqa: E402

if _COLLECTING:  # imported by a test or a tool: as it was; main() pauses it until first paint
    gc.enable()

if TYPE_CHECKING:
    from roots_app.services.context import Roots
    from roots_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="roots-app", description="Roots desktop app")
    parser.add_argument("--version", action="version", version=f"roots-app {__version__}")
    parser.add_argument("--db", metavar="URL", help="database URL (env ROOTS_DATABASE_URL)")
    parser.add_argument("--data-dir", metavar="DIR", help="data folder (env ROOTS_DATA_DIR)")
    parser.add_argument(
        "--startup-check",
        action="store_true",
        help="open the main window, paint once, print the time and exit",
    )
    parser.add_argument(
        "file", nargs="?", type=Path, metavar="FILE.roots", help="a .roots file to import"
    )
    return parser.parse_args(argv)


class _CollectAfterFirstPaint(QObject):
    """Turns the cycle collector back on once the window is painted: until then, start-up
    makes objects it keeps (modules, the window), and collecting them only delays the window."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            gc.enable()
        return False


class _MapAfterFirstPaint(QObject):
    """Maps the ORM models once the window is painted: the first page reads through Core
    (services.listing), and mapping them cost that paint ~0.1 s of CPU (issue 14); done now,
    the first action that needs them does not wait for it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, listing.map_models)  # once this paint is done
        return False


class _FirstPaint(QObject):
    """Quits the app after the window's first paint (for --startup-check)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            QTimer.singleShot(0, self._finish)
        return False

    def _finish(self) -> None:
        print(f"startup-check: first paint after {time.perf_counter() - STARTED:.3f} s")
        QApplication.quit()


def create_window(
    base: Path, db_url: str | None, log_file: Path | None, translations: Translations | None = None
) -> MainWindow:
    """Open the data and build the main window on it (tests build it the same way)."""
    from roots_app.ui.context import UiContext
    from roots_app.ui.daily_backup import DailyBackup
    from roots_app.ui.main_window import MainWindow

    roots = open_roots(base, db_url)
    # The day's first start checks and copies the whole file (seconds on a district's data):
    # that waits until the window is painted. Other starts check a small file at once.
    due = backups.daily_due(roots)
    if not due:
        try:
            _daily_backup(roots)
        except DamagedDatabaseError:
            roots.close()
            raise
    if translations is None:
        translations = Translations(base / "cache")
        translations.apply(roots.settings.language)
    window = MainWindow(UiContext(roots, translations, log_file))
    window.start()
    if due:
        window.daily_backup = DailyBackup(window, lambda progress: _daily_backup(roots, progress))
        # After the runner has finished with its job: the window it reports to is closed there.
        window.daily_backup.damaged.connect(
            lambda error: QTimer.singleShot(
                0, lambda: _damaged_while_open(window, base, log_file, error)
            )
        )
    return window


def main(argv: Sequence[str] | None = None) -> int:
    gc.disable()  # until the first paint (_CollectAfterFirstPaint), or the end if none
    try:
        return _main(argv)
    finally:
        gc.enable()


def _main(argv: Sequence[str] | None) -> int:
    args = parse_args(argv if argv is not None else sys.argv[1:])
    base = paths.data_dir(args.data_dir)
    log_file = logging_setup.setup(base)
    last_crash = logging_setup.previous_fatal(base)
    logging_setup.enable_fatal_log(base)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Roots")
    app.setApplicationVersion(__version__)
    theme.apply(app)
    sys.excepthook = crash.ExceptionHook(log_file)
    if not args.startup_check and _handed_over(base, args.file):
        return 0
    window = _open_window(base, args.db, log_file)
    if window is None:
        return 2
    if not args.startup_check:
        _listen_for_later_starts(window, base, args.file)
    if last_crash and not args.startup_check:
        log.warning("Roots closed unexpectedly last time:\n%s", last_crash)
        QTimer.singleShot(0, lambda: crash.CrashDialog(last_crash, log_file, window, True).exec())
    window.installEventFilter(_CollectAfterFirstPaint(window))
    if not args.startup_check:  # the check ends at the first paint; this comes after it
        window.installEventFilter(_MapAfterFirstPaint(window))
    QTimer.singleShot(10_000, gc.enable)  # in case no paint ever reaches the window itself
    if args.startup_check:
        watcher = _FirstPaint(window)
        window.installEventFilter(watcher)
        QTimer.singleShot(30_000, lambda: app.exit(1))  # never hang a benchmark
    window.show()
    code = app.exec()
    if args.startup_check:
        _print_catalogues(window)
    for opened in app.topLevelWidgets():  # the window, or the one reopened after a restore
        if opened.objectName() == "MainWindow":
            opened.stop_background()  # type: ignore[attr-defined]
            opened.ctx.roots.close()  # type: ignore[attr-defined]
    # The data is closed and the logs are flushed at exit: a last garbage collection over every
    # object the process made (SQLAlchemy's, Qt's wrappers) would only free memory the system
    # takes back anyway, and it took 0.2-0.4 s after the window had closed.
    gc.freeze()
    return int(code)


def _handed_over(base: Path, file: Path | None) -> bool:
    """True if a Roots already open on this data folder took over (and shows ``file``)."""
    from roots_app.ui import single_instance

    return single_instance.hand_over(single_instance.server_name(base), file)


def _listen_for_later_starts(window: MainWindow, base: Path, file: Path | None) -> None:
    """Open ``file`` (a double-clicked .roots file) and take the files of later starts."""
    from roots_app.ui import single_instance

    listener = single_instance.Listener(single_instance.server_name(base), window)
    listener.received.connect(lambda path: open_handed_file(window, path))
    if file is not None:
        QTimer.singleShot(0, lambda: open_handed_file(window, str(file)))


def open_handed_file(window: MainWindow, path: str) -> None:
    """Bring the window to the front; with a file, open its import preview."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    if path:
        window.open_roots_file(Path(path))


def _print_catalogues(window: MainWindow) -> None:
    """For the installers' check: which translation files the app loaded, and from where."""
    print(f"startup-check: catalogues {' '.join(window.ctx.translations.loaded_files())}")


def _daily_backup(roots: Roots, progress: Callable[[int, int], bool] | None = None) -> None:
    """The day's backup; a failure (a full disk) is logged and does not stop the app."""
    try:
        backups.daily(roots, progress=progress)
    except DamagedDatabaseError:
        raise
    except (RootsError, OSError) as error:
        log.warning("The daily backup could not be made: %s", error)


def _damaged_while_open(
    window: MainWindow, base: Path, log_file: Path | None, error: DamagedDatabaseError
) -> None:
    """The day's check (after the first paint) found the file damaged: as at start, offer the
    newest good backup and open it in a new window; without it, Roots closes."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    db_url = window.ctx.roots.db.engine.url.render_as_string(hide_password=False)
    app.setQuitOnLastWindowClosed(False)  # the questions below come before a new window
    try:
        window.close()
        window.ctx.roots.close()
        window.deleteLater()
        reopened = _open_window(base, db_url, log_file) if _recover(base, error) else None
    finally:
        app.setQuitOnLastWindowClosed(True)
    if reopened is None:
        app.quit()
        return
    reopened.show()


def _recover(base: Path, error: DamagedDatabaseError) -> bool:
    """The database file is damaged: offer the newest good backup; True if it was put back."""
    log.error("Damaged database: %s", error)
    offer = backups.newest_good(base)
    if not messages.ask_restore_damaged(error, offer):
        return False
    assert offer is not None
    try:
        kept = backups.replace_damaged(base, offer.path)
    except RootsError as failed:
        messages.show_error(None, failed)
        return False
    messages.restored_after_damage(offer, kept)
    return True


def _open_window(base: Path, db_url: str | None, log_file: Path | None) -> MainWindow | None:
    """The main window; if the district database does not answer, the person chooses to try
    again, to work on this computer's own data this time, or to quit."""
    # One set of translations for the whole start, so the questions below are in the person's
    # language and a retry does not install a second translator.
    translations = Translations(base / "cache")
    translations.apply(settings.load(base).language)
    while True:
        try:
            return create_window(base, db_url, log_file, translations)
        except DamagedDatabaseError as error:
            if not _recover(base, error):
                return None
        except ConnectionLostError as error:
            choice = messages.ask_offline(error)
            if choice == "retry":
                continue
            if choice == "local":
                db_url = paths.default_database_url(base)
                continue
            return None
        except RootsError as error:
            messages.show_error(None, error)
            return None


if __name__ == "__main__":
    sys.exit(main())
