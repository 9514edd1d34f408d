"""Reading scanned paper rating sheets: find each page's code and corners, read every box.

Qt-free, beside the other file formats. A scan (a copier's multi-page PDF, or PNG/JPEG/TIFF
files) is turned into ``PageReading`` objects, one per sheet page, or ``PageProblem`` objects
with a sentence for a page that cannot be read. The geometry comes from
``roots_app.domain.sheet_layout``, the same one the printer draws from.

How a page is read: the QR code gives the page's identity and its rough pose (it also says which
way is up, so a page scanned upside down is read anyway); the four solid corner marks, the
outermost squares of their size in the code's frame, give the exact homography to the layout
(and tell Letter from A4); the page is warped to a fixed scale, and the ink inside each level
box (a margin inside the printed outline), beside it and between boxes is measured. Nothing is
guessed: two marked boxes, a faint mark, a mark between boxes and a crossed-out box make the
row ``unclear`` with the reason.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt

from roots_app.domain.paper import CLEAR, NONE, UNCLEAR
from roots_app.domain.sheet_layout import (
    CORNER_INSET,
    CORNER_SIZE,
    GUIDE_PAGE,
    PAGE_POINTS,
    Box,
    LevelBox,
    PageLayout,
    SheetCode,
)

Gray = npt.NDArray[np.uint8]

PDF_DPI = 200  # a copier's PDF is rasterized at this resolution
MIN_DPI = 100  # below this a tick is a few pixels: "too small to read"
SCALE = 200 / 72  # pixels per point of the straightened page the boxes are read on (200 dpi)
OVERLAY_SCALE = 100 / 72  # the page kept for the review screen: enough on screen, 1 MB a page

# The reasons a row is unclear (the UI translates them by these keys); the row states
# themselves (CLEAR, UNCLEAR, NONE) are domain.paper's.
TWO_BOXES = "two boxes marked"
FAINT = "faint mark"
BETWEEN = "mark between boxes"
CROSSED_OUT = "crossed out"

# Problems with a page or a file (``PageProblem.problem``), each with its English sentence.
NOT_A_FILE = "not_an_image"
NOT_A_SHEET = "not_a_sheet"
UNREADABLE = "unreadable_code"
TOO_DARK = "too_dark"
TOO_SMALL = "too_small"
NO_CORNERS = "no_corners"
GUIDE = "guide_page"

_SENTENCES = {
    NOT_A_FILE: "it is not a PDF or an image file Roots can read",
    NOT_A_SHEET: "it is not a Roots rating sheet (no Roots code on it)",
    UNREADABLE: "its code cannot be read; scan it again, flat and in focus",
    TOO_DARK: "the scan is too dark to read; scan it again lighter",
    TOO_SMALL: "the scan's resolution is too low to read; scan it at 150 dpi or more",
    NO_CORNERS: "its four corner marks cannot be found; scan the whole page",
    GUIDE: "it is a page of level descriptions, with nothing to read",
}

# Ink measures (fractions of the measured area; "strong" is pen ink, "weak" anything darker
# than the paper, pencil included). Chosen on the test sheets: a 0.7 pt tick covers ~6% of a
# box's inside, scanner noise and JPEG ringing well under 1%.
INSIDE_MARGIN = 3.0  # points inside a box's printed outline: the outline and its blur stay out
MARKED = 0.035  # pen ink covering this much of a box's inside is a mark
TRACE = 0.02  # pencil (or any ink) this much, and no mark: a faint mark
CROSSED_FILL = 0.35  # a box this full whose ink also spills well outside it was scribbled over
SPILL = 0.12  # the share of the bands beside a box that a scribble covers
SIDE_BAND = (2.0, 9.0)  # points left and right of a box looked at for a scribble's spill
GAP_KEEP = 9.0  # points of the gap next to each box left to a sloppy tick's overshoot
GAP_INK = 0.012  # ink covering this much of the middle of a gap: a mark between boxes
ROLE_MARKED = 0.08  # role boxes are small: a tick covers more of them
ROLE_TRACE = 0.05
LABEL_LINE = 8.0  # points at the top of the evidence area taken by its printed label
WRITING = 0.003  # pen ink covering this much of the evidence lines (the rules taken out)
RULE_SHARE = 0.25


class SheetRefused(Exception):  # noqa: N818 - a page refused, not a failure
    """Raised by a layout lookup for a page that is not to be read (another assessment...)."""

    def __init__(self, problem: str, sentence: str) -> None:
        super().__init__(sentence)
        self.problem = problem
        self.sentence = sentence


# (code, page size) -> that page's layout, or SheetRefused.
LayoutFor = Callable[[SheetCode, str], PageLayout]


@dataclass(frozen=True)
class RowReading:
    """One category's row: the level read, or why it is unclear, or nothing marked."""

    category_key: str
    level: int | None
    state: str  # CLEAR, UNCLEAR or NONE
    reason: str | None  # set when UNCLEAR
    boxes: tuple[tuple[int, int, int, int], ...]  # each level box (x, y, w, h) in the pixels of
    # its PageReading's image
    values: tuple[int, ...]  # the level of each box, in the same order
    marked: tuple[int, ...]  # the levels whose box has a mark or a faint one (for the overlay)
    evidence: bytes  # PNG of the evidence lines, in the person's hand
    writing: bool  # something is written on the evidence lines


@dataclass(frozen=True)
class RoleReading:
    role: str | None  # the ticked role on a blank sheet
    state: str
    reason: str | None


@dataclass(frozen=True)
class PageReading:
    """What one scanned page says, with its image for the review screen's overlay."""

    source: str
    page_index: int  # 1-based, in its file
    code: SheetCode
    page_size: str
    rows: tuple[RowReading, ...]
    role: RoleReading | None  # blank sheets' first page only
    name: bytes  # PNG of the name line (a blank sheet's handwritten name)
    image: Gray = field(repr=False)  # the page straightened, ``scale`` pixels a point
    scale: float = OVERLAY_SCALE

    def png(self) -> bytes:
        return _png(self.image)


@dataclass(frozen=True)
class PageProblem:
    source: str
    page_index: int  # 1-based; 0 for the whole file
    problem: str
    detail: str  # the English sentence's reason

    @property
    def sentence(self) -> str:
        where = f"{self.source}, page {self.page_index}" if self.page_index else self.source
        return f"{where}: {self.detail}."


Result = PageReading | PageProblem


def read_files(paths: Sequence[Path], layout_for: LayoutFor) -> list[Result]:
    """Every page of every file, in order."""
    results: list[Result] = []
    for path in paths:
        results.extend(read_file(path, layout_for))
    return results


def count_pages(path: Path) -> int:
    """How many pages ``read_file`` will give (1 for a file it cannot read: its problem)."""
    try:
        with path.open("rb") as file:
            head = file.read(5)
        if head == b"%PDF-":
            import pypdfium2 as pdfium

            document = pdfium.PdfDocument(path)
            try:
                return max(1, len(document))
            finally:
                document.close()
        return max(1, int(cv2.imcount(str(path))))
    except (OSError, ValueError, cv2.error, RuntimeError):  # PdfiumError is a RuntimeError
        return 1


def read_file(path: Path, layout_for: LayoutFor) -> Iterator[Result]:
    """Page after page (one page's image in memory at a time)."""
    name = str(path)
    pages = _pages(path)
    index = 0
    while True:
        try:
            image, dpi = next(pages)
        except StopIteration:
            return
        except (OSError, ValueError):  # not a PDF or an image, or a PDF cut short
            yield PageProblem(name, index + 1 if index else 0, NOT_A_FILE, _SENTENCES[NOT_A_FILE])
            return
        index += 1
        yield read_page(image, layout_for, source=name, page_index=index, dpi=dpi)


def read_page(
    image: Gray,
    layout_for: LayoutFor,
    *,
    source: str = "",
    page_index: int = 1,
    dpi: float | None = None,
) -> Result:
    """One page image (grayscale) read against the layout its code names."""

    def problem(kind: str, detail: str | None = None) -> PageProblem:
        return PageProblem(source, page_index, kind, detail or _SENTENCES[kind])

    white, black = _levels(image)
    if white < 110 or white - black < 70:
        return problem(TOO_DARK)
    found = _find_code(image)
    if found is None:
        small = (dpi is not None and dpi < MIN_DPI) or max(image.shape) < 11 * MIN_DPI
        return problem(TOO_SMALL if small else NOT_A_SHEET)
    text, quad = found
    side = float(np.mean([np.linalg.norm(quad[i] - quad[(i + 1) % 4]) for i in range(4)]))
    if side / 84.0 * 72 < MIN_DPI * 0.8:  # the code is at most the layout's 84 pt square
        return problem(TOO_SMALL)
    if not text:
        return problem(UNREADABLE)
    try:
        code = SheetCode.decode(text)
    except ValueError:
        return problem(NOT_A_SHEET)
    if code.kind == GUIDE_PAGE:
        return problem(GUIDE)
    corners = _find_corners(image, quad, white, black)
    if corners is None:
        return problem(NO_CORNERS)
    page_size, points = corners
    span = PAGE_POINTS[page_size][0] - 2 * CORNER_INSET - CORNER_SIZE  # points, corner to corner
    if float(np.linalg.norm(points[1] - points[0])) / span * 72 < MIN_DPI * 0.9:
        return problem(TOO_SMALL)
    try:
        layout = layout_for(code, page_size)
    except SheetRefused as refused:
        return problem(refused.problem, refused.sentence)
    if not _code_in_place(quad, points, layout):
        return problem(NO_CORNERS)
    return _read_boxes(_warp(image, points, layout), layout, code, page_size, source, page_index)


# -- files -----------------------------------------------------------------------------------


def _pages(path: Path) -> Iterator[tuple[Gray, float | None]]:
    """Each page as a grayscale image with its resolution where known (a PDF's)."""
    data = path.read_bytes()
    if data[:5] == b"%PDF-":
        yield from _pdf_pages(data)
        return
    buffer = np.frombuffer(data, np.uint8)
    ok, images = cv2.imdecodemulti(buffer, cv2.IMREAD_GRAYSCALE)
    if not ok or not images:
        raise ValueError("not an image")
    for image in images:
        yield np.ascontiguousarray(image, dtype=np.uint8), None


def _pdf_pages(data: bytes) -> Iterator[tuple[Gray, float | None]]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise ValueError("not a PDF") from exc
    try:
        for index in range(len(document)):
            try:
                page = document[index]
                bitmap = page.render(scale=PDF_DPI / 72, grayscale=True)
            except pdfium.PdfiumError as exc:
                raise ValueError("a page cannot be rendered") from exc
            array = bitmap.to_numpy()  # a view of PDFium's buffer: copied before it is freed
            if array.ndim == 3:
                array = (
                    array[:, :, 0]
                    if array.shape[2] == 1
                    else cv2.cvtColor(array, cv2.COLOR_BGR2GRAY)
                )
            image = np.array(array, dtype=np.uint8, copy=True)
            bitmap.close()
            page.close()
            yield image, float(PDF_DPI)
    finally:
        document.close()


# -- finding the page ------------------------------------------------------------------------


def _levels(image: Gray) -> tuple[float, float]:
    """The paper's grey and the darkest ink's, from a coarse histogram (noise-proof)."""
    small = image[::4, ::4]
    return float(np.percentile(small, 90)), float(np.percentile(small, 0.5))


def _find_code(image: Gray) -> tuple[str, npt.NDArray[np.float32]] | None:
    """The QR code's text ("" when found but unreadable) and its corners in the code's own
    order (top-left, top-right, bottom-right, bottom-left of the code as printed)."""
    detector = cv2.QRCodeDetector()
    height, width = image.shape
    seen: npt.NDArray[np.float32] | None = None
    # The code sits in a corner of the page, whichever way up it was scanned: first each
    # corner (top right is the code's place on an upright page, bottom left upside down), an
    # eighth of the page and as many times faster; then the whole page; then each corner
    # enlarged, for a blurred or low-resolution scan whose modules are too small to detect.
    cw, ch = round(width * 0.4), round(height * 0.32)
    corners = ((width - cw, 0), (0, height - ch), (0, 0), (width - cw, height - ch))
    attempts: list[tuple[float, int, int, Gray]] = [
        (1.0, x, y, image[y : y + ch, x : x + cw]) for x, y in corners
    ]
    attempts.append((1.0, 0, 0, image))
    enlarge = 2.0 if max(height, width) / 11 < 250 else 1.5  # by the page's rough dpi
    attempts += [(enlarge, x, y, image[y : y + ch, x : x + cw]) for x, y in corners]
    # Last, OpenCV's other detector (ArUco-based finder patterns) on the corners: it reads
    # some codes the classic one finds but cannot decode (about one clean code in seventy).
    aruco = cv2.QRCodeDetectorAruco()
    attempts += [(1.0, x, y, image[y : y + ch, x : x + cw]) for x, y in corners]
    classic = len(attempts) - len(corners)
    for index, (factor, x, y, part) in enumerate(attempts):
        if factor != 1.0:
            interpolation = cv2.INTER_AREA if factor < 1 else cv2.INTER_CUBIC
            part = cv2.resize(  # type: ignore[assignment]
                part, None, fx=factor, fy=factor, interpolation=interpolation
            )
        text, points, _ = (detector if index < classic else aruco).detectAndDecode(part)
        if points is None:
            continue
        offset = np.array([x, y], dtype=np.float32)
        quad = (np.asarray(points, np.float32).reshape(4, 2) / factor + offset).astype(np.float32)
        if text:
            return text, quad
        if _looks_like_a_code(image, quad):
            seen = quad
    return None if seen is None else ("", seen)


def _looks_like_a_code(image: Gray, quad: npt.NDArray[np.float32]) -> bool:
    """A code found but not decoded: only a square of about the code's size, half inked, is
    taken for a damaged code (the detector also "finds" codes in lines of text)."""
    sides = [float(np.linalg.norm(quad[i] - quad[(i + 1) % 4])) for i in range(4)]
    if min(sides) < 0.8 * max(sides) or max(sides) > max(image.shape) * 0.2:
        return False
    x, y, w, h = cv2.boundingRect(quad.astype(np.int32))
    part = image[max(y, 0) : y + h, max(x, 0) : x + w]
    if not part.size:
        return False
    _, ink = cv2.threshold(part, 0, 1, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    return bool(0.3 <= float(ink.mean()) <= 0.75)


def _find_corners(
    image: Gray, quad: npt.NDArray[np.float32], white: float, black: float
) -> tuple[str, npt.NDArray[np.float32]] | None:
    """The page size and the centres of the four corner marks (top-left, top-right,
    bottom-left, bottom-right of the page as printed), or None."""
    side = float(np.mean([np.linalg.norm(quad[i] - quad[(i + 1) % 4]) for i in range(4)]))
    # The code is drawn in its 84 pt square, perhaps with a quiet zone inside it: between
    # 60 and 84 points wide. The rough pose uses the middle and tolerates the rest.
    px_per_pt = side / 76.0
    threshold = (white + black) / 2
    # Blobs are looked for at half size (four times faster; a mark is still ~20 pixels wide
    # at 200 dpi), and each chosen mark's centre is then measured at full size.
    half = cv2.resize(image, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    _, ink = cv2.threshold(half, threshold, 255, cv2.THRESH_BINARY_INV)
    count, _, stats, centroids = cv2.connectedComponentsWithStats(ink, connectivity=8)
    expected = CORNER_SIZE * px_per_pt / 2
    candidates = []
    for i in range(1, count):
        w, h, area = (int(v) for v in stats[i][2:5])
        if not (0.55 * expected <= w <= 1.6 * expected and 0.55 * expected <= h <= 1.6 * expected):
            continue
        if area < 0.7 * w * h or not 0.6 <= w / h <= 1.65:  # solid and squarish
            continue
        candidates.append(centroids[i] * 2 + 0.5)
    if len(candidates) < 4:
        return None
    # The code's own axes: x along its top edge, y down its left edge, in points.
    origin = quad[0]
    ux = (quad[1] - quad[0]) / np.linalg.norm(quad[1] - quad[0])
    uy = (quad[3] - quad[0]) / np.linalg.norm(quad[3] - quad[0])
    pts = np.array(candidates, dtype=np.float64)
    rel = pts - origin
    local = np.stack([rel @ ux, rel @ uy], axis=1) / px_per_pt  # points, code frame
    # Top-right mark: right of and above the code; the others: the extremes in their direction.
    picks = []
    for sx, sy in ((-1, -1), (1, -1), (-1, 1), (1, 1)):
        score = sx * local[:, 0] + sy * local[:, 1]
        picks.append(int(np.argmax(score)))
    if len(set(picks)) < 4:
        return None
    corners = np.array(
        [_centre(image, pts[i], expected * 2, threshold) for i in picks], dtype=np.float32
    )
    chosen = local[picks]
    top = np.linalg.norm(chosen[1] - chosen[0])
    bottom = np.linalg.norm(chosen[3] - chosen[2])
    left = np.linalg.norm(chosen[2] - chosen[0])
    right = np.linalg.norm(chosen[3] - chosen[1])
    if min(top, bottom, left, right) < 200:  # points: marks close together are not the corners
        return None
    ratio = (left + right) / (top + bottom)
    ratios = {
        size: (h - 2 * CORNER_INSET - CORNER_SIZE) / (w - 2 * CORNER_INSET - CORNER_SIZE)
        for size, (w, h) in PAGE_POINTS.items()
    }
    page_size = min(ratios, key=lambda size: abs(ratios[size] - ratio))
    if abs(ratios[page_size] - ratio) > 0.06:
        return None
    return page_size, corners


def _centre(
    image: Gray, near: npt.NDArray[np.float64], size: float, threshold: float
) -> npt.NDArray[np.float64]:
    """A corner mark's centre at full resolution: the ink's centroid in a window around it."""
    reach = round(size)
    x0, y0 = max(round(near[0]) - reach, 0), max(round(near[1]) - reach, 0)
    window = image[y0 : round(near[1]) + reach, x0 : round(near[0]) + reach]
    _, ink = cv2.threshold(window, threshold, 255, cv2.THRESH_BINARY_INV)
    count, labels, stats, centroids = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if count < 2:
        return near
    cy = min(round(near[1]) - y0, labels.shape[0] - 1)
    cx = min(round(near[0]) - x0, labels.shape[1] - 1)
    inside = int(labels[cy, cx])  # the blob under the rough centre, else the biggest
    best = inside if inside else 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    return np.asarray(centroids[best] + (x0, y0), dtype=np.float64)


def _corner_targets(layout: PageLayout) -> npt.NDArray[np.float32]:
    return np.array([b.centre for b in layout.corners], dtype=np.float32) * SCALE


def _warp(image: Gray, corners: npt.NDArray[np.float32], layout: PageLayout) -> Gray:
    matrix = cv2.getPerspectiveTransform(corners, _corner_targets(layout))
    size = (round(layout.width * SCALE), round(layout.height * SCALE))
    return cv2.warpPerspective(  # type: ignore[return-value]
        image, matrix, size, flags=cv2.INTER_LINEAR, borderValue=255
    )


def _code_in_place(
    quad: npt.NDArray[np.float32], corners: npt.NDArray[np.float32], layout: PageLayout
) -> bool:
    """The code's centre, taken through the corner marks' homography, lands in its square:
    four marks found elsewhere (filled boxes, a photo's background) would not agree."""
    matrix = cv2.getPerspectiveTransform(corners, _corner_targets(layout))
    centre = cv2.perspectiveTransform(quad.mean(axis=0).reshape(1, 1, 2), matrix)[0, 0] / SCALE
    cx, cy = layout.qr.centre
    return bool(abs(centre[0] - cx) < 12 and abs(centre[1] - cy) < 12)


# -- reading the boxes -----------------------------------------------------------------------


def _px(box: Box, scale: float = SCALE) -> tuple[int, int, int, int]:
    return (round(box.x * scale), round(box.y * scale), round(box.w * scale), round(box.h * scale))


class _Ink:
    """Two ink masks of the straightened page: pen ("strong") and anything darker than the
    paper ("weak", pencil included), both relative to this page's paper and ink greys."""

    def __init__(self, page: Gray) -> None:
        smooth = cv2.GaussianBlur(page, (3, 3), 0)
        white = float(np.percentile(smooth[::4, ::4], 90))
        black = float(np.percentile(smooth[::4, ::4], 0.5))
        span = max(white - black, 1.0)
        self.strong = smooth < black + 0.5 * span
        self.weak = smooth < black + 0.8 * span

    def share(self, mask: npt.NDArray[np.bool_], x: float, y: float, w: float, h: float) -> float:
        """The inked share of a rectangle given in points."""
        x0, y0 = max(round(x * SCALE), 0), max(round(y * SCALE), 0)
        x1, y1 = round((x + w) * SCALE), round((y + h) * SCALE)
        area = mask[y0:y1, x0:x1]
        return float(area.mean()) if area.size else 0.0


def _read_boxes(
    page: Gray, layout: PageLayout, code: SheetCode, page_size: str, source: str, index: int
) -> PageReading:
    ink = _Ink(page)
    writing = _writing(ink, [row.evidence for row in layout.rows])
    rows = tuple(
        _read_row(ink, page, row.levels, row.category_key, row.evidence, written)
        for row, written in zip(layout.rows, writing, strict=True)
    )
    role = _read_roles(ink, layout) if layout.roles else None
    return PageReading(
        source=source,
        page_index=index,
        code=code,
        page_size=page_size,
        rows=rows,
        role=role,
        name=_crop(page, layout.name),
        image=cv2.resize(  # type: ignore[arg-type]
            page,
            (round(layout.width * OVERLAY_SCALE), round(layout.height * OVERLAY_SCALE)),
            interpolation=cv2.INTER_AREA,
        ),
    )


def _inside(ink: _Ink, mask: npt.NDArray[np.bool_], box: Box, margin: float) -> float:
    return ink.share(mask, box.x + margin, box.y + margin, box.w - 2 * margin, box.h - 2 * margin)


def _read_row(
    ink: _Ink, page: Gray, boxes: Sequence[LevelBox], key: str, evidence: Box, writing: bool
) -> RowReading:
    strong = [_inside(ink, ink.strong, lv.box, INSIDE_MARGIN) for lv in boxes]
    weak = [_inside(ink, ink.weak, lv.box, INSIDE_MARGIN) for lv in boxes]
    marked = [lv.value for lv, s in zip(boxes, strong, strict=True) if s >= MARKED]
    faint = [
        lv.value for lv, s, w in zip(boxes, strong, weak, strict=True) if s < MARKED and w >= TRACE
    ]
    crossed = False
    for lv, s in zip(boxes, strong, strict=True):
        if s < CROSSED_FILL:
            continue
        b = lv.box
        near, far = SIDE_BAND
        band = far - near
        left = ink.share(ink.strong, b.x - far, b.y + 1, band, b.h - 2)
        right = ink.share(ink.strong, b.x + b.w + near, b.y + 1, band, b.h - 2)
        if (left + right) / 2 >= SPILL:
            crossed = True
    between = False
    for left_box, right_box in itertools.pairwise(lv.box for lv in boxes):
        x0 = left_box.x + left_box.w + GAP_KEEP
        x1 = right_box.x - GAP_KEEP
        if x1 - x0 < 4:
            continue
        top, height = left_box.y - 2, left_box.h + 2
        if ink.share(ink.weak, x0, top, x1 - x0, height) >= GAP_INK:
            between = True
    reason: str | None = None
    if crossed:
        reason = CROSSED_OUT
    elif between:
        reason = BETWEEN
    elif len(marked) >= 2:
        reason = TWO_BOXES
    elif faint:
        reason = FAINT
    if reason:
        level, state = None, UNCLEAR
    elif marked:
        level, state = marked[0], CLEAR
    else:
        level, state = None, NONE
    return RowReading(
        category_key=key,
        level=level,
        state=state,
        reason=reason,
        boxes=tuple(_px(lv.box, OVERLAY_SCALE) for lv in boxes),
        values=tuple(lv.value for lv in boxes),
        marked=tuple(marked + faint),
        evidence=_crop(page, evidence),
        writing=writing,
    )


def _writing(ink: _Ink, boxes: Sequence[Box]) -> list[bool]:
    """Which evidence areas have pen ink on them, once what is printed is taken out.

    Printed are the rules (a pixel row inked across a quarter of the width, whole or broken
    up by a black-and-white scan: handwriting fills many rows and none of them that far) and
    whatever label the printer puts there: the same in every row, so the ink all rows share
    is printed, not written.
    """
    areas = []
    for box in boxes:
        x0, y0 = round(box.x * SCALE), round((box.y + LABEL_LINE) * SCALE)
        width, height = round(box.w * SCALE), round((box.h + 2 - LABEL_LINE) * SCALE)
        area = ink.strong[y0 : y0 + height, x0 : x0 + width].copy()
        rules = area.mean(axis=1) > RULE_SHARE
        rules[1:] |= rules[:-1].copy()  # and the row either side (a rule's blurred edge)
        rules[:-1] |= rules[1:].copy()
        area[rules] = False
        areas.append(area)
    if len({area.shape for area in areas}) == 1 and len(areas) >= 2:
        shared = np.logical_and.reduce(areas).astype(np.uint8)
        shared = cv2.dilate(shared, np.ones((5, 5), np.uint8)).astype(bool)
        areas = [area & ~shared for area in areas]
    return [bool(area.size) and float(area.mean()) >= WRITING for area in areas]


def _read_roles(ink: _Ink, layout: PageLayout) -> RoleReading:
    margin = 2.0
    marked, faint = [], []
    for role, box in layout.roles:
        strong = _inside(ink, ink.strong, box, margin)
        weak = _inside(ink, ink.weak, box, margin)
        if strong >= ROLE_MARKED:
            marked.append(role)
        elif weak >= ROLE_TRACE:
            faint.append(role)
    if len(marked) >= 2:
        return RoleReading(None, UNCLEAR, TWO_BOXES)
    if faint:
        return RoleReading(None, UNCLEAR, FAINT)
    if marked:
        return RoleReading(marked[0], CLEAR, None)
    return RoleReading(None, NONE, None)


def _crop(page: Gray, box: Box) -> bytes:
    x, y, w, h = _px(box)
    return _png(page[max(y, 0) : y + h, max(x, 0) : x + w])


def _png(image: Gray) -> bytes:
    ok, encoded = cv2.imencode(".png", image)
    if not ok:  # pragma: no cover - OpenCV encodes any 8-bit grey image
        raise ValueError("could not encode an image")
    return bytes(encoded.tobytes())
