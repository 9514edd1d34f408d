"""Importing the state's Priority 3 files, and the state's report beside the LEA's teams."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from roots_app.domain.people import Role
from roots_app.domain.state_report import PRACTICE_KEYS, LeaKind, Performance
from roots_app.errors import BadInputError, CancelledError, NotFoundError, StateFileError
from roots_app.services import assessments, compare, schools, state, trash
from roots_app.services.context import Roots
from tests.dbdump import dump
from tests.exchange import state_files
from tests.exchange.state_files import result, write

LAUSD, ACOE, CHARTER = "19647330000000", "01100170000000", "19647331933738"
NARRATIVE = "“Café con la directora” – las familias’ voz"


def _rows(year: int, first: int = 4) -> list:
    return [
        result(
            LAUSD, "Los Angeles Unified", year, [first, 3, 3, 2, 5, 0, 1, 2, 3, 4, 5, 3], NARRATIVE
        ),
        result(ACOE, "Alameda County Office of Education", year, [3] * 12, "county"),
        result(CHARTER, "Academia Charter", year, [2] * 12, "", Performance.NOT_MET),
    ]


def test_import_every_row_then_the_same_file_again_changes_nothing(
    roots: Roots, tmp_path: Path
) -> None:
    path = write(tmp_path / "Pr32024.txt", 2024, _rows(2024))
    done = state.import_file(roots, path)
    assert (done.count("new"), done.count("updated"), done.count("unchanged")) == (3, 0, 0)
    assert (done.leas_added, done.rows_in_file, done.layout) == (3, 3, "2023-2025")
    leas = {lea.cds_code: lea for lea in state.list_leas(roots)}
    assert {c: lea.kind for c, lea in leas.items()} == {
        LAUSD: LeaKind.DISTRICT,
        ACOE: LeaKind.COUNTY_OFFICE,
        CHARTER: LeaKind.CHARTER,
    }
    view = state.state_view(roots, LAUSD)
    (year,) = view.years
    assert (year.year, year.performance, year.meeting_date) == (
        "2023-24",
        Performance.MET,
        date(2024, 6, 21),
    )
    assert [p.state for p in year.practices] == [4, 3, 3, 2, 5, None, 1, 2, 3, 4, 5, 3]
    before = dump(roots)
    again = state.import_file(roots, path)
    assert (again.count("new"), again.count("updated"), again.count("unchanged")) == (0, 0, 3)
    assert again.leas_added == 0
    assert dump(roots) == before


def test_the_narratives_and_every_value_are_kept(roots: Roots, tmp_path: Path) -> None:
    rows = _rows(2022)
    state.import_file(roots, write(tmp_path / "Pr32022.txt", 2022, rows, quoted=True))
    from roots_app.storage import state_repo

    with roots.reading() as session:
        stored = {r.cds_code: r for _, r in state_repo.results(session).values()}
    assert stored == {r.cds_code: r for r in rows}
    assert stored[LAUSD].narratives["3c"] == NARRATIVE + " (3c)"


def test_a_preview_says_what_the_import_will_do_and_changes_nothing(
    roots: Roots, tmp_path: Path
) -> None:
    state.import_file(roots, write(tmp_path / "a.txt", 2024, _rows(2024)[:1]))
    path = write(tmp_path / "b.txt", 2024, _rows(2024, first=1))
    before = dump(roots)
    preview = state.import_file(roots, path, dry_run=True)
    assert dump(roots) == before
    done = state.import_file(roots, path)
    assert preview.to_json() | {"dry_run": False} == done.to_json()
    assert (done.count("new"), done.count("updated"), done.leas_added) == (2, 1, 2)


def test_a_reissued_file_updates_what_changed(roots: Roots, tmp_path: Path) -> None:
    rows = _rows(2023)
    state.import_file(roots, write(tmp_path / "Pr32023.txt", 2023, rows))
    rows[0] = replace(
        rows[0],
        ratings={**rows[0].ratings, PRACTICE_KEYS[0]: 5},
        narratives={**rows[0].narratives, "2b": "rewritten"},
        performance=Performance.NOT_MET,
    )
    reissued = state.import_file(roots, write(tmp_path / "Pr32023.txt", 2023, rows))
    assert [o.outcome for o in reissued.outcomes] == ["updated", "unchanged", "unchanged"]
    (year,) = state.state_view(roots, LAUSD).years
    assert (year.practices[0].state, year.performance) == (5, Performance.NOT_MET)
    with roots.db.engine.connect() as connection:
        versions = connection.exec_driver_sql(
            "SELECT row_version, updated_at FROM state_results ORDER BY 1"
        ).all()
    assert [v[0] for v in versions] == [1, 1, 2]  # only the changed row was written
    assert versions[2][1] > max(versions[0][1], versions[1][1])


def test_only_one_leas_row(roots: Roots, tmp_path: Path) -> None:
    path = write(tmp_path / "Pr32025.txt", 2025, _rows(2025))
    done = state.import_file(roots, path, lea=ACOE)
    assert [(o.cds_code, o.outcome) for o in done.outcomes] == [(ACOE, "new")]
    assert done.rows_in_file == 3
    assert [lea.cds_code for lea in state.list_leas(roots)] == [ACOE]
    before = dump(roots)
    with pytest.raises(BadInputError, match="has no row for the LEA 19000000000000"):
        state.import_file(roots, path, lea="19000000000000")
    with pytest.raises(BadInputError, match="'1964733' is not a CDS code"):
        state.import_file(roots, path, lea="1964733")
    with pytest.raises(NotFoundError, match="There is no LEA with CDS code 19647330000000"):
        state.state_view(roots, LAUSD)
    assert dump(roots) == before


def test_the_same_lea_across_years_and_a_renamed_lea(roots: Roots, tmp_path: Path) -> None:
    for year, first in ((2019, 1), (2022, 3), (2025, 2)):
        rows = _rows(year, first)
        rows[0] = replace(rows[0], lea_name=f"Los Angeles Unified {year}")
        state.import_file(roots, write(tmp_path / f"Pr3{year}.txt", year, rows))
    view = state.state_view(roots, LAUSD)
    assert [y.year for y in view.years] == ["2018-19", "2021-22", "2024-25"]
    first = [y.practices[0] for y in view.years]
    assert [p.state for p in first] == [1, 3, 2]
    assert [(p.state_change.value, p.state_change.since) for p in first[1:]] == [
        (2, "2018-19"),
        (-1, "2021-22"),
    ]
    assert view.years[0].inferred(PRACTICE_KEYS[8]) and not view.years[1].inferred(PRACTICE_KEYS[8])
    assert view.lea.name == "Los Angeles Unified 2025"  # an older file does not rename it
    assert [y.year for y in state.state_view(roots, LAUSD, "2021-22").years] == ["2021-22"]


def _bad_files(tmp_path: Path) -> list[Path]:
    good = state_files.lines(2024, _rows(2024))
    unknown = tmp_path / "unknown.txt"
    unknown.write_text("cdsCode\tlea\tyear\n" + good[1], encoding="utf-8")
    high = tmp_path / "high.txt"
    fields = good[3].split("\t")
    fields[15] = "7"
    high.write_text("\n".join([*good[:3], "\t".join(fields)]), encoding="cp1252")
    broken = tmp_path / "broken.txt"
    broken.write_text("\n".join([*good[:3], good[3][:40]]), encoding="cp1252")
    binary = tmp_path / "binary.txt"
    binary.write_bytes("\n".join(good).encode("cp1252") + b"\x00\x01")
    header_only = write(tmp_path / "header.txt", 2024, [])
    return [unknown, high, broken, binary, header_only]


def test_every_bad_file_is_refused_and_changes_nothing(roots: Roots, tmp_path: Path) -> None:
    state.import_file(roots, write(tmp_path / "Pr32023.txt", 2023, _rows(2023)))
    before = dump(roots)
    for path in _bad_files(tmp_path):
        for dry_run in (False, True):
            with pytest.raises(StateFileError, match="Nothing was changed"):
                state.import_file(roots, path, dry_run=dry_run)
    assert dump(roots) == before


def _team(roots: Roots, school: str) -> str:
    return schools.create_team(roots, school, "FAT", [("Ana", Role.FAMILY)])


def _agreed(roots: Roots, team: str, year: str, levels: dict[int, int], pack: str = "") -> str:
    member = schools.get_team(roots, team).members[0].id
    found = assessments.start(roots, team, pack or "lcff-priority-3", year, [member])
    loaded = assessments.load(roots, found)
    for index, level in levels.items():
        key = loaded.pack.categories[index].key
        assessments.agree(roots, assessments.load(roots, found), key, level, "")
    return found


def test_state_beside_the_teams_against_hand_worked_medians(roots: Roots, tmp_path: Path) -> None:
    for year in (2023, 2024):
        state.import_file(roots, write(tmp_path / f"Pr3{year}.txt", year, _rows(year, year - 2020)))
    north = schools.create_school(roots, "North Elementary")
    south = schools.create_school(roots, "South Middle")
    other = schools.create_school(roots, "Not in the LEA")
    state.set_school_lea(roots, north, LAUSD)
    state.set_school_cds(roots, north, "19647336000001")
    state.set_school_lea(roots, south, LAUSD)
    north_a, north_b, south_a, stranger = (_team(roots, s) for s in (north, north, south, other))
    _agreed(roots, north_a, "2022-23", {0: 2, 1: 4})
    _agreed(roots, north_b, "2022-23", {0: 5})
    _agreed(roots, south_a, "2022-23", {0: 3, 1: 1})
    _agreed(roots, north_a, "2023-24", {0: 1})
    _agreed(roots, south_a, "2023-24", {0: 4})
    _agreed(roots, stranger, "2023-24", {0: 5})  # another LEA's school: not counted
    trashed = _agreed(roots, north_b, "2023-24", {0: 5})
    trash.delete(roots, "assessment", trashed)  # in the trash: not counted
    _agreed(roots, south_a, "2023-24", {0: 5}, pack="cei-six-roots")  # another rubric
    view = state.state_view(roots, LAUSD)
    assert [y.year for y in view.years] == ["2022-23", "2023-24"]
    first = [y.practices[0] for y in view.years]
    # 2022-23: teams 2, 5, 3 -> median 3; the state said 3 (file 2023). 2023-24: 1, 4 -> 2.5.
    assert [(p.state, p.teams, p.teams_count, p.difference) for p in first] == [
        (3, 3.0, 3, 0.0),
        (4, 2.5, 2, 1.5),
    ]
    assert (first[1].teams_change.value, first[1].state_change.value) == (-0.5, 1)
    second = [y.practices[1] for y in view.years]
    assert [(p.teams, p.teams_count) for p in second] == [(2.5, 2), (None, 0)]
    titles = state.practice_titles(roots, "es")
    document = state.view_json(view, titles, "es")
    assert document["years"][1]["practices"][0]["teams"] == 2.5
    assert document["years"][1]["practices"][0]["difference"] == 1.5
    assert document["years"][0]["performance_label"] == "Cumplido"
    assert document["years"][0]["practices"][0]["title"].startswith("Capacidad del personal")


def test_state_results_never_enter_the_teams_medians(roots: Roots, tmp_path: Path) -> None:
    school = schools.create_school(roots, "North Elementary")
    state.import_file(roots, write(tmp_path / "Pr32024.txt", 2024, _rows(2024)))
    state.set_school_lea(roots, school, LAUSD)
    _agreed(roots, _team(roots, school), "2023-24", {0: 1})
    district = compare.district(roots, "2023-24", "lcff-priority-3").district
    (row,) = district.schools
    assert row.levels == {PRACTICE_KEYS[0]: 1.0}
    progress = compare.school_progress(roots, school, "lcff-priority-3").progress
    assert progress.category(PRACTICE_KEYS[0]).levels == {"2023-24": 1.0}


def test_linking_a_school_checks_its_codes(roots: Roots, tmp_path: Path) -> None:
    school = schools.create_school(roots, "North Elementary")
    with pytest.raises(NotFoundError, match="There is no LEA with CDS code"):
        state.set_school_lea(roots, school, LAUSD)
    state.import_file(roots, write(tmp_path / "Pr32024.txt", 2024, _rows(2024)))
    with pytest.raises(BadInputError, match="The school's CDS code '12' is not a CDS code"):
        state.set_school_cds(roots, school, "12")
    with pytest.raises(NotFoundError, match="There is no school with id nope"):
        state.set_school_lea(roots, "nope", LAUSD)
    state.set_school_cds(roots, school, "19647336000001")
    state.set_school_lea(roots, school, LAUSD)  # the school's own code stays
    name, lea, own = state.school_links(roots, school)
    assert (name, lea and lea.cds_code, own) == ("North Elementary", LAUSD, "19647336000001")
    state.set_school_lea(roots, school, None)
    assert state.school_links(roots, school) == ("North Elementary", None, "19647336000001")
    trash.delete(roots, "school", school)
    with pytest.raises(NotFoundError, match="There is no school with id"):
        state.school_links(roots, school)


def test_progress_is_told_and_stop_changes_nothing(roots: Roots, tmp_path: Path) -> None:
    rows = [
        result(f"19{n:05d}0000000", f"District {n}", 2024, [3] * 12)
        for n in range(state.PROGRESS_EVERY + 50)
    ]
    path = write(tmp_path / "Pr32024.txt", 2024, rows)
    told: list[tuple[int, int]] = []
    done = state.import_file(
        roots, path, dry_run=True, progress=lambda d, t: told.append((d, t)) or True
    )
    # Without a preview's count, the file's line breaks after the header: 150.
    assert told == [(100, 150), (150, 151), (150, 150)]  # full once written
    before = dump(roots)
    with pytest.raises(CancelledError):
        state.import_file(roots, path, progress=lambda d, t: d < 150, expected_rows=150)
    assert dump(roots) == before  # stopped after the rows were merged: all rolled back
    state.import_file(
        roots,
        path,
        progress=lambda d, t: told.append((d, t)) or True,
        expected_rows=done.rows_in_file,
    )
    assert told[-3:] == [(100, 150), (150, 151), (150, 150)]  # full once written
    assert len(state.list_leas(roots)) == 150


def test_the_state_report_saved_as_a_table_in_either_language(roots: Roots, tmp_path: Path) -> None:
    state.import_file(roots, write(tmp_path / "Pr32023.txt", 2023, _rows(2023, first=2)))
    state.import_file(roots, write(tmp_path / "Pr32024.txt", 2024, _rows(2024)))
    state.export_view(roots, LAUSD, None, tmp_path / "lausd.csv", "es")
    lines = (tmp_path / "lausd.csv").read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0].split(",")[:4] == [
        "Año escolar",
        "Práctica",
        "Nivel estatal",
        "Mediana de los equipos",
    ]
    assert len(lines) == 1 + 2 * 12
    first_2024 = lines[13].split(",")
    assert first_2024[:3] == ["2023-24", first_2024[1], "4"]
    assert first_2024[6:10] == ["2", "2022-23", "Cumplido", "2024-06-21"]
    state.export_view(roots, LAUSD, "2023-24", tmp_path / "lausd.xlsx", "en")
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "lausd.xlsx").active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][:3] == ["School year", "Practice", "State level"]
    assert len(values) == 13 and values[1][8] == "Met"
    with pytest.raises(BadInputError, match=r"\.csv or \.xlsx"):
        state.export_view(roots, LAUSD, None, tmp_path / "lausd.pdf")
