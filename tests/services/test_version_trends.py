"""A school's trend across a new pack version that renames, merges, splits and adds categories,
on a real database: Progress, District and ``roots compare``/``roots district`` read the older
years through the lineage (hand-computed values, each mapped value marked), and an older
assessment keeps its own text."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from roots_app.services import assessments, compare
from roots_app.services.context import Roots
from tests import pack_versions

OLD_TITLE = "Belief that the system's success is critically dependent on its relationships"
MAPPED = {
    "trusting-relationships",
    "shared-expertise",
    "principal-leadership",
    "teacher-leadership",
}


@pytest.fixture
def district_data(roots: Roots, team: tuple[str, list[str]], tmp_path: Path) -> dict[str, str]:
    return pack_versions.score_across_versions(roots, team, tmp_path)


def test_progress_continues_the_trend_through_the_mapping(
    roots: Roots, district_data: dict[str, str]
) -> None:
    view = compare.school_progress(roots, district_data["a"])
    assert view.pack.version == "2.0.0"
    progress = view.progress
    assert [c.key for c in progress.categories] == pack_versions.NEW_KEYS  # one retired: gone
    expected = {
        "trusting-relationships": [2, 3, 4],
        "shared-expertise": [3.5, 2, 3],  # the median of its two sources
        "principal-leadership": [2, 3, 4],  # split: each takes the source's level
        "teacher-leadership": [2, 3, 2],
        "inclusivity": [5, 4, 4],
    }
    years = ["2023-24", "2024-25", "2025-26"]
    for key, levels in expected.items():
        category = progress.category(key)
        assert category.levels == dict(zip(years, levels, strict=True)), key
        assert category.mapped_years == (set(years[:2]) if key in MAPPED else set()), key
    assert progress.category("family-voice").levels == {"2025-26": 1}  # new: no history
    shared = progress.category("shared-expertise")
    assert shared.changes["2024-25"].value == -1.5 and shared.change_mapped("2024-25")
    assert shared.changes["2025-26"].value == 1 and shared.change_mapped("2025-26")
    assert shared.reworded_years == {"2023-24", "2024-25"}
    assert not progress.category("inclusivity").change_mapped("2025-26")
    assert progress.wording_changed == {"shared-expertise", "inclusivity"}
    # The 2024-25 focus on "relationships" continues on the category it became.
    assert progress.category("trusting-relationships").focus_years == {"2024-25"}

    document = compare.progress_json(view, "en")
    shared_json = document["categories"][1]
    assert shared_json["title"] == "Shared expertise"
    assert shared_json["levels"] == {"2023-24": 3.5, "2024-25": 2, "2025-26": 3}
    assert shared_json["mapped"] == ["2023-24", "2024-25"]
    assert shared_json["changes"]["2025-26"] == {
        "change": 1,
        "since": "2024-25",
        "direction": "up",
        "mapped": True,
    }
    assert document["categories"][5]["mapped"] == []


def test_an_older_assessment_keeps_its_own_text(
    roots: Roots, district_data: dict[str, str]
) -> None:
    old = assessments.load(roots, district_data["first"])
    assert old.pack.version == "1.0.2"
    assert old.pack.categories[0].key == "relationships"
    assert old.pack.categories[0].title["en"].startswith(OLD_TITLE)
    assert len(old.pack.categories) == 6


def test_district_shows_an_older_versions_year_in_the_newest_categories(
    roots: Roots, district_data: dict[str, str]
) -> None:
    view = compare.district(roots, "2025-26")
    assert [c.key for c in view.pack.categories] == pack_versions.NEW_KEYS
    rows = {s.school_id: s for s in view.district.schools}
    a, b = rows[district_data["a"]], rows[district_data["b"]]
    assert a.levels == dict(zip(pack_versions.NEW_KEYS, (4, 3, 4, 2, 4, 1), strict=True))
    assert a.mapped == frozenset()  # scored on 2.0.0
    assert a.changes == {
        "trusting-relationships": 1,
        "shared-expertise": 1,
        "principal-leadership": 1,
        "teacher-leadership": -1,
        "inclusivity": 0,
    }
    assert a.mapped_changes == MAPPED
    assert a.reworded == {"shared-expertise", "inclusivity"}
    assert b.levels == {  # scored on 1.0.2 this year
        "trusting-relationships": 4,
        "shared-expertise": 4.5,
        "principal-leadership": 4,
        "teacher-leadership": 4,
        "inclusivity": 4,
    }
    assert b.mapped == MAPPED
    assert b.changes["shared-expertise"] == 1.5
    assert b.average == pytest.approx(4.1) and b.change == pytest.approx(1.1)
    assert view.district.distribution["shared-expertise"] == {3: 1, 4: 1}

    document = compare.district_json(view, "en")
    by_name = {s["name"]: s for s in document["schools"]}
    assert by_name["Roosevelt High"]["mapped"] == sorted(MAPPED)
    assert by_name["Roosevelt High"]["levels"]["shared-expertise"] == 4.5
    assert by_name["Escuela Primaria Dolores Huerta"]["mapped"] == []
    assert by_name["Escuela Primaria Dolores Huerta"]["changes_mapped"] == sorted(MAPPED)
    assert "median" in document["mapping"]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "roots_app.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_compare_and_district_commands_mark_mapped_values(
    roots: Roots, district_data: dict[str, str]
) -> None:
    school = district_data["a"]
    roots.close()  # the command opens the same database
    found = _cli("compare", "--school", school, "--json")
    assert found.returncode == 0, found.stderr
    document = json.loads(found.stdout)
    trusting = document["categories"][0]
    assert trusting["key"] == "trusting-relationships"
    assert trusting["levels"] == {"2023-24": 2, "2024-25": 3, "2025-26": 4}
    assert trusting["mapped"] == ["2023-24", "2024-25"]
    assert trusting["changes"]["2025-26"]["mapped"] is True
    assert document["categories"][4]["wording_changed"] is True
    text = _cli("compare", "--school", school).stdout
    assert "3.5 mapped" in text
    assert "Shared expertise (wording changed)" in text
    assert "mapped: Levels scored on an earlier version" in text
    district = _cli("district", "--year", "2025-26").stdout
    assert "Roosevelt High (mapped)" in district
    assert "Escuela Primaria Dolores Huerta (mapped)" in district  # its change crosses it
    year = json.loads(_cli("district", "--year", "2025-26", "--json").stdout)
    assert {s["name"]: s["mapped"] for s in year["schools"]}["Roosevelt High"] == sorted(MAPPED)


def test_spreadsheets_say_mapped_in_words(
    roots: Roots, district_data: dict[str, str], tmp_path: Path
) -> None:
    path = compare.export_progress(roots, district_data["a"], tmp_path / "p.csv", "es")
    table = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    assert table[0][:3] == ["Categoría", "2023-24", "2023-24 cambio"]
    shared = next(row for row in table if row[0] == "Saberes compartidos")
    assert shared[1:7] == [
        "3.5 (de una versión anterior)",
        "",
        "2 (de una versión anterior)",
        "'-1.5 (de una versión anterior)",  # a leading minus is quoted in a CSV cell
        "3",
        "1 (de una versión anterior)",
    ]
    path = compare.export_table(roots, "2025-26", tmp_path / "d.csv", "en")
    table = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    roosevelt = next(row for row in table if row[0] == "Roosevelt High")
    assert roosevelt[2:7] == [f"{v} (from an earlier version)" for v in ("4", "4.5", "4", "4")] + [
        "4"
    ]
    assert roosevelt[-1] == "1.1 (from an earlier version)"
