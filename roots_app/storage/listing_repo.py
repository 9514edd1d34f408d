"""What the first page lists: whether there are schools, schools and teams with counts, the
imported pack versions; and the one read of an assessment (the one the app reopens at start,
and every other: ``assessments_repo.load`` reads through it).

Core queries over light table descriptions, not the ORM models: the app reads these before
its first paint, and mapping the model classes (storage.models) then cost ~0.1 s of CPU
(issue 14). The models are mapped after the first paint, or when a command first needs them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from roots_app.domain.people import School, Team
from roots_app.storage.assessment_record import AssessmentRecord, record_from_rows
from roots_app.storage.core_tables import (
    agreements_t,
    assessments_t,
    members_t,
    packs_t,
    present_t,
    ratings_t,
    schools_t,
    teams_t,
)

# An imported crosswalk (issue 19) is kept in the packs' table under an id no pack can have
# (pack ids are lower-case words and hyphens): the listings of packs leave it out.
CROSSWALK = "roots:crosswalk"


def count_schools(session: Session, districts: Sequence[str] | None = None) -> int:
    """Schools not in the trash; only those of one of ``districts`` when they are given."""
    s = schools_t.c
    query = select(func.count()).select_from(schools_t).where(s.deleted_at.is_(None))
    if districts is not None:
        query = query.where(s.district.in_(districts))
    return session.scalar(query) or 0


def overview(session: Session) -> list[School]:
    """Schools and teams with member counts, no members: what lists of a district need."""
    s, t, m = schools_t.c, teams_t.c, members_t.c
    per_team = select(m.team_id, func.count()).group_by(m.team_id)
    counts: dict[str, int] = dict(session.execute(per_team).all())  # type: ignore[arg-type]
    school_rows = session.execute(
        select(s.id, s.name, s.district, s.region).where(s.deleted_at.is_(None)).order_by(s.name)
    ).all()
    teams: dict[str, list[Team]] = defaultdict(list)
    for team_id, school_id, name in session.execute(
        select(t.id, t.school_id, t.name).where(t.deleted_at.is_(None)).order_by(t.name)
    ):
        teams[school_id].append(Team(team_id, school_id, name, (), counts.get(team_id, 0)))
    return [
        School(school_id, name, district, region, tuple(teams[school_id]))
        for school_id, name, district, region in school_rows
    ]


def counts_by_team(session: Session) -> dict[str, int]:
    """How many assessments each team has (not in the trash): a folded list needs no more."""
    a = assessments_t.c
    rows = session.execute(
        select(a.team_id, func.count()).where(a.deleted_at.is_(None)).group_by(a.team_id)
    )
    return dict(rows.all())  # type: ignore[arg-type]


def imported_packs(session: Session) -> list[tuple[str, str]]:
    """The text and content hash of each imported pack version."""
    p = packs_t.c
    query = select(p.content, p.content_hash).where(p.imported.is_(True), p.pack_id != CROSSWALK)
    return [(content, content_hash) for content, content_hash in session.execute(query)]


def assessment(session: Session, assessment_id: str) -> AssessmentRecord | None:
    """The assessment (not in the trash), or None: the one read of an assessment.

    ``assessments_repo.load`` (the screens, the command line, saving) reads through this too;
    the app reopens the last assessment with it before its first paint, so it maps no ORM
    model. What it gives for the trash, a team or school in the trash, and an old pack
    version: see ``storage/assessment_record.py``."""
    a, t, s, p = assessments_t.c, teams_t.c, schools_t.c, packs_t.c
    head = session.execute(
        select(
            a.id,
            s.id,
            s.name,
            t.id,
            t.name,
            a.pack_id,
            a.pack_version,
            a.school_year,
            a.status,
            a.current_category,
            a.current_rater,
            a.revealed,
            p.content,
            p.content_hash,
        )
        .select_from(assessments_t)
        .join(teams_t, a.team_id == t.id)
        .join(schools_t, t.school_id == s.id)
        .join(packs_t, p.id == a.pack_row_id)
        .where(a.deleted_at.is_(None), a.id == assessment_id)
    ).first()
    if head is None:
        return None
    m, am, r, g = members_t.c, present_t.c, ratings_t.c, agreements_t.c
    present = session.execute(
        select(m.id, m.team_id, m.display_name, m.role, m.active)
        .select_from(members_t)
        .join(present_t, am.member_id == m.id)
        .where(am.assessment_id == assessment_id)
        .order_by(am.position)
    ).all()
    ratings = session.execute(
        select(r.category_key, r.member_id, r.level, r.evidence, r.row_version, r.level_at).where(
            r.assessment_id == assessment_id
        )
    ).all()
    agreements = session.execute(
        select(g.category_key, g.level, g.evidence, g.reason, g.row_version, g.agreed_at).where(
            g.assessment_id == assessment_id
        )
    ).all()
    return record_from_rows(head, present, ratings, agreements)
