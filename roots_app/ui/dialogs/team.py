"""Change a team: its name, its members' names and roles, who joined and who left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roots_app.domain.people import Role, Team
from roots_app.ui.labels import role_label
from roots_app.ui.widgets.member_entry import MemberEntry
from roots_app.ui.widgets.table_headers import fit_headings


class TeamDialog(QDialog):
    """Edits in place; ``members()`` gives (id or "", name, role, still on the team)."""

    def __init__(self, team: Team, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the team"))
        self.setMinimumSize(680, 480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(team.name)
        self.name.setAccessibleName(self.tr("Team name"))
        form.addRow(self.tr("&Team name:"), self.name)
        layout.addLayout(form)
        hint = QLabel(
            self.tr(
                "Members who leave stay in past assessments; they are not offered for new ones."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        layout.addWidget(hint)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("On the team")]
        )
        self.table.setAccessibleName(self.tr("Team members"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        # The longest role ("Representante de la comunidad") fits, at any text size.
        longest = max(self.fontMetrics().horizontalAdvance(role_label(r)) for r in Role)
        header.resizeSection(1, longest + 4 * self.fontMetrics().horizontalAdvance("M"))
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        fit_headings(self.table)
        layout.addWidget(self.table)
        for member in team.members:
            self._add_row(member.id, member.display_name, member.role, member.active)
        self.entry = MemberEntry()
        self.entry.added.connect(lambda name, role: self._add_row("", name, role, True))
        self.new_name = self.entry.name
        layout.addWidget(self.entry)
        self.error = QLabel()
        self.error.setProperty("role", "error")  # its colour comes from ui/theme.py
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # An explicit minimum replaces the layout's: keep room for the whole member row.
        self.setMinimumSize(max(680, layout.minimumSize().width()), 480)

    def _role_box(self, role: Role) -> QComboBox:
        box = QComboBox()
        for value in Role:
            box.addItem(role_label(value), value.value)
        box.setCurrentIndex(box.findData(role.value))
        return box

    def _add_row(self, member_id: str, name: str, role: Role, active: bool) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, member_id)
        self.table.setItem(row, 0, item)
        box = self._role_box(role)
        box.setAccessibleName(self.tr("Role of %1").replace("%1", name))
        self.table.setCellWidget(row, 1, box)
        check = QCheckBox()
        check.setChecked(active)
        check.setAccessibleName(self.tr("%1 is on the team").replace("%1", name))
        self.table.setCellWidget(row, 2, check)

    def members(self) -> list[tuple[str, str, Role, bool]]:
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            role = self.table.cellWidget(row, 1)
            active = self.table.cellWidget(row, 2)
            assert isinstance(role, QComboBox) and isinstance(active, QCheckBox)
            out.append(
                (
                    item.data(Qt.ItemDataRole.UserRole),
                    " ".join(item.text().split()),
                    Role(role.currentData()),
                    active.isChecked(),
                )
            )
        return out

    def outcome(self, code: int) -> tuple[str, list[tuple[str, str, Role, bool]]] | None:
        """What ``ask`` returns once the dialog closed with ``code``: (team name, members),
        or None if cancelled."""
        if code != QDialog.DialogCode.Accepted:
            return None
        return self.name.text(), self.members()

    @classmethod
    def ask(
        cls, team: Team, parent: QWidget | None = None
    ) -> tuple[str, list[tuple[str, str, Role, bool]]] | None:
        """Show the dialog for ``team``; the new name and members, or None if cancelled."""
        dialog = cls(team, parent)
        return dialog.outcome(dialog.exec())

    def _accept(self) -> None:
        self.entry.take_pending()
        if not self.name.text().strip():
            self.error.setText(self.tr("Please give the team a name."))
            return
        if any(not name for _, name, _, _ in self.members()):
            self.error.setText(self.tr("Every member needs a name."))
            return
        self.accept()
