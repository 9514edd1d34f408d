"""Saving paper sheets: a sheet's marks become a person's private ratings, once."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from roots_app.domain.assessment import TEAM, Status
from roots_app.domain.paper import PaperConflict, PaperSheet
from roots_app.domain.people import Role
from roots_app.errors import BadInputError
from roots_app.services import assessments, schools, sheets, trash
from roots_app.services.context import Roots


def _png(shade: int) -> bytes:
    """A small grey strip, as an evidence area's scan would be."""
    ok, data = cv2.imencode(".png", np.full((20, 120), shade, np.uint8))
    assert ok
    return data.tobytes()


@pytest.fixture
def keys(roots: Roots, assessment_id: str) -> list[str]:
    return [c.key for c in assessments.load(roots, assessment_id).pack.categories]


def _levels(roots: Roots, assessment_id: str, rater: str) -> dict[str, int | None]:
    loaded = assessments.load(roots, assessment_id)
    return {key: r.level for (who, key), r in loaded.ratings.items() if who == rater}


def test_a_named_sheet_becomes_the_members_private_ratings(
    roots: Roots, assessment_id: str, team: tuple[str, list[str]], keys: list[str]
) -> None:
    member = team[1][1]
    sheet = PaperSheet(member, None, None, {keys[0]: 3, keys[1]: None, keys[2]: 5})
    result = sheets.save_sheet(roots, assessment_id, sheet)
    assert result.member_id == member and not result.new_member
    assert result.saved == (keys[0], keys[2]) and result.conflicts == ()
    assert _levels(roots, assessment_id, member) == {keys[0]: 3, keys[2]: 5}
    loaded = assessments.load(roots, assessment_id)
    assert (member, keys[0]) in loaded.rated_at  # saved as the walkthrough saves a rating
    assert _levels(roots, assessment_id, TEAM) == {}  # private: no agreed level appears
    assert loaded.info.status == Status.IN_PROGRESS
    assert len(loaded.present) == 3


def test_saving_the_same_sheet_again_changes_nothing(
    roots: Roots, assessment_id: str, team: tuple[str, list[str]], keys: list[str]
) -> None:
    member = team[1][0]
    sheet = PaperSheet(member, None, None, dict.fromkeys(keys, 2), {keys[0]: _png(90)})
    first = sheets.save_sheet(roots, assessment_id, sheet)
    assert first.changed and first.evidence_saved == (keys[0],)
    before = assessments.load(roots, assessment_id).ratings
    again = sheets.save_sheet(roots, assessment_id, sheet)
    assert not again.changed
    assert again.unchanged == tuple(keys) and again.saved == () and again.conflicts == ()
    assert assessments.load(roots, assessment_id).ratings == before  # versions too
    # A second scan of the same handwriting never has the same pixels: not a change.
    rescanned = PaperSheet(member, None, None, dict.fromkeys(keys, 2), {keys[0]: _png(91)})
    assert not sheets.save_sheet(roots, assessment_id, rescanned).changed
    assert sheets.evidence_scans(roots, assessment_id, member) == {keys[0]: _png(90)}


def test_a_saved_rating_that_differs_is_a_conflict_until_overwrite(
    roots: Roots, assessment_id: str, team: tuple[str, list[str]], keys: list[str]
) -> None:
    member = team[1][2]
    loaded = assessments.load(roots, assessment_id)
    assessments.rate(roots, loaded, member, keys[0], 2, "Typed on the laptop")
    sheet = PaperSheet(member, None, None, {keys[0]: 4, keys[1]: 1}, {keys[0]: _png(50)})
    kept = sheets.save_sheet(roots, assessment_id, sheet)
    assert kept.conflicts == (PaperConflict(keys[0], 2, 4),) and not kept.overwritten
    assert kept.saved == (keys[1],)
    assert _levels(roots, assessment_id, member) == {keys[0]: 2, keys[1]: 1}
    replaced = sheets.save_sheet(roots, assessment_id, sheet, overwrite=True)
    assert replaced.overwritten and replaced.saved == (keys[0],)
    assert replaced.unchanged == (keys[1],)
    rating = assessments.load(roots, assessment_id).rating(member, keys[0])
    assert rating.level == 4 and rating.evidence == "Typed on the laptop"  # the note stays
    assert sheets.evidence_scans(roots, assessment_id, member) == {keys[0]: _png(50)}
    newer = PaperSheet(member, None, None, {}, {keys[0]: _png(60)})
    assert sheets.save_sheet(roots, assessment_id, newer, overwrite=True).evidence_saved
    assert sheets.evidence_scans(roots, assessment_id, member) == {keys[0]: _png(60)}


def test_a_blank_sheet_adds_a_participant_to_the_team_once(
    roots: Roots, assessment_id: str, team: tuple[str, list[str]], keys: list[str]
) -> None:
    sheet = PaperSheet(None, "  Rosa   Díaz ", "family", {keys[0]: 5}, sheet_no=4)
    first = sheets.save_sheet(roots, assessment_id, sheet)
    assert first.new_member and first.saved == (keys[0],)
    loaded = assessments.load(roots, assessment_id)
    joined = loaded.present[-1]
    assert (joined.id, joined.display_name, joined.role) == (
        first.member_id,
        "Rosa Díaz",
        Role.FAMILY,
    )
    assert joined.id in {m.id for m in schools.get_team(roots, team[0]).members}
    assert _levels(roots, assessment_id, joined.id) == {keys[0]: 5}
    # The same sheet again (scanned twice, or typed in after the scan) is the same person.
    again = sheets.save_sheet(roots, assessment_id, sheet)
    assert again.member_id == first.member_id and not again.changed
    unnamed = PaperSheet(None, None, "family", {keys[0]: 5}, sheet_no=4)
    assert sheets.save_sheet(roots, assessment_id, unnamed).member_id == first.member_id
    # Sheet 4 of another printing, filled in by someone else, is someone else.
    other = PaperSheet(None, "Tomás Ruiz", "family", {keys[0]: 1}, sheet_no=4)
    assert sheets.save_sheet(roots, assessment_id, other).new_member
    teacher = PaperSheet(None, "Rosa Díaz", "teacher", {keys[0]: 1}, sheet_no=4)
    assert sheets.save_sheet(roots, assessment_id, teacher).new_member
    # Without a number, a sheet is known by its name and role.
    typed = PaperSheet(None, "Lupe Soto", "student", {keys[1]: 2})
    made = sheets.save_sheet(roots, assessment_id, typed)
    assert sheets.save_sheet(roots, assessment_id, typed).member_id == made.member_id
    assert len(assessments.load(roots, assessment_id).present) == 3 + 4


def test_a_blank_sheet_saved_before_its_name_was_read_takes_the_name_later(
    roots: Roots, assessment_id: str, keys: list[str]
) -> None:
    first = sheets.save_sheet(
        roots, assessment_id, PaperSheet(None, None, "community_partner", {keys[0]: 3}, sheet_no=7)
    )
    assert assessments.load(roots, assessment_id).member_name(first.member_id) == "Paper sheet 7"
    named = PaperSheet(None, "Grace Kim", "community_partner", {keys[0]: 3}, sheet_no=7)
    second = sheets.save_sheet(roots, assessment_id, named)
    assert second.member_id == first.member_id and not second.new_member
    assert assessments.load(roots, assessment_id).member_name(first.member_id) == "Grace Kim"


@pytest.mark.parametrize(
    ("change", "sentence"),
    [
        ({"levels": {"no-such-category": 2}}, "has no category 'no-such-category'"),
        ({"levels": {"@0": 9}}, "has no level 9"),
        ({"member_id": "someone-else"}, "not taking part"),
        ({"member_id": None, "role": None}, "needs the role ticked"),
        ({"member_id": None, "role": "parent"}, "needs the role ticked"),
        ({"member_id": None, "role": "family", "name": " "}, "its number or the name"),
        ({"evidence": {"@0": b"GIF89a..."}}, "is not a PNG image"),
        ({"member_id": None, "role": "family", "name": "Bad\x1bname"}, "does not keep"),
        ({"sheet_no": 0}, "starts at 1"),
    ],
)
def test_a_bad_sheet_is_refused_with_a_sentence_and_nothing_is_saved(
    roots: Roots,
    assessment_id: str,
    team: tuple[str, list[str]],
    keys: list[str],
    change: dict[str, object],
    sentence: str,
) -> None:
    fields: dict[str, object] = {
        "member_id": team[1][0],
        "name": None,
        "role": None,
        "levels": {keys[0]: 3, keys[1]: 4},
        "evidence": {},
        "sheet_no": None,
    }
    for name, value in change.items():  # "@0": the pack's first category
        if isinstance(value, dict):
            value = {keys[0] if k == "@0" else k: v for k, v in value.items()}
            value = {**fields[name], **value} if name == "levels" else value  # type: ignore[dict-item]
        fields[name] = value
    before = assessments.load(roots, assessment_id)
    with pytest.raises(BadInputError, match=sentence):
        sheets.save_sheet(roots, assessment_id, PaperSheet(**fields))  # type: ignore[arg-type]
    after = assessments.load(roots, assessment_id)
    assert after.ratings == before.ratings and after.present == before.present
    assert len(schools.get_team(roots, team[0]).members) == 3


def test_a_paper_participant_goes_with_its_assessment_when_the_trash_is_emptied(
    roots: Roots, assessment_id: str, team: tuple[str, list[str]], keys: list[str]
) -> None:
    blank = PaperSheet(None, "Rosa", "family", {keys[0]: 2}, {keys[0]: _png(10)}, sheet_no=1)
    saved = sheets.save_sheet(roots, assessment_id, blank)
    named = PaperSheet(team[1][0], None, None, {keys[0]: 2}, {keys[0]: _png(20)})
    sheets.save_sheet(roots, assessment_id, named)
    school_id = schools.get_team(roots, team[0]).school_id
    trash.delete(roots, "school", school_id)
    trash.remove_for_good(roots, "school", school_id)
    assert sheets.evidence_scans(roots, assessment_id, saved.member_id) == {}
    assert sheets.evidence_scans(roots, assessment_id, team[1][0]) == {}
    assert sheets.paper_ratings(roots, assessment_id) == {}


def test_a_dry_run_says_what_saving_would_do_and_saves_nothing(
    roots: Roots, assessment_id: str, team: tuple[str, list[str]], keys: list[str]
) -> None:
    member = team[1][0]
    assessments.rate(roots, assessments.load(roots, assessment_id), member, keys[0], 1, "")
    before = assessments.load(roots, assessment_id)
    named = PaperSheet(member, None, None, {keys[0]: 3, keys[1]: 2}, {keys[1]: _png(5)})
    preview = sheets.save_sheet(roots, assessment_id, named, dry_run=True)
    assert preview.conflicts == (PaperConflict(keys[0], 1, 3),)
    assert preview.saved == (keys[1],) and preview.evidence_saved == (keys[1],)
    blank = PaperSheet(None, "Rosa", "family", {keys[0]: 2}, sheet_no=2)
    assert sheets.save_sheet(roots, assessment_id, blank, dry_run=True).new_member
    after = assessments.load(roots, assessment_id)
    assert after.ratings == before.ratings and after.present == before.present
    assert sheets.evidence_scans(roots, assessment_id, member) == {}
    assert sheets.save_sheet(roots, assessment_id, blank).new_member  # still new: none saved


def test_paper_ratings_say_which_levels_came_from_which_sheet(
    roots: Roots, assessment_id: str, team: tuple[str, list[str]], keys: list[str]
) -> None:
    member, other = team[1][0], team[1][1]
    loaded = assessments.load(roots, assessment_id)
    assessments.rate(roots, loaded, other, keys[0], 2, "Typed on the laptop")
    sheet = PaperSheet(
        member, None, None, {keys[0]: 3, keys[1]: 4}, {keys[0]: _png(40), keys[2]: _png(41)}, 4
    )
    sheets.save_sheet(roots, assessment_id, sheet)
    said = sheets.paper_ratings(roots, assessment_id)
    assert set(said) == {(member, keys[0]), (member, keys[1]), (member, keys[2])}
    first = said[(member, keys[0])]
    assert (first.level, first.sheet_no, first.handwriting) == (3, 4, True)
    assert not said[(member, keys[1])].handwriting
    assert said[(member, keys[2])].level is None  # writing without a mark: no level from paper
    assert not said[(member, keys[2])].is_source_of(None)
    # Plain values for the screens: the PNG bytes by member and category.
    assert sheets.handwriting(roots, assessment_id, keys[0]) == {(member, keys[0]): _png(40)}
    assert set(sheets.handwriting(roots, assessment_id)) == {(member, keys[0]), (member, keys[2])}
    # A level changed on the laptop afterwards no longer came from paper.
    after = assessments.load(roots, assessment_id)
    assert first.is_source_of(after.rating(member, keys[0]).level)
    assessments.rate(roots, after, member, keys[0], 1, "")
    again = assessments.load(roots, assessment_id).rating(member, keys[0]).level
    assert not sheets.paper_ratings(roots, assessment_id)[(member, keys[0])].is_source_of(again)


def test_a_conflict_kept_is_not_papers_and_the_first_sheet_number_stays(
    roots: Roots, assessment_id: str, team: tuple[str, list[str]], keys: list[str]
) -> None:
    member = team[1][2]
    assessments.rate(roots, assessments.load(roots, assessment_id), member, keys[0], 2, "")
    sheets.save_sheet(roots, assessment_id, PaperSheet(member, None, None, {keys[1]: 5}, {}, 3))
    later = PaperSheet(member, None, None, {keys[0]: 4, keys[1]: 5}, {}, 9)
    sheets.save_sheet(roots, assessment_id, later)  # keys[0] is a conflict, left as saved
    said = sheets.paper_ratings(roots, assessment_id)
    assert (member, keys[0]) not in said
    assert said[(member, keys[1])].sheet_no == 3
    sheets.save_sheet(roots, assessment_id, later, overwrite=True)
    said = sheets.paper_ratings(roots, assessment_id)
    assert (said[(member, keys[0])].level, said[(member, keys[0])].sheet_no) == (4, 9)
    assert said[(member, keys[1])].sheet_no == 9
    # A dry run remembers nothing.
    other = team[1][1]
    sheets.save_sheet(
        roots, assessment_id, PaperSheet(other, None, None, {keys[0]: 1}), dry_run=True
    )
    assert not any(who == other for who, _ in sheets.paper_ratings(roots, assessment_id))
