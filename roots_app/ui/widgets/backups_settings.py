"""Settings > Backups: the automatic backups, what each holds, and putting one back."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roots_app import paths
from roots_app.errors import RootsError
from roots_app.services import backups
from roots_app.ui import messages
from roots_app.ui.context import UiContext
from roots_app.ui.widgets.retranslate import Retranslating


class BackupsSettings(Retranslating, QGroupBox):
    restored = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.found: list[backups.Backup] = []
        layout = QVBoxLayout(self)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.retranslate()

    def _kind(self, kind: str) -> str:
        return {
            "daily": self.tr("Daily"),
            "before-import": self.tr("Before an import"),
            "before-restore": self.tr("Before a restore"),
            "before-upgrade": self.tr("Before an upgrade of Roots"),
        }.get(kind, kind)

    def refresh(self) -> None:
        local = self.ctx.roots.db.engine.url.get_backend_name() == "sqlite"
        self.setVisible(local)  # a district database is backed up by its server
        if not local:
            return
        self.where.setText(
            self.tr(
                "Roots backs up your data every day and before every import or restore. "
                "Backups are kept in %1."
            ).replace("%1", str(paths.backup_dir(self.ctx.roots.data_dir)))
        )
        self.found = backups.list_backups(self.ctx.roots)
        locale = QLocale()
        self.table.setRowCount(len(self.found))
        for r, b in enumerate(self.found):
            when = locale.toString(b.taken_at.date(), QLocale.FormatType.ShortFormat)
            cells = [
                f"{when} {b.taken_at:%H:%M}",
                self._kind(b.kind),
                locale.toString(b.schools) if b.readable else self.tr("damaged"),
                locale.toString(b.assessments) if b.readable else "",
            ]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = self._chosen()
        self.restore_button.setEnabled(chosen is not None and chosen.readable)

    def _chosen(self) -> backups.Backup | None:
        row = self.table.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None

    def restore(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        if not messages.ask(
            self,
            self.tr(
                "Put back the data as it was on %1 (%2 schools, %3 assessments)? What is here "
                "now is backed up first, so this can be undone by restoring that backup."
            )
            .replace("%1", f"{chosen.taken_at:%Y-%m-%d %H:%M}")
            .replace("%2", str(chosen.schools))
            .replace("%3", str(chosen.assessments)),
            "",
            self.tr("&Restore this backup"),
        ):
            return
        try:
            backups.restore(self.ctx.roots, chosen.path)
        except RootsError as error:
            messages.show_error(self, error)
            return
        self.refresh()
        self.restored.emit()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups"))
        self.table.setAccessibleName(self.tr("Backups of your data"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Why"), self.tr("Schools"), self.tr("Assessments")]
        )
        self.restore_button.setText(self.tr("&Restore the chosen backup…"))
        self.refresh()
