"""Starting, rating and reopening assessments through the services, on a real database."""

from __future__ import annotations

import pytest

from roots_app.domain.assessment import TEAM, Status
from roots_app.errors import BadInputError, NotFoundError
from roots_app.services import assessments
from roots_app.services.context import Roots, open_roots


def test_start_keeps_pack_version_and_members(
    roots: Roots, assessment_id: str, team: tuple[str, list[str]]
) -> None:
    loaded = assessments.load(roots, assessment_id)
    assert loaded.info.pack_id == "cei-six-roots"
    assert loaded.info.pack_version == "1.0.2"
    assert [m.id for m in loaded.present] == team[1]
    assert loaded.info.status is Status.IN_PROGRESS
    assert loaded.current_category == loaded.pack.categories[0].key


def test_ratings_and_evidence_are_saved_at_once(
    data_dir, roots: Roots, assessment_id: str, team: tuple[str, list[str]]
) -> None:
    member = team[1][1]
    loaded = assessments.load(roots, assessment_id)
    key = loaded.pack.categories[2].key
    assessments.rate(roots, loaded, member, key, 4, "Hay intérpretes <b>siempre</b> & más")
    reopened = open_roots(data_dir)  # a second connection sees it: it is committed
    try:
        rating = assessments.load(reopened, assessment_id).rating(member, key)
    finally:
        reopened.close()
    assert (rating.level, rating.evidence) == (4, "Hay intérpretes <b>siempre</b> & más")


def test_status_becomes_agreed_when_every_category_has_a_team_level(
    roots: Roots, assessment_id: str
) -> None:
    loaded = assessments.load(roots, assessment_id)
    keys = [c.key for c in loaded.pack.categories]
    for key in keys[:-1]:
        assert assessments.rate(roots, loaded, TEAM, key, 3, "").status is Status.IN_PROGRESS
    assert assessments.load(roots, assessment_id).unagreed_categories() == keys[-1:]
    assert assessments.rate(roots, loaded, TEAM, keys[-1], 2, "").status is Status.AGREED
    assert assessments.load(roots, assessment_id).info.status is Status.AGREED
    assessments.rate(roots, loaded, TEAM, keys[0], None, "")  # cleared: no longer agreed
    assert assessments.load(roots, assessment_id).info.status is Status.IN_PROGRESS


def test_member_ratings_do_not_count_as_agreement(
    roots: Roots, assessment_id: str, team: tuple[str, list[str]]
) -> None:
    loaded = assessments.load(roots, assessment_id)
    for category in loaded.pack.categories:
        assessments.rate(roots, loaded, team[1][0], category.key, 5, "")
    reloaded = assessments.load(roots, assessment_id)
    assert reloaded.info.status is Status.IN_PROGRESS
    assert reloaded.rated_count(team[1][0]) == 6
    assert reloaded.rated_count(TEAM) == 0


def test_place_is_remembered(roots: Roots, assessment_id: str, team: tuple[str, list[str]]) -> None:
    assessments.remember_place(roots, assessment_id, "inclusivity", team[1][2])
    loaded = assessments.load(roots, assessment_id)
    assert (loaded.current_category, loaded.current_rater) == ("inclusivity", team[1][2])


@pytest.mark.parametrize(
    ("rater", "key", "level", "match"),
    [
        ("team", "no-such-root", 1, "no category"),
        ("team", "inclusivity", 6, "no level 6"),
        ("someone-else", "inclusivity", 1, "not taking part"),
    ],
)
def test_bad_ratings_are_refused_and_nothing_changes(
    roots: Roots, assessment_id: str, rater: str, key: str, level: int, match: str
) -> None:
    loaded = assessments.load(roots, assessment_id)
    with pytest.raises(BadInputError, match=match):
        assessments.rate(roots, loaded, rater, key, level, "")
    assert assessments.load(roots, assessment_id).ratings == {}


def test_start_refuses_bad_year_unknown_pack_and_strangers(
    roots: Roots, team: tuple[str, list[str]]
) -> None:
    team_id, members = team
    with pytest.raises(BadInputError, match="school year"):
        assessments.start(roots, team_id, "cei-six-roots", "2025", members)
    with pytest.raises(NotFoundError, match="No rubric pack"):
        assessments.start(roots, team_id, "no-such-pack", "2025-26", members)
    with pytest.raises(BadInputError, match="not on this team"):
        assessments.start(roots, team_id, "cei-six-roots", "2025-26", ["x"])
    assert assessments.list_assessments(roots) == []


def test_show_json_reports_every_rating(
    roots: Roots, assessment_id: str, team: tuple[str, list[str]]
) -> None:
    loaded = assessments.load(roots, assessment_id)
    assessments.rate(roots, loaded, team[1][0], "inclusivity", 2, "nota")
    assessments.rate(roots, loaded, TEAM, "inclusivity", 3, "acordado")
    document = assessments.as_json(assessments.load(roots, assessment_id), "es")
    inclusivity = next(c for c in document["categories"] if c["key"] == "inclusivity")
    assert inclusivity["agreed_level"] == 3
    assert inclusivity["agreed_label"] == "Creciendo"
    assert inclusivity["agreed_evidence"] == "acordado"
    assert inclusivity["ratings"][0] == {"member_id": team[1][0], "level": 2, "evidence": "nota"}


def test_member_change_after_agreement_is_marked_and_agreement_kept(
    roots: Roots, assessment_id: str, team: tuple[str, list[str]]
) -> None:
    ana = team[1][0]
    loaded = assessments.load(roots, assessment_id)
    assessments.rate(roots, loaded, ana, "inclusivity", 2, "")
    assessments.agree(roots, loaded, "inclusivity", 3, "we saw it", "most said 3")
    document = assessments.as_json(assessments.load(roots, assessment_id))
    inclusivity = next(c for c in document["categories"] if c["key"] == "inclusivity")
    assert inclusivity["changed_since_agreed"] is False
    assert inclusivity["agreed_reason"] == "most said 3"
    assessments.rate(roots, loaded, ana, "inclusivity", 2, "only the note changed")
    again = assessments.as_json(assessments.load(roots, assessment_id))
    assert (
        next(c for c in again["categories"] if c["key"] == "inclusivity")["changed_since_agreed"]
        is False
    )
    assessments.rate(roots, loaded, ana, "inclusivity", 5, "")
    after = assessments.as_json(assessments.load(roots, assessment_id))
    changed = next(c for c in after["categories"] if c["key"] == "inclusivity")
    assert changed["changed_since_agreed"] is True
    assert changed["agreed_level"] == 3


def test_ratings_are_private_until_revealed(roots: Roots, assessment_id: str) -> None:
    assert assessments.load(roots, assessment_id).revealed is False
    assessments.set_revealed(roots, assessment_id, True)
    assert assessments.load(roots, assessment_id).revealed is True
    assert assessments.as_json(assessments.load(roots, assessment_id))["ratings_revealed"] is True


@pytest.mark.parametrize(
    ("year", "said"),
    [("2025-2026", "write it like 2025-26"), ("2025-27", "the second year must follow")],
)
def test_listing_refuses_a_malformed_school_year(roots: Roots, year: str, said: str) -> None:
    """The service checks the year (issue 15), so every caller gets the same clear sentence."""
    with pytest.raises(BadInputError, match=said):
        assessments.list_assessments(roots, year=year)
    assert assessments.list_assessments(roots, year="2025-26") == []


def test_a_folded_list_counts_each_teams_assessments_and_reads_one_team(roots: Roots) -> None:
    from roots_app.services import demo, listing, trash

    demo.make_demo(roots, 3, 2, 5)
    every = assessments.list_assessments(roots)
    counts = listing.counts_by_team(roots)
    assert sum(counts.values()) == len(every)
    team_id = every[0].team_id
    mine = assessments.list_assessments(roots, team_id=team_id)
    assert mine == [i for i in every if i.team_id == team_id]  # same rows, same order
    assert counts[team_id] == len(mine)
    trash.delete(roots, "assessment", mine[0].id)
    assert listing.counts_by_team(roots).get(team_id, 0) == len(mine) - 1
