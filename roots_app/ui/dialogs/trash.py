"""File > Trash: what was deleted, to put back or to remove for good (deliberately)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roots_app.errors import RootsError
from roots_app.services import trash
from roots_app.ui import messages
from roots_app.ui.context import UiContext
from roots_app.ui.widgets.table_headers import fit_headings


def kind_label(kind: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "school": QCoreApplication.translate("Trash", "School"),
        "team": QCoreApplication.translate("Trash", "Team"),
        "assessment": QCoreApplication.translate("Trash", "Assessment"),
        "focus": QCoreApplication.translate("Trash", "Plan focus area"),
        "action": QCoreApplication.translate("Trash", "Plan action"),
    }[kind]


class TrashDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[trash.Trashed] = []
        self.changed = False
        self.setWindowTitle(self.tr("Trash"))
        self.resize(900, 440)
        layout = QVBoxLayout(self)
        self.note = QLabel(
            self.tr(
                "Deleted schools, teams, assessments and parts of growth plans stay here, with "
                "everything under them, until you put them back or remove them for good."
            )
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Deleted items"))
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Name"), self.tr("Deleted")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        fit_headings(self.table)
        self.table.itemSelectionChanged.connect(self._enable)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("&Put back"))
        self.restore_button.clicked.connect(self.restore)
        self.remove_button = QPushButton(self.tr("&Remove for good…"))
        self.remove_button.clicked.connect(self.remove)
        self.empty_button = QPushButton(self.tr("&Empty the trash…"))
        self.empty_button.clicked.connect(self.empty)
        for button in (self.restore_button, self.remove_button, self.empty_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.items = trash.items(self.ctx.roots)
        locale = QLocale()
        self.table.setRowCount(len(self.items))
        for r, item in enumerate(self.items):
            when = item.deleted_at.astimezone()
            cells = (
                kind_label(item.kind),
                item.name,
                f"{locale.toString(when.date(), QLocale.FormatType.ShortFormat)} {when:%H:%M}",
            )
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)  # a long name is shortened on screen
                self.table.setItem(r, c, cell)
        self.empty_button.setEnabled(bool(self.items))
        self._enable()

    def _chosen(self) -> trash.Trashed | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _enable(self) -> None:
        chosen = self._chosen() is not None
        self.restore_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _run(self, work) -> None:  # type: ignore[no-untyped-def]
        try:
            work()
        except RootsError as error:
            messages.show_error(self, error)
        self.changed = True
        self.refresh()

    def restore(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            self._run(lambda: trash.restore(self.ctx.roots, chosen.kind, chosen.id))

    def remove(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        if messages.ask(
            self,
            self.tr("Remove %1 for good, with everything under it? This cannot be undone.").replace(
                "%1", chosen.name
            ),
            "",
            self.tr("&Remove for good"),
            for_good=True,
        ):
            self._run(lambda: trash.remove_for_good(self.ctx.roots, chosen.kind, chosen.id))

    def empty(self) -> None:
        if messages.ask(
            self,
            self.tr("Remove everything in the trash for good? This cannot be undone."),
            "",
            self.tr("&Empty the trash"),
            for_good=True,
        ):
            self._run(lambda: trash.empty(self.ctx.roots))

    def outcome(self, _code: int) -> bool:
        """What ``ask`` returns once the dialog closed: True if anything was put back or
        removed (however the dialog was closed)."""
        return self.changed

    @classmethod
    def ask(cls, ctx: UiContext, parent: QWidget | None = None) -> bool:
        """Show the trash; True if anything in it changed."""
        dialog = cls(ctx, parent)
        return dialog.outcome(dialog.exec())
