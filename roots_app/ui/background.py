"""Long work behind a progress dialog with Stop: the job runs in a worker thread and its result
comes back to a receiver that lives in the interface thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from roots_app.errors import CancelledError, RootsError
from roots_app.ui import messages, workers


def run_in_background(
    parent: QWidget,
    label: str,
    job: workers.Job,
    done: Callable[[Any], None],
    failed: Callable[[RootsError], None] | None = None,
) -> workers.Worker:
    """Run ``job`` in a thread behind a progress dialog with Stop; ``done`` gets the result.

    A RootsError goes to ``failed`` if given, else to a message box; any other error is a bug
    for the crash dialog.
    """
    progress = QProgressDialog(
        label, QCoreApplication.translate("Background", "Stop"), 0, 1000, parent
    )
    progress.setWindowTitle("Roots")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setAccessibleName(label)
    worker = workers.Worker(job)
    receiver = _Receiver(parent, progress, done, failed)
    worker.progressed.connect(receiver.moved)
    worker.finished.connect(receiver.finished)
    worker.failed.connect(receiver.failed)
    progress.canceled.connect(receiver.cancel)
    receiver.worker = worker
    receiver.thread = workers.start(worker, parent)
    return worker


class _Receiver(QObject):
    """Lives in the interface thread, so the worker's signals reach it queued."""

    def __init__(
        self,
        parent: QWidget,
        progress: QProgressDialog,
        done: Callable[[Any], None],
        on_error: Callable[[RootsError], None] | None,
    ) -> None:
        super().__init__(parent)
        self.on_error = on_error
        self.parent_widget = parent
        self.progress = progress
        self.done = done
        self.worker: workers.Worker | None = None
        self.thread: QThread | None = None

    @Slot(int, int)
    def moved(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    @Slot(object)
    def finished(self, result: object) -> None:
        self.progress.close()
        # Carry on once this slot has returned: ``done`` may open a dialog with its own event
        # loop or start the next job, which must not run inside the worker's signal delivery.
        QTimer.singleShot(0, lambda: self._done(result))

    def _done(self, result: object) -> None:
        self.deleteLater()
        self.done(result)

    @Slot(object)
    def failed(self, error: Exception) -> None:
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
