"""A new version of a shipped pack that renames, merges, splits, rewords and adds categories.

CEI Six Roots 1.0.2 -> 2.0.0 (written from the shipped file, as an editor would):
- ``relationships`` is renamed ``trusting-relationships``;
- ``families-as-experts`` and ``engagement-expertise`` merge into ``shared-expertise`` (reworded);
- ``committed-leaders`` splits into ``principal-leadership`` and ``teacher-leadership``;
- ``inclusivity`` keeps its key, reworded;
- ``family-voice`` is new; ``community-friendly-systems`` is retired.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from roots_app.services import assessments, plans, rubrics, schools
from roots_app.services.context import Roots

REPO = Path(__file__).resolve().parent.parent
CEI = REPO / "resources" / "rubrics" / "cei-six-roots.json"

NEW_KEYS = [
    "trusting-relationships",
    "shared-expertise",
    "principal-leadership",
    "teacher-leadership",
    "inclusivity",
    "family-voice",
]


def _renamed(category: dict[str, Any], key: str, title: str, titulo: str) -> dict[str, Any]:
    out = copy.deepcopy(category)
    out["key"] = key
    out["title"] = {"en": title, "es": titulo}
    return out


def cei_2_0_0(**lineage_changes: Any) -> dict[str, Any]:
    """The 2.0.0 pack as data; ``lineage_changes`` replace fields of its lineage."""
    data = json.loads(CEI.read_text(encoding="utf-8"))
    old = {c["key"]: c for c in data["categories"]}
    inclusivity = copy.deepcopy(old["inclusivity"])
    inclusivity["descriptors"]["1"] = {
        "en": "Only some families are invited in.",
        "es": "Solo se invita a algunas familias.",
    }
    data["version"] = "2.0.0"
    data["categories"] = [
        _renamed(
            old["relationships"], NEW_KEYS[0], "Trusting relationships", "Relaciones de confianza"
        ),
        _renamed(
            old["families-as-experts"], NEW_KEYS[1], "Shared expertise", "Saberes compartidos"
        ),
        _renamed(
            old["committed-leaders"], NEW_KEYS[2], "Principal leadership", "Liderazgo directivo"
        ),
        _renamed(old["committed-leaders"], NEW_KEYS[3], "Teacher leadership", "Liderazgo docente"),
        inclusivity,
        _renamed(old["relationships"], NEW_KEYS[5], "Family voice", "La voz de las familias"),
    ]
    data["lineage"] = {
        "previous_version": "1.0.2",
        "categories": [
            {"key": "trusting-relationships", "from": ["relationships"]},
            {
                "key": "shared-expertise",
                "from": ["families-as-experts", "engagement-expertise"],
                "reworded": True,
            },
            {"key": "principal-leadership", "from": ["committed-leaders"]},
            {"key": "teacher-leadership", "from": ["committed-leaders"]},
            {"key": "inclusivity", "from": ["inclusivity"], "reworded": True},
            {"key": "family-voice", "from": []},
        ],
    }
    data["lineage"].update(lineage_changes)
    return data


def write(data: dict[str, Any], folder: Path, name: str = "cei-2.0.0.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _score(roots: Roots, assessment_id: str, levels: dict[str, int]) -> None:
    assessment = assessments.load(roots, assessment_id)
    for key, level in levels.items():
        assessments.agree(roots, assessment, key, level, "evidence")


def _old(r: int, f: int, e: int, c: int, i: int, s: int) -> dict[str, int]:
    keys = [
        "relationships",
        "families-as-experts",
        "engagement-expertise",
        "committed-leaders",
        "inclusivity",
        "community-friendly-systems",
    ]
    return dict(zip(keys, (r, f, e, c, i, s), strict=True))


def score_across_versions(
    roots: Roots, team: tuple[str, list[str]], folder: Path
) -> dict[str, str]:
    """School A: 2023-24 and 2024-25 on 1.0.2, 2025-26 on 2.0.0; school B: 2024-25 and
    2025-26 both on 1.0.2 (the district's newest year partly on the older version)."""
    team_id, members = team
    first = assessments.start(roots, team_id, "cei-six-roots", "2023-24", members)
    _score(roots, first, _old(2, 3, 4, 2, 5, 1))
    second = assessments.start(roots, team_id, "cei-six-roots", "2024-25", members)
    _score(roots, second, _old(3, 2, 2, 3, 4, 2))
    plans.add_focus(roots, assessments.load(roots, second), "relationships")
    rubrics.import_file(roots, write(cei_2_0_0(), folder))
    third = assessments.start(roots, team_id, "cei-six-roots", "2025-26", members)
    assert assessments.load(roots, third).pack.version == "2.0.0"
    new = NEW_KEYS
    _score(roots, third, dict(zip(new, (4, 3, 4, 2, 4, 1), strict=True)))
    other = schools.create_school(roots, "Roosevelt High")
    other_team = schools.create_team(roots, other, "ELAC")
    b1 = assessments.start(roots, other_team, "cei-six-roots", "2024-25", [], "1.0.2")
    _score(roots, b1, _old(3, 3, 3, 3, 3, 3))
    b2 = assessments.start(roots, other_team, "cei-six-roots", "2025-26", [], "1.0.2")
    _score(roots, b2, _old(4, 4, 5, 4, 4, 5))
    school_a = schools.get_team(roots, team_id).school_id
    return {"a": school_a, "b": other, "first": first}


LCFF = REPO / "resources" / "rubrics" / "lcff-priority-3.json"
# LCFF Priority 3 1.0.2 -> 2.0.0: practice 2 ``welcoming-environments`` is renamed
# ``welcoming-spaces``; practices 9 and 10 (staff's and families' capacity for decisions) merge
# into ``decision-capacity`` (reworded); the other ten keep their keys.
LCFF_RENAMED, LCFF_MERGED = "welcoming-spaces", "decision-capacity"
LCFF_MERGED_FROM = ("staff-capacity-decision-making", "family-capacity-decision-making")


def lcff_2_0_0() -> dict[str, Any]:
    """The LCFF pack's 2.0.0 as data (a district's own version, as an editor would save it)."""
    data = json.loads(LCFF.read_text(encoding="utf-8"))
    old = {c["key"]: c for c in data["categories"]}
    categories = []
    for category in data["categories"]:
        key = category["key"]
        if key == "welcoming-environments":
            categories.append(
                _renamed(category, LCFF_RENAMED, "Welcoming spaces", "Espacios acogedores")
            )
        elif key == LCFF_MERGED_FROM[0]:
            categories.append(
                _renamed(
                    old[key], LCFF_MERGED, "Capacity for shared decisions", "Capacidad de decidir"
                )
            )
        elif key != LCFF_MERGED_FROM[1]:
            categories.append(category)
    data["version"] = "2.0.0"
    data["categories"] = categories
    data["lineage"] = {
        "previous_version": "1.0.2",
        "categories": [
            {"key": LCFF_RENAMED, "from": ["welcoming-environments"]},
            {"key": LCFF_MERGED, "from": list(LCFF_MERGED_FROM), "reworded": True},
        ],
    }
    return data
