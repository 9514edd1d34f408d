"""Home: the schools, their teams and their assessments; start or continue one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from roots_app.domain.assessment import AssessmentInfo
from roots_app.domain.people import School
from roots_app.errors import RootsError
from roots_app.services import listing, rubrics
from roots_app.ui import messages
from roots_app.ui.context import UiContext
from roots_app.ui.labels import status_label
from roots_app.ui.models.home_model import HomeModel
from roots_app.ui.widgets.flow import flow_row
from roots_app.ui.widgets.retranslate import Retranslating, heading
from roots_app.ui.widgets.table_headers import fit_headings

EXPAND_UP_TO = 5  # schools; a district list starts folded

# The services that read a team's assessments and move rows to the trash map the ORM models
# when imported: they load on first use, after the first paint (issue 14: start-up time).


class HomePage(Retranslating, QWidget):
    open_requested = Signal(str)  # assessment id
    create_school_requested = Signal()
    start_requested = Signal(object)  # team id or None
    edit_team_requested = Signal(str)  # team id
    add_team_requested = Signal(str, str)  # school id, school name
    edit_school_requested = Signal(str, str)  # school id, school name: its LEA and CDS code
    demo_requested = Signal()
    trashed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.schools: list[School] = []
        self.counts: dict[str, int] = {}  # team id -> assessments; a team's are read unfolded
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        self.title = heading()
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.model = HomeModel()
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: sizing to contents would read every row of a 1,000-school district.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 240)
        header.resizeSection(2, 150)
        fit_headings(self.tree)  # wider when large text needs it; sideways scrolling then
        self.tree.activated.connect(self._activated)
        self.tree.selectionModel().currentChanged.connect(self._selection_changed)
        self.new_school_button = QPushButton()
        self.new_school_button.clicked.connect(self.create_school_requested)
        self.start_button = QPushButton()
        self.start_button.clicked.connect(lambda: self.start_requested.emit(self.selected_team()))
        self.open_button = QPushButton()
        self.open_button.setProperty("primary", True)
        self.open_button.clicked.connect(self._open_selected)
        self.demo_button = QPushButton()
        self.demo_button.clicked.connect(self.demo_requested)
        self.edit_team_button = QPushButton()
        self.edit_team_button.clicked.connect(self._edit_team)
        self.add_team_button = QPushButton()
        self.add_team_button.clicked.connect(self._add_team)
        self.edit_school_button = QPushButton()
        self.edit_school_button.clicked.connect(self._edit_school)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.move_to_trash)
        # Two rows: setting up schools and teams, then working on assessments. Each row wraps
        # rather than clipping the longer Spanish labels or large text.
        setup = flow_row(
            self.new_school_button,
            self.edit_school_button,
            self.add_team_button,
            self.edit_team_button,
            right=(self.delete_button,),
        )
        buttons = flow_row(self.start_button, self.demo_button, right=(self.open_button,))
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addWidget(setup)
        layout.addWidget(buttons)
        self.retranslate()

    def refresh(self) -> None:
        self.schools = listing.overview(self.ctx.roots)
        self.counts = listing.counts_by_team(self.ctx.roots)
        self._fill()

    @property
    def infos(self) -> list[AssessmentInfo]:
        """Every assessment in the list, read now (the list reads a team's when unfolded)."""
        from roots_app.services import assessments

        return assessments.list_assessments(self.ctx.roots)

    def _team_assessments(self, team_id: str) -> list[AssessmentInfo]:
        from roots_app.services import assessments

        try:
            return assessments.list_assessments(self.ctx.roots, team_id=team_id)
        except RootsError as error:  # the district database went away: say so, show none
            messages.show_error(self, error)
            return []

    def _fill(self) -> None:
        language = self.ctx.language
        titles = {
            p.id: p.short_title[language]
            for p in rubrics.installed(self.ctx.roots, every_version=True)
        }
        self.model.set_teams(
            self.schools,
            self.counts,
            self._team_assessments,
            lambda pack_id: titles.get(pack_id, pack_id),
            status_label,
        )
        if len(self.schools) <= EXPAND_UP_TO:
            self.tree.expandAll()
        has_data = bool(self.schools)
        self.empty.setVisible(not has_data)
        self.tree.setVisible(has_data)
        self.start_button.setEnabled(any(s.teams for s in self.schools))
        self._selection_changed()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Schools and teams"))
        self.empty.setText(
            self.tr(
                "There are no schools yet. Create your school and team to begin, or explore a "
                "sample district."
            )
        )
        self.tree.setAccessibleName(self.tr("Schools, teams and assessments"))
        self.new_school_button.setText(self.tr("New school and team…"))
        self.start_button.setText(self.tr("Start an assessment…"))
        self.open_button.setText(self.tr("Open"))
        self.edit_team_button.setText(self.tr("Change team…"))
        self.add_team_button.setText(self.tr("Add a team…"))
        self.edit_school_button.setText(self.tr("Change school…"))
        self.demo_button.setText(self.tr("Add sample district"))
        self.delete_button.setText(self.tr("Move to trash…"))
        if self.schools:
            self._fill()

    def selected_team(self) -> str | None:
        return self.model.team_of(self.tree.currentIndex())

    def select_assessment(self, assessment_id: str, team_id: str | None = None) -> None:
        index = self.model.find_assessment(assessment_id, team_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def selected_school(self) -> str | None:
        school = self.model.school_of(self.tree.currentIndex())
        return school[0] if school is not None else None

    def selected_assessment(self) -> str | None:
        return self._selected_assessment()

    def _selected_assessment(self) -> str | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        kind, row_id = self.model.kind_and_id(index)
        return row_id if kind == "assessment" else None

    def move_to_trash(self) -> None:
        """The selected school, team or assessment, after a question; File > Trash has it."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return
        kind, row_id = self.model.kind_and_id(index)
        name = index.siblingAtColumn(0).data()
        if not messages.ask(
            self,
            self.tr(
                "Move %1 to the trash, with everything under it? You can put it back from "
                "File > Trash."
            ).replace("%1", str(name)),
            "",
            self.tr("Move to &trash"),
        ):
            return
        from roots_app.services import trash

        try:
            trash.delete(self.ctx.roots, kind, row_id)
        except RootsError as error:
            messages.show_error(self, error)
            return
        self.refresh()
        self.trashed.emit()

    def _selection_changed(self, *_: object) -> None:
        self.open_button.setEnabled(self._selected_assessment() is not None)
        self.delete_button.setEnabled(self.tree.currentIndex().isValid())
        self.edit_team_button.setEnabled(self.selected_team() is not None)
        self.add_team_button.setEnabled(self.model.school_of(self.tree.currentIndex()) is not None)
        self.edit_school_button.setEnabled(self.add_team_button.isEnabled())

    def _add_team(self) -> None:
        school = self.model.school_of(self.tree.currentIndex())
        if school is not None:
            self.add_team_requested.emit(*school)

    def _edit_school(self) -> None:
        school = self.model.school_of(self.tree.currentIndex())
        if school is not None:
            self.edit_school_requested.emit(*school)

    def _edit_team(self) -> None:
        team = self.selected_team()
        if team is not None:
            self.edit_team_requested.emit(team)

    def _open_selected(self) -> None:
        chosen = self._selected_assessment()
        if chosen is not None:
            self.open_requested.emit(chosen)

    def _activated(self, index: QModelIndex) -> None:
        kind, row_id = self.model.kind_and_id(index)
        if kind == "assessment":
            self.open_requested.emit(row_id)
