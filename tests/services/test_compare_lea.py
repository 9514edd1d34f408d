"""The district and progress views narrowed to one LEA's schools (issue 19), on a real database:
the service, its JSON and table, and ``roots district`` / ``roots compare`` / ``export-table``."""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from pathlib import Path

import pytest

from roots_app import cli
from roots_app.domain.assessment import TEAM
from roots_app.errors import BadInputError, NotFoundError
from roots_app.services import assessments, compare, demo, schools, state
from roots_app.services.context import Roots
from tests.exchange.state_files import result, write

LAUSD, ACOE = "19647330000000", "01100170000000"


def _district_with_leas(roots: Roots, folder: Path) -> tuple[str, list[str], str]:
    """Five sample schools; the first two in LAUSD, the third in ACOE, two in none.

    Returns the newest year, the ids of LAUSD's schools and the id of ACOE's."""
    demo.make_demo(roots, schools=5, years=2, seed=41)
    state.import_file(
        roots,
        write(
            folder / "Pr32024.txt",
            2024,
            [
                result(LAUSD, "Los Angeles Unified", 2024, [3] * 12),
                result(ACOE, "Alameda County Office of Education", 2024, [2] * 12),
            ],
        ),
    )
    ids = [s.id for s in schools.list_schools(roots)]
    for school_id in ids[:2]:
        state.set_school_lea(roots, school_id, LAUSD)
    state.set_school_lea(roots, ids[2], ACOE)
    year = max(i.school_year for i in assessments.list_assessments(roots))
    return year, ids[:2], ids[2]


def _role_means(roots: Roots, school_ids: list[str], year: str) -> dict[tuple[str, str], float]:
    """Every member's rating of those schools' assessments of the year, averaged by hand."""
    levels: dict[tuple[str, str], list[int]] = defaultdict(list)
    for info in assessments.list_assessments(roots):
        if info.school_id not in school_ids or info.school_year != year:
            continue
        loaded = assessments.load(roots, info.id)
        roles = {m.id: m.role.value for m in schools.get_team(roots, info.team_id).members}
        for (rater, key), rating in loaded.ratings.items():
            if rater != TEAM and rating.level is not None:
                levels[(key, roles[rater])].append(rating.level)
    return {k: sum(v) / len(v) for k, v in levels.items()}


def test_district_of_one_lea_has_its_schools_their_levels_and_their_role_means(
    roots: Roots, tmp_path: Path
) -> None:
    year, lausd, acoe = _district_with_leas(roots, tmp_path)
    everyone = compare.district(roots, year)
    assert everyone.lea is None
    view = compare.district(roots, year, lea=LAUSD)
    assert view.lea is not None and view.lea.name == "Los Angeles Unified"
    shown = {s.school_id: s for s in view.district.schools}
    assert set(shown) == set(lausd)
    whole = {s.school_id: s for s in everyone.district.schools}
    for school_id, row in shown.items():  # the same levels and changes as unfiltered
        assert (row.levels, row.changes) == (whole[school_id].levels, whole[school_id].changes)
    for counts in view.district.distribution.values():
        assert sum(counts.values()) == 2
    means = _role_means(roots, lausd, year)
    got = {(k, g.role): (g.raters, g.average) for k, gs in view.district.roles.items() for g in gs}
    assert set(got) == set(means)
    for key, mean in means.items():
        raters, average = got[key]
        assert average is None if raters < 5 else average == pytest.approx(mean)
    assert {s.school_id for s in compare.district(roots, year, lea=ACOE).district.schools} == {acoe}
    document = compare.district_json(view, "es")
    assert document["lea"] == {"cds_code": LAUSD, "name": "Los Angeles Unified"}
    assert compare.district_json(everyone)["lea"] is None
    path = compare.export_table(roots, year, tmp_path / "d.csv", "es", lea=LAUSD)
    table = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    assert sorted(r[0] for r in table[1:]) == sorted(s.name for s in shown.values())


def test_progress_and_school_list_of_one_lea(roots: Roots, tmp_path: Path) -> None:
    _year, lausd, acoe = _district_with_leas(roots, tmp_path)
    assert [i for i, _ in compare.schools(roots, LAUSD)] == sorted(
        lausd, key=lambda i: dict(compare.schools(roots))[i]
    )
    assert len(compare.schools(roots)) == 5
    view = compare.school_progress(roots, lausd[0], lea=LAUSD)
    assert view.progress.years == compare.school_progress(roots, lausd[0]).progress.years
    with pytest.raises(NotFoundError, match="Los Angeles Unified"):
        compare.school_progress(roots, acoe, lea=LAUSD)


def test_a_bad_or_unknown_lea_is_a_sentence(roots: Roots, tmp_path: Path) -> None:
    year, _, _ = _district_with_leas(roots, tmp_path)
    with pytest.raises(BadInputError, match="14 digits"):
        compare.district(roots, year, lea="1964733")
    with pytest.raises(NotFoundError, match="import the state's file"):
        compare.district(roots, year, lea="01612590000000")
    with pytest.raises(NotFoundError):
        compare.schools(roots, "01612590000000")


def test_the_command_line_narrows_to_an_lea(
    roots: Roots, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    year, lausd, acoe = _district_with_leas(roots, tmp_path)
    roots.close()  # the command line opens the same data folder (ROOTS_DATA_DIR) itself
    data: list[str] = []
    assert cli.main([*data, "district", "--year", year, "--lea", LAUSD, "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert {s["id"] for s in document["schools"]} == set(lausd)
    assert cli.main([*data, "district", "--year", year, "--lea", LAUSD]) == 0
    assert "2 schools of Los Angeles Unified (19647330000000)" in capsys.readouterr().out
    assert cli.main([*data, "compare", "--school", lausd[1], "--lea", LAUSD, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["school"]["id"] == lausd[1]
    assert cli.main([*data, "compare", "--school", acoe, "--lea", LAUSD]) != 0
    assert "Los Angeles Unified" in capsys.readouterr().err
    assert cli.main([*data, "district", "--year", year, "--lea", "123"]) != 0
    assert "14 digits" in capsys.readouterr().err
    out = tmp_path / "lea.csv"
    assert cli.main([*data, "export-table", "--year", year, "-o", str(out), "--lea", ACOE]) == 0
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert len(rows) == 2
