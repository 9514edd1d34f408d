"""The State report across versions of the LCFF pack: teams that scored on a district's 2.0.0
(a practice renamed, two merged) and teams still on 1.0.2, read in the state's twelve practices
through the lineage, against hand-computed medians, each median from another version marked
(real databases through the migrations)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from roots_app import cli
from roots_app.domain.people import Role
from roots_app.services import assessments, rubrics, schools, state
from roots_app.services.context import Roots
from tests import pack_versions
from tests.exchange.state_files import write
from tests.services.test_state import LAUSD, _rows

WELCOMING = "welcoming-environments"
STAFF, FAMILY = pack_versions.LCFF_MERGED_FROM
FIRST = "staff-capacity-relationships"


def _scored(roots: Roots, team: str, year: str, levels: dict[str, int], version: str = "") -> None:
    member = schools.get_team(roots, team).members[0].id
    found = assessments.start(roots, team, "lcff-priority-3", year, [member], version or None)
    for key, level in levels.items():
        assessments.agree(roots, assessments.load(roots, found), key, level, "")


def lcff_across_versions(roots: Roots, folder: Path) -> None:
    """LAUSD reported [4, 3, 3, 2, 5, -, 1, 2, 3, 4, 5, 3] for 2023-24 and the same but 5 for
    practice 1 in 2024-25. Its teams:

    2023-24, all on 1.0.2: A practice 1 at 2, welcoming 2, staff 3, family 4;
                           B practice 1 at 3, welcoming 4, staff 1, family 2.
    2024-25: A on 2.0.0: practice 1 at 3, welcoming-spaces 3, decision-capacity 4;
             B on 1.0.2: practice 1 at 4, welcoming 5, staff 2, family 3;
             C on 2.0.0: welcoming-spaces 4, decision-capacity 2.
    """
    for year in (2024, 2025):
        state.import_file(roots, write(folder / f"Pr3{year}.txt", year, _rows(year, year - 2020)))
    north = schools.create_school(roots, "North Elementary")
    south = schools.create_school(roots, "South Middle")
    for school in (north, south):
        state.set_school_lea(roots, school, LAUSD)
    a, b, c = (
        schools.create_team(roots, school, name, [("Ana", Role.FAMILY)])
        for school, name in ((north, "FAT"), (south, "FAT"), (north, "ELAC"))
    )
    _scored(roots, a, "2023-24", {FIRST: 2, WELCOMING: 2, STAFF: 3, FAMILY: 4})
    _scored(roots, b, "2023-24", {FIRST: 3, WELCOMING: 4, STAFF: 1, FAMILY: 2})
    rubrics.import_file(
        roots, pack_versions.write(pack_versions.lcff_2_0_0(), folder, "lcff-2.0.0.json")
    )
    renamed, merged = pack_versions.LCFF_RENAMED, pack_versions.LCFF_MERGED
    _scored(roots, a, "2024-25", {FIRST: 3, renamed: 3, merged: 4})
    _scored(roots, b, "2024-25", {FIRST: 4, WELCOMING: 5, STAFF: 2, FAMILY: 3}, "1.0.2")
    _scored(roots, c, "2024-25", {renamed: 4, merged: 2})


def test_teams_on_two_versions_read_in_the_states_practices(roots: Roots, tmp_path: Path) -> None:
    lcff_across_versions(roots, tmp_path)
    view = state.state_view(roots, LAUSD)
    assert [y.year for y in view.years] == ["2023-24", "2024-25"]
    before, after = ({p.key: p for p in y.practices} for y in view.years)
    # 2023-24, one version: medians by key, nothing marked.
    assert [
        (before[k].teams, before[k].teams_count) for k in (FIRST, WELCOMING, STAFF, FAMILY)
    ] == [
        (2.5, 2),
        (3, 2),
        (2, 2),
        (3, 2),
    ]
    assert not any(p.teams_mapped or p.teams_reworded for p in before.values())
    # 2024-25: practice 1 keeps its key on 2.0.0 (3, 4 -> 3.5): not marked.
    first = after[FIRST]
    assert (first.teams, first.teams_count, first.teams_mapped) == (3.5, 2, False)
    assert (first.teams_change.value, first.teams_change_mapped) == (1, False)
    # Welcoming: A 3 and C 4 through the rename, B 5 -> 4; the state said 3.
    welcoming = after[WELCOMING]
    assert (welcoming.teams, welcoming.teams_count, welcoming.difference) == (4, 3, -1)
    assert (welcoming.teams_mapped, welcoming.teams_reworded) == (True, False)
    assert (welcoming.teams_change.value, welcoming.teams_change_mapped) == (1, True)
    # The merge gives each source its level: staff A 4, B 2, C 2 -> 2 (the state said 3);
    # family A 4, B 3, C 2 -> 3 (the state said 4).
    staff, family = after[STAFF], after[FAMILY]
    assert (staff.teams, staff.teams_count, staff.difference) == (2, 3, 1)
    assert (family.teams, family.teams_count, family.difference) == (3, 3, 1)
    for merged in (staff, family):
        assert (merged.teams_mapped, merged.teams_reworded, merged.teams_change_mapped) == (
            True,
            True,
            True,
        )
    marked = {k for k, p in after.items() if p.teams_mapped}
    assert marked == {WELCOMING, STAFF, FAMILY}
    # The state's practices keep the titles of the version that has them all (1.0.2).
    assert state.practice_pack(roots).version == "1.0.2"
    titles = state.practice_titles(roots, "es")
    assert titles[WELCOMING] == "Ambientes acogedores para todas las familias"

    document = state.view_json(view, titles, "es")
    practices = {p["key"]: p for p in document["years"][1]["practices"]}
    assert (practices[WELCOMING]["teams"], practices[WELCOMING]["teams_mapped"]) == (4, True)
    assert practices[STAFF]["teams_reworded"] is True
    assert practices[FIRST]["teams_mapped"] is False
    assert practices[FIRST]["teams_change_mapped"] is False
    assert "linaje" in document["versions_rule"]
    one_year = state.view_json(state.state_view(roots, LAUSD, "2023-24"), titles, "en")
    assert "versions_rule" not in one_year  # nothing crossed a lineage that year


def test_the_state_command_marks_the_medians_from_another_version(
    roots: Roots, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lcff_across_versions(roots, tmp_path)
    roots.close()  # the command opens the same database

    def run(*args: str) -> str:
        assert cli.main(list(args)) == 0
        out, err = capsys.readouterr()
        assert err == ""
        return out

    english = run("state", "--lea", LAUSD, "--year", "2024-25").splitlines()
    assert "        5  3.5 (2)   +1.5      +1  Staff capacity to build trusting relationships" in (
        english
    )
    assert "        3   4 (3)†     -1      +0  Welcoming environments for all families" in english
    assert (
        "        3   2 (3)†     +1      +0  Staff capacity to engage families in decisions"
        in english
    )
    assert "        4   3 (3)†     +1      +0  Family capacity to take part in decisions" in english
    assert english[-2].startswith("† mapped from another version: the median takes levels")
    assert english[-1].startswith("Levels a team agreed on another version of the LCFF pack")
    spanish = run("--lang", "es", "state", "--lea", LAUSD).splitlines()
    assert "        3   4 (3)†     -1      +0  Ambientes acogedores para todas las familias" in (
        spanish
    )
    assert spanish[-2].startswith("† por correspondencia desde otra versión: la mediana")
    assert spanish[-1].startswith("Los niveles que un equipo acordó con otra versión")
    earlier = run("state", "--lea", LAUSD, "--year", "2023-24")
    assert "†" not in earlier and "another version" not in earlier
    document = json.loads(run("state", "--lea", LAUSD, "--json"))
    after = {p["key"]: p for p in document["years"][1]["practices"]}
    assert [after[k]["teams_mapped"] for k in (FIRST, WELCOMING, STAFF, FAMILY)] == [
        False,
        True,
        True,
        True,
    ]
    assert (after[WELCOMING]["teams"], after[WELCOMING]["teams_count"]) == (4, 3)


def test_the_table_saved_says_which_medians_come_from_another_version(
    roots: Roots, tmp_path: Path
) -> None:
    lcff_across_versions(roots, tmp_path)
    for language, said in (
        ("en", "4 (mapped from another version)"),
        ("es", "4 (por correspondencia desde otra versión)"),
    ):
        path = state.export_view(roots, LAUSD, None, tmp_path / f"lausd-{language}.csv", language)
        rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
        by_practice = {(r[0], r[1].split(". ")[0]): r for r in rows[1:]}
        assert by_practice[("2024-25", "2")][3:5] == [said, "3"]
        assert by_practice[("2024-25", "1")][3] == "3.5"  # same key on 2.0.0: a plain number
        assert by_practice[("2023-24", "2")][3] == "3"


def test_the_narrative_draft_quotes_each_team_in_its_own_versions_words(
    roots: Roots, tmp_path: Path
) -> None:
    """The draft quotes, never medians: a team on 2.0.0 under its version's practice, in the
    section that practice belongs to; a team on 1.0.2 under the state's."""
    from roots_app.domain.narrative_draft import as_text
    from roots_app.services import narratives

    lcff_across_versions(roots, tmp_path)
    text = as_text(narratives.draft(roots, LAUSD, "2024-25", "en"))
    first, third = text.split("\n1b. ")[1], text.split("\n3b. ")[1]
    assert "North Elementary (FAT): Welcoming spaces (Initial Implementation, 3 of 5)" in first
    assert "North Elementary (ELAC): Capacity for shared decisions (Beginning Development" in third
    assert "South Middle: Family capacity to take part in decisions (Initial" in third
