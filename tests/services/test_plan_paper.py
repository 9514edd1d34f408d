"""Issue 17 in the plan PDF: the handwriting scanned from a paper sheet's evidence lines is
printed under its category, with whose it is and from which sheet, in both languages."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from roots_app import settings
from roots_app.domain.paper import PaperSheet
from roots_app.services import assessments, plans, sheets
from roots_app.services.context import Roots

WORDS = {
    "en": ("Handwritten evidence from paper sheets", "Sheet 4", "level 4, marked on paper"),
    "es": ("Evidencia escrita a mano en hojas de papel", "Hoja 4", "nivel 4, marcado en papel"),
}


def handwriting_png(width: int, height: int) -> bytes:
    """A stand-in for a scanned evidence area: dark pen strokes on white."""
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    draw.text((10, 10), "Parents came to the open house", fill=20)
    draw.line((10, height - 20, width - 20, height - 12), fill=30, width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _pages(path: Path) -> list[tuple[str, list[tuple[int, int]]]]:
    """Each page's text (whitespace squashed) and the pixel sizes of its images."""
    out = []
    for page in PdfReader(path).pages:
        sizes = [image.image.size for image in page.images if image.image is not None]
        out.append((" ".join(page.extract_text().split()), sizes))
    return out


@pytest.fixture
def with_paper(roots: Roots, assessment_id: str, team: tuple[str, list[str]]) -> list[str]:
    ana, luis, _mei = team[1]
    loaded = assessments.load(roots, assessment_id)
    keys = [c.key for c in loaded.pack.categories]
    assessments.rate(roots, loaded, luis, keys[0], 2, "Typed on the laptop")
    # Ana's sheet: a level and writing in the first category, writing only in the second
    # (a scan wider than the page, which must shrink to fit).
    sheet = PaperSheet(
        ana,
        None,
        None,
        {keys[0]: 4},
        {keys[0]: handwriting_png(600, 90), keys[1]: handwriting_png(3000, 200)},
        sheet_no=4,
    )
    sheets.save_sheet(roots, assessment_id, sheet)
    return keys


@pytest.mark.parametrize("language", ["en", "es", "both"])
def test_the_handwriting_is_printed_under_its_category(
    roots: Roots, assessment_id: str, with_paper: list[str], tmp_path: Path, language: str
) -> None:
    path = plans.export_pdf(roots, assessment_id, tmp_path / "plan.pdf", language, "a4")
    pages = _pages(path)
    images = sorted(size for _, sizes in pages for size in sizes)
    assert images == [(600, 90), (3000, 200)]  # both scans, at their own pixels
    with_scans = [text for text, sizes in pages if sizes]
    langs = ("en", "es") if language == "both" else (language,)
    for lang in langs:
        assert any(WORDS[lang][0] in text for text in with_scans), lang
    # The first scan's line: whose, which sheet, and that its level came from paper.
    sheet = " / ".join(WORDS[lang][1] for lang in langs)
    level = " / ".join(WORDS[lang][2] for lang in langs)
    assert any(f"Ana García · {sheet} · {level}" in text for text in with_scans)
    # The second category's writing had no mark beside it: no level is said to be paper's.
    text = " ".join(text for text, _ in pages)
    assert text.count("Ana García · ") == 2


def test_names_hidden_leave_out_the_name_and_the_sheet_number(
    roots: Roots, assessment_id: str, with_paper: list[str], tmp_path: Path
) -> None:
    settings.remember_shown_members(roots.settings, assessment_id, "anonymous")
    roots.save_settings()
    pages = _pages(plans.export_pdf(roots, assessment_id, tmp_path / "plan.pdf", "en"))
    text = " ".join(text for text, _ in pages)
    assert sum(len(sizes) for _, sizes in pages) == 2
    assert "Ana García" not in text and "Sheet 4" not in text
    assert text.count("A paper sheet") == 2
    assert "A paper sheet · level 4, marked on paper" in text


def test_a_plan_without_paper_has_no_handwriting_section(
    roots: Roots, assessment_id: str, tmp_path: Path
) -> None:
    pages = _pages(plans.export_pdf(roots, assessment_id, tmp_path / "plan.pdf", "en"))
    assert not any(sizes for _, sizes in pages)
    assert "Handwritten evidence" not in " ".join(text for text, _ in pages)


@pytest.mark.one_backend  # the data folder's own file, which `roots plan-pdf` reads directly
def test_the_command_line_prints_the_handwriting_too(
    roots: Roots, assessment_id: str, with_paper: list[str], tmp_path: Path
) -> None:
    """`roots plan-pdf` reads the data folder's file without SQLAlchemy (services/quick_read):
    a plan with paper on it must come out as the app prints it, scans and all."""
    from roots_app.cli import main

    out = tmp_path / "plan.pdf"
    assert main(["--data-dir", str(roots.data_dir), "plan-pdf", assessment_id, "-o", str(out)]) == 0
    pages = _pages(out)
    assert sorted(size for _, sizes in pages for size in sizes) == [(600, 90), (3000, 200)]
    assert any(WORDS["en"][0] in text for text, _ in pages)
