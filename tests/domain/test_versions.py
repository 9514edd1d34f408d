"""Levels agreed on older pack versions read in the newest version's categories: renames carry
their level, merges take the median, splits copy it, new categories have no history, retired ones
drop out, through a chain of versions (1.0.2 -> 1.1.0 -> 2.0.0), each mapped value marked."""

from __future__ import annotations

import copy
import json
from typing import Any

from roots_app.domain.comparison import district, school_progress
from roots_app.domain.rubric import RubricPack
from roots_app.domain.versions import map_rows, route_between, version_map
from roots_app.exchange import pack_file
from tests import pack_versions

OLD = json.loads(pack_versions.CEI.read_text(encoding="utf-8"))
OLD_LEVELS = {
    "relationships": 2,
    "families-as-experts": 3,
    "engagement-expertise": 4,
    "committed-leaders": 2,
    "inclusivity": 5,
    "community-friendly-systems": 1,
}


def _pack(data: dict[str, Any]) -> RubricPack:
    return pack_file.validate(data)


def _middle() -> dict[str, Any]:
    """1.1.0: ``relationships`` renamed ``bonds``, nothing else changed."""
    data = copy.deepcopy(OLD)
    data["version"] = "1.1.0"
    data["categories"][0]["key"] = "bonds"
    data["lineage"] = {
        "previous_version": "1.0.2",
        "categories": [{"key": "bonds", "from": ["relationships"]}],
    }
    return data


def _chain() -> list[RubricPack]:
    newest = pack_versions.cei_2_0_0(previous_version="1.1.0")
    newest["lineage"]["categories"][0]["from"] = ["bonds"]
    return [_pack(OLD), _pack(_middle()), _pack(newest)]


def test_each_kind_of_change_through_a_chain_of_versions() -> None:
    versions = version_map(_chain())
    assert versions.newest == "2.0.0"
    route = versions.route("1.0.2")
    assert route is not None
    recorded = {key: [level] for key, level in OLD_LEVELS.items()}
    assert route.levels(recorded) == {
        "trusting-relationships": 2,  # renamed twice
        "shared-expertise": 3.5,  # the median of 3 and 4
        "principal-leadership": 2,  # split: each takes the level
        "teacher-leadership": 2,
        "inclusivity": 5,  # continues
    }  # family-voice is new: no level; community-friendly-systems retired: gone
    assert route.mapped == {
        "trusting-relationships",
        "shared-expertise",
        "principal-leadership",
        "teacher-leadership",
    }
    assert route.reworded == {"shared-expertise", "inclusivity"}
    middle = versions.route("1.1.0")
    assert middle is not None and middle.sources["trusting-relationships"] == ("bonds",)
    assert versions.route("2.0.0") is None  # the newest reads as it is


def test_a_category_merged_twice_takes_the_median_of_every_source() -> None:
    middle = copy.deepcopy(OLD)
    middle["version"] = "1.1.0"
    middle["categories"] = [c for c in middle["categories"] if c["key"] != "engagement-expertise"]
    middle["categories"][1]["key"] = "expertise"
    middle["lineage"] = {
        "previous_version": "1.0.2",
        "categories": [
            {"key": "expertise", "from": ["families-as-experts", "engagement-expertise"]}
        ],
    }
    newest = copy.deepcopy(middle)
    newest["version"] = "2.0.0"
    newest["categories"] = [c for c in newest["categories"] if c["key"] != "committed-leaders"]
    newest["lineage"] = {
        "previous_version": "1.1.0",
        "categories": [{"key": "expertise", "from": ["expertise", "committed-leaders"]}],
    }
    versions = version_map([_pack(OLD), _pack(middle), _pack(newest)])
    route = versions.route("1.0.2")
    assert route is not None
    # median(3, 4, 2) = 3, not the median of the medians (3.5 and 2: 2.75)
    assert route.levels({k: [v] for k, v in OLD_LEVELS.items()})["expertise"] == 3
    assert route.mapped == {"expertise"}


def test_versions_without_a_lineage_are_read_by_key_unmarked() -> None:
    plain = copy.deepcopy(OLD)
    plain["version"] = "1.1.0"
    plain["categories"][0]["title"]["en"] = "New title"
    versions = version_map([_pack(OLD), _pack(plain)])
    assert versions.routes == {}
    rows = [("s", "t", "2023-24", "relationships", 2, "1.0.2")]
    mapped = map_rows(rows, versions)
    assert mapped.rows == [("s", "t", "2023-24", "relationships", 2)]
    assert mapped.mapped == set() and mapped.reworded == set()


def test_a_version_off_the_newest_line_is_read_by_key() -> None:
    branch = copy.deepcopy(OLD)
    branch["version"] = "1.5.0"  # no lineage; 2.0.0 continues 1.0.2 directly
    versions = version_map([_pack(OLD), _pack(branch), _pack(pack_versions.cei_2_0_0())])
    assert versions.route("1.5.0") is None
    assert versions.route("1.0.2") is not None


def _rows(school: str, team: str, year: str, version: str, levels: dict[str, int]) -> list:
    return [(school, team, year, key, level, version) for key, level in levels.items()]


def test_a_schools_trend_continues_across_the_change_with_marks() -> None:
    versions = version_map(_chain())
    new = dict.fromkeys(pack_versions.NEW_KEYS, 4)
    rows = (
        _rows("s", "a", "2023-24", "1.0.2", OLD_LEVELS)
        # a second team: merge per team first (3.5 and 2), then the teams' median
        + _rows(
            "s",
            "b",
            "2023-24",
            "1.0.2",
            {**OLD_LEVELS, "families-as-experts": 1, "engagement-expertise": 3},
        )
        + _rows("s", "a", "2024-25", "1.1.0", {"bonds": 3, "families-as-experts": 2})
        + _rows("s", "a", "2025-26", "2.0.0", new)
    )
    mapped = map_rows(rows, versions)
    progress = school_progress(
        "s", mapped.rows, pack_versions.NEW_KEYS, (), (), mapped.mapped, mapped.reworded
    )
    assert [c.key for c in progress.categories] == pack_versions.NEW_KEYS  # retired: gone
    shared = progress.category("shared-expertise")
    assert shared.levels == {"2023-24": 2.75, "2024-25": 2, "2025-26": 4}
    assert shared.mapped_years == {"2023-24", "2024-25"}
    assert shared.reworded_years == {"2023-24", "2024-25"}
    assert shared.changes["2025-26"].value == 2 and shared.change_mapped("2025-26")
    trusting = progress.category("trusting-relationships")
    assert trusting.levels == {"2023-24": 2, "2024-25": 3, "2025-26": 4}
    assert trusting.reworded_years == frozenset()
    assert progress.category("family-voice").levels == {"2025-26": 4}
    assert progress.category("family-voice").mapped_years == frozenset()
    assert progress.category("inclusivity").mapped_years == frozenset()  # same key, reworded
    assert progress.category("inclusivity").reworded_years == {"2023-24"}
    assert progress.wording_changed == {"shared-expertise", "inclusivity"}

    year = district(
        "2025-26",
        [("s", "School", "North"), ("t", "Other", "South")],
        mapped.rows + map_rows(_rows("t", "c", "2025-26", "1.0.2", OLD_LEVELS), versions).rows,
        pack_versions.NEW_KEYS,
        mapped=mapped.mapped
        | map_rows(_rows("t", "c", "2025-26", "1.0.2", OLD_LEVELS), versions).mapped,
        reworded=mapped.reworded,
    )
    school, other = year.schools
    assert school.changes["shared-expertise"] == 2  # 4 against 2 (mapped from 1.1.0)
    assert school.mapped == frozenset()  # scored on 2.0.0 this year
    assert school.mapped_changes == {"trusting-relationships", "shared-expertise"}
    assert school.reworded == {"shared-expertise"}
    assert other.levels["shared-expertise"] == 3.5  # scored on 1.0.2 this year
    assert other.mapped == {
        "trusting-relationships",
        "shared-expertise",
        "principal-leadership",
        "teacher-leadership",
    }
    assert year.distribution["shared-expertise"] == {4: 1, 3: 1}


def test_a_lineage_naming_a_version_not_known_reads_by_key() -> None:
    # 2.0.0 continues 1.5.0, which is not installed: its lineage cannot be followed, so the
    # older 1.0.2 is read by key (only its unchanged categories continue), unmarked.
    versions = version_map([_pack(OLD), _pack(pack_versions.cei_2_0_0(previous_version="1.5.0"))])
    assert versions.route("1.0.2") is None
    rows = [("s", "t", "2023-24", "inclusivity", 3, "1.0.2")]
    assert map_rows(rows, versions).rows == [("s", "t", "2023-24", "inclusivity", 3)]


def test_a_newer_version_read_back_in_an_older_versions_categories() -> None:
    """The state's practices are an older version's categories: a newer version is read back
    (a merged category gives its level to each source, a split one the median of its parts,
    a renamed one its level); an older version forward, as the views read it."""
    chain = _chain()
    back = route_between(chain, "2.0.0", "1.0.2")
    assert back is not None and back.version == "2.0.0"
    new_levels = {"trusting-relationships": [2], "shared-expertise": [4], "inclusivity": [3]}
    new_levels |= {"principal-leadership": [2], "teacher-leadership": [3], "family-voice": [5]}
    assert back.levels(new_levels) == {
        "relationships": 2,  # renamed twice
        "families-as-experts": 4,  # merged: each source takes the level
        "engagement-expertise": 4,
        "committed-leaders": 2.5,  # split: the median of its parts
        "inclusivity": 3,
    }  # family-voice is new: no older category; community-friendly-systems retired: none
    assert back.mapped == {
        "relationships",
        "families-as-experts",
        "engagement-expertise",
        "committed-leaders",
    }
    assert back.reworded == {"families-as-experts", "engagement-expertise", "inclusivity"}
    forward = route_between(chain, "1.0.2", "2.0.0")
    assert forward == version_map(chain).route("1.0.2")
    assert route_between(chain, "1.0.2", "1.0.2") is None
    plain = [_pack(OLD), _pack(OLD | {"version": "1.0.3"})]  # no lineage: read by key
    assert route_between(plain, "1.0.3", "1.0.2") is None
