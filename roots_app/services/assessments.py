"""Start an assessment, rate categories, and read assessments back."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from roots_app.domain import consensus, school_year
from roots_app.domain.assessment import (
    TEAM,
    Assessment,
    AssessmentInfo,
    Status,
    check_on_team,
    check_taking_part,
)
from roots_app.domain.paper import PaperRating
from roots_app.domain.text import check_text
from roots_app.errors import BadInputError
from roots_app.services import rubrics
from roots_app.services.context import Roots
from roots_app.services.quick_read import assessment_from
from roots_app.storage import assessments_repo, people_repo

MAX_EVIDENCE = 20_000  # characters; a long note is fine, a pasted book is a mistake


def start(
    roots: Roots,
    team_id: str,
    pack_id: str,
    year: str,
    member_ids: Sequence[str],
    pack_version: str | None = None,
) -> str:
    """A new assessment of a team on the newest (or given) version of a pack."""
    school_year.parse(year)
    pack, content = rubrics.find(roots, pack_id, pack_version)
    with roots.transaction() as session:
        team = people_repo.team(session, team_id)
        known = {m.id for m in team.members}
        check_on_team(team_id, {m: team_id if m in known else None for m in member_ids})
        snapshot = rubrics.snapshot(session, pack, content)
        row = assessments_repo.create(
            session, team_id, snapshot, year, list(member_ids), roots.device
        )
        return row.id


def list_assessments(
    roots: Roots, school_id: str | None = None, year: str | None = None, team_id: str | None = None
) -> list[AssessmentInfo]:
    """The assessments, of one school and one school year when given (a malformed year is
    refused with a BadInputError that says how to write it), or of one team."""
    if year:
        school_year.parse(year)
    with roots.reading() as session:
        return assessments_repo.infos(session, school_id, year, team_id)


def load(roots: Roots, assessment_id: str) -> Assessment:
    with roots.reading() as session:
        record = assessments_repo.load(session, assessment_id)
    return assessment_from(record)


@dataclass(frozen=True)
class Saved:
    status: Status  # the assessment's, after this rating
    version: int  # the rating's stored version: pass it as ``expected_version`` next time


def rate(
    roots: Roots,
    assessment: Assessment,
    rater: str,
    category_key: str,
    level: int | None,
    evidence: str,
    reason: str | None = None,
    expected_version: int | None = None,
) -> Saved:
    """Save one rating (or the team's agreed level) at once.

    ``expected_version`` is the version of the rating the person was shown (``Rating.version``):
    if someone else saved it since (on a shared district database), StaleEditError is raised
    and nothing is saved. Without it the rating is saved whatever is stored.
    """
    pack = assessment.pack
    if category_key not in {c.key for c in pack.categories}:
        raise BadInputError(f"{pack.ref} has no category '{category_key}'.", key=category_key)
    if level is not None and level not in {lv.value for lv in pack.levels}:
        raise BadInputError(f"{pack.ref} has no level {level}.", level=level)
    check_taking_part(rater, {m.id for m in assessment.present})
    if len(evidence) > MAX_EVIDENCE or len(reason or "") > MAX_EVIDENCE:
        raise BadInputError(
            f"The evidence note is too long (at most {MAX_EVIDENCE:,} characters).",
            limit=MAX_EVIDENCE,
        )
    check_text(evidence, "The evidence note")
    check_text(reason or "", "The reason")
    with roots.transaction() as session:
        version = assessments_repo.save_rating(
            session,
            assessment.id,
            rater,
            category_key,
            level,
            evidence,
            roots.device,
            reason,
            expected_version,
        )
        record = assessments_repo.load(session, assessment.id)
        agreed_all = all(
            (agreed := record.ratings.get((TEAM, c.key))) is not None and agreed.level is not None
            for c in pack.categories
        )
        if record.info.status == Status.FINAL:
            return Saved(Status.FINAL, version)
        status = Status.AGREED if agreed_all else Status.IN_PROGRESS
        if record.info.status != status:
            assessments_repo.touch(session, assessment.id, roots.device, status=status.value)
        return Saved(status, version)


def agree(
    roots: Roots,
    assessment: Assessment,
    category_key: str,
    level: int | None,
    evidence: str,
    reason: str = "",
    expected_version: int | None = None,
) -> Saved:
    """The team's agreed level for a category, with its evidence and the reason for it."""
    return rate(roots, assessment, TEAM, category_key, level, evidence, reason, expected_version)


def set_revealed(roots: Roots, assessment_id: str, revealed: bool) -> None:
    """Show (or hide again) members' ratings to the team."""
    with roots.transaction() as session:
        assessments_repo.touch(session, assessment_id, roots.device, revealed=revealed)


def remember_place(roots: Roots, assessment_id: str, category_key: str, rater: str) -> None:
    """Where the team stopped, so reopening the assessment returns there."""
    with roots.transaction() as session:
        assessments_repo.touch(
            session,
            assessment_id,
            roots.device,
            current_category=category_key,
            current_rater=rater,
        )


def as_json(
    assessment: Assessment,
    language: str = "en",
    paper: Mapping[tuple[str, str], PaperRating] | None = None,
) -> dict[str, object]:
    """The whole assessment as one JSON-ready document (``roots show --json``).

    With ``paper`` (``services.sheets.paper_ratings``) each member's rating also says whether
    its level came from a paper sheet, the sheet's number and whether a scan of the
    handwritten evidence is kept.
    """
    info = assessment.info
    pack = assessment.pack
    picture = {c.key: c for c in consensus.consensus(assessment)}
    focus = consensus.strengths_and_growth(assessment)
    categories = []
    for category in pack.categories:
        agreed = assessment.rating(TEAM, category.key)
        seen = picture[category.key]
        categories.append(
            {
                "key": category.key,
                "title": category.title[language],
                "ratings": [
                    _rating_json(assessment, m.id, category.key, paper) for m in assessment.present
                ],
                "spread": {"lowest": seen.lowest, "highest": seen.highest},
                "median": seen.median,
                "far_apart": seen.far_apart,
                "standing_alone": list(seen.standing_alone),
                "needs_discussion": seen.needs_discussion,
                "changed_since_agreed": seen.changed_since_agreed,
                "agreed_level": agreed.level,
                "agreed_label": pack.level(agreed.level).label[language]
                if agreed.level is not None
                else None,
                "agreed_evidence": agreed.evidence,
                "agreed_reason": agreed.reason,
            }
        )
    return {
        "id": info.id,
        "school": {"id": info.school_id, "name": info.school_name},
        "team": {"id": info.team_id, "name": info.team_name},
        "school_year": info.school_year,
        "status": info.status.value,
        "ratings_revealed": assessment.revealed,
        "rubric": {
            "id": pack.id,
            "version": pack.version,
            "title": pack.title[language],
            "content_hash": pack.content_hash,
        },
        "levels": [{"value": lv.value, "label": lv.label[language]} for lv in pack.levels],
        "members": [
            {"id": m.id, "name": m.display_name, "role": m.role.value} for m in assessment.present
        ],
        "categories": categories,
        "strengths": list(focus.strengths),
        "growth_areas": list(focus.growth),
        "not_yet_agreed": assessment.unagreed_categories(),
    }


def _rating_json(
    assessment: Assessment,
    member_id: str,
    key: str,
    paper: Mapping[tuple[str, str], PaperRating] | None,
) -> dict[str, object]:
    rating = assessment.rating(member_id, key)
    out: dict[str, object] = {
        "member_id": member_id,
        "level": rating.level,
        "evidence": rating.evidence,
    }
    if paper is not None:
        said = paper.get((member_id, key))
        out["from_paper"] = said is not None and said.is_source_of(rating.level)
        out["paper_sheet"] = None if said is None else said.sheet_no
        out["handwriting"] = said is not None and said.handwriting
    return out


def infos_json(found: Sequence[AssessmentInfo]) -> list[dict[str, object]]:
    """The list of assessments as JSON (``roots assessments --json``)."""
    return [
        {
            "id": a.id,
            "school_id": a.school_id,
            "school": a.school_name,
            "team_id": a.team_id,
            "team": a.team_name,
            "rubric": a.pack_id,
            "rubric_version": a.pack_version,
            "school_year": a.school_year,
            "status": a.status.value,
        }
        for a in found
    ]
