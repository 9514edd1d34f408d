"""Create a school and its Family Action Team, with members and their roles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roots_app.domain.people import Role
from roots_app.ui.labels import role_label


class SchoolTeamDialog(QDialog):
    """Collects the names; the caller saves them through the services."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a school and team"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.school_name = QLineEdit()
        self.school_name.setAccessibleName(self.tr("School name"))
        self.team_name = QLineEdit(self.tr("Family Action Team"))
        self.team_name.setAccessibleName(self.tr("Team name"))
        form.addRow(self.tr("&School name:"), self.school_name)
        form.addRow(self.tr("&Team name:"), self.team_name)
        layout.addLayout(form)

        members_heading = QLabel(self.tr("Team members"))
        members_heading.setProperty("role", "subheading")
        layout.addWidget(members_heading)
        hint = QLabel(
            self.tr(
                "Add each member with their role. You can rate as a team without "
                "members, and add members later."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.member_name = QLineEdit()
        self.member_name.setPlaceholderText(self.tr("Name"))
        self.member_name.setAccessibleName(self.tr("New member's name"))
        self.member_role = QComboBox()
        self.member_role.setAccessibleName(self.tr("New member's role"))
        for role in Role:
            self.member_role.addItem(role_label(role), role.value)
        self.add_button = QPushButton(self.tr("&Add member"))
        self.add_button.clicked.connect(self.add_member)
        row.addWidget(self.member_name, 2)
        row.addWidget(self.member_role, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.members = QListWidget()
        self.members.setAccessibleName(self.tr("Members added"))
        layout.addWidget(self.members)
        self.remove_button = QPushButton(self.tr("&Remove selected member"))
        self.remove_button.clicked.connect(self.remove_member)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B00020;")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the name box adds the member; it must not also press Save.
        if self.focusWidget() is self.member_name and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            self.add_member()
            return
        super().keyPressEvent(event)

    def add_member(self) -> None:
        name = " ".join(self.member_name.text().split())
        if not name:
            self.member_name.setFocus()
            return
        role = Role(self.member_role.currentData())
        item = QListWidgetItem(f"{name} — {role_label(role)}")
        item.setData(Qt.ItemDataRole.UserRole, (name, role.value))
        self.members.addItem(item)
        self.member_name.clear()
        self.member_name.setFocus()

    def remove_member(self) -> None:
        for item in self.members.selectedItems():
            self.members.takeItem(self.members.row(item))

    def member_list(self) -> list[tuple[str, Role]]:
        out = []
        for i in range(self.members.count()):
            name, role = self.members.item(i).data(Qt.ItemDataRole.UserRole)
            out.append((name, Role(role)))
        return out

    def _accept(self) -> None:
        if self.member_name.text().strip():  # typed a name but did not press Add: keep it
            self.add_member()
        if not self.school_name.text().strip():
            self.error.setText(self.tr("Please give the school a name."))
            self.school_name.setFocus()
            return
        if not self.team_name.text().strip():
            self.error.setText(self.tr("Please give the team a name."))
            self.team_name.setFocus()
            return
        self.accept()
