"""Start an assessment: which team, which rubric, which school year, who is present."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roots_app.domain import school_year
from roots_app.domain.people import School
from roots_app.domain.rubric import RubricPack
from roots_app.errors import BadInputError
from roots_app.ui.labels import role_label
from roots_app.ui.widgets.elided import whole_text_in_tooltip


class NewAssessmentDialog(QDialog):
    def __init__(
        self,
        schools: list[School],
        packs: list[RubricPack],
        language: str,
        team_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.schools = schools
        self.setWindowTitle(self.tr("Start an assessment"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.team = whole_text_in_tooltip(QComboBox())
        self.team.setAccessibleName(self.tr("Team"))
        for school in schools:
            for team in school.teams:
                self.team.addItem(f"{school.name} — {team.name}", team.id)
        if team_id is not None:
            self.team.setCurrentIndex(max(0, self.team.findData(team_id)))
        self.rubric = whole_text_in_tooltip(QComboBox())
        self.rubric.setAccessibleName(self.tr("Rubric"))
        for pack in packs:
            self.rubric.addItem(pack.title[language], pack.id)
        self.year = QComboBox()
        self.year.setEditable(True)
        self.year.setAccessibleName(self.tr("School year"))
        current = school_year.current()
        for offset in range(0, 3):
            self.year.addItem(school_year.format_year(school_year.parse(current) - offset))
        form.addRow(self.tr("&Team:"), self.team)
        form.addRow(self.tr("&Rubric:"), self.rubric)
        form.addRow(self.tr("School &year:"), self.year)
        layout.addLayout(form)
        present_label = QLabel(self.tr("&Members taking part:"))
        self.present = QListWidget()
        self.present.setAccessibleName(self.tr("Members taking part"))
        # A long name and role at large text wraps rather than running under the right edge.
        self.present.setWordWrap(True)
        self.present.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        present_label.setBuddy(self.present)
        layout.addWidget(present_label)
        layout.addWidget(self.present)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")  # its colour comes from ui/theme.py
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.team.currentIndexChanged.connect(self._fill_members)
        self._fill_members()

    def _fill_members(self) -> None:
        self.present.clear()
        team_id = self.team.currentData()
        for school in self.schools:
            for team in school.teams:
                if team.id != team_id:
                    continue
                for member in (m for m in team.members if m.active):
                    item = QListWidgetItem(f"{member.display_name} — {role_label(member.role)}")
                    item.setData(Qt.ItemDataRole.UserRole, member.id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked)
                    self.present.addItem(item)

    def choices(self) -> tuple[str, str, str, list[str]]:
        """(team id, pack id, school year, ids of members present)."""
        members = [
            self.present.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.present.count())
            if self.present.item(i).checkState() == Qt.CheckState.Checked
        ]
        return self.team.currentData(), self.rubric.currentData(), self.year.currentText(), members

    def outcome(self, code: int) -> tuple[str, str, str, list[str]] | None:
        """What ``ask`` returns once the dialog closed with ``code``: ``choices()``, or None
        if cancelled."""
        return self.choices() if code == QDialog.DialogCode.Accepted else None

    @classmethod
    def ask(
        cls,
        schools: list[School],
        packs: list[RubricPack],
        language: str,
        team_id: str | None = None,
        parent: QWidget | None = None,
    ) -> tuple[str, str, str, list[str]] | None:
        """Show the dialog; (team id, pack id, school year, members present) or None."""
        dialog = cls(schools, packs, language, team_id, parent)
        return dialog.outcome(dialog.exec())

    def _accept(self) -> None:
        if self.team.currentData() is None:
            self.error.setText(self.tr("Create a school and team first."))
            return
        try:
            school_year.parse(self.year.currentText())
        except BadInputError:
            self.error.setText(self.tr("Write the school year like 2025-26."))
            self.year.setFocus()
            return
        self.accept()
