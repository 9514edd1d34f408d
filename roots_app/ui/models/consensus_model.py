"""Every category's spread, median, flags and agreed level: the wheel as a table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from roots_app.domain.assessment import Assessment
from roots_app.domain.consensus import CategoryConsensus
from roots_app.ui.labels import number

Index = QModelIndex | QPersistentModelIndex
COLUMNS = 6


def flag_texts(seen: CategoryConsensus, who: dict[str, str]) -> list[str]:
    """The disagreement flags in words (never colour alone), translated."""
    out = []
    if seen.far_apart:
        out.append(
            QCoreApplication.translate("Consensus", "Far apart: %1 to %2")
            .replace("%1", str(seen.lowest))
            .replace("%2", str(seen.highest))
        )
    for member in seen.standing_alone:
        out.append(
            QCoreApplication.translate("Consensus", "%1 stands alone").replace(
                "%1", who.get(member, "?")
            )
        )
    if seen.changed_since_agreed:
        out.append(QCoreApplication.translate("Consensus", "Changed since agreed"))
    if seen.skipped:
        out.append(
            QCoreApplication.translate("Consensus", "%1 not rated").replace(
                "%1", str(len(seen.skipped))
            )
        )
    return out


class ConsensusModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.assessment: Assessment | None = None
        self.picture: list[CategoryConsensus] = []
        self.language = "en"
        self.who: dict[str, str] = {}
        self.show_members = False
        # Each cell's text, made once per picture: the table measures every cell whenever fonts
        # change (meeting mode), and the flags took most of that time.
        self._texts: dict[tuple[int, int], str] = {}

    def set_picture(
        self,
        assessment: Assessment | None,
        picture: list[CategoryConsensus],
        language: str,
        who: dict[str, str],
        show_members: bool,
    ) -> None:
        self.beginResetModel()
        self.assessment, self.picture, self.language = assessment, picture, language
        self.who, self.show_members = who, show_members
        self._texts = {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.picture)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.assessment is None:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        cell = (index.row(), index.column())
        text = self._texts.get(cell)
        if text is None:
            text = self._texts[cell] = self._text(index)
        return text

    def _text(self, index: Index) -> str:
        assert self.assessment is not None
        seen = self.picture[index.row()]
        pack = self.assessment.pack
        column = index.column()
        hidden = QCoreApplication.translate("ConsensusModel", "hidden")
        if column == 0:
            return f"{index.row() + 1}. {pack.category(seen.key).title[self.language]}"
        if column in (1, 2, 3) and not self.show_members:
            return hidden
        if column == 1:
            return "-" if seen.lowest is None else str(seen.lowest)
        if column == 2:
            return "-" if seen.highest is None else str(seen.highest)
        if column == 3:
            return number(seen.median)
        if column == 4:
            if not self.show_members:
                return hidden
            return "; ".join(flag_texts(seen, self.who)) or QCoreApplication.translate(
                "ConsensusModel", "Close"
            )
        if seen.agreed is None:
            return QCoreApplication.translate("ConsensusModel", "Not agreed yet")
        return f"{seen.agreed} · {pack.level(seen.agreed).label[self.language]}"

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("ConsensusModel", "Category"),
            QCoreApplication.translate("ConsensusModel", "Lowest"),
            QCoreApplication.translate("ConsensusModel", "Highest"),
            QCoreApplication.translate("ConsensusModel", "Median"),
            QCoreApplication.translate("ConsensusModel", "To talk about"),
            QCoreApplication.translate("ConsensusModel", "Agreed level"),
        )[section]
