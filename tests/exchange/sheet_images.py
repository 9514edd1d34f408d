"""Test sheets drawn straight from the shared layout, marked by a "pen" and made to look scanned.

Not the printed PDF (the merger adds a test that prints with reports/sheets_pdf and reads with
the scan reader): a white page with the corner marks, the QR code (OpenCV's encoder), thin box
outlines, anti-aliased text near the boxes (titles above, level names right under them), then
pen strokes in chosen boxes, then a copier's or a phone's faults.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from roots_app.domain.sheet_layout import Box, PageLayout, SheetCode

PEN = 25  # grey of a ballpoint's ink
PENCIL = 165  # a light pencil: visibly grey, far from black


def render(
    layout: PageLayout, code: SheetCode, dpi: float = 200, quiet_zone: int = 4
) -> np.ndarray:
    """The printed page, grayscale, at ``dpi``; the code's quiet zone (in modules) inside its
    square, as ReportLab draws it by default."""
    k = dpi / 72
    page = np.full((round(layout.height * k), round(layout.width * k)), 255, np.uint8)

    def rect(box: Box, thickness: float) -> None:
        p0 = (round(box.x * k), round(box.y * k))
        p1 = (round((box.x + box.w) * k), round((box.y + box.h) * k))
        cv2.rectangle(page, p0, p1, 0, -1 if thickness < 0 else max(1, round(thickness * k)))

    def text(words: str, x: float, y: float, size: float = 9.0, width: float | None = None) -> None:
        scale = size * k / 22  # Hershey simplex is ~22 px tall at scale 1
        thickness = max(1, round(0.5 * k))
        if width is not None:
            # Made smaller to fit its box, as the printer does: OpenCV 4's Hershey letters are
            # a fifth wider than 5's, and a title running on would print over the code.
            drawn = cv2.getTextSize(words, cv2.FONT_HERSHEY_SIMPLEX, scale, thickness)[0][0]
            scale = min(scale, scale * (width * k - thickness) / drawn)
        cv2.putText(
            page,
            words,
            (round(x * k), round(y * k)),
            cv2.FONT_HERSHEY_SIMPLEX,
            scale,
            40,
            thickness,
            cv2.LINE_AA,
        )

    for corner in layout.corners:
        rect(corner, -1)
    _qr(page, code.encode(), layout.qr, k, quiet_zone)
    text(
        "Family Engagement Rubric - Roosevelt Elementary 2025-26",
        layout.title.x,
        layout.title.y + 12,
        11,
        layout.title.w,
    )
    text("Name: Maria Lopez-Garcia", layout.name.x, layout.name.y + 13, width=layout.name.w)
    for role, box in layout.roles:
        rect(box, 0.7)
        text(role.replace("_", " "), box.x + box.w + 3, box.y + box.h - 1, 6.5)
    for row in layout.rows:
        text(
            f"{row.number}. Category title for {row.category_key} (gjpqy)",
            row.title.x,
            row.title.y + 11,
            10,
            row.title.w,
        )
        for level in row.levels:
            rect(level.box, 0.8)
            label = level.label
            text(f"Level {level.value} words", label.x + label.w / 2 - 25, label.y + 7, 7)
            text("second line", label.x + label.w / 2 - 20, label.y + 15, 7)
        # Two grey rules, the first after a label printed on its line, as the printer does.
        ev = row.evidence
        for i, start in ((1, 75), (2, 0)):
            y = round((ev.y + i * ev.h / 2 - 3) * k)
            cv2.line(page, (round((ev.x + start) * k), y), (round((ev.x + ev.w) * k), y), 150, 1)
        text("Evidence (what we see):", ev.x, ev.y + ev.h / 2 - 4, 6)
    text("Sheet 4 of 30 - page 1 of 2", layout.footer.x, layout.footer.y + 10, 8, layout.footer.w)
    return page


def _qr(page: np.ndarray, payload: str, box: Box, k: float, quiet_zone: int) -> None:
    """The code in its square, with ``quiet_zone`` white modules round it inside the square."""
    params = cv2.QRCodeEncoder.Params()
    params.correction_level = cv2.QRCodeEncoder_CORRECT_LEVEL_M
    symbol = cv2.QRCodeEncoder.create(params).encode(payload)
    ys, xs = np.nonzero(symbol == 0)
    symbol = symbol[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
    # The encoder draws a module a pixel, with a border of its own: cropped, then ours.
    symbol = cv2.copyMakeBorder(
        symbol, quiet_zone, quiet_zone, quiet_zone, quiet_zone, cv2.BORDER_CONSTANT, value=255
    )
    size = round(box.w * k)
    scaled = cv2.resize(symbol, (size, size), interpolation=cv2.INTER_NEAREST)
    x, y = round(box.x * k), round(box.y * k)
    page[y : y + size, x : x + size] = scaled


# -- pen marks -------------------------------------------------------------------------------


def mark(page: np.ndarray, box: Box, kind: str, dpi: float = 200, seed: int = 0) -> None:
    """A person's mark in (or around) ``box``: tick, cross, fill, circle, pencil, scribble."""
    k = dpi / 72
    rng = np.random.default_rng(seed)
    jitter = rng.uniform(-1.5, 1.5, 8)
    x, y, w, h = box.x, box.y, box.w, box.h

    def line(points: list[tuple[float, float]], grey: int, width: float) -> None:
        pts = np.array([[px * k, py * k] for px, py in points], np.int32)
        cv2.polylines(page, [pts], False, grey, max(1, round(width * k)), cv2.LINE_AA)

    if kind == "tick":
        line(
            [
                (x + 3 + jitter[0], y + h * 0.55),
                (x + w * 0.42, y + h - 3),
                (x + w + 3, y - 5 + jitter[1]),
            ],
            PEN,
            1.2,
        )
    elif kind == "cross":
        line([(x + 2, y + 2 + jitter[0]), (x + w - 2, y + h - 2)], PEN, 1.2)
        line([(x + w - 2, y + 2), (x + 2, y + h - 2 + jitter[1])], PEN, 1.2)
    elif kind == "fill":
        cv2.rectangle(
            page,
            (round((x + 1) * k), round((y + 1) * k)),
            (round((x + w - 1) * k), round((y + h - 1) * k)),
            PEN,
            -1,
        )
    elif kind == "circle":
        centre = (round((x + w / 2 + jitter[0]) * k), round((y + h / 2) * k))
        cv2.ellipse(
            page,
            centre,
            (round(w * 0.38 * k), round(h * 0.34 * k)),
            10,
            0,
            340,
            PEN,
            max(1, round(1.1 * k)),
            cv2.LINE_AA,
        )
    elif kind == "pencil":
        line([(x + 4, y + h * 0.55), (x + w * 0.45, y + h - 4), (x + w - 3, y + 4)], PENCIL, 0.6)
    elif kind == "scribble":  # a tick, then scribbled over well past the box's sides
        line([(x + 3, y + h * 0.55), (x + w * 0.42, y + h - 3), (x + w - 2, y + 2)], PEN, 1.2)
        points = []
        for i in range(14):
            yy = y + 1 + i * (h - 2) / 13
            points.append((x - 8, yy) if i % 2 == 0 else (x + w + 8, yy))
        line(points, PEN, 1.4)
    else:
        raise ValueError(kind)


def write(page: np.ndarray, box: Box, dpi: float = 200, seed: int = 0) -> None:
    """A few handwritten-looking words on a row's evidence lines."""
    k = dpi / 72
    rng = np.random.default_rng(seed)
    x = box.x + 6
    baseline = box.y + box.h * 0.55 - 1.5
    for _ in range(4):
        width = rng.uniform(18, 40)
        xs = np.linspace(x, x + width, 24)
        ys = baseline - 2.5 - 2.5 * np.sin(xs * rng.uniform(0.8, 1.4))
        pts = np.stack([xs * k, ys * k], axis=1).astype(np.int32)
        cv2.polylines(page, [pts], False, PEN, max(1, round(0.8 * k)), cv2.LINE_AA)
        x += width + 8


def mark_between(page: np.ndarray, left: Box, right: Box, dpi: float = 200) -> None:
    """A tick in the middle of the gap between two boxes."""
    k = dpi / 72
    cx = (left.x + left.w + right.x) / 2
    y, h = left.y, left.h
    pts = np.array(
        [
            [(cx - 6) * k, (y + h * 0.5) * k],
            [(cx - 2) * k, (y + h - 2) * k],
            [(cx + 7) * k, (y + 1) * k],
        ],
        np.int32,
    )
    cv2.polylines(page, [pts], False, PEN, max(1, round(1.2 * k)), cv2.LINE_AA)


# -- a copier's or a phone's faults ------------------------------------------------------------


def scan(
    page: np.ndarray,
    *,
    dpi_in: float = 200,
    dpi: float = 200,
    angle: float = 0.0,
    perspective: float = 0.0,
    noise: float = 0.0,
    blur: float = 0.0,
    jpeg: int | None = None,
    mode: str = "gray",
    upside_down: bool = False,
    darken: float = 1.0,
    background: int = 250,
    seed: int = 0,
) -> np.ndarray:
    """``page`` as it comes out of a scanner: resampled to ``dpi``, turned by ``angle`` degrees,
    a corner pulled by ``perspective`` (share of the width), blurred, noisy, JPEG-compressed,
    then ``mode`` "gray" or "bw" (pure black and white). ``background`` is the grey around the
    page (a copier's lid is white; a table under a phone is not)."""
    rng = np.random.default_rng(seed)
    h, w = page.shape
    f = dpi / dpi_in
    out_w, out_h = round(w * f) + 40, round(h * f) + 40
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    c, s = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    centre = np.float32([w / 2, h / 2])
    dst = []
    for i, (px, py) in enumerate(src):
        dx, dy = (px - centre[0]) * f, (py - centre[1]) * f
        if i == 2:  # bottom-right pulled in: the page not quite flat under a phone
            dx, dy = dx * (1 - perspective), dy * (1 - perspective * 0.5)
        dst.append([out_w / 2 + c * dx - s * dy, out_h / 2 + s * dx + c * dy])
    matrix = cv2.getPerspectiveTransform(src, np.float32(dst))
    image = cv2.warpPerspective(
        page, matrix, (out_w, out_h), flags=cv2.INTER_AREA, borderValue=background
    )
    if blur:
        image = cv2.GaussianBlur(image, (0, 0), blur)
    if darken != 1.0:
        image = (image.astype(np.float32) * darken).astype(np.uint8)
    if noise:
        noisy = image.astype(np.float32) + rng.normal(0, noise, image.shape)
        image = np.clip(noisy, 0, 255).astype(np.uint8)
    if jpeg:
        ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, jpeg])
        assert ok
        image = cv2.imdecode(data, cv2.IMREAD_GRAYSCALE)
    if mode == "bw":
        _, image = cv2.threshold(image, 150, 255, cv2.THRESH_BINARY)
    if upside_down:
        image = cv2.rotate(image, cv2.ROTATE_180)
    return np.ascontiguousarray(image)
