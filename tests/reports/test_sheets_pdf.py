"""Paper rating sheets: the texts read back, the QR code decodes, the boxes sit on the layout."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import cv2
import numpy as np
import pypdfium2
import pytest
from pypdf import PdfReader

from roots_app.domain import vocabulary
from roots_app.domain.assessment import AssessmentInfo, Status
from roots_app.domain.people import Member, Role
from roots_app.domain.rubric import RubricPack
from roots_app.domain.sheet_layout import GUIDE_PAGE, RATING_PAGE, SheetCode, layout_sheet
from roots_app.exchange.pack_file import load_pack_file
from roots_app.reports.sheets_pdf import render_sheets

RUBRICS = Path(__file__).resolve().parents[2] / "resources" / "rubrics"
PACKS = ("cei-six-roots", "lausd-family-empowerment", "lcff-priority-3", "pta-national-standards")
ASSESSMENT = "6f1c2d8e-0b7a-4d1e-9a53-2f4c8e7d1a90"
MEMBERS = (
    Member("0d9a4c7e-1111-4b2a-8c3d-5e6f7a8b9c0d", "t1", "María José Ñúñez", Role.FAMILY),
    Member("0d9a4c7e-2222-4b2a-8c3d-5e6f7a8b9c0d", "t1", "王小明", Role.TEACHER),
    Member("0d9a4c7e-3333-4b2a-8c3d-5e6f7a8b9c0d", "t1", "محمد علي", Role.STAFF),
)


def _pack(pack_id: str) -> RubricPack:
    return load_pack_file(RUBRICS / f"{pack_id}.json")


def _info(pack: RubricPack) -> AssessmentInfo:
    return AssessmentInfo(
        ASSESSMENT,
        "s1",
        "Escuela Primaria Dolores Huerta",
        "t1",
        "Family Action Team <b>&",
        pack.id,
        pack.version,
        "2025-26",
        Status.IN_PROGRESS,
    )


def _squash(text: str) -> str:
    # Arabic prints shaped and in visual order; NFKC and pypdf bring it back to the letters.
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _pages(pdf: bytes) -> list[str]:
    return [_squash(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def _images(pdf: bytes, dpi: int) -> list[np.ndarray]:
    """Every page as a grayscale image (what a copier's scanner would see, but clean)."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [
            np.asarray(page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L"))
            for page in document
        ]
    finally:
        document.close()


@pytest.mark.parametrize("pack_id", PACKS)
@pytest.mark.parametrize(
    ("language", "page_size"), [("en", "letter"), ("es", "a4"), ("both", "a4")]
)
def test_every_text_of_named_and_blank_sets_reads_back(
    pack_id: str, language: str, page_size: str
) -> None:
    pack = _pack(pack_id)
    pdf = render_sheets(_info(pack), pack, MEMBERS, 2, language, page_size)
    pages = _pages(pdf)
    languages = vocabulary.LANGUAGES if language == "both" else (language,)
    ratings = len(layout_sheet([c.key for c in pack.categories], [1], page_size))
    sheets = len(MEMBERS) + 2
    assert len(pages) % sheets == 0
    per_sheet = len(pages) // sheets
    guides = per_sheet - ratings
    assert guides >= 1
    for index in range(sheets):
        own = pages[index * per_sheet : (index + 1) * per_sheet]
        rating, guide = own[:ratings], own[ratings:]
        everything = "".join(rating)
        if index < len(MEMBERS):
            assert _squash(MEMBERS[index].display_name) in rating[0]
        else:
            for role in vocabulary.ROLE_NAMES["en"]:
                for lang in languages:
                    assert _squash(vocabulary.role_name(lang, role)) in rating[0]
        for lang in languages:
            for number, category in enumerate(pack.categories, start=1):
                assert _squash(f"{number}.") in everything
                assert _squash(category.title[lang]) in everything
                for level in pack.levels:
                    descriptor = category.descriptors[level.value][lang]
                    assert _squash(descriptor) in "".join(guide)
            for level in pack.levels:
                assert _squash(level.label[lang]) in rating[0]
            hoja, pagina = ("Hoja", "página") if lang == "es" else ("Sheet", "page")
            for page_no, text in enumerate(rating, start=1):
                words = f"{hoja} {index + 1} {'de' if lang == 'es' else 'of'} {sheets}"
                assert _squash(f"{words} · {pagina} {page_no}") in text
                assert _squash("Escuela Primaria Dolores Huerta") in text
                assert _squash("Family Action Team <b>&") in text
    if language == "both":
        assert _squash("Mark one box per row") in pages[0]
        assert _squash("Marque una casilla por fila") in pages[0]
    elif language == "es":
        assert "Mark" not in pages[0] and _squash("Marque una casilla") in pages[0]


def test_every_page_carries_a_code_that_decodes() -> None:
    pack = _pack("cei-six-roots")
    pdf = render_sheets(_info(pack), pack, MEMBERS[:1], 1, "both", "letter")
    detector = cv2.QRCodeDetector()
    codes = []
    for image in _images(pdf, 150):
        text, _, _ = detector.detectAndDecode(image)
        assert text, "no QR code found on a page"
        codes.append(SheetCode.decode(text))
    guide_pages = (len(codes) - 2) // 2
    expected = []
    for sheet_no, member in ((1, MEMBERS[0].id), (2, None)):
        expected.append(SheetCode(ASSESSMENT, member, sheet_no, 2, 1, 1, pack.version))
        expected += [
            SheetCode(ASSESSMENT, member, sheet_no, 2, n, guide_pages, pack.version, GUIDE_PAGE)
            for n in range(1, guide_pages + 1)
        ]
    assert codes == expected
    assert {c.kind for c in codes} == {RATING_PAGE, GUIDE_PAGE}


@pytest.mark.parametrize(
    ("pack_id", "page_size"), [("lcff-priority-3", "letter"), ("pta-national-standards", "a4")]
)
def test_boxes_and_marks_are_drawn_exactly_where_the_layout_says(
    pack_id: str, page_size: str
) -> None:
    """Inside each level box is white paper, its four sides are dark, just outside is white."""
    pack = _pack(pack_id)
    pdf = render_sheets(_info(pack), pack, [], 1, "en", page_size)
    layouts = layout_sheet(
        [c.key for c in pack.categories],
        [lv.value for lv in pack.levels],
        page_size,
        roles=list(vocabulary.ROLE_NAMES["en"]),
    )
    scale = 4  # 288 dpi: a 1 pt outline is 4 pixels wide
    images = _images(pdf, 72 * scale)
    for layout, image in zip(layouts, images, strict=False):

        def at(x: float, y: float, image: np.ndarray = image) -> int:
            return int(image[round(y * scale), round(x * scale)])

        for corner in layout.corners:
            assert at(*corner.centre) < 60
            assert at(corner.x - 3, corner.y - 3) > 200
        boxes = [lv.box for row in layout.rows for lv in row.levels]
        boxes += [box for _, box in layout.roles]
        assert len(boxes) == len(pack.categories[: len(layout.rows)]) * len(pack.levels) + len(
            layout.roles
        )
        for box in boxes:
            cx, cy = box.centre
            assert at(cx, cy) > 230, box
            assert at(box.x + 3, cy) > 230 and at(box.x + box.w - 3, cy) > 230
            for x, y in ((box.x, cy), (box.x + box.w, cy), (cx, box.y), (cx, box.y + box.h)):
                assert at(x, y) < 100, (box, x, y)
            for x, y in ((box.x - 2.5, cy), (box.x + box.w + 2.5, cy), (cx, box.y - 2.5)):
                assert at(x, y) > 200, (box, x, y)
        qr = layout.qr
        inside = image[
            round(qr.y * scale) : round((qr.y + qr.h) * scale),
            round(qr.x * scale) : round((qr.x + qr.w) * scale),
        ]
        assert (inside < 60).mean() > 0.2  # the code fills its box
        quiet = inside[: 3 * scale, :]  # the quiet zone is inside the box: white at its edge
        assert quiet.min() > 200
