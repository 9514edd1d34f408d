"""The draft of an LEA's nine Priority 3 narratives, from its school teams' evidence and plans.

What goes where is the domain's rule (``domain/narrative_draft.py``); here the LEA's teams'
assessments on the LCFF pack for the school year are read (none in the trash), and the draft
is saved as an editable Word document or as plain text to paste into the state's tool.
"""

from __future__ import annotations

from pathlib import Path

from roots_app.domain import school_year
from roots_app.domain.narrative_draft import NarrativeDraft, TeamWork, as_text, build_draft
from roots_app.domain.state_report import LCFF_PACK
from roots_app.errors import BadInputError
from roots_app.services import rubrics, state
from roots_app.services.context import Roots
from roots_app.services.files import write_file
from roots_app.services.quick_read import assessment_from
from roots_app.storage import assessments_repo, plans_repo, state_repo

DOCX, TEXT = "docx", "text"
SUFFIXES = {".docx": DOCX, ".txt": TEXT}


def draft(roots: Roots, cds: str, year: str | None = None, language: str = "en") -> NarrativeDraft:
    """The nine narratives of the LEA with CDS code ``cds`` for ``year`` (default: the newest
    school year its teams assessed with the LCFF pack, else this school year)."""
    if year is not None:
        school_year.parse(year)  # refuses anything but 2025-26
    lea = state.find_lea(roots, cds)
    pack, _ = rubrics.find(roots, LCFF_PACK)
    with roots.reading() as session:
        found = state_repo.lea_assessments(session, lea.id, LCFF_PACK)
        if year is None:
            years = {y for _, y in found}
            year = max(years, key=school_year.parse) if years else school_year.current()
        teams = []
        for assessment_id, assessed in found:
            if assessed != year:
                continue
            assessment = assessment_from(assessments_repo.load(session, assessment_id))
            plan = plans_repo.load(session, assessment_id)
            info = assessment.info
            teams.append(TeamWork(info.school_name, info.team_name, assessment, plan))
    return build_draft(lea, year, pack, teams, language)


def kind_of(path: Path) -> str:
    """DOCX or TEXT, by the file's ending; BadInputError for any other."""
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise BadInputError("Save the draft as a .docx or .txt file.", path=str(path))
    return kind


def save(
    roots: Roots,
    cds: str,
    year: str | None,
    path: Path,
    language: str = "en",
    kind: str | None = None,
) -> Path:
    """Write the draft to ``path``, as a Word document or plain text (``kind``; default: by
    the file's ending). All or nothing."""
    kind = kind or kind_of(path)  # a wrong ending is refused before anything is read
    return write(draft(roots, cds, year, language), path, kind)


def write(made: NarrativeDraft, path: Path, kind: str) -> Path:
    """Write a draft made before as a Word document (DOCX) or plain text (TEXT)."""
    if kind == DOCX:
        from roots_app.reports.narratives_docx import render_docx

        return write_file(path, render_docx(made))
    return write_file(path, as_text(made).encode("utf-8"))


def file_name(made: NarrativeDraft, suffix: str = ".docx") -> str:
    """A name to offer: priority3_draft_<CDS>_<year>_<language>.docx."""
    return f"priority3_draft_{made.lea.cds_code}_{made.school_year}_{made.language}{suffix}"
