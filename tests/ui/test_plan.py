"""Issue 4's journey: from the demo data, a coordinator writes a plan with two focus roots and
four actions in the app, exports it in Spanish and bilingual, and prints a whole year."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from roots_app.services import assessments, demo, plans
from roots_app.ui import messages
from roots_app.ui.dialogs.action import ActionDialog
from roots_app.ui.dialogs.export_pdf import ExportPdfDialog
from tests.ui.answers import drive
from tests.ui.conftest import WindowFactory, remember

ACTIONS = [
    ("Monthly café with families <b>& coffee</b>", "Rosa Núñez", date(2026, 1, 15)),
    ("Interpreters at every meeting", "学校 office", date(2026, 2, 1)),
    ("Translate the budget summary", "مشاركة", date(2026, 3, 1)),
    ("Parent leaders co-plan literacy night", "Tomás", date(2026, 4, 30)),
]


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture
def drive_dialogs(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict:
    state: dict = {"actions": list(ACTIONS), "language": "es", "saved": [], "opened": []}

    def fill_action(dialog: ActionDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        description, owner, due = state["actions"].pop(0)
        dialog.description.setPlainText(description)
        dialog.owner.setText(owner)
        dialog.due.enabled.setChecked(True)
        dialog.due.edit.setDate(due)
        qtbot.keyClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.Key.Key_Space
        )
        return dialog.result()

    def choose_pdf(dialog: ExportPdfDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData(state["language"]))
        dialog._accept()
        return dialog.result()

    def save_as(parent, title, suggested, filters):  # type: ignore[no-untyped-def]
        target = tmp_path / f"plan-{state['language']}.pdf"
        state["saved"].append(Path(suggested).name)
        return str(target), filters

    drive(monkeypatch, ActionDialog, fill_action)
    drive(monkeypatch, ExportPdfDialog, choose_pdf)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(tmp_path / "year"))
    )
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        staticmethod(lambda url: state["opened"].append(url.toLocalFile()) or True),
    )
    monkeypatch.setattr(messages, "inform", lambda *a: None)
    return state


def test_coordinator_writes_and_prints_a_plan(
    qtbot: QtBot, make_window: WindowFactory, roots, drive_dialogs: dict, tmp_path: Path
) -> None:
    demo.make_demo(roots, schools=2, years=2, seed=4)
    latest = assessments.list_assessments(
        roots, year=max(i.school_year for i in assessments.list_assessments(roots))
    )[0]
    remember(roots, latest.id)
    window = make_window()
    window.show_place("plan")
    page = window.plan_page
    assert window.pages.currentWidget() is page

    for _ in range(2):  # two focus roots, the suggested ones first
        qtbot.keyClick(page.add_button, Qt.Key.Key_Space)
        page.goal.setFocus()
        qtbot.keyClicks(page.goal, f"Goal {page.focus_list.currentRow()}")
        for _ in range(2):
            qtbot.keyClick(page.add_action_button, Qt.Key.Key_Space)
    page.flush()
    plan = plans.get(window.ctx.roots, latest.id)
    assert len(plan.focuses) == 2
    assert [f.goal for f in plan.focuses] == ["Goal 0", "Goal 1"]
    assert [a.description for _, a in plan.actions()] == [a[0] for a in ACTIONS]
    assert page.actions.item(0, 0).text() == ACTIONS[2][0]

    qtbot.keyClick(page.pdf_button, Qt.Key.Key_Space)
    spanish = tmp_path / "plan-es.pdf"
    assert drive_dialogs["opened"] == [str(spanish)]  # opened when done, as chosen
    content = text_of(spanish)
    loaded = assessments.load(window.ctx.roots, latest.id)
    assert latest.school_name in content
    for category in loaded.pack.categories:
        assert category.title["es"].split()[0] in content
    flat = content.replace("\n", " ")
    for description, _owner, _due in ACTIONS:
        assert description in flat
    assert "Rosa Núñez" in flat
    assert "学校" in flat

    drive_dialogs["language"] = "both"
    qtbot.keyClick(page.pdf_button, Qt.Key.Key_Space)
    both = text_of(tmp_path / "plan-both.pdf")
    assert loaded.pack.categories[0].title["en"].split()[0] in both
    assert loaded.pack.categories[0].title["es"].split()[0] in both

    worker = __import__("roots_app.ui.exporting", fromlist=["export_year"]).export_year(
        window, window.ctx
    )
    done: list[object] = []
    worker.finished.connect(done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    written = sorted((tmp_path / "year").glob("*.pdf"))
    assert len(written) == 2  # one per assessment of that year
    assert all(p.stat().st_size > 1000 for p in written)
    assert not list((tmp_path / "year").glob("*.part"))
