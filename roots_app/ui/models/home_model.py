"""Schools > teams > assessments as a Qt tree model: a thin adapter, no item per row.

A district has thousands of rows; an item model answers only for the rows on screen, and
with ``set_teams`` a team's assessments are read only when the team is unfolded.
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


@dataclass
class _Team:
    id: str
    name: str
    members: int
    assessments: list[AssessmentInfo] | None  # None: not read yet (see fetchMore)
    count: int  # how many it has, known before they are read


class HomeModel(QAbstractItemModel):
    def __init__(self) -> None:
        super().__init__()
        self.schools: list[School] = []
        self.teams: list[list[_Team]] = []
        self.rubric_title: Callable[[str], str] = str
        self.status_label: Callable[[Any], str] = str
        self.load_team: Callable[[str], list[AssessmentInfo]] = lambda _team_id: []

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
        self._reset(schools, rubric_title, status_label, lambda t: by_team.get(t, []), by_team)

    def set_teams(
        self,
        schools: list[School],
        counts: dict[str, int],
        load_team: Callable[[str], list[AssessmentInfo]],
        rubric_title: Callable[[str], str],
        status_label: Callable[[Any], str],
    ) -> None:
        """Schools and teams now; a team's assessments (``load_team``) when it is unfolded."""
        self._reset(schools, rubric_title, status_label, load_team, None, counts)

    def _reset(
        self,
        schools: list[School],
        rubric_title: Callable[[str], str],
        status_label: Callable[[Any], str],
        load_team: Callable[[str], list[AssessmentInfo]],
        loaded: dict[str, list[AssessmentInfo]] | None,
        counts: dict[str, int] | None = None,
    ) -> None:
        self.beginResetModel()
        self.schools = schools
        if loaded is not None:
            self.teams = [
                [_Team(t.id, t.name, t.size, loaded.get(t.id, []), 0) for t in s.teams]
                for s in schools
            ]
            for teams in self.teams:
                for team in teams:
                    team.count = len(team.assessments or ())
        else:
            found = counts or {}
            self.teams = [
                [_Team(t.id, t.name, t.size, None, found.get(t.id, 0)) for t in s.teams]
                for s in schools
            ]
        self.rubric_title = rubric_title
        self.status_label = status_label
        self.load_team = load_team
        self.endResetModel()

    def _assessments(self, school: int, team: int) -> list[AssessmentInfo]:
        """A team's assessments, read now if they were not yet (a model reads on demand)."""
        found = self.teams[school][team]
        if found.assessments is None:
            found.assessments = self.load_team(found.id) if found.count else []
            found.count = len(found.assessments)
        return found.assessments

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
            team = self.teams[pid - 1][parent.row()]
            return 0 if team.assessments is None else len(team.assessments)
        return 0

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() and 0 < parent.internalId() < ASSESSMENT_FLAG:
            return self.teams[parent.internalId() - 1][parent.row()].count > 0
        return super().hasChildren(parent)

    def canFetchMore(self, parent: Index) -> bool:
        if parent.isValid() and 0 < parent.internalId() < ASSESSMENT_FLAG:
            team = self.teams[parent.internalId() - 1][parent.row()]
            return team.assessments is None and team.count > 0
        return False

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        school, row = parent.internalId() - 1, parent.row()
        team = self.teams[school][row]
        found = self.load_team(team.id)
        team.count = len(found)
        if not found:
            team.assessments = []
            return
        self.beginInsertRows(parent, 0, len(found) - 1)
        team.assessments = found
        self.endInsertRows()

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
        return "assessment", self._assessments(school, team)[index.row()].id

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
                return self.tr("%n member(s)", "", team.members)
            return ""
        school, team_row = (iid >> 20) & 0xFFFFF, iid & 0xFFFFF
        info = self._assessments(school, team_row)[index.row()]
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

    def find_assessment(self, assessment_id: str, team_id: str | None = None) -> QModelIndex:
        """The assessment's row; with its team's id, that team is read first if need be."""
        for s, teams in enumerate(self.teams):
            for t, team in enumerate(teams):
                if team_id is not None and team.id == team_id:
                    self.fetchMore(self.createIndex(t, 0, s + 1))
                for row, info in enumerate(team.assessments or ()):
                    if info.id == assessment_id:
                        return self.createIndex(row, 0, ASSESSMENT_FLAG | s << 20 | t)
        return QModelIndex()
