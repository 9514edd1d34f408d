"""Reading a stack of scans for one assessment, and `roots read-sheets` on it."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import cv2
import numpy as np
import pytest

from roots_app.domain import vocabulary
from roots_app.domain.sheet_layout import SheetCode, layout_sheet
from roots_app.errors import CancelledError, NotFoundError
from roots_app.exchange.sheet_scan import CLEAR, FAINT, NONE, TWO_BOXES, UNCLEAR
from roots_app.services import assessments, sheet_reading
from roots_app.services.context import Roots
from tests.exchange.sheet_images import mark, render, scan, write
from tests.test_cli import roots_cmd

ROLES = list(vocabulary.ROLE_NAMES["en"])


class Printed:
    """Sheets of one assessment, drawn from the layout as the printer lays them out."""

    def __init__(self, roots: Roots, assessment_id: str) -> None:
        self.assessment = assessments.load(roots, assessment_id)
        pack = self.assessment.pack
        self.keys = [c.key for c in pack.categories]
        self.values = [lv.value for lv in pack.levels]
        self.version = pack.version

    def page(
        self,
        member_id: str | None,
        sheet_no: int,
        *,
        assessment_id: str | None = None,
        version: str | None = None,
    ):
        layout = layout_sheet(
            self.keys, self.values, "letter", roles=ROLES if member_id is None else ()
        )[0]
        code = SheetCode(
            assessment_id or self.assessment.id,
            member_id,
            sheet_no,
            5,
            1,
            1,
            version or self.version,
        )
        return layout, render(layout, code)


def _save(path: Path, image: np.ndarray) -> Path:
    assert cv2.imwrite(str(path), image)
    return path


@pytest.fixture
def stack(roots: Roots, assessment_id: str, team, tmp_path: Path) -> list[Path]:
    """A member's sheet, a blank one with a role ticked, and a page of another assessment."""
    _, members = team
    printed = Printed(roots, assessment_id)
    layout, ana = printed.page(members[0], 1)
    for row, index in zip(layout.rows, [0, 1, 2, 3, 4, 0], strict=True):
        mark(ana, row.levels[index].box, "tick")
    mark(ana, layout.rows[5].levels[2].box, "cross")  # row 6: two boxes
    write(ana, layout.rows[2].evidence)
    layout, blank = printed.page(None, 4)
    mark(blank, dict(layout.roles)["family"], "tick")
    mark(blank, layout.rows[0].levels[4].box, "fill")
    mark(blank, layout.rows[1].levels[1].box, "pencil")
    _, other = printed.page(members[1], 2, assessment_id=str(uuid.uuid4()))
    return [
        _save(tmp_path / "ana.jpg", scan(ana, angle=1.5, jpeg=80)),
        _save(tmp_path / "blank.png", scan(blank, dpi=150, angle=-2)),
        _save(tmp_path / "other.png", scan(other)),
    ]


def test_a_stack_is_read_sheet_by_sheet_and_nothing_is_guessed(roots, assessment_id, team, stack):
    _, members = team

    reading = sheet_reading.read_scans(roots, assessment_id, stack)

    ana, blank = reading.sheets
    keys = list(ana.rows)
    assert ana.member_id == members[0] and ana.member_name == "Ana García"
    assert ana.levels == dict(zip(keys[:5], [1, 2, 3, 4, 5], strict=True))
    assert ana.unclear == {keys[5]: TWO_BOXES}
    assert set(ana.evidence) == {keys[2]}  # only the written lines are kept
    assert not ana.missing_pages
    assert (blank.member_id, blank.sheet_no) == (None, 4)
    assert blank.role is not None and (blank.role.role, blank.role.state) == ("family", CLEAR)
    assert blank.rows[keys[0]].level == 5
    assert blank.rows[keys[1]] == sheet_reading.RowState(None, UNCLEAR, FAINT)
    assert blank.rows[keys[2]] == sheet_reading.RowState(None, NONE, None)
    assert blank.name_image is not None
    (problem,) = reading.problems
    assert problem.problem == sheet_reading.OTHER_ASSESSMENT
    assert problem.sentence == (
        f"{stack[2]}, page 1: it is a sheet of another assessment; read it with that one."
    )


def test_progress_hears_each_page_and_can_stop_the_reading(roots, assessment_id, stack):
    heard: list[tuple[int, int]] = []

    reading = sheet_reading.read_scans(
        roots, assessment_id, stack, progress=lambda done, total: heard.append((done, total))
    )

    assert heard == [(1, 3), (2, 3), (3, 3)]
    assert len(reading.pages) == 2
    with pytest.raises(CancelledError):
        sheet_reading.read_scans(roots, assessment_id, stack, progress=lambda done, total: False)


def test_the_same_page_scanned_twice_and_read_differently_is_asked(
    roots, assessment_id, team, tmp_path
):
    _, members = team
    printed = Printed(roots, assessment_id)
    layout, first = printed.page(members[1], 2)
    second = first.copy()
    mark(first, layout.rows[0].levels[1].box, "tick")
    mark(second, layout.rows[0].levels[3].box, "tick")  # a second, different copy
    mark(first, layout.rows[1].levels[0].box, "tick")
    mark(second, layout.rows[1].levels[0].box, "tick")
    paths = [_save(tmp_path / "a.png", scan(first)), _save(tmp_path / "b.png", scan(second))]

    (sheet,) = sheet_reading.read_scans(roots, assessment_id, paths).sheets

    keys = list(sheet.rows)
    assert sheet.unclear == {keys[0]: sheet_reading.SCANS_DIFFER}
    assert sheet.levels[keys[1]] == 1
    assert len(sheet.pages) == 2


def test_a_sheet_for_another_rubric_version_or_a_stranger_is_refused(
    roots, assessment_id, tmp_path
):
    printed = Printed(roots, assessment_id)
    _, old = printed.page(None, 1, version="0.9.0")
    _, stranger = printed.page(str(uuid.uuid4()), 1)
    paths = [_save(tmp_path / "old.png", scan(old)), _save(tmp_path / "x.png", scan(stranger))]

    reading = sheet_reading.read_scans(roots, assessment_id, paths)

    assert not reading.pages
    assert [p.problem for p in reading.problems] == [
        sheet_reading.OTHER_VERSION,
        sheet_reading.UNKNOWN_MEMBER,
    ]
    assert f"version 0.9.0 of the rubric, and this assessment uses version {printed.version}" in (
        reading.problems[0].sentence
    )


def test_a_missing_file_or_assessment_is_named(roots, assessment_id, tmp_path):
    with pytest.raises(NotFoundError, match="no file"):
        sheet_reading.read_scans(roots, assessment_id, [tmp_path / "nowhere.pdf"])
    with pytest.raises(NotFoundError):
        sheet_reading.read_scans(roots, str(uuid.uuid4()), [])


def test_read_sheets_command_prints_each_page_and_saves_nothing(
    roots, assessment_id, stack, tmp_path
):
    keys = [c.key for c in assessments.load(roots, assessment_id).pack.categories]
    before = assessments.load(roots, assessment_id).ratings

    text = roots_cmd("read-sheets", assessment_id, *map(str, stack), "--dry-run")
    result = roots_cmd("read-sheets", assessment_id, *map(str, stack), "--dry-run", "--json")

    assert text.returncode == 0, text.stderr
    assert f"{stack[0]} page 1: sheet 1 of 5 (Ana García), page 1 of 1" in text.stdout
    assert f"  {keys[0]}: 1\n" in text.stdout
    assert f"  {keys[5]}: unclear (two boxes marked)\n" in text.stdout
    assert "  role: family\n" in text.stdout
    assert f"not read: {stack[2]}, page 1: it is a sheet of another assessment" in text.stdout
    assert text.stdout.endswith(
        "2 pages of 2 sheets read; 2 unclear marks to settle; 1 page not read.\n"
    )
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    ana, blank = document["pages"]
    assert ana["name"] == "Ana García" and ana["sheet"] == 1
    assert ana["levels"][keys[0]] == 1
    assert ana["levels"][keys[5]] == {"unclear": TWO_BOXES}
    assert blank["member"] is None and blank["role"] == "family"
    assert blank["levels"][keys[1]] == {"unclear": FAINT}
    assert blank["levels"][keys[2]] is None
    assert [p["problem"] for p in document["problems"]] == [sheet_reading.OTHER_ASSESSMENT]
    assert assessments.load(roots, assessment_id).ratings == before


def test_read_sheets_exits_2_when_no_page_is_a_sheet_of_the_assessment(
    assessment_id, stack, tmp_path
):
    notes = tmp_path / "notes.txt"
    notes.write_text("minutes of the meeting")

    result = roots_cmd("read-sheets", assessment_id, str(stack[2]), str(notes))

    assert result.returncode == 2
    assert f"roots: {notes}: it is not a PDF or an image file Roots can read." in result.stderr
    assert f"No page of {stack[2]}, {notes} is a rating sheet of assessment {assessment_id}" in (
        result.stderr
    )
    assert "Traceback" not in result.stderr
