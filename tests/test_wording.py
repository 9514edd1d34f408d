"""Wording people read in every place: US spelling in English, sentence case in Spanish titles."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKS = sorted((REPO / "resources" / "rubrics").glob("*.json"))
BRITISH = re.compile(
    r"\b(centre|colour|behaviour|favour|honour|labour|neighbour|organis\w*|recognis\w*|"
    r"prioritis\w*|practise[sd]?|licence|programme|fulfil|enrolment|catalogue)\b",
    re.IGNORECASE,
)


# Names inside titles keep their capital: "Prioridad 3" is the state's name for the priority.
NAMES = {"Prioridad"}


def _texts(node: Any, language: str) -> Iterator[str]:
    """Every text of one language in a pack (its bilingual objects)."""
    if isinstance(node, dict):
        if isinstance(node.get(language), str):
            yield node[language]
        for value in node.values():
            yield from _texts(value, language)
    elif isinstance(node, list):
        for value in node:
            yield from _texts(value, language)


@pytest.mark.parametrize("path", PACKS, ids=lambda p: p.stem)
def test_pack_english_is_spelled_the_american_way(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert [m.group(0) for t in _texts(data, "en") for m in BRITISH.finditer(t)] == []


def test_interface_english_is_spelled_the_american_way() -> None:
    root = ET.parse(REPO / "i18n" / "roots_app_es.ts").getroot()
    sources = [m.findtext("source") or "" for m in root.iter("message")]
    assert [s for s in sources if BRITISH.search(s)] == []


@pytest.mark.parametrize("path", PACKS, ids=lambda p: p.stem)
def test_spanish_titles_are_in_sentence_case(path: Path) -> None:
    """Spanish capitalizes only a title's first word (and names): "Seis raíces esenciales"."""
    data = json.loads(path.read_text(encoding="utf-8"))
    titles = [data["title"]["es"], data["short_title"]["es"]]
    if data.get("scale_name"):
        titles.append(data["scale_name"]["es"])
    for title in titles:
        later = re.findall(r"\w+", title)[1:]
        capitalized = [
            w
            for w in later
            if w[0].isupper()
            and not w.isupper()  # PTA, LCFF pass
            and w not in NAMES
        ]
        assert capitalized == [], title


def test_the_interface_never_says_records() -> None:
    """People keep schools, ratings and plans, not "records" ("registros" only for the log)."""
    root = ET.parse(REPO / "i18n" / "roots_app_es.ts").getroot()
    found = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        spanish = re.sub(
            r"archivos? de &?registro", "", message.findtext("translation") or "", flags=re.I
        )
        if re.search(r"\brecords?\b", source, re.IGNORECASE) or re.search(
            r"\bregistros?\b", spanish, re.IGNORECASE
        ):
            found.append(source)
    assert found == []
