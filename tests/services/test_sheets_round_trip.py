"""Paper from end to end: sheets printed by Roots, marked, scanned, read back and saved.

The printer (reports/sheets_pdf) and the reader (exchange/sheet_scan) share one layout; this
test holds them to it with the real PDF, not a drawing of the layout: every pack, both
languages and "both", both page sizes, a named and a blank set.
"""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest

from roots_app.domain import vocabulary
from roots_app.domain.sheet_layout import GUIDE_PAGE, Box, SheetCode, layout_sheet
from roots_app.services import assessments, sheets
from roots_app.services.context import Roots
from tests.exchange.sheet_images import mark, scan
from tests.test_cli import roots_cmd

DPI = 200
ROLES = list(vocabulary.ROLE_NAMES["en"])


def _printed_pages(path: Path, qr: Box) -> list[tuple[SheetCode, np.ndarray]]:
    """Every rating page of the PDF as a grey image, with the code it carries (read from the
    code's own square, by either of OpenCV's detectors: each misses a few codes)."""
    k = DPI / 72
    top, bottom = int((qr.y - 12) * k), int((qr.y + qr.h + 12) * k)
    left, right = int((qr.x - 12) * k), int((qr.x + qr.w + 12) * k)
    pages = []
    detector, aruco = cv2.QRCodeDetector(), cv2.QRCodeDetectorAruco()
    document = pdfium.PdfDocument(str(path))
    try:
        for index in range(len(document)):
            image = document[index].render(scale=DPI / 72, grayscale=True).to_numpy()
            if image.ndim == 3:
                image = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
            square = image[top:bottom, left:right]
            text = detector.detectAndDecode(square)[0] or aruco.detectAndDecode(square)[0]
            code = SheetCode.decode(text)
            if code.kind != GUIDE_PAGE:
                pages.append((code, np.ascontiguousarray(image)))
    finally:
        document.close()
    return pages


CASES = [
    pytest.param("cei-six-roots", "es", "letter", id="cei-es-letter"),
    pytest.param("cei-six-roots", "both", "a4", id="cei-both-a4", marks=pytest.mark.slow),
    pytest.param("lcff-priority-3", "en", "a4", id="lcff-en-a4", marks=pytest.mark.slow),
    pytest.param("lausd-family-empowerment", "both", "letter", id="lausd-both-letter"),
    pytest.param("pta-national-standards", "es", "a4", id="pta-es-a4", marks=pytest.mark.slow),
]


@pytest.mark.parametrize(("rubric", "language", "page_size"), CASES)
def test_printed_sheets_marked_and_scanned_are_saved_once_as_private_ratings(
    roots: Roots, team, tmp_path: Path, rubric: str, language: str, page_size: str
) -> None:
    team_id, members = team
    assessment_id = assessments.start(roots, team_id, rubric, "2025-26", members)
    assessment = assessments.load(roots, assessment_id)
    keys = [c.key for c in assessment.pack.categories]
    values = [lv.value for lv in assessment.pack.levels]
    top = len(values) - 1
    pdf = sheets.export_sheets(
        roots, assessment_id, tmp_path / "sheets.pdf", [members[1]], 1, language, page_size
    )
    named_layouts = layout_sheet(keys, values, page_size)
    blank_layouts = layout_sheet(keys, values, page_size, roles=ROLES)
    printed = _printed_pages(pdf, named_layouts[0].qr)
    named = [(c, image) for c, image in printed if c.member_id == members[1]]
    blank = [(c, image) for c, image in printed if c.member_id is None]
    assert len(named) == len(named_layouts) and len(blank) == len(blank_layouts)

    # The named sheet: every row a clear tick (level cycling), but the last row has two boxes.
    expected: dict[str, int | None] = {}
    for (_, image), layout in zip(named, named_layouts, strict=True):
        for row in layout.rows:
            level = row.number % len(values)
            mark(image, row.levels[level].box, "tick", dpi=DPI, seed=row.number)
            expected[row.category_key] = values[level]
    last = named_layouts[-1].rows[-1]
    mark(named[-1][1], last.levels[(last.number + 1) % len(values)].box, "cross", dpi=DPI)
    expected[last.category_key] = None  # unclear: for a person to settle, never saved
    # The blank sheet: the family role ticked and the first row's top box filled.
    mark(blank[0][1], dict(blank_layouts[0].roles)["family"], "tick", dpi=DPI)
    mark(blank[0][1], blank_layouts[0].rows[0].levels[top].box, "fill", dpi=DPI)
    scans = []
    for i, (_, image) in enumerate(named):
        scans.append(tmp_path / f"named-{i}.jpg")
        assert cv2.imwrite(str(scans[-1]), scan(image, dpi_in=DPI, angle=1.2, jpeg=85, seed=i))
    for i, (_, image) in enumerate(blank):
        scans.append(tmp_path / f"blank-{i}.png")
        assert cv2.imwrite(str(scans[-1]), scan(image, dpi_in=DPI, dpi=150, angle=-2, mode="bw"))

    first = roots_cmd("read-sheets", assessment_id, *map(str, scans), "--json")
    second = roots_cmd("read-sheets", assessment_id, *map(str, scans), "--json")

    assert first.returncode == 0, first.stderr
    saved = json.loads(first.stdout)["saved"]
    assert [sorted(s["saved"]) for s in saved] == [
        sorted(k for k, v in expected.items() if v is not None),
        [keys[0]],
    ]
    assert saved[0]["unclear"] == {last.category_key: "two boxes marked"}
    assert saved[1]["new_member"] is True
    after = assessments.load(roots, assessment_id)
    assert {k: after.rating(members[1], k).level for k in keys} == expected
    (newcomer,) = [m for m in after.present if m.id not in members]
    assert newcomer.role.value == "family"
    assert after.rating(newcomer.id, keys[0]).level == values[top]
    assert not after.revealed  # paper ratings are private, as on a laptop
    # The same stack again changes nothing and adds nobody.
    assert second.returncode == 0, second.stderr
    again = json.loads(second.stdout)["saved"]
    assert [s["saved"] for s in again] == [[], []]
    assert [s["new_member"] for s in again] == [False, False]
    assert len(assessments.load(roots, assessment_id).present) == len(after.present)
