"""What an LEA told the state about Priority 3, and how it sits beside its own school teams.

The state (California's Department of Education) publishes every LEA's yearly Priority 3
self-reflection as one file (../shared/reference/state-priority3-files.md): twelve practice
ratings on the LCFF tool's 1-5 scale (0 = no rating), the result (Met / Not Met ...), the
board meeting date and the narratives. These are the LEA's own report, never a team's
ratings: they are kept apart and never enter a team's or school's median.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from itertools import pairwise

from roots_app.domain import school_year
from roots_app.domain.comparison import Change
from roots_app.domain.versions import Route

LCFF_PACK = "lcff-priority-3"

# The LCFF pack's twelve categories, in the state tool's order (practice 1 to 12).
PRACTICE_KEYS: tuple[str, ...] = (
    "staff-capacity-relationships",
    "welcoming-environments",
    "family-strengths-cultures",
    "two-way-communication",
    "professional-learning-partnering",
    "learning-at-home",
    "family-teacher-meetings",
    "rights-and-advocacy",
    "staff-capacity-decision-making",
    "family-capacity-decision-making",
    "input-from-all-families",
    "co-planning-engagement",
)
SECTIONS: tuple[str, ...] = ("relationships", "partnerships", "decision-making")
# Practices 9-12 of the 2019 and 2021 files are matched to the later files' by column order
# only (their names differ): say so wherever they are shown.
INFERRED_PRACTICES: frozenset[str] = frozenset(PRACTICE_KEYS[8:])

NO_RATING = 0  # the state's "See Narrative Summary": kept, shown as no rating
MAX_RATING = 5

# From 2022: three narratives per section (a = strengths and progress, b = focus areas for
# improvement, c = improving engagement of under-represented families). 2019 and 2021: one
# per section, keyed by the section's number alone.
NARRATIVE_KEYS: tuple[str, ...] = tuple(f"{s}{p}" for s in "123" for p in "abc")
SECTION_NARRATIVE_KEYS: tuple[str, ...] = ("1", "2", "3")

CDS_DIGITS = 14
CHARTER_FREE = "0000000"  # the school part of a district's or county office's own code


class LeaKind(StrEnum):
    DISTRICT = "district"
    COUNTY_OFFICE = "county_office"
    CHARTER = "charter"


class Performance(StrEnum):
    MET = "Met"
    NOT_MET = "Not Met"
    NOT_MET_TWO_YEARS = "Not Met for Two or More Years"


# The state's words for the result, and Spanish for them (Roots' translation).
PERFORMANCE_NAMES: Mapping[str, Mapping[Performance, str]] = {
    "en": {p: p.value for p in Performance},
    "es": {
        Performance.MET: "Cumplido",
        Performance.NOT_MET: "No cumplido",
        Performance.NOT_MET_TWO_YEARS: "No cumplido por dos años o más",
    },
}
KIND_NAMES: Mapping[str, Mapping[LeaKind, str]] = {
    "en": {
        LeaKind.DISTRICT: "district",
        LeaKind.COUNTY_OFFICE: "county office of education",
        LeaKind.CHARTER: "charter school",
    },
    "es": {
        LeaKind.DISTRICT: "distrito",
        LeaKind.COUNTY_OFFICE: "oficina de educación del condado",
        LeaKind.CHARTER: "escuela chárter",
    },
}


@dataclass(frozen=True, slots=True)
class Lea:
    """A local educational agency: a district, a county office or a charter that is its own."""

    cds_code: str  # 14 digits, as text: leading zeros matter
    name: str
    kind: LeaKind
    id: str = ""


def lea_kind(cds_code: str, name: str = "") -> LeaKind:
    """The kind of LEA a code (and name) says: a school part other than zeros is a charter;
    county offices have district codes 10xxx ("County Office of Education" in the name too)."""
    if cds_code[7:] != CHARTER_FREE:
        return LeaKind.CHARTER
    if cds_code[2:4] == "10" or "county office" in name.casefold():
        return LeaKind.COUNTY_OFFICE
    return LeaKind.DISTRICT


def school_year_of_file(file_year: int) -> str:
    """The school year a state file holds: the 2022 file holds 2021-22's reflections."""
    return school_year.format_year(file_year - 1)


@dataclass(frozen=True, slots=True)
class StateResult:
    """One LEA's row of one state file: what it reported for a school year."""

    cds_code: str
    lea_name: str
    file_year: int
    ratings: Mapping[str, int]  # practice (LCFF category key) -> 0-5, 0 = no rating
    performance: Performance | None = None
    meeting_date: date | None = None
    narratives: Mapping[str, str] = field(default_factory=dict)  # NARRATIVE_KEYS (or 1-3)
    additional_info: str = ""
    layout: str = ""  # which published layout it was read from ("2019", "2022", ...)

    @property
    def school_year(self) -> str:
        return school_year_of_file(self.file_year)

    def level(self, key: str) -> int | None:
        """The reported level of a practice; None for no rating."""
        value = self.ratings.get(key, NO_RATING)
        return None if value == NO_RATING else value

    def same_report(self, other: StateResult) -> bool:
        """Whether two rows say the same (a reissued file's unchanged rows)."""
        return (
            self.lea_name,
            dict(self.ratings),
            self.performance,
            self.meeting_date,
            {k: v for k, v in self.narratives.items() if v},
            self.additional_info,
        ) == (
            other.lea_name,
            dict(other.ratings),
            other.performance,
            other.meeting_date,
            {k: v for k, v in other.narratives.items() if v},
            other.additional_info,
        )


# -- the state beside the school teams -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class PracticeYear:
    """One practice in one school year: the state's level beside the teams' median."""

    key: str
    state: int | None  # None: no rating reported (or no report that year)
    teams: float | None  # median of the teams' agreed levels; None: no team assessed it
    teams_count: int  # how many agreed levels the median is of
    state_change: Change | None  # since the previous year with a state level
    teams_change: Change | None  # since the previous year with a teams' median
    # Teams on other rubrics (CEI, PTA, Family Empowerment) in LCFF terms through the
    # crosswalk (domain/crosswalk.py): always shown as mapped, never as the teams' median.
    mapped: float | None = None
    mapped_count: int = 0  # how many assessments the mapped median is of
    mapped_packs: tuple[str, ...] = ()  # the rubrics they used
    # The teams' median takes levels scored on another version of the LCFF pack, read in the
    # state's practices through the versions' lineages (domain/versions.py): a rename, merge
    # or split on the way (``teams_mapped``), a change of wording (``teams_reworded``); the
    # change since the previous year crosses such a median (``teams_change_mapped``).
    teams_mapped: bool = False
    teams_reworded: bool = False
    teams_change_mapped: bool = False
    # The mapped median takes levels scored on another version of their rubric, read into the
    # categories the crosswalk links through the rubric's lineage (crosswalk.read_through_lineages).
    mapped_lineage: bool = False

    @property
    def difference(self) -> float | None:
        """State minus teams: positive when the LEA reported more than its teams agreed."""
        if self.state is None or self.teams is None:
            return None
        return self.state - self.teams

    @property
    def mapped_difference(self) -> float | None:
        """State minus the mapped median."""
        if self.state is None or self.mapped is None:
            return None
        return self.state - self.mapped


@dataclass(frozen=True, slots=True)
class YearBeside:
    year: str
    reported: bool  # the LEA has a state result for this year
    performance: Performance | None
    meeting_date: date | None
    practices: tuple[PracticeYear, ...]
    layout: str = ""  # of the state file it came from ("2019": practices 9-12 inferred)

    def inferred(self, key: str) -> bool:
        """Whether this practice's state column was matched by column order only."""
        return self.layout == "2019" and key in INFERRED_PRACTICES


@dataclass(frozen=True, slots=True)
class StateBeside:
    lea: Lea
    years: tuple[YearBeside, ...]


def _median(levels: Sequence[float]) -> float:
    ordered = sorted(levels)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return (ordered[middle - 1] + ordered[middle]) / 2


def _changes(values: Mapping[str, float]) -> dict[str, Change]:
    ordered = sorted(values, key=school_year.parse)
    return {
        year: Change(values[year] - values[before], before) for before, year in pairwise(ordered)
    }


# A team's agreed level with what it was scored on:
# (school year, assessment, pack version, category key, level).
VersionedLevel = tuple[str, str, str, str, int]


@dataclass(frozen=True, slots=True)
class TeamLevels:
    """The teams' levels in the state's practices, and which came through a lineage."""

    levels: list[tuple[str, str, float]]  # (school year, practice, level); a half from a split
    mapped: set[tuple[str, str]] = field(default_factory=set)  # (school year, practice)
    reworded: set[tuple[str, str]] = field(default_factory=set)


def team_levels(
    rows: Iterable[VersionedLevel], routes: Mapping[str, Route | None] | None = None
) -> TeamLevels:
    """Each assessment's levels in the state's practices: a version with a route (``routes``,
    by version: ``versions.route_between`` into the version whose categories are the state's
    practices) is read through it, one assessment at a time; any other by key."""
    routes = routes or {}
    out = TeamLevels([])
    groups: dict[tuple[str, str, str], dict[str, list[float]]] = {}
    for year, assessment, version, key, level in rows:
        if routes.get(version) is None:
            out.levels.append((year, key, level))
        else:
            groups.setdefault((year, assessment, version), {}).setdefault(key, []).append(level)
    for (year, _, version), recorded in groups.items():
        route = routes[version]
        assert route is not None
        for key, value in route.levels(recorded).items():
            out.levels.append((year, key, value))
            if key in route.mapped:
                out.mapped.add((year, key))
            if key in route.reworded:
                out.reworded.add((year, key))
    return out


def _change_mapped(
    change: Change | None, year: str, key: str, marked: set[tuple[str, str]]
) -> bool:
    """Whether a change of the teams' median starts or ends at a mapped median."""
    return change is not None and bool({(year, key), (change.since, key)} & marked)


def state_beside(
    lea: Lea,
    results: Iterable[StateResult],
    agreed: Iterable[tuple[str, str, float]],  # (school year, practice key, team's level)
    years: Iterable[str] = (),
    mapped: Mapping[tuple[str, str], tuple[float, int, tuple[str, ...]]] | None = None,
    versions: TeamLevels | None = None,
    mapped_lineage: Collection[tuple[str, str]] = (),
) -> StateBeside:
    """Per year and practice: the state level, the teams' median, the difference and changes.

    ``agreed`` holds one agreed level per team assessment on the LCFF pack, of the LEA's
    schools (or ``versions``: those levels read across the pack's versions, with the marks of
    the medians that take a mapped or reworded level). ``mapped``: (year, practice) ->
    (median, assessments, packs) of the teams on other rubrics, through the crosswalk
    (``crosswalk.mapped_medians``); ``mapped_lineage``: the (year, practice) whose mapped
    median takes a level read through a lineage (``crosswalk.lineage_practices``). The table
    covers every year with a state result or a team's level (mapped ones too), and ``years``
    (only those, when given).
    """
    mapped = mapped or {}
    if versions is not None:
        agreed = versions.levels
    marked = versions.mapped if versions is not None else set()
    reworded = versions.reworded if versions is not None else set()
    by_year = {r.school_year: r for r in results}
    levels: dict[tuple[str, str], list[float]] = {}
    for year, key, level in agreed:
        levels.setdefault((year, key), []).append(level)
    every = set(by_year) | {year for year, _ in levels} | {year for year, _ in mapped}
    wanted = set(years)
    shown = sorted(every & wanted if wanted else every, key=school_year.parse)
    all_years = sorted(every, key=school_year.parse)
    state_changes: dict[str, dict[str, Change]] = {}
    team_changes: dict[str, dict[str, Change]] = {}
    medians: dict[tuple[str, str], float] = {k: _median(v) for k, v in levels.items()}
    for key in PRACTICE_KEYS:
        state_levels: dict[str, float] = {}
        for year in all_years:
            result = by_year.get(year)
            reported = result.level(key) if result is not None else None
            if reported is not None:
                state_levels[year] = reported
        state_changes[key] = _changes(state_levels)
        team_changes[key] = _changes(
            {y: medians[(y, key)] for y in all_years if (y, key) in medians}
        )
    out = []
    none: tuple[float | None, int, tuple[str, ...]] = (None, 0, ())
    for year in shown:
        result = by_year.get(year)
        practices = []
        for key in PRACTICE_KEYS:
            other, other_count, other_packs = mapped.get((year, key), none)
            practices.append(
                PracticeYear(
                    key,
                    result.level(key) if result is not None else None,
                    medians.get((year, key)),
                    len(levels.get((year, key), ())),
                    state_changes[key].get(year),
                    team_changes[key].get(year),
                    other,
                    other_count,
                    other_packs,
                    (year, key) in marked,
                    (year, key) in reworded,
                    _change_mapped(team_changes[key].get(year), year, key, marked),
                    (year, key) in mapped_lineage,
                )
            )
        out.append(
            YearBeside(
                year,
                result is not None,
                result.performance if result is not None else None,
                result.meeting_date if result is not None else None,
                tuple(practices),
                result.layout if result is not None else "",
            )
        )
    return StateBeside(lea, tuple(out))
