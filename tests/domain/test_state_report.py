"""The state's report beside the teams': the arithmetic, checked against hand-worked numbers."""

from __future__ import annotations

from roots_app.domain.state_report import (
    PRACTICE_KEYS,
    Lea,
    LeaKind,
    StateResult,
    lea_kind,
    school_year_of_file,
    state_beside,
)

FIRST, SECOND = PRACTICE_KEYS[0], PRACTICE_KEYS[1]


def test_the_2022_file_holds_2021_22() -> None:
    assert school_year_of_file(2022) == "2021-22"
    assert school_year_of_file(2000) == "1999-00"


def test_the_kind_of_lea_from_its_code() -> None:
    assert lea_kind("19647330000000") is LeaKind.DISTRICT
    assert lea_kind("19101990000000") is LeaKind.COUNTY_OFFICE
    assert lea_kind("19647331933738") is LeaKind.CHARTER


def _report(year: int, first: int, second: int = 0) -> StateResult:
    ratings = dict.fromkeys(PRACTICE_KEYS, 3) | {FIRST: first, SECOND: second}
    return StateResult("19647330000000", "LAUSD", year, ratings)


def test_state_beside_the_teams_median_difference_and_changes() -> None:
    lea = Lea("19647330000000", "LAUSD", LeaKind.DISTRICT)
    agreed = [
        ("2021-22", FIRST, 2),
        ("2021-22", FIRST, 3),
        ("2021-22", FIRST, 5),  # median 3
        ("2022-23", FIRST, 1),
        ("2022-23", FIRST, 4),  # median 2.5
        ("2023-24", SECOND, 2),  # teams only, no state file that year
    ]
    view = state_beside(lea, [_report(2022, 4), _report(2023, 2, 5)], agreed)
    assert [y.year for y in view.years] == ["2021-22", "2022-23", "2023-24"]
    first = [y.practices[0] for y in view.years]
    assert [(p.state, p.teams, p.teams_count, p.difference) for p in first] == [
        (4, 3.0, 3, 1.0),
        (2, 2.5, 2, -0.5),
        (None, None, 0, None),
    ]
    assert first[0].state_change is None
    assert (first[1].state_change.value, first[1].state_change.since) == (-2, "2021-22")
    assert (first[1].teams_change.value, first[1].teams_change.since) == (-0.5, "2021-22")
    second = [y.practices[1] for y in view.years]
    assert [p.state for p in second] == [None, 5, None]  # 0 is no rating
    assert second[2].teams == 2.0 and second[2].teams_change is None
    assert [y.reported for y in view.years] == [True, True, False]
    only = state_beside(lea, [_report(2022, 4), _report(2023, 2, 5)], agreed, ["2022-23"])
    assert [y.year for y in only.years] == ["2022-23"]
    assert only.years[0].practices[0].state_change.since == "2021-22"
