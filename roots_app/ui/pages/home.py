"""Home: the schools, their teams and their assessments; start or continue one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roots_app.domain.assessment import AssessmentInfo
from roots_app.domain.people import School
from roots_app.services import assessments, rubrics, schools
from roots_app.ui.context import UiContext
from roots_app.ui.labels import status_label
from roots_app.ui.widgets.retranslate import Retranslating, heading

KIND, ID = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1


class HomePage(Retranslating, QWidget):
    open_requested = Signal(str)  # assessment id
    create_school_requested = Signal()
    start_requested = Signal(object)  # team id or None
    demo_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.schools: list[School] = []
        self.infos: list[AssessmentInfo] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        self.title = heading()
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        self.new_school_button = QPushButton()
        self.new_school_button.clicked.connect(self.create_school_requested)
        self.start_button = QPushButton()
        self.start_button.clicked.connect(lambda: self.start_requested.emit(self.selected_team()))
        self.open_button = QPushButton()
        self.open_button.setProperty("primary", True)
        self.open_button.clicked.connect(self._open_selected)
        self.demo_button = QPushButton()
        self.demo_button.clicked.connect(self.demo_requested)
        for button in (self.new_school_button, self.start_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def refresh(self) -> None:
        self.schools = schools.list_schools(self.ctx.roots)
        self.infos = assessments.list_assessments(self.ctx.roots)
        self._fill()

    def _fill(self) -> None:
        titles = {
            p.id: p.short_title[self.ctx.language]
            for p in rubrics.installed(self.ctx.roots, every_version=True)
        }
        by_team: dict[str, list[AssessmentInfo]] = {}
        for info in self.infos:
            by_team.setdefault(info.team_id, []).append(info)
        self.tree.clear()
        for school in self.schools:
            school_item = QTreeWidgetItem([school.name, "", ""])
            school_item.setData(0, KIND, "school")
            school_item.setData(0, ID, school.id)
            self.tree.addTopLevelItem(school_item)
            for team in school.teams:
                count = self.tr("%1 members").replace("%1", str(len(team.members)))
                team_item = QTreeWidgetItem([team.name, count, ""])
                team_item.setData(0, KIND, "team")
                team_item.setData(0, ID, team.id)
                school_item.addChild(team_item)
                for info in by_team.get(team.id, []):
                    item = QTreeWidgetItem(
                        [
                            info.school_year,
                            titles.get(info.pack_id, info.pack_id),
                            status_label(info.status),
                        ]
                    )
                    item.setData(0, KIND, "assessment")
                    item.setData(0, ID, info.id)
                    team_item.addChild(item)
            school_item.setExpanded(len(self.schools) <= 5)
            for i in range(school_item.childCount()):
                school_item.child(i).setExpanded(len(self.schools) <= 5)
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
        self.tree.setHeaderLabels(
            [self.tr("School, team or year"), self.tr("Rubric"), self.tr("Status")]
        )
        self.tree.setAccessibleName(self.tr("Schools, teams and assessments"))
        self.new_school_button.setText(self.tr("New school and team…"))
        self.start_button.setText(self.tr("Start an assessment…"))
        self.open_button.setText(self.tr("Open"))
        self.demo_button.setText(self.tr("Add sample district"))
        if self.schools:
            self._fill()

    def selected_team(self) -> str | None:
        item = self.tree.currentItem()
        while item is not None and item.data(0, KIND) != "team":
            item = item.parent() if item.data(0, KIND) == "assessment" else None
        return item.data(0, ID) if item is not None else None

    def select_assessment(self, assessment_id: str) -> None:
        for item in self._items():
            if item.data(0, KIND) == "assessment" and item.data(0, ID) == assessment_id:
                self.tree.setCurrentItem(item)
                return

    def _items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            out.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return out

    def _selection_changed(self, *_: object) -> None:
        item = self.tree.currentItem()
        self.open_button.setEnabled(item is not None and item.data(0, KIND) == "assessment")

    def _open_selected(self) -> None:
        item = self.tree.currentItem()
        if item is not None and item.data(0, KIND) == "assessment":
            self.open_requested.emit(item.data(0, ID))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, KIND) == "assessment":
            self.open_requested.emit(item.data(0, ID))
