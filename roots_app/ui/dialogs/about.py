"""Help > About: the version, what Roots is built on, and the licences of everything bundled."""

from __future__ import annotations

import platform
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from roots_app import __version__


def licences_dir() -> Path | None:
    """The folder of licence texts: in an installed bundle, or in a source checkout."""
    frozen = getattr(sys, "_MEIPASS", None)  # set by PyInstaller's bundles
    folder = (
        Path(frozen) / "licenses"
        if frozen
        else Path(__file__).resolve().parents[3] / "packaging" / "licenses"
    )
    return folder if folder.is_dir() else None


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Roots"))
        layout = QVBoxLayout(self)
        self.title = QLabel(
            self.tr("Roots %1: family and community engagement, assessed together.").replace(
                "%1", __version__
            )
        )
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.versions = QLabel(
            self.tr("Built with Python %1, Qt %2 and Qt for Python %3.")
            .replace("%1", platform.python_version())
            .replace("%2", qVersion())
            .replace("%3", PySide6.__version__)
        )
        layout.addWidget(self.versions)
        self.licences = QLabel(
            "\n".join(
                [
                    self.tr("Roots is free software under the MIT license."),
                    self.tr(
                        "Qt and Qt for Python: GNU Lesser General Public License version 3; "
                        "their libraries are separate files in the install folder, which you "
                        "may replace with your own build."
                    ),
                    self.tr(
                        "Fonts: DejaVu Sans (DejaVu license), Droid Sans Fallback (Apache "
                        "License 2.0), Noto Emoji (SIL Open Font License 1.1)."
                    ),
                    self.tr("Python and the other libraries: each under its own license."),
                ]
            )
        )
        self.licences.setWordWrap(True)
        layout.addWidget(self.licences)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.folder = licences_dir()
        self.open_licences = buttons.addButton(
            self.tr("Show the &license texts"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_licences.setVisible(self.folder is not None)
        self.open_licences.clicked.connect(self._show_licences)
        layout.addWidget(buttons)
        for label in (self.title, self.versions, self.licences):
            label.setMinimumWidth(460)
        # The wrapped texts decide the height: the dialog takes the size its layout needs.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)

    def summary(self) -> str:
        """The version lines, for the log when dialogs are switched off."""
        return f"{self.title.text()} {self.versions.text()}"

    def _show_licences(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
