"""An assessment: one team scoring one rubric pack version in one school year."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from roots_app.domain.people import Member
from roots_app.domain.rubric import RubricPack
from roots_app.errors import BadInputError

TEAM = "team"
"""The rater id for the team's agreed level (as opposed to a member's own rating)."""


class Status(StrEnum):
    IN_PROGRESS = "in_progress"
    AGREED = "agreed"
    FINAL = "final"


@dataclass(frozen=True, slots=True)
class Rating:
    """One rater's level for one category; ``level`` is None while not yet rated."""

    category_key: str
    rater: str  # a member id, or TEAM for the agreed level
    level: int | None
    evidence: str = ""
    reason: str = ""  # the team's: why it agreed this level (e.g. when it differs from the median)
    version: int = 0  # the stored row's version (0: not stored yet); see StaleEditError


@dataclass(frozen=True, slots=True)
class AssessmentInfo:
    """What lists show about an assessment."""

    id: str
    school_id: str
    school_name: str
    team_id: str
    team_name: str
    pack_id: str
    pack_version: str
    school_year: str
    status: Status


@dataclass(frozen=True, slots=True)
class Assessment:
    """An assessment with its pack snapshot, the members present and every rating."""

    info: AssessmentInfo
    pack: RubricPack
    present: tuple[Member, ...]
    ratings: Mapping[tuple[str, str], Rating] = field(default_factory=dict)  # (rater, key)
    current_category: str = ""
    current_rater: str = TEAM
    revealed: bool = False  # members' ratings are shown to the team only once revealed
    rated_at: Mapping[tuple[str, str], datetime] = field(default_factory=dict)  # level set
    agreed_at: Mapping[str, datetime] = field(default_factory=dict)  # category -> level agreed

    @property
    def id(self) -> str:
        return self.info.id

    def rating(self, rater: str, category_key: str) -> Rating:
        found = self.ratings.get((rater, category_key))
        return found or Rating(category_key, rater, None)

    def rated_count(self, rater: str) -> int:
        return sum(1 for c in self.pack.categories if self.rating(rater, c.key).level is not None)

    def raters(self) -> tuple[str, ...]:
        """Members present in the order they were listed, then the team."""
        return (*(m.id for m in self.present), TEAM)

    def member_name(self, rater: str) -> str:
        return next((m.display_name for m in self.present if m.id == rater), "")

    def unagreed_categories(self) -> list[str]:
        return [c.key for c in self.pack.categories if self.rating(TEAM, c.key).level is None]


# The rules both doors ask (the services and the .roots import): one place, one wording.


def check_on_team(team_id: str, teams_of_members: Mapping[str, str | None]) -> None:
    """Everyone taking part is on the assessment's team (member id -> their team, or None)."""
    elsewhere = [m for m, team in teams_of_members.items() if team != team_id]
    if elsewhere:
        raise BadInputError("Some members present are not on this team.", ids=elsewhere)


def check_taking_part(rater: str, present: Iterable[str]) -> None:
    """A member's rating belongs to a member taking part (the team's agreed level always may)."""
    if rater != TEAM and rater not in present:
        raise BadInputError("That member is not taking part in this assessment.", id=rater)
