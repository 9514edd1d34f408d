"""The ``roots`` command line, run as a real process against a real data folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def roots_cmd(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "roots_app.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_version() -> None:
    result = roots_cmd("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("roots 0.")


def test_rubrics_json_lists_the_four_packs() -> None:
    result = roots_cmd("--lang", "es", "rubrics", "--json")
    assert result.returncode == 0, result.stderr
    packs = {p["id"]: p for p in json.loads(result.stdout)}
    assert set(packs) == {
        "cei-six-roots",
        "lausd-family-empowerment",
        "lcff-priority-3",
        "pta-national-standards",
    }
    assert len(packs["lcff-priority-3"]["categories"]) == 12
    assert packs["cei-six-roots"]["levels"][-1]["label"] == "Raíces profundas"
    assert "LAUSD" in packs["lausd-family-empowerment"]["provenance"]


def test_rubric_validate_good_and_bad(tmp_path: Path) -> None:
    good = roots_cmd("rubric", "validate", str(REPO / "resources/rubrics/cei-six-roots.json"))
    assert good.returncode == 0
    assert "valid rubric pack cei-six-roots@1.0.2" in good.stdout
    data = json.loads((REPO / "resources/rubrics/cei-six-roots.json").read_text("utf-8"))
    data["categories"][1]["key"] = data["categories"][0]["key"]
    bad_file = tmp_path / "dup.json"
    bad_file.write_text(json.dumps(data), encoding="utf-8")
    bad = roots_cmd("rubric", "validate", str(bad_file))
    assert bad.returncode == 2
    assert "categories[1].key" in bad.stderr
    assert "used twice" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_rubric_import_adds_a_version(tmp_path: Path) -> None:
    data = json.loads((REPO / "resources/rubrics/pta-national-standards.json").read_text("utf-8"))
    data["version"] = "1.2.0"
    path = tmp_path / "pta.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert roots_cmd("rubric", "import", str(path)).returncode == 0
    listed = json.loads(roots_cmd("rubrics", "--json").stdout)
    assert ("pta-national-standards", "1.2.0") in {(p["id"], p["version"]) for p in listed}


def test_demo_then_schools_assessments_and_show() -> None:
    made = roots_cmd("demo", "--schools", "3", "--years", "2", "--seed", "5")
    assert made.returncode == 0, made.stderr
    assert "Added 3 schools, 6 assessments" in made.stdout
    assert "ratings and 36 agreed levels." in made.stdout  # 6 assessments x 6 categories
    twice = roots_cmd("demo", "--schools", "3", "--years", "2", "--seed", "5")
    assert twice.returncode == 2 and "sample district is here already" in twice.stderr
    schools = json.loads(roots_cmd("schools", "--json").stdout)
    assert len(schools) == 3
    school_id = schools[0]["id"]
    listed = json.loads(roots_cmd("assessments", "--school", school_id, "--json").stdout)
    assert len(listed) == 2
    assert {a["school_id"] for a in listed} == {school_id}
    shown = roots_cmd("show", listed[0]["id"], "--json")
    document = json.loads(shown.stdout)
    assert document["school"]["id"] == school_id
    assert len(document["categories"]) == 6
    assert all(c["agreed_level"] is not None for c in document["categories"])
    assert len(document["categories"][0]["ratings"]) == len(document["members"])


@pytest.mark.slow  # many processes of `roots` (a quick run leaves it out)
def test_spanish_demo_and_show(tmp_path: Path) -> None:
    """`roots --lang es demo` made English regions and evidence; `show` printed English words."""
    made = roots_cmd("--lang", "es", "demo", "--schools", "2", "--years", "1", "--seed", "5")
    assert made.returncode == 0, made.stderr
    schools = json.loads(roots_cmd("schools", "--json").stdout)
    assert {s["region"] for s in schools} <= {"Norte", "Sur", "Este", "Oeste", "Centro"}
    first = json.loads(roots_cmd("assessments", "--json").stdout)[0]["id"]
    document = json.loads(roots_cmd("--lang", "es", "show", first, "--json").stdout)
    shown = roots_cmd("--lang", "es", "show", first)
    assert shown.returncode == 0, shown.stderr
    assert document["categories"][0]["title"] in shown.stdout
    assert "nivel acordado" in shown.stdout and "integrantes" in shown.stdout
    assert "agreed" not in shown.stdout and "members" not in shown.stdout
    english = roots_cmd("show", first)
    assert "agreed" in english.stdout and "nivel acordado" not in english.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("show", "no-such-id"), "no assessment with id no-such-id"),
        (("assessments", "--year", "2025"), "not a school year"),
        (("demo", "--schools", "0"), "--schools must be at least 1"),
        (("rubric", "validate", "/no/such/file.json"), "no file at"),
        (("import-bundle", "/no/such/file.roots"), "no file at /no/such/file.roots"),
        (("export-bundle", "-o", "x.roots"), "Name assessments, or give --school ID, or --all"),
        (("export-bundle", "--school", "nope", "-o", "x.roots"), "There is no school nope"),
        (("copy-to", "not-an-address"), "not one Roots can use"),
        (("--db", "nope://server/x", "schools"), "not one Roots can use"),
    ],
)
def test_bad_input_exits_2_with_a_sentence(args: tuple[str, ...], message: str) -> None:
    result = roots_cmd(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_non_gui_commands_do_not_import_qt() -> None:
    code = (
        "import sys\n"
        "from roots_app.cli import main\n"
        "for args in (['rubrics'], ['demo', '--schools', '1', '--years', '1'], ['schools'],"
        " ['assessments']):\n"
        "    assert main(args) == 0\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'reportlab'))\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.slow  # many processes of `roots` (a quick run leaves it out)
def test_comparisons_import_neither_qt_reportlab_nor_the_orm_models() -> None:
    # The ORM models (11 classes mapped at import) cost these commands much of their start.
    assert roots_cmd("demo", "--schools", "2", "--years", "2", "--seed", "9").returncode == 0
    year = max(a["school_year"] for a in json.loads(roots_cmd("assessments", "--json").stdout))
    school = json.loads(roots_cmd("schools", "--json").stdout)[0]["id"]
    code = (
        "import sys\n"
        "from roots_app.cli import main\n"
        f"assert main(['district', '--year', {year!r}, '--json']) == 0\n"
        f"assert main(['compare', '--school', {school!r}, '--json']) == 0\n"
        "heavy = ('PySide6', 'reportlab')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in heavy"
        " or m in ('roots_app.storage.models', 'alembic'))\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.one_backend  # the data folder's own file: a district database is opened as ever
def test_plan_pdf_of_the_data_folder_imports_neither_sqlalchemy_nor_qt(tmp_path: Path) -> None:
    # Importing SQLAlchemy alone cost twice plan-pdf's floor (issue 14).
    from pypdf import PdfReader

    assert roots_cmd("demo", "--schools", "1", "--years", "1", "--seed", "4").returncode == 0
    first = json.loads(roots_cmd("assessments", "--json").stdout)[0]["id"]
    out = tmp_path / "plan.pdf"
    code = (
        "import sys\n"
        "from roots_app.cli import main\n"
        f"assert main(['plan-pdf', {first!r}, '-o', {str(out)!r}, '--lang', 'es']) == 0\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'PySide6'))\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "Plan de crecimiento" in PdfReader(out).pages[0].extract_text()


def test_only_the_roots_program_changes_the_cycle_collector() -> None:
    # `roots` collects less often and skips the collection at exit (issue 14); a program that
    # calls main(argv) itself keeps the collector as it set it.
    code = (
        "import gc, sys\n"
        "from roots_app.cli import main\n"
        "before = gc.get_threshold()\n"
        "assert main(['rubrics', '--json']) == 0\n"
        "assert gc.get_threshold() == before and gc.get_freeze_count() == 0\n"
        "sys.argv = ['roots', 'rubrics', '--json']\n"
        "assert main() == 0\n"
        "assert gc.get_threshold()[0] == 10_000 and gc.get_freeze_count() > 0\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr


def test_version_imports_only_what_it_prints() -> None:
    code = (
        "import sys\n"
        "from roots_app.cli import main\n"
        "try:\n"
        "    main(['--version'])\n"
        "except SystemExit as exc:\n"
        "    assert exc.code == 0\n"
        "heavy = ('sqlalchemy', 'roots_app.domain', 'roots_app.services', 'roots_app.storage')\n"
        "light = ('roots_app.domain', 'roots_app.domain.vocabulary')  # names, no imports\n"
        "bad = sorted(m for m in sys.modules if m.startswith(heavy) and m not in light)\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr


def test_plans_pdf_prints_every_plan_of_a_year(tmp_path: Path) -> None:
    from pypdf import PdfReader

    assert roots_cmd("demo", "--schools", "2", "--years", "1", "--seed", "8").returncode == 0
    year = json.loads(roots_cmd("assessments", "--json").stdout)[0]["school_year"]
    result = roots_cmd(
        "plans-pdf",
        "--year",
        year,
        "-o",
        str(tmp_path / "out"),
        "--lang",
        "es",
        "--page-size",
        "a4",
    )
    assert result.returncode == 0, result.stderr
    files = sorted((tmp_path / "out").glob("*.pdf"))
    assert len(files) == 2
    assert all(f.name.endswith(f"_{year}_es.pdf") for f in files)
    for path in files:
        pages = PdfReader(path).pages
        for number, page in enumerate(pages, 1):
            assert f"Página {number} de {len(pages)}" in page.extract_text()
        assert round(float(pages[0].mediabox.width)) == 595  # A4


@pytest.mark.slow  # many processes of `roots` (a quick run leaves it out)
def test_global_lang_prints_spanish_plans_unless_the_command_says_otherwise(
    tmp_path: Path,
) -> None:
    """`roots --lang es plan-pdf` printed English: the sub-command's --lang hid the global one."""
    from pypdf import PdfReader

    def first_page(path: Path) -> str:
        return PdfReader(path).pages[0].extract_text()

    assert roots_cmd("demo", "--schools", "1", "--years", "1", "--seed", "3").returncode == 0
    listed = json.loads(roots_cmd("assessments", "--json").stdout)
    first, year = listed[0]["id"], listed[0]["school_year"]
    spanish = roots_cmd("--lang", "es", "plan-pdf", first, "-o", str(tmp_path / "es.pdf"))
    assert spanish.returncode == 0, spanish.stderr
    assert "Plan de crecimiento" in first_page(tmp_path / "es.pdf")
    assert "Growth plan" not in first_page(tmp_path / "es.pdf")
    own = roots_cmd(
        "--lang", "es", "plan-pdf", first, "-o", str(tmp_path / "en.pdf"), "--lang", "en"
    )
    assert own.returncode == 0, own.stderr
    assert "Growth plan" in first_page(tmp_path / "en.pdf")
    assert roots_cmd("plan-pdf", first, "-o", str(tmp_path / "default.pdf")).returncode == 0
    assert "Growth plan" in first_page(tmp_path / "default.pdf")
    year_run = roots_cmd("--lang", "es", "plans-pdf", "--year", year, "-o", str(tmp_path / "all"))
    assert year_run.returncode == 0, year_run.stderr
    (only,) = (tmp_path / "all").glob("*.pdf")
    assert only.name.endswith("_es.pdf")
    assert "Plan de crecimiento" in first_page(only)


@pytest.mark.slow  # many processes of `roots` (a quick run leaves it out)
def test_plan_pdf_refuses_bad_output_with_a_sentence(tmp_path: Path) -> None:
    assert roots_cmd("demo", "--schools", "1", "--years", "1").returncode == 0
    first = json.loads(roots_cmd("assessments", "--json").stdout)[0]["id"]
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = roots_cmd("plan-pdf", first, "-o", str(blocker / "plan.pdf"))
    assert result.returncode == 2
    assert "could not be written" in result.stderr
    assert "Traceback" not in result.stderr
    result = roots_cmd("plan-actions", first, "-o", str(tmp_path / "actions.txt"))
    assert result.returncode == 2
    assert ".csv or .xlsx" in result.stderr


@pytest.mark.slow  # many processes of `roots` (a quick run leaves it out)
def test_compare_and_district_json(tmp_path: Path) -> None:
    assert roots_cmd("demo", "--schools", "3", "--years", "3", "--seed", "21").returncode == 0
    school = json.loads(roots_cmd("schools", "--json").stdout)[0]["id"]
    progress = json.loads(roots_cmd("compare", "--school", school, "--json").stdout)
    assert len(progress["years"]) == 3
    year = progress["years"][-1]
    first = progress["categories"][0]
    district = json.loads(roots_cmd("district", "--year", year, "--json").stdout)
    mine = next(s for s in district["schools"] if s["id"] == school)
    assert mine["levels"][first["key"]] == first["levels"][year]
    assert mine["changes"][first["key"]] == first["changes"][year]["change"]
    result = roots_cmd(
        "--lang", "es", "export-table", "--year", year, "-o", str(tmp_path / "t.xlsx")
    )
    assert result.returncode == 0, result.stderr
    assert roots_cmd("district", "--year", "2025").returncode == 2
    assert "no school with id" in roots_cmd("compare", "--school", "nope").stderr


@pytest.mark.slow  # many processes of `roots` (a quick run leaves it out)
def test_bundles_move_a_district_between_data_folders(tmp_path: Path) -> None:
    """export-bundle, then import-bundle --dry-run (nothing changes), the import, a re-import."""
    source, target = tmp_path / "coordinator", tmp_path / "district"
    assert (
        roots_cmd("--data-dir", str(source), "demo", "--schools", "2", "--years", "2").returncode
        == 0
    )
    bundle = tmp_path / "all.roots"
    exported = roots_cmd("--data-dir", str(source), "export-bundle", "--all", "-o", str(bundle))
    assert exported.returncode == 0, exported.stderr
    assert "2 schools" in exported.stdout

    # The district's own computer: a SQLite file, whichever database the coordinator uses.
    on_target = ("--data-dir", str(target), "--db", f"sqlite:///{target / 'roots.sqlite3'}")

    def imported(*options: str) -> dict:
        result = roots_cmd(*on_target, "import-bundle", str(bundle), "--json", *options)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    dry = imported("--dry-run")
    assert dry["applied"] is False and dry["added"] > 0 and dry["conflict"] == 0
    assert json.loads(roots_cmd(*on_target, "schools", "--json").stdout) == []
    first = imported()
    assert first["applied"] is True and first["added"] == dry["added"]
    assert first["tables"]["schools"]["added"] == 2
    again = imported()
    assert again["added"] == again["updated"] == again["conflict"] == 0
    assert again["unchanged"] == first["added"]
    district = [
        roots_cmd(*where, "district", "--year", "2025-26", "--json").stdout
        for where in (("--data-dir", str(source)), on_target)
    ]
    assert len(json.loads(district[0])["schools"]) == 2
    assert json.loads(district[0]) == json.loads(district[1])


@pytest.mark.slow  # many processes of `roots` (a quick run leaves it out)
@pytest.mark.one_backend
def test_copy_a_laptop_database_into_the_district_database(tmp_path: Path, postgres) -> None:  # type: ignore[no-untyped-def]
    """Moving to the district server: the same merge rules, and running it twice adds nothing."""
    url = postgres.new_database()
    laptop = ("--data-dir", str(tmp_path / "laptop"), "--db", f"sqlite:///{tmp_path / 'l.db'}")
    try:
        assert roots_cmd(*laptop, "demo", "--schools", "2", "--years", "1").returncode == 0
        first = roots_cmd(*laptop, "copy-to", url, "--json")
        assert first.returncode == 0, first.stderr
        copied = json.loads(first.stdout)
        assert copied["applied"] and copied["added"] > 0 and copied["conflict"] == 0
        again = json.loads(roots_cmd(*laptop, "copy-to", url, "--json").stdout)
        assert again["added"] == again["updated"] == 0
        on_server = ("--data-dir", str(tmp_path / "office"), "--db", url)
        year = json.loads(roots_cmd(*laptop, "assessments", "--json").stdout)[0]["school_year"]
        district = [
            json.loads(roots_cmd(*where, "district", "--year", year, "--json").stdout)
            for where in (laptop, on_server)
        ]
        assert district[0] == district[1] and len(district[1]["schools"]) == 2
        unreachable = roots_cmd(*laptop, "copy-to", "postgresql+psycopg://roots@127.0.0.1:1/x")
        assert unreachable.returncode == 2
        assert "could not connect to the district database" in unreachable.stderr
        assert "Traceback" not in unreachable.stderr
    finally:
        postgres.drop(url)


@pytest.mark.slow  # many processes of `roots` (a quick run leaves it out)
@pytest.mark.one_backend
def test_backup_list_and_restore_from_the_command_line(tmp_path: Path) -> None:
    here = ("--data-dir", str(tmp_path / "data"), "--db", f"sqlite:///{tmp_path / 'r.db'}")
    assert roots_cmd(*here, "demo", "--schools", "1", "--years", "1").returncode == 0
    saved = roots_cmd(*here, "backup", "-o", str(tmp_path / "copy.sqlite3"))
    assert saved.returncode == 0 and "Backed up" in saved.stdout
    again = ("demo", "--schools", "1", "--years", "1", "--seed", "9", "--again")
    assert roots_cmd(*here, *again).returncode == 0
    restored = roots_cmd(*here, "restore", str(tmp_path / "copy.sqlite3"))
    assert restored.returncode == 0, restored.stderr
    assert len(json.loads(roots_cmd(*here, "schools", "--json").stdout)) == 1
    listed = json.loads(roots_cmd(*here, "backups", "--json").stdout)
    assert [b["kind"] for b in listed] == ["before-restore"]
    assert listed[0]["schools"] == 2
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database at all" * 100)
    refused = roots_cmd(*here, "restore", str(broken))
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "cannot be read as a database" in refused.stderr


@pytest.mark.slow  # many processes of `roots` (a quick run leaves it out)
@pytest.mark.one_backend
def test_restore_replaces_a_database_too_damaged_to_open(tmp_path: Path) -> None:
    data = tmp_path / "data"
    here = ("--data-dir", str(data))
    assert roots_cmd(*here, "demo", "--schools", "1", "--years", "1").returncode == 0
    assert roots_cmd(*here, "backup", "-o", str(tmp_path / "copy.sqlite3")).returncode == 0
    (data / "roots.sqlite3").write_bytes(b"garbage" * 1000)
    for sibling in ("roots.sqlite3-wal", "roots.sqlite3-shm"):
        (data / sibling).unlink(missing_ok=True)
    broken = roots_cmd(*here, "schools")
    assert broken.returncode == 2 and "damaged" in broken.stderr
    assert "Traceback" not in broken.stderr
    restored = roots_cmd(*here, "restore", str(tmp_path / "copy.sqlite3"))
    assert restored.returncode == 0, restored.stderr
    assert "damaged database is kept" in restored.stdout
    assert len(json.loads(roots_cmd(*here, "schools", "--json").stdout)) == 1
    assert [p.read_bytes() for p in (data / "damaged").glob("*.sqlite3")] == [b"garbage" * 1000]


@pytest.mark.slow  # many processes of `roots` (a quick run leaves it out)
@pytest.mark.one_backend
def test_output_onto_a_device_or_a_pipe_is_refused(tmp_path: Path) -> None:
    """`-o /dev/full` used to replace the device with a file and report success (issue 13)."""
    import os
    import stat

    here = ("--data-dir", str(tmp_path / "data"), "--db", f"sqlite:///{tmp_path / 'r.db'}")
    assert roots_cmd(*here, "demo", "--schools", "1", "--years", "1").returncode == 0
    first = json.loads(roots_cmd(*here, "assessments", "--json").stdout)[0]
    pipe = tmp_path / "pipe.csv"  # the spreadsheet commands choose the format by the ending
    os.mkfifo(pipe)
    device = tmp_path / "full.xlsx"
    device.symlink_to("/dev/full")
    commands = [
        ("backup",),
        ("plan-pdf", first["id"]),
        ("plan-actions", first["id"]),
        ("export-bundle", "--all"),
        ("export-table", "--year", first["school_year"]),
    ]
    for command in commands:
        for target, kind in ((pipe, "a pipe"), (device, "a device")):
            result = roots_cmd(*here, *command, "-o", str(target))
            assert result.returncode == 2, (command, result.stdout, result.stderr)
            assert f"is {kind}, not a file" in result.stderr
            assert "Traceback" not in result.stderr and result.stdout == ""
    for target, kind in ((pipe, "a pipe"), (device, "a device")):  # plans-pdf names a folder
        result = roots_cmd(*here, "plans-pdf", "--year", first["school_year"], "-o", str(target))
        assert result.returncode == 2, result.stderr
        assert f"is {kind}, not a folder" in result.stderr
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert device.is_symlink() and stat.S_ISCHR(device.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "full.xlsx", "pipe.csv", "r.db"]


@pytest.mark.one_backend
def test_importing_a_pipe_is_refused_at_once(tmp_path: Path) -> None:
    """`import-bundle` on a pipe waited for a writer forever."""
    import os

    here = ("--data-dir", str(tmp_path / "data"), "--db", f"sqlite:///{tmp_path / 'r.db'}")
    pipe = tmp_path / "in.roots"
    os.mkfifo(pipe)
    for dry_run in ((), ("--dry-run",)):
        result = roots_cmd(*here, "import-bundle", *dry_run, str(pipe))
        assert result.returncode == 2, result.stderr
        assert f"{pipe} is a pipe, not a file" in result.stderr
        assert "Traceback" not in result.stderr and result.stdout == ""


@pytest.mark.one_backend
def test_a_pack_nested_100000_deep_is_refused_with_a_sentence(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text('{"id":' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    for action in ("validate", "import"):
        result = roots_cmd("rubric", action, str(deep))
        assert result.returncode == 2, result.stderr
        assert "nested far too deeply to be a rubric pack" in result.stderr
        assert "Traceback" not in result.stderr


@pytest.mark.one_backend
def test_pack_problems_quote_a_huge_value_only_in_part(tmp_path: Path) -> None:
    data = json.loads((REPO / "resources/rubrics/cei-six-roots.json").read_text("utf-8"))
    data["title"] = "Y" * 1_000_000
    path = tmp_path / "huge-title.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = roots_cmd("rubric", "validate", str(path))
    assert result.returncode == 2
    assert "title: 'YYYY" in result.stderr and "(1,000,000 characters)" in result.stderr
    assert len(result.stderr) < 1_000


@pytest.mark.slow  # many processes of `roots` (a quick run leaves it out)
@pytest.mark.one_backend
def test_names_with_control_characters_print_harmlessly_and_export(tmp_path: Path) -> None:
    """A school named with a terminal escape code (kept from older data, or typed long ago)."""
    import sqlite3

    from openpyxl import load_workbook

    db = tmp_path / "r.db"
    here = ("--data-dir", str(tmp_path / "data"), "--db", f"sqlite:///{db}")
    assert roots_cmd(*here, "demo", "--schools", "1", "--years", "1").returncode == 0
    hostile = "Escuela \x1b]0;owned\x07\x1b[2J\x01Uno\x9b"
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE schools SET name = ?", (hostile,))
        connection.execute("UPDATE teams SET name = ?", ("Equipo\x1b[31m",))
    year = json.loads(roots_cmd(*here, "assessments", "--json").stdout)[0]["school_year"]
    shown = r"Escuela \u001b]0;owned\u0007\u001b[2J\u0001Uno\u009b"
    for listing in (("schools",), ("district", "--year", year), ("assessments",)):
        result = roots_cmd(*here, *listing)
        assert result.returncode == 0, result.stderr
        assert shown in result.stdout
        assert not any((ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F for c in result.stdout)
    assert r"Equipo\u001b[31m" in roots_cmd(*here, "assessments").stdout
    listed = json.loads(roots_cmd(*here, "schools", "--json").stdout)
    assert listed[0]["name"] == hostile  # --json stays JSON and holds the name exactly
    table = tmp_path / "district.xlsx"
    exported = roots_cmd(*here, "export-table", "--year", year, "-o", str(table))
    assert exported.returncode == 0, exported.stderr
    assert load_workbook(table).active["A2"].value == "Escuela ␛]0;owned␇␛[2J␁Uno\x9b"


BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


@pytest.mark.slow  # many processes of `roots` (a quick run leaves it out)
@pytest.mark.one_backend
def test_bidirectional_controls_in_names_print_escaped(tmp_path: Path) -> None:
    """A name with U+202E turned the rest of the terminal line around ("Trojan Source")."""
    import sqlite3

    db = tmp_path / "r.db"
    here = ("--data-dir", str(tmp_path / "data"), "--db", f"sqlite:///{db}")
    assert roots_cmd(*here, "demo", "--schools", "1", "--years", "1").returncode == 0
    hostile = "Escuela \u202eonU\u202c " + BIDI
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE schools SET name = ?", (hostile,))
    first = json.loads(roots_cmd(*here, "assessments", "--json").stdout)[0]["id"]
    escaped = r"Escuela \u202eonU\u202c " + "".join(f"\\u{ord(c):04x}" for c in BIDI)
    for listing in (("schools",), ("assessments",), ("show", first)):
        result = roots_cmd(*here, *listing)
        assert result.returncode == 0, result.stderr
        assert escaped in result.stdout
        assert not set(BIDI) & set(result.stdout)
    listed = json.loads(roots_cmd(*here, "schools", "--json").stdout)
    assert listed[0]["name"] == hostile  # --json stays JSON and holds the name exactly


@pytest.mark.one_backend
def test_nothing_to_export_is_said_so(tmp_path: Path) -> None:
    """An empty export printed "Wrote all.roots: ." (issue 13)."""
    here = ("--data-dir", str(tmp_path / "data"), "--db", f"sqlite:///{tmp_path / 'r.db'}")
    bundle = roots_cmd(*here, "export-bundle", "--all", "-o", str(tmp_path / "all.roots"))
    assert bundle.returncode == 2
    assert "nothing to export" in bundle.stderr and "no schools yet" in bundle.stderr
    assert not (tmp_path / "all.roots").exists()
    plans = roots_cmd(*here, "plans-pdf", "--year", "2025-26", "-o", str(tmp_path / "out"))
    assert plans.returncode == 0, plans.stderr
    assert plans.stdout == "There are no assessments in 2025-26: no plans were printed.\n"


@pytest.mark.parametrize("place", ["title", "key"])
def test_a_pack_with_a_lone_surrogate_is_a_sentence_not_a_traceback(
    tmp_path: Path, place: str
) -> None:
    """A lone surrogate ("\\ud800") is JSON but not text: refused as a bad pack, nothing added."""
    data = json.loads((REPO / "resources/rubrics/pta-national-standards.json").read_text("utf-8"))
    data["version"] = "1.3.0"
    if place == "title":
        data["title"]["en"] = "PTA \ud800 standards"
    else:
        data["categories"][0]["descriptors"]["1"]["\ud800x"] = "odd"
    path = tmp_path / "surrogate.json"
    path.write_text(json.dumps(data), encoding="utf-8")  # ASCII: the surrogate as \ud800
    for action in ("validate", "import"):
        result = roots_cmd("rubric", action, str(path))
        assert result.returncode == 2, result.stderr
        assert "is not valid" in result.stderr and "not text" in result.stderr
        assert "Traceback" not in result.stderr
    listed = json.loads(roots_cmd("rubrics", "--json").stdout)
    assert ("pta-national-standards", "1.3.0") not in {(p["id"], p["version"]) for p in listed}


# -- issue 13: secrets, locks, damage and plain words on the command line

SECRET_ADDRESSES = [
    ("--db", "postgresql+psycopg://u:secret@127.0.0.1:notaport/x", "schools"),
    ("--db", "mysql://u:secret@127.0.0.1/x", "schools"),
    ("copy-to", "postgresql+psycopg://u:secret@127.0.0.1:notaport/x"),
    ("copy-to", "mysql://u:secret@127.0.0.1/x"),
]


@pytest.mark.one_backend
@pytest.mark.parametrize("args", SECRET_ADDRESSES)
def test_an_address_roots_cannot_use_is_a_sentence_and_its_password_is_never_logged(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    data = tmp_path / "data"
    result = roots_cmd("--data-dir", str(data), *args)
    assert result.returncode == 2, result.stderr
    assert "not one Roots can use" in result.stderr
    assert "Traceback" not in result.stderr and "secret" not in result.stderr
    for written in (data / "logs").iterdir():
        assert "secret" not in written.read_text(encoding="utf-8")


@pytest.mark.one_backend
def test_log_and_settings_files_are_for_their_user_only(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "logs").mkdir(parents=True)
    (data / "logs" / "roots.log").write_text("from an older Roots\n")
    (data / "logs" / "roots.log").chmod(0o644)
    (data / "settings.json").write_text('{"language": "es"}')
    (data / "settings.json").chmod(0o644)
    assert roots_cmd("--data-dir", str(data), "demo", "--schools", "1").returncode == 0
    for private in (data / "logs" / "roots.log", data / "settings.json", data / "roots.sqlite3"):
        assert private.stat().st_mode & 0o777 == 0o600, private


@pytest.mark.slow  # many processes of `roots` (a quick run leaves it out)
@pytest.mark.one_backend
def test_a_normal_run_says_nothing_on_stderr(tmp_path: Path) -> None:
    here = ("--data-dir", str(tmp_path / "data"))
    bundle = str(tmp_path / "all.roots")
    for args in (
        ("demo", "--schools", "1", "--years", "1"),
        ("schools",),
        ("export-bundle", "--all", "-o", bundle),
        ("import-bundle", bundle),
        ("backups",),
    ):
        result = roots_cmd(*here, *args)
        assert result.returncode == 0, result.stderr
        assert result.stderr == "", (args, result.stderr)
    # A log file Roots cannot open (here: a folder in its place): its lines go to stderr then,
    # but only warnings and errors; "Backed up the database to ..." is not one.
    log = tmp_path / "data" / "logs" / "roots.log"
    log.unlink()
    log.mkdir()
    result = roots_cmd(*here, "import-bundle", bundle)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


@pytest.mark.slow  # many processes of `roots` (a quick run leaves it out)
@pytest.mark.one_backend
def test_a_page_damaged_in_the_middle_is_found_and_roots_backups_still_lists(
    tmp_path: Path,
) -> None:
    from tests.storage.test_damaged_and_foreign_files import PAGE, damage_page

    data = tmp_path / "data"
    here = ("--data-dir", str(data))
    bundle = str(tmp_path / "all.roots")
    other = ("--data-dir", str(tmp_path / "other"))
    assert roots_cmd(*here, "demo", "--schools", "3", "--years", "2").returncode == 0
    assert roots_cmd(*other, "demo", "--schools", "1", "--years", "1").returncode == 0
    assert roots_cmd(*other, "export-bundle", "--all", "-o", bundle).returncode == 0
    # Another computer's records: the import writes, so it backs up first (a backup to go
    # back to; an import that changes nothing takes none).
    assert roots_cmd(*here, "import-bundle", bundle).returncode == 0
    database = data / "roots.sqlite3"
    damage_page(database, database.stat().st_size // PAGE // 2)
    for args in (("schools",), ("import-bundle", bundle), ("demo", "--schools", "1")):
        refused = roots_cmd(*here, *args)
        assert refused.returncode == 2, (args, refused.stdout, refused.stderr)
        assert "damaged" in refused.stderr and "roots backups" in refused.stderr
        assert "Traceback" not in refused.stderr
    listed = roots_cmd(*here, "backups", "--json")  # what the message tells people to run
    assert listed.returncode == 0, listed.stderr
    (backup,) = json.loads(listed.stdout)
    assert backup["kind"] == "before-import" and backup["schools"] == 3
    restored = roots_cmd(*here, "restore", backup["path"])
    assert restored.returncode == 0, restored.stderr
    assert len(json.loads(roots_cmd(*here, "schools", "--json").stdout)) == 3


@pytest.mark.one_backend
def test_an_unrelated_sqlite_file_is_refused_and_not_given_roots_tables(tmp_path: Path) -> None:
    import sqlite3

    other = tmp_path / "photos.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE photos (path TEXT)")
    db.close()
    before = other.read_bytes()
    result = roots_cmd(
        "--data-dir", str(tmp_path / "data"), "--db", f"sqlite:///{other}", "schools"
    )
    assert result.returncode == 2 and "not a Roots database" in result.stderr
    assert other.read_bytes() == before


@pytest.mark.slow  # many processes of `roots` (a quick run leaves it out)
@pytest.mark.one_backend
def test_restore_gives_up_with_a_sentence_while_another_program_holds_the_database(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    here = ("--data-dir", str(data))
    assert roots_cmd(*here, "demo", "--schools", "1", "--years", "1").returncode == 0
    assert roots_cmd(*here, "backup", "-o", str(tmp_path / "copy.sqlite3")).returncode == 0
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "db.execute('BEGIN IMMEDIATE')\n"
            "print('holding', flush=True)\n"
            "time.sleep(300)\n",
            str(data / "roots.sqlite3"),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        result = roots_cmd(*here, "restore", str(tmp_path / "copy.sqlite3"))  # waited forever
    finally:
        holder.kill()
        holder.communicate(timeout=60)
    assert result.returncode == 2, result.stderr
    assert "kept the database busy" in result.stderr and "Traceback" not in result.stderr
    assert "still on screen" not in result.stderr  # the interface's words, not the CLI's


def test_rubric_import_notes_a_lineage_it_could_not_check(tmp_path: Path) -> None:
    from tests import pack_versions

    bad = pack_versions.cei_2_0_0()
    bad["lineage"]["categories"][0]["from"] = ["ties"]
    refused = roots_cmd("rubric", "import", str(pack_versions.write(bad, tmp_path, "bad.json")))
    assert refused.returncode == 2
    assert "lineage.categories[0].from: version 1.0.2 has no category 'ties'" in refused.stderr
    unchecked = pack_versions.write(pack_versions.cei_2_0_0(previous_version="1.9.0"), tmp_path)
    done = roots_cmd("rubric", "import", str(unchecked))
    assert done.returncode == 0, done.stderr
    assert (
        "Note: cei-six-roots@2.0.0 continues version 1.9.0, which is not installed" in done.stdout
    )
