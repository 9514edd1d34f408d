"""The crosswalk file: the shipped one is valid and says it is Roots' own reading; bad files
are refused with where in the file each problem is."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from roots_app.domain.crosswalk import MappedLevel as Level
from roots_app.domain.crosswalk import Versions, mapped_medians, to_lcff_scale
from roots_app.domain.state_report import PRACTICE_KEYS
from roots_app.errors import CrosswalkError
from roots_app.exchange import crosswalk_file, pack_file

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
SHIPPED = RESOURCES / "crosswalks" / "roots-crosswalk.json"
PACKS = ("cei-six-roots", "lausd-family-empowerment", "lcff-priority-3", "pta-national-standards")


def _known() -> dict[str, dict[str, frozenset[str]]]:
    known: dict[str, dict[str, frozenset[str]]] = {}
    for name in PACKS:
        pack = pack_file.load_pack_file(RESOURCES / "rubrics" / f"{name}.json")
        known.setdefault(pack.id, {})[pack.version] = frozenset(c.key for c in pack.categories)
    return known


def _data() -> dict[str, Any]:
    return json.loads(SHIPPED.read_text(encoding="utf-8"))


def _problems(data: Any) -> list[tuple[str, str]]:
    with pytest.raises(CrosswalkError) as caught:
        crosswalk_file.validate(data, _known(), frozenset(PRACTICE_KEYS))
    return caught.value.problems


def test_the_shipped_crosswalk_is_valid_and_maps_every_category_of_the_other_packs() -> None:
    known = _known()
    found = crosswalk_file.validate(_data(), known, frozenset(PRACTICE_KEYS))
    assert found.target == "lcff-priority-3"
    for name in ("cei-six-roots", "pta-national-standards", "lausd-family-empowerment"):
        ((version, keys),) = known[name].items()
        for key in keys:
            assert found.practices(name, version, key), (name, key)
    # Every practice is reached by some category; every link gives its reason in both languages.
    linked = {link.practice for c in found.links for link in c.practices}
    assert linked == set(PRACTICE_KEYS)
    for category in found.links:
        for link in category.practices:
            assert (
                link.reason["en"] and link.reason["es"] and link.reason["en"] != link.reason["es"]
            )
    # Some links, read from the rubric texts.
    assert found.practices("pta-national-standards", "1.0.2", "speaking-up-for-every-child") == (
        "rights-and-advocacy",
    )
    assert found.practices("pta-national-standards", "1.0.2", "communicating-effectively") == (
        "two-way-communication",
    )
    assert "welcoming-environments" in found.practices(
        "lausd-family-empowerment", "1.0.2", "welcoming-environment"
    )


def test_the_provenance_says_it_is_roots_own_reading_in_both_languages() -> None:
    found = crosswalk_file.crosswalk_from_data(_data())
    assert "Roots' own reading, not an official one" in found.provenance["en"]
    assert "lectura propia de Roots, no una oficial" in found.provenance["es"]


def test_unknown_packs_categories_and_practices_are_refused_with_their_place() -> None:
    data = _data()
    data["links"][0]["pack"] = "no-such-pack"
    data["links"][1]["category"] = "no-such-root"
    data["links"][2]["practices"][1]["practice"] = "no-such-practice"
    data["links"][3]["pack"] = "lcff-priority-3"
    assert _problems(data) == [
        ("links[0].pack", "there is no rubric pack 'no-such-pack' installed"),
        ("links[1].category", "cei-six-roots has no category 'no-such-root' (any version)"),
        (
            "links[2].practices[1].practice",
            "'no-such-practice' is not a category of lcff-priority-3",
        ),
        ("links[3].pack", "links go from other packs to lcff-priority-3, not from it"),
    ]


def test_a_text_missing_in_spanish_is_refused() -> None:
    data = _data()
    data["links"][4]["practices"][0]["reason"]["es"] = "  "
    del data["provenance"]["es"]
    assert _problems(data) == [
        ("provenance.es", "the es text is missing or empty"),
        ("links[4].practices[0].reason.es", "the es text is missing or empty"),
    ]


def test_the_same_category_twice_and_a_practice_twice_are_refused() -> None:
    data = _data()
    data["links"].append(copy.deepcopy(data["links"][0]))
    data["links"][1]["practices"].append(copy.deepcopy(data["links"][1]["practices"][0]))
    last = len(data["links"]) - 1
    assert _problems(data) == [
        ("links[1].practices[4].practice", "'family-strengths-cultures' is named twice"),
        (
            f"links[{last}].category",
            "cei-six-roots 'relationships' is linked twice for the same versions",
        ),
    ]


def test_version_ranges_choose_which_pack_versions_a_link_holds_for() -> None:
    data = _data()
    second = copy.deepcopy(data["links"][0])
    data["links"][0]["versions"] = {"before": "2.0.0"}
    second["versions"] = {"from": "2.0.0"}
    second["practices"] = [second["practices"][1]]
    data["links"].append(second)
    known = _known()
    known["cei-six-roots"]["2.0.0"] = known["cei-six-roots"]["1.0.2"]
    found = crosswalk_file.validate(data, known, frozenset(PRACTICE_KEYS))
    assert found.practices("cei-six-roots", "1.0.2", "relationships") == (
        "staff-capacity-relationships",
        "professional-learning-partnering",
    )
    assert found.practices("cei-six-roots", "2.1.0", "relationships") == (
        "professional-learning-partnering",
    )
    data["links"][0]["versions"] = {"from": "3.0.0", "before": "2.0.0"}
    data["links"][1]["versions"] = {"from": "9.0.0"}
    with pytest.raises(CrosswalkError) as caught:
        crosswalk_file.validate(data, known, frozenset(PRACTICE_KEYS))
    assert caught.value.problems == [
        ("links[0].versions", "'from' must be an earlier version than 'before'"),
        ("links[1].versions", "no installed version of cei-six-roots is in this range"),
    ]
    assert Versions("1.0.0", "2.0.0").overlaps(Versions("1.5.0"))
    assert not Versions(None, "2.0.0").overlaps(Versions("2.0.0"))


def test_schema_problems_name_the_field() -> None:
    data = _data()
    data["links"][0]["practices"] = []
    data["version"] = "one"
    del data["target"]
    problems = _problems(data)
    assert ("", "'target' is a required property") in problems
    assert ("links[0].practices", "[] should be non-empty") in problems
    assert ("version", "'one' does not match '^[0-9]+\\\\.[0-9]+\\\\.[0-9]+$'") in problems


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe{}", "not a UTF-8 text file"),
        (b"{oops", "not valid JSON"),
        (b"[1, 2]", "is not a crosswalk"),
    ],
)
def test_malformed_files_are_refused(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "crosswalk.json"
    path.write_bytes(content)
    with pytest.raises(CrosswalkError, match=message):
        crosswalk_file.read_crosswalk_file(path)


def test_a_rubric_pack_chosen_by_mistake_is_named_as_such() -> None:
    pack = json.loads((RESOURCES / "rubrics" / "cei-six-roots.json").read_text("utf-8"))
    with pytest.raises(CrosswalkError, match="a rubric pack, not a crosswalk"):
        crosswalk_file.validate(pack, _known(), frozenset(PRACTICE_KEYS))


def test_levels_on_the_lcff_scale_and_the_mapped_median_by_hand() -> None:
    assert [to_lcff_scale(v, 3) for v in (1, 2, 3)] == [1.0, 3.0, 5.0]
    assert [round(to_lcff_scale(v, 4), 2) for v in (1, 2, 3, 4)] == [1.0, 2.33, 3.67, 5.0]
    assert [to_lcff_scale(v, 5) for v in (1, 5)] == [1.0, 5.0]
    found = crosswalk_file.crosswalk_from_data(_data())
    year = "2023-24"
    levels = [
        # A PTA team: welcoming 2 (-> 3) speaks to practices 1 and 2; communicating 3 (-> 5)
        # to practice 4.
        Level(year, "a", "pta-national-standards", "1.0.2", 3, "welcoming-all-families", 2),
        Level(year, "a", "pta-national-standards", "1.0.2", 3, "communicating-effectively", 3),
        # A CEI team: inclusivity 4 speaks to 2, 3, 4 and 11; community-friendly 2 to 4 and 9.
        Level(year, "b", "cei-six-roots", "1.0.2", 5, "inclusivity", 4),
        Level(year, "b", "cei-six-roots", "1.0.2", 5, "community-friendly-systems", 2),
        # An empowerment team: welcoming 4 (-> 5) speaks to 1 and 2.
        Level(year, "c", "lausd-family-empowerment", "1.0.2", 4, "welcoming-environment", 4),
    ]
    medians = mapped_medians(found, levels)
    # Practice 2: a 3, b 4, c 5 -> 4. Practice 4: a 5, b median(4, 2) = 3 -> 4.
    # Practice 1: a 3, c 5 -> 4. Practice 9: b 2 alone.
    assert medians[(year, "welcoming-environments")] == (
        4.0,
        3,
        ("cei-six-roots", "lausd-family-empowerment", "pta-national-standards"),
    )
    assert medians[(year, "two-way-communication")] == (
        4.0,
        2,
        ("cei-six-roots", "pta-national-standards"),
    )
    assert medians[(year, "staff-capacity-relationships")][:2] == (4.0, 2)
    assert medians[(year, "staff-capacity-decision-making")] == (2.0, 1, ("cei-six-roots",))
    assert (year, "rights-and-advocacy") not in medians
