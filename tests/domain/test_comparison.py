"""Comparison arithmetic: missing and skipped years, several teams, categories that come and go."""

from __future__ import annotations

import statistics
from itertools import combinations_with_replacement

from roots_app.domain.comparison import (
    MIN_GROUP,
    AgreedRow,
    SchoolRow,
    district,
    school_levels,
    school_progress,
)

KEYS = ["a", "b", "c"]


def rows(school: str, team: str, year: str, levels: dict[str, int]) -> list[AgreedRow]:
    return [AgreedRow(school, team, year, key, level) for key, level in levels.items()]


def test_change_since_the_previous_assessed_year_even_across_a_skipped_year() -> None:
    data = (
        rows("s", "t", "2021-22", {"a": 1, "b": 2, "c": 3})
        + rows("s", "t", "2023-24", {"a": 3, "b": 2, "c": 2})  # 2022-23 skipped
        + rows("s", "t", "2024-25", {"a": 3, "b": 4})
    )  # c not agreed this year
    progress = school_progress("s", data, KEYS, focus=[("2023-24", "a")])
    assert progress.years == ("2021-22", "2023-24", "2024-25")
    a = progress.category("a")
    assert a.levels == {"2021-22": 1, "2023-24": 3, "2024-25": 3}
    assert (a.changes["2023-24"].value, a.changes["2023-24"].since) == (2, "2021-22")
    assert a.changes["2024-25"].direction == "same"
    assert a.focus_years == {"2023-24"}
    c = progress.category("c")
    assert "2024-25" not in c.levels
    assert c.changes["2023-24"].direction == "down"
    assert "2024-25" not in c.changes


def test_a_school_with_one_year_has_no_changes() -> None:
    progress = school_progress("s", rows("s", "t", "2025-26", {"a": 2}), KEYS)
    assert progress.category("a").changes == {}
    assert progress.category("b").levels == {}


def test_several_teams_give_the_median() -> None:
    data = (
        rows("s", "t1", "2025-26", {"a": 1})
        + rows("s", "t2", "2025-26", {"a": 4})
        + rows("s", "t3", "2025-26", {"a": 2})
    )
    assert school_progress("s", data, KEYS).category("a").levels == {"2025-26": 2}
    two = rows("s", "t1", "2025-26", {"a": 1}) + rows("s", "t2", "2025-26", {"a": 4})
    assert school_progress("s", two, KEYS).category("a").levels == {"2025-26": 2.5}


def test_categories_added_or_removed_between_versions_are_kept() -> None:
    data = rows("s", "t", "2023-24", {"a": 2, "old": 3}) + rows("s", "t", "2024-25", {"a": 3})
    progress = school_progress("s", data, ["a", "new"], wording_changed=["a"])
    assert [c.key for c in progress.categories] == ["a", "new", "old"]
    assert progress.category("old").levels == {"2023-24": 3}
    assert progress.category("new").levels == {}
    assert "a" in progress.wording_changed


def test_district_change_distribution_and_privacy() -> None:
    data = (
        rows("s1", "t", "2024-25", {"a": 1, "b": 2})
        + rows("s1", "t", "2025-26", {"a": 3, "b": 2})
        + rows("s2", "t", "2025-26", {"a": 3, "b": 4})
        + rows("s3", "t", "2024-25", {"a": 2})
    )  # not assessed this year
    view = district(
        "2025-26",
        [("s1", "One", "North"), ("s2", "Two", "South"), ("s3", "Three", "East")],
        data,
        ["a", "b"],
        [("a", "family", MIN_GROUP, 2.5), ("a", "teacher", MIN_GROUP - 1, 4.0)],
    )
    assert view.previous == "2024-25"
    assert [s.school_id for s in view.schools] == ["s1", "s2"]
    one, two = view.schools
    assert one.changes == {"a": 2, "b": 0}
    assert one.change == 1
    assert two.change is None  # nothing to compare with
    assert view.distribution == {"a": {3: 2}, "b": {2: 1, 4: 1}}
    groups = {g.role: g for g in view.roles["a"]}
    assert groups["family"].average == 2.5
    assert groups["teacher"].suppressed  # fewer than five raters: not shown


def test_plain_float_means_and_medians_are_the_exact_ones() -> None:
    # The arithmetic is plain floats for speed; for whole and half levels it must give exactly
    # what statistics' exact fractions give (the numbers shown, the JSON written).
    halves = [x / 2 for x in range(2, 11)]  # 1 to 5 in half steps
    for size in range(1, 7):
        for levels in combinations_with_replacement(halves, size):
            row = SchoolRow("s", "S", "r", {str(i): v for i, v in enumerate(levels)}, {})
            assert row.average == statistics.mean(levels)
            changes = {str(i): v - 3 for i, v in enumerate(levels)}  # negative ones too
            assert SchoolRow("s", "S", "r", {}, changes).change == statistics.mean(changes.values())
    for size in range(1, 6):
        for teams in combinations_with_replacement(range(1, 5), size):
            agreed = [AgreedRow("s", f"t{i}", "2025-26", "a", v) for i, v in enumerate(teams)]
            (level,) = school_levels(agreed).values()
            assert level == statistics.median(teams)
