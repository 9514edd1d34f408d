"""The State report's mapped column across versions of another rubric: a team scored on a
district's CEI 2.0.0 (a crosswalked category renamed, two merged, one split, one new, one
retired) is read into the categories the crosswalk knows through the lineage, beside a team
still on 1.0.2, against hand-computed medians (real databases through the migrations)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from roots_app import cli
from roots_app.domain.people import Role
from roots_app.services import assessments, crosswalk, rubrics, schools, state
from roots_app.services.context import Roots
from tests import pack_versions
from tests.exchange.state_files import write
from tests.services.test_state import LAUSD, _rows

CEI = "cei-six-roots"
# The state's practices, by their LCFF keys.
SCR, WE, FSC, TWC = (
    "staff-capacity-relationships",
    "welcoming-environments",
    "family-strengths-cultures",
    "two-way-communication",
)
PLP, FTM, SCDM, FCDM, IFAF, CPE = (
    "professional-learning-partnering",
    "family-teacher-meetings",
    "staff-capacity-decision-making",
    "family-capacity-decision-making",
    "input-from-all-families",
    "co-planning-engagement",
)


def _scored(roots: Roots, team: str, levels: dict[str, int], version: str | None = None) -> str:
    member = schools.get_team(roots, team).members[0].id
    found = assessments.start(roots, team, CEI, "2023-24", [member], version)
    for key, level in levels.items():
        assessments.agree(roots, assessments.load(roots, found), key, level, "")
    return found


def cei_across_versions(roots: Roots, folder: Path) -> None:
    """LAUSD reported [4, 3, 3, 2, 5, -, 1, 2, 3, 4, 5, 3] for 2023-24. Its two teams, on CEI:

    old, on 1.0.2: relationships 3, families-as-experts 2, engagement-expertise 4,
                   committed-leaders 3, inclusivity 4, community-friendly-systems 2;
    new, on 2.0.0: trusting-relationships 5 (renamed from relationships), shared-expertise 4
                   (families-as-experts and engagement-expertise merged), principal-leadership
                   4 and teacher-leadership 1 (committed-leaders split), inclusivity 2 (same
                   key), family-voice 5 (new; community-friendly-systems retired).
    """
    state.import_file(roots, write(folder / "Pr32024.txt", 2024, _rows(2024)))
    school = schools.create_school(roots, "South Middle")
    state.set_school_lea(roots, school, LAUSD)
    old, new = (
        schools.create_team(roots, school, name, [("Ana", Role.FAMILY)]) for name in ("FAT", "ELAC")
    )
    _scored(roots, old, pack_versions._old(3, 2, 4, 3, 4, 2))
    rubrics.import_file(roots, pack_versions.write(pack_versions.cei_2_0_0(), folder))
    levels = (5, 4, 4, 1, 2, 5)
    found = _scored(roots, new, dict(zip(pack_versions.NEW_KEYS, levels, strict=True)))
    assert assessments.load(roots, found).pack.version == "2.0.0"


# Per team, the median of its levels on the categories linked to each practice (the shipped
# crosswalk's links, written for 1.0.2). The new team read back into 1.0.2: relationships 5,
# families-as-experts 4 and engagement-expertise 4 (a merge since gives each source its level),
# committed-leaders 2.5 (a split since: the median of its parts 4 and 1), inclusivity 2 by key;
# family-voice has no link and nothing it comes from: it stays out.
EXPECTED = {
    # practice: (old team, new team) -> the mapped median of the two, state minus it
    SCR: (4.0, 0.0),  # relationships: 3; 5
    PLP: (4.0, 1.0),  # relationships, engagement: 3.5; 4.5
    FSC: (3.0, 0.0),  # families, inclusivity: 3; 3
    FCDM: (3.0, 1.0),  # families: 2; 4
    IFAF: (3.0, 2.0),  # families, inclusivity: 3; 3
    CPE: (2.875, 0.125),  # families, committed: 2.5; 3.25
    FTM: (4.0, -3.0),  # engagement: 4; 4
    SCDM: (3.125, -0.125),  # engagement, committed, community-friendly: 3; 3.25
    WE: (3.0, 0.0),  # inclusivity: 4; 2
    TWC: (2.5, -0.5),  # inclusivity, community-friendly: 3; 2
}
THROUGH_LINEAGE = {SCR, PLP, FSC, FCDM, IFAF, CPE, FTM, SCDM}  # WE, TWC: inclusivity by key


def test_a_team_on_a_newer_version_is_read_into_the_crosswalks_categories(
    roots: Roots, tmp_path: Path
) -> None:
    cei_across_versions(roots, tmp_path)
    shipped, _ = crosswalk.current(roots)
    view = state.state_view(roots, LAUSD, mapped=shipped)
    (year,) = view.years
    practices = {p.key: p for p in year.practices}
    got = {
        key: (p.mapped, p.mapped_difference) for key, p in practices.items() if p.mapped is not None
    }
    assert got == EXPECTED
    assert all(practices[k].mapped_count == 2 for k in EXPECTED)
    assert all(practices[k].mapped_packs == (CEI,) for k in EXPECTED)
    marked = {key for key, p in practices.items() if p.mapped_lineage}
    assert marked == THROUGH_LINEAGE

    document = state.view_json(view, state.practice_titles(roots, "es"), "es", (shipped, False))
    by_key = {p["key"]: p for p in document["years"][0]["practices"]}
    assert (by_key[CPE]["mapped"], by_key[CPE]["mapped_lineage"]) == (2.875, True)
    assert (by_key[WE]["mapped"], by_key[WE]["mapped_lineage"]) == (3, False)
    assert "linaje" in document["mapped"]["versions_rule"]


def test_only_the_old_team_nothing_marked(roots: Roots, tmp_path: Path) -> None:
    """A view of levels that cross no lineage is as before: no mark, no rule."""
    state.import_file(roots, write(tmp_path / "Pr32024.txt", 2024, _rows(2024)))
    school = schools.create_school(roots, "South Middle")
    state.set_school_lea(roots, school, LAUSD)
    team = schools.create_team(roots, school, "FAT", [("Ana", Role.FAMILY)])
    _scored(roots, team, pack_versions._old(3, 2, 4, 3, 4, 2))
    rubrics.import_file(roots, pack_versions.write(pack_versions.cei_2_0_0(), tmp_path))
    shipped, _ = crosswalk.current(roots)
    view = state.state_view(roots, LAUSD, mapped=shipped)
    practices = {p.key: p for p in view.years[0].practices}
    assert (practices[SCR].mapped, practices[SCDM].mapped) == (3.0, 3.0)
    assert not any(p.mapped_lineage for p in practices.values())
    document = state.view_json(view, {}, "en", (shipped, False))
    assert "versions_rule" not in document["mapped"]


def test_a_crosswalk_written_for_the_newer_version_reads_older_levels_forward(
    roots: Roots, tmp_path: Path
) -> None:
    """A district's crosswalk that names 2.0.0's categories only: the 1.0.2 team's levels are
    read forward into them (a merge takes the median of its sources, a split gives each part
    the source's level), the 2.0.0 team's by key."""
    cei_across_versions(roots, tmp_path)
    data = json.loads(crosswalk.shipped()[1])
    reason = {"en": "Because.", "es": "Porque."}
    data["links"] = [c for c in data["links"] if c["pack"] != CEI] + [
        {
            "pack": CEI,
            "category": key,
            "practices": [{"practice": practice, "reason": reason}],
        }
        for key, practice in (
            ("trusting-relationships", SCR),
            ("shared-expertise", FCDM),
            ("teacher-leadership", CPE),
            ("family-voice", IFAF),
        )
    ]
    data["version"] = "2.0.0"
    (tmp_path / "ours.json").write_text(json.dumps(data), encoding="utf-8")
    crosswalk.import_file(roots, tmp_path / "ours.json")
    ours, _ = crosswalk.current(roots)
    view = state.state_view(roots, LAUSD, mapped=ours)
    practices = {p.key: p for p in view.years[0].practices}
    got = {
        key: (p.mapped, p.mapped_count, p.mapped_lineage)
        for key, p in practices.items()
        if p.mapped is not None
    }
    assert got == {
        SCR: (4.0, 2, True),  # relationships 3 renamed; 5
        FCDM: (3.5, 2, True),  # families 2 and engagement 4 merged: 3; 4
        CPE: (2.0, 2, True),  # committed 3 split: teacher-leadership 3; 1
        IFAF: (5.0, 1, False),  # family-voice is new: the 2.0.0 team's 5 alone
    }


def test_the_state_command_and_the_table_mark_the_mapped_medians_from_another_version(
    roots: Roots, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cei_across_versions(roots, tmp_path)

    def run(*args: str) -> str:
        assert cli.main(list(args)) == 0
        out, err = capsys.readouterr()
        assert err == ""
        return out

    english = run("state", "--lea", LAUSD, "--mapped").splitlines()
    assert english[2] == "    state    teams  diff.  change    mapped  practice"
    assert english[3] == (
        "        4        -      -       -    4 (2)†  Staff capacity to build trusting "
        "relationships"
    )
    assert english[4].endswith("   3 (2)  Welcoming environments for all families")  # by key
    assert english[11].endswith(" 3.12 (2)†  Staff capacity to engage families in decisions")
    assert english[-2] == (
        "† mapped from another version: the mapped median takes levels agreed on another "
        "version of its rubric."
    )
    assert english[-1].startswith("Levels a team agreed on a version of CEI, PTA or Family")
    spanish = run("--lang", "es", "state", "--lea", LAUSD, "--mapped").splitlines()
    assert spanish[-2].startswith("† por correspondencia desde otra versión: la mediana por")
    assert spanish[-1].startswith("Los niveles que un equipo acordó con una versión de CEI")
    plain = run("state", "--lea", LAUSD)
    assert "†" not in plain and "another version" not in plain

    shipped, _ = crosswalk.current(roots)
    path = state.export_view(roots, LAUSD, None, tmp_path / "lausd.csv", "en", mapped=shipped)
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    by_practice = {r[1].split(". ")[0]: r for r in rows[1:]}
    assert by_practice["1"][10:] == ["4 (mapped from another version)", "2"]
    assert by_practice["2"][10:] == ["3", "2"]  # inclusivity by key: a plain number
