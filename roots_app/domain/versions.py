"""Levels agreed on an older version of a pack, read in the newest version's categories.

Rules (the views' notes and the README say them to users):
- A version's lineage says where each changed category comes from in the version it names;
  a category it does not list continues the one with the same key. A version without a
  lineage continues the version before it by key.
- A renamed category carries its level. A merged category takes the **median** of its
  sources' levels (a half level when two sources differ by one). Each category split from
  one takes that one's level. A new category has no earlier level; a retired one (the source
  of no category) drops out.
- Through several versions (1.0.2 -> 1.1.0 -> 2.0.0) the sources are followed back version by
  version; a category merged twice takes the median of every older category it comes from.
- A level that came through a rename, merge or split is marked *mapped*; one that crossed a
  change of wording (``reworded`` in a lineage) is marked *reworded*. A trend that crosses no
  lineage is read by key, unmarked, as before lineages existed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from roots_app.domain.rubric import RubricPack

# An agreed level with the pack version it was scored on:
# (school, team, year, category, level, version).
VersionedRow = tuple[str, str, str, str, int, str]


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def median(levels: Sequence[float]) -> float:
    ordered = sorted(levels)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return (ordered[middle - 1] + ordered[middle]) / 2


@dataclass(frozen=True, slots=True)
class Route:
    """How one older version's categories read in the newest version's."""

    version: str
    sources: dict[str, tuple[str, ...]]  # newest category -> the older version's categories
    mapped: frozenset[str]  # newest categories reached through a rename, merge or split
    reworded: frozenset[str]  # newest categories whose wording changed on the way

    def levels(self, recorded: Mapping[str, Sequence[float]]) -> dict[str, float]:
        """The older version's levels (category -> its levels) in the newest categories."""
        out: dict[str, float] = {}
        for key, sources in self.sources.items():
            found = [level for source in sources for level in recorded.get(source, ())]
            if found:
                out[key] = median(found)
        return out


@dataclass(frozen=True, slots=True)
class VersionMap:
    """Every older version's route into the newest one (only those crossing a lineage)."""

    newest: str
    routes: dict[str, Route] = field(default_factory=dict)

    def route(self, version: str) -> Route | None:
        return self.routes.get(version)


def version_map(packs: Iterable[RubricPack], newest: str | None = None) -> VersionMap:
    """The routes from each version of one pack into ``newest`` (the newest given if None).

    ``packs`` should hold every version known, not only the ones scored on: a lineage may
    name a version no assessment used."""
    ordered = sorted(packs, key=lambda p: version_key(p.version))
    if not ordered:
        return VersionMap(newest or "")
    by_version = {p.version: p for p in ordered}
    top = by_version[newest] if newest in by_version else ordered[-1]
    routes = {}
    for pack in ordered:
        if version_key(pack.version) < version_key(top.version):
            route = _route(top, pack, ordered, by_version)
            if route is not None:
                routes[pack.version] = route
    return VersionMap(top.version, routes)


def route_between(packs: Iterable[RubricPack], version: str, target: str) -> Route | None:
    """How levels agreed on ``version`` read in ``target``'s categories, whether ``target`` is
    newer (the lineages followed forward, as ``version_map``) or older (followed back: a
    category merged since gives its level to each of its sources, one split since gives the
    median of its parts, a renamed one its level); None when no lineage is crossed between
    the two (read by key). ``packs``: every version known."""
    known = list(packs)
    if version == target:
        return None
    if version_key(version) < version_key(target):
        return version_map(known, target).route(version)
    forward = version_map(known, version).route(target)
    if forward is None:
        return None
    sources: dict[str, list[str]] = {}
    mapped: set[str] = set()
    reworded: set[str] = set()
    for newer, olds in forward.sources.items():
        for old in olds:
            sources.setdefault(old, []).append(newer)
            if newer in forward.mapped:
                mapped.add(old)
            if newer in forward.reworded:
                reworded.add(old)
    return Route(
        version,
        {key: tuple(found) for key, found in sources.items()},
        frozenset(mapped),
        frozenset(reworded),
    )


def _route(
    top: RubricPack,
    old: RubricPack,
    ordered: list[RubricPack],
    by_version: dict[str, RubricPack],
) -> Route | None:
    """Follow the newest categories' sources back to ``old``; None when no lineage is crossed
    on the way, or ``old`` is not on the newest version's line (another branch)."""
    current: dict[str, tuple[str, ...]] = {c.key: (c.key,) for c in top.categories}
    mapped: set[str] = set()
    reworded: set[str] = set()
    crossed = False
    here = top
    while version_key(here.version) > version_key(old.version):
        lineage = here.lineage
        if lineage is not None and lineage.previous_version in by_version:
            before = by_version[lineage.previous_version]
            crossed = True
        else:  # by key, from the version just before
            earlier = [p for p in ordered if version_key(p.version) < version_key(here.version)]
            before, lineage = earlier[-1], None
        keys = {c.key for c in before.categories}
        for key, sources in current.items():
            found: list[str] = []
            for source in sources:
                if lineage is None:
                    reached: tuple[str, ...] = (source,)
                else:
                    reached = lineage.sources(source)
                    if reached and reached != (source,):  # renamed, merged or split
                        mapped.add(key)
                    if lineage.reworded(source):
                        reworded.add(key)
                found += [k for k in reached if k in keys and k not in found]
            current[key] = tuple(found)
        here = before
    if here.version != old.version or not crossed:
        return None
    return Route(old.version, current, frozenset(mapped), frozenset(reworded))


@dataclass(frozen=True, slots=True)
class MappedRows:
    """Agreed rows in the newest version's categories, with the marks of the mapped ones."""

    rows: list[tuple[str, str, str, str, float]]  # AgreedRow-shaped; a merge may be a half
    mapped: set[tuple[str, str, str]] = field(default_factory=set)  # (school, year, category)
    reworded: set[tuple[str, str, str]] = field(default_factory=set)


def map_rows(rows: Iterable[VersionedRow], versions: VersionMap) -> MappedRows:
    """Each assessment's levels (one team, year and version) in the newest categories."""
    out = MappedRows([])
    groups: dict[tuple[str, str, str, str], dict[str, list[float]]] = {}
    for school_id, team_id, year, key, level, version in rows:
        if versions.route(version) is None:
            out.rows.append((school_id, team_id, year, key, level))
        else:
            group = groups.setdefault((school_id, team_id, year, version), {})
            group.setdefault(key, []).append(level)
    for (school_id, team_id, year, version), recorded in groups.items():
        route = versions.routes[version]
        for key, value in route.levels(recorded).items():
            out.rows.append((school_id, team_id, year, key, value))
            if key in route.mapped:
                out.mapped.add((school_id, year, key))
            if key in route.reworded:
                out.reworded.add((school_id, year, key))
    return out
