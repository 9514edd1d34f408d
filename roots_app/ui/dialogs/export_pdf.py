"""Choose how to print plans: language, page size, whether to open the file when done."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from roots_app.domain import school_year, vocabulary
from roots_app.settings import Settings


@dataclass(frozen=True, slots=True)
class PdfChoice:
    """What the person chose, handed to the export as values (not read back from settings)."""

    language: str  # en, es or both
    page_size: str  # letter or a4
    open_after: bool
    year: str = ""  # the school year, when printing all plans of a year


class ExportPdfDialog(QDialog):
    """Remembers the choices in the settings, so the next export starts from them."""

    def __init__(
        self,
        settings: Settings,
        language: str,
        years: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(
            self.tr("Print all plans of a year") if years else self.tr("Print the growth plan")
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("School year"))
        for year in years or []:
            self.year.addItem(year)
        if years:
            current = school_year.current()
            self.year.setCurrentIndex(max(0, self.year.findText(current)))
            form.addRow(self.tr("School &year:"), self.year)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the PDF"))
        for code, name in vocabulary.LANGUAGE_NAMES.items():  # each in its own language
            self.language.addItem(name, code)
        self.language.addItem(self.tr("Both, side by side"), vocabulary.BOTH)
        chosen = settings.pdf_language or language
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        self.page_size = QComboBox()
        self.page_size.setAccessibleName(self.tr("Paper size"))
        self.page_size.addItem(self.tr("Letter"), "letter")
        self.page_size.addItem("A4", "a4")
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(settings.page_size)))
        self.open_after = QCheckBox(self.tr("&Open the file when it is ready"))
        self.open_after.setChecked(settings.open_after_export == "yes" and not years)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Paper:"), self.page_size)
        layout.addLayout(form)
        if not years:
            layout.addWidget(self.open_after)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose where…"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def outcome(self, code: int) -> PdfChoice | None:
        """What ``ask`` returns once the dialog closed with ``code``: the choices made (the
        school year is "" when printing one plan), or None if cancelled."""
        return self.choice() if code == QDialog.DialogCode.Accepted else None

    @classmethod
    def ask(
        cls,
        settings: Settings,
        language: str,
        years: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> PdfChoice | None:
        """Show the dialog (see ``outcome``)."""
        dialog = cls(settings, language, years, parent)
        return dialog.outcome(dialog.exec())

    def _accept(self) -> None:
        self.settings.pdf_language = self.language.currentData()
        self.settings.page_size = self.page_size.currentData()
        if self.open_after.isVisibleTo(self):
            self.settings.open_after_export = "yes" if self.open_after.isChecked() else "no"
        self.accept()

    def choice(self) -> PdfChoice:
        return PdfChoice(
            language=str(self.language.currentData()),
            page_size=str(self.page_size.currentData()),
            open_after=self.open_after.isVisibleTo(self) and self.open_after.isChecked(),
            year=self.year.currentText(),
        )
