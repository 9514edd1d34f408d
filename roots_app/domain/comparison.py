"""Progress across years and the district at a glance: the arithmetic, no storage.

Rules (shown to users in the views' help and the README):
- A school's level for a category is its team's agreed level; with several teams, the median
  of the teams' agreed levels (it may be a half level).
- *Change* is measured against the previous year that has a level (a school that skipped a
  year is compared with the year before it), and says which year that was.
- Categories match by key across pack versions; where the wording differs the views say so.
- A role group's average is shown only when at least MIN_GROUP members rated (privacy).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from statistics import mean, median

from roots_app.domain import school_year

MIN_GROUP = 5


@dataclass(frozen=True, slots=True)
class AgreedRow:
    """One agreed level as stored: which school, team, year and category."""

    school_id: str
    team_id: str
    year: str
    category_key: str
    level: int


@dataclass(frozen=True, slots=True)
class Change:
    value: float  # positive: grew
    since: str  # the year compared with

    @property
    def direction(self) -> str:
        return "up" if self.value > 0 else "down" if self.value < 0 else "same"


@dataclass(frozen=True, slots=True)
class CategoryProgress:
    key: str
    levels: dict[str, float]  # year -> level
    changes: dict[str, Change]  # year -> change since the previous year with a level
    focus_years: frozenset[str] = frozenset()  # years this category was a plan focus


@dataclass(frozen=True, slots=True)
class SchoolProgress:
    school_id: str
    years: tuple[str, ...]
    categories: tuple[CategoryProgress, ...]
    wording_changed: frozenset[str] = frozenset()  # category keys

    def category(self, key: str) -> CategoryProgress:
        return next(c for c in self.categories if c.key == key)


def school_levels(rows: Iterable[AgreedRow]) -> dict[tuple[str, str, str], float]:
    """(school, year, category) -> level; several teams give the median of their levels."""
    by: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for row in rows:
        by[(row.school_id, row.year, row.category_key)].append(row.level)
    return {k: float(median(v)) for k, v in by.items()}


def _changes(levels: dict[str, float]) -> dict[str, Change]:
    out: dict[str, Change] = {}
    ordered = sorted(levels, key=school_year.parse)
    for before, year in pairwise(ordered):
        out[year] = Change(levels[year] - levels[before], before)
    return out


def school_progress(
    school_id: str,
    rows: Iterable[AgreedRow],
    category_keys: Sequence[str],
    focus: Iterable[tuple[str, str]] = (),
    wording_changed: Iterable[str] = (),
) -> SchoolProgress:
    """Every year's level per category, and the change since the previous assessed year.

    ``category_keys`` is the order to show (the newest pack version's); a category only in an
    older version is kept at the end, so nothing measured disappears from view.
    """
    levels = school_levels(r for r in rows if r.school_id == school_id)
    years = sorted({y for (_, y, _) in levels}, key=school_year.parse)
    keys = list(category_keys) + sorted({k for (_, _, k) in levels} - set(category_keys))
    focus_years: dict[str, set[str]] = defaultdict(set)
    for year, key in focus:
        focus_years[key].add(year)
    categories = []
    for key in keys:
        per_year = {y: levels[(school_id, y, key)] for y in years if (school_id, y, key) in levels}
        categories.append(
            CategoryProgress(key, per_year, _changes(per_year), frozenset(focus_years[key]))
        )
    return SchoolProgress(school_id, tuple(years), tuple(categories), frozenset(wording_changed))


@dataclass(frozen=True, slots=True)
class SchoolRow:
    school_id: str
    name: str
    region: str
    levels: dict[str, float]  # category -> level this year
    changes: dict[str, float]  # category -> change since last year (only where both exist)

    @property
    def change(self) -> float | None:
        """The school's overall change: the mean of its categories' changes."""
        return mean(self.changes.values()) if self.changes else None

    @property
    def average(self) -> float | None:
        return mean(self.levels.values()) if self.levels else None


@dataclass(frozen=True, slots=True)
class RoleGroup:
    role: str
    raters: int
    average: float | None  # None when fewer than MIN_GROUP raters: suppressed

    @property
    def suppressed(self) -> bool:
        return self.average is None


@dataclass(frozen=True, slots=True)
class District:
    year: str
    previous: str
    schools: tuple[SchoolRow, ...]
    distribution: dict[str, dict[int, int]]  # category -> level -> number of schools
    roles: dict[str, tuple[RoleGroup, ...]] = field(default_factory=dict)  # category -> groups


def district(
    year: str,
    schools: Iterable[tuple[str, str, str]],  # (id, name, region)
    rows: Iterable[AgreedRow],  # this year's and last year's agreed levels
    category_keys: Sequence[str],
    role_counts: Iterable[tuple[str, str, int, float]] = (),  # (category, role, raters, mean)
) -> District:
    previous = school_year.previous(year)
    levels = school_levels(rows)
    out = []
    distribution: dict[str, dict[int, int]] = {k: defaultdict(int) for k in category_keys}
    for school_id, name, region in schools:
        now = {
            k: levels[(school_id, year, k)] for k in category_keys if (school_id, year, k) in levels
        }
        if not now:
            continue  # not assessed this year
        before = {
            k: levels[(school_id, previous, k)]
            for k in category_keys
            if (school_id, previous, k) in levels
        }
        out.append(
            SchoolRow(
                school_id, name, region, now, {k: now[k] - before[k] for k in now if k in before}
            )
        )
        for key, level in now.items():
            distribution[key][int(level)] += 1  # a half level counts with the level below
    roles: dict[str, list[RoleGroup]] = defaultdict(list)
    for key, role, raters, average in role_counts:
        roles[key].append(RoleGroup(role, raters, average if raters >= MIN_GROUP else None))
    return District(
        year,
        previous,
        tuple(out),
        {k: dict(v) for k, v in distribution.items()},
        {k: tuple(v) for k, v in roles.items()},
    )
