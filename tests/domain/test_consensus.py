"""Spread, median and disagreement flags, on scales of 3, 4 and 5 levels."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from roots_app.domain.assessment import TEAM, Assessment, AssessmentInfo, Rating, Status
from roots_app.domain.consensus import category_consensus, consensus, strengths_and_growth
from roots_app.domain.people import Member, Role
from roots_app.exchange.pack_file import load_pack_file

RUBRICS = Path(__file__).resolve().parents[2] / "resources" / "rubrics"
PACKS = {
    3: "pta-national-standards",
    4: "lausd-family-empowerment",
    5: "cei-six-roots",
}
T0 = datetime(2026, 3, 1, tzinfo=UTC)


def make(
    levels_by_member: dict[str, int | None], scale: int = 5, agreed: int | None = None, **extra
) -> Assessment:  # type: ignore[no-untyped-def]
    pack = load_pack_file(RUBRICS / f"{PACKS[scale]}.json")
    key = pack.categories[0].key
    members = tuple(Member(m, "team", m.title(), Role.FAMILY) for m in levels_by_member)
    ratings = {(m, key): Rating(key, m, level) for m, level in levels_by_member.items()}
    if agreed is not None:
        ratings[(TEAM, key)] = Rating(key, TEAM, agreed)
    info = AssessmentInfo(
        "a", "s", "S", "team", "T", pack.id, pack.version, "2025-26", Status.IN_PROGRESS
    )
    return Assessment(info, pack, members, ratings, **extra)


def first(assessment: Assessment):  # type: ignore[no-untyped-def]
    return category_consensus(assessment, assessment.pack.categories[0])


@pytest.mark.parametrize("scale", [3, 4, 5])
def test_spread_median_and_far_apart_on_every_scale(scale: int) -> None:
    seen = first(make({"ana": 1, "luis": 3, "mei": 2}, scale))
    assert (seen.lowest, seen.highest, seen.median) == (1, 3, 2)
    assert seen.far_apart
    close = first(make({"ana": 2, "luis": 3, "mei": 3}, scale))
    assert not close.far_apart
    assert close.median == 3


def test_members_who_skipped_are_left_out_and_listed() -> None:
    seen = first(make({"ana": 4, "luis": None, "mei": 2}))
    assert seen.levels == {"ana": 4, "mei": 2}
    assert seen.skipped == ("luis",)
    assert seen.median == 3
    assert seen.far_apart


def test_nobody_rated_yet() -> None:
    seen = first(make({"ana": None, "luis": None}))
    assert (seen.lowest, seen.highest, seen.median) == (None, None, None)
    assert not seen.far_apart
    assert not seen.needs_discussion


def test_a_team_of_one_never_disagrees() -> None:
    seen = first(make({"ana": 5}))
    assert (seen.lowest, seen.highest, seen.median) == (5, 5, 5)
    assert not seen.far_apart
    assert seen.standing_alone == ()


def test_a_rating_stands_alone_when_two_levels_from_all_others() -> None:
    assert first(make({"ana": 1, "luis": 3, "mei": 3, "rosa": 4})).standing_alone == ("ana",)
    assert first(make({"ana": 2, "luis": 3, "mei": 3})).standing_alone == ()
    # With two raters, "alone" means nothing: far apart covers it.
    assert first(make({"ana": 1, "luis": 5})).standing_alone == ()


def test_changed_since_agreed() -> None:
    agreed_at = {"relationships": T0}
    kept = make(
        {"ana": 3},
        agreed=3,
        agreed_at=agreed_at,
        rated_at={("ana", "relationships"): T0 - timedelta(minutes=5)},
    )
    assert not first(kept).changed_since_agreed
    changed = make(
        {"ana": 4},
        agreed=3,
        agreed_at=agreed_at,
        rated_at={("ana", "relationships"): T0 + timedelta(minutes=5)},
    )
    assert first(changed).changed_since_agreed
    assert first(changed).needs_discussion
    assert first(changed).agreed == 3  # the agreed level stays: it is the team's call


def test_strengths_and_growth_areas() -> None:
    assessment = make({"ana": 3})
    pack = assessment.pack
    agreed = dict(zip([c.key for c in pack.categories], [5, 2, 4, 1, 3, 5], strict=True))
    ratings = {(TEAM, k): Rating(k, TEAM, v) for k, v in agreed.items()}
    picked = strengths_and_growth(Assessment(assessment.info, pack, (), ratings))
    assert set(picked.strengths) == {k for k, v in agreed.items() if v == 5}
    assert set(picked.growth) == {k for k, v in agreed.items() if v in (1, 2)}
    flat = {(TEAM, k): Rating(k, TEAM, 3) for k in agreed}
    assert strengths_and_growth(Assessment(assessment.info, pack, (), flat)).strengths == ()


def test_consensus_covers_every_category() -> None:
    assessment = make({"ana": 2})
    assert [c.key for c in consensus(assessment)] == [c.key for c in assessment.pack.categories]
