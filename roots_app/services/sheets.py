"""Paper rating sheets: print them for an assessment, and save what a sheet says.

Printing: a set of pages per chosen member and/or blank sets (``reports.sheets_pdf``).
Saving (``save_sheet``): one sheet's marks become that person's private ratings, as the
walkthrough saves them; the scan reader, the typing-in screen and the command line all save
through it. Reading scans is in ``services.sheet_reading``.

Saving is idempotent. A sheet printed for a member names them. A blank sheet becomes a new
participant the first time, and is known again by what it said: the same sheet number, the same
role ticked and the same name written (when both times have a name; a sheet saved before its
name was read is completed with it). A blank sheet without a number is known by its role and
name. So a sheet scanned twice, or scanned and then typed in, adds one person; two different
people's sheets that share a number (two printings) stay two people unless the names match.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from roots_app.domain import vocabulary
from roots_app.domain.assessment import Assessment, check_taking_part
from roots_app.domain.paper import PaperConflict, PaperRating, PaperSheet, SheetSaved
from roots_app.domain.people import Member, Role
from roots_app.domain.text import check_text
from roots_app.errors import BadInputError, NotFoundError
from roots_app.services import assessments
from roots_app.services.context import Roots
from roots_app.services.files import write_file
from roots_app.storage import assessments_repo, paper_repo, people_repo

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


MAX_EVIDENCE_SCAN = 2_000_000  # bytes: an evidence strip at 300 dpi is about 50 kB as PNG
_PNG = b"\x89PNG\r\n\x1a\n"


def _blank_name(sheet: PaperSheet) -> str | None:
    if sheet.name is None:
        return None
    name = " ".join(sheet.name.split())
    if len(name) > 200:
        raise BadInputError("The name on the sheet is too long (at most 200 characters).")
    return check_text(name, "The name on the sheet") or None


def _check(assessment: Assessment, sheet: PaperSheet) -> None:
    """Everything a sheet says is checked before anything is saved."""
    pack = assessment.pack
    keys = {c.key for c in pack.categories}
    values = {lv.value for lv in pack.levels}
    for key in (*sheet.levels, *sheet.evidence):
        if key not in keys:
            raise BadInputError(f"{pack.ref} has no category '{key}'.", key=key)
    for level in sheet.levels.values():
        if level is not None and level not in values:
            raise BadInputError(f"{pack.ref} has no level {level}.", level=level)
    for key, image in sheet.evidence.items():
        if not image.startswith(_PNG):
            raise BadInputError(f"The evidence scan for '{key}' is not a PNG image.", key=key)
        if len(image) > MAX_EVIDENCE_SCAN:
            raise BadInputError(
                f"The evidence scan for '{key}' is too big (at most 2 MB).", key=key
            )
    if sheet.sheet_no is not None and sheet.sheet_no < 1:
        raise BadInputError("A sheet's number starts at 1.", sheet_no=sheet.sheet_no)
    if sheet.member_id is not None:
        check_taking_part(sheet.member_id, {m.id for m in assessment.present})
        return
    if sheet.role not in {r.value for r in Role}:
        raise BadInputError(
            "A blank sheet needs the role ticked on it (family, teacher, administrator, staff, "
            "student, community_partner or other); nothing was saved.",
            role=sheet.role,
        )
    if sheet.sheet_no is None and not _blank_name(sheet):
        raise BadInputError(
            "A blank sheet needs its number or the name written on it; nothing was saved."
        )


def save_sheet(
    roots: Roots,
    assessment_id: str,
    sheet: PaperSheet,
    overwrite: bool = False,
    dry_run: bool = False,
) -> SheetSaved:
    """Save one sheet's marks as the person's private ratings, in one transaction.

    A category the sheet leaves unmarked is not touched. A level saved before that differs
    from the sheet's is a conflict: left as it is (and listed), or replaced with
    ``overwrite``. An evidence scan is stored when none is (a second scan of the same
    handwriting never has the same pixels, so it is not a change), or replaced with
    ``overwrite``. Bad input (an unknown category or level, a member not taking part, a
    blank sheet without its role) raises BadInputError and saves nothing. With ``dry_run``
    nothing is saved either: the result says what saving would do (the conflicts to show
    before "Save"; a new participant's ``member_id`` is then not kept).
    """
    assessment = assessments.load(roots, assessment_id)
    _check(assessment, sheet)
    name = _blank_name(sheet) if sheet.member_id is None else None
    with roots.dry_run() if dry_run else roots.transaction() as session:
        new_member = False
        member_id = sheet.member_id
        if member_id is None:
            role = Role(str(sheet.role))  # checked above
            found = paper_repo.find_blank(session, assessment_id, sheet.sheet_no, name, role.value)
            if found is None:
                shown = name or f"Paper sheet {sheet.sheet_no}"
                member_id = paper_repo.add_participant(
                    session,
                    assessment_id,
                    assessment.info.team_id,
                    shown,
                    role,
                    sheet.sheet_no,
                    name,
                    roots.device,
                ).id
                new_member = True
            else:
                member_id = found.member_id
                if name and found.name_on_sheet is None:  # the name was read only now
                    found.name_on_sheet = name
                    member = people_repo.member(session, member_id)
                    if member.display_name == f"Paper sheet {sheet.sheet_no}":
                        member.display_name = name
                        member.updated_by = roots.device
        saved: list[str] = []
        unchanged: list[str] = []
        conflicts: list[PaperConflict] = []
        # What paper said, for the team view and the PDF: kept for each level saved or agreed
        # with (and for writing without a mark); the first sheet's number stays unless the
        # sheet overwrites, as its evidence scan does.
        said = paper_repo.paper_ratings(session, assessment_id)

        def came_from_paper(key: str, level: int | None) -> None:
            before = said.get((member_id, key))
            if before is not None and level is None:
                return  # only writing this time: the level marked before stays paper's
            sheet_no = sheet.sheet_no
            if before is not None and before[1] is not None and not overwrite:
                sheet_no = before[1]
            paper_repo.save_paper_rating(
                session, assessment_id, member_id, key, level, sheet_no, roots.device
            )

        for category in assessment.pack.categories:
            level = sheet.levels.get(category.key)
            if level is None:
                if category.key in sheet.evidence:
                    came_from_paper(category.key, None)
                continue
            stored = assessment.ratings.get((member_id, category.key))
            if stored is not None and stored.level == level:
                unchanged.append(category.key)
                came_from_paper(category.key, level)
                continue
            if stored is not None and stored.level is not None:
                conflicts.append(PaperConflict(category.key, stored.level, level))
                if not overwrite:
                    continue
            came_from_paper(category.key, level)
            assessments_repo.save_rating(
                session,
                assessment_id,
                member_id,
                category.key,
                level,
                stored.evidence if stored is not None else "",
                roots.device,
            )
            saved.append(category.key)
        kept = paper_repo.evidence(session, assessment_id, member_id) if sheet.evidence else {}
        evidence_saved = []
        for key, image in sheet.evidence.items():
            if key not in kept or (overwrite and kept[key] != image):
                paper_repo.save_evidence(
                    session, assessment_id, member_id, key, image, roots.device
                )
                evidence_saved.append(key)
        return SheetSaved(
            member_id=member_id,
            new_member=new_member,
            saved=tuple(saved),
            unchanged=tuple(unchanged),
            conflicts=tuple(conflicts),
            overwritten=overwrite and bool(conflicts),
            evidence_saved=tuple(evidence_saved),
        )


def evidence_scans(roots: Roots, assessment_id: str, member_id: str) -> dict[str, bytes]:
    """Category key -> the scan of a member's handwritten evidence (PNG), where there is one."""
    with roots.reading() as session:
        return paper_repo.evidence(session, assessment_id, member_id)


def paper_ratings(roots: Roots, assessment_id: str) -> dict[tuple[str, str], PaperRating]:
    """(member id, category key) -> what a saved paper sheet said for that rating.

    ``PaperRating.is_source_of(rating.level)`` tells whether the rating still came from paper.
    """
    with roots.reading() as session:
        said = paper_repo.paper_ratings(session, assessment_id)
        scanned = paper_repo.evidence_keys(session, assessment_id)
    out = {
        (member, key): PaperRating(member, key, level, sheet_no, (member, key) in scanned)
        for (member, key), (level, sheet_no) in said.items()
    }
    for member, key in scanned - said.keys():  # every scan saved has its row; never hide one
        out[(member, key)] = PaperRating(member, key, None, None, True)
    return out


def handwriting(
    roots: Roots, assessment_id: str, category_key: str | None = None
) -> dict[tuple[str, str], bytes]:
    """(member id, category key) -> the scan of the handwritten evidence (PNG bytes), for one
    category or, without ``category_key``, the whole assessment."""
    with roots.reading() as session:
        return paper_repo.handwriting(session, assessment_id, category_key)
