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
from pypdf import PdfReader

from roots_app.domain import vocabulary
from roots_app.domain.sheet_layout import layout_sheet
from roots_app.reports.sheets_pdf import WORDS
from roots_app.services import assessments, sheets
from roots_app.services.context import Roots
from tests.exchange.sheet_images import mark, scan
from tests.test_cli import roots_cmd

DPI = 200
ROLES = list(vocabulary.ROLE_NAMES["en"])


def _rating_pages(path: Path, language: str) -> list[tuple[str, np.ndarray]]:
    """Every rating page of the PDF (not the level guides) as a grey image, with its text.

    Pages are told apart by their printed words, not by decoding their codes here: reading
    the codes is the reader's job, and the test must not depend on a second decoder.
    """
    guide = WORDS["en" if language == "both" else language]["guide_title"]
    texts = [page.extract_text() for page in PdfReader(path).pages]
    pages = []
    document = pdfium.PdfDocument(str(path))
    try:
        for index, text in enumerate(texts):
            if guide in text:
                continue
            image = document[index].render(scale=DPI / 72, grayscale=True).to_numpy()
            if image.ndim == 3:
                image = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
            pages.append((text, np.ascontiguousarray(image)))
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
    printed = _rating_pages(pdf, language)
    assert len(printed) == len(named_layouts) + len(blank_layouts)
    named, blank = printed[: len(named_layouts)], printed[len(named_layouts) :]
    assert "Luis Pérez" in named[0][0] and "Luis Pérez" not in blank[0][0]

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
