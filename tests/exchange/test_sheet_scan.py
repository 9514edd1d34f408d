"""Reading scanned rating sheets: every clear mark exactly, every ambiguous one unclear.

The sheets are drawn from the shared layout (tests/exchange/sheet_images.py), marked with pen
strokes and made to look scanned; the image-heavy matrix over the four packs, both page sizes
and every scanner fault is ``slow``, a representative few run always.
"""

from __future__ import annotations

import io
import itertools
from pathlib import Path

import cv2
import numpy as np
import pytest

from roots_app.domain import vocabulary
from roots_app.domain.rubric import RubricPack
from roots_app.domain.sheet_layout import GUIDE_PAGE, PageLayout, SheetCode, layout_sheet
from roots_app.exchange import sheet_scan
from roots_app.exchange.pack_file import load_pack_file
from roots_app.exchange.sheet_scan import (
    BETWEEN,
    CLEAR,
    CROSSED_OUT,
    FAINT,
    NONE,
    TWO_BOXES,
    UNCLEAR,
    PageProblem,
    PageReading,
)
from tests.exchange.sheet_images import mark, mark_between, render, scan, write

RUBRICS = Path(__file__).resolve().parents[2] / "resources" / "rubrics"
PACK_IDS = (
    "cei-six-roots",
    "lausd-family-empowerment",
    "lcff-priority-3",
    "pta-national-standards",
)
ROLES = list(vocabulary.ROLE_NAMES["en"])
ASSESSMENT = "0b8e2a4e-4b0c-4c55-9b8e-2d9f3c1a7e10"
MEMBER = "5f0c3d2e-8a7b-4e1f-9c6d-3b2a1f0e9d8c"


def _pack(pack_id: str) -> RubricPack:
    return load_pack_file(RUBRICS / f"{pack_id}.json")


class Sheet:
    """One printed sheet: its pages' layouts and codes, and the page size it was printed on."""

    def __init__(self, pack: RubricPack, page_size: str, blank: bool = False, sheet_no: int = 3):
        roles = ROLES if blank else ()
        keys = [c.key for c in pack.categories]
        self.page_size = page_size
        self.pages = layout_sheet(keys, [lv.value for lv in pack.levels], page_size, roles=roles)
        self.codes = [
            SheetCode(
                ASSESSMENT,
                None if blank else MEMBER,
                sheet_no,
                12,
                page.page_no,
                len(self.pages),
                pack.version,
            )
            for page in self.pages
        ]

    def layout_for(self, code: SheetCode, page_size: str) -> PageLayout:
        assert page_size == self.page_size  # told from the corner marks' proportions
        assert code.sheet_no == self.codes[0].sheet_no
        return self.pages[code.page_no - 1]

    def render(self, page_no: int = 1) -> np.ndarray:
        return render(self.pages[page_no - 1], self.codes[page_no - 1])


def _read(image: np.ndarray, sheet: Sheet) -> PageReading:
    result = sheet_scan.read_page(image, sheet.layout_for)
    assert isinstance(result, PageReading), result
    return result


def _states(reading: PageReading) -> list[tuple[str, int | None, str | None]]:
    return [(row.state, row.level, row.reason) for row in reading.rows]


@pytest.mark.parametrize("page_size", ["letter", "a4"])
def test_the_drawn_page_keeps_its_words_in_their_boxes_and_off_the_code(page_size):
    # The printer fits a title to its box; the drawing must too, on every OpenCV: 4.x's
    # letters are a fifth wider than 5's, and a title run into the code's quiet zone made
    # every page "unreadable" there, a fault of the drawing, not of the reader.
    sheet = Sheet(_pack("cei-six-roots"), page_size)
    page = sheet.render()
    k = 200 / 72
    qr = sheet.pages[0].qr
    x, y, size = round(qr.x * k), round(qr.y * k), round(qr.w * k)
    ring = round(3 * size / 49)  # three of the four quiet modules round the 41 of the code
    square = page[y : y + size, x : x + size]
    assert square[:ring].min() == 255 and square[-ring:].min() == 255
    assert square[:, :ring].min() == 255 and square[:, -ring:].min() == 255
    title = sheet.pages[0].title
    beside = page[y : round((title.y + title.h) * k), round((title.x + title.w) * k) + 1 : x]
    assert beside.min() == 255  # nothing printed between the title's box and the code


def test_every_clear_mark_reads_back_exactly_and_an_empty_row_is_none():
    sheet = Sheet(_pack("cei-six-roots"), "letter")
    page = sheet.render()
    rows = sheet.pages[0].rows
    for row, (kind, index) in zip(
        rows,
        [("tick", 1), ("cross", 4), ("fill", 0), ("circle", 2), (None, 0), ("tick", 3)],
        strict=True,
    ):
        if kind:
            mark(page, row.levels[index].box, kind)
    write(page, rows[1].evidence)
    image = scan(page, angle=1.5, perspective=0.01, noise=4, jpeg=80)

    reading = _read(image, sheet)

    assert reading.code == sheet.codes[0] and reading.page_size == "letter"
    assert _states(reading) == [
        (CLEAR, 2, None),
        (CLEAR, 5, None),
        (CLEAR, 1, None),
        (CLEAR, 3, None),
        (NONE, None, None),
        (CLEAR, 4, None),
    ]
    assert [row.category_key for row in reading.rows] == [row.category_key for row in rows]
    assert [row.writing for row in reading.rows] == [False, True, False, False, False, False]
    assert reading.role is None  # a member's sheet has no role boxes
    # The review screen's overlay: the straightened page and each box in its pixels (the box's
    # printed outline is dark there).
    scale = reading.scale
    assert reading.image.shape == (round(792 * scale), round(612 * scale))
    first = rows[0].levels[0].box
    assert reading.rows[0].boxes[0] == (
        round(first.x * scale),
        round(first.y * scale),
        round(first.w * scale),
        round(first.h * scale),
    )
    x, y, w, h = reading.rows[0].boxes[0]
    assert reading.image[y + h // 2, x - 1 : x + 2].min() < 128
    assert reading.image[y + h // 2, x + w // 2] > 128
    assert reading.rows[0].values == (1, 2, 3, 4, 5)
    for png in (reading.rows[1].evidence, reading.name, reading.png()):
        assert cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_GRAYSCALE) is not None


def _ambiguous(page: np.ndarray, layout: PageLayout) -> None:
    rows = layout.rows
    mark(page, rows[0].levels[1].box, "tick")
    mark(page, rows[0].levels[3].box, "cross")  # two boxes marked
    mark_between(page, rows[1].levels[1].box, rows[1].levels[2].box)
    mark(page, rows[2].levels[0].box, "scribble")  # a tick scribbled over...
    mark(page, rows[2].levels[2].box, "tick")  # ...and another box ticked instead
    mark(page, rows[3].levels[2].box, "pencil")
    mark(page, rows[4].levels[0].box, "fill")  # clear, beside the unclear ones
    mark(page, rows[5].levels[1].box, "tick")
    mark(page, rows[5].levels[2].box, "pencil")  # a firm mark and a faint one: asked


AMBIGUOUS = [
    (UNCLEAR, None, TWO_BOXES),
    (UNCLEAR, None, BETWEEN),
    (UNCLEAR, None, CROSSED_OUT),
    (UNCLEAR, None, FAINT),
    (CLEAR, 1, None),
    (UNCLEAR, None, FAINT),
]


def test_every_ambiguous_mark_comes_back_unclear_with_its_reason():
    sheet = Sheet(_pack("cei-six-roots"), "a4")
    page = sheet.render()
    _ambiguous(page, sheet.pages[0])
    image = scan(page, dpi=150, angle=-3, perspective=0.02, blur=0.8, noise=6, jpeg=60)

    assert _states(_read(image, sheet)) == AMBIGUOUS


def test_an_upside_down_black_and_white_page_is_read_anyway():
    sheet = Sheet(_pack("pta-national-standards"), "letter")  # three levels
    page = sheet.render()
    for row, index in zip(sheet.pages[0].rows, [0, 1, 2, 2, 1, 0], strict=True):
        mark(page, row.levels[index].box, "tick")
    write(page, sheet.pages[0].rows[4].evidence)
    image = scan(page, dpi=300, angle=2, mode="bw", upside_down=True)

    reading = _read(image, sheet)

    assert [row.level for row in reading.rows] == [1, 2, 3, 3, 2, 1]
    # The printed label and rules, black in black and white, are not taken for writing.
    assert [row.writing for row in reading.rows] == [False] * 4 + [True, False]


@pytest.mark.parametrize("turn", [cv2.ROTATE_90_CLOCKWISE, cv2.ROTATE_90_COUNTERCLOCKWISE])
def test_a_page_scanned_sideways_is_read(turn):
    sheet = Sheet(_pack("cei-six-roots"), "letter")
    page = sheet.render()
    for row in sheet.pages[0].rows:
        mark(page, row.levels[row.number % 5].box, "cross")

    reading = _read(cv2.rotate(scan(page, angle=1, jpeg=80), turn), sheet)

    assert [row.level for row in reading.rows] == [2, 3, 4, 5, 1, 2]


def test_a_phone_photo_of_a_sheet_on_a_table_is_read():
    sheet = Sheet(_pack("lausd-family-empowerment"), "a4")
    page = sheet.render()
    for row, index in zip(sheet.pages[0].rows, [3, 2, 1, 0, 1, 2], strict=True):
        mark(page, row.levels[index].box, "circle", seed=index)
    image = scan(page, dpi=180, angle=-3, perspective=0.03, jpeg=70, noise=5, background=90)

    assert [row.level for row in _read(image, sheet).rows] == [4, 3, 2, 1, 2, 3]


def test_a_blank_sheet_reads_its_ticked_role_or_asks():
    sheet = Sheet(_pack("lausd-family-empowerment"), "letter", blank=True)  # four levels
    roles = dict(sheet.pages[0].roles)
    ticked = sheet.render()
    mark(ticked, roles["teacher"], "tick")
    mark(ticked, sheet.pages[0].rows[0].levels[3].box, "cross")
    two = sheet.render()
    mark(two, roles["family"], "tick")
    mark(two, roles["staff"], "cross")

    first = _read(scan(ticked, angle=1, noise=4, jpeg=75), sheet)
    second = _read(scan(two, angle=-1), sheet)
    third = _read(scan(sheet.render()), sheet)

    assert (first.role.role, first.role.state) == ("teacher", CLEAR)
    assert first.rows[0].level == 4
    assert (second.role.role, second.role.state, second.role.reason) == (None, UNCLEAR, TWO_BOXES)
    assert (third.role.role, third.role.state) == (None, NONE)
    assert all(row.state == NONE for row in third.rows)
    assert third.code.member_id is None
    assert cv2.imdecode(np.frombuffer(first.name, np.uint8), cv2.IMREAD_GRAYSCALE).shape[0] > 0


def test_the_second_page_of_a_twelve_category_sheet_reads_its_own_categories():
    pack = _pack("lcff-priority-3")
    sheet = Sheet(pack, "letter")
    assert len(sheet.pages) == 2
    page = sheet.render(2)
    for row in sheet.pages[1].rows:
        mark(page, row.levels[row.number % 5].box, "tick", seed=row.number)

    reading = _read(scan(page, angle=0.7, jpeg=85), sheet)

    assert reading.code.page_no == 2
    keys = [c.key for c in pack.categories]
    assert [row.category_key for row in reading.rows] == keys[len(sheet.pages[0].rows) :]
    assert [row.level for row in reading.rows] == [
        row.number % 5 + 1 for row in sheet.pages[1].rows
    ]


# -- bad input -------------------------------------------------------------------------------


def _problem(image: np.ndarray, sheet: Sheet, **kwargs: object) -> PageProblem:
    result = sheet_scan.read_page(image, sheet.layout_for, **kwargs)
    assert isinstance(result, PageProblem), result
    assert result.sentence.endswith(".")
    return result


def _qr_page(text: str) -> np.ndarray:
    page = np.full((2200, 1700), 255, np.uint8)
    symbol = cv2.QRCodeEncoder.create().encode(text)
    page[200:400, 1300:1500] = cv2.resize(symbol, (200, 200), interpolation=cv2.INTER_NEAREST)
    cv2.putText(page, "Parent night sign-in", (150, 300), cv2.FONT_HERSHEY_SIMPLEX, 2, 0, 3)
    return page


def test_a_page_that_is_not_a_roots_sheet_says_so():
    sheet = Sheet(_pack("cei-six-roots"), "letter")
    letter = np.full((2200, 1700), 255, np.uint8)
    for y in range(300, 2000, 60):
        cv2.putText(letter, "Dear families, the book fair", (150, y), 0, 1.4, 30, 2, cv2.LINE_AA)

    assert _problem(letter, sheet).problem == sheet_scan.NOT_A_SHEET
    other_code = _qr_page("https://example.org/parent-night")
    assert _problem(other_code, sheet).problem == sheet_scan.NOT_A_SHEET


def test_a_damaged_code_is_unreadable():
    sheet = Sheet(_pack("cei-six-roots"), "letter")
    page = sheet.render()
    qr = sheet.pages[0].qr
    k = 200 / 72
    x, y, size = round(qr.x * k), round(qr.y * k), round(qr.w * k)
    # Ink spilt over the middle of the code: its finder patterns are still there.
    page[y + size * 2 // 5 : y + size * 3 // 5, x + size // 4 : x + size * 3 // 4] = 0

    assert _problem(page, sheet).problem == sheet_scan.UNREADABLE


def test_a_dark_scan_and_a_tiny_one_are_refused():
    sheet = Sheet(_pack("cei-six-roots"), "letter")
    page = sheet.render()
    mark(page, sheet.pages[0].rows[0].levels[0].box, "tick")

    assert _problem(scan(page, darken=0.35), sheet).problem == sheet_scan.TOO_DARK
    assert _problem(scan(page, dpi=60), sheet).problem == sheet_scan.TOO_SMALL


def test_a_page_cut_off_by_the_scanner_has_no_corners():
    sheet = Sheet(_pack("cei-six-roots"), "letter")
    page = sheet.render()[:1400]  # the bottom half never reached the glass

    assert _problem(page, sheet).problem == sheet_scan.NO_CORNERS


def test_a_guide_page_is_passed_over_with_a_word():
    sheet = Sheet(_pack("cei-six-roots"), "letter")
    code = sheet.codes[0]
    guide = SheetCode(code.assessment_id, None, 1, 1, 2, 2, code.pack_version, kind=GUIDE_PAGE)
    page = render(sheet.pages[0], guide)

    assert _problem(page, sheet).problem == sheet_scan.GUIDE


def test_a_page_the_lookup_refuses_carries_its_sentence():
    sheet = Sheet(_pack("cei-six-roots"), "letter")

    def refuse(code: SheetCode, page_size: str) -> PageLayout:
        raise sheet_scan.SheetRefused("other_assessment", "it is a sheet of another assessment")

    result = sheet_scan.read_page(sheet.render(), refuse, source="stack.pdf", page_index=3)

    assert isinstance(result, PageProblem)
    assert result.problem == "other_assessment"
    assert result.sentence == "stack.pdf, page 3: it is a sheet of another assessment."


# -- files -----------------------------------------------------------------------------------


def _scanned_pdf(images: list[np.ndarray]) -> bytes:
    """A copier's PDF: one JPEG image a page."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(612, 792))
    for image in images:
        ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 80])
        assert ok
        canvas.drawImage(ImageReader(io.BytesIO(data.tobytes())), 0, 0, 612, 792)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_a_copiers_pdf_and_image_files_are_read_page_by_page(tmp_path):
    pack = _pack("lcff-priority-3")
    sheet = Sheet(pack, "letter")
    first, second = sheet.render(1), sheet.render(2)
    mark(first, sheet.pages[0].rows[0].levels[2].box, "tick")
    mark(second, sheet.pages[1].rows[0].levels[4].box, "cross")
    pdf = tmp_path / "stack.pdf"
    pdf.write_bytes(_scanned_pdf([scan(second, angle=-1)[20:-20, 20:-20], sheet.render(1)]))
    tiff = tmp_path / "pages.tiff"
    assert cv2.imwritemulti(str(tiff), [scan(first, dpi=150), scan(second, dpi=150)])
    png = tmp_path / "phone.png"
    assert cv2.imwrite(str(png), scan(first, angle=4, perspective=0.03))
    notes = tmp_path / "notes.txt"
    notes.write_text("not a scan")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n% cut short by a full disk")

    results = sheet_scan.read_files([pdf, tiff, png, notes, broken], sheet.layout_for)
    counted = [sheet_scan.count_pages(path) for path in (pdf, tiff, png, notes, broken)]

    where = [(Path(r.source).name, r.page_index) for r in results]
    assert where == [
        ("stack.pdf", 1),
        ("stack.pdf", 2),
        ("pages.tiff", 1),
        ("pages.tiff", 2),
        ("phone.png", 1),
        ("notes.txt", 0),
        ("broken.pdf", 0),
    ]
    pages = [r for r in results if isinstance(r, PageReading)]
    assert [(p.code.page_no, p.rows[0].level) for p in pages] == [
        (2, 5),
        (1, None),
        (1, 3),
        (2, 5),
        (1, 3),
    ]
    problems = [r for r in results if isinstance(r, PageProblem)]
    assert [p.problem for p in problems] == [sheet_scan.NOT_A_FILE] * 2
    assert counted == [2, 2, 1, 1, 1]  # what a progress bar is told before reading
    assert problems[0].sentence.startswith(f"{notes}: it is not a PDF or an image")


# -- the whole matrix (slow) -----------------------------------------------------------------

CLEAR_KINDS = ("tick", "cross", "fill", "circle")
SCANS = {
    "copier 200 gray": {"dpi": 200, "angle": 1.0, "noise": 4, "jpeg": 80},
    "copier 150 blurred": {"dpi": 150, "angle": -2.5, "blur": 0.9, "noise": 7, "jpeg": 55},
    "300 black and white upside down": {"dpi": 300, "angle": 3, "mode": "bw", "upside_down": True},
    "phone photo": {"dpi": 180, "angle": -4, "perspective": 0.03, "blur": 0.6, "jpeg": 70},
}


@pytest.mark.slow
@pytest.mark.parametrize("scan_name", list(SCANS))
@pytest.mark.parametrize("page_size", ["letter", "a4"])
@pytest.mark.parametrize("pack_id", PACK_IDS)
def test_every_pack_size_and_scanner_reads_clear_marks_exactly_and_asks_the_rest(
    pack_id, page_size, scan_name
):
    pack = _pack(pack_id)
    seed = PACK_IDS.index(pack_id) * 10 + len(page_size)
    rng = np.random.default_rng(seed)
    bw = SCANS[scan_name].get("mode") == "bw"
    for blank in (False, True):
        sheet = Sheet(pack, page_size, blank=blank)
        for page_no, layout in enumerate(sheet.pages, start=1):
            page = sheet.render(page_no)
            expected = []
            for row, choice in zip(layout.rows, itertools.cycle(range(9)), strict=False):
                levels = row.levels
                index = int(rng.integers(len(levels)))
                if choice < 4:
                    mark(page, levels[index].box, CLEAR_KINDS[choice], seed=int(rng.integers(99)))
                    expected.append((CLEAR, levels[index].value, None))
                elif choice == 4:
                    expected.append((NONE, None, None))
                elif choice == 5:
                    other = (index + 1 + int(rng.integers(len(levels) - 1))) % len(levels)
                    mark(page, levels[index].box, "tick")
                    mark(page, levels[other].box, "tick")
                    expected.append((UNCLEAR, None, TWO_BOXES))
                elif choice == 6:
                    left = min(index, len(levels) - 2)
                    mark_between(page, levels[left].box, levels[left + 1].box)
                    expected.append((UNCLEAR, None, BETWEEN))
                elif choice == 7:
                    mark(page, levels[index].box, "scribble")
                    expected.append((UNCLEAR, None, CROSSED_OUT))
                else:
                    mark(page, levels[index].box, "pencil")
                    # Pure black and white keeps or drops a light pencil line: asked or
                    # unread, never a level.
                    expected.append((NONE, None, None) if bw else (UNCLEAR, None, FAINT))
            if blank and layout.roles:
                role, box = layout.roles[int(rng.integers(len(layout.roles)))]
                mark(page, box, "tick")
            image = scan(page, seed=seed + page_no, **SCANS[scan_name])

            reading = _read(image, sheet)

            got = _states(reading)
            if bw:
                got = [
                    (NONE, None, None) if state == (UNCLEAR, None, FAINT) else state
                    for state in got
                ]
            assert got == expected, (blank, page_no)
            if blank and layout.roles:
                assert reading.role is not None and reading.role.role == role
