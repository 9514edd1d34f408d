"""The wheel: one spoke per category, the agreed levels as a shape, members' range around it.

For the CEI rubric this is the Holistic Engagement Wheel; it works for any pack (3 to 20
categories). Meaning never rests on colour alone: the agreed shape is a thick solid line with
square markers, the members' lowest and highest are thin dashed lines, members' points are
hollow circles. The team view shows the same numbers as a table for screen readers.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QPolarChart,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from roots_app.domain.assessment import Assessment, AssessmentInfo, Status
from roots_app.domain.consensus import CategoryConsensus
from roots_app.domain.rubric import RubricPack
from roots_app.ui import theme


def _shape(points: list[tuple[float, float]], spokes: int) -> list[QPointF]:
    """The points, closed at 360° (an angle of ``spokes``) rather than 0°, so the last side
    goes forward round the wheel instead of back across it."""
    out = [QPointF(angle, radius) for angle, radius in points]
    if points and points[0][0] == 0:
        out.append(QPointF(spokes, points[0][1]))
    return out


class WheelView(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.chart_ = QPolarChart()
        super().__init__(self.chart_, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(320, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.chart_.setBackgroundRoundness(0)
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)

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
        if layout_key != getattr(self, "_layout_key", None):
            self._build(assessment, language, names, show_members)
            self._layout_key = layout_key
        if show_members:
            self.low.replace(_shape([(i, c.lowest or 0) for i, c in enumerate(picture)], count))
            self.high.replace(_shape([(i, c.highest or 0) for i, c in enumerate(picture)], count))
            self.points.replace(
                [
                    QPointF(spoke, level)
                    for spoke, seen in enumerate(picture)
                    for level in seen.levels.values()
                ]
            )
        self.agreed.replace(
            _shape([(i, c.agreed) for i, c in enumerate(picture) if c.agreed is not None], count)
        )
        self.setAccessibleName(names["title"])

    def _build(
        self, assessment: Assessment, language: str, names: dict[str, str], show_members: bool
    ) -> None:
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        pack = assessment.pack
        count = len(pack.categories)
        angular = QCategoryAxis()
        angular.setRange(0, count)
        angular.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for spoke, category in enumerate(pack.categories):
            title = category.title[language]
            short = title if len(title) <= 28 else title[:26].rstrip() + "…"
            angular.append(f"{spoke + 1}. {short}", spoke)
        radial = QValueAxis()
        radial.setRange(0, pack.max_level)
        radial.setTickCount(pack.max_level + 1)
        radial.setLabelFormat("%d")
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
                (self.low, theme.VERMILLION, Qt.PenStyle.DashLine, names["lowest"]),
                (self.high, theme.GREEN, Qt.PenStyle.DotLine, names["highest"]),
            ):
                series.setPen(QPen(QColor(colour), 2, style))
                add(series, name)
            self.points.setMarkerSize(9)
            self.points.setColor(QColor("white"))
            self.points.setBorderColor(QColor("#444444"))
            add(self.points, names["members"])
        self.agreed = QLineSeries()
        self.agreed.setPen(QPen(QColor(theme.BLUE), 4))
        self.agreed.setPointsVisible(True)
        add(self.agreed, names["agreed"])


class YearsWheelView(WheelView):
    """Two years' agreed wheels overlaid: the later solid, the earlier dashed behind it."""

    def show_years(
        self,
        pack: RubricPack,
        language: str,
        shapes: list[tuple[str, dict[str, float]]],  # (legend name, category -> level)
        title: str,
    ) -> None:
        dummy = Assessment(
            AssessmentInfo("", "", "", "", "", pack.id, pack.version, "2000-01", Status.AGREED),
            pack,
            (),
        )
        self._build(dummy, language, {"agreed": shapes[-1][0] if shapes else ""}, False)
        count = len(pack.categories)
        keys = [c.key for c in pack.categories]
        styles = [(Qt.PenStyle.DashLine, "#777777", 2), (Qt.PenStyle.SolidLine, theme.BLUE, 4)]
        self.chart_.removeSeries(self.agreed)
        axes = self.chart_.axes()
        for (name, levels), (style, colour, width) in zip(
            shapes, styles[-len(shapes) :], strict=False
        ):
            series = QLineSeries()
            series.setName(name)
            series.setPen(QPen(QColor(colour), width, style))
            series.setPointsVisible(True)
            series.replace(
                _shape([(i, levels[k]) for i, k in enumerate(keys) if k in levels], count)
            )
            self.chart_.addSeries(series)
            for axis in axes:
                series.attachAxis(axis)
        self.setAccessibleName(title)
