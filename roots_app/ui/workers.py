"""Long work off the interface thread, with progress and a way to stop."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal

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
