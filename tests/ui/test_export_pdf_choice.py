"""The print dialog hands its choices to the export as values (issue 15), and still remembers
them in the settings so the next export starts from them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from roots_app.domain import vocabulary
from roots_app.settings import Settings
from roots_app.ui.dialogs.export_pdf import ExportPdfDialog, PdfChoice


def _ok(qtbot: QtBot, dialog: ExportPdfDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_one_plan_s_choices_come_back_as_values(qtbot: QtBot) -> None:
    settings = Settings(language="en", open_after_export="yes")
    dialog = ExportPdfDialog(settings, "en")
    qtbot.addWidget(dialog)
    assert dialog.choice() == PdfChoice("en", "letter", open_after=True)  # the defaults
    offered = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert offered == list(vocabulary.PDF_LANGUAGES)
    assert dialog.language.itemText(1) == vocabulary.LANGUAGE_NAMES["es"] == "Español"
    dialog.language.setCurrentIndex(dialog.language.findData("both"))
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("a4"))
    dialog.open_after.setChecked(False)
    _ok(qtbot, dialog)
    assert dialog.result() == ExportPdfDialog.DialogCode.Accepted
    assert dialog.choice() == PdfChoice("both", "a4", open_after=False)
    assert (settings.pdf_language, settings.page_size, settings.open_after_export) == (
        "both",
        "a4",
        "no",
    )


def test_a_year_s_choices_name_the_year_and_never_open_a_file(qtbot: QtBot) -> None:
    settings = Settings(language="es", open_after_export="yes")
    dialog = ExportPdfDialog(settings, "es", ["2025-26", "2024-25"])
    qtbot.addWidget(dialog)
    dialog.year.setCurrentIndex(dialog.year.findText("2024-25"))
    _ok(qtbot, dialog)
    assert dialog.choice() == PdfChoice("es", "letter", open_after=False, year="2024-25")
    assert settings.open_after_export == "yes"  # not asked for a year: left as it was
