"""Column headings that are read whole, at any text size and in either language.

A column is never narrower than its heading (in the header's font, as bold as a highlighted
section is drawn, with the style's margins, and room for the sort arrow on the column sorted
by): with 200 % text on a small screen the table scrolls sideways instead of cutting
"Actualizados" to "cualizac".

What each page chose stays its own: a column it sized is widened only while its heading needs
more (and given back its width when the text is smaller again); a column it stretches over the
free width stretches while the headings of the stretching columns fit their share; otherwise
the stretching columns share half the width at least (more if their headings need it), and
the table scrolls sideways. A page may ask that the stretching columns also hold the longest
word of their cells whole (``words``): a word wider than its column is cut to "relationshi…",
where a longer line only wraps; or give a stretching column a least width of its own
(``set_least``: District's names on two lines at most). Columns sized to their contents
already count their heading (Qt measures it the same way). The header's minimum section
size is left alone: it applies to every column, and the District table keeps its digit
columns narrow with it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QTreeView,
)

Mode = QHeaderView.ResizeMode
_ALWAYS_OFF = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
# What changes the room headings need, or the room there is.
_HEADER_EVENTS = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange)
_VIEWPORT_EVENTS = (QEvent.Type.Resize, QEvent.Type.Show)


def heading_width(header: QHeaderView, logical: int) -> int:
    """The width the heading of section ``logical`` needs, as Qt measures it to size a column
    to its contents (bold, as a highlighted section is drawn), with room for the sort arrow
    only where it is drawn: the District table's digit columns stay narrow until sorted by."""
    model = header.model()
    option = QStyleOptionHeader()
    header.initStyleOption(option)
    option.section = logical
    font = QFont(header.font())
    font.setBold(True)
    option.fontMetrics = QFontMetrics(font)
    text = model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole)
    option.text = "" if text is None else str(text)
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
        option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    size = header.style().sizeFromContents(
        QStyle.ContentsType.CT_HeaderSection, option, QSize(), header
    )
    return size.width()


def cell_room(view: QTableView | QTreeView) -> int:
    """What a cell's width holds besides its text: the room the item delegate keeps on either
    side of it, and the grid line."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    grid = 1 if isinstance(view, QTableView) and view.showGrid() else 0
    return 2 * margin + grid


def widest_word(view: QTableView | QTreeView, logical: int) -> int:
    """The width the longest word of column ``logical``'s cells needs, in each cell's font,
    with the cell's room beside it (``cell_room``)."""
    model = view.model()
    if model is None:
        return 0
    widest = 0
    for row in range(model.rowCount()):
        index = model.index(row, logical)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
        widest = max(widest, *(metrics.horizontalAdvance(word) for word in str(text).split()))
    return widest + cell_room(view) if widest else 0


class HeadingFit(QObject):
    """Keeps the columns of one view at least as wide as their headings (see the module)."""

    def __init__(self, view: QTableView | QTreeView, words: bool = False) -> None:
        super().__init__(view)
        self.view = view
        self.words = words  # the stretching columns hold their cells' longest word too
        self.least: dict[int, int] = {}  # a stretching column's least width, as the page says
        self.header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        # Stretching columns made as wide as their headings for now: logical index.
        self.unstretched: set[int] = set()
        # Columns widened for their headings: logical index -> (the page's width, ours).
        self.widened: dict[int, tuple[int, int]] = {}
        self._model: QAbstractItemModel | None = None
        self._pending = False
        self.header.installEventFilter(self)
        self.header.sortIndicatorChanged.connect(self.schedule)
        view.viewport().installEventFilter(self)
        self._watch_model()
        self.schedule()

    def _watch_model(self) -> None:
        model = self.header.model()
        if model is self._model:
            return
        if self._model is not None:
            for signal in self._signals(self._model, self.words):
                signal.disconnect(self.schedule)
        self._model = model
        self.unstretched.clear()
        self.widened.clear()
        if model is not None:
            for signal in self._signals(model, self.words):
                signal.connect(self.schedule)

    @staticmethod
    def _signals(model: QAbstractItemModel, words: bool) -> tuple:  # type: ignore[type-arg]
        found = (
            model.modelReset,
            model.headerDataChanged,
            model.columnsInserted,
            model.columnsRemoved,
            model.layoutChanged,
        )
        if words:  # what the cells say: their words need room too
            found += (model.dataChanged, model.rowsInserted, model.rowsRemoved)
        return found

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (watched is self.header and kind in _HEADER_EVENTS) or (
            watched is not self.header and kind in _VIEWPORT_EVENTS
        ):
            self.schedule()
        return False

    def set_least(self, logical: int, width: int) -> None:
        """Stretching column ``logical`` needs ``width`` at least, besides its heading."""
        if self.least.get(logical) != width:
            self.least[logical] = width
            self.schedule()

    def schedule(self, *_: object) -> None:
        """Fit once the page has done what it is doing (filled the model, set its widths)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.fit)

    def fit(self) -> None:
        self._pending = False
        self._watch_model()
        header = self.header
        if header.model() is None:
            return
        shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        stretching = []
        for logical in shown:
            mode = header.sectionResizeMode(logical)
            if logical in self.unstretched and mode != Mode.Interactive:
                self.unstretched.discard(logical)  # the page chose anew
            if mode == Mode.Stretch or logical in self.unstretched:
                stretching.append(logical)
            elif mode in (Mode.Interactive, Mode.Fixed):
                self._widen(logical)
        if stretching:
            self._fit_stretching(stretching, [i for i in shown if i not in stretching])

    def _widen(self, logical: int) -> None:
        header = self.header
        size, need = header.sectionSize(logical), heading_width(header, logical)
        own, ours = self.widened.get(logical, (size, size))
        if size != ours:  # the page (or the person) sized it since: that is its width now
            own = size
        width = max(own, need)
        if width != size:
            header.resizeSection(logical, width)
        if width == own:
            self.widened.pop(logical, None)
        else:
            self.widened[logical] = (own, width)

    def _fit_stretching(self, stretching: list[int], others: list[int]) -> None:
        header = self.header
        if self.view.horizontalScrollBarPolicy() == _ALWAYS_OFF:
            return  # a table that never scrolls sideways keeps its columns within its width
        needs = {logical: heading_width(header, logical) for logical in stretching}
        for logical in stretching:
            words = widest_word(self.view, logical) if self.words else 0
            needs[logical] = max(needs[logical], words, self.least.get(logical, 0))
        room = self.view.viewport().width()
        share = (room - sum(header.sectionSize(i) for i in others)) // len(stretching)
        if not self.unstretched:
            if share >= max(needs.values()):
                return  # they stretch, as the page made them
        elif share - self._scroll_bar() >= max(needs.values()):
            # Room again, even with a vertical scroll bar: stretching columns shown with wrapping
            # rows grow taller as they narrow, and must not bring the bar and take it away.
            for logical in sorted(self.unstretched):
                header.setSectionResizeMode(logical, Mode.Stretch)
            self.unstretched.clear()
            return
        # Too narrow for their headings: the table scrolls sideways, and what they hold (the
        # titles, the names) keeps half the width at least rather than wrap a word a line.
        least = max(share, room // (2 * len(stretching)))
        for logical in stretching:
            if header.sectionResizeMode(logical) == Mode.Stretch:
                header.setSectionResizeMode(logical, Mode.Interactive)
                self.unstretched.add(logical)
            width = max(needs[logical], least)
            if header.sectionSize(logical) != width:
                header.resizeSection(logical, width)

    def _scroll_bar(self) -> int:
        if self.view.verticalScrollBarPolicy() == _ALWAYS_OFF:
            return 0
        return self.view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)


def fit_headings(view: QTableView | QTreeView, words: bool = False) -> HeadingFit:
    """Keeps ``view``'s column headings whole from now on (see the module); once per view.
    With ``words``, the stretching columns also keep their cells' longest word whole (for a
    few rows: every cell is measured)."""
    found = view.findChild(HeadingFit)
    return found if found is not None else HeadingFit(view, words)
