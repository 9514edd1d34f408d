"""Progress across years and the district at a glance: the arithmetic, no storage.

Rules (shown to users in the views' help and the README):
- A school's level for a category is its team's agreed level; with several teams, the median
  of the teams' agreed levels (it may be a half level).
- *Change* is measured against the previous year that has a level (a school that skipped a
  year is compared with the year before it), and says which year that was.
- Categories match by key across pack versions; where the wording differs the views say so.
  A version whose lineage renames, merges or splits categories is read through it
  (domain.versions): levels scored on the older version show in the newest version's
  categories, each marked as mapped.
- A role group's average is shown only when at least MIN_GROUP members rated (privacy).

Plain float arithmetic, not ``statistics``: levels are whole numbers and medians whole or half
ones, so every sum and difference here is exact in a float and a mean is one correctly rounded
division, the same number ``statistics.mean`` gives through exact fractions, at a fraction of
the cost (10,000 calls at 5,000 schools).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any, NamedTuple

from roots_app.domain import school_year

MIN_GROUP = 5


# One assessment's agreed levels, flat: (school, year, then the level of each category in the
# order asked for, None where none was agreed). Flat because storage hands its rows over as the
# database gives them, one tuple each, not rebuilt in Python.
AssessedRow = tuple[Any, ...]


class AgreedRow(NamedTuple):
    """One agreed level as stored: which school, team, year and category.

    A plain tuple of the same shape does as well: storage hands its rows over as they come.
    """

    school_id: str
    team_id: str
    year: str
    category_key: str
    level: float  # a level, or the median of merged categories' levels (domain.versions)


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
    mapped_years: frozenset[str] = frozenset()  # levels read through a rename, merge or split
    reworded_years: frozenset[str] = frozenset()  # levels from before a change of wording

    def change_mapped(self, year: str) -> bool:
        """Whether the change shown for ``year`` compares with or from a mapped level."""
        found = self.changes.get(year)
        return found is not None and bool({year, found.since} & self.mapped_years)


@dataclass(frozen=True, slots=True)
class SchoolProgress:
    school_id: str
    years: tuple[str, ...]
    categories: tuple[CategoryProgress, ...]
    wording_changed: frozenset[str] = frozenset()  # category keys

    def category(self, key: str) -> CategoryProgress:
        return next(c for c in self.categories if c.key == key)


def _mean(values: Collection[float]) -> float:
    return sum(values) / len(values)


def _median(levels: list[float]) -> float:
    if len(levels) == 1:  # one team: the usual case
        return float(levels[0])
    ordered = sorted(levels)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return (ordered[middle - 1] + ordered[middle]) / 2


def school_levels(
    rows: Iterable[tuple[str, str, str, str, float]],
) -> dict[tuple[str, str, str], float]:
    """(school, year, category) -> level; several teams give the median of their levels.

    ``rows`` are AgreedRow-shaped tuples: (school, team, year, category, level).
    """
    by: dict[tuple[str, str, str], list[float]] = {}
    for school_id, _team, year, key, level in rows:
        found = by.get((school_id, year, key))
        if found is None:
            by[(school_id, year, key)] = [level]
        else:
            found.append(level)
    return {k: _median(v) for k, v in by.items()}


def _changes(levels: dict[str, float]) -> dict[str, Change]:
    out: dict[str, Change] = {}
    ordered = sorted(levels, key=school_year.parse)
    for before, year in pairwise(ordered):
        out[year] = Change(levels[year] - levels[before], before)
    return out


def school_progress(
    school_id: str,
    rows: Iterable[tuple[str, str, str, str, float]],  # AgreedRow-shaped
    category_keys: Sequence[str],
    focus: Iterable[tuple[str, str]] = (),
    wording_changed: Iterable[str] = (),
    mapped: Collection[tuple[str, str, str]] = (),  # (school, year, category), domain.versions
    reworded: Collection[tuple[str, str, str]] = (),
) -> SchoolProgress:
    """Every year's level per category, and the change since the previous assessed year.

    ``category_keys`` is the order to show (the newest pack version's); a category only in an
    older version is kept at the end, so nothing measured disappears from view. ``rows`` are
    in the newest version's categories already where a lineage maps them (``mapped`` and
    ``reworded`` mark those levels); a reworded level marks its category's wording changed.
    """
    levels = school_levels(r for r in rows if r[0] == school_id)
    years = sorted({y for (_, y, _) in levels}, key=school_year.parse)
    keys = list(category_keys) + sorted({k for (_, _, k) in levels} - set(category_keys))
    focus_years: dict[str, set[str]] = defaultdict(set)
    for year, key in focus:
        focus_years[key].add(year)
    categories = []
    for key in keys:
        per_year = {y: levels[(school_id, y, key)] for y in years if (school_id, y, key) in levels}
        categories.append(
            CategoryProgress(
                key,
                per_year,
                _changes(per_year),
                frozenset(focus_years[key]),
                frozenset(y for y in per_year if (school_id, y, key) in mapped),
                frozenset(y for y in per_year if (school_id, y, key) in reworded),
            )
        )
    changed = set(wording_changed) | {c.key for c in categories if c.reworded_years}
    return SchoolProgress(school_id, tuple(years), tuple(categories), frozenset(changed))


@dataclass(frozen=True, slots=True)
class SchoolRow:
    school_id: str
    name: str
    region: str
    levels: dict[str, float]  # category -> level this year
    changes: dict[str, float]  # category -> change since last year (only where both exist)
    mapped: frozenset[str] = frozenset()  # categories whose level this year is mapped
    mapped_changes: frozenset[str] = frozenset()  # ... whose change compares a mapped level
    reworded: frozenset[str] = frozenset()  # ... whose level or change crosses new wording

    @property
    def change(self) -> float | None:
        """The school's overall change: the mean of its categories' changes."""
        return _mean(self.changes.values()) if self.changes else None

    @property
    def average(self) -> float | None:
        return _mean(self.levels.values()) if self.levels else None


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
    rows: Iterable[tuple[str, str, str, str, float]],  # AgreedRow-shaped, this and last year
    category_keys: Sequence[str],
    role_counts: Iterable[tuple[str, str, int, float]] = (),  # (category, role, raters, mean)
    mapped: Collection[tuple[str, str, str]] = (),  # (school, year, category), domain.versions
    reworded: Collection[tuple[str, str, str]] = (),
) -> District:
    """The district from agreed rows, one level each (AgreedRow-shaped)."""
    return district_of_assessments(
        year,
        schools,
        _one_level_each(rows, category_keys),
        category_keys,
        role_counts,
        mapped,
        reworded,
    )


def _one_level_each(
    rows: Iterable[tuple[str, str, str, str, float]], category_keys: Sequence[str]
) -> Iterator[AssessedRow]:
    """Each agreed row as an AssessedRow holding that one level (the others None): the median
    of a school's rows is then the median of its teams' levels, as before."""
    index = {key: i for i, key in enumerate(category_keys)}
    empty: list[float | None] = [None] * len(category_keys)
    for school_id, _team, year, key, level in rows:
        i = index.get(key)
        if i is not None:  # a category the newest version does not have: not shown
            levels = empty.copy()
            levels[i] = level
            yield (school_id, year, *levels)


def district_of_assessments(
    year: str,
    schools: Iterable[tuple[str, str, str]],  # (id, name, region)
    assessed: Iterable[AssessedRow],  # this and last year
    category_keys: Sequence[str],
    role_counts: Iterable[tuple[str, str, int, float]] = (),  # (category, role, raters, mean)
    mapped: Collection[tuple[str, str, str]] = (),  # (school, year, category), domain.versions
    reworded: Collection[tuple[str, str, str]] = (),
) -> District:
    """Every school's levels this year and its changes since last year.

    ``assessed`` holds each assessment's levels in ``category_keys`` order: one row per
    assessment, where rows of a level each made six times as many (the district's largest
    cost at 5,000 schools).
    """
    previous = school_year.previous(year)
    this_year: dict[str, list[AssessedRow]] = {}
    last_year: dict[str, list[AssessedRow]] = {}
    for row in assessed:
        row_year = row[1]
        by = this_year if row_year == year else last_year if row_year == previous else None
        if by is None:
            continue
        found = by.get(row[0])
        if found is None:
            by[row[0]] = [row]
        else:
            found.append(row)
    out = []
    distribution: dict[str, dict[int, int]] = {k: defaultdict(int) for k in category_keys}
    for school_id, name, region in schools:
        this = this_year.get(school_id)
        if this is None:
            continue  # not assessed this year
        now = _medians(this, category_keys)
        if not now:
            continue
        last = last_year.get(school_id)
        before = _medians(last, category_keys) if last else {}
        changes = {k: level - before[k] for k, level in now.items() if k in before}
        if mapped or reworded:  # a district scored on one version skips this
            out.append(
                _marked(
                    SchoolRow(school_id, name, region, now, changes),
                    year,
                    previous,
                    mapped,
                    reworded,
                )
            )
        else:
            out.append(SchoolRow(school_id, name, region, now, changes))
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


def _medians(assessed: list[AssessedRow], category_keys: Sequence[str]) -> dict[str, float]:
    """Category -> the median of the school's assessments' levels (those agreed)."""
    if len(assessed) == 1:  # one team: the usual case
        row = assessed[0]
        return {k: float(row[i]) for i, k in enumerate(category_keys, 2) if row[i] is not None}
    out = {}
    for i, key in enumerate(category_keys, 2):  # after the school and the year
        levels = [v for row in assessed if (v := row[i]) is not None]
        if levels:
            out[key] = _median(levels)
    return out


def _marked(
    row: SchoolRow,
    year: str,
    previous: str,
    mapped: Collection[tuple[str, str, str]],
    reworded: Collection[tuple[str, str, str]],
) -> SchoolRow:
    """``row`` with the marks of its levels this year and of its changes since last year."""
    school = row.school_id
    now = frozenset(k for k in row.levels if (school, year, k) in mapped)
    changes = frozenset(k for k in row.changes if k in now or (school, previous, k) in mapped)
    wording = frozenset(
        k
        for k in row.levels
        if (school, year, k) in reworded or (k in row.changes and (school, previous, k) in reworded)
    )
    return replace(row, mapped=now, mapped_changes=changes, reworded=wording)
