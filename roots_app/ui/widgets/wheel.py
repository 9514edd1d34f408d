"""The wheel: one spoke per category, the agreed levels as a shape, members' range around it.

For the CEI rubric this is the Holistic Engagement Wheel; it works for any pack (3 to 20
categories). Meaning never rests on colour alone: the agreed shape is a thick solid line with
square markers, the members' lowest and highest are thin dashed lines, members' points are
hollow circles. The team view shows the same numbers as a table for screen readers.

Spokes carry numbers only; the key beside the wheel gives each number's whole category name
(long Spanish names do not fit round a circle). Spoke 1 points straight up, as in the PDF;
the level numbers sit halfway between the last spoke and the first, where no point can be,
and the scale starts at 1.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCharts import (
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QPolarChart,
    QScatterSeries,
)
from PySide6.QtCore import QEvent, QLineF, QMargins, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from roots_app.domain.assessment import Assessment
from roots_app.domain.consensus import CategoryConsensus
from roots_app.domain.rubric import RubricPack
from roots_app.ui import theme

# The centre of the wheel is one step below level 1: level 1 is a ring, not a point, so a
# team at level 1 still has a shape and the level numbers have room between two spokes.
CENTRE = -1.0
# The wheel sits beside its key when the room is at least this much wider than tall.
SIDE_BY_SIDE = 1.25


def _shape(levels: list[tuple[int, float]], spokes: int) -> list[QPointF]:
    """(spoke, level) points as a polar line, closed at 360° (an angle of ``spokes``) rather
    than 0°, so the last side goes forward round the wheel instead of back across it."""
    out = [QPointF(spoke, level) for spoke, level in levels]
    if levels and levels[0][0] == 0:
        out.append(QPointF(spokes, levels[0][1]))
    return out


def _sample(series: QLineSeries | QScatterSeries, marks: QScatterSeries | None) -> QPixmap:
    """A short stretch of a series' line with its marker, as the chart draws it."""
    pixmap = QPixmap(40, 18)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if isinstance(series, QLineSeries):
        painter.setPen(series.pen())
        painter.drawLine(QPointF(2, 9), QPointF(38, 9))
    dot = series if isinstance(series, QScatterSeries) else marks
    if dot is not None:
        painter.setPen(QPen(dot.borderColor(), 1.2))
        painter.setBrush(dot.color())
        half = dot.markerSize() / 2
        if dot.markerShape() == QScatterSeries.MarkerShape.MarkerShapeRectangle:
            painter.drawRect(QRectF(20 - half, 9 - half, 2 * half, 2 * half))
        else:
            painter.drawEllipse(QPointF(20, 9), half, half)
    painter.end()
    return pixmap


def _marks(colour: str, size: float, square: bool, ground: str) -> QScatterSeries:
    """The markers of a line, a series of their own (squares for the agreed levels, hollow
    circles for an earlier year), so the shape reads without colour."""
    marks = QScatterSeries()
    marks.setMarkerShape(
        QScatterSeries.MarkerShape.MarkerShapeRectangle
        if square
        else QScatterSeries.MarkerShape.MarkerShapeCircle
    )
    marks.setMarkerSize(size)
    marks.setColor(QColor(colour) if square else QColor(ground))
    marks.setBorderColor(QColor(ground) if square else QColor(colour))
    return marks


def _put(
    line: QLineSeries, points: list[QPointF], spokes: int, marks: QScatterSeries | None = None
) -> None:
    """Give a line its points, and its markers one point per spoke (not the closing one)."""
    line.replace(points)
    if marks is not None:
        marks.replace([p for p in points if p.x() < spokes])


class WheelView(QWidget):
    """The polar chart with numbered spokes, and its key: every category's whole name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart_ = QPolarChart()
        self.view = QChartView(self.chart_)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumSize(300, 300)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.chart_.setBackgroundRoundness(0)
        self.chart_.setMargins(QMargins(4, 4, 4, 4))  # the room goes to the wheel itself
        # The chart's own legend would be cut short beside the key; the key shows the lines.
        self.chart_.legend().setVisible(False)
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_.plotAreaChanged.connect(lambda _area: self._place_numbers())
        self.lines = QWidget()
        self.lines_grid = QGridLayout(self.lines)
        self.lines_grid.setContentsMargins(0, 0, 0, 8)
        self.lines_grid.setColumnStretch(1, 1)
        self.key = QLabel()
        self.key.setObjectName("WheelKey")
        self.key.setWordWrap(True)
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.key.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.lines)
        side_layout.addWidget(self.key, 1)
        self.key_area = QScrollArea()
        self.key_area.setWidget(side)
        self.key_area.setWidgetResizable(True)
        self.key_area.setFrameShape(QFrame.Shape.NoFrame)
        self.key_area.setMinimumWidth(220)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(self.view, 3)
        self.box.addWidget(self.key_area, 2)
        self.numbers: list[tuple[int, QGraphicsRectItem, QGraphicsSimpleTextItem]] = []
        self._spokes = 0
        self._angular: QCategoryAxis | None = None
        self._colours = theme.chart_colours()
        self._redraw: Callable[[], None] | None = None  # the last drawing, for a new palette
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def chart(self) -> QChart:
        return self.chart_

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Beside the wheel in a wide room, below it in a narrow one.
        size = event.size()
        # At large text the key's longest words may need more than its two fifths of the
        # width: then it goes below too, rather than scroll sideways.
        key_needs = (
            self.key_area.widget().minimumSizeHint().width()
            + self.key_area.verticalScrollBar().sizeHint().width()
        )
        wide = size.width() >= SIDE_BY_SIDE * size.height() and size.width() * 2 // 5 >= key_needs
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != direction:
            self.box.setDirection(direction)
            self.box.setStretch(0, 3 if wide else 4)
            self.box.setStretch(1, 2 if wide else 1)
        super().resizeEvent(event)

    def show_wheel(
        self,
        assessment: Assessment,
        picture: list[CategoryConsensus],
        language: str,
        names: dict[str, str],
        show_members: bool,
    ) -> None:
        """Draw agreed levels and, when ratings are revealed, the members' range and points.

        ``names`` labels the series in the legend (translated by the caller). Axes and series
        are made once per pack and language; later calls only move the points (much faster).
        """
        pack = assessment.pack
        count = len(pack.categories)
        layout_key = (pack.ref, language, show_members, tuple(sorted(names.items())))
        self._redraw = lambda: self.show_wheel(assessment, picture, language, names, show_members)
        if layout_key != getattr(self, "_layout_key", None):
            self._build(assessment.pack, language, names, show_members)
            self._layout_key = layout_key
        if show_members:
            # A category nobody rated yet has no point: a fall to the centre would read as 0.
            for line, values in (
                (self.low, [c.lowest for c in picture]),
                (self.high, [c.highest for c in picture]),
            ):
                rated = [(i, v) for i, v in enumerate(values) if v is not None]
                _put(line, _shape(rated, count), count)
            self.points.replace(
                [
                    QPointF(spoke, level)
                    for spoke, seen in enumerate(picture)
                    for level in seen.levels.values()
                ]
            )
        _put(
            self.agreed,
            _shape([(i, c.agreed) for i, c in enumerate(picture) if c.agreed is not None], count),
            count,
            self.marks[self.agreed],
        )
        self._name(names["title"])

    def _name(self, title: str) -> None:
        for widget in (self, self.view, self.view.viewport()):  # what a screen reader can reach
            widget.setAccessibleName(title)

    def _build(
        self, pack: RubricPack, language: str, names: dict[str, str], show_members: bool
    ) -> None:
        chart = self.chart_
        colours = self._colours = theme.chart_colours()
        chart.setBackgroundBrush(QBrush(QColor(colours.background)))
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        count = self._spokes = len(pack.categories)
        angular = QCategoryAxis()
        angular.setRange(0, count)
        angular.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for spoke in range(count):
            angular.append(str(spoke + 1), spoke)
        self._angular = angular
        # A ring per level, 1 to the highest; the numbers are drawn by _place_numbers between
        # two spokes, so there is no "0" and no number under a point.
        radial = QCategoryAxis()
        radial.setRange(CENTRE, pack.max_level)
        for level in range(1, pack.max_level + 1):
            radial.append(str(level), level)
        radial.setLabelsVisible(False)
        radial.setLineVisible(False)
        angular.setLabelsBrush(QBrush(QColor(colours.text)))
        for axis in (angular, radial):
            axis.setGridLinePen(QPen(QColor(colours.grid), 1))
        chart.addAxis(angular, QPolarChart.PolarOrientation.PolarOrientationAngular)
        chart.addAxis(radial, QPolarChart.PolarOrientation.PolarOrientationRadial)

        def add(series: QLineSeries | QScatterSeries, name: str) -> None:
            series.setName(name)
            chart.addSeries(series)
            series.attachAxis(angular)
            series.attachAxis(radial)

        self.low, self.high, self.points = QLineSeries(), QLineSeries(), QScatterSeries()
        if show_members:
            for series, colour, style, name in (
                (self.low, colours.lowest, Qt.PenStyle.DashLine, names["lowest"]),
                (self.high, colours.highest, Qt.PenStyle.DotLine, names["highest"]),
            ):
                series.setPen(QPen(QColor(colour), 2, style))
                add(series, name)
            self.points.setMarkerSize(9)
            self.points.setColor(QColor(colours.background))
            self.points.setBorderColor(QColor(colours.point))
            add(self.points, names["members"])
        self.agreed = QLineSeries()
        self.agreed.setPen(QPen(QColor(colours.agreed), 4))
        add(self.agreed, names["agreed"])
        self.marks = {
            self.agreed: _marks(colours.agreed, 11, square=True, ground=colours.background)
        }
        add(self.marks[self.agreed], "")
        self._make_numbers(pack.max_level)
        self._apply_fonts()
        self._fill_key(pack, language)
        self._fill_lines()

    def _make_numbers(self, max_level: int) -> None:
        """One number per level, made once and kept (hidden beyond this pack's scale)."""
        while len(self.numbers) < max_level:
            patch = QGraphicsRectItem(self.chart_)
            patch.setPen(QPen(Qt.PenStyle.NoPen))
            patch.setZValue(20)
            text = QGraphicsSimpleTextItem(str(len(self.numbers) + 1), self.chart_)
            text.setZValue(21)
            self.numbers.append((len(self.numbers) + 1, patch, text))
        for level, patch, text in self.numbers:
            patch.setBrush(QBrush(QColor(self._colours.background)))
            text.setBrush(QBrush(QColor(self._colours.text)))
            patch.setVisible(level <= max_level)
            text.setVisible(level <= max_level)
        self._place_numbers()

    def _apply_fonts(self) -> None:
        """Spoke and level numbers in the interface's font, so they grow with meeting mode
        and a larger system text size like every other word on screen."""
        if self._angular is not None:
            bold = QFont(self.font())
            bold.setBold(True)
            self._angular.setLabelsFont(bold)
        self._place_numbers()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        # Light to dark or back: drawn again in the new colours (not on meeting mode's
        # contrast change, which keeps them).
        if (
            event.type() == QEvent.Type.PaletteChange
            and self._redraw is not None
            and theme.chart_colours() != self._colours
        ):
            self._layout_key = None
            self._redraw()
        super().changeEvent(event)

    def _place_numbers(self) -> None:
        """Each level's number on its ring, halfway between the last spoke and the first
        (where the PDF's wheel has them too): no point is ever there."""
        if not self.numbers or not self.chart_.series():
            return
        series = self.chart_.series()[-1]
        between = self._spokes - 0.5
        # The interface's size, but never taller than the room between two rings.
        ring = QLineF(
            self.chart_.mapToPosition(QPointF(between, 1), series),
            self.chart_.mapToPosition(QPointF(between, 2), series),
        ).length()
        font = QFont(self.font())
        tall = QFontMetricsF(font).height()
        if 0 < ring < tall and font.pointSizeF() > 0:
            font.setPointSizeF(max(6.0, font.pointSizeF() * ring / tall))
        for level, patch, text in self.numbers:
            text.setFont(font)
            at = self.chart_.mapToPosition(QPointF(between, level), series)
            box = text.boundingRect()
            text.setPos(at.x() - box.width() / 2, at.y() - box.height() / 2)
            patch.setRect(QRectF(text.pos(), box.size()).adjusted(-2, 0, 2, 0))

    def number_rects(self) -> dict[str, QRectF]:
        """Where each level number is drawn, in the chart's coordinates (for tests)."""
        return {
            text.text(): text.mapRectToParent(text.boundingRect())
            for _, _, text in self.numbers
            if text.isVisible()
        }

    def _fill_lines(self) -> None:
        """What each line and point means: a drawn sample of it and the series' name."""
        while self.lines_grid.count():
            item = self.lines_grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        named = [s for s in reversed(self.chart_.series()) if s.name()]  # agreed first
        for row, series in enumerate(named):
            sample = QLabel()
            sample.setPixmap(_sample(series, self.marks.get(series)))
            sample.setAccessibleName(series.name())  # a screen reader says what it is a sample of
            name = QLabel(series.name())
            name.setWordWrap(True)
            self.lines_grid.addWidget(sample, row, 0)
            self.lines_grid.addWidget(name, row, 1)

    def _fill_key(self, pack: RubricPack, language: str) -> None:
        rows = "".join(
            f'<tr><td align="right" style="padding-right:6px"><b>{spoke + 1}</b></td>'
            f'<td style="padding-bottom:4px">{html.escape(category.title[language])}</td></tr>'
            for spoke, category in enumerate(pack.categories)
        )
        self.key.setText(f"<table>{rows}</table>")
        spokes = "; ".join(f"{n + 1}: {c.title[language]}" for n, c in enumerate(pack.categories))
        self.key.setAccessibleName(spokes)
        self.key_area.setAccessibleName(spokes)


class YearsWheelView(WheelView):
    """Two years' agreed wheels overlaid: the later solid, the earlier dashed behind it."""

    def show_years(
        self,
        pack: RubricPack,
        language: str,
        shapes: list[tuple[str, dict[str, float]]],  # (legend name, category -> level)
        title: str,
    ) -> None:
        self._redraw = lambda: self.show_years(pack, language, shapes, title)
        self._build(pack, language, {"agreed": shapes[-1][0] if shapes else ""}, False)
        count = len(pack.categories)
        keys = [c.key for c in pack.categories]
        colours = self._colours
        styles = [
            (Qt.PenStyle.DashLine, colours.earlier, 2),
            (Qt.PenStyle.SolidLine, colours.agreed, 4),
        ]
        earlier = len(shapes) - 1
        self.chart_.removeSeries(self.agreed)
        self.chart_.removeSeries(self.marks.pop(self.agreed))
        axes = self.chart_.axes()
        for index, ((name, levels), (style, colour, width)) in enumerate(
            zip(shapes, styles[-len(shapes) :], strict=False)
        ):
            series = QLineSeries()
            series.setName(name)
            series.setPen(QPen(QColor(colour), width, style))
            marks = _marks(
                colour, 8 if index < earlier else 11, index == earlier, colours.background
            )
            self.marks[series] = marks
            for item in (series, marks):
                self.chart_.addSeries(item)
                for axis in axes:
                    item.attachAxis(axis)
            points = _shape([(i, levels[k]) for i, k in enumerate(keys) if k in levels], count)
            _put(series, points, count, marks)
        self._fill_lines()
        self._place_numbers()
        self._name(title)
