"""``roots crosswalk export`` and ``roots crosswalk import``: run in this process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from roots_app import cli
from roots_app.services.context import Roots
from tests.services.test_state import LAUSD
from tests.services.test_state_mapped import _district


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_change_and_import_the_crosswalk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    file = tmp_path / "crosswalk.json"
    code, out, err = _run(capsys, *data, "crosswalk", "export", str(file))
    assert code == 0, err
    assert out.startswith(
        f"Wrote the crosswalk (shipped with Roots) to {file}: roots-crosswalk@1.0.0: 18 "
        "categories of 3 packs linked to the LCFF practices."
    )
    document = json.loads(file.read_text(encoding="utf-8"))
    document["version"] = "2.0.0"
    document["links"] = document["links"][:6]
    file.write_text(json.dumps(document), encoding="utf-8")
    code, out, err = _run(capsys, *data, "--lang", "es", "crosswalk", "import", str(file))
    assert code == 0, err
    assert "roots-crosswalk@2.0.0: 6 categories of 1 pack linked" in out
    assert "Correspondencia de Roots" in out
    code, out, err = _run(capsys, *data, "crosswalk", "export", str(tmp_path / "again.json"))
    assert "(imported here)" in out and "@2.0.0" in out
    document["links"][0]["pack"] = "nope"
    file.write_text(json.dumps(document), encoding="utf-8")
    code, out, err = _run(capsys, *data, "crosswalk", "import", str(file))
    assert code != 0 and out == ""
    assert err == (
        "roots: The crosswalk roots-crosswalk is not valid.\n"
        "  links[0].pack: there is no rubric pack 'nope' installed\n"
    )


def test_state_mapped_in_both_languages(
    roots: Roots, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _district(roots, tmp_path)
    code, out, err = _run(capsys, "state", "--lea", LAUSD, "--year", "2023-24", "--mapped")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[2] == "    state    teams  diff.  change    mapped  practice"
    assert lines[3].split()[:7] == ["4", "2", "(1)", "+2", "-", "4", "(2)"]
    assert lines[6].split()[:4] == ["2", "-", "-", "-"] and lines[6].split()[4:6] == ["4", "(2)"]
    assert (
        "mapped: the median of the LEA's school teams on Six Essential Roots, PTA National "
        "Standards, Family Empowerment (adapted) that year, in LCFF terms through the crosswalk "
        "roots-crosswalk@1.0.0 (shipped with Roots): Roots' own reading, not an official one."
    ) in out
    code, out, err = _run(capsys, "--lang", "es", "state", "--lea", LAUSD, "--mapped")
    assert code == 0, err
    assert "corresp.: la mediana de los equipos" in out and "(incluida en Roots)" in out
    code, out, err = _run(capsys, "state", "--lea", LAUSD, "--mapped", "--json")
    document = json.loads(out)
    assert document["mapped"]["origin"] == "shipped"
    assert document["years"][1]["practices"][1]["mapped"] == 4
    code, out, err = _run(capsys, "state", "--lea", LAUSD, "--year", "2023-24")
    assert "mapped" not in out
