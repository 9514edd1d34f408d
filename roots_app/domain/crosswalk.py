"""A crosswalk: other packs' categories mapped to the LCFF Priority 3 practices they speak to.

Roots ships one (resources/crosswalks/roots-crosswalk.json, docs in its provenance): Roots'
own reading, not an official one, which a district may replace with its own. With it, a
school team's CEI, PTA or Family Empowerment results can be shown in LCFF terms, always
marked as mapped (issue 19).

Levels scored on a version of a pack whose categories the crosswalk does not name (a newer CEI
that renames or merges roots) are read through the pack's lineage into the categories of the
nearest version the crosswalk does name: the **levels are mapped back** (``domain/versions.py``'s
``route_between``, the rule the State report already reads the teams' own LCFF levels by),
rather than the links carried forward onto the new categories. So each link stays on the
category whose wording its reason was written for, and each of those categories keeps one
vote in a practice's per-team median: a category split since gives the median of its parts
(carried forward, both parts would each count), one merged since gives its level to each of
its sources (the same practices the links carried forward would reach). A crosswalk that names
only the newer version's categories reads older levels forward in the same way. A level read
so is marked as mapped through a lineage; a category with no link and nothing it comes from
(new in the later version) stays out, and a category the crosswalk names is read by its key
and version range only (a district that bounded a link meant it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from roots_app.domain import vocabulary
from roots_app.domain.rubric import RubricPack
from roots_app.domain.text import Text
from roots_app.domain.versions import Route, route_between

CROSSWALK_FORMAT = 1
CROSSWALK_KIND = "roots-crosswalk"
LCFF_MAX = 5  # the LCFF tool's scale: 1 (Exploration and Research) to 5


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


@dataclass(frozen=True, slots=True)
class Versions:
    """Which versions of a pack a link holds for: ``first`` up to (not including) ``before``;
    None on either side: no bound (both None: any version that has the category key)."""

    first: str | None = None
    before: str | None = None

    def holds(self, version: str) -> bool:
        key = version_key(version)
        if self.first is not None and key < version_key(self.first):
            return False
        return self.before is None or key < version_key(self.before)

    def overlaps(self, other: Versions) -> bool:
        low = max(
            (version_key(v) for v in (self.first, other.first) if v is not None), default=None
        )
        high = min(
            (version_key(v) for v in (self.before, other.before) if v is not None), default=None
        )
        return low is None or high is None or low < high

    def describe(self) -> str:
        if self.first is None and self.before is None:
            return "any version"
        if self.before is None:
            return f"version {self.first} and later"
        if self.first is None:
            return f"versions before {self.before}"
        return f"versions {self.first} to before {self.before}"


@dataclass(frozen=True, slots=True)
class PracticeLink:
    practice: str  # an LCFF category key
    reason: Text


@dataclass(frozen=True, slots=True)
class CategoryLinks:
    """One category of one pack, linked to the practices it speaks to."""

    pack_id: str
    category: str
    practices: tuple[PracticeLink, ...]
    versions: Versions = Versions()


@dataclass(frozen=True, slots=True)
class Crosswalk:
    id: str
    version: str
    title: Text
    provenance: Text
    description: Text
    target: str  # the pack whose categories the links point to: lcff-priority-3
    links: tuple[CategoryLinks, ...]
    languages: tuple[str, ...] = vocabulary.LANGUAGES
    content_hash: str = ""
    _by_pack: dict[str, list[CategoryLinks]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        for found in self.links:
            self._by_pack.setdefault(found.pack_id, []).append(found)

    @property
    def packs(self) -> tuple[str, ...]:
        """The packs it maps from, in the file's order."""
        return tuple(self._by_pack)

    def practices(self, pack_id: str, version: str, category: str) -> tuple[str, ...]:
        """The target practices this category of this pack version speaks to (none: ())."""
        for found in self._by_pack.get(pack_id, ()):
            if found.category == category and found.versions.holds(version):
                return tuple(link.practice for link in found.practices)
        return ()

    def knows(self, pack_id: str, category: str) -> bool:
        """Whether any link names this category key of this pack (in whatever versions)."""
        return any(found.category == category for found in self._by_pack.get(pack_id, ()))


def to_lcff_scale(level: float, max_level: int) -> float:
    """A level of a 1..max_level scale placed on the LCFF tool's 1-5: lowest to 1, highest to
    5, evenly between (PTA's 1-3 becomes 1, 3, 5; a 1-4 scale 1, 2.33, 3.67, 5)."""
    if max_level == LCFF_MAX:
        return float(level)
    return 1 + (level - 1) * (LCFF_MAX - 1) / (max_level - 1)


@dataclass(frozen=True, slots=True)
class MappedLevel:
    """One team assessment's agreed level on another pack's category."""

    school_year: str
    assessment_id: str
    pack_id: str
    pack_version: str
    max_level: int  # the pack version's highest level
    category: str
    level: float  # a half when read through a lineage's merge or split
    lineage: bool = False  # read through the pack's lineage from the version it was scored on


def median(values: Iterable[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def mapped_medians(
    crosswalk: Crosswalk, levels: Iterable[MappedLevel]
) -> dict[tuple[str, str], tuple[float, int, tuple[str, ...]]]:
    """(school year, practice) -> (median, assessments, packs) of levels mapped to a practice.

    Each assessment counts once per practice, like a team's own LCFF level: its agreed levels
    of the categories linked to the practice are placed on the 1-5 scale and their median
    taken; the median over the assessments is the practice's mapped median.
    """
    per_assessment: dict[tuple[str, str, str], list[float]] = {}
    packs: dict[tuple[str, str], set[str]] = {}
    for found in levels:
        scaled = to_lcff_scale(found.level, found.max_level)
        for practice in crosswalk.practices(found.pack_id, found.pack_version, found.category):
            key = (found.school_year, practice, found.assessment_id)
            per_assessment.setdefault(key, []).append(scaled)
            packs.setdefault((found.school_year, practice), set()).add(found.pack_id)
    by_practice: dict[tuple[str, str], list[float]] = {}
    for (year, practice, _), values in per_assessment.items():
        by_practice.setdefault((year, practice), []).append(median(values))
    return {
        key: (median(values), len(values), tuple(sorted(packs[key])))
        for key, values in by_practice.items()
    }


def read_through_lineages(
    crosswalk: Crosswalk,
    levels: Iterable[MappedLevel],
    versions: Mapping[str, Sequence[RubricPack]],
) -> list[MappedLevel]:
    """The levels, those of categories the crosswalk does not name read through their pack's
    lineage into the nearest version's categories it links (older versions first, newest
    first; then newer ones): one assessment at a time, as ``versions.route_between`` reads
    them, each marked ``lineage``. ``versions``: every version known of each pack whose
    levels may need it (a pack not in it: its levels are read by key only)."""
    out: list[MappedLevel] = []
    pending: dict[str, list[MappedLevel]] = {}
    for found in levels:
        if found.pack_id in versions and not crosswalk.knows(found.pack_id, found.category):
            pending.setdefault(found.assessment_id, []).append(found)
        else:
            out.append(found)
    routes: dict[tuple[str, str, str], Route | None] = {}
    for group in pending.values():
        out += _through_lineage(crosswalk, group, versions[group[0].pack_id], routes)
    return out


def _through_lineage(
    crosswalk: Crosswalk,
    group: list[MappedLevel],
    known: Sequence[RubricPack],
    routes: dict[tuple[str, str, str], Route | None],
) -> list[MappedLevel]:
    """One assessment's levels of categories the crosswalk does not name, read into linked
    categories of other versions (``routes``: the routes found so far, by pack and versions)."""
    first = group[0]
    pack_id, scored = first.pack_id, first.pack_version
    mine = version_key(scored)
    others = [p.version for p in known]
    older = sorted((v for v in others if version_key(v) < mine), key=version_key, reverse=True)
    newer = sorted((v for v in others if version_key(v) > mine), key=version_key)

    def route(target: str) -> Route | None:
        if (pack_id, scored, target) not in routes:
            routes[(pack_id, scored, target)] = route_between(known, scored, target)
        return routes[(pack_id, scored, target)]

    chosen: dict[str, dict[str, list[float]]] = {}  # target version -> category -> levels
    for found in group:
        for target in older + newer:
            way = route(target)
            if way is not None and any(
                found.category in sources and crosswalk.practices(pack_id, target, key)
                for key, sources in way.sources.items()
            ):
                chosen.setdefault(target, {}).setdefault(found.category, []).append(found.level)
                break
    out = []
    for target, recorded in chosen.items():
        way = route(target)
        assert way is not None
        for key, value in way.levels(recorded).items():
            if crosswalk.practices(pack_id, target, key):
                out.append(
                    replace(
                        first,
                        pack_version=target,
                        category=key,
                        level=value,
                        lineage=key in way.mapped,
                    )
                )
    return out


def lineage_practices(crosswalk: Crosswalk, levels: Iterable[MappedLevel]) -> set[tuple[str, str]]:
    """(school year, practice) whose mapped median takes a level read through a lineage."""
    return {
        (found.school_year, practice)
        for found in levels
        if found.lineage
        for practice in crosswalk.practices(found.pack_id, found.pack_version, found.category)
    }
