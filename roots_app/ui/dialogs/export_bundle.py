"""Choose what goes into a .roots file: one assessment, one school, or everything."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from roots_app.domain.assessment import AssessmentInfo
from roots_app.domain.people import School
from roots_app.services.bundles import Scope


class ExportBundleDialog(QDialog):
    def __init__(
        self,
        all_schools: list[School],
        assessment: AssessmentInfo | None,
        school_id: str | None,
        names_included: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.assessment = assessment
        self.setWindowTitle(self.tr("Save a .roots file"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A .roots file carries your work to another computer (by USB stick or e-mail). "
                "Importing it there adds and updates schools, teams, ratings and plans; nothing "
                "is overwritten without asking."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.choice = QButtonGroup(self)
        self.one_assessment = QRadioButton()
        if assessment is not None:
            self.one_assessment.setText(
                self.tr("&This assessment: %1, %2, %3")
                .replace("%1", assessment.school_name)
                .replace("%2", assessment.team_name)
                .replace("%3", assessment.school_year)
            )
        else:
            self.one_assessment.setText(self.tr("&This assessment (open or select one first)"))
            self.one_assessment.setEnabled(False)
        self.one_school = QRadioButton(self.tr("One &school, all its years:"))
        self.school = QComboBox()
        self.school.setAccessibleName(self.tr("School to save"))
        for school in sorted(all_schools, key=lambda s: s.name.casefold()):
            self.school.addItem(school.name, school.id)
        if school_id is not None:
            self.school.setCurrentIndex(max(0, self.school.findData(school_id)))
        self.school.activated.connect(lambda _: self.one_school.setChecked(True))
        self.everything = QRadioButton(self.tr("&Everything on this computer"))
        for n, button in enumerate((self.one_assessment, self.one_school, self.everything)):
            self.choice.addButton(button, n)
            layout.addWidget(button)
            if button is self.one_school:
                indented = QHBoxLayout()
                indented.setContentsMargins(24, 0, 0, 0)
                indented.addWidget(self.school)
                layout.addLayout(indented)
        (self.one_assessment if assessment is not None else self.one_school).setChecked(True)
        self.no_names = QCheckBox(self.tr("Leave member &names out (roles only, for the district)"))
        self.no_names.setChecked(not names_included)
        layout.addWidget(self.no_names)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose where…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def scope(self) -> Scope:
        if self.one_assessment.isChecked() and self.assessment is not None:
            return Scope(assessments=(self.assessment.id,))
        if self.one_school.isChecked() and self.school.currentData():
            return Scope(school=self.school.currentData())
        return Scope()

    def file_stem(self) -> str:
        """A file name that says what is inside."""
        if self.one_assessment.isChecked() and self.assessment is not None:
            a = self.assessment
            return f"{a.school_name} {a.team_name} {a.school_year}"
        if self.one_school.isChecked() and self.school.currentData():
            return self.school.currentText()
        return self.tr("all schools")

    @property
    def member_names(self) -> bool:
        return not self.no_names.isChecked()

    def outcome(self, code: int) -> tuple[Scope, str, bool] | None:
        """What ``ask`` returns once the dialog closed with ``code``: (what to save, a file
        name that says what is inside, whether member names go in), or None if cancelled."""
        if code != QDialog.DialogCode.Accepted:
            return None
        return self.scope(), self.file_stem(), self.member_names

    @classmethod
    def ask(
        cls,
        all_schools: list[School],
        assessment: AssessmentInfo | None,
        school_id: str | None,
        names_included: bool = True,
        parent: QWidget | None = None,
    ) -> tuple[Scope, str, bool] | None:
        """Show the dialog (see ``outcome``)."""
        dialog = cls(all_schools, assessment, school_id, names_included, parent)
        return dialog.outcome(dialog.exec())
