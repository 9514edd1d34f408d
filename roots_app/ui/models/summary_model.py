"""The assessment summary as a table: categories down, each member and the team across."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from roots_app.domain.assessment import TEAM, Assessment

Index = QModelIndex | QPersistentModelIndex


class SummaryModel(QAbstractTableModel):
    def __init__(self, language: str = "en") -> None:
        super().__init__()
        self.assessment: Assessment | None = None
        self.language = language
        self.shown: dict[str, str] | None = None

    def set_assessment(
        self, assessment: Assessment | None, language: str, shown: dict[str, str] | None = None
    ) -> None:
        """``shown``: how each member is named in the headers (roles only, or nobody); None
        for their names."""
        self.beginResetModel()
        self.assessment = assessment
        self.language = language
        self.shown = shown
        self.endResetModel()

    def _raters(self) -> tuple[str, ...]:
        """The team's agreed level first (what matters most), then each member."""
        if self.assessment is None:
            return ()
        return (TEAM, *(m.id for m in self.assessment.present))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.assessment is None:
            return 0
        return len(self.assessment.pack.categories)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.assessment is None:
            return 0
        return 1 + len(self._raters())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.assessment is None:
            return None
        pack = self.assessment.pack
        category = pack.categories[index.row()]
        if index.column() == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return category.title[self.language]
            return None
        rater = self._raters()[index.column() - 1]
        rating = self.assessment.rating(rater, category.key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if rating.level is None:
                return QCoreApplication.translate("SummaryModel", "Not yet rated")
            label = pack.level(rating.level).label[self.language]
            return f"{rating.level} · {label}"
        if role == Qt.ItemDataRole.ToolTipRole and rating.evidence:
            # Qt renders a tooltip that looks like HTML as HTML: escape, so notes show as typed.
            return f"<p>{html.escape(rating.evidence)}</p>"
        if role == Qt.ItemDataRole.UserRole:
            return rating.level
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self.assessment is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section == 0:
            return QCoreApplication.translate("SummaryModel", "Category")
        rater = self._raters()[section - 1]
        if rater == TEAM:
            return QCoreApplication.translate("SummaryModel", "Team (agreed)")
        if self.shown is not None:
            return self.shown.get(rater, "")
        return self.assessment.member_name(rater)
