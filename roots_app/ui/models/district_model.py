"""The district view as a table: one row per school, a column per category, shaded by level.

Shading helps the eye; the number in every cell carries the meaning (readable without colour).
A level scored on an earlier version of the rubric and read through its lineage is marked
with MAPPED_MARK, said in words in its tooltip and to screen readers.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from roots_app.domain.comparison import District, SchoolRow
from roots_app.domain.rubric import RubricPack
from roots_app.ui import theme
from roots_app.ui.labels import average, change, number

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 10
ID_ROLE = Qt.ItemDataRole.UserRole + 11
MAPPED_MARK = "†"


def mapped_words() -> str:
    return QCoreApplication.translate(
        "DistrictModel",
        "Scored on an earlier version of the rubric and shown in this version's categories.",
    )


def mapped_change_words() -> str:
    return QCoreApplication.translate(
        "DistrictModel",
        "Compared with a level scored on an earlier version of the rubric.",
    )


def _mean(values: Collection[float]) -> float | None:
    """statistics.mean, without its exact fractions (a tenth of the time for 1,000 schools).
    The same value for levels and changes: whole or half numbers, whose sum is exact."""
    return math.fsum(values) / len(values) if values else None


_ANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        ID_ROLE,
        SORT_ROLE,
    )
)


class DistrictModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.all_rows: list[SchoolRow] = []
        self.rows: list[SchoolRow] = []  # after the filters, in the chosen order
        self.region = ""
        self.name = ""
        self.sort_column, self.sort_order = -1, Qt.SortOrder.AscendingOrder
        self.keys: list[str] = []
        self.any_mapped = False  # some level or change comes from an earlier version
        self.pack: RubricPack | None = None
        self.previous = ""
        self.language = "en"
        # Each school's (average, change) (SchoolRow.average and .change), worked out once per
        # district: sorting reads them for every school, and the properties compute a mean anew
        # on every read (three sorts when a year is shown took most of 100 ms for 1,000 schools).
        self._totals: dict[int, tuple[float | None, float | None]] = {}

    def set_district(
        self,
        district: District | None,
        pack: RubricPack | None,
        language: str,
        filters: tuple[str, str] | None = None,
        sort: tuple[int, Qt.SortOrder] | None = None,
    ) -> None:
        """Show ``district``; with ``filters`` (region, name) and ``sort`` (column, -1 for the
        last, and order) as set_filters and sort would, in the same single pass."""
        self.beginResetModel()
        if filters is not None:
            self.region, self.name = filters[0], filters[1].casefold().strip()
        self.all_rows = list(district.schools) if district else []
        self.any_mapped = any(r.mapped or r.mapped_changes for r in self.all_rows)
        self._totals = {
            id(r): (_mean(r.levels.values()), _mean(r.changes.values())) for r in self.all_rows
        }
        self.previous = district.previous if district else ""
        self.pack = pack
        self.keys = [c.key for c in pack.categories] if pack else []
        self.language = language
        if sort is not None:
            column, self.sort_order = sort
            self.sort_column = self.columnCount() + column if column < 0 else column
        self._arrange()
        self.endResetModel()

    # Filtering and sorting here, in Python, not in a QSortFilterProxyModel: a proxy asks
    # data() tens of thousands of times across the Qt/Python boundary to sort 1,000 schools.
    def set_filters(self, region: str, name: str) -> None:
        if (region, name.casefold().strip()) == (self.region, self.name):
            return  # the rows shown are these already (showing a year sets them first)
        self.beginResetModel()
        self.region, self.name = region, name.casefold().strip()
        self._arrange()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == (self.sort_column, self.sort_order):
            return  # the rows are kept in this order already
        self.layoutAboutToBeChanged.emit()
        self.sort_column, self.sort_order = column, order
        self._arrange()
        self.layoutChanged.emit()

    def _arrange(self) -> None:
        rows = [
            r
            for r in self.all_rows
            if (not self.region or r.region == self.region) and self.name in r.name.casefold()
        ]
        if 0 <= self.sort_column < self.columnCount():
            rows.sort(
                key=lambda r: self._sort_key(r, self.sort_column),
                reverse=self.sort_order == Qt.SortOrder.DescendingOrder,
            )
        self.rows = rows

    def _sort_key(self, row: SchoolRow, column: int) -> Any:
        value = self._value(row, column)
        if column < 2:
            return str(value).casefold()
        return -99.0 if value is None else float(value)  # blanks sort first

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.pack is None else 2 + len(self.keys) + 2

    def _value(self, row: SchoolRow, column: int) -> Any:
        if column == 0:
            return row.name
        if column == 1:
            return row.region
        if column < 2 + len(self.keys):
            return row.levels.get(self.keys[column - 2])
        average, change = self._totals[id(row)]
        return average if column == 2 + len(self.keys) else change

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks about ten roles per cell on every paint: those not answered go first.
        if role not in _ANSWERED or not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter) if column >= 2 else None
        value = self._value(row, column)
        if role == ID_ROLE:
            return row.school_id
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return row.name  # whole, when a narrow window or large text shortens it
        marked = self.any_mapped and self._marked(row, column)  # most districts: no mark
        if role == Qt.ItemDataRole.ToolTipRole and marked:
            return mapped_words() if column < 2 + len(self.keys) else mapped_change_words()
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column < 2:
                return value
            if column == self.columnCount() - 1:
                text = change(value, of_average=True)
            elif column == self.columnCount() - 2:
                return average(value)
            else:
                text = number(value)
            if not marked:
                return text
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{text} {MAPPED_MARK}"
            last = column == self.columnCount() - 1
            return f"{text}. {mapped_change_words() if last else mapped_words()}"
        shaded = role == Qt.ItemDataRole.BackgroundRole and 2 <= column < 2 + len(self.keys)
        if shaded and value is not None and self.pack is not None:
            step = round((value - 1) / max(1, self.pack.max_level - 1) * 3)
            return QColor(theme.level_shades()[min(step, 3)])
        return None

    def _marked(self, row: SchoolRow, column: int) -> bool:
        """Whether the cell shows a mapped level, or a change that compares one."""
        if 2 <= column < 2 + len(self.keys):
            return self.keys[column - 2] in row.mapped
        return column == 3 + len(self.keys) and bool(row.mapped_changes)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.pack is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and 2 <= section < 2 + len(self.keys):
            return self.pack.category(self.keys[section - 2]).title[self.language]
        if role == Qt.ItemDataRole.ToolTipRole and section == 3 + len(self.keys):
            return QCoreApplication.translate("DistrictModel", "Change since %1").replace(
                "%1", self.previous
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return QCoreApplication.translate("DistrictModel", "School")
        if section == 1:
            return QCoreApplication.translate("DistrictModel", "Region")
        if section < 2 + len(self.keys):
            return str(section - 1)  # full titles in the tooltip and the legend below
        if section == 2 + len(self.keys):
            return QCoreApplication.translate("DistrictModel", "Average")
        # Short, so school names get the width; the year compared with is in the tooltip and
        # in the line above the table.
        return QCoreApplication.translate("DistrictModel", "Change")
