"""Add or change one action of the growth plan."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from roots_app.domain.plan import Action, ActionStatus
from roots_app.ui.labels import action_status_label


class _OptionalDate(QWidget):
    """A date that may be left empty: a check box turns it on."""

    def __init__(self, name: str, value: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(self.tr("Set"))
        self.enabled.setAccessibleName(self.tr("Set %1").replace("%1", name))
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setAccessibleName(name)
        self.edit.setDate(QDate(value) if value else QDate.currentDate())
        self.enabled.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.enabled.toggled.connect(self.edit.setEnabled)
        row.addWidget(self.enabled)
        row.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.enabled.isChecked() else None  # type: ignore[return-value]


class ActionDialog(QDialog):
    def __init__(self, action: Action | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = action or Action("", "")
        self.setWindowTitle(
            self.tr("Action") if action is None or not action.id else self.tr("Change action")
        )
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.description = QPlainTextEdit(self.original.description)
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(100)
        self.description.setAccessibleName(self.tr("What will be done"))
        self.owner = QLineEdit(self.original.owner)
        self.owner.setAccessibleName(self.tr("Who leads it"))
        self.start = _OptionalDate(self.tr("Start date"), self.original.start)
        self.due = _OptionalDate(self.tr("Due date"), self.original.due)
        self.resources = QLineEdit(self.original.resources)
        self.resources.setAccessibleName(self.tr("Resources"))
        self.measure = QLineEdit(self.original.measure)
        self.measure.setAccessibleName(self.tr("Measure of success"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for status in ActionStatus:
            self.status.addItem(action_status_label(status), status.value)
        self.status.setCurrentIndex(self.status.findData(self.original.status.value))
        form.addRow(self.tr("&What will be done:"), self.description)
        form.addRow(self.tr("Who &leads it:"), self.owner)
        form.addRow(self.tr("Start:"), self.start)
        form.addRow(self.tr("Due:"), self.due)
        form.addRow(self.tr("&Resources:"), self.resources)
        form.addRow(self.tr("&Measure of success:"), self.measure)
        form.addRow(self.tr("S&tatus:"), self.status)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setProperty("role", "error")  # its colour comes from ui/theme.py
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def action(self) -> Action:
        return Action(
            id=self.original.id,
            description=self.description.toPlainText().strip(),
            owner=self.owner.text().strip(),
            start=self.start.value(),
            due=self.due.value(),
            resources=self.resources.text().strip(),
            measure=self.measure.text().strip(),
            status=ActionStatus(self.status.currentData()),
            carried_from=self.original.carried_from,
            version=self.original.version,  # what was shown: a newer save is caught
        )

    def outcome(self, code: int) -> Action | None:
        """What ``ask`` returns once the dialog closed with ``code``: the action as written,
        or None if cancelled."""
        return self.action() if code == QDialog.DialogCode.Accepted else None

    @classmethod
    def ask(cls, action: Action | None = None, parent: QWidget | None = None) -> Action | None:
        """Show the dialog for ``action`` (None: a new one); the action, or None."""
        dialog = cls(action, parent)
        return dialog.outcome(dialog.exec())

    def _accept(self) -> None:
        chosen = self.action()
        if not chosen.description:
            self.error.setText(self.tr("Please say what will be done."))
            self.description.setFocus()
            return
        if chosen.start and chosen.due and chosen.due < chosen.start:
            self.error.setText(self.tr("The due date is before the start date."))
            return
        self.accept()
