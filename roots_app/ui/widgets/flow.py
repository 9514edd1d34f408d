"""A row of buttons that wraps onto the next line when the window is narrow or the text large.

Buttons keep their whole text instead of being squeezed (long Spanish labels, 150 % text).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QWidget,
    QWidgetItem,
)


class _WrappingLayout(QLayout):
    """What both wrapping layouts share: a plain list of items, and a height that depends on
    the width (``_arrange`` lays the items out, or only measures them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        # Heights already measured for a width, until Qt says the items changed (invalidate):
        # one layout pass asks for the same widths many times, a category switch 14 times.
        self._heights: dict[int, int] = {}
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        if not 0 <= index < len(self._items):
            return None
        self.invalidate()
        return self._items.pop(index)

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return height

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def _arrange(self, rect: QRect, move: bool) -> int:
        raise NotImplementedError


class FlowLayout(_WrappingLayout):
    """Items left to right at their size hint, wrapping as needed; ``align_right`` items (added
    with ``add_widget(w, right=True)``) end the line they sit on, pushed to its right edge.
    An item added with ``shrinks=True`` (a label and a ShrinkingCombo) may be narrower than
    its size hint, down to its minimum, when a line is narrower."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._right: set[int] = set()
        self._shrinks: set[int] = set()
        self._spacing = spacing

    def add_widget(self, widget: QWidget, right: bool = False, shrinks: bool = False) -> None:
        self.addWidget(widget)
        if right:
            self._right.add(id(self._items[-1]))
        if shrinks:
            self._shrinks.add(id(self._items[-1]))

    def insert_widget(self, index: int, widget: QWidget, right: bool = False) -> None:
        """As ``add_widget``, at ``index`` among the items."""
        self.addChildWidget(widget)
        item = QWidgetItem(widget)
        self._items.insert(index, item)
        if right:
            self._right.add(id(item))
        self.invalidate()

    def index_of(self, widget: QWidget) -> int:
        return next((n for n, item in enumerate(self._items) if item.widget() is widget), -1)

    # ----- QLayout -----
    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        item = super().takeAt(index)
        if item is not None:
            self._right.discard(id(item))
            self._shrinks.discard(id(item))
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def sizeHint(self) -> QSize:
        """All on one line, when there is room for that."""
        visible = [i for i in self._items if not i.isEmpty()]
        width = sum(i.sizeHint().width() for i in visible) + self._spacing * max(
            0, len(visible) - 1
        )
        height = max((i.sizeHint().height() for i in visible), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """The widest single item: anything narrower would clip it."""
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
                if id(item) not in self._shrinks:
                    size = size.expandedTo(item.sizeHint())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._items:
            if item.isEmpty():
                continue
            width = item.sizeHint().width()
            if lines[-1] and used + self._spacing + width > area.width():
                lines.append([])
                used = 0
            used += (self._spacing if lines[-1] else 0) + width
            lines[-1].append(item)
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(i.sizeHint().height() for i in line)
            x = area.x()
            right = [i for i in line if id(i) in self._right]
            for item in line:
                if item is (right[0] if right else None):
                    rest = sum(i.sizeHint().width() for i in right) + self._spacing * (
                        len(right) - 1
                    )
                    x = max(x, area.right() + 1 - rest)
                size = item.sizeHint()
                if move:
                    item.setGeometry(
                        QRect(QPoint(x, y), QSize(min(size.width(), area.width()), height))
                    )
                x += size.width() + self._spacing
            y += height + self._spacing
        return max(0, y - self._spacing - area.y()) + margins.top() + margins.bottom()


def flow_row(
    *widgets: QWidget, right: tuple[QWidget, ...] = (), shrinks: tuple[QWidget, ...] = ()
) -> QWidget:
    """A widget holding ``widgets`` (then ``right``, at the right edge) in a wrapping row;
    those also in ``shrinks`` may be narrower than their size hint (see FlowLayout)."""
    row = QWidget()
    layout = FlowLayout(row)
    for widget in widgets:
        layout.add_widget(widget, shrinks=widget in shrinks)
    for widget in right:
        layout.add_widget(widget, right=True, shrinks=widget in shrinks)
    wrapping(row)
    return row


def labelled(label: QLabel, widget: QWidget) -> QWidget:
    """``label`` (its buddy: ``widget``, so its Alt letter reaches it) beside ``widget``, as one
    widget that a flow row keeps together."""
    label.setBuddy(widget)
    pair = QWidget()
    layout = QHBoxLayout(pair)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label)
    layout.addWidget(widget)
    return pair


def wrapping(row: QWidget) -> None:
    """Tells the layouts above ``row`` that its height depends on its width."""
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    row.setSizePolicy(policy)


class EqualRow(_WrappingLayout):
    """Items of equal width side by side (the level choices); when the room is less than the
    widest item's minimum times their number, they go onto balanced lines (3 + 3, 2 + 2 + 2)
    instead of running off the right edge."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self.setSpacing(spacing)

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:  # type: ignore[override]
        """As QHBoxLayout's: every item stretches alike here, whatever ``stretch`` says."""
        super().addWidget(widget)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _narrowest(self) -> int:
        narrowest = self._heights.get(-1)  # kept with the heights: both change together
        if narrowest is None:
            narrowest = self._heights[-1] = max(
                (i.minimumSize().width() for i in self._shown()), default=0
            )
        return narrowest

    def sizeHint(self) -> QSize:
        shown = self._shown()
        width = max((i.sizeHint().width() for i in shown), default=0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(len(shown) * width + self.spacing() * max(0, len(shown) - 1), height)

    def minimumSize(self) -> QSize:
        """One item per line at the widest item's minimum: nothing runs off the edge."""
        return QSize(self._narrowest(), 0)

    def _arrange(self, rect: QRect, move: bool) -> int:
        shown = self._shown()
        if not shown:
            return 0
        fit = max(1, (rect.width() + self.spacing()) // (self._narrowest() + self.spacing()))
        lines = -(-len(shown) // min(fit, len(shown)))
        per_line = -(-len(shown) // lines)  # balanced: 3 + 3 rather than 5 + 1
        width = (rect.width() - self.spacing() * (per_line - 1)) // per_line
        y = rect.y()
        for start in range(0, len(shown), per_line):
            line = shown[start : start + per_line]
            height = max(
                i.heightForWidth(width) if i.hasHeightForWidth() else i.sizeHint().height()
                for i in line
            )
            for column, item in enumerate(line):
                if move:
                    x = rect.x() + column * (width + self.spacing())
                    item.setGeometry(QRect(x, y, width, height))
            y += height + self.spacing()
        return y - self.spacing() - rect.y()


class SideBySide(QWidget):
    """Two or more columns side by side while the room allows, one under the other when not:
    at large text on a small screen the columns' minimums added up ran off the right edge."""

    def __init__(self, spacing: int = 24, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box: QBoxLayout = _ColumnsBox(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(spacing)
        self._columns: list[QLayout] = []
        self._needs: list[QWidget | None] = []
        self._whole: list[bool] = []

    def add_column(
        self, column: QLayout, stretch: int = 1, needs: QWidget | None = None, whole: bool = False
    ) -> None:
        """``needs``: a widget the column holds in a scroll area, whose whole width the column
        needs (a scroll area's own minimum is small). ``whole``: the column goes beside the
        others only at its size hint (a row of buttons that would wrap there, beside a text
        squeezed to a word a line); under them, it may be narrower."""
        self._columns.append(column)
        self._needs.append(needs)
        self._whole.append(whole)
        self.box.addLayout(column, stretch)

    def _widths(self, side_by_side: bool = False) -> list[int]:
        return [
            max(
                (c.sizeHint() if side_by_side and w else c.minimumSize()).width(),
                0 if n is None else n.minimumSizeHint().width() + 24,
            )
            for c, n, w in zip(self._columns, self._needs, self._whole, strict=True)
        ]

    def _side_by_side_width(self) -> int:
        widths = self._widths(side_by_side=True)
        return sum(widths) + self.box.spacing() * max(0, len(self._columns) - 1)

    def height_at(self, width: int) -> int:
        """The columns' height at ``width``: side by side if they fit so, else stacked."""
        columns, spacing = self._columns, self.box.spacing()

        def height(column: QLayout, room: int) -> int:
            if column.hasHeightForWidth():
                return column.heightForWidth(room)
            return column.sizeHint().height()

        if width < self._side_by_side_width():
            return sum(height(c, width) for c in columns) + spacing * max(0, len(columns) - 1)
        widths = self._widths(side_by_side=True)
        stretches = [self.box.stretch(n) for n in range(len(columns))]
        spare = width - self._side_by_side_width()
        total = sum(stretches) or 1
        shares = zip(columns, widths, stretches, strict=True)
        return max((height(c, w + spare * s // total) for c, w, s in shares), default=0)

    def minimumSizeHint(self) -> QSize:
        """The widest column: stacked, that is all the room needed."""
        return QSize(max(self._widths(), default=0), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= self._side_by_side_width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != direction:
            self.box.setDirection(direction)
            self.updateGeometry()  # stacked, the columns need more height
        super().resizeEvent(event)


class _ColumnsBox(QBoxLayout):
    """SideBySide's layout. Its height for a width is that of the direction the width gives,
    whatever the direction now: measured in the present direction only, a scrolling page asked
    at its two widths (with and without its scroll bar) got answers that each called for the
    other width, and resized its contents back and forth until Roots crashed (the State report
    in Spanish, its text size changed from 200 % to 100 %)."""

    def __init__(self, owner: SideBySide) -> None:
        super().__init__(QBoxLayout.Direction.LeftToRight, owner)
        self._owner = owner

    def heightForWidth(self, width: int) -> int:
        wide = width >= self._owner._side_by_side_width()
        if wide == (self.direction() == QBoxLayout.Direction.LeftToRight):
            return super().heightForWidth(width)
        return self._owner.height_at(width)
