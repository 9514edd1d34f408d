"""One school's progress: every year's agreed levels, the change, trends and two wheels."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from roots_app.errors import RootsError
from roots_app.services import compare, state
from roots_app.ui import exporting, messages, theme
from roots_app.ui.context import UiContext
from roots_app.ui.labels import change, number
from roots_app.ui.widgets.elided import ElidedLabel, ShrinkingCombo, whole_text_in_tooltip
from roots_app.ui.widgets.flow import flow_row, labelled
from roots_app.ui.widgets.lea_choice import all_schools, fill_leas, remember_lea
from roots_app.ui.widgets.retranslate import Retranslating
from roots_app.ui.widgets.table_headers import fit_headings

if TYPE_CHECKING:  # QtCharts loads when a chart is first shown, not with the page
    from PySide6.QtCharts import QCategoryAxis

FOCUS_MARK = "◆"
MAPPED_MARK = "†"  # a level scored on an earlier version, read through its lineage


def label_angle(axis: QCategoryAxis, room: int) -> int:
    """Level (0), slanted (-45) or upright (-90): the first way every year's label fits in its
    share of ``room`` pixels, rather than Qt cutting them to "202…"."""
    metrics = QFontMetrics(axis.labelsFont())
    labels = axis.categoriesLabels()
    share = room / max(1, len(labels)) - 8
    wide = max((metrics.horizontalAdvance(label) for label in labels), default=0)
    if wide <= share:
        return 0
    if (wide + metrics.height()) * math.sqrt(0.5) <= share:
        return -45
    return -90


class ProgressPage(Retranslating, QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.school_id: str | None = None
        self.view: compare.ProgressView | None = None
        self.trend_view = None
        self.trend_years: QCategoryAxis | None = None
        self.wheel = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        # A long school name at 200 % text: shortened with "…", whole in its tooltip, instead
        # of wrapping into lines that take the chart's room.
        self.title = ElidedLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        # The button at the right of the title; on a line of its own below when both do not fit.
        layout.addWidget(flow_row(self.title, right=(self.export_button,)))
        # Which school: all of them, or those of one LEA (issue 19; the LEA choice is hidden
        # while no state file brought an LEA).
        # A long LEA name at large text: a narrower box, the name whole in its tooltip.
        self.lea_label, self.lea = QLabel(), ShrinkingCombo()
        self.lea.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.school_label, self.school = QLabel(), whole_text_in_tooltip(QComboBox())
        self.school.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        choices = [
            labelled(label, combo)
            for label, combo in ((self.lea_label, self.lea), (self.school_label, self.school))
        ]
        self.lea_pair = choices[0]
        self.lea_pair.setVisible(False)
        layout.addWidget(flow_row(*choices, shrinks=(self.lea_pair,)))
        self.lea.currentIndexChanged.connect(self._lea_chosen)
        self.school.currentIndexChanged.connect(self._school_chosen)
        layout.addWidget(self.note)
        # One year of results: nothing to compare yet; say so instead of a chart of one dot.
        self.one_year = QLabel()
        self.one_year.setWordWrap(True)
        self.one_year.setVisible(False)
        layout.addWidget(self.one_year)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        fit_headings(self.table)
        self.table.currentCellChanged.connect(lambda row, *_: self._draw_trend(row))
        self.tabs.addTab(self.table, "")
        self.trend_tab = QWidget()
        self.trend_layout = QVBoxLayout(self.trend_tab)
        self.trend_choice = whole_text_in_tooltip(QComboBox())
        self.trend_choice.currentIndexChanged.connect(self._draw_trend)
        self.trend_layout.addWidget(self.trend_choice)
        self.tabs.addTab(self.trend_tab, "")
        self.wheel_tab = QWidget()
        wheel_layout = QVBoxLayout(self.wheel_tab)
        pairs = []
        self.year_a_label, self.year_a = QLabel(), QComboBox()
        self.year_b_label, self.year_b = QLabel(), QComboBox()
        for label, combo in ((self.year_a_label, self.year_a), (self.year_b_label, self.year_b)):
            combo.currentIndexChanged.connect(self._draw_wheels)
            pairs.append(labelled(label, combo))
        wheel_layout.addWidget(flow_row(*pairs))  # one year under the other at large text
        self.wheel_layout = wheel_layout
        self.tabs.addTab(self.wheel_tab, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Light to dark or back: the trend line is drawn again in the new colours.
        if event.type() == QEvent.Type.PaletteChange and self.trend_view is not None:
            background = self.trend_view.chart().backgroundBrush().color()
            if background != QColor(theme.chart_colours().background):
                self._draw_trend()

    def retranslate(self) -> None:
        self.lea_label.setText(self.tr("LE&A:"))
        self.lea.setAccessibleName(self.tr("Show the schools of one LEA"))
        if self.lea.count():
            self.lea.setItemText(0, all_schools())
        self.school_label.setText(self.tr("&School:"))
        self.school.setAccessibleName(self.tr("School"))
        self.export_button.setText(self.tr("Save as spreadsheet…"))
        self.tabs.setAccessibleName(self.tr("School progress"))
        self.tabs.setTabText(0, self.tr("Table"))
        self.tabs.setTabText(1, self.tr("Trend"))
        self.tabs.setTabText(2, self.tr("Two years' wheels"))
        self.table.setAccessibleName(self.tr("Agreed level of each category in each year"))
        self.trend_choice.setAccessibleName(self.tr("Category to show as a trend"))
        self.year_a_label.setText(self.tr("&Earlier year:"))
        self.year_b_label.setText(self.tr("&Later year:"))
        self.year_a.setAccessibleName(self.tr("Earlier year"))
        self.year_b.setAccessibleName(self.tr("Later year"))
        self.one_year.setText(
            self.tr(
                "A second year will show change here: the trend and the two years' wheels "
                "appear once this school has agreed levels for two school years."
            )
        )
        if self.school_id:
            self.open_school(self.school_id)
        else:
            self.title.set_whole_text(self.tr("School progress"))
            self.note.setText(
                self.tr(
                    "Open a school from the District page or an assessment, or choose one "
                    "above, to see its progress."
                )
            )

    # ----- which school -----
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():  # shown as a place, not the window coming back
            self.fill_choices()

    def fill_choices(self) -> None:
        """The LEAs and the schools to choose from, read again; the open school chosen."""
        try:
            leas = state.list_leas(self.ctx.roots)
            fill_leas(self.lea, self.lea_pair, leas, self.ctx)
            shown = compare.schools(self.ctx.roots, self.lea.currentData() or None)
            if self.school_id and self.school_id not in dict(shown):
                # A school of another LEA was opened (from an assessment): show all schools,
                # without forgetting the LEA chosen for next time.
                self.lea.blockSignals(True)
                self.lea.setCurrentIndex(0)
                self.lea.blockSignals(False)
                shown = compare.schools(self.ctx.roots)
        except RootsError as error:
            messages.show_error(self, error)
            return
        self._fill_schools(shown)

    def _fill_schools(self, shown: list[tuple[str, str]]) -> None:
        self.school.blockSignals(True)
        self.school.clear()
        for school_id, name in shown:
            self.school.addItem(name, school_id)
        self.school.setCurrentIndex(self.school.findData(self.school_id))
        self.school.blockSignals(False)

    def _lea_chosen(self) -> None:
        code = self.lea.currentData() or None
        remember_lea(self.ctx, code)
        try:
            shown = compare.schools(self.ctx.roots, code)
        except RootsError as error:
            messages.show_error(self, error)
            return
        self._fill_schools(shown)
        if self.school.currentIndex() >= 0:
            return  # the open school is one of the LEA's
        if shown:
            self.school.setCurrentIndex(0)  # opens the LEA's first school
            return
        self._show_none()

    def _school_chosen(self) -> None:
        school_id = self.school.currentData()
        if school_id and school_id != self.school_id:
            self.open_school(school_id, self.view.pack.id if self.view else compare.DEFAULT_PACK)

    def _show_none(self) -> None:
        """The LEA chosen has no school yet: say how to link one, show nothing else."""
        self.school_id, self.view = None, None
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.one_year.setVisible(False)
        self.tabs.setCurrentIndex(0)
        for tab in (1, 2):
            self.tabs.setTabEnabled(tab, False)
        self.title.set_whole_text(self.tr("School progress"))
        self.note.setText(
            self.tr(
                "No school belongs to this LEA yet. Link a school to its LEA with Change "
                "school… on the Schools and teams page."
            )
        )

    def open_school(self, school_id: str, pack_id: str = compare.DEFAULT_PACK) -> None:
        try:
            view = compare.school_progress(self.ctx.roots, school_id, pack_id)
        except RootsError as error:
            messages.show_error(self, error)
            return
        self.school_id, self.view = school_id, view
        if self.school.currentData() != school_id and self.isVisible():
            self.fill_choices()  # opened from elsewhere while shown
        progress = view.progress
        self.title.set_whole_text(self.tr("%1: progress").replace("%1", view.school_name))
        notes = [
            self.tr(
                "%1 marks a growth-plan focus area that year. ▲ ▼ = show the change "
                "since the year before."
            ).replace("%1", FOCUS_MARK)
        ]
        if progress.wording_changed:
            notes.append(
                self.tr(
                    "* The wording of this category changed between rubric "
                    "versions; levels are compared by category."
                )
            )
        if any(c.mapped_years for c in progress.categories):
            notes.append(
                self.tr(
                    "%1 Scored on an earlier version of the rubric and shown in this "
                    "version's categories: a renamed category keeps its level, a merged one "
                    "takes the median of its sources, a split one the level of the category "
                    "it came from."
                ).replace("%1", MAPPED_MARK)
            )
        self.note.setText(" ".join(notes))
        self.table.clear()
        self.table.setRowCount(len(progress.categories))
        self.table.setColumnCount(1 + len(progress.years))
        self.table.setHorizontalHeaderLabels([self.tr("Category"), *progress.years])
        for row, category in enumerate(progress.categories):
            title = self._title(category.key)
            star = " *" if category.key in progress.wording_changed else ""
            self.table.setItem(row, 0, QTableWidgetItem(f"{row + 1}. {title}{star}"))
            for column, year in enumerate(progress.years, 1):
                level = category.levels.get(year)
                text = number(level)
                if year in category.mapped_years:
                    text += f" {MAPPED_MARK}"
                if year in category.changes:
                    text += f"  {change(category.changes[year].value)}"
                if year in category.focus_years:
                    text += f"  {FOCUS_MARK}"
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if year in category.mapped_years:  # in words, for the mouse and screen readers
                    item.setToolTip(self._mapped_words())
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{text}. {item.toolTip()}")
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 320)
        self.table.resizeRowsToContents()
        self.trend_choice.blockSignals(True)
        self.trend_choice.clear()
        for category in progress.categories:
            self.trend_choice.addItem(self._title(category.key), category.key)
        self.trend_choice.blockSignals(False)
        for combo, pick in ((self.year_a, -2), (self.year_b, -1)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(list(progress.years))
            combo.setCurrentIndex(max(0, len(progress.years) + pick))
            combo.blockSignals(False)
        comparable = len(progress.years) >= 2
        self.one_year.setVisible(not comparable)
        if not comparable:
            self.tabs.setCurrentIndex(0)
        for tab in (1, 2):
            self.tabs.setTabEnabled(tab, comparable)
            self.tabs.setTabToolTip(
                tab, "" if comparable else self.tr("A second year will show change here.")
            )
        self._tab_changed(self.tabs.currentIndex())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.trend_years is not None:  # the years' labels may need to slant, or not
            self.trend_years.setLabelsAngle(
                label_angle(self.trend_years, self.trend_tab.width() - 100)
            )

    def export(self) -> None:
        if self.view is None:
            return
        path = exporting.ask_spreadsheet_path(
            self,
            self.ctx,
            self.tr("Save the school's progress"),
            f"progress_{self.ctx.language}.xlsx",
        )
        if path is None:
            return
        try:
            compare.export_progress(
                self.ctx.roots, self.view.school_id, path, self.ctx.language, self.view.pack.id
            )
        except RootsError as error:
            messages.show_error(self, error)

    def _mapped_words(self) -> str:
        return self.tr(
            "Scored on an earlier version of the rubric and shown in this version's categories."
        )

    def _title(self, key: str) -> str:
        assert self.view is not None
        try:
            return self.view.pack.category(key).title[self.ctx.language]
        except KeyError:
            return key

    def _tab_changed(self, index: int) -> None:
        if self.view is None:
            return
        if index == 1:
            self._draw_trend()
        if index == 2:
            self._draw_wheels()

    def _draw_trend(self, row: int | None = None) -> None:
        if self.view is None or (self.tabs.currentIndex() != 1 and row is None):
            return
        if isinstance(row, int) and row >= 0 and self.tabs.currentIndex() == 0:
            self.trend_choice.setCurrentIndex(row)
            return
        from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries
        from PySide6.QtGui import QBrush, QPainter, QPen

        key = self.trend_choice.currentData()
        if key is None:
            return
        category = self.view.progress.category(key)
        years = list(self.view.progress.years)
        colours = theme.chart_colours()
        chart = QChart()  # no title: the chooser above names the category, whole
        chart.legend().setVisible(False)
        chart.setBackgroundBrush(QBrush(QColor(colours.background)))
        series = QLineSeries()
        series.setPen(QPen(QColor(colours.agreed), 3))
        series.setPointsVisible(True)
        for x, year in enumerate(years):
            if year in category.levels:
                series.append(x, category.levels[year])
        chart.addSeries(series)
        # Half a step of room before the first year and after the last, and below level 1 and
        # above the top level: every year's label shows and no end point is cut in half.
        axis_x = QCategoryAxis()
        axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for x, year in enumerate(years):
            label = f"{year} {FOCUS_MARK}" if year in category.focus_years else year
            if year in category.mapped_years:
                label += f" {MAPPED_MARK}"
            axis_x.append(label, x)
        axis_x.setRange(-0.5, len(years) - 0.5)
        axis_y = QCategoryAxis()
        axis_y.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for level in range(1, self.view.pack.max_level + 1):
            axis_y.append(str(level), level)
        axis_y.setRange(0.5, self.view.pack.max_level + 0.5)
        for axis in (axis_x, axis_y):  # as large as the rest of the page (meeting mode too)
            axis.setLabelsFont(self.font())
            axis.setLabelsBrush(QBrush(QColor(colours.text)))
            axis.setGridLinePen(QPen(QColor(colours.grid), 1))
            axis.setLinePen(QPen(QColor(colours.text), 1))
        axis_x.setLabelsAngle(label_angle(axis_x, self.trend_tab.width() - 100))
        self.trend_years = axis_x
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        if self.trend_view is None:
            self.trend_view = QChartView()
            self.trend_view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.trend_layout.addWidget(self.trend_view, 1)
        self.trend_view.setChart(chart)
        trend_name = self.tr("Trend of %1").replace("%1", self._title(key))
        for widget in (self.trend_view, self.trend_view.viewport()):  # both take the focus
            widget.setAccessibleName(trend_name)
        mapped = self.tr("from an earlier version of the rubric")
        self.trend_view.setAccessibleDescription(
            "; ".join(
                f"{y}: {number(category.levels.get(y))}"
                + (f" ({mapped})" if y in category.mapped_years else "")
                for y in years
            )
        )

    def _draw_wheels(self) -> None:
        if self.view is None or self.tabs.currentIndex() != 2:
            return
        from roots_app.ui.widgets.wheel import YearsWheelView

        if self.wheel is None:
            self.wheel = YearsWheelView()
            self.wheel_layout.addWidget(self.wheel, 1)
        shapes = []
        for combo in (self.year_a, self.year_b):
            year = combo.currentText()
            levels = {
                c.key: c.levels[year] for c in self.view.progress.categories if year in c.levels
            }
            shapes.append((year, levels))
        self.wheel.show_years(
            self.view.pack,
            self.ctx.language,
            shapes,
            self.tr("Agreed levels of %1 and %2")
            .replace("%1", shapes[0][0])
            .replace("%2", shapes[1][0]),
        )
