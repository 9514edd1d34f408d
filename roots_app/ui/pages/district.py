"""The district at a glance: every school's agreed levels for a year, change, distribution."""

from __future__ import annotations

import heapq
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from roots_app.domain import school_year
from roots_app.domain.people import Role
from roots_app.errors import RootsError
from roots_app.services import assessments, compare, rubrics, state
from roots_app.ui import background, exporting, messages
from roots_app.ui.context import UiContext
from roots_app.ui.labels import average, change, number, role_label
from roots_app.ui.models.district_model import ID_ROLE, MAPPED_MARK, DistrictModel
from roots_app.ui.widgets.elided import ShrinkingCombo
from roots_app.ui.widgets.flow import flow_row, labelled
from roots_app.ui.widgets.lea_choice import all_schools, fill_leas, remember_lea
from roots_app.ui.widgets.page_scroll import scrolling_page
from roots_app.ui.widgets.retranslate import Retranslating, heading
from roots_app.ui.widgets.table_headers import cell_room, fit_headings

ROWS = 8  # each table's least height, in schools or lines of text: still a table to read


class DistrictPage(Retranslating, QWidget):
    school_opened = Signal(str)  # school id

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: compare.DistrictView | None = None
        # Large text on a small screen: the page scrolls up and down, each table keeping a
        # usable height, rather than squeezing both to a line or two under the choices.
        layout = scrolling_page(self)
        layout.setContentsMargins(24, 16, 24, 16)
        self.title = heading()
        layout.addWidget(self.title)
        self.year_label, self.year = QLabel(), QComboBox()
        self.rubric_label, self.rubric = QLabel(), QComboBox()
        # Whole rubric names and regions, never "Seis Raíc…".
        self.rubric.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.region_label, self.region = QLabel(), QComboBox()
        self.region.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # Only the schools of one LEA (issue 19); hidden while no state file brought an LEA.
        # A long LEA name at large text: a narrower box, the name whole in its tooltip.
        self.lea_label, self.lea = QLabel(), ShrinkingCombo()
        self.lea.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.name_filter = QLineEdit()
        self.name_filter.setMinimumWidth(220)
        pairs = [
            labelled(label, widget)
            for label, widget in (
                (self.year_label, self.year),
                (self.rubric_label, self.rubric),
                (self.region_label, self.region),
                (self.lea_label, self.lea),
            )
        ]
        self.lea_pair = pairs[-1]
        self.lea_pair.setVisible(False)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        # The controls wrap onto a second line rather than squeeze the search field or a name.
        layout.addWidget(
            flow_row(
                *pairs, self.name_filter, right=(self.export_button,), shrinks=(self.lea_pair,)
            )
        )
        self.status = QLabel()
        self.status.setWordWrap(True)  # long in Spanish at large text
        self.status.setProperty("role", "muted")
        layout.addWidget(self.status)
        self.model = DistrictModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.activated.connect(self._opened)
        # The digit columns too: as narrow as their digit allows.
        self.headings_fit = fit_headings(self.table)
        # A long school name wraps onto a second line, its row growing to fit, rather than
        # ending in "…" (large text, a small screen): measured again whenever the rows or the
        # names' column change.
        self._names_pending = False
        # Each name's row height at one width and text size: sorting and filtering measure
        # none again (1,000 names wrapped take about 20 ms).
        self._name_heights: tuple[tuple[int, int], dict[str, int]] = ((0, 0), {})
        # Each text's width in the table's font (names, and words with their space), kept
        # while the font is: showing a year measured 1,000 names several times (~20 ms).
        self._widths: tuple[str, dict[str, int]] = ("", {})
        self._tall_rows = False  # some rows were made taller than the others (wrapped names)
        self.model.modelReset.connect(self._schedule_name_rows)
        self.model.layoutChanged.connect(self._schedule_name_rows)
        self.table.horizontalHeader().sectionResized.connect(
            lambda logical, _old, _new: logical == 0 and self._schedule_name_rows()
        )
        layout.addWidget(self.table, 3)
        self.legend_heading = heading("subheading")
        layout.addWidget(self.legend_heading)
        self.distribution = QTableWidget()
        self.distribution.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.distribution.verticalHeader().setVisible(False)
        fit_headings(self.distribution)
        layout.addWidget(self.distribution, 2)
        self._keep_rows()
        self.year.currentIndexChanged.connect(self.load)
        self.rubric.currentIndexChanged.connect(self.load)
        self.region.currentIndexChanged.connect(self._filter)
        self.lea.currentIndexChanged.connect(self._lea_chosen)
        self.name_filter.textChanged.connect(self._filter)
        self.retranslate()

    def _keep_rows(self) -> None:
        """The schools' rows as tall as their text (a long name on two lines), and each
        table's least height: its headings and ROWS schools (the tallest), or ROWS lines of
        the categories, at the current text size."""
        metrics = self.table.fontMetrics()
        row = max(28, metrics.height() + 8)
        self.table.verticalHeader().setDefaultSectionSize(row)
        self._names_least()
        self._fit_name_rows()

    def _names_least(self) -> None:
        """The names' column is wide enough for the longest name on two lines at most: at
        200 % on a wider screen every column fits, and names went a word a line (rows four
        lines tall). Narrower, the table scrolls sideways. Greedy wrapping fills a line but
        for less than a word, so (longest + widest word) / 2 holds it on two lines."""
        if self.view is None:
            return
        names = {school.name for school in self.view.district.schools}
        if not names:
            return
        words = {f"{word} " for name in names for word in name.split()}
        width = self._width_of()
        longest = max(map(width, names))
        word = max(map(width, words))
        self.headings_fit.set_least(0, (longest + word + 1) // 2 + cell_room(self.table))

    def _width_of(self) -> Callable[[str], int]:
        """A text's width in the table's font, each text measured once while the font is."""
        font = self.table.font().key()
        if self._widths[0] != font:
            self._widths = (font, {})
        known, metrics = self._widths[1], self.table.fontMetrics()

        def width(text: str) -> int:
            found = known.get(text)
            if found is None:
                found = known[text] = metrics.horizontalAdvance(text)
            return found

        return width

    def _schedule_name_rows(self) -> None:
        """Fit the rows once the view has done what it is doing (reset, sorted, resized)."""
        if not self._names_pending:
            self._names_pending = True
            QTimer.singleShot(0, self, self._fit_name_rows)

    def _fit_name_rows(self) -> None:
        """Each school's row as tall as its name wrapped in its column; then the least heights.
        Only the names are measured (Qt's resizeRowsToContents reads every cell of every row:
        seconds for 1,000 schools), and only those wider than their column are wrapped."""
        self._names_pending = False
        table, rows = self.table, self.table.verticalHeader()
        metrics = table.fontMetrics()
        row = rows.defaultSectionSize()
        width = table.columnWidth(0) - cell_room(table)
        if self._name_heights[0] != (width, row):
            self._name_heights = ((width, row), {})
        known = self._name_heights[1]
        width_of = self._width_of()
        heights = []
        for school in self.model.rows:
            height = known.get(school.name)
            if height is None:
                height = row
                # A name as wide as its column, rounded, may be a fraction wider: wrapped.
                if width > 0 and width_of(school.name) >= width:
                    wrapped = metrics.boundingRect(
                        QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), school.name
                    )
                    height = max(row, wrapped.height() + 8)
                known[school.name] = height
            heights.append(height)
        # Rows are set one by one only while some are taller (a thousand calls into the header,
        # three times a showing, were most of this at 100 %, where no name wraps).
        tall = any(height != row for height in heights)
        if tall or self._tall_rows:
            for index, height in enumerate(heights):
                if rows.sectionSize(index) != height:
                    rows.resizeSection(index, height)
        self._tall_rows = tall
        tallest = heapq.nlargest(ROWS, heights)
        tallest += [row] * (ROWS - len(tallest))
        for table, room in (
            (self.table, sum(tallest)),
            (self.distribution, ROWS * metrics.lineSpacing()),
        ):
            bar = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, table)
            headings = table.horizontalHeader().sizeHint().height()
            table.setMinimumHeight(headings + room + bar + 2 * table.frameWidth())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size chosen in Settings
            # Once the tables and their headings have the new size too (they get it after).
            QTimer.singleShot(0, self, self._keep_rows)

    def retranslate(self) -> None:
        self.title.setText(self.tr("District"))
        self.year_label.setText(self.tr("&Year:"))
        self.year.setAccessibleName(self.tr("School year"))
        self.rubric_label.setText(self.tr("&Rubric:"))
        self.rubric.setAccessibleName(self.tr("Rubric"))
        self.region_label.setText(self.tr("R&egion:"))
        self.region.setAccessibleName(self.tr("Region"))
        self.lea_label.setText(self.tr("&LEA:"))
        self.lea.setAccessibleName(self.tr("Show the schools of one LEA"))
        if self.lea.count():
            self.lea.setItemText(0, all_schools())
        self.name_filter.setPlaceholderText(self.tr("Find a school"))
        self.name_filter.setAccessibleName(self.tr("Find a school by name"))
        self.export_button.setText(self.tr("Save as spreadsheet…"))
        self.table.setAccessibleName(self.tr("Agreed level of every school and category"))
        self.distribution.setAccessibleName(self.tr("How many schools are at each level"))
        self.legend_heading.setText(self.tr("Categories: how many schools are at each level"))
        if self.view is not None:
            self.show_view(self.view)

    # ----- loading -----
    def refresh(self) -> None:
        """Fill the year and rubric choices from the data, then load in the background."""
        infos = assessments.list_assessments(self.ctx.roots)
        years = sorted({i.school_year for i in infos}, key=school_year.parse, reverse=True)
        packs = sorted({i.pack_id for i in infos})
        titles = {
            p.id: p.short_title[self.ctx.language]
            for p in rubrics.installed(self.ctx.roots, every_version=True)
        }
        for combo, values, label in ((self.year, years, None), (self.rubric, packs, titles)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for value in values:
                combo.addItem(label.get(value, value) if label else value, value)
            if current is not None:
                combo.setCurrentIndex(max(0, combo.findData(current)))
            elif combo is self.rubric:
                combo.setCurrentIndex(max(0, combo.findData(compare.DEFAULT_PACK)))
            combo.blockSignals(False)
        fill_leas(self.lea, self.lea_pair, state.list_leas(self.ctx.roots), self.ctx)
        self.load()

    def _lea_chosen(self) -> None:
        remember_lea(self.ctx, self.lea.currentData())
        self.load()

    def load(self) -> None:
        year, pack_id = self.year.currentData(), self.rubric.currentData()
        if not year or not pack_id:
            self.status.setText(self.tr("There are no agreed assessments to compare yet."))
            return
        lea = self.lea.currentData() or None
        self.status.setText(self.tr("Loading %1…").replace("%1", year))
        # Choices made quickly (arrow keys) run loads side by side: only the last one's view
        # is shown, whichever ends last.
        self._loads = ticket = getattr(self, "_loads", 0) + 1
        # Quiet (no progress dialog): the status line says it is loading.
        self._worker = background.run_in_background(
            self,
            None,
            lambda _report: compare.district(self.ctx.roots, year, pack_id, lea),
            lambda view: ticket == self._loads and self.show_view(view),
            self._load_failed,
        )

    def _load_failed(self, error: RootsError) -> None:
        self.status.setText("")
        messages.show_error(self, error)

    def show_view(self, view: compare.DistrictView) -> None:
        self.view = view
        lang = self.ctx.language
        regions = sorted({s.region for s in view.district.schools if s.region})
        current = self.region.currentData() or ""
        region = current if current in regions else ""
        # Filtered and sorted (by the change, largest first) in one pass: sorting and filtering
        # after showing sorted 1,000 schools three times and reset the table twice.
        self.model.set_district(
            view.district,
            view.pack,
            lang,
            filters=(region, self.name_filter.text()),
            sort=(-1, Qt.SortOrder.DescendingOrder),
        )
        # Fixed widths: sizing columns to their contents reads every row (seconds for a
        # district of 1,000 schools, with the window frozen). Region, the levels, the average
        # and the change get what their header and values need; school names get the rest.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = header.fontMetrics()
        pad = 2 * metrics.horizontalAdvance("M")
        every_region = {s.region for s in view.district.schools}

        def room(*texts: str, padding: int = pad) -> int:
            return max(metrics.horizontalAdvance(t) for t in texts) + padding

        model = self.model
        last = model.columnCount() - 1
        header.resizeSection(1, room(model.headerData(1, Qt.Orientation.Horizontal), *every_region))
        mapped = model.any_mapped
        digit = room("55", padding=pad // 2)  # one level, centred
        if mapped:  # a half level with its mark
            digit = room(f"{number(4.5)} {MAPPED_MARK}", padding=pad // 2)
        header.setMinimumSectionSize(digit)  # the style's default minimum is wider
        for column in range(2, last - 1):
            header.resizeSection(column, digit)
        header.resizeSection(last - 1, room(model.headerData(last - 1, Qt.Orientation.Horizontal)))
        header.resizeSection(
            last,
            room(
                model.headerData(last, Qt.Orientation.Horizontal),
                f"{change(-1.5, of_average=True)} {MAPPED_MARK}" if mapped else "",
            ),
        )
        self.table.sortByColumn(self.model.columnCount() - 1, Qt.SortOrder.DescendingOrder)
        self.region.blockSignals(True)
        self.region.clear()
        self.region.addItem(self.tr("All regions"), "")
        for name in regions:
            self.region.addItem(name, name)
        self.region.setCurrentIndex(max(0, self.region.findData(region)))
        self.region.blockSignals(False)
        self._filter()
        self._fill_distribution(view)
        self._keep_rows()  # the headings as they are now, on one line or two

    def _fill_distribution(self, view: compare.DistrictView) -> None:
        lang = self.ctx.language
        pack, d = view.pack, view.district
        levels = list(pack.levels)
        # Columns sized to their contents are measured again on every item set: fill first.
        self.distribution.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive
        )
        self.distribution.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.distribution.setColumnCount(2 + len(levels))
        self.distribution.setRowCount(len(pack.categories))
        # Level columns show the number; the label is in the tooltip (keeps them narrow).
        self.distribution.setHorizontalHeaderLabels(
            [
                self.tr("Category"),
                *[str(lv.value) for lv in levels],
                self.tr("Members' average by role"),
            ]
        )
        for column, level in enumerate(levels, 1):
            self.distribution.horizontalHeaderItem(column).setToolTip(
                f"{level.value} · {level.label[lang]}"
            )
        reworded: set[str] = set().union(*(s.reworded for s in d.schools))
        for row, category in enumerate(pack.categories):
            counts = d.distribution.get(category.key, {})
            star = " *" if category.key in reworded else ""
            cells = [
                f"{row + 1}. {category.title[lang]}{star}",
                *[str(counts.get(lv.value, 0)) for lv in levels],
            ]
            groups = []
            for group in d.roles.get(category.key, ()):
                name = role_label(Role(group.role))
                groups.append(
                    self.tr("%1: fewer than 5, not shown").replace("%1", name)
                    if group.suppressed
                    else f"{name}: {average(group.average)}"
                )
            cells.append(" · ".join(groups))
            for column, text in enumerate(cells):
                self.distribution.setItem(row, column, QTableWidgetItem(text))
        header = self.distribution.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Titles and role groups are long: fixed title column, the groups take the rest; wrap.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 280)
        header.setSectionResizeMode(len(levels) + 1, QHeaderView.ResizeMode.Stretch)
        self.distribution.setWordWrap(True)
        # Rows as tall as their wrapped role groups, at the widths the columns end up with
        # (wider for their headings with large text).
        self.distribution.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        shown = self.model.rowCount()
        if view.lea is None:
            status = (
                self.tr("%n school(s) in %1; change compared with %2.", "", shown)
                .replace("%1", d.year)
                .replace("%2", d.previous)
            )
        else:
            status = (
                self.tr("%n school(s) of %3 in %1; change compared with %2.", "", shown)
                .replace("%1", d.year)
                .replace("%2", d.previous)
                .replace("%3", view.lea.name)
            )
            if not d.schools:
                try:
                    linked = bool(compare.schools(self.ctx.roots, view.lea.cds_code))
                except RootsError:
                    linked = True  # the database went away: the next load will say so
                status += " " + (
                    self.tr("None of its schools has agreed levels in %1.").replace("%1", d.year)
                    if linked
                    else self.tr(
                        "Link a school to its LEA with Change school… on the Schools and teams "
                        "page."
                    )
                )
        if any(s.mapped or s.mapped_changes for s in d.schools):
            status += " " + self.tr(
                "%1 A level scored on an earlier version of the rubric, shown in this "
                "version's categories (a renamed category keeps its level, a merged one takes "
                "the median of its sources, a split one the level of the category it came "
                "from), or a change compared with one."
            ).replace("%1", MAPPED_MARK)
        if any(s.mapped for s in d.schools):  # some of the year was scored on another version
            status += " " + self.tr(
                "Members' averages by role are not mapped across versions: ratings given on an "
                "earlier version to a category since renamed, merged or split are not in them."
            )
        if reworded:
            status += " " + self.tr(
                "* The wording of this category changed between rubric versions; levels are "
                "compared by category."
            )
        self.status.setText(status)

    def _filter(self) -> None:
        self.model.set_filters(self.region.currentData() or "", self.name_filter.text())

    def _opened(self, index: QModelIndex) -> None:
        self.school_opened.emit(self.model.data(index, ID_ROLE))

    def export(self) -> None:
        if self.view is None:
            return
        year = self.view.district.year
        path = exporting.ask_spreadsheet_path(
            self,
            self.ctx,
            self.tr("Save the district table"),
            f"district_{year}_{self.ctx.language}.xlsx",
        )
        if path is None:
            return
        try:
            compare.export_table(
                self.ctx.roots,
                year,
                path,
                self.ctx.language,
                self.view.pack.id,
                self.view.lea.cds_code if self.view.lea else None,
            )
        except RootsError as error:
            messages.show_error(self, error)
            return
        self.status.setText(self.tr("Saved %1").replace("%1", str(path)))
