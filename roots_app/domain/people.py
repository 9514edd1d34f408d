"""Schools, teams and the roles their members play."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    FAMILY = "family"
    TEACHER = "teacher"
    ADMINISTRATOR = "administrator"
    STAFF = "staff"
    STUDENT = "student"
    COMMUNITY_PARTNER = "community_partner"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Member:
    id: str
    team_id: str
    display_name: str
    role: Role
    active: bool = True


@dataclass(frozen=True, slots=True)
class Team:
    id: str
    school_id: str
    name: str
    members: tuple[Member, ...] = ()
    member_count: int = -1  # set by overview queries that leave the members out

    @property
    def size(self) -> int:
        return len(self.members) if self.member_count < 0 else self.member_count


@dataclass(frozen=True, slots=True)
class School:
    id: str
    name: str
    district: str = ""
    region: str = ""
    teams: tuple[Team, ...] = ()
