"""Charts a room can read (issue 12): the wheel's spokes are numbered and its key gives every
category's whole name, the scale has no 0 and no point covers a level number; the trend shows
every year and never cuts its first or last point in half."""

from __future__ import annotations

import html
import math

import pytest
from PySide6.QtCharts import QCategoryAxis, QLineSeries, QScatterSeries
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from roots_app.domain.assessment import Assessment, AssessmentInfo, Status
from roots_app.domain.consensus import CategoryConsensus
from roots_app.domain.rubric import RubricPack
from roots_app.services import assessments, demo, rubrics
from roots_app.ui.widgets.wheel import WheelView, YearsWheelView
from tests.ui.conftest import WindowFactory, remember
from tests.ui.test_accessibility import unnamed_controls

NAMES = {
    "lowest": "Lowest",
    "highest": "Highest",
    "members": "A member",
    "agreed": "Agreed",
    "title": "Wheel",
}


def _pack(pack_id: str) -> RubricPack:
    return next(p for p, _ in rubrics.bundled() if p.id == pack_id)


def _assessment(pack: RubricPack) -> Assessment:
    info = AssessmentInfo("", "", "", "", "", pack.id, pack.version, "2025-26", Status.AGREED)
    return Assessment(info, pack, ())


def _picture(pack: RubricPack) -> list[CategoryConsensus]:
    """Every level that can be on a spoke, on every spoke: the lowest, the highest, between."""
    top = pack.max_level
    return [
        CategoryConsensus(
            category.key,
            {"a": 1, "b": top, "c": (spoke % top) + 1},
            (),
            1 if spoke % 2 else top,
        )
        for spoke, category in enumerate(pack.categories)
    ]


def _marker_rects(wheel: WheelView) -> list[QRectF]:
    chart = wheel.chart()
    rects = []
    for series in chart.series():
        if isinstance(series, QScatterSeries):
            half = series.markerSize() / 2 + 1
            for point in series.points():
                at = chart.mapToPosition(point, series)
                rects.append(QRectF(at.x() - half, at.y() - half, 2 * half, 2 * half))
    return rects


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("pack_id", ["cei-six-roots", "lcff-priority-3", "pta-national-standards"])
@pytest.mark.parametrize("size", [(900, 560), (640, 420)])
def test_the_wheel_numbers_its_spokes_names_them_whole_and_keeps_its_scale_readable(
    qtbot: QtBot, qapp, language: str, pack_id: str, size: tuple[int, int]
) -> None:  # type: ignore[no-untyped-def]
    pack = _pack(pack_id)
    wheel = WheelView()
    qtbot.addWidget(wheel)
    wheel.resize(*size)
    wheel.show()
    qtbot.waitExposed(wheel)
    wheel.show_wheel(_assessment(pack), _picture(pack), language, NAMES, show_members=True)
    QCoreApplication.processEvents()

    angular = wheel.chart().axes(Qt.Orientation.Horizontal)[0]
    assert isinstance(angular, QCategoryAxis)
    count = len(pack.categories)
    assert angular.categoriesLabels() == [str(n) for n in range(1, count + 1)]
    key = wheel.key.text()
    for category in pack.categories:  # whole names, long Spanish ones too
        assert html.escape(category.title[language]) in key
    assert "…" not in key
    assert unnamed_controls(wheel) == []

    radial = wheel.chart().axes(Qt.Orientation.Vertical)[0]
    assert not radial.labelsVisible()  # Qt's own numbers would sit under spoke 1's points
    numbers = wheel.number_rects()
    assert list(numbers) == [str(level) for level in range(1, pack.max_level + 1)]  # no 0
    markers = _marker_rects(wheel)
    assert len(markers) == count * 4  # three members and the agreed level on every spoke
    for text, rect in numbers.items():
        assert rect.width() > 0
        covering = [m for m in markers if m.intersects(rect)]
        assert covering == [], f"a point covers the level number {text}"


def test_the_wheel_starts_at_the_top_and_closes_forward(qtbot: QtBot, qapp) -> None:  # type: ignore[no-untyped-def]
    pack = _pack("cei-six-roots")
    wheel = WheelView()
    qtbot.addWidget(wheel)
    picture = _picture(pack)
    wheel.show_wheel(_assessment(pack), picture, "en", NAMES, show_members=False)
    count = len(pack.categories)
    points = [(p.x(), p.y()) for p in wheel.agreed.points()]
    # Spoke 1 straight up (0°), as in the PDF; closed at 360° so the last side runs forward.
    expected = [(spoke, seen.agreed) for spoke, seen in enumerate(picture)]
    assert points == [*expected, (count, picture[0].agreed)]
    marks = [(p.x(), p.y()) for p in wheel.marks[wheel.agreed].points()]
    assert marks == expected  # one marker per spoke


def test_a_category_nobody_rated_yet_is_no_fall_to_zero(qtbot: QtBot, qapp) -> None:  # type: ignore[no-untyped-def]
    pack = _pack("cei-six-roots")
    wheel = WheelView()
    qtbot.addWidget(wheel)
    picture = _picture(pack)
    picture[2] = CategoryConsensus(picture[2].key, {}, ("a", "b", "c"), None)
    wheel.show_wheel(_assessment(pack), picture, "es", NAMES, show_members=True)
    for line in (wheel.low, wheel.high, wheel.agreed):
        spokes = [p.x() for p in line.points()]
        assert 2 not in spokes
        assert min(p.y() for p in line.points()) >= 1


def test_the_wheels_numbers_grow_with_the_interfaces_text(qtbot: QtBot, qapp) -> None:  # type: ignore[no-untyped-def]
    pack = _pack("cei-six-roots")
    wheel = WheelView()
    qtbot.addWidget(wheel)
    wheel.resize(1000, 700)
    wheel.show()
    wheel.show_wheel(_assessment(pack), _picture(pack), "en", NAMES, show_members=False)
    angular = wheel.chart().axes(Qt.Orientation.Horizontal)[0]
    before = angular.labelsFont().pointSizeF()
    larger = wheel.font()
    larger.setPointSizeF(larger.pointSizeF() * 1.5)  # what meeting mode does to every word
    wheel.setFont(larger)
    assert angular.labelsFont().pointSizeF() == pytest.approx(before * 1.5)
    assert angular.labelsFont().bold()


def test_two_years_wheels_have_a_line_each_with_its_markers(qtbot: QtBot, qapp) -> None:  # type: ignore[no-untyped-def]
    pack = _pack("cei-six-roots")
    wheel = YearsWheelView()
    qtbot.addWidget(wheel)
    earlier = {c.key: 2.0 for c in pack.categories}
    later = {c.key: 3.0 for c in pack.categories[:4]}  # two categories not agreed yet
    wheel.show_years(pack, "es", [("2024-25", earlier), ("2025-26", later)], "Dos años")
    lines = [s for s in wheel.chart().series() if isinstance(s, QLineSeries) and s.name()]
    assert [s.name() for s in lines] == ["2024-25", "2025-26"]
    assert len(wheel.marks[lines[0]].points()) == 6
    assert [p.y() for p in wheel.marks[lines[1]].points()] == [3.0] * 4
    assert lines[1].points()[0] == QPointF(0, 3.0)
    assert wheel.lines_grid.count() == 4  # a drawn sample and a name for each year


@pytest.mark.parametrize(("language", "years"), [("en", 6), ("es", 6), ("es", 10)])
def test_the_trend_shows_every_year_and_both_end_points_whole(
    qtbot: QtBot, make_window: WindowFactory, roots, language: str, years: int
) -> None:  # type: ignore[no-untyped-def]
    demo.make_demo(roots, schools=1, years=years, seed=7)
    infos = assessments.list_assessments(roots)
    remember(roots, infos[0].id, language)
    window = make_window()
    window.resize(1024, 700)
    page = window.progress_page
    page.open_school(infos[0].school_id)
    window.show_place("progress")
    page.tabs.setCurrentIndex(1)
    QCoreApplication.processEvents()
    chart = page.trend_view.chart()
    assert unnamed_controls(page.trend_tab) == []
    shown = list(page.view.progress.years)
    assert len(shown) == years
    axis_x = chart.axes(Qt.Orientation.Horizontal)[0]
    axis_y = chart.axes(Qt.Orientation.Vertical)[0]
    assert isinstance(axis_x, QCategoryAxis) and isinstance(axis_y, QCategoryAxis)
    assert [label.split()[0] for label in axis_x.categoriesLabels()] == shown
    assert axis_y.categoriesLabels() == [str(n) for n in range(1, page.view.pack.max_level + 1)]
    (series,) = chart.series()
    assert series.count() == years
    for point in series.points():  # inside the plot, never on its edge
        assert axis_x.min() < point.x() < axis_x.max()
        assert axis_y.min() < point.y() < axis_y.max()
    # Each year's label sits on its own point: half a step of room at either end.
    assert axis_x.min() == -0.5 and axis_x.max() == years - 0.5
    assert axis_y.min() == 0.5
    # Every label is whole: as drawn (level or slanted), with the 4 px Qt pads a label with on
    # each side, it is no wider than a year's share (else Qt cuts it to "201...").
    step = (
        chart.mapToPosition(QPointF(1, 1), series).x()
        - chart.mapToPosition(QPointF(0, 1), series).x()
    )
    metrics = QFontMetrics(axis_x.labelsFont())
    slant = math.radians(axis_x.labelsAngle())
    for label in axis_x.categoriesLabels():
        drawn = abs(metrics.horizontalAdvance(label) * math.cos(slant)) + abs(
            metrics.height() * math.sin(slant)
        )
        assert drawn + 8 <= step, (label, axis_x.labelsAngle(), step)
