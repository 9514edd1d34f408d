"""Before importing the state's Priority 3 file: how many LEAs are new, updated or unchanged,
and the choice of importing only one LEA's row (most districts) or every row.

The preview is the import of every row rolled back (services/state.py); the counts for one
LEA are that preview's rows of its CDS code, so changing the choice reads nothing again.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from roots_app.domain.state_report import CDS_DIGITS
from roots_app.services.state import NEW, UNCHANGED, UPDATED, RowOutcome, StateImport
from roots_app.ui.widgets.retranslate import Retranslating, heading

ALL_ROWS = ""  # what ``ask`` answers for "every row"


class StateImportDialog(Retranslating, QDialog):
    def __init__(
        self, preview: StateImport, remembered: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.title = heading()
        layout.addWidget(self.title)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        layout.addWidget(self.facts)
        self.only_one = QRadioButton()
        self.cds = QLineEdit(remembered)
        self.cds.setMaxLength(CDS_DIGITS)
        self.every_row = QRadioButton()
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.only_one)
        self.choice.addButton(self.every_row)
        one_row = QHBoxLayout()
        one_row.addWidget(self.only_one)
        one_row.addWidget(self.cds, 1)
        layout.addLayout(one_row)
        layout.addWidget(self.every_row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "muted")
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton()
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Most districts want only their own row: that is the choice once a code is known.
        (self.only_one if remembered else self.every_row).setChecked(True)
        self.cds.setEnabled(bool(remembered))
        self.only_one.toggled.connect(self._chosen)
        self.cds.textChanged.connect(self._update)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import the state's Priority 3 file"))
        self.title.setText(self.tr("Import the state's Priority 3 file"))
        p = self.preview
        self.facts.setText(
            self.tr("%1: the state's layout of %2, %n row(s).", "", p.rows_in_file)
            .replace("%1", p.path.name)
            .replace("%2", p.layout)
        )
        self.only_one.setText(self.tr("&Only this LEA (CDS code):"))
        self.cds.setAccessibleName(self.tr("The LEA's 14-digit CDS code"))
        self.cds.setPlaceholderText(self.tr("14 digits, like 19647330000000"))
        self.every_row.setText(self.tr("&All rows (every LEA in the file)"))
        self.import_button.setText(self.tr("&Import"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._update()

    def _chosen(self, only_one: bool) -> None:
        self.cds.setEnabled(only_one)
        if only_one:
            self.cds.setFocus()
        self._update()

    def chosen_rows(self) -> list[RowOutcome] | None:
        """The rows the choice would import; None while the CDS code is not 14 digits."""
        if self.every_row.isChecked():
            return list(self.preview.outcomes)
        code = self.cds.text().strip()
        if len(code) != CDS_DIGITS or not code.isdigit():
            return None
        return [o for o in self.preview.outcomes if o.cds_code == code]

    def _update(self) -> None:
        rows = self.chosen_rows()
        if rows is None:
            self.summary.setText(self.tr("Type the LEA's 14-digit CDS code."))
        elif not rows:
            self.summary.setText(
                self.tr("This file has no row for the CDS code %1.").replace(
                    "%1", self.cds.text().strip()
                )
            )
        else:
            count = {k: sum(1 for o in rows if o.outcome == k) for k in (NEW, UPDATED, UNCHANGED)}
            named = rows[0].lea_name if len(rows) == 1 else ""
            said = (
                self.tr("New: %1 · updated: %2 · unchanged: %3.")
                .replace("%1", QLocale().toString(count[NEW]))
                .replace("%2", QLocale().toString(count[UPDATED]))
                .replace("%3", QLocale().toString(count[UNCHANGED]))
            )
            # A dash, not a colon: the counts already read "New: 1 · …".
            self.summary.setText(f"{named} — {said}" if named else said)
        self.summary.setAccessibleName(self.summary.text())
        self.import_button.setEnabled(bool(rows))

    def outcome(self, code: int) -> str | None:
        """What ``ask`` returns once closed with ``code``: the CDS code of the one LEA to
        import, ALL_ROWS for every row, or None if cancelled."""
        if code != QDialog.DialogCode.Accepted or not self.chosen_rows():
            return None
        return ALL_ROWS if self.every_row.isChecked() else self.cds.text().strip()

    @classmethod
    def ask(
        cls, preview: StateImport, remembered: str = "", parent: QWidget | None = None
    ) -> str | None:
        dialog = cls(preview, remembered, parent)
        return dialog.outcome(dialog.exec())
