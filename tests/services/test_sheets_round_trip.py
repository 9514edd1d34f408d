"""Paper from end to end: sheets printed by Roots, marked, scanned, read back and saved.

The printer (reports/sheets_pdf) and the reader (exchange/sheet_scan) share one layout; this
test holds them to it with the real PDF, not a drawing of the layout.
"""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest

from roots_app.domain import vocabulary
from roots_app.domain.sheet_layout import GUIDE_PAGE, SheetCode, layout_sheet
from roots_app.services import assessments, sheets
from roots_app.services.context import Roots
from tests.exchange.sheet_images import mark, scan
from tests.test_cli import roots_cmd

DPI = 200


def _printed_pages(path: Path) -> list[tuple[SheetCode, np.ndarray]]:
    """Every rating page of the PDF as a grey image, with the code it carries."""
    pages = []
    detector = cv2.QRCodeDetector()
    document = pdfium.PdfDocument(str(path))
    try:
        for index in range(len(document)):
            image = document[index].render(scale=DPI / 72, grayscale=True).to_numpy()
            if image.ndim == 3:
                image = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
            text, _, _ = detector.detectAndDecode(image)
            code = SheetCode.decode(text)
            if code.kind != GUIDE_PAGE:
                pages.append((code, np.ascontiguousarray(image)))
    finally:
        document.close()
    return pages


@pytest.mark.parametrize("page_size", ["letter", "a4"])
def test_printed_sheets_marked_and_scanned_are_saved_once_as_private_ratings(
    roots: Roots, assessment_id: str, team, tmp_path: Path, page_size: str
) -> None:
    _, members = team
    assessment = assessments.load(roots, assessment_id)
    keys = [c.key for c in assessment.pack.categories]
    values = [lv.value for lv in assessment.pack.levels]
    pdf = sheets.export_sheets(
        roots, assessment_id, tmp_path / "sheets.pdf", [members[1]], 1, "es", page_size
    )
    (named_code, named), (blank_code, blank) = _printed_pages(pdf)
    assert (named_code.member_id, blank_code.member_id) == (members[1], None)

    named_layout = layout_sheet(keys, values, page_size)[0]
    for row, index in zip(named_layout.rows, [0, 1, 2, 3, 4, 2], strict=True):
        mark(named, row.levels[index].box, "tick", dpi=DPI)
    mark(named, named_layout.rows[5].levels[3].box, "cross", dpi=DPI)  # two boxes: unclear
    blank_layout = layout_sheet(keys, values, page_size, roles=list(vocabulary.ROLE_NAMES["en"]))[0]
    mark(blank, dict(blank_layout.roles)["family"], "tick", dpi=DPI)
    mark(blank, blank_layout.rows[0].levels[4].box, "fill", dpi=DPI)
    scans = [tmp_path / "named.jpg", tmp_path / "blank.png"]
    assert cv2.imwrite(str(scans[0]), scan(named, dpi_in=DPI, dpi=200, angle=1.2, jpeg=85))
    assert cv2.imwrite(str(scans[1]), scan(blank, dpi_in=DPI, dpi=150, angle=-2, mode="bw"))

    first = roots_cmd("read-sheets", assessment_id, *map(str, scans), "--json")
    second = roots_cmd("read-sheets", assessment_id, *map(str, scans), "--json")

    assert first.returncode == 0, first.stderr
    saved = json.loads(first.stdout)["saved"]
    assert [s["saved"] for s in saved] == [keys[:5], keys[:1]]
    assert saved[0]["unclear"] == {keys[5]: "two boxes marked"}
    assert saved[1]["new_member"] is True
    after = assessments.load(roots, assessment_id)
    assert {k: after.rating(members[1], k).level for k in keys} == {
        **dict(zip(keys[:5], [1, 2, 3, 4, 5], strict=True)),
        keys[5]: None,  # unclear: for a person to settle, never saved
    }
    (newcomer,) = [m for m in after.present if m.id not in members]
    assert newcomer.role.value == "family"
    assert after.rating(newcomer.id, keys[0]).level == 5
    assert not after.revealed  # paper ratings are private, as on a laptop
    # The same stack again changes nothing and adds nobody.
    assert second.returncode == 0, second.stderr
    again = json.loads(second.stdout)["saved"]
    assert [s["saved"] for s in again] == [[], []]
    assert [s["new_member"] for s in again] == [False, False]
    assert len(assessments.load(roots, assessment_id).present) == len(after.present)
