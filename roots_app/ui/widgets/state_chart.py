"""The State report's charts (issue 19): one section at a time, a small chart per practice with
the state-reported level over the years (solid line, round points) and the teams' median beside
it (dashed line, square points). The page's table is its equivalent; each chart also says its
values in its accessible description."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMargins, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from roots_app.domain.rubric import RubricPack
from roots_app.domain.state_report import PracticeYear, StateBeside
from roots_app.ui import labels, theme
from roots_app.ui.widgets.elided import ShrinkingCombo
from roots_app.ui.widgets.flow import flow_row, labelled
from roots_app.ui.widgets.page_scroll import scrolling_page
from roots_app.ui.widgets.retranslate import Retranslating

if TYPE_CHECKING:  # QtCharts loads when a chart is first drawn, not with the page
    from PySide6.QtCharts import QCategoryAxis, QChartView

COLUMNS = 2  # small charts side by side


def runs(values: Sequence[float | None]) -> list[list[tuple[int, float]]]:
    """The (x, value) points of each unbroken run of values: a year without one breaks the
    line rather than joining its neighbours across it."""
    out: list[list[tuple[int, float]]] = []
    current: list[tuple[int, float]] = []
    for x, value in enumerate(values):
        if value is None:
            if current:
                out.append(current)
            current = []
        else:
            current.append((x, value))
    if current:
        out.append(current)
    return out


class StateChart(Retranslating, QWidget):
    """Choose a section; its practices' state levels and teams' medians over the years."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: StateBeside | None = None
        self.pack: RubricPack | None = None
        self.language = "en"
        self.views: list[QChartView] = []
        self.titles: list[QLabel] = []
        self.panels: list[QWidget] = []  # a practice's title and chart
        self.year_axes: list[QCategoryAxis] = []
        self._drawn: tuple[object, ...] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        # A long section title at large text: shortened in the box, whole in its tooltip.
        self.section_label, self.section = QLabel(), ShrinkingCombo()
        self.section.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        pair = labelled(self.section_label, self.section)
        self.key = QLabel()  # what the two lines are: one key for the small charts
        self.key.setWordWrap(True)
        self.key.setProperty("role", "muted")
        layout.addWidget(flow_row(pair, shrinks=(pair,)))
        layout.addWidget(self.key)
        # The small charts keep a readable height (levels 1 to 5 on the axis, every year's
        # label) and scroll up and down when the window is lower than they need.
        charts = QWidget()
        self.grid = QGridLayout()
        scrolling_page(charts).addLayout(self.grid)
        layout.addWidget(charts, 1)
        self.section.currentIndexChanged.connect(lambda _index: self.draw())
        self.retranslate()

    def retranslate(self) -> None:
        self.section_label.setText(self.tr("S&ection:"))
        self.section.setAccessibleName(self.tr("Section to chart"))
        self._set_key()
        self.setAccessibleName(self.tr("State level and teams' median over the years"))

    def _set_key(self) -> None:
        key = self.tr("Solid line, round points: state level. Dashed line, squares: teams' median.")
        if self.view is not None and any(
            p.teams_mapped for y in self.view.years for p in y.practices
        ):
            key += " " + self.tr(
                "Hollow squares: a teams' median that takes levels agreed on another version "
                "of the LCFF pack."
            )
        self.key.setText(key)

    def show_view(self, view: StateBeside | None, pack: RubricPack, language: str) -> None:
        """Chart this LEA's years (drawn now if shown, else when it is)."""
        self.view, self.pack, self.language = view, pack, language
        self._set_key()
        current = self.section.currentData()
        self.section.blockSignals(True)
        self.section.clear()
        for section in pack.sections:
            self.section.addItem(section.title[language], section.key)
        self.section.setCurrentIndex(max(0, self.section.findData(current)))
        self.section.blockSignals(False)
        self._drawn = None
        if self.isVisible():
            self.draw()

    def showEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().showEvent(event)
        self.draw()

    def _chart_height(self) -> int:
        """Room for a line and a half per level: with less, QtCharts shows every level's label
        as "…" (small charts at a large text size)."""
        levels = self.pack.max_level if self.pack is not None else 5
        return max(180, (2 * levels + 4) * self.fontMetrics().height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            for chart_view in self.views:
                chart_view.setMinimumHeight(self._chart_height())
        # Light to dark or back: drawn again in the new colours.
        if event.type() == QEvent.Type.PaletteChange and self.views:
            background = self.views[0].chart().backgroundBrush().color()
            if background != QColor(theme.chart_colours().background):
                self._drawn = None
                self.draw()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A small chart resized: its years' labels level, slanted or upright, to fit whole."""
        if event.type() == QEvent.Type.Resize and watched in self.views:
            index = self.views.index(watched)  # type: ignore[arg-type]
            if index < len(self.year_axes):
                self._fit_years(index)
        return super().eventFilter(watched, event)

    def _fit_years(self, index: int) -> None:
        from roots_app.ui.pages.progress import label_angle

        axis = self.year_axes[index]
        axis.setLabelsAngle(label_angle(axis, self.views[index].width() - 60))

    def draw(self) -> None:
        """The chosen section's practices, one small chart each (again only if changed)."""
        if self.view is None or self.pack is None or not self.isVisible():
            return
        section = self.section.currentData()
        wanted = (id(self.view), section, self.language, theme.chart_colours())
        if wanted == self._drawn:
            return
        self._drawn = wanted
        keys = [
            (number, category)
            for number, category in enumerate(self.pack.categories, 1)
            if category.section == section
        ]
        while len(self.views) < len(keys):
            self._add_panel()
        for index, (chart_view, title) in enumerate(zip(self.views, self.titles, strict=True)):
            shown = index < len(keys)
            self.panels[index].setVisible(shown)  # explicitly: one added while shown is not yet
            if shown:
                number, category = keys[index]
                title.setText(f"{number}. {category.title[self.language]}")
                self._draw_practice(chart_view, index, category.key, title.text())

    def _add_panel(self) -> None:
        from PySide6.QtCharts import QChartView
        from PySide6.QtGui import QPainter

        index = len(self.views)
        title = QLabel()
        title.setWordWrap(True)
        chart_view = QChartView()
        chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart_view.setMinimumHeight(self._chart_height())
        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.setSpacing(0)
        panel_layout.addWidget(title)
        panel_layout.addWidget(chart_view, 1)
        self.grid.addWidget(panel, index // COLUMNS, index % COLUMNS)
        self.grid.setRowStretch(index // COLUMNS, 1)
        self.grid.setColumnStretch(index % COLUMNS, 1)  # as wide as one another
        # Its width from the grid, not from its title's length (the title wraps).
        panel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        chart_view.installEventFilter(self)
        self.views.append(chart_view)
        self.titles.append(title)
        self.panels.append(panel)

    def _draw_practice(self, chart_view: QChartView, index: int, key: str, name: str) -> None:
        from PySide6.QtCharts import QCategoryAxis, QChart, QLineSeries, QScatterSeries
        from PySide6.QtGui import QBrush, QPen

        assert self.view is not None and self.pack is not None
        years = [y.year for y in self.view.years]
        practices = [next(p for p in y.practices if p.key == key) for y in self.view.years]
        colours = theme.chart_colours()
        chart = QChart()
        chart.legend().setVisible(False)
        chart.setBackgroundBrush(QBrush(QColor(colours.background)))
        chart.setMargins(QMargins(4, 4, 4, 4))  # small charts: the room is for the lines
        axis_x = QCategoryAxis()
        axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for x, year in enumerate(years):
            axis_x.append(year, x)
        axis_x.setRange(-0.5, len(years) - 0.5)
        axis_y = QCategoryAxis()
        axis_y.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for level in range(1, self.pack.max_level + 1):
            axis_y.append(str(level), level)
        axis_y.setRange(0.5, self.pack.max_level + 0.5)
        for axis in (axis_x, axis_y):
            axis.setLabelsFont(self.font())
            axis.setLabelsBrush(QBrush(QColor(colours.text)))
            axis.setGridLinePen(QPen(QColor(colours.grid), 1))
            axis.setLinePen(QPen(QColor(colours.text), 1))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        # The teams' first, the state's on top: where they are equal, a round point shows
        # inside a larger square and the solid line over the dashed one.
        lines = (
            ([p.teams for p in practices], colours.lowest, Qt.PenStyle.DashLine, "square"),
            ([p.state for p in practices], colours.agreed, Qt.PenStyle.SolidLine, "circle"),
        )
        for values, colour, style, marker in lines:
            pen = QPen(QColor(colour), 3)
            pen.setStyle(style)
            for run in runs(values):
                line = QLineSeries()
                line.setPen(pen)
                for x, value in run:
                    line.append(x, value)
                points = QScatterSeries()
                points.setMarkerShape(
                    QScatterSeries.MarkerShape.MarkerShapeCircle
                    if marker == "circle"
                    else QScatterSeries.MarkerShape.MarkerShapeRectangle
                )
                points.setMarkerSize(9 if marker == "circle" else 13)
                points.setColor(QColor(colour))
                points.setBorderColor(QColor(colour))
                for x, value in run:
                    points.append(x, value)
                for series in (line, points):
                    chart.addSeries(series)
                    series.attachAxis(axis_x)
                    series.attachAxis(axis_y)
            if marker == "square" and any(p.teams_mapped for p in practices):
                # A median from another version of the pack: its square hollow, over the
                # filled one (the state's round points still on top).
                hollow = QScatterSeries()
                hollow.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
                hollow.setMarkerSize(13)
                hollow.setColor(QColor(colours.background))
                hollow.setBorderColor(QColor(colour))
                hollow.setPen(QPen(QColor(colour), 2))
                for x, p in enumerate(practices):
                    if p.teams_mapped and p.teams is not None:
                        hollow.append(x, p.teams)
                chart.addSeries(hollow)
                hollow.attachAxis(axis_x)
                hollow.attachAxis(axis_y)
        if index < len(self.year_axes):
            self.year_axes[index] = axis_x
        else:
            self.year_axes.append(axis_x)
        self._fit_years(index)
        chart_view.setChart(chart)
        for widget in (chart_view, chart_view.viewport()):  # both take the focus
            widget.setAccessibleName(self.tr("%1 over the years").replace("%1", name))
        chart_view.setAccessibleDescription(
            "; ".join(
                self.tr("%1: state %2, teams %3")
                .replace("%1", year)
                .replace("%2", labels.number(p.state))
                .replace("%3", self._teams_said(p))
                for year, p in zip(years, practices, strict=True)
            )
        )

    def _teams_said(self, practice: PracticeYear) -> str:
        """The teams' median in words, said as mapped when it comes from another version."""
        if not practice.teams_mapped:
            return labels.number(practice.teams)
        return self.tr("%1 (mapped from another version of the LCFF pack)").replace(
            "%1", labels.number(practice.teams)
        )
