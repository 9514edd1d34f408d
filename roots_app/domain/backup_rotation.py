"""Which automatic backups to keep: the newest of each of the last 7 days and of the last 4 weeks,
plus the last few taken before a risky step (an upgrade, an import, a restore).

Backups a person made on purpose (``roots backup -o FILE``) live wherever they chose and are
never deleted by Roots.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

DAILY_KEPT = 7
WEEKLY_KEPT = 4
BEFORE_STEP_KEPT = 10

DAILY = "daily"


@dataclass(frozen=True, slots=True)
class Taken:
    name: str
    taken_at: datetime
    kind: str  # "daily", or the step it came before: "before-import", "before-restore", ...


def to_delete(backups: Iterable[Taken]) -> list[str]:
    """Names of the backups the rotation no longer needs, oldest first."""
    items = sorted(backups, key=lambda b: b.taken_at, reverse=True)  # newest first
    keep: set[str] = set()
    days: list[object] = []
    weeks: list[object] = []
    for backup in (b for b in items if b.kind == DAILY):
        day = backup.taken_at.date()
        week = backup.taken_at.isocalendar()[:2]
        if day not in days and len(days) < DAILY_KEPT:
            days.append(day)
            keep.add(backup.name)
        if week not in weeks and len(weeks) < WEEKLY_KEPT:
            weeks.append(week)
            keep.add(backup.name)
    keep.update(b.name for b in [b for b in items if b.kind != DAILY][:BEFORE_STEP_KEPT])
    return [b.name for b in reversed(items) if b.name not in keep]
