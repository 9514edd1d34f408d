"""Levels on another version of a pack read into the crosswalk's categories through the
lineage (crosswalk.read_through_lineages), by hand: the nearest version the crosswalk links,
several versions back, a link a district bounded, a pack whose versions are not given."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from roots_app.domain.crosswalk import (
    Crosswalk,
    MappedLevel,
    lineage_practices,
    mapped_medians,
    read_through_lineages,
)
from roots_app.domain.rubric import RubricPack
from roots_app.exchange import crosswalk_file, pack_file
from tests import pack_versions

REPO = Path(__file__).resolve().parent.parent.parent
CEI = "cei-six-roots"
YEAR = "2023-24"


def _shipped() -> dict[str, Any]:
    path = REPO / "resources" / "crosswalks" / "roots-crosswalk.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _packs() -> list[RubricPack]:
    """CEI 1.0.2, 2.0.0 (renames, merges, splits) and 2.1.0 (no lineage: 2.0.0 by key)."""
    newer = pack_versions.cei_2_0_0()
    later = copy.deepcopy(newer)
    later["version"] = "2.1.0"
    del later["lineage"]
    shipped = json.loads(pack_versions.CEI.read_text(encoding="utf-8"))
    return [pack_file.pack_from_data(d) for d in (shipped, newer, later)]


def _levels(version: str, levels: dict[str, int]) -> list[MappedLevel]:
    return [MappedLevel(YEAR, "a", CEI, version, 5, key, level) for key, level in levels.items()]


def test_two_versions_on_read_back_to_the_one_the_crosswalk_links() -> None:
    walk = crosswalk_file.crosswalk_from_data(_shipped())
    scored = {"trusting-relationships": 4, "principal-leadership": 5, "teacher-leadership": 2}
    read = read_through_lineages(walk, _levels("2.1.0", scored), {CEI: _packs()})
    got = sorted((r.pack_version, r.category, r.level, r.lineage) for r in read)
    # 2.1.0 continues 2.0.0 by key; 2.0.0's lineage leads to 1.0.2: the rename keeps 4, the
    # split since gives committed-leaders the median of its parts (5, 2).
    assert got == [("1.0.2", "committed-leaders", 3.5, True), ("1.0.2", "relationships", 4, True)]
    assert lineage_practices(walk, read) == {
        (YEAR, key)
        for key in (
            "staff-capacity-relationships",
            "professional-learning-partnering",
            "staff-capacity-decision-making",
            "co-planning-engagement",
        )
    }
    medians = mapped_medians(walk, read)
    assert medians[(YEAR, "co-planning-engagement")] == (3.5, 1, (CEI,))


def test_a_link_a_district_bounded_is_not_followed_and_new_categories_stay_out() -> None:
    data = _shipped()
    for link in data["links"]:
        if link["pack"] == CEI and link["category"] == "inclusivity":
            link["versions"] = {"before": "2.0.0"}  # the district ended this link
    walk = crosswalk_file.crosswalk_from_data(data)
    scored = {"inclusivity": 3, "family-voice": 5}
    read = read_through_lineages(walk, _levels("2.0.0", scored), {CEI: _packs()})
    # Inclusivity is named by the crosswalk: read by key, and its range excludes 2.0.0.
    assert [(r.category, r.lineage) for r in read] == [("inclusivity", False)]
    assert mapped_medians(walk, read) == {}
    assert lineage_practices(walk, read) == set()


def test_without_the_packs_versions_levels_are_read_by_key() -> None:
    walk: Crosswalk = crosswalk_file.crosswalk_from_data(_shipped())
    levels = _levels("2.0.0", {"trusting-relationships": 4})
    assert read_through_lineages(walk, levels, {}) == levels
    assert mapped_medians(walk, levels) == {}
