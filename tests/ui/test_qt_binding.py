"""The Qt binding keeps Python's reference counts right (PySide6 6.12.0 did not: each call of
a method returning nothing released None once more, and a long session aborted)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QPushButton


def test_calling_qt_methods_does_not_release_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    label, button = QLabel(), QPushButton()
    qtbot.addWidget(label)
    qtbot.addWidget(button)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        button.setChecked(False)
        button.setEnabled(True)
    assert sys.getrefcount(None) >= before - 10
