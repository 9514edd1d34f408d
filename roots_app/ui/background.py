"""The one background runner: long work off the interface thread, with progress and Stop.

``run_in_background`` runs a job in a worker thread, optionally behind a progress dialog with
Stop; Stop reaches the job as ``progress(...)`` answering False (the job raises
CancelledError); the result or the error comes back to a receiver that lives in the interface
thread; ``stop_all`` asks every running job to stop before the window closes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from roots_app.errors import CancelledError, RootsError
from roots_app.ui import messages

log = logging.getLogger(__name__)

Job = Callable[[Callable[[int, int], bool]], Any]


class Worker(QObject):
    """Runs ``job(progress)`` in a thread; ``progress(done, total)`` returns False to stop."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.cancelled = False

    def run(self) -> None:
        try:
            result = self.job(self._progress)
        except Exception as error:  # handed to the interface thread, which shows it
            log.info("Background work failed: %s", error)
            self._home()
            self.failed.emit(error)
            return
        self._home()
        self.finished.emit(result)

    def _home(self) -> None:
        """Back to the interface thread before saying it is done: the worker is then an
        ordinary object there, freed by Python, never deleted from the ending thread (doing
        that raced with the interface thread and crashed now and then)."""
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self.cancelled


def start(worker: Worker, parent: QObject) -> QThread:
    """Move the worker to a new thread and start it; the thread ends with the work."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    # Direct: QThread.quit is thread-safe, and the thread must end even while the interface
    # thread is busy (a queued call would wait for it).
    worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    worker.failed.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.start()
    return thread


def run_in_background(
    parent: QWidget,
    label: str | None,
    job: Job,
    done: Callable[[Any], None],
    failed: Callable[[RootsError], None] | None = None,
) -> Worker:
    """Run ``job`` in a thread; ``done`` gets the result in the interface thread.

    With a ``label``, a progress dialog with Stop shows while it runs (after a moment); with
    None the work is quiet (the caller shows its own "Loading…"). A RootsError goes to
    ``failed`` if given, else to a message box; Stop (CancelledError) ends quietly; any other
    error is a bug for the crash dialog.
    """
    progress: QProgressDialog | None = None
    if label is not None:
        progress = QProgressDialog(
            label, QCoreApplication.translate("Background", "Stop"), 0, 1000, parent
        )
        progress.setWindowTitle("Roots")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAccessibleName(label)
    worker = Worker(job)
    receiver = _Receiver(parent, progress, done, failed)
    worker.progressed.connect(receiver.moved)
    worker.finished.connect(receiver.finished)
    worker.failed.connect(receiver.failed)
    if progress is not None:
        progress.canceled.connect(receiver.cancel)
    receiver.worker = worker
    receiver.thread = start(worker, parent)
    return worker


class _Receiver(QObject):
    """Lives in the interface thread, so the worker's signals reach it queued."""

    def __init__(
        self,
        parent: QWidget,
        progress: QProgressDialog | None,
        done: Callable[[Any], None],
        on_error: Callable[[RootsError], None] | None,
    ) -> None:
        super().__init__(parent)
        self.on_error = on_error
        self.parent_widget = parent
        self.progress = progress
        self.done = done
        self.worker: Worker | None = None
        self.thread: QThread | None = None

    @Slot(int, int)
    def moved(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)

    def _join(self) -> None:
        """Wait the instant it takes the thread to leave ``Worker.run``: only then may this
        receiver (which holds the last reference to the worker) go, or the worker would be
        freed from the ending thread (a crash, now and then)."""
        if self.thread is not None:
            self.thread.wait()

    @Slot(object)
    def finished(self, result: object) -> None:
        self._join()
        if self.progress is not None:
            self.progress.close()
        # Carry on once this slot has returned: ``done`` may open a dialog with its own event
        # loop or start the next job, which must not run inside the worker's signal delivery.
        QTimer.singleShot(0, lambda: self._done(result))

    def _done(self, result: object) -> None:
        self.deleteLater()
        self.done(result)

    @Slot(object)
    def failed(self, error: Exception) -> None:
        self._join()
        if self.progress is not None:
            self.progress.close()
        self.deleteLater()
        if isinstance(error, CancelledError):
            return  # the person pressed Stop: nothing was written
        if not isinstance(error, RootsError):
            raise error  # a bug: the crash dialog shows it
        if self.on_error is not None:
            self.on_error(error)
            return
        messages.show_error(self.parent_widget, error)

    @Slot()
    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancelled = True


def stop_all(window: QWidget) -> None:
    """Before the window closes: ask long work to stop (between two files or records; nothing
    half-written is kept) and wait for its thread."""
    for receiver in window.findChildren(_Receiver):
        receiver.cancel()
    for thread in window.findChildren(QThread):
        thread.quit()
        thread.wait(30_000)
