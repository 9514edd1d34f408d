"""Read a stack of scanned rating sheets for one assessment: what each sheet says.

The image work is ``exchange.sheet_scan``; this module knows the assessment, so it refuses a
page of another assessment or printed for another rubric version, lays out each page as it was
printed (blank sheets with their role boxes), and gathers a sheet's pages into one
``SheetRead``: its clear levels, its unclear rows with the reason, its ticked role and the
scans of its evidence lines. ``save_clear`` saves what is clear through
``services.sheets.save_sheet``; the unclear rows are for a person to settle (the review screen).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from roots_app.domain import vocabulary
from roots_app.domain.assessment import Assessment
from roots_app.domain.paper import PaperSheet, SheetSaved
from roots_app.domain.sheet_layout import PageLayout, SheetCode, layout_sheet
from roots_app.errors import CancelledError, NotFoundError
from roots_app.exchange import sheet_scan
from roots_app.exchange.sheet_scan import (
    CLEAR,
    NONE,
    UNCLEAR,
    PageProblem,
    PageReading,
    RoleReading,
    RowReading,
    SheetRefused,
)
from roots_app.services import assessments, sheets
from roots_app.services.context import Roots

OTHER_ASSESSMENT = "other_assessment"
OTHER_VERSION = "other_version"
UNKNOWN_MEMBER = "unknown_member"
SCANS_DIFFER = "two scans differ"  # the same page scanned twice, read differently

Progress = Callable[[int, int], bool | None]  # (pages read, pages in all); False stops


@dataclass(frozen=True)
class RowState:
    """One category of one sheet: the level read, or why it is unclear, or none."""

    level: int | None
    state: str  # CLEAR, UNCLEAR or NONE (sheet_scan's)
    reason: str | None = None


@dataclass
class SheetRead:
    """All the pages read of one sheet (a member's, or a blank one by its number)."""

    member_id: str | None
    member_name: str  # "" for a blank sheet
    sheet_no: int
    sheets: int
    rows: dict[str, RowState] = field(default_factory=dict)  # category key -> state
    role: RoleReading | None = None
    evidence: dict[str, bytes] = field(default_factory=dict)  # key -> PNG, where written
    name_image: bytes | None = None  # a blank sheet's handwritten name
    pages: list[PageReading] = field(default_factory=list)
    missing_pages: tuple[int, ...] = ()

    @property
    def levels(self) -> dict[str, int | None]:
        """The clear levels (and None for rows with no mark): what may be saved."""
        return {key: row.level for key, row in self.rows.items() if row.state != UNCLEAR}

    @property
    def unclear(self) -> dict[str, str]:
        return {key: row.reason or "" for key, row in self.rows.items() if row.state == UNCLEAR}


@dataclass(frozen=True)
class Reading:
    """What a stack of scans says for one assessment."""

    assessment_id: str
    pages: tuple[PageReading, ...]  # the pages read, in the stack's order
    sheets: tuple[SheetRead, ...]  # the same pages gathered by sheet
    problems: tuple[PageProblem, ...]  # pages not read, each with its sentence


def read_scans(
    roots: Roots, assessment_id: str, paths: Sequence[Path], progress: Progress | None = None
) -> Reading:
    """Every page of ``paths`` read against this assessment; nothing is saved.

    ``progress`` hears after each page (a page takes a fraction of a second); returning False
    stops the reading with CancelledError.
    """
    assessment = assessments.load(roots, assessment_id)
    for path in paths:
        if not path.is_file():
            raise NotFoundError(f"There is no file {path}.", path=str(path))
    layout_for = page_layouts(assessment)
    total = sum(sheet_scan.count_pages(path) for path in paths) if progress else 0
    results: list[sheet_scan.Result] = []
    for path in paths:
        for result in sheet_scan.read_file(path, layout_for):
            results.append(result)
            if progress is not None and progress(len(results), total) is False:
                raise CancelledError
    problems = tuple(r for r in results if isinstance(r, PageProblem))
    pages = [r for r in results if isinstance(r, PageReading)]
    return Reading(assessment.id, tuple(pages), _gather(assessment, pages), problems)


def page_layouts(assessment: Assessment) -> sheet_scan.LayoutFor:
    """The layout lookup for the reader: the page as it was printed for this assessment."""
    pack = assessment.pack
    keys = [c.key for c in pack.categories]
    values = [level.value for level in pack.levels]
    roles = list(vocabulary.ROLE_NAMES["en"])  # the order the sheets print them in
    members = {m.id for m in assessment.present}
    cache: dict[tuple[str, bool], tuple[PageLayout, ...]] = {}

    def layout_for(code: SheetCode, page_size: str) -> PageLayout:
        if code.assessment_id != assessment.id:
            raise SheetRefused(
                OTHER_ASSESSMENT, "it is a sheet of another assessment; read it with that one"
            )
        if code.pack_version != pack.version:
            raise SheetRefused(
                OTHER_VERSION,
                f"it was printed for version {code.pack_version} of the rubric, and this "
                f"assessment uses version {pack.version}; print new sheets",
            )
        if code.member_id is not None and code.member_id not in members:
            raise SheetRefused(
                UNKNOWN_MEMBER, "it was printed for someone who is not in this assessment"
            )
        blank = code.member_id is None
        if (page_size, blank) not in cache:
            cache[page_size, blank] = layout_sheet(
                keys, values, page_size, roles=roles if blank else ()
            )
        pages = cache[page_size, blank]
        if code.pages != len(pages) or code.page_no > len(pages):
            raise SheetRefused(
                OTHER_VERSION, "its pages do not match this assessment's rubric; print new sheets"
            )
        return pages[code.page_no - 1]

    return layout_for


def _gather(assessment: Assessment, pages: Sequence[PageReading]) -> tuple[SheetRead, ...]:
    """Pages grouped by sheet, in the order the sheets were first met in the stack."""
    sheets: dict[tuple[str | None, int], SheetRead] = {}
    for page in pages:
        code = page.code
        # A member's sheet is theirs whatever its number; a blank one is known by its number.
        key = (code.member_id, 0 if code.member_id else code.sheet_no)
        sheet = sheets.get(key)
        if sheet is None:
            sheet = sheets[key] = SheetRead(
                member_id=code.member_id,
                member_name=assessment.member_name(code.member_id) if code.member_id else "",
                sheet_no=code.sheet_no,
                sheets=code.sheets,
            )
        sheet.pages.append(page)
        for row in page.rows:
            state = RowState(row.level, row.state, row.reason)
            before = sheet.rows.get(row.category_key)
            if before is not None and before != state:
                state = RowState(None, UNCLEAR, SCANS_DIFFER)
            sheet.rows[row.category_key] = state
            if row.writing:
                sheet.evidence[row.category_key] = row.evidence
        if page.role is not None:
            sheet.role = page.role
            sheet.name_image = page.name
    for sheet in sheets.values():
        seen = {p.code.page_no for p in sheet.pages}
        sheet.missing_pages = tuple(
            n for n in range(1, sheet.pages[0].code.pages + 1) if n not in seen
        )
    return tuple(sheets.values())


@dataclass(frozen=True)
class SheetOutcome:
    """What saving one read sheet did: ``saved`` (with its conflicts), or why it was skipped."""

    sheet: SheetRead
    saved: SheetSaved | None
    skipped: str | None = None  # ROLE_UNCLEAR: a blank sheet whose role a person must choose


ROLE_UNCLEAR = "role unclear"


def save_clear(roots: Roots, reading: Reading) -> list[SheetOutcome]:
    """Save every sheet's clear levels and evidence scans as the person's private ratings.

    Unclear rows are left out (a person settles them); a level already saved that differs
    from the paper is a conflict and is left as it is. A blank sheet whose role is not
    clearly ticked is skipped: nothing says who its person is. Reading the same stack again
    changes nothing (``save_sheet`` recognises each sheet).
    """
    outcomes = []
    for sheet in reading.sheets:
        role = None
        if sheet.member_id is None:
            if sheet.role is None or sheet.role.state == UNCLEAR or sheet.role.role is None:
                outcomes.append(SheetOutcome(sheet, None, ROLE_UNCLEAR))
                continue
            role = sheet.role.role
        paper = PaperSheet(
            member_id=sheet.member_id,
            name=None,  # a handwritten name is not read: "Paper sheet N" until renamed
            role=role,
            levels=sheet.levels,
            evidence=dict(sheet.evidence),
            sheet_no=sheet.sheet_no,
        )
        outcomes.append(SheetOutcome(sheet, sheets.save_sheet(roots, reading.assessment_id, paper)))
    return outcomes


def outcomes_json(outcomes: Sequence[SheetOutcome]) -> list[dict[str, object]]:
    """What saving did, per sheet, for the command line's --json document."""
    return [
        {
            "sheet": o.sheet.sheet_no,
            "member": o.saved.member_id if o.saved else o.sheet.member_id,
            "new_member": bool(o.saved and o.saved.new_member),
            "saved": list(o.saved.saved) if o.saved else [],
            "unchanged": list(o.saved.unchanged) if o.saved else [],
            "conflicts": [
                {"category": c.category_key, "saved": c.saved, "paper": c.sheet}
                for c in (o.saved.conflicts if o.saved else ())
            ],
            "unclear": o.sheet.unclear,
            "skipped": o.skipped,
        }
        for o in outcomes
    ]


def row_json(row: RowReading) -> object:
    """A category's reading for --json: the level, null for no mark, or {"unclear": why}."""
    if row.state == CLEAR:
        return row.level
    if row.state == NONE:
        return None
    return {"unclear": row.reason}


def as_json(reading: Reading, assessment: Assessment | None = None) -> dict[str, object]:
    """The command line's --json document: per page read, per category key the level read,
    ``{"unclear": why}`` or null; and the pages not read, each with its sentence."""
    names = {m.id: m.display_name for m in assessment.present} if assessment else {}
    pages = []
    for page in reading.pages:
        code = page.code
        role: object = None
        if page.role is not None:
            role = page.role.role if page.role.state != UNCLEAR else {"unclear": page.role.reason}
        pages.append(
            {
                "file": page.source,
                "page": page.page_index,
                "sheet": code.sheet_no,
                "sheets": code.sheets,
                "sheet_page": code.page_no,
                "sheet_pages": code.pages,
                "member": code.member_id,
                "name": names.get(code.member_id or "", ""),
                "role": role,
                "levels": {row.category_key: row_json(row) for row in page.rows},
            }
        )
    return {
        "assessment": reading.assessment_id,
        "pages": pages,
        "problems": [
            {"file": p.source, "page": p.page_index, "problem": p.problem, "sentence": p.sentence}
            for p in reading.problems
        ],
    }
