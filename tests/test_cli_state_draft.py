"""``roots state-draft``: the narrative draft from the command line, as .docx, plain text or
printed, in both languages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest
from docx import Document

from roots_app import cli
from roots_app.domain.people import Role
from roots_app.services import assessments, schools, state
from roots_app.services.context import open_roots
from tests.exchange.state_files import result, write

LAUSD, ACOE = "19647330000000", "01100170000000"


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


def _district(folder: Path) -> list[str]:
    """Two LEAs; one school of LAUSD whose team agreed two practices with evidence."""
    rows = [
        result(LAUSD, "Los Angeles Unified", 2025, [3] * 12),
        result(ACOE, "Alameda County Office of Education", 2025, [2] * 12),
    ]
    path = write(folder / "Pr32025.txt", 2025, rows)
    roots = open_roots(folder / "data")
    try:
        state.import_file(roots, path)
        school = schools.create_school(roots, "Lincoln Elementary")
        state.set_school_lea(roots, school, LAUSD)
        team = schools.create_team(roots, school, "FAT", [("Ana", Role.FAMILY)])
        member = schools.get_team(roots, team).members[0].id
        found = assessments.start(roots, team, "lcff-priority-3", "2024-25", [member])
        keys = [c.key for c in assessments.load(roots, found).pack.categories]
        for key, level, evidence in ((keys[0], 4, "Calls home “every” week."), (keys[1], 2, "")):
            assessments.agree(roots, assessments.load(roots, found), key, level, evidence)
    finally:
        roots.close()
    return ["--data-dir", str(folder / "data")]


def test_state_draft_as_docx_text_and_printed(tmp_path: Path, roots_cmd) -> None:  # type: ignore[no-untyped-def]
    data = _district(tmp_path)
    strength = (
        "Lincoln Elementary: Staff capacity to build trusting relationships (Full "
        "Implementation, 4 of 5): Calls home “every” week."
    )
    printed = roots_cmd(*data, "state-draft", "--lea", LAUSD, "--text", "-")
    assert printed.returncode == 0, printed.stderr
    lines = printed.stdout.splitlines()
    assert lines[:2] == [
        "Priority 3 narratives: a draft",
        "Los Angeles Unified (19647330000000), school year 2024-25",
    ]
    assert lines[lines.index("1a. Strengths and progress") + 1] == strength
    assert lines[lines.index("1b. Focus areas for improvement") + 1] == (
        "Lincoln Elementary: Welcoming environments for all families (Beginning Development, "
        "2 of 5), no evidence written"
    )
    text = tmp_path / "draft.txt"
    saved = roots_cmd(*data, "state-draft", "--lea", LAUSD, "--text", str(text))
    assert saved.stdout == (
        f"Wrote {text}: 2024-25, 1 team(s) at 1 school(s); 2 of 9 narratives have the teams' "
        "sentences, the others a line for you to write.\n"
    )
    assert text.read_text(encoding="utf-8") == printed.stdout
    docx = tmp_path / "borrador.docx"
    spanish = roots_cmd(
        *data,
        "--lang",
        "es",
        "state-draft",
        "--lea",
        LAUSD,
        "--year",
        "2024-25",
        "--docx",
        str(docx),
    )
    assert spanish.stdout.startswith(f"Se escribió {docx}: 2024-25, 1 equipo(s) de 1 escuela(s)")
    paragraphs = [p.text for p in Document(str(docx)).paragraphs]
    assert paragraphs[0] == "Narrativas de la Prioridad 3: borrador"
    assert (
        "Lincoln Elementary: Capacidad del personal para construir relaciones de confianza "
        "(Implementación completa, 4 de 5): Calls home “every” week."
    ) in paragraphs
    assert "1c. Cómo la LEA mejorará la participación de las familias con poca representación" in (
        paragraphs
    )


def test_state_draft_of_an_lea_with_no_teams_and_bad_input(tmp_path: Path, roots_cmd) -> None:  # type: ignore[no-untyped-def]
    data = _district(tmp_path)
    empty = roots_cmd(*data, "state-draft", "--lea", ACOE, "--year", "2024-25", "--text", "-")
    assert empty.returncode == 0
    assert empty.stdout.count("[No school team's evidence or plan speaks to this yet") == 9
    unknown = roots_cmd(*data, "state-draft", "--lea", "19000000000000", "--text", "-")
    assert unknown.returncode == 2 and "no LEA with CDS code 19000000000000" in unknown.stderr
    year = roots_cmd(*data, "state-draft", "--lea", LAUSD, "--year", "2025", "--text", "-")
    assert year.returncode == 2 and year.stdout == ""
    with pytest.raises(SystemExit):  # neither --docx nor --text: argparse says so
        cli.main([*data, "state-draft", "--lea", LAUSD])
    folder = tmp_path / "a folder"
    folder.mkdir()
    refused = roots_cmd(*data, "state-draft", "--lea", LAUSD, "--docx", str(folder))
    assert refused.returncode == 2 and "is a folder, not a file" in refused.stderr


def test_state_draft_as_text_imports_neither_qt_reportlab_nor_docx(tmp_path: Path) -> None:
    data = _district(tmp_path)
    out = tmp_path / "draft.txt"
    code = (
        "import sys\n"
        "from roots_app.cli import main\n"
        f"assert main({[*data, 'state-draft', '--lea', LAUSD, '--text', str(out)]!r}) == 0\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'reportlab', 'docx', 'lxml'))\n"
        "assert not bad, bad\n"
    )
    ran = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert ran.returncode == 0, ran.stderr
    assert out.read_text(encoding="utf-8").startswith("Priority 3 narratives: a draft\n")
