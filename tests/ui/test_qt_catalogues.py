"""Qt's own dialogs speak Spanish when Roots does (issue 12): the file and folder choosers'
labels, which Qt's Spanish catalogue lacks since Qt 6 renamed them, come from ours."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from roots_app.ui.i18n import Translations


@pytest.fixture
def spanish(qapp, data_dir: Path) -> Iterator[Translations]:  # type: ignore[no-untyped-def]
    translations = Translations(data_dir / "cache")
    translations.apply("es")
    yield translations
    translations.apply("en")  # the interface language is process-wide


def _chooser(qtbot: QtBot, mode: QFileDialog.FileMode, save: bool = False) -> QFileDialog:
    dialog = QFileDialog(None, "Roots", str(Path.home()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own widgets, as in tests
    dialog.setFileMode(mode)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    return dialog


def test_a_file_chooser_is_in_spanish(qtbot: QtBot, spanish: Translations) -> None:
    dialog = _chooser(qtbot, QFileDialog.FileMode.AnyFile, save=True)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Buscar en:", "&Nombre del archivo:", "&Tipo de archivo:"} <= labels
    assert not labels & {"&Look in:", "Files of &type:", "File &name:"}
    buttons = dialog.findChild(QDialogButtonBox)
    assert {b.text() for b in buttons.buttons()} == {"&Guardar", "Cancelar"}


def test_a_folder_chooser_is_in_spanish(qtbot: QtBot, spanish: Translations) -> None:
    dialog = _chooser(qtbot, QFileDialog.FileMode.Directory)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Buscar en:", "Carpeta:"} <= labels


def test_qt_catalogue_is_the_one_in_the_pyside6_wheel(spanish: Translations) -> None:
    """Where the installed app finds Qt's catalogue: PySide6's own, beside Qt's libraries."""
    loaded = [Path(t.filePath()) for t in spanish._translators]
    assert [p.name for p in loaded] == ["qtbase_es.qm", "roots_app_es.qm"]
    assert "PySide6" in loaded[0].parts
