"""The one background runner: progress, Stop as CancelledError, the result back on the
interface thread, quiet work without a dialog, and stop_all when the window closes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from roots_app.errors import CancelledError, ExportError, RootsError
from roots_app.ui import background

Progress = Callable[[int, int], bool]


def _parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _wait_for_threads(qtbot: QtBot, parent: QWidget) -> None:
    """Before the parent goes: every thread ended and every receiver heard the end."""
    for thread in parent.findChildren(QThread):
        thread.wait(30_000)
    qtbot.waitUntil(lambda: not parent.findChildren(background._Receiver))


def test_the_result_comes_back_on_the_interface_thread(qtbot: QtBot, qapp: QApplication) -> None:
    parent = _parent(qtbot)
    seen: dict[str, object] = {}

    def job(progress: Progress) -> int:
        seen["job_thread"] = QThread.currentThread()
        for step in range(3):
            progress(step, 3)
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["done_thread"] = QThread.currentThread()

    background.run_in_background(parent, "Counting…", job, done)
    assert len(parent.findChildren(QProgressDialog)) == 1
    qtbot.waitUntil(lambda: "result" in seen)
    _wait_for_threads(qtbot, parent)
    assert seen["result"] == 42
    assert seen["done_thread"] is qapp.thread()
    assert seen["job_thread"] is not qapp.thread()


def test_quiet_work_shows_no_progress_dialog(qtbot: QtBot) -> None:
    parent = _parent(qtbot)
    results: list[str] = []
    background.run_in_background(parent, None, lambda progress: "view", results.append)
    assert parent.findChildren(QProgressDialog) == []
    qtbot.waitUntil(lambda: results == ["view"])
    _wait_for_threads(qtbot, parent)


def test_stop_reaches_the_job_and_ends_quietly(qtbot: QtBot) -> None:
    parent = _parent(qtbot)
    outcome: list[object] = []

    def job(progress: Progress) -> None:
        while progress(0, 10):  # until Stop is pressed
            QThread.msleep(5)
        outcome.append("stopped")
        raise CancelledError("stopped")

    background.run_in_background(parent, "Waiting…", job, outcome.append, outcome.append)
    (dialog,) = parent.findChildren(QProgressDialog)
    try:
        (stop,) = dialog.findChildren(QPushButton)
        assert stop.text() == "Stop"
        stop.click()
        qtbot.waitUntil(lambda: outcome == ["stopped"])
    finally:
        background.stop_all(parent)  # never leave a thread running
    qtbot.waitUntil(lambda: not parent.findChildren(background._Receiver))
    assert outcome == ["stopped"]  # neither done nor failed heard of it


def test_a_roots_error_goes_to_the_callback(qtbot: QtBot) -> None:
    parent = _parent(qtbot)
    errors: list[RootsError] = []

    def job(progress: Progress) -> None:
        raise ExportError("no room")

    background.run_in_background(parent, None, job, lambda r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    _wait_for_threads(qtbot, parent)
    assert isinstance(errors[0], ExportError)


def test_stop_all_asks_running_work_to_stop_and_waits(qtbot: QtBot) -> None:
    parent = _parent(qtbot)
    started: list[bool] = []
    ended: list[str] = []

    def job(progress: Progress) -> None:
        started.append(True)
        while progress(0, 10):
            QThread.msleep(5)
        ended.append("stopped")
        raise CancelledError("stopped")

    background.run_in_background(parent, None, job, ended.append)
    try:
        qtbot.waitUntil(lambda: bool(started))
    finally:
        background.stop_all(parent)
    assert ended == ["stopped"]  # stop_all returned only once the job had ended
    qtbot.waitUntil(lambda: not parent.findChildren(background._Receiver))  # heard of it
    assert all(thread.isFinished() for thread in parent.findChildren(QThread))
