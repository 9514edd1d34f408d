"""The narrative draft's rule on plain domain objects: the edges the service tests do not reach
(a focus not agreed yet, a team with every practice at one level, whitespace-only text, a
language Roots does not know)."""

from __future__ import annotations

from pathlib import Path

import pytest

from roots_app.domain.assessment import TEAM, Assessment, AssessmentInfo, Rating, Status
from roots_app.domain.narrative_draft import TeamWork, as_text, build_draft
from roots_app.domain.plan import Action, Focus, Plan
from roots_app.domain.state_report import Lea, LeaKind
from roots_app.errors import BadInputError
from roots_app.exchange.pack_file import load_pack_file

PACK = load_pack_file(
    Path(__file__).resolve().parents[2] / "resources" / "rubrics" / "lcff-priority-3.json"
)
KEYS = [c.key for c in PACK.categories]
LEA = Lea("19647330000000", "Los Angeles Unified", LeaKind.DISTRICT, "l")


def _work(agreed: dict[int, tuple[int | None, str]], plan: tuple[Focus, ...] = ()) -> TeamWork:
    info = AssessmentInfo(
        "a", "s", "Lincoln", "t", "FAT", PACK.id, PACK.version, "2024-25", Status.AGREED
    )
    ratings = {
        (TEAM, KEYS[i]): Rating(KEYS[i], TEAM, level, evidence)
        for i, (level, evidence) in agreed.items()
    }
    return TeamWork("Lincoln", "FAT", Assessment(info, PACK, (), ratings), Plan("a", plan))


def _said(work: TeamWork, language: str = "en") -> dict[str, list[str]]:
    made = build_draft(LEA, "2024-25", PACK, [work], language)
    return {n.key: [str(s) for s in n.sentences] for sec in made.sections for n in sec.narratives}


def test_a_focus_not_agreed_yet_and_blank_text_are_left_plain() -> None:
    plan = (
        Focus(
            "f",
            KEYS[3],
            goal="  ",
            why="Few letters are translated.",
            actions=(Action("x", "   "), Action("y", "Translate letters", owner=" ")),
        ),
    )
    said = _said(_work({0: (4, "Calls."), 1: (2, "   ")}, plan))
    assert said["1b"] == [
        "Lincoln: focus area: Two-way communication in families' languages; why: Few letters "
        "are translated.",
        "Lincoln: Welcoming environments for all families (Beginning Development, 2 of 5), no "
        "evidence written",
    ]
    assert said["1c"] == [
        "Lincoln: action for Two-way communication in families' languages: Translate letters"
    ]
    assert said["1a"] == [
        "Lincoln: Staff capacity to build trusting relationships (Full Implementation, 4 of 5): "
        "Calls."
    ]


def test_every_practice_at_one_level_singles_nothing_out() -> None:
    """No strengths or growth areas (as the Team view): the evidence goes to narrative c."""
    said = _said(_work({i: (3, f"Note {i}.") for i in range(12)}), "es")
    assert said["1a"] == said["1b"] == said["2a"] == said["3b"] == []
    assert said["2c"][0] == (
        "Lincoln: Aprendizaje profesional para colaborar con las familias (Implementación "
        "inicial, 3 de 5): Note 4."
    )
    assert sum(len(v) for v in said.values()) == 12  # each practice's evidence once


def test_a_language_roots_does_not_know_is_refused() -> None:
    with pytest.raises(BadInputError, match="en, es"):
        build_draft(LEA, "2024-25", PACK, [], "fr")
    made = build_draft(LEA, "2024-25", PACK, [], "es")
    assert as_text(made).count(made.placeholder) == 9
