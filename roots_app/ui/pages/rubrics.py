"""Rubrics: every installed pack version, how many assessments use it, where its wording
comes from; import a pack file (its problems listed here, in the person's language) or export
one version."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from roots_app.errors import PackError, RootsError
from roots_app.services import rubrics
from roots_app.ui import messages, pack_problems
from roots_app.ui.context import UiContext
from roots_app.ui.dialogs.pack_editor import PackEditor
from roots_app.ui.exporting import export_folder
from roots_app.ui.widgets.flow import flow_row
from roots_app.ui.widgets.page_scroll import scrolling_page
from roots_app.ui.widgets.retranslate import Retranslating, heading
from roots_app.ui.widgets.table_headers import fit_headings


class RubricsPage(Retranslating, QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.found: list[rubrics.PackVersion] = []
        self._problem: PackError | None = None  # the last refused file's, shown until the next
        self._refused_name = ""
        layout = scrolling_page(self)  # large text or a small screen: scrolls, never clips
        layout.setContentsMargins(24, 16, 24, 16)
        self.title = heading()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # arrows move in the list; Tab goes on to Import
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        fit_headings(self.table)
        self.table.setMinimumHeight(150)
        self.table.itemSelectionChanged.connect(self._show_provenance)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(lambda: self.import_pack())
        self.export_button = QPushButton()
        self.export_button.clicked.connect(lambda: self.export_pack())
        self.editor: PackEditor | None = None  # the pack editor last opened
        self.new_version_button = QPushButton()
        self.new_version_button.clicked.connect(lambda: self.edit_pack("version"))
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(lambda: self.edit_pack("copy"))
        self.new_pack_button = QPushButton()
        self.new_pack_button.clicked.connect(lambda: self.edit_pack("new"))
        # They wrap, one under the other, rather than run off the edge (200 % text).
        buttons = flow_row(
            self.import_button,
            self.export_button,
            self.new_version_button,
            self.copy_button,
            self.new_pack_button,
        )
        self.problems_heading = QLabel()
        self.problems_heading.setWordWrap(True)
        self.problems_heading.setProperty("role", "subheading")
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems.setMinimumHeight(90)
        self.provenance_heading = heading("subheading")
        self.provenance = QLabel()
        self.provenance.setWordWrap(True)
        self.provenance.setTextFormat(Qt.TextFormat.PlainText)
        self.provenance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.provenance.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        for widget in (self.title, self.intro, self.table):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        for widget in (self.problems_heading, self.problems):
            layout.addWidget(widget)
        layout.addWidget(self.provenance_heading)
        layout.addWidget(self.provenance, 1)
        self._show_problems()
        self.retranslate()

    # ----- the list -----
    def refresh(self, chosen: str | None = None) -> None:
        """Read the installed versions again; keep the chosen one (or choose ``chosen``)."""
        current = self.chosen()
        keep = chosen or (current.ref if current else None)
        self.found = rubrics.versions(self.ctx.roots)
        self._fill()
        refs = [v.ref for v in self.found]
        self.table.selectRow(refs.index(keep) if keep in refs else 0)
        self._show_provenance()

    def _origin(self, origin: rubrics.Origin) -> str:
        return {
            rubrics.Origin.SHIPPED: self.tr("Comes with Roots"),
            rubrics.Origin.IMPORTED: self.tr("Imported"),
            rubrics.Origin.KEPT: self.tr("Kept for the assessments scored on it"),
        }[origin]

    def _fill(self) -> None:
        language = self.ctx.language
        locale = QLocale()
        self.table.setRowCount(len(self.found))
        for r, v in enumerate(self.found):
            cells = [
                v.title[language],
                v.version,
                self._origin(v.origin),
                locale.toString(v.assessments),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:  # a long title is cut at the column's edge: whole on hover
                    item.setToolTip(text)
                if c == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)

    def chosen(self) -> rubrics.PackVersion | None:
        row = self.table.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None

    def _show_provenance(self) -> None:
        chosen = self.chosen()
        for button in (self.export_button, self.new_version_button, self.copy_button):
            button.setEnabled(chosen is not None)
        if chosen is None:
            self.provenance_heading.setText("")
            self.provenance.setText("")
            return
        self.provenance_heading.setText(
            self.tr("Where the wording of %1 (version %2) comes from")
            .replace("%1", chosen.short_title[self.ctx.language])
            .replace("%2", chosen.version)
        )
        self.provenance.setText(chosen.provenance[self.ctx.language])

    # ----- import and export -----
    def import_pack(self, path: Path | None = None) -> None:
        """Ask for a pack file and install it; a refused file's problems are listed here."""
        if path is None:
            picked, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import a rubric pack"),
                str(export_folder(self.ctx)),
                self.tr("Rubric packs (*.json)"),
            )
            if not picked:
                return
            path = Path(picked)
        before = {v.ref for v in self.found}
        try:
            pack = rubrics.import_file(self.ctx.roots, path)
        except PackError as error:
            self._problem, self._refused_name = error, path.name
            self._show_problems()
            self.problems.setFocus()  # a screen reader reads the first problem
            return
        except RootsError as error:
            messages.show_error(self, error)
            return
        self._problem = None
        self._show_problems()
        self.refresh(pack.ref)
        title = pack.title[self.ctx.language]
        if pack.ref in before:
            what = self.tr("%1, version %2, is already installed: nothing changed.")
        else:
            what = self.tr("%1, version %2, is installed.")
        what = what.replace("%1", title).replace("%2", pack.version)
        if pack.lineage is not None and rubrics.unchecked_lineage(self.ctx.roots, pack):
            what += " " + self.tr(
                "It continues version %1, which is not installed here, so how its categories "
                "follow from that version's was not checked."
            ).replace("%1", pack.lineage.previous_version)
        messages.inform(self, what)

    def export_pack(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        picked, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export a rubric pack"),
            str(export_folder(self.ctx) / rubrics.export_name(chosen.id, chosen.version)),
            self.tr("Rubric packs (*.json)"),
        )
        if not picked:
            return
        path = Path(picked if picked.lower().endswith(".json") else picked + ".json")
        try:
            rubrics.export_file(self.ctx.roots, chosen.id, chosen.version, path)
        except RootsError as error:
            messages.show_error(self, error)
            return
        self.ctx.roots.settings.export_folder = str(path.parent)
        self.ctx.roots.save_settings()
        messages.inform(
            self,
            self.tr("Saved %1, version %2, as %3.")
            .replace("%1", chosen.title[self.ctx.language])
            .replace("%2", chosen.version)
            .replace("%3", str(path)),
        )

    # ----- the editor -----
    def edit_pack(self, how: str) -> PackEditor | None:
        """Open the editor on a new version of the chosen pack ("version"), a copy of it under
        a new id ("copy") or a new pack ("new"); what it saves is a new installed version."""
        roots, language = self.ctx.roots, self.ctx.language
        chosen = self.chosen()
        try:
            if how == "new":
                data, previous = rubrics.start_blank(roots), None
                what = self.tr("A new rubric pack")
            elif chosen is None:
                return None
            elif how == "copy":
                data, previous = rubrics.start_copy(roots, chosen.id, chosen.version), None
                what = self.tr("A copy of %1 (version %2) as a new pack")
            else:
                data = rubrics.start_new_version(roots, chosen.id, chosen.version)
                previous = rubrics.data_of(roots, chosen.id, chosen.version)
                what = self.tr("Version %3 of %1, from version %2").replace("%3", data["version"])
        except RootsError as error:
            messages.show_error(self, error)
            return None
        if chosen is not None:
            what = what.replace("%1", chosen.short_title[language]).replace("%2", chosen.version)
        if self.editor is not None:
            self.editor.deleteLater()  # the one closed before: one editor at a time
        self.editor = PackEditor(self.ctx, data, previous, what, self)
        self.editor.saved.connect(self._editor_saved)
        self.editor.open()
        return self.editor

    def _editor_saved(self, ref: str) -> None:
        self.refresh(ref)
        saved = self.chosen()
        if saved is not None:
            messages.inform(
                self,
                self.tr("%1, version %2, is installed.")
                .replace("%1", saved.title[self.ctx.language])
                .replace("%2", saved.version),
            )

    def _show_problems(self) -> None:
        error = self._problem
        self.problems_heading.setVisible(error is not None)
        self.problems.setVisible(error is not None)
        self.problems.clear()
        if error is None:
            return
        what, found = pack_problems.explain(error)
        self.problems_heading.setText(
            self.tr("%1 was not imported: %2 Nothing was installed.")
            .replace("%1", self._refused_name)
            .replace("%2", what)
        )
        if not found:  # a file that is not a pack at all: the sentence is the problem
            self.problems.addItem(what)
        for where, why in found:
            self.problems.addItem(self.tr("%1: %2").replace("%1", where).replace("%2", why))
        self.problems.setCurrentRow(0)
        self.problems.setAccessibleName(self.problems_heading.text())

    def retranslate(self) -> None:
        self.title.setText(self.tr("Rubrics"))
        self.intro.setText(
            self.tr(
                "Every rubric pack on this computer, each version listed apart: assessments keep "
                "the version they were scored on. A district can import a pack file with its own "
                "wording as a new version."
            )
        )
        self.table.setAccessibleName(self.tr("Installed rubric packs"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Rubric"), self.tr("Version"), self.tr("From"), self.tr("Assessments")]
        )
        self.import_button.setText(self.tr("&Import a pack file…"))
        self.export_button.setText(self.tr("E&xport this version…"))
        self.new_version_button.setText(self.tr("New v&ersion…"))
        self.new_version_button.setToolTip(
            self.tr("Edit a new version of this pack; the assessments keep theirs")
        )
        self.copy_button.setText(self.tr("&Copy as a new pack…"))
        self.new_pack_button.setText(self.tr("&New pack…"))
        self.provenance.setAccessibleName(self.tr("Where the wording comes from"))
        self._fill()
        self._show_provenance()
        self._show_problems()
