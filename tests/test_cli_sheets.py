"""``roots sheets``: paper rating sheets from the command line, run as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from tests.test_cli import roots_cmd

REPO = Path(__file__).resolve().parent.parent


def _assessment() -> tuple[str, list[dict[str, str]]]:
    made = roots_cmd("demo", "--schools", "1", "--years", "1", "--seed", "7")
    assert made.returncode == 0, made.stderr
    first = json.loads(roots_cmd("assessments", "--json").stdout)[0]["id"]
    members = json.loads(roots_cmd("show", first, "--json").stdout)["members"]
    return first, members


def test_sheets_for_members_and_blanks_in_the_global_language(tmp_path: Path) -> None:
    assessment, members = _assessment()
    out = tmp_path / "hojas.pdf"
    result = roots_cmd(
        "--lang", "es", "sheets", assessment, "-o", str(out),
        "--member", members[1]["id"], "--member", members[0]["id"],
        "--blank", "2", "--page-size", "a4",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "4 sheets" in result.stdout
    pages = PdfReader(out).pages
    texts = [page.extract_text() for page in pages]
    assert round(float(pages[0].mediabox.width)) == 595  # A4
    assert members[1]["name"] in texts[0] and "Hoja 1 de 4" in texts[0]
    starts = [i for i, text in enumerate(texts) if "Hoja 2 de 4 · página 1 de" in text]
    assert members[0]["name"] in texts[starts[0]]
    (blank,) = [text for text in texts if "Hoja 3 de 4 · página 1 de" in text]
    assert "Docente" in blank and "Estudiante" in blank  # a box per role
    assert members[0]["name"] not in blank and members[1]["name"] not in blank
    assert "Sheet" not in "".join(texts)
    # The sub-command's own --lang wins over the global one.
    both = roots_cmd(
        "--lang", "es", "sheets", assessment, "-o", str(tmp_path / "b.pdf"), "--blank", "1",
        "--lang", "both",
    )  # fmt: skip
    assert both.returncode == 0, both.stderr
    first = PdfReader(tmp_path / "b.pdf").pages[0].extract_text()
    assert "Sheet 1 of 1" in first and "Hoja 1 de 1" in first
    default = roots_cmd("sheets", assessment, "-o", str(tmp_path / "en.pdf"), "--blank", "1")
    assert default.returncode == 0, default.stderr
    assert "Sheet 1 of 1 · page 1 of 1" in PdfReader(tmp_path / "en.pdf").pages[0].extract_text()
    assert round(float(PdfReader(tmp_path / "en.pdf").pages[0].mediabox.width)) == 612


def test_sheets_refuses_bad_requests_with_a_sentence_and_writes_nothing(tmp_path: Path) -> None:
    assessment, _ = _assessment()
    out = tmp_path / "sheets.pdf"
    cases = [
        (["--member", "no-such-member"], "no-such-member is not a member taking part"),
        ([], "nothing to print"),
        (["--blank", "-1"], "between 0 and 500 blank sheets"),
        (["--blank", "501"], "between 0 and 500 blank sheets"),
    ]
    for extra, sentence in cases:
        result = roots_cmd("sheets", assessment, "-o", str(out), *extra)
        assert result.returncode == 2, (extra, result.stderr)
        assert sentence in result.stderr
        assert "Traceback" not in result.stderr
        assert not out.exists()
    unknown = roots_cmd("sheets", "no-such-assessment", "-o", str(out), "--blank", "1")
    assert unknown.returncode == 2 and "There is no assessment" in unknown.stderr
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    bad_path = roots_cmd("sheets", assessment, "-o", str(blocker / "s.pdf"), "--blank", "1")
    assert bad_path.returncode == 2
    assert "could not be written" in bad_path.stderr
    assert "Traceback" not in bad_path.stderr


def test_read_sheets_without_the_scan_reader_says_what_to_do(tmp_path: Path) -> None:
    """As in the installers' bundles, which leave OpenCV out: a sentence and exit 2."""
    blocker = tmp_path / "site"
    blocker.mkdir()
    (blocker / "cv2.py").write_text("raise ImportError('no OpenCV here', name='cv2')\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(blocker), str(REPO)])}
    result = subprocess.run(
        [sys.executable, "-m", "roots_app.cli", "read-sheets", "any", str(tmp_path / "x.png")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "cannot read scans (cv2 is not installed)" in result.stderr


def test_show_json_says_which_ratings_came_from_paper(
    roots,  # type: ignore[no-untyped-def]
    assessment_id: str,
    team: tuple[str, list[str]],
) -> None:
    from roots_app.domain.paper import PaperSheet
    from roots_app.services import assessments, sheets
    from tests.services.test_plan_paper import handwriting_png

    ana, luis, mei = team[1]
    loaded = assessments.load(roots, assessment_id)
    key = loaded.pack.categories[0].key
    assessments.rate(roots, loaded, luis, key, 2, "Typed on the laptop")
    sheet = PaperSheet(ana, None, None, {key: 4}, {key: handwriting_png(300, 60)}, sheet_no=4)
    sheets.save_sheet(roots, assessment_id, sheet)
    shown = roots_cmd("show", assessment_id, "--json")
    assert shown.returncode == 0, shown.stderr
    first = json.loads(shown.stdout)["categories"][0]
    by_member = {r["member_id"]: r for r in first["ratings"]}
    assert by_member[ana] | {"evidence": ""} == {
        "member_id": ana,
        "level": 4,
        "evidence": "",
        "from_paper": True,
        "paper_sheet": 4,
        "handwriting": True,
    }
    assert (by_member[luis]["from_paper"], by_member[luis]["paper_sheet"]) == (False, None)
    assert not by_member[mei]["from_paper"] and not by_member[mei]["handwriting"]
