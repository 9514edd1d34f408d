"""Paper rating sheets: print them for an assessment, and save what a sheet says.

Printing: a set of pages per chosen member and/or blank sets (``reports.sheets_pdf``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from roots_app.domain import vocabulary
from roots_app.domain.people import Member
from roots_app.errors import BadInputError, NotFoundError
from roots_app.services import assessments
from roots_app.services.context import Roots
from roots_app.services.files import write_file

MAX_BLANK = 500  # blank sets in one stack: a room of parents, not a print shop


def _chosen(present: Sequence[Member], member_ids: Sequence[str]) -> list[Member]:
    by_id = {m.id: m for m in present}
    unknown = [m for m in member_ids if m not in by_id]
    if unknown:
        raise NotFoundError(
            f"{unknown[0]} is not a member taking part in this assessment; "
            "`roots show ASSESSMENT --json` lists those who are.",
            id=unknown[0],
        )
    seen: set[str] = set()
    chosen = []
    for member_id in member_ids:  # a member named twice gets one sheet
        if member_id not in seen:
            seen.add(member_id)
            chosen.append(by_id[member_id])
    return chosen


def render_sheets(
    roots: Roots,
    assessment_id: str,
    member_ids: Sequence[str] = (),
    blanks: int = 0,
    language: str = "en",
    page_size: str = "letter",
) -> bytes:
    """The stack of sheets as PDF bytes: one set per member (in the order given), then blanks."""
    if language not in vocabulary.PDF_LANGUAGES:
        raise BadInputError(f"Choose the language as one of {', '.join(vocabulary.PDF_LANGUAGES)}.")
    if page_size not in vocabulary.PAGE_SIZES:
        raise BadInputError(f"Choose the page size as one of {', '.join(vocabulary.PAGE_SIZES)}.")
    if blanks < 0 or blanks > MAX_BLANK:
        raise BadInputError(f"Ask for between 0 and {MAX_BLANK} blank sheets.", blanks=blanks)
    assessment = assessments.load(roots, assessment_id)
    members = _chosen(assessment.present, member_ids)
    if not members and not blanks:
        raise BadInputError(
            "There is nothing to print: name members taking part, or ask for blank sheets."
        )
    from roots_app.reports import sheets_pdf  # ReportLab loads only to print

    return sheets_pdf.render_sheets(
        assessment.info, assessment.pack, members, blanks, language, page_size
    )


def export_sheets(
    roots: Roots,
    assessment_id: str,
    path: Path,
    member_ids: Sequence[str] = (),
    blanks: int = 0,
    language: str = "en",
    page_size: str = "letter",
) -> Path:
    """The stack written to ``path`` (all or nothing)."""
    data = render_sheets(roots, assessment_id, member_ids, blanks, language, page_size)
    return write_file(path, data)
