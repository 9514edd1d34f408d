"""A row to add a team member: name, role, and Add (Enter in the name adds, too)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from roots_app.domain.people import Role
from roots_app.ui.labels import role_label


class MemberEntry(QWidget):
    added = Signal(str, object)  # name (spaces tidied), Role

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name"))
        self.name.setAccessibleName(self.tr("New member's name"))
        # Room for a name (and the hint) beside a long role, at any text size.
        self.name.setMinimumWidth(12 * self.name.fontMetrics().averageCharWidth())
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("New member's role"))
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.add_button = QPushButton(self.tr("&Add member"))
        self.add_button.clicked.connect(self.add)
        row.addWidget(self.name, 2)
        row.addWidget(self.role, 1)
        row.addWidget(self.add_button)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the name adds the member; taken here, it does not reach the dialog's
        # default button (Save).
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.focusWidget() is self.name:
            self.add()
            return
        super().keyPressEvent(event)

    def add(self) -> None:
        name = " ".join(self.name.text().split())
        if not name:
            self.name.setFocus()
            return
        self.added.emit(name, Role(self.role.currentData()))
        self.name.clear()
        self.name.setFocus()

    def take_pending(self) -> None:
        """A name typed but not added (Save pressed first) is added, not lost."""
        if self.name.text().strip():
            self.add()
