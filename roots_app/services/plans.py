"""Write the growth plan, carry last year's open actions forward, and print plans as PDF."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from roots_app import settings
from roots_app.domain import school_year, vocabulary
from roots_app.domain.assessment import TEAM, Assessment
from roots_app.domain.plan import (
    MAX_FOCUS,
    Action,
    Plan,
    PlanReport,
    check_dates,
    check_focus_count,
)
from roots_app.domain.text import check_text, cleaned
from roots_app.errors import BadInputError
from roots_app.services import assessments, sheets
from roots_app.services.context import Roots
from roots_app.services.files import write_file
from roots_app.services.quick_read import check_print_choices
from roots_app.storage import plans_repo, trash_repo
from roots_app.storage.engine import Unit

LANGUAGES = vocabulary.PDF_LANGUAGES
PAGE_SIZES = vocabulary.PAGE_SIZES
MAX_TEXT = 5_000


def get(roots: Roots, assessment_id: str) -> Plan:
    with roots.reading() as session:
        return plans_repo.load(session, assessment_id)


def add_focus(roots: Roots, assessment: Assessment, category_key: str, goal: str = "") -> str:
    """Make a category a focus area; its "why" starts as the team's agreed evidence."""
    with roots.transaction() as session:
        return _add_focus(session, roots.device, assessment, category_key, goal)


def _add_focus(
    session: Unit, device: str, assessment: Assessment, category_key: str, goal: str
) -> str:
    if category_key not in {c.key for c in assessment.pack.categories}:
        raise BadInputError(f"{assessment.pack.ref} has no category '{category_key}'.")
    plan = plans_repo.load(session, assessment.id)
    if category_key in plan.focus_keys():
        raise BadInputError("That category is already a focus area.", key=category_key)
    check_focus_count(len(plan.focuses) + 1)
    trashed = plans_repo.trashed_focus(session, assessment.id, category_key)
    if trashed is not None:  # chosen again: it comes back from the trash, with its actions
        trash_repo.restore(session, "focus", trashed, device)
        return trashed
    why = cleaned(assessment.rating(TEAM, category_key).evidence)
    return plans_repo.add_focus(
        session, assessment.id, category_key, _checked(goal), why, device
    ).id


def update_focus(
    roots: Roots, focus_id: str, goal: str, why: str, expected_version: int | None = None
) -> None:
    """Save a focus area's goal and why; with ``expected_version`` (the version shown), a
    change saved by someone else since then raises StaleEditError and nothing is saved."""
    with roots.transaction() as session:
        plans_repo.update_focus(
            session, focus_id, _checked(goal), _checked(why), roots.device, expected_version
        )


def remove_focus(roots: Roots, focus_id: str) -> None:
    with roots.transaction() as session:
        plans_repo.delete_focus(session, focus_id)


def save_action(roots: Roots, focus_id: str, action: Action) -> str:
    """Add the action (no id yet) or update it; returns its id."""
    _check_action(action)
    with roots.transaction() as session:
        return _save_action(session, roots.device, focus_id, action)


def _check_action(action: Action) -> None:
    for text in (action.description, action.owner, action.resources, action.measure):
        _checked(text)
    if not action.description.strip():
        raise BadInputError("An action needs a description.", field="description")
    check_dates(action.start, action.due)


def _save_action(session: Unit, device: str, focus_id: str, action: Action) -> str:
    if action.id:
        plans_repo.update_action(session, action, device)
        return action.id
    return plans_repo.add_action(session, focus_id, action, device).id


def remove_action(roots: Roots, action_id: str) -> None:
    with roots.transaction() as session:
        plans_repo.delete_action(session, action_id)


def _checked(text: str) -> str:
    if len(text) > MAX_TEXT:
        raise BadInputError(f"That text is too long (at most {MAX_TEXT:,} characters).")
    return check_text(text)


def previous_assessment(roots: Roots, assessment: Assessment) -> Assessment | None:
    """Last school year's assessment of the same team on the same rubric, if there is one."""
    info = assessment.info
    with roots.reading() as session:
        found = plans_repo.previous_assessment(
            session, info.team_id, info.pack_id, school_year.previous(info.school_year)
        )
    return assessments.load(roots, found) if found else None


def carry_forward(roots: Roots, assessment: Assessment) -> int:
    """Copy last year's open actions into this plan (marked as carried); returns how many.

    An action lands under the same focus category, which is added if the plan has room.
    Carrying twice adds nothing new. One transaction: all of them are carried, or none.
    """
    info = assessment.info
    with roots.transaction() as session:
        previous = plans_repo.previous_assessment(
            session, info.team_id, info.pack_id, school_year.previous(info.school_year)
        )
        if previous is None:
            return 0
        old_plan = plans_repo.load(session, previous)
        carried = 0
        for old_focus, old_action in old_plan.actions():
            if not old_action.status.is_open:
                continue
            plan = plans_repo.load(session, assessment.id)
            if any(a.carried_from == old_action.id for _, a in plan.actions()):
                continue
            key = old_focus.category_key
            target = next((f for f in plan.focuses if f.category_key == key), None)
            if target is None:
                if len(plan.focuses) >= MAX_FOCUS:
                    continue
                focus_id = _add_focus(
                    session, roots.device, assessment, key, cleaned(old_focus.goal)
                )
            else:
                focus_id = target.id
            # Text saved before the text rule may hold characters it refuses: they stay behind.
            copy = replace(
                old_action,
                id="",
                carried_from=old_action.id,
                description=cleaned(old_action.description),
                owner=cleaned(old_action.owner),
                resources=cleaned(old_action.resources),
                measure=cleaned(old_action.measure),
            )
            _check_action(copy)
            _save_action(session, roots.device, focus_id, copy)
            carried += 1
    return carried


def report(roots: Roots, assessment_id: str) -> PlanReport:
    assessment = assessments.load(roots, assessment_id)
    paper = sheets.paper_ratings(roots, assessment_id)
    return PlanReport(
        assessment=assessment,
        plan=get(roots, assessment_id),
        previous=previous_assessment(roots, assessment),
        generated_on=date.today(),
        paper=paper,
        # The images are read only when there are some (most plans have no paper at all).
        handwriting=(
            sheets.handwriting(roots, assessment_id)
            if any(said.handwriting for said in paper.values())
            else {}
        ),
    )


def render_pdf(roots: Roots, assessment_id: str, language: str, page_size: str) -> bytes:
    check_print_choices(language, page_size)
    from roots_app.reports.plan_pdf import render_plan  # ReportLab loads only to print

    # Members are named as the team view shows them for this assessment (issue 12: privacy).
    members = settings.shown_members(roots.settings, assessment_id)
    return render_plan(report(roots, assessment_id), language, page_size, members)


def export_pdf(
    roots: Roots, assessment_id: str, path: Path, language: str = "en", page_size: str = "letter"
) -> Path:
    return write_file(path, render_pdf(roots, assessment_id, language, page_size))


def export_actions(roots: Roots, assessment_id: str, path: Path, language: str = "en") -> Path:
    """The plan's actions as .csv or .xlsx (by the file's ending)."""
    from roots_app.exchange import plan_table

    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise BadInputError("Save the actions as a .csv or .xlsx file.", path=str(path))
    assessment = assessments.load(roots, assessment_id)
    table = plan_table.rows(get(roots, assessment_id), assessment.pack, language)
    data = plan_table.to_csv(table) if suffix == ".csv" else plan_table.to_xlsx(table)
    return write_file(path, data)


def file_name(school: str, team: str, year: str, language: str) -> str:
    """``escuela-primaria-sylvia-mendez_family-action-team_2025-26_es.pdf``: safe everywhere."""

    def slug(text: str) -> str:
        plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60] or "school"

    return f"{slug(school)}_{slug(team)}_{year}_{language}.pdf"


def export_year(
    roots: Roots,
    year: str,
    folder: Path,
    language: str = "en",
    page_size: str = "letter",
    progress: Callable[[int, int], bool] | None = None,
) -> list[Path]:
    """One PDF per assessment of the year; ``progress(done, total)`` returning False stops."""
    school_year.parse(year)
    infos = assessments.list_assessments(roots, year=year)
    written: list[Path] = []
    used: set[str] = set()
    for done, info in enumerate(infos):
        if progress is not None and progress(done, len(infos)) is False:
            break
        name = file_name(info.school_name, info.team_name, info.school_year, language)
        if name in used:  # two teams with the same name in one school
            name = name.replace(".pdf", f"_{info.id[:8]}.pdf")
        used.add(name)
        written.append(export_pdf(roots, info.id, folder / name, language, page_size))
    if progress is not None:
        progress(len(infos), len(infos))
    return written
