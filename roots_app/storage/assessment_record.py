"""An assessment as stored, and the one function that turns its rows into it.

An assessment is read two ways, which differ only in how the rows are fetched:
``listing_repo.assessment`` (SQLAlchemy Core: the app before its first paint, and
``assessments_repo.load`` for the screens, the command line and saving) and
``file_reading.FileReader.assessment_or_none`` (the sqlite3 module: ``roots plan-pdf``, where
importing SQLAlchemy would cost the command its target). Both hand their rows to
``record_from_rows``. This module imports no SQLAlchemy for that reason.

What both give (tests/storage/test_assessment_reads.py, on both backends):
- an assessment not in the trash: its record; one in the trash, or no such id: None (the
  services then raise NotFoundError);
- an assessment put back from the trash alone while its team or school stays there: its
  record, with the team's and school's names (only the assessment's own ``deleted_at`` counts);
- an assessment on a pack version Roots no longer ships: the pack text stored with it;
- members present who have since left the team: still present, inactive; ratings from paper
  sheets are ratings like the others (plan-pdf leaves a plan with paper on it to the services).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from roots_app.domain.assessment import TEAM, AssessmentInfo, Rating, Status
from roots_app.domain.people import Member, Role


@dataclass(frozen=True)
class AssessmentRecord:
    """An assessment as stored; the service turns ``pack_content`` into a pack."""

    info: AssessmentInfo
    pack_content: str
    pack_hash: str
    present: tuple[Member, ...]
    ratings: dict[tuple[str, str], Rating]
    current_category: str
    current_rater: str
    revealed: bool
    rated_at: dict[tuple[str, str], datetime]
    agreed_at: dict[str, datetime]


def _utc(value: datetime | str) -> datetime:
    # Stored as naive UTC; sqlite3 gives the text, SQLAlchemy a naive datetime. Read back
    # aware, as models.UTCDateTime does.
    when = datetime.fromisoformat(value) if isinstance(value, str) else value
    return when.replace(tzinfo=UTC)


def record_from_rows(
    head: Sequence[Any],
    present: Iterable[Sequence[Any]],
    ratings: Iterable[Sequence[Any]],
    agreements: Iterable[Sequence[Any]],
) -> AssessmentRecord:
    """The record of an assessment's rows, each reader fetching the same columns in this order:

    - ``head``: assessment id, school id, school name, team id, team name, pack id, pack
      version, school year, status, current category, current rater, revealed, the stored
      pack's content and content hash;
    - ``present``, in their order: member id, team id, display name, role, active;
    - ``ratings``: category key, member id, level, evidence, row version, level_at;
    - ``agreements``: category key, level, evidence, reason, row version, agreed_at.
    """
    ident, school, school_name, team, team_name, pack_id, version, year = head[:8]
    info = AssessmentInfo(
        ident, school, school_name, team, team_name, pack_id, version, year, Status(head[8])
    )
    members = tuple(
        Member(member_id, team_id, name, Role(role), bool(active))
        for member_id, team_id, name, role, active in present
    )
    by_rater: dict[tuple[str, str], Rating] = {}
    rated_at: dict[tuple[str, str], datetime] = {}
    agreed_at: dict[str, datetime] = {}
    for key, member_id, level, evidence, row_version, level_at in ratings:
        by_rater[(member_id, key)] = Rating(key, member_id, level, evidence, version=row_version)
        if level_at is not None:
            rated_at[(member_id, key)] = _utc(level_at)
    for key, level, evidence, reason, row_version, when in agreements:
        by_rater[(TEAM, key)] = Rating(key, TEAM, level, evidence, reason, version=row_version)
        if when is not None:
            agreed_at[key] = _utc(when)
    return AssessmentRecord(
        info=info,
        pack_content=head[12],
        pack_hash=head[13],
        present=members,
        ratings=by_rater,
        current_category=head[9],
        current_rater=head[10],
        revealed=bool(head[11]),
        rated_at=rated_at,
        agreed_at=agreed_at,
    )
