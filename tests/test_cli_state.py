"""``roots import-state`` and ``roots state`` in both languages: run in this process (one
real process checks they import neither Qt nor ReportLab)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

from roots_app import cli
from roots_app.domain.state_report import Performance
from tests.exchange.state_files import result, write


class Ran(NamedTuple):
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def roots_cmd(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def run(*args: str) -> Ran:
        code = cli.main(list(args))
        out, err = capsys.readouterr()
        return Ran(code, out, err)

    return run


LAUSD, ACOE = "19647330000000", "01100170000000"


def _files(folder: Path) -> tuple[Path, Path]:
    old = write(
        folder / "Pr32021.txt",
        2021,
        [result(LAUSD, "Los Angeles Unified", 2021, [2] * 12, "Café “uno”")],
    )
    new = write(
        folder / "Pr32024.txt",
        2024,
        [
            result(
                LAUSD,
                "Los Angeles Unified",
                2024,
                [4, 3, 3, 2, 5, 0, 1, 2, 3, 4, 5, 3],
                "Noche “ñ”",
            ),
            result(
                ACOE, "Alameda County Office of Education", 2024, [3] * 12, "", Performance.NOT_MET
            ),
        ],
    )
    return old, new


def test_import_a_preview_one_lea_then_all_then_again(tmp_path: Path, roots_cmd) -> None:  # type: ignore[no-untyped-def]
    data = ["--data-dir", str(tmp_path / "data")]
    _, new = _files(tmp_path)
    preview = roots_cmd(*data, "import-state", str(new), "--dry-run")
    assert preview.returncode == 0, preview.stderr
    assert preview.stdout.startswith(
        "Would import Pr32024.txt (2023-2025 layout, tabs, windows-1252; 2 rows in the file): "
        "2 new, 0 updated, 0 unchanged; 2 LEAs added."
    )
    one = roots_cmd(*data, "--lang", "es", "import-state", str(new), "--lea", LAUSD)
    assert one.returncode == 0, one.stderr
    assert "1 nuevo, 0 actualizados, 0 sin cambios; 1 LEA agregada." in one.stdout
    assert f"nuevo        {LAUSD}  2023-24  Los Angeles Unified" in one.stdout
    every = roots_cmd(*data, "import-state", str(new), "--json")
    document = json.loads(every.stdout)
    assert (document["new"], document["unchanged"], document["leas_added"]) == (1, 1, 1)
    again = roots_cmd(*data, "import-state", str(new))
    assert "0 new, 0 updated, 2 unchanged; 0 LEAs added." in again.stdout
    assert again.stderr == ""


def test_state_beside_self_in_english_spanish_and_json(tmp_path: Path, roots_cmd) -> None:  # type: ignore[no-untyped-def]
    data = ["--data-dir", str(tmp_path / "data")]
    for path in _files(tmp_path):
        assert roots_cmd(*data, "import-state", str(path)).returncode == 0
    english = roots_cmd(*data, "state", "--lea", LAUSD)
    assert english.returncode == 0, english.stderr
    lines = english.stdout.splitlines()
    assert lines[0] == f"Los Angeles Unified ({LAUSD}), district"
    assert "2020-21: Met; board meeting 2021-06-21" in lines
    assert (
        "        4        -      -      +2  Staff capacity to build trusting relationships" in lines
    )
    assert (
        "       2*        -      -       -  Staff capacity to engage families in decisions" in lines
    )
    assert lines[-1].startswith("* matched to this practice by column order only")
    spanish = roots_cmd(*data, "--lang", "es", "state", "--lea", ACOE, "--year", "2023-24")
    assert spanish.stdout.splitlines()[:2] == [
        f"Alameda County Office of Education ({ACOE}), oficina de educación del condado",
        "2023-24: No cumplido; reunión del consejo 2024-06-21",
    ]
    assert "Ambientes acogedores para todas las familias" in spanish.stdout
    document = json.loads(roots_cmd(*data, "state", "--lea", LAUSD, "--json").stdout)
    assert [y["year"] for y in document["years"]] == ["2020-21", "2023-24"]
    practice = document["years"][1]["practices"][0]
    assert (practice["state"], practice["state_change"], practice["state_change_since"]) == (
        4,
        2,
        "2020-21",
    )
    assert document["years"][1]["practices"][5]["state"] is None  # 0: no rating


def test_bad_files_and_codes_exit_2_with_a_sentence_and_change_nothing(
    tmp_path: Path, roots_cmd
) -> None:  # type: ignore[no-untyped-def]
    data = ["--data-dir", str(tmp_path / "data")]
    _, new = _files(tmp_path)
    bad = tmp_path / "bad.txt"
    lines = new.read_text("cp1252").splitlines()
    lines[2] = lines[2].replace("\t3\t3\t", "\t3\t9\t", 1)  # the second row; the first is good
    bad.write_text("\n".join(lines), encoding="cp1252")
    refused = roots_cmd(*data, "import-state", str(bad))
    assert refused.returncode == 2
    assert "line 3, column EnvironmentRelationship: the rating 9 is outside 0 to 5" in (
        refused.stderr
    )
    assert "Traceback" not in refused.stderr
    unknown = roots_cmd(*data, "state", "--lea", LAUSD)  # its good row was not saved either
    assert unknown.returncode == 2
    assert "There is no LEA with CDS code 19647330000000" in unknown.stderr
    short = roots_cmd(*data, "import-state", str(new), "--lea", "1964")
    assert (short.returncode, "'1964' is not a CDS code" in short.stderr) == (2, True)


def test_the_state_commands_import_neither_qt_nor_reportlab(tmp_path: Path) -> None:
    _, new = _files(tmp_path)
    data = str(tmp_path / "data")
    code = (
        "import sys\n"
        "from roots_app.cli import main\n"
        f"assert main(['--data-dir', {data!r}, 'import-state', {str(new)!r}]) == 0\n"
        f"assert main(['--data-dir', {data!r}, 'state', '--lea', {LAUSD!r}]) == 0\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'reportlab'))\n"
        "assert not bad, bad\n"
    )
    ran = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert ran.returncode == 0, ran.stderr


def test_link_a_school_then_its_teams_stand_beside_the_state(tmp_path: Path, roots_cmd) -> None:  # type: ignore[no-untyped-def]
    from roots_app.domain.people import Role
    from roots_app.services import assessments, schools
    from roots_app.services.context import open_roots

    data = ["--data-dir", str(tmp_path / "data")]
    _, new = _files(tmp_path)
    assert roots_cmd(*data, "import-state", str(new)).returncode == 0
    roots = open_roots(tmp_path / "data")
    try:
        school = schools.create_school(roots, "North Elementary")
        team = schools.create_team(roots, school, "FAT", [("Ana", Role.FAMILY)])
        member = schools.get_team(roots, team).members[0].id
        found = assessments.start(roots, team, "lcff-priority-3", "2023-24", [member])
        assessment = assessments.load(roots, found)
        assessments.agree(roots, assessment, assessment.pack.categories[0].key, 2, "")
    finally:
        roots.close()
    none = roots_cmd(*data, "link-school", school)
    assert none.returncode == 2 and "Give --lea CDS or --no-lea" in none.stderr
    linked = roots_cmd(
        *data, "--lang", "es", "link-school", school, "--lea", LAUSD, "--cds", "19647336000001"
    )
    assert linked.stdout == (
        f"North Elementary: LEA Los Angeles Unified ({LAUSD}); su propio código CDS "
        "19647336000001.\n"
    )
    shown = roots_cmd(*data, "state", "--lea", LAUSD)
    assert "        4    2 (1)     +2       -  Staff capacity to build trusting relationships" in (
        shown.stdout.splitlines()
    )
    gone = roots_cmd(*data, "link-school", school, "--no-lea")
    assert gone.stdout == "North Elementary: LEA none; its own CDS code 19647336000001.\n"
    unknown = roots_cmd(*data, "link-school", "nope", "--no-cds")
    assert (unknown.returncode, "There is no school with id nope" in unknown.stderr) == (2, True)


def test_schools_json_gives_each_schools_lea_and_own_cds_code(tmp_path: Path, roots_cmd) -> None:  # type: ignore[no-untyped-def]
    from roots_app.services import schools
    from roots_app.services.context import open_roots

    data = ["--data-dir", str(tmp_path / "data")]
    _, new = _files(tmp_path)
    assert roots_cmd(*data, "import-state", str(new)).returncode == 0
    roots = open_roots(tmp_path / "data")
    try:
        ids = {name: schools.create_school(roots, name) for name in ("Alder", "Birch", "Cedar")}
    finally:
        roots.close()

    def listed() -> dict[str, tuple[object, object]]:
        document = json.loads(roots_cmd(*data, "schools", "--json").stdout)
        return {s["name"]: (s["lea"], s["cds_code"]) for s in document}

    assert listed() == dict.fromkeys(ids, (None, None))
    both = ("--lea", LAUSD, "--cds", "19647336000001")
    assert roots_cmd(*data, "link-school", ids["Alder"], *both).returncode == 0
    assert roots_cmd(*data, "link-school", ids["Birch"], "--lea", ACOE).returncode == 0
    own = ("--no-lea", "--cds", "01100176000002")
    assert roots_cmd(*data, "link-school", ids["Cedar"], *own).returncode == 0
    lausd = {"cds_code": LAUSD, "name": "Los Angeles Unified", "kind": "district"}
    acoe = {
        "cds_code": ACOE,
        "name": "Alameda County Office of Education",
        "kind": "county_office",
    }
    assert listed() == {
        "Alder": (lausd, "19647336000001"),
        "Birch": (acoe, None),
        "Cedar": (None, "01100176000002"),
    }
    assert roots_cmd(*data, "link-school", ids["Alder"], "--no-lea", "--no-cds").returncode == 0
    assert listed()["Alder"] == (None, None)


def test_export_state_saves_the_table_in_either_language(tmp_path: Path, roots_cmd) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    data = ["--data-dir", str(tmp_path / "data")]
    for path in _files(tmp_path):
        assert roots_cmd(*data, "import-state", str(path)).returncode == 0
    table = tmp_path / "lausd.csv"
    saved = roots_cmd(*data, "--lang", "es", "export-state", "--lea", LAUSD, "-o", str(table))
    assert (saved.returncode, saved.stdout) == (0, f"Wrote {table}\n")
    lines = table.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Año escolar,Práctica,Nivel estatal,Mediana de los equipos,")
    assert len(lines) == 1 + 2 * 12  # 2020-21 and 2023-24
    assert lines[13].startswith(
        "2023-24,1. Capacidad del personal para construir relaciones de confianza,4,,0,,2,2020-21,"
        "Cumplido,2024-06-21"
    )
    sheet = tmp_path / "lausd.xlsx"
    one = ("--lea", LAUSD, "--year", "2023-24", "-o", str(sheet), "--lang", "en", "--mapped")
    assert roots_cmd(*data, "--lang", "es", "export-state", *one).returncode == 0
    values = [[c.value for c in row] for row in load_workbook(sheet).active.iter_rows()]
    assert values[0][:3] == ["School year", "Practice", "State level"]
    assert values[0][-2].startswith("Other rubrics, mapped")  # --mapped: two more columns
    assert len(values) == 1 + 12 and values[1][2] == "4" and values[1][8] == "Met"
    wrong = roots_cmd(*data, "export-state", "--lea", LAUSD, "-o", str(tmp_path / "lausd.pdf"))
    assert wrong.returncode == 2
    assert wrong.stderr == "roots: Save the table as a .csv or .xlsx file.\n"
    assert not (tmp_path / "lausd.pdf").exists()


def test_leas_lists_every_lea_with_its_years_and_schools(tmp_path: Path, roots_cmd) -> None:  # type: ignore[no-untyped-def]
    from roots_app.services import schools, state, trash
    from roots_app.services.context import open_roots

    data = ["--data-dir", str(tmp_path / "data")]
    empty = roots_cmd(*data, "leas")
    assert (
        empty.stdout
        == "No LEA yet: import the state's Priority 3 file (roots import-state FILE).\n"
    )
    for path in _files(tmp_path):
        assert roots_cmd(*data, "import-state", str(path)).returncode == 0
    roots = open_roots(tmp_path / "data")
    try:
        made = [schools.create_school(roots, name) for name in ("Alder", "Birch", "Cedar")]
        for school in made:
            state.set_school_lea(roots, school, LAUSD)
        trash.delete(roots, "school", made[2])  # a school in the trash is not counted
    finally:
        roots.close()
    english = roots_cmd(*data, "leas")
    assert english.stdout.splitlines() == [  # by name
        f"{ACOE}  Alameda County Office of Education (county office of education; state "
        "reports 2023-24; 0 schools linked)",
        f"{LAUSD}  Los Angeles Unified (district; state reports 2020-21, 2023-24; 2 schools "
        "linked)",
    ]
    spanish = roots_cmd(*data, "--lang", "es", "leas").stdout.splitlines()
    assert spanish[1] == (
        f"{LAUSD}  Los Angeles Unified (distrito; informes al estado 2020-21, 2023-24; 2 escuelas "
        "vinculadas)"
    )
    document = json.loads(roots_cmd(*data, "leas", "--json").stdout)
    assert document[1] == {
        "cds_code": LAUSD,
        "name": "Los Angeles Unified",
        "kind": "district",
        "kind_label": "district",
        "school_years": ["2020-21", "2023-24"],
        "schools": 2,
    }


def test_state_and_export_state_of_one_school(tmp_path: Path, roots_cmd) -> None:  # type: ignore[no-untyped-def]
    from roots_app.domain.people import Role
    from roots_app.services import assessments, schools
    from roots_app.services.context import open_roots

    data = ["--data-dir", str(tmp_path / "data")]
    _, new = _files(tmp_path)
    assert roots_cmd(*data, "import-state", str(new)).returncode == 0
    roots = open_roots(tmp_path / "data")
    try:
        made = {}
        for name, level in (("North Elementary", 2), ("South Middle", 5)):
            made[name] = school = schools.create_school(roots, name)
            team = schools.create_team(roots, school, "FAT", [("Ana", Role.FAMILY)])
            member = schools.get_team(roots, team).members[0].id
            found = assessments.start(roots, team, "lcff-priority-3", "2023-24", [member])
            loaded = assessments.load(roots, found)
            assessments.agree(roots, loaded, loaded.pack.categories[0].key, level, "")
        stranger = schools.create_school(roots, "Elsewhere")
    finally:
        roots.close()
    for school in made.values():
        assert roots_cmd(*data, "link-school", school, "--lea", LAUSD).returncode == 0
    both = roots_cmd(*data, "state", "--lea", LAUSD).stdout.splitlines()
    assert (
        "        4  3.5 (2)   +0.5       -  Staff capacity to build trusting relationships" in both
    )
    north = ("--lea", LAUSD, "--school", made["North Elementary"])
    one = roots_cmd(*data, "--lang", "es", "state", *north).stdout.splitlines()
    assert one[1] == "equipos: solo los de North Elementary"
    assert one[4].startswith("        4    2 (1)     +2       -  Capacidad del personal para")
    document = json.loads(roots_cmd(*data, "state", *north, "--json").stdout)
    assert document["school"] == {"id": made["North Elementary"], "name": "North Elementary"}
    assert document["years"][0]["practices"][0]["teams"] == 2
    assert json.loads(roots_cmd(*data, "state", "--lea", LAUSD, "--json").stdout)["school"] is None
    table = tmp_path / "north.csv"
    assert roots_cmd(*data, "export-state", *north, "-o", str(table)).returncode == 0
    assert table.read_bytes().decode("utf-8-sig").splitlines()[1].split(",")[2:5] == ["4", "2", "1"]
    refused = roots_cmd(*data, "state", "--lea", LAUSD, "--school", stranger)
    assert refused.returncode == 2
    assert refused.stderr == (
        f"roots: Elsewhere is not a school of Los Angeles Unified ({LAUSD}): link it to that LEA "
        "first.\n"
    )


def test_copy_to_says_what_it_carried_of_the_state_data(tmp_path: Path, roots_cmd) -> None:  # type: ignore[no-untyped-def]
    from roots_app.services import schools
    from roots_app.services.context import open_roots

    laptop = ["--data-dir", str(tmp_path / "laptop")]
    target = f"sqlite:///{tmp_path / 'district.db'}"
    old, new = _files(tmp_path)
    for path in (old, new):
        assert roots_cmd(*laptop, "import-state", str(path)).returncode == 0
    roots = open_roots(tmp_path / "laptop")
    try:
        school = schools.create_school(roots, "North Elementary")
    finally:
        roots.close()
    assert roots_cmd(*laptop, "link-school", school, "--lea", LAUSD).returncode == 0
    preview = roots_cmd(*laptop, "copy-to", target, "--dry-run")
    assert preview.stdout.splitlines()[-1] == (
        "State data (LEAs, the state's results, schools' LEA and CDS code, an imported "
        "crosswalk) is copied only when copy-to runs without --dry-run."
    )
    done = roots_cmd(*laptop, "copy-to", target)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == (
        "State data: results 3 new, 0 updated, 0 unchanged; 2 LEAs added; schools: 1 linked, "
        "0 unchanged; no imported crosswalk to copy."
    )
    again = roots_cmd(*laptop, "--lang", "es", "copy-to", target)
    assert again.stdout.splitlines()[-1] == (
        "Datos del estado: resultados 0 nuevos, 0 actualizados, 3 sin cambios; 0 LEA "
        "agregadas; escuelas: 0 vinculadas, 1 sin cambios; ninguna correspondencia importada "
        "que copiar."
    )
    document = json.loads(roots_cmd(*laptop, "copy-to", target, "--json").stdout)
    assert document["state"] == {
        "leas_added": 0,
        "results": {"new": 0, "updated": 0, "unchanged": 3},
        "schools_linked": 0,
        "schools_unchanged": 1,
        "crosswalk": "none",
        "crosswalk_problem": None,
    }
    district = ["--data-dir", str(tmp_path / "office"), "--db", target]
    listed = roots_cmd(*district, "leas", "--json")
    assert {lea["cds_code"] for lea in json.loads(listed.stdout)} == {LAUSD, ACOE}


def test_copy_to_that_fails_copies_nothing_and_says_what_to_do(
    tmp_path: Path,
    roots_cmd,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The state data's write refused after the records went in: exit 2, a sentence saying
    nothing was copied and what to do (in --lang), the target as it was; then it all lands."""
    from roots_app.errors import DiskFullError
    from roots_app.services import schools
    from roots_app.services.context import open_roots
    from roots_app.storage import state_repo
    from tests.dbdump import dump

    laptop = ["--data-dir", str(tmp_path / "laptop")]
    target = f"sqlite:///{tmp_path / 'district.db'}"
    district = ["--data-dir", str(tmp_path / "office"), "--db", target]
    for path in _files(tmp_path):
        assert roots_cmd(*laptop, "import-state", str(path)).returncode == 0
    roots = open_roots(tmp_path / "laptop")
    try:
        school = schools.create_school(roots, "North Elementary")
    finally:
        roots.close()
    assert roots_cmd(*laptop, "link-school", school, "--lea", LAUSD).returncode == 0
    assert roots_cmd(*district, "schools", "--json").returncode == 0  # made, migrated, empty
    office = open_roots(tmp_path / "office", target)
    try:
        before = dump(office)

        def disk_full(*_args: object) -> None:
            raise DiskFullError("The disk is full, so nothing was saved. Free some space.")

        with monkeypatch.context() as patched:
            patched.setattr(state_repo, "relink_schools", disk_full)
            failed = roots_cmd(*laptop, "copy-to", target, "--json")
            in_spanish = roots_cmd(*laptop, "--lang", "es", "copy-to", target)
        assert dump(office) == before
    finally:
        office.close()
    assert (failed.returncode, failed.stdout) == (2, "")
    assert failed.stderr == (
        "roots: copy-to copied nothing: the target database is as it was. What happened: The "
        "disk is full, so nothing was saved. Free some space. Put that right, then run copy-to "
        "again.\n"
    )
    assert (in_spanish.returncode, in_spanish.stdout) == (2, "")
    assert in_spanish.stderr == (
        "roots: copy-to no copió nada: la base de datos de destino quedó como estaba. Qué "
        "pasó: The disk is full, so nothing was saved. Free some space. Resuélvalo y vuelva a "
        "ejecutar copy-to.\n"
    )
    done = roots_cmd(*laptop, "copy-to", target)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].startswith("State data: results 3 new, 0 updated")
    assert json.loads(roots_cmd(*district, "schools", "--json").stdout)[0]["lea"]["cds_code"] == (
        LAUSD
    )
