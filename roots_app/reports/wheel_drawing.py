"""The wheel of agreed levels as a vector drawing, last year's wheel dashed behind this year's.

Readable in black and white: this year is a thick solid line with square markers, last year a
thin dashed grey line with round markers, and the legend shows both line styles.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from roots_app.domain.assessment import TEAM, Assessment
from roots_app.reports.fonts import BOLD, REGULAR, register_fonts

THIS_YEAR = colors.HexColor("#17365D")  # dark blue: prints as near-black on a grey printer
THIS_YEAR_FILL = colors.Color(0x17 / 255, 0x36 / 255, 0x5D / 255, alpha=0.12)
LAST_YEAR = colors.HexColor("#6E6E6E")
GRID = colors.HexColor("#BDBDBD")
LABEL = colors.HexColor("#222222")

MIN_SPOKES = 3
MAX_SPOKES = 20
LABEL_GAP = 15  # from the outer ring to the centre of a spoke's number badge
BADGE_RADIUS = 8
LEGEND_ROW = 16


@dataclass(frozen=True, slots=True)
class WheelSeries:
    """One wheel: a level (or None, not agreed) per spoke in pack order, and its legend text."""

    levels: tuple[int | None, ...]
    label: str


def agreed_levels(assessment: Assessment, keys: Sequence[str]) -> tuple[int | None, ...]:
    """The team's agreed level per category key; None where not agreed or not in the pack.

    Keys, not positions, match last year to this year: a newer pack version may reorder,
    add or drop categories.
    """
    known = {c.key for c in assessment.pack.categories}
    return tuple(assessment.rating(TEAM, k).level if k in known else None for k in keys)


def _point(cx: float, cy: float, radius: float, index: int, count: int) -> tuple[float, float]:
    # Spoke 1 points straight up; the rest follow clockwise, as people read a clock.
    angle = math.pi / 2 - 2 * math.pi * index / count
    return cx + radius * math.cos(angle), cy + radius * math.sin(angle)


def _series_shapes(
    series: WheelSeries,
    cx: float,
    cy: float,
    ring: float,
    max_level: int,
    *,
    current: bool,
) -> Group:
    count = len(series.levels)
    points: list[tuple[float, float] | None] = [
        None
        if level is None
        else _point(cx, cy, ring * min(max(level, 0), max_level), index, count)
        for index, level in enumerate(series.levels)
    ]
    color = THIS_YEAR if current else LAST_YEAR
    width = 2.6 if current else 1.4
    dash = None if current else [4, 3]
    group = Group()
    if all(p is not None for p in points):
        flat = [c for p in points if p is not None for c in p]
        group.add(
            Polygon(
                flat,
                strokeColor=color,
                strokeWidth=width,
                strokeDashArray=dash,
                fillColor=THIS_YEAR_FILL if current else None,
                strokeLineJoin=1,
            )
        )
    else:
        # A category not agreed is a gap in the line, not a fall to the centre (that would
        # read as "level 0"); only neighbours that both have a level are joined.
        for index, here in enumerate(points):
            after = points[(index + 1) % count]
            if here is not None and after is not None and count > 1:
                group.add(
                    PolyLine(
                        [*here, *after],
                        strokeColor=color,
                        strokeWidth=width,
                        strokeDashArray=dash,
                    )
                )
    for p in points:
        if p is not None:
            group.add(_marker(p[0], p[1], current=current))
    return group


def _marker(x: float, y: float, *, current: bool) -> Rect | Circle:
    if current:
        return Rect(
            x - 3.5, y - 3.5, 7, 7, fillColor=THIS_YEAR, strokeColor=colors.white, strokeWidth=0.8
        )
    return Circle(x, y, 3.2, fillColor=colors.white, strokeColor=LAST_YEAR, strokeWidth=1.3)


def _legend_sample(x: float, y: float, *, current: bool) -> Group:
    group = Group()
    group.add(
        Line(
            x,
            y,
            x + 34,
            y,
            strokeColor=THIS_YEAR if current else LAST_YEAR,
            strokeWidth=2.6 if current else 1.4,
            strokeDashArray=None if current else [4, 3],
        )
    )
    group.add(_marker(x + 17, y, current=current))
    return group


def wheel_drawing(
    max_level: int,
    current: WheelSeries,
    previous: WheelSeries | None = None,
    width: float = 480,
    radius: float = 135,
) -> Drawing:
    """The wheel: a spoke per category (numbered 1, 2, ...), a ring per level, and a legend."""
    register_fonts()
    count = len(current.levels)
    if not MIN_SPOKES <= count <= MAX_SPOKES:
        raise ValueError(f"a wheel needs {MIN_SPOKES} to {MAX_SPOKES} categories, not {count}")
    if previous is not None and len(previous.levels) != count:
        raise ValueError("last year's wheel must have a level (or None) for every spoke")
    max_level = max(max_level, 1)
    legend_rows = 2 if previous is not None else 1
    legend_height = legend_rows * LEGEND_ROW + 8
    outer = radius + LABEL_GAP + BADGE_RADIUS + 4
    height = 2 * outer + legend_height
    drawing = Drawing(width, height)
    # The renderer starts every drawing in Helvetica, a font the PDF would then name unused.
    drawing.initialFontName = REGULAR
    cx, cy = width / 2, legend_height + outer
    ring = radius / max_level

    for level in range(1, max_level + 1):
        drawing.add(
            Circle(
                cx,
                cy,
                ring * level,
                fillColor=None,
                strokeColor=GRID,
                strokeWidth=0.9 if level == max_level else 0.5,
            )
        )
    for index in range(count):
        x, y = _point(cx, cy, radius, index, count)
        drawing.add(Line(cx, cy, x, y, strokeColor=GRID, strokeWidth=0.6))

    if previous is not None:  # behind: drawn first
        drawing.add(_series_shapes(previous, cx, cy, ring, max_level, current=False))
    drawing.add(_series_shapes(current, cx, cy, ring, max_level, current=True))

    # Ring numbers sit halfway between the last spoke and the first, where no marker can be,
    # on a white patch so a crossing line does not hide them.
    for level in range(1, max_level + 1):
        angle = math.pi / 2 + math.pi / count
        x = cx + ring * level * math.cos(angle)
        y = cy + ring * level * math.sin(angle)
        drawing.add(Rect(x - 4, y - 3.5, 8, 8.5, fillColor=colors.white, strokeColor=None))
        drawing.add(
            String(
                x,
                y - 2.5,
                str(level),
                fontName=REGULAR,
                fontSize=7,
                fillColor=LAST_YEAR,
                textAnchor="middle",
            )
        )

    for index in range(count):
        x, y = _point(cx, cy, radius + LABEL_GAP, index, count)
        drawing.add(
            Circle(x, y, BADGE_RADIUS, fillColor=colors.white, strokeColor=LABEL, strokeWidth=0.8)
        )
        drawing.add(
            String(
                x,
                y - 3.2,
                str(index + 1),
                fontName=BOLD,
                fontSize=9,
                fillColor=LABEL,
                textAnchor="middle",
            )
        )

    entries = [(current, True)] + ([(previous, False)] if previous is not None else [])
    widest = max(_text_width(series.label) for series, _ in entries)
    left = (width - (34 + 8 + widest)) / 2
    for row, (series, is_current) in enumerate(entries):
        y = legend_height - 8 - row * LEGEND_ROW
        drawing.add(_legend_sample(left, y, current=is_current))
        drawing.add(
            String(left + 42, y - 3.2, series.label, fontName=REGULAR, fontSize=9, fillColor=LABEL)
        )
    return drawing


def _text_width(text: str) -> float:
    return stringWidth(text, REGULAR, 9)
