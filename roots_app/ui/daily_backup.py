"""The day's backup, taken after the window's first paint in a worker thread.

Checking and copying a district-sized database file takes seconds; the person sees the app at
once and keeps working meanwhile (the copy reads in steps, and in WAL mode a reader never
blocks a writer). Closing the app stops the copy between two steps; nothing half-written is
kept.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from roots_app.errors import CancelledError, DamagedDatabaseError
from roots_app.ui import background

log = logging.getLogger(__name__)


class DailyBackup(QObject):
    """Runs ``job(progress)`` once, in a thread, after ``window`` is first painted."""

    finished = Signal()  # the job ended (taken, not needed, or failed and logged)
    damaged = Signal(object)  # DamagedDatabaseError: the live file failed its check

    def __init__(self, window: QWidget, job: background.Job) -> None:
        super().__init__(window)
        self.job = job
        self.started = False
        self.running = False
        self.done = False  # the job has ended, whichever way
        self.worker: background.Worker | None = None
        self.thread: QThread | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.started:
            self.started = True
            watched.removeEventFilter(self)
            # Once this paint is done: the first frame is on screen before any work starts.
            QTimer.singleShot(0, self._start)
        return False

    def _start(self) -> None:
        if self.worker is not None:
            return
        self.running = True
        self.worker = background.Worker(self.job)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.thread = background.start(self.worker, self)

    @Slot(object)
    def _finished(self, _result: object) -> None:
        self.running, self.done = False, True
        self.finished.emit()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.running, self.done = False, True
        self.finished.emit()
        if isinstance(error, CancelledError):
            return  # the app is closing: the next start takes it
        if isinstance(error, DamagedDatabaseError):
            self.damaged.emit(error)
            return
        raise error  # a bug: the crash dialog shows it

    def stop(self) -> None:
        """Before the window closes or the data is closed: stop between two steps and wait."""
        self.started = True  # never start after this
        if self.worker is not None:
            self.worker.cancelled = True
        if self.thread is not None:
            self.thread.quit()
            self.thread.wait(30_000)
