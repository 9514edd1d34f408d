"""Unexpected errors: log them, then a dialog with what to do and a "Copy details" button."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roots_app import __version__
from roots_app.errors import RootsError
from roots_app.ui import messages

log = logging.getLogger("roots_app.crash")


class CrashDialog(QDialog):
    def __init__(
        self,
        details: str,
        log_file: Path | None,
        parent: QWidget | None = None,
        last_time: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        layout = QVBoxLayout(self)
        if last_time:  # a hard crash, found when Roots started again
            text = self.tr(
                "Roots closed unexpectedly last time. Everything it had saved is safe (it was "
                "checked as Roots started). If this happens again, send the details below to "
                "your coordinator or support."
            )
        else:
            text = self.tr(
                "Roots met a problem it did not expect. Everything saved before this moment is "
                "safe. You can keep working; if it happens again, send the details below to your "
                "coordinator or support."
            )
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if log_file is not None:
            where = QLabel(
                self.tr("The details are also in the log file: %1").replace("%1", str(log_file))
            )
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details.toPlainText())


class ExceptionHook:
    """Installed as sys.excepthook: Qt calls it for exceptions raised in slots."""

    def __init__(self, log_file: Path | None) -> None:
        self.log_file = log_file
        self.showing = False

    def __call__(
        self,
        kind: type[BaseException],
        value: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if isinstance(value, RootsError):  # a known problem that slipped past a handler
            messages.show_error(QApplication.activeWindow(), value)
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("Unexpected error\n%s", details)
        if self.showing or QCoreApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        self.showing = True
        try:
            header = f"Roots {__version__}, Python {sys.version.split()[0]}\n\n"
            CrashDialog(header + details, self.log_file, QApplication.activeWindow()).exec()
        finally:
            self.showing = False
