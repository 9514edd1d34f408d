"""The shipped packs say exactly what is known about their wording (issue 20), read from the
files themselves: ../shared/reference/rubric-content.md is what they are compared against."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from roots_app.errors import PackError
from roots_app.exchange import pack_file

RUBRICS = Path(__file__).resolve().parent.parent / "resources" / "rubrics"
PACKS = sorted(RUBRICS.glob("*.json"))


def _pack(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((RUBRICS / f"{name}.json").read_text(encoding="utf-8"))
    return data


def _category(data: dict[str, Any], key: str) -> dict[str, Any]:
    found: dict[str, Any] = next(c for c in data["categories"] if c["key"] == key)
    return found


def _spanish(node: Any) -> list[str]:
    if isinstance(node, dict):
        here = [node["es"]] if isinstance(node.get("es"), str) else []
        return here + [t for value in node.values() for t in _spanish(value)]
    if isinstance(node, list):
        return [t for value in node for t in _spanish(value)]
    return []


def test_cei_root_3_indicators_from_the_quiz_are_marked_inferred_like_its_title() -> None:
    data = _pack("cei-six-roots")
    indicators = _category(data, "engagement-expertise")["indicators"]
    # None claims to come from the source: two are inferred, the rest were written by Roots.
    assert [(i.get("inferred", False), i.get("added", False)) for i in indicators] == [
        (True, False),
        (True, False),
        (False, True),
        (False, True),
        (False, True),
    ]
    assert "hire" in indicators[0]["text"]["en"]
    assert "school site" in indicators[1]["text"]["en"]
    assert "first two indicators are inferred" in data["provenance"]["en"]
    assert "dos primeros indicadores de la Raíz 3 se dedujeron" in data["provenance"]["es"]
    pack = pack_file.validate(data)
    assert [i.inferred for i in pack.category("engagement-expertise").indicators][:2] == [True] * 2


def test_cei_root_4_examples_of_hard_times_are_marked_as_added() -> None:
    indicators = _category(_pack("cei-six-roots"), "committed-leaders")["indicators"]
    sourced = [i["text"]["en"] for i in indicators if not i.get("added")]
    assert not [t for t in sourced if re.search(r"such as|budget|leadership change", t)]
    added = [i["text"] for i in indicators if i.get("added")]
    assert len(added) == 1
    assert "budget cuts" in added[0]["en"]
    assert "recortes de presupuesto" in added[0]["es"]


def test_cei_root_5_keeps_every_term_the_source_lists() -> None:
    indicators = _category(_pack("cei-six-roots"), "inclusivity")["indicators"]
    english = " ".join(i["text"]["en"] for i in indicators)
    spanish = " ".join(i["text"]["es"] for i in indicators)
    for term in ("historic", "systemic racism", "inequities", "white supremacy", "privilege"):
        assert term in english
    for term in ("históricas", "racismo", "desigualdades", "supremacía blanca", "privilegio"):
        assert term in spanish
    for term in ("unconscious", "translation", "interpretation", "authority", "marginalized"):
        assert term in english


def test_lcff_description_includes_county_offices_and_provenance_says_8_to_12_partly() -> None:
    data = _pack("lcff-priority-3")
    assert "county office of education" in data["description"]["en"]
    assert "oficina de educación del condado" in data["description"]["es"]
    assert "practices 8 to 12 has been only partly confirmed" in data["provenance"]["en"]
    assert "prácticas 8 a 12 solo se ha podido confirmar en parte" in data["provenance"]["es"]


def test_pta_level_names_come_from_the_assessment_guide() -> None:
    data = _pack("pta-national-standards")
    assert [lv["label"]["en"] for lv in data["levels"]] == ["Emerging", "Progressing", "Excelling"]
    assert "level names (Emerging, Progressing, Excelling) come from" in data["provenance"]["en"]
    assert "Assessment Guide" in data["provenance"]["en"]
    assert "Guía de evaluación" in data["provenance"]["es"]


@pytest.mark.parametrize("path", PACKS, ids=lambda p: p.stem)
def test_spanish_level_names_do_not_sound_alike(path: Path) -> None:
    """Read aloud in a meeting, the last word is the one people catch: no two levels end with
    the same word (LCFF's 2 and 3 were "Desarrollo inicial" and "Implementación inicial")."""
    labels = [lv["label"]["es"] for lv in json.loads(path.read_text("utf-8"))["levels"]]
    last = [re.findall(r"\w+", label)[-1].lower() for label in labels]
    assert len(set(last)) == len(last), labels


def test_lcff_spanish_levels_keep_the_states_meaning() -> None:
    labels = [lv["label"] for lv in _pack("lcff-priority-3")["levels"]]
    assert labels[1] == {"en": "Beginning Development", "es": "Comienzo del desarrollo"}
    assert labels[2] == {"en": "Initial Implementation", "es": "Implementación inicial"}


@pytest.mark.parametrize("path", PACKS, ids=lambda p: p.stem)
def test_one_child_is_always_hijo_o_hija(path: Path) -> None:
    texts = _spanish(json.loads(path.read_text(encoding="utf-8")))
    lone = [t for t in texts if re.search(r"\bhijo\b(?! o hija)|(?<!hijo o )\bhija\b", t)]
    assert lone == []


# Every version Roots has shipped, with its content hash: a version once shipped never changes.
SHIPPED = {
    ("cei-six-roots", "1.0.1"): "a91b41d21580d6c52ee83bd895d634c7bee7dac28cef8658868cd3214658d283",
    ("cei-six-roots", "1.0.2"): "a91f8abe11cf8c8c4cb0c56bfefb3521c1579d421ecd90dfb821a0630928b818",
    ("lausd-family-empowerment", "1.0.1"): (
        "d330b1e055b001b39c110f5216dea9b8690c31faa0f319802f62312010a005f0"
    ),
    ("lausd-family-empowerment", "1.0.2"): (
        "49ffafd035267ecd3334c654d7acd93b0ace3c196f3415cce82b0ba9950298df"
    ),
    ("lcff-priority-3", "1.0.1"): (
        "6bf598695461697cfe29c8df26c4c6938752605cb2d909bde066c03c8543d3c2"
    ),
    ("lcff-priority-3", "1.0.2"): (
        "c9fb17c73d611e4fe8f9543e83321a4dced2d869353845e9414ff41a3b20b97c"
    ),
    ("pta-national-standards", "1.0.1"): (
        "9cb29a0cf712fe5b0361de6cfa32480eb643a7e1c183b7fc169c68168b04f788"
    ),
    ("pta-national-standards", "1.0.2"): (
        "d6d7c4e648ebc94d48064398c87bdc9544975ff78cc70f8a6a5e02da54ed0d65"
    ),
}


@pytest.mark.parametrize("path", PACKS, ids=lambda p: p.stem)
def test_changed_shipped_text_has_a_new_version(path: Path) -> None:
    """Changing shipped text means a new version number (computers that kept the old one refuse
    the same version with other content): a shipped version's content never changes, and a new
    version is recorded here when it ships."""
    data = json.loads(path.read_text(encoding="utf-8"))
    ref = (data["id"], data["version"])
    assert ref in SHIPPED, f"record {ref} in SHIPPED"
    assert pack_file.content_hash(data) == SHIPPED[ref], f"{ref} changed: give it a new version"


def test_an_indicator_cannot_be_both_added_and_inferred() -> None:
    data = _pack("cei-six-roots")
    _category(data, "engagement-expertise")["indicators"][0]["added"] = True
    with pytest.raises(PackError) as caught:
        pack_file.validate(data)
    assert caught.value.problems == [
        ("categories[2].indicators[0]", "an indicator is either added or inferred")
    ]
