"""Print rating sheets (File > Print rating sheets…): whose sheets, blank sets, language, paper.

The dialog hands its choices back as one value (``SheetsChoice``); ``print_rating_sheets``
then writes the PDF in the background with a progress bar. The PDF itself comes from the
paper-sheet service (``services.sheets``); ``_print`` is the one place that calls it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from roots_app.domain import vocabulary
from roots_app.domain.assessment import Assessment, AssessmentInfo
from roots_app.domain.people import Member
from roots_app.services import plans
from roots_app.services.context import Roots
from roots_app.settings import Settings
from roots_app.ui.background import Worker, run_in_background
from roots_app.ui.exporting import tell_saved
from roots_app.ui.labels import role_label

MAX_BLANKS = 200  # blank sets in one go: a big parent night, not a typo of 2,000


@dataclass(frozen=True, slots=True)
class SheetsChoice:
    """What to print: a set for each of ``member_ids`` (in the list's order), then ``blanks``
    blank sets, in ``language`` (en, es or both) on ``page_size`` paper, into ``path``."""

    member_ids: tuple[str, ...]
    blanks: int
    language: str
    page_size: str
    path: Path


def sheets_file_name(info: AssessmentInfo, language: str) -> str:
    """``escuela-..._family-action-team_2025-26_es_sheets.pdf``, beside the plan's name."""
    return (
        plans.file_name(info.school_name, info.team_name, info.school_year, language)[
            : -len(".pdf")
        ]
        + "_sheets.pdf"
    )


class PrintSheetsDialog(QDialog):
    """Every member present is ticked at first; the paper size starts from the settings."""

    def __init__(
        self,
        settings: Settings,
        info: AssessmentInfo,
        members: Sequence[Member],
        language: str,
        folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.info = info
        self.folder = folder
        self.setWindowTitle(self.tr("Print rating sheets"))
        self.setMinimumWidth(560)
        self.resize(760, 600)  # the intro wraps in few lines, long Spanish names included
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Paper sheets for %1, %2 (%3): one set for each member ticked, and blank sets "
                "with a line for a name and boxes for a role."
            )
            .replace("%1", info.school_name)
            .replace("%2", info.team_name)
            .replace("%3", info.school_year)
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)

        self.members = QListWidget()
        self.members.setAccessibleName(self.tr("Members to print a sheet for"))
        for member in members:
            item = QListWidgetItem(f"{member.display_name} ({role_label(member.role)})")
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.members.addItem(item)
        members_label = QLabel(self.tr("&Members (a sheet with each name printed):"))
        members_label.setWordWrap(True)
        members_label.setBuddy(self.members)
        layout.addWidget(members_label)
        layout.addWidget(self.members, 1)
        ticks = QHBoxLayout()
        self.all_button = QPushButton(self.tr("Tick &all"))
        self.all_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        self.none_button = QPushButton(self.tr("Tick &none"))
        self.none_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))
        ticks.addWidget(self.all_button)
        ticks.addWidget(self.none_button)
        ticks.addStretch(1)
        layout.addLayout(ticks)

        form = QFormLayout()
        self.blanks = QSpinBox()
        self.blanks.setRange(0, MAX_BLANKS)
        self.blanks.setAccessibleName(self.tr("Number of blank sheets"))
        typed = self.blanks.findChild(QLineEdit)  # where the number is typed: read the same
        if typed is not None:
            typed.setAccessibleName(self.blanks.accessibleName())
        form.addRow(self.tr("&Blank sheets:"), self.blanks)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the sheets"))
        for code, name in vocabulary.LANGUAGE_NAMES.items():  # each in its own language
            self.language.addItem(name, code)
        self.language.addItem(self.tr("Both, side by side"), vocabulary.BOTH)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form.addRow(self.tr("&Language:"), self.language)
        self.page_size = QComboBox()
        self.page_size.setAccessibleName(self.tr("Paper size"))
        names = {"letter": self.tr("Letter"), "a4": "A4"}
        for size in vocabulary.PAGE_SIZES:
            self.page_size.addItem(names.get(size, size), size)
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(settings.page_size)))
        form.addRow(self.tr("&Paper:"), self.page_size)
        self.path = QLineEdit(str(folder / sheets_file_name(info, language)))
        self.path.setAccessibleName(self.tr("File to save the sheets in"))
        self.browse = QPushButton(self.tr("C&hoose…"))
        self.browse.setAccessibleName(self.tr("Choose the file to save the sheets in"))
        self.browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        save_as = QLabel(self.tr("&Save as:"))
        save_as.setBuddy(self.path)  # a row holding a layout gets no buddy of its own
        form.addRow(save_as, where)
        layout.addLayout(form)

        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ma&ke the PDF"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _tick_all(self, state: Qt.CheckState) -> None:
        for row in range(self.members.count()):
            self.members.item(row).setCheckState(state)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the rating sheets"),
            self.path.text(),
            self.tr("PDF documents (*.pdf)"),
        )
        if chosen:
            self.path.setText(chosen)

    def member_ids(self) -> tuple[str, ...]:
        return tuple(
            str(self.members.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.members.count())
            if self.members.item(row).checkState() == Qt.CheckState.Checked
        )

    def choice(self) -> SheetsChoice:
        text = self.path.text().strip()
        path = Path(text if text.lower().endswith(".pdf") else text + ".pdf")
        return SheetsChoice(
            member_ids=self.member_ids(),
            blanks=self.blanks.value(),
            language=str(self.language.currentData()),
            page_size=str(self.page_size.currentData()),
            path=path,
        )

    def _accept(self) -> None:
        if not self.member_ids() and self.blanks.value() == 0:
            self.error.setText(self.tr("Tick at least one member, or ask for blank sheets."))
            return
        if not self.path.text().strip():
            self.error.setText(self.tr("Please choose where to save the sheets."))
            return
        folder = self.choice().path.parent
        if not folder.is_dir():
            self.error.setText(
                self.tr("The folder %1 does not exist. Please choose another.").replace(
                    "%1", str(folder)
                )
            )
            return
        self.settings.page_size = self.page_size.currentData()
        self.accept()

    def outcome(self, code: int) -> SheetsChoice | None:
        """What ``ask`` returns once the dialog closed with ``code``: the choices, or None."""
        return self.choice() if code == QDialog.DialogCode.Accepted else None

    @classmethod
    def ask(
        cls,
        settings: Settings,
        info: AssessmentInfo,
        members: Sequence[Member],
        language: str,
        folder: Path,
        parent: QWidget | None = None,
    ) -> SheetsChoice | None:
        """Show the dialog (see ``outcome``)."""
        dialog = cls(settings, info, members, language, folder, parent)
        return dialog.outcome(dialog.exec())


def _print(
    roots: Roots, assessment_id: str, choice: SheetsChoice, progress: Callable[[int, int], bool]
) -> Path:
    """Write the chosen sheets to ``choice.path`` (the one call of the paper-sheet service)."""
    from roots_app.services import sheets  # imported when first used: start-up stays light

    progress(0, 1)
    written: Path = sheets.export_sheets(
        roots,
        assessment_id,
        choice.path,
        member_ids=choice.member_ids,
        blanks=choice.blanks,
        language=choice.language,
        page_size=choice.page_size,
    )
    progress(1, 1)
    return written


def print_rating_sheets(
    parent: QWidget, roots: Roots, assessment: Assessment, language: str, folder: Path
) -> Worker | None:
    """Ask what to print, then write the PDF in the background; says where it went."""
    choice = PrintSheetsDialog.ask(
        roots.settings, assessment.info, assessment.present, language, folder, parent
    )
    if choice is None:
        return None
    roots.settings.export_folder = str(choice.path.parent)
    roots.save_settings()

    def done(path: Path) -> None:
        tell_saved(
            parent,
            path,
            QCoreApplication.translate("PrintSheetsDialog", "The rating sheets were saved."),
            QCoreApplication.translate("PrintSheetsDialog", "They are in %1"),
            open_file=True,
        )

    return run_in_background(
        parent,
        QCoreApplication.translate("PrintSheetsDialog", "Making the rating sheets…"),
        lambda report: _print(roots, assessment.id, choice, report),
        done,
    )
