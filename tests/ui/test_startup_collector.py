"""roots-app pauses Python's cycle collector only while it starts (issue 14: start-up time)."""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from roots_app.ui import launch


def test_importing_the_launcher_leaves_the_collector_on() -> None:
    assert launch._COLLECTING  # on when the launcher was imported (it pauses it meanwhile)
    assert gc.isenabled()


def test_the_collector_is_back_on_after_the_first_paint(qtbot: QtBot) -> None:
    window = QLabel("Roots")
    qtbot.addWidget(window)
    window.installEventFilter(launch._CollectAfterFirstPaint(window))
    gc.disable()
    try:
        assert not gc.isenabled()
        window.show()
        qtbot.waitUntil(gc.isenabled)
    finally:
        gc.enable()
