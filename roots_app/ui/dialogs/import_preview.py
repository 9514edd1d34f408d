"""Before importing a .roots file: what it will add and update, and a choice for each conflict.

Conflicts are shown side by side (this computer, the file) field by field; the person keeps
one version of each. Keeping this computer's version is preselected: doing nothing never
overwrites anyone's work.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roots_app.domain.assessment import Status
from roots_app.domain.merge import Outcome, Resolution
from roots_app.domain.people import Role
from roots_app.domain.plan import ActionStatus
from roots_app.services.bundles import Conflict, ImportReport
from roots_app.ui import labels
from roots_app.ui.widgets.page_scroll import scrolling_page
from roots_app.ui.widgets.table_headers import fit_headings
from roots_app.ui.widgets.wrapping_choice import WrappingRadio


def table_label(table: str) -> str:
    return {
        "schools": QCoreApplication.translate("ImportPreview", "Schools"),
        "teams": QCoreApplication.translate("ImportPreview", "Teams"),
        "members": QCoreApplication.translate("ImportPreview", "Team members"),
        "assessments": QCoreApplication.translate("ImportPreview", "Assessments"),
        "assessment_members": QCoreApplication.translate("ImportPreview", "Members taking part"),
        "ratings": QCoreApplication.translate("ImportPreview", "Members' ratings"),
        "agreements": QCoreApplication.translate("ImportPreview", "Agreed levels"),
        "plan_focuses": QCoreApplication.translate("ImportPreview", "Plan focus areas"),
        "plan_actions": QCoreApplication.translate("ImportPreview", "Plan actions"),
        "paper_sheets": QCoreApplication.translate("ImportPreview", "Blank paper sheets"),
        "paper_ratings": QCoreApplication.translate("ImportPreview", "Ratings from paper"),
        "paper_evidence": QCoreApplication.translate("ImportPreview", "Handwriting on paper"),
    }.get(table, table)


def field_label(name: str) -> str:
    return {
        "name": QCoreApplication.translate("ImportPreview", "Name"),
        "display_name": QCoreApplication.translate("ImportPreview", "Name"),
        "district": QCoreApplication.translate("ImportPreview", "District"),
        "region": QCoreApplication.translate("ImportPreview", "Region"),
        "deleted_at": QCoreApplication.translate("ImportPreview", "Removed"),
        "role": QCoreApplication.translate("ImportPreview", "Role"),
        "active": QCoreApplication.translate("ImportPreview", "Still on the team"),
        "position": QCoreApplication.translate("ImportPreview", "Order"),
        "status": QCoreApplication.translate("ImportPreview", "Status"),
        "revealed": QCoreApplication.translate("ImportPreview", "Ratings shown to the team"),
        "school_year": QCoreApplication.translate("ImportPreview", "School year"),
        "level": QCoreApplication.translate("ImportPreview", "Level"),
        "evidence": QCoreApplication.translate("ImportPreview", "Evidence"),
        "reason": QCoreApplication.translate("ImportPreview", "Reason"),
        "goal": QCoreApplication.translate("ImportPreview", "Goal"),
        "why": QCoreApplication.translate("ImportPreview", "Why"),
        "description": QCoreApplication.translate("ImportPreview", "Action"),
        "owner": QCoreApplication.translate("ImportPreview", "Who"),
        "start": QCoreApplication.translate("ImportPreview", "Start"),
        "due": QCoreApplication.translate("ImportPreview", "Due"),
        "resources": QCoreApplication.translate("ImportPreview", "Resources"),
        "measure": QCoreApplication.translate("ImportPreview", "Measure of success"),
        "carried_from": QCoreApplication.translate("ImportPreview", "Carried from last year"),
        "sheet_no": QCoreApplication.translate("ImportPreview", "Sheet number"),
        "name_on_sheet": QCoreApplication.translate("ImportPreview", "Name written on the sheet"),
        "role_on_sheet": QCoreApplication.translate("ImportPreview", "Role ticked on the sheet"),
        "image": QCoreApplication.translate("ImportPreview", "Scan of the handwriting"),
    }.get(name, name)


def value_text(conflict: Conflict, name: str, value: Any, language: str) -> str:
    """A value as a person reads it: a level with its name, a role or status in words."""
    table = conflict.table
    if value is None or value == "":
        return QCoreApplication.translate("ImportPreview", "(empty)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ImportPreview", "Yes")
            if value
            else QCoreApplication.translate("ImportPreview", "No")
        )
    if name == "deleted_at":
        return QCoreApplication.translate("ImportPreview", "Removed")
    if name in ("role", "role_on_sheet"):
        return labels.role_label(Role(value))
    if name == "image":  # base64 text of a PNG: its size, not its bytes
        kilobytes = max(1, round(len(value) * 3 / 4 / 1000))
        return QCoreApplication.translate("ImportPreview", "A scan (%1 kB)").replace(
            "%1", str(kilobytes)
        )
    if name == "status":
        if table == "plan_actions":
            return labels.action_status_label(ActionStatus(value))
        return labels.status_label(Status(value))
    if name == "level" and value in conflict.levels:
        label = conflict.levels[value][language]
        return f"{value} · {label}"
    if name == "carried_from":
        return QCoreApplication.translate("ImportPreview", "Yes")
    return str(value)


def conflict_title(conflict: Conflict, language: str) -> str:
    where = [conflict.school, conflict.team, conflict.year, conflict.member]
    if conflict.category is not None:
        where.append(conflict.category[language])
    return f"{table_label(conflict.table)}: " + " · ".join(part for part in where if part)


class ImportPreviewDialog(QDialog):
    def __init__(
        self, report: ImportReport, file_name: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.language = language
        self.choices: dict[tuple[str, str], Resolution] = {
            c.key: Resolution.KEEP_MINE for c in report.conflicts
        }
        self.setWindowTitle(self.tr("Import %1").replace("%1", file_name))
        self.resize(980, 760)
        outer = QVBoxLayout(self)
        # At a large text size on a small screen, all but the buttons scroll up and down.
        page = QWidget()
        layout = scrolling_page(page)
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(page, 1)

        self.summary = QLabel(self._summary())
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        # Spare height goes to the tables, never above the summary (a label centres its text).
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary)

        self.counts = QTableWidget()
        self.counts.setAccessibleName(
            self.tr("What the import will do to schools, teams, ratings and plans")
        )
        self._fill_counts()
        layout.addWidget(self.counts, 0 if report.conflicts else 1)

        self.conflict_box = QGroupBox(self.tr("Changed on both computers"))
        box = QVBoxLayout(self.conflict_box)
        explain = QLabel(
            self.tr(
                "These items were changed here and in the file since the two computers last "
                "exchanged them. Choose which version to keep for each one."
            )
        )
        explain.setWordWrap(True)
        box.addWidget(explain)
        row = QHBoxLayout()
        self.conflict_list = QListWidget()
        self.conflict_list.setAccessibleName(self.tr("Items changed on both computers"))
        self.conflict_list.setWordWrap(True)
        for conflict in report.conflicts:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, conflict.key)
            self.conflict_list.addItem(item)
        row.addWidget(self.conflict_list, 2)
        # In a scroll area: a long category's title at a large text size scrolls, never cut.
        detail_area = QScrollArea()
        detail_area.setWidgetResizable(True)
        detail_area.setFrameShape(QFrame.Shape.NoFrame)
        detail_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        detail_area.setAccessibleName(self.tr("The chosen item on each computer"))
        detail_widget = QWidget()
        detail_area.setWidget(detail_widget)
        detail = QVBoxLayout(detail_widget)
        detail.setContentsMargins(0, 0, 0, 0)
        self.conflict_where = QLabel()
        self.conflict_where.setWordWrap(True)
        self.conflict_where.setTextFormat(Qt.TextFormat.PlainText)
        self.conflict_where.setProperty("role", "subheading")
        self.conflict_where.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        detail.addWidget(self.conflict_where)
        self.sides = QTableWidget(0, 3)
        self.sides.setAccessibleName(self.tr("The two versions side by side"))
        self.sides.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("On this computer"), self.tr("In the file")]
        )
        self.sides.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sides.setWordWrap(True)
        self.sides.verticalHeader().setVisible(False)
        header = self.sides.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        fit_headings(self.sides)
        self.sides.setMinimumHeight(160)
        detail.addWidget(self.sides, 1)
        # Their text wraps: the details never scroll sideways.
        self.keep_mine = WrappingRadio()
        self.keep_mine.setText(self.tr("&Keep the version on this computer"))
        self.take_theirs = WrappingRadio()
        self.take_theirs.setText(self.tr("&Take the version in the file"))
        self.side_choice = QButtonGroup(self)
        self.side_choice.addButton(self.keep_mine)
        self.side_choice.addButton(self.take_theirs)
        self.keep_mine.toggled.connect(self._chosen)
        detail.addWidget(self.keep_mine)
        detail.addWidget(self.take_theirs)
        row.addWidget(detail_area, 3)
        box.addLayout(row, 1)
        all_row = QHBoxLayout()
        self.all_mine = QPushButton(self.tr("Keep all of &mine"))
        self.all_theirs = QPushButton(self.tr("Take all of t&heirs"))
        self.all_mine.clicked.connect(lambda: self._choose_all(Resolution.KEEP_MINE))
        self.all_theirs.clicked.connect(lambda: self._choose_all(Resolution.TAKE_THEIRS))
        all_row.addWidget(self.all_mine)
        all_row.addWidget(self.all_theirs)
        all_row.addStretch(1)
        box.addLayout(all_row)
        layout.addWidget(self.conflict_box, 1)
        self.conflict_box.setVisible(bool(report.conflicts))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

        self.conflict_list.currentRowChanged.connect(self._show_conflict)
        self._refresh_titles()
        if report.conflicts:
            self.conflict_list.setCurrentRow(0)
        else:
            self.import_button.setFocus()

    def _summary(self) -> str:
        r, m = self.report, self.report.manifest
        try:
            made = datetime.fromisoformat(m.created_at).astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            made = m.created_at
        lines = [
            self.tr("Made on %1 with Roots %2.").replace("%1", made).replace("%2", m.app_version),
            self.tr("New: %1 · Updated: %2 · Already here: %3")
            .replace("%1", str(r.total(Outcome.ADDED)))
            .replace("%2", str(r.total(Outcome.UPDATED)))
            .replace("%3", str(r.total(Outcome.UNCHANGED))),
        ]
        if r.conflicts:
            lines.append(
                self.tr(
                    "Changed on both computers: %1. Choose below which version to keep."
                ).replace("%1", str(r.total(Outcome.CONFLICT)))
            )
        if r.packs_installed:
            lines.append(
                self.tr("Rubric packs that come with the file: %1").replace(
                    "%1", ", ".join(r.packs_installed)
                )
            )
        if not m.member_names:
            lines.append(self.tr("This file has members' roles only, not their names."))
        if not any(r.total(o) for o in (Outcome.ADDED, Outcome.UPDATED, Outcome.CONFLICT)):
            lines.append(self.tr("Everything in this file is already here."))
        return "\n".join(lines)

    def _fill_counts(self) -> None:
        outcomes = (Outcome.ADDED, Outcome.UPDATED, Outcome.UNCHANGED, Outcome.CONFLICT)
        shown = [(t, c) for t, c in self.report.counts.items() if sum(c.values())]
        self.counts.setRowCount(len(shown))
        self.counts.setColumnCount(len(outcomes))
        self.counts.setHorizontalHeaderLabels(
            [self.tr("Added"), self.tr("Updated"), self.tr("Unchanged"), self.tr("Conflicts")]
        )
        self.counts.setVerticalHeaderLabels([table_label(t) for t, _ in shown])
        for row, (_, counter) in enumerate(shown):
            for column, outcome in enumerate(outcomes):
                item = QTableWidgetItem(QLocale().toString(counter[outcome]))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.counts.setItem(row, column, item)
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.counts.resizeRowsToContents()
        self.counts.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        fit_headings(self.counts)
        # With large text its headings may need more than the width: it then scrolls sideways,
        # and its scroll bar gets height of its own below the rows.
        self.counts.horizontalScrollBar().rangeChanged.connect(self._counts_height)
        self._counts_height()

    def _counts_height(self) -> None:
        rows = sum(self.counts.rowHeight(r) for r in range(self.counts.rowCount()))
        bar = self.counts.horizontalScrollBar()
        sideways = bar.sizeHint().height() if bar.maximum() > 0 else 0
        self.counts.setFixedHeight(
            rows
            + self.counts.horizontalHeader().sizeHint().height()
            + 2 * self.counts.frameWidth()
            + sideways
        )

    def _current(self) -> Conflict | None:
        row = self.conflict_list.currentRow()
        return self.report.conflicts[row] if 0 <= row < len(self.report.conflicts) else None

    def _show_conflict(self, _row: int) -> None:
        conflict = self._current()
        if conflict is None:
            return
        differing = conflict.differences
        self.conflict_where.setText(conflict_title(conflict, self.language))
        self.sides.setAccessibleDescription(conflict_title(conflict, self.language))
        self.sides.setRowCount(len(differing))
        for row, name in enumerate(differing):
            cells = (
                field_label(name),
                value_text(conflict, name, conflict.mine[name], self.language),
                value_text(conflict, name, conflict.theirs.get(name), self.language),
            )
            for column, text in enumerate(cells):
                self.sides.setItem(row, column, QTableWidgetItem(text))
        self.sides.resizeRowsToContents()
        mine = self.choices[conflict.key] is Resolution.KEEP_MINE
        (self.keep_mine if mine else self.take_theirs).setChecked(True)

    def _chosen(self) -> None:
        conflict = self._current()
        if conflict is None:
            return
        self.choices[conflict.key] = (
            Resolution.KEEP_MINE if self.keep_mine.isChecked() else Resolution.TAKE_THEIRS
        )
        self._refresh_titles()

    def _choose_all(self, resolution: Resolution) -> None:
        for key in self.choices:
            self.choices[key] = resolution
        self._show_conflict(self.conflict_list.currentRow())
        self._refresh_titles()

    def _refresh_titles(self) -> None:
        for row, conflict in enumerate(self.report.conflicts):
            choice = (
                self.tr("keep mine")
                if self.choices[conflict.key] is Resolution.KEEP_MINE
                else self.tr("take theirs")
            )
            self.conflict_list.item(row).setText(
                f"{conflict_title(conflict, self.language)} ({choice})"
            )

    def outcome(self, code: int) -> dict[tuple[str, str], Resolution] | None:
        """What ``ask`` returns once the dialog closed with ``code``: how each conflict is
        settled, or None if the import was cancelled."""
        return dict(self.choices) if code == QDialog.DialogCode.Accepted else None

    @classmethod
    def ask(
        cls, report: ImportReport, file_name: str, language: str, parent: QWidget | None = None
    ) -> dict[tuple[str, str], Resolution] | None:
        """Show the preview (see ``outcome``)."""
        dialog = cls(report, file_name, language, parent)
        return dialog.outcome(dialog.exec())
