"""Growth plans: focus areas, actions, carrying last year's open actions, spreadsheets, files."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from roots_app.domain.assessment import TEAM
from roots_app.domain.plan import Action, ActionStatus, suggested_focus
from roots_app.errors import BadInputError, ExportError
from roots_app.services import assessments, files, plans
from roots_app.services.context import Roots

HOSTILE = '=HYPERLINK("http://x") <b>negrita</b> & 学校 مشاركة 🌱'


def agreed(roots: Roots, assessment_id: str, levels: list[int]) -> None:
    loaded = assessments.load(roots, assessment_id)
    for category, level in zip(loaded.pack.categories, levels, strict=True):
        assessments.agree(roots, loaded, category.key, level, f"evidence for {category.key}")


def test_focus_areas_start_from_the_evidence_and_are_limited_to_three(
    roots: Roots, assessment_id: str
) -> None:
    agreed(roots, assessment_id, [4, 1, 3, 2, 5, 2])
    loaded = assessments.load(roots, assessment_id)
    keys = [c.key for c in loaded.pack.categories]
    assert suggested_focus(loaded) == [keys[1], keys[3], keys[5]]
    for key in suggested_focus(loaded):
        plans.add_focus(roots, loaded, key, goal=f"goal {key}")
    plan = plans.get(roots, assessment_id)
    assert plan.focus_keys() == suggested_focus(loaded)
    assert plan.focuses[0].why == f"evidence for {keys[1]}"
    with pytest.raises(BadInputError, match="at most 3"):
        plans.add_focus(roots, loaded, keys[0])
    with pytest.raises(BadInputError, match="already a focus"):
        plans.remove_focus(roots, plan.focuses[2].id)
        plans.add_focus(roots, loaded, keys[1])


def test_actions_are_saved_validated_and_removed(roots: Roots, assessment_id: str) -> None:
    loaded = assessments.load(roots, assessment_id)
    focus = plans.add_focus(roots, loaded, "inclusivity")
    action_id = plans.save_action(
        roots,
        focus,
        Action("", HOSTILE, "Rosa", date(2025, 9, 1), date(2026, 5, 1), "Sala", "50 familias"),
    )
    plans.save_action(roots, focus, Action(action_id, "Changed", status=ActionStatus.DONE))
    saved = plans.get(roots, assessment_id).focuses[0].actions
    assert [(a.description, a.status) for a in saved] == [("Changed", ActionStatus.DONE)]
    with pytest.raises(BadInputError, match="needs a description"):
        plans.save_action(roots, focus, Action("", "  "))
    with pytest.raises(BadInputError, match="due date is before"):
        plans.save_action(
            roots, focus, Action("", "x", start=date(2026, 1, 2), due=date(2026, 1, 1))
        )
    plans.remove_action(roots, action_id)
    assert plans.get(roots, assessment_id).focuses[0].actions == ()


def test_open_actions_of_last_year_carry_forward_once(
    roots: Roots, team: tuple[str, list[str]]
) -> None:
    team_id, members = team
    old_id = assessments.start(roots, team_id, "cei-six-roots", "2024-25", members)
    old = assessments.load(roots, old_id)
    focus = plans.add_focus(roots, old, "inclusivity", goal="Interpretación en todo")
    for text, status in (
        ("open one", ActionStatus.UNDER_WAY),
        ("done one", ActionStatus.DONE),
        ("not started", ActionStatus.NOT_STARTED),
    ):
        plans.save_action(roots, focus, Action("", text, status=status))
    new_id = assessments.start(roots, team_id, "cei-six-roots", "2025-26", members)
    new = assessments.load(roots, new_id)
    assert plans.previous_assessment(roots, new).id == old_id
    assert plans.carry_forward(roots, new) == 2
    assert plans.carry_forward(roots, new) == 0  # twice adds nothing
    plan = plans.get(roots, new_id)
    assert plan.focus_keys() == ["inclusivity"]
    assert plan.focuses[0].goal == "Interpretación en todo"
    carried = plan.focuses[0].actions
    assert [a.description for a in carried] == ["open one", "not started"]
    assert all(a.carried_from for a in carried)


@pytest.mark.parametrize("language", ["en", "es"])
def test_actions_as_csv_and_xlsx_keep_hostile_text_as_text(
    roots: Roots, assessment_id: str, tmp_path: Path, language: str
) -> None:
    loaded = assessments.load(roots, assessment_id)
    assessments.agree(roots, loaded, "inclusivity", 2, "")
    focus = plans.add_focus(roots, loaded, "inclusivity", goal="Meta")
    plans.save_action(roots, focus, Action("", HOSTILE, "Rosa", due=date(2026, 5, 1)))
    csv_path = plans.export_actions(roots, assessment_id, tmp_path / "a.csv", language)
    table = list(csv.reader(io.StringIO(csv_path.read_bytes().decode("utf-8-sig"))))
    assert table[0][2] == ("Action" if language == "en" else "Acción")
    assert table[1][0] == loaded.pack.category("inclusivity").title[language]
    assert table[1][2] == "'" + HOSTILE  # a leading = would run as a formula
    assert table[1][5] == "2026-05-01"
    xlsx_path = plans.export_actions(roots, assessment_id, tmp_path / "a.xlsx", language)
    sheet = load_workbook(xlsx_path).active
    assert sheet["C2"].value == HOSTILE
    assert sheet["C2"].data_type == "s"
    with pytest.raises(BadInputError, match=r"\.csv or \.xlsx"):
        plans.export_actions(roots, assessment_id, tmp_path / "a.txt", language)


def test_a_failed_write_leaves_no_file(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if _can_write(folder):
            pytest.skip("running as a user who ignores folder permissions (root)")
        with pytest.raises(ExportError, match="could not be written"):
            files.write_file(folder / "plan.pdf", b"%PDF-1.4 ...")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_full_disk_leaves_no_half_file(tmp_path: Path, monkeypatch) -> None:
    """The disk fills up mid-write: no file, no temporary left behind, a clear error."""
    import os

    monkeypatch.setattr(os, "fdopen", _failing_fdopen)
    with pytest.raises(ExportError, match="No space left on device"):
        files.write_file(tmp_path / "plan.pdf", b"x" * 100)
    assert list(tmp_path.iterdir()) == []


class _FullFile:
    def __init__(self, fd: int) -> None:
        import os

        os.close(fd)

    def __enter__(self) -> _FullFile:
        return self

    def __exit__(self, *args: object) -> None:
        return None

    def write(self, data: bytes) -> int:
        raise OSError(28, "No space left on device")


def _failing_fdopen(fd: int, mode: str) -> _FullFile:
    return _FullFile(fd)


def _can_write(folder: Path) -> bool:
    try:
        (folder / ".probe").write_bytes(b"")
    except OSError:
        return False
    (folder / ".probe").unlink()
    return True


def test_file_names_are_safe_and_readable() -> None:
    assert (
        plans.file_name("Escuela Primaria César Chávez", "Family Action Team", "2025-26", "es")
        == "escuela-primaria-cesar-chavez_family-action-team_2025-26_es.pdf"
    )
    assert plans.file_name("学校", "../../etc", "2025-26", "en") == "school_etc_2025-26_en.pdf"


def test_team_rating_needed_for_why(roots: Roots, assessment_id: str) -> None:
    loaded = assessments.load(roots, assessment_id)
    focus = plans.add_focus(roots, loaded, "inclusivity")
    assert plans.get(roots, assessment_id).focuses[0].why == ""
    plans.update_focus(roots, focus, "Goal", "Because")
    assert plans.get(roots, assessment_id).focuses[0].why == "Because"
    assert loaded.rating(TEAM, "inclusivity").level is None


def test_an_edit_of_an_older_version_is_caught(roots: Roots, assessment_id: str) -> None:
    """Two people on one district database change the same action and focus area."""
    from dataclasses import replace

    from roots_app.errors import StaleEditError

    loaded = assessments.load(roots, assessment_id)
    focus_id = plans.add_focus(roots, loaded, loaded.pack.categories[0].key, "Goal")
    plans.save_action(roots, focus_id, Action("", "Phone tree"))
    shown = plans.get(roots, assessment_id).focuses[0]
    first = shown.actions[0]
    plans.save_action(roots, focus_id, replace(first, owner="Ana"))  # the other person
    with pytest.raises(StaleEditError) as stale:
        plans.save_action(roots, focus_id, replace(first, owner="Luis"))
    assert stale.value.current.owner == "Ana"
    assert plans.get(roots, assessment_id).focuses[0].actions[0].owner == "Ana"
    plans.save_action(
        roots, focus_id, replace(first, owner="Luis", version=stale.value.current.version)
    )
    assert plans.get(roots, assessment_id).focuses[0].actions[0].owner == "Luis"

    plans.update_focus(roots, focus_id, "Their goal", "", shown.version)
    with pytest.raises(StaleEditError):
        plans.update_focus(roots, focus_id, "My goal", "", shown.version)
    assert plans.get(roots, assessment_id).focuses[0].goal == "Their goal"


def test_carrying_forward_text_saved_before_the_text_rule_leaves_its_control_characters(
    roots: Roots, team: tuple[str, list[str]]
) -> None:
    """An older Roots kept "\\x1b" in an action: carrying it forward does not fail on it."""
    from sqlalchemy import update

    from roots_app.storage.models import ActionRow, FocusRow

    team_id, members = team
    old_id = assessments.start(roots, team_id, "cei-six-roots", "2024-25", members)
    focus = plans.add_focus(roots, assessments.load(roots, old_id), "inclusivity", goal="Goal")
    plans.save_action(roots, focus, Action("", "Call", owner="Rosa"))
    with roots.transaction() as session:
        session.execute(update(ActionRow).values(description="Call\x1b[2J families"))
        session.execute(update(FocusRow).values(goal="Goal\x07"))
    new_id = assessments.start(roots, team_id, "cei-six-roots", "2025-26", members)
    assert plans.carry_forward(roots, assessments.load(roots, new_id)) == 1
    plan = plans.get(roots, new_id)
    assert plan.focuses[0].goal == "Goal"
    assert [a.description for a in plan.focuses[0].actions] == ["Call[2J families"]


def test_carrying_forward_is_one_transaction_all_or_nothing(
    roots: Roots, team: tuple[str, list[str]]
) -> None:
    """An action that cannot be carried (text saved before the rule, nothing left once its
    refused characters go) stops the whole carry: nothing half-carried stays behind."""
    from sqlalchemy import update

    from roots_app.storage.models import ActionRow

    team_id, members = team
    old_id = assessments.start(roots, team_id, "cei-six-roots", "2024-25", members)
    focus = plans.add_focus(roots, assessments.load(roots, old_id), "inclusivity", goal="Goal")
    plans.save_action(roots, focus, Action("", "Call families"))
    broken = plans.save_action(roots, focus, Action("", "Visit"))
    with roots.transaction() as session:
        session.execute(update(ActionRow).where(ActionRow.id == broken).values(description="\x07"))
    new_id = assessments.start(roots, team_id, "cei-six-roots", "2025-26", members)
    with pytest.raises(BadInputError, match="needs a description"):
        plans.carry_forward(roots, assessments.load(roots, new_id))
    assert plans.get(roots, new_id).focuses == ()
