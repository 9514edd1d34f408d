"""Settings > Backups: the automatic backups, what each holds, and putting one back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal, Slot
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
from roots_app.errors import CancelledError, RootsError
from roots_app.services import backups
from roots_app.ui import background, messages
from roots_app.ui.context import UiContext
from roots_app.ui.counts import Counts
from roots_app.ui.widgets.retranslate import Retranslating
from roots_app.ui.widgets.table_headers import fit_headings


class BackupsSettings(Retranslating, QGroupBox):
    restored = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.found: list[backups.Backup] = []
        self.describing: background.Worker | None = None  # backups without an index, being read
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
        fit_headings(self.table)
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

    def _local(self) -> bool:
        return self.ctx.roots.db.engine.url.get_backend_name() == "sqlite"

    def refresh(self) -> None:
        """List the backups (from their index: no backup is opened here)."""
        local = self._local()
        self.setVisible(local)  # a district database is backed up by its server
        if not local:
            return
        self.found = backups.list_backups(self.ctx.roots)
        self._fill()
        self._describe_missing()

    def refresh_if_shown(self) -> None:
        """A backup was just taken: list it if the page is on screen (else when opened)."""
        if self.isVisible():
            self.refresh()

    def _describe_missing(self) -> None:
        """Backups from before the index: read what they hold in a worker thread, once."""
        missing = [b for b in self.found if not b.described]
        if not missing or self.describing is not None:
            return

        def job(progress: Callable[[int, int], bool]) -> list[backups.Backup]:
            described = []
            for done, backup in enumerate(missing):
                if not progress(done, len(missing)):
                    raise CancelledError("Stopped.")
                described.append(backups.describe(backup))
            return described

        self.describing = background.Worker(job)
        self.describing.finished.connect(self._described)
        self.describing.failed.connect(self._describe_failed)
        background.start(self.describing, self)

    @Slot(object)
    def _described(self, described: list[backups.Backup]) -> None:
        self.describing = None
        by_path = {b.path: b for b in described}
        self.found = [by_path.get(b.path, b) for b in self.found]
        self._fill()
        self._describe_missing()  # any listed again while these were read

    @Slot(object)
    def _describe_failed(self, error: Exception) -> None:
        self.describing = None
        if not isinstance(error, (CancelledError, RootsError)):
            raise error  # a bug: the crash dialog shows it

    def _fill(self) -> None:
        if not self._local():
            return
        self.where.setText(
            self.tr(
                "Roots backs up your data every day and before every import or restore. "
                "Backups are kept in %1."
            ).replace("%1", str(paths.backup_dir(self.ctx.roots.data_dir)))
        )
        chosen = self._chosen()
        locale = QLocale()
        self.table.setRowCount(len(self.found))
        for r, b in enumerate(self.found):
            when = locale.toString(b.taken_at.date(), QLocale.FormatType.ShortFormat)
            if not b.described:
                counts = [self.tr("reading…"), ""]
            elif b.readable:
                counts = [locale.toString(b.schools), locale.toString(b.assessments)]
            else:
                counts = [self.tr("damaged"), ""]
            cells = [f"{when} {b.taken_at:%H:%M}", self._kind(b.kind), *counts]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        if chosen is not None:  # the same backup stays chosen when its row is filled in
            rows = [b.path for b in self.found]
            if chosen.path in rows:
                self.table.selectRow(rows.index(chosen.path))
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
                "Put back the data as it was on %1 (%2, %3)? What is here "
                "now is backed up first, so this can be undone by restoring that backup."
            )
            .replace("%1", f"{chosen.taken_at:%Y-%m-%d %H:%M}")
            .replace("%2", Counts().schools(chosen.schools))
            .replace("%3", Counts().assessments(chosen.assessments)),
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
        self._fill()  # the list itself is read when the page is shown (refresh)
