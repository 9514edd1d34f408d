"""plan-pdf reads the data folder's file with the sqlite3 module alone (issue 14): the same
report as the services build, and the normal way for everything it is not sure of."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from roots_app import paths
from roots_app.domain.assessment import TEAM
from roots_app.domain.plan import Action, ActionStatus
from roots_app.errors import DamagedDatabaseError
from roots_app.services import assessments, plans, quick_read, trash
from roots_app.services.context import Roots
from roots_app.storage import file_reading

pytestmark = pytest.mark.one_backend  # the data folder's own SQLite file is what it reads


def _filled(roots: Roots, team: tuple[str, list[str]]) -> str:
    """Last year's plan and this year's: ratings, agreements, focus areas, actions, trash."""
    team_id, members = team
    old_id = assessments.start(roots, team_id, "cei-six-roots", "2024-25", members)
    old = assessments.load(roots, old_id)
    old_focus = plans.add_focus(roots, old, old.pack.categories[0].key, "old goal")
    plans.save_action(roots, old_focus, Action("", "Open action", owner="Rosa"))
    new_id = assessments.start(roots, team_id, "cei-six-roots", "2025-26", members[:2])
    new = assessments.load(roots, new_id)
    keys = [c.key for c in new.pack.categories]
    assessments.rate(roots, new, members[0], keys[0], 3, "Vienen los martes 🌱")
    assessments.rate(roots, new, members[1], keys[0], None, "")
    assessments.rate(roots, new, members[1], keys[1], 2, "学校 مشاركة")
    assessments.agree(roots, new, keys[0], 3, "Acordado", reason="Todos")
    assessments.agree(roots, new, keys[1], None, "", reason="")
    assessments.set_revealed(roots, new_id, True)
    assessments.remember_place(roots, new_id, keys[1], members[1])
    first = plans.add_focus(roots, new, keys[0], "Meta")
    plans.save_action(
        roots,
        first,
        Action(
            "",
            "Invitar",
            "Fátima",
            date(2025, 9, 1),
            date(2026, 5, 1),
            "Café",
            "Lista",
            ActionStatus.UNDER_WAY,
        ),
    )
    gone = plans.save_action(roots, first, Action("", "Removed"))
    plans.save_action(roots, first, Action("", "Second"))
    trash.delete(roots, "action", gone)
    second = plans.add_focus(roots, new, keys[2])
    plans.save_action(roots, second, Action("", "In a trashed focus"))
    plans.remove_focus(roots, second)
    plans.add_focus(roots, new, keys[3], "Later")
    plans.carry_forward(roots, assessments.load(roots, new_id))
    return new_id


def test_the_file_gives_the_report_the_services_give(
    roots: Roots, team: tuple[str, list[str]]
) -> None:
    new_id = _filled(roots, team)
    expected = plans.report(roots, new_id)
    assert expected.previous is not None and expected.plan.focuses  # a full report
    assert expected.assessment.rated_at and expected.assessment.agreed_at
    assert any(a.start for _, a in expected.plan.actions())
    found = file_reading.read(
        roots.data_dir / paths.DB_FILENAME, lambda reader: quick_read.plan_report(reader, new_id)
    )
    assert found == expected
    assert found.assessment.rating(TEAM, found.assessment.pack.categories[0].key).reason == "Todos"


def test_plan_pdf_of_the_data_folder_needs_no_other_way(
    roots: Roots, assessment_id: str, tmp_path: Path
) -> None:
    written = quick_read.export_plan_pdf(
        roots.data_dir, None, assessment_id, tmp_path / "plan.pdf", "es", "a4"
    )
    assert written == tmp_path / "plan.pdf"
    assert written.read_bytes().startswith(b"%PDF")


def test_what_the_file_cannot_answer_goes_the_normal_way(
    roots: Roots, assessment_id: str, tmp_path: Path
) -> None:
    out = tmp_path / "plan.pdf"
    data = roots.data_dir
    url = paths.default_database_url(data)
    assert quick_read.export_plan_pdf(data, None, "no-such-id", out, "en", "letter") is None
    assert quick_read.export_plan_pdf(data, url, assessment_id, out, "en", "letter") is None
    assert (
        quick_read.export_plan_pdf(tmp_path / "empty", None, assessment_id, out, "en", "letter")
        is None
    )
    roots.close()
    with sqlite3.connect(data / paths.DB_FILENAME) as db:  # as a file written by an older Roots
        db.execute("UPDATE alembic_version SET version_num = '0009'")
    assert quick_read.export_plan_pdf(data, None, assessment_id, out, "en", "letter") is None
    assert not out.exists()


def test_a_damaged_file_is_refused_as_when_opened(roots: Roots, tmp_path: Path) -> None:
    roots.close()
    path = roots.data_dir / paths.DB_FILENAME
    path.write_bytes(b"this is not a database" * 1000)
    with pytest.raises(DamagedDatabaseError):
        quick_read.export_plan_pdf(roots.data_dir, None, "x", tmp_path / "p.pdf", "en", "letter")
