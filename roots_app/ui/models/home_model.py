"""Schools > teams > assessments as a Qt tree model: a thin adapter, no item per row.

A district has thousands of rows; an item model answers only for the rows on screen.
Index internal ids say where a row sits: 0 for a school, school+1 for a team, and
ASSESSMENT_FLAG | school << 20 | team for an assessment.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from roots_app.domain.assessment import AssessmentInfo
from roots_app.domain.people import School

Index = QModelIndex | QPersistentModelIndex
ASSESSMENT_FLAG = 1 << 40
KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class _Team:
    id: str
    name: str
    members: int
    assessments: list[AssessmentInfo]


class HomeModel(QAbstractItemModel):
    def __init__(self) -> None:
        super().__init__()
        self.schools: list[School] = []
        self.teams: list[list[_Team]] = []
        self.rubric_title: Callable[[str], str] = str
        self.status_label: Callable[[Any], str] = str

    def set_data(
        self,
        schools: list[School],
        infos: list[AssessmentInfo],
        rubric_title: Callable[[str], str],
        status_label: Callable[[Any], str],
    ) -> None:
        by_team: dict[str, list[AssessmentInfo]] = {}
        for info in infos:
            by_team.setdefault(info.team_id, []).append(info)
        self.beginResetModel()
        self.schools = schools
        self.teams = [
            [_Team(t.id, t.name, t.size, by_team.get(t.id, [])) for t in s.teams] for s in schools
        ]
        self.rubric_title = rubric_title
        self.status_label = status_label
        self.endResetModel()

    # ----- structure -----
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        pid = parent.internalId()
        if pid == 0:
            return self.createIndex(row, column, parent.row() + 1)
        if pid < ASSESSMENT_FLAG:
            return self.createIndex(row, column, ASSESSMENT_FLAG | (pid - 1) << 20 | parent.row())
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        iid = index.internalId()
        if iid == 0:
            return QModelIndex()
        if iid < ASSESSMENT_FLAG:
            return self.createIndex(iid - 1, 0, 0)
        school, team = (iid >> 20) & 0xFFFFF, iid & 0xFFFFF
        return self.createIndex(team, 0, school + 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        if not parent.isValid():
            return len(self.schools)
        pid = parent.internalId()
        if pid == 0:
            return len(self.teams[parent.row()])
        if pid < ASSESSMENT_FLAG:
            return len(self.teams[pid - 1][parent.row()].assessments)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 3

    # ----- content -----
    def kind_and_id(self, index: Index) -> tuple[str, str]:
        iid = index.internalId()
        if iid == 0:
            return "school", self.schools[index.row()].id
        if iid < ASSESSMENT_FLAG:
            return "team", self.teams[iid - 1][index.row()].id
        school, team = (iid >> 20) & 0xFFFFF, iid & 0xFFFFF
        return "assessment", self.teams[school][team].assessments[index.row()].id

    def team_of(self, index: Index) -> str | None:
        """The team a row belongs to (the team itself, or an assessment's team)."""
        if not index.isValid():
            return None
        kind, row_id = self.kind_and_id(index)
        if kind == "team":
            return row_id
        if kind == "assessment":
            return self.kind_and_id(self.parent(index))[1]
        return None

    def school_of(self, index: Index) -> tuple[str, str] | None:
        """(id, name) of the school a row belongs to, whichever level the row is."""
        while index.isValid() and index.internalId() != 0:
            index = self.parent(index)
        if not index.isValid():
            return None
        school = self.schools[index.row()]
        return school.id, school.name

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (KIND_ROLE, ID_ROLE):
            return self.kind_and_id(index)[0 if role == KIND_ROLE else 1]
        if role == Qt.ItemDataRole.ToolTipRole:  # whole, when the column shortens it with "…"
            return self.data(index) or None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        iid, column = index.internalId(), index.column()
        if iid == 0:
            return self.schools[index.row()].name if column == 0 else ""
        if iid < ASSESSMENT_FLAG:
            team = self.teams[iid - 1][index.row()]
            if column == 0:
                return team.name
            if column == 1:
                return QCoreApplication.translate("HomeModel", "%1 members").replace(
                    "%1", str(team.members)
                )
            return ""
        school, team_row = (iid >> 20) & 0xFFFFF, iid & 0xFFFFF
        info = self.teams[school][team_row].assessments[index.row()]
        return (info.school_year, self.rubric_title(info.pack_id), self.status_label(info.status))[
            column
        ]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("HomeModel", "School, team or year"),
            QCoreApplication.translate("HomeModel", "Rubric"),
            QCoreApplication.translate("HomeModel", "Status"),
        )[section]

    def find_assessment(self, assessment_id: str) -> QModelIndex:
        for s, teams in enumerate(self.teams):
            for t, team in enumerate(teams):
                for row, info in enumerate(team.assessments):
                    if info.id == assessment_id:
                        return self.createIndex(row, 0, ASSESSMENT_FLAG | s << 20 | t)
        return QModelIndex()
