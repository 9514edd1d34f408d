"""Issue 6 in the app: save a .roots file, import one, and settle a conflict by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from roots_app.domain.assessment import TEAM
from roots_app.domain.merge import Outcome
from roots_app.services import assessments, bundles, schools
from roots_app.services.bundles import Scope
from roots_app.services.context import open_roots
from roots_app.ui import messages
from roots_app.ui.dialogs.export_bundle import ExportBundleDialog
from roots_app.ui.dialogs.import_preview import ImportPreviewDialog
from tests.ui.answers import drive
from tests.ui.conftest import WindowFactory, remember


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the app told the user in information boxes."""
    said: list[str] = []
    monkeypatch.setattr(messages, "inform", lambda _parent, text: said.append(text))
    return said


def test_a_person_settles_a_conflict_in_the_import_preview(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots,
    assessment_id: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[str],
) -> None:
    scope = Scope(assessments=(assessment_id,))
    assessment = assessments.load(roots, assessment_id)
    first, second = (c.key for c in assessment.pack.categories[:2])
    assessments.agree(roots, assessment, first, 2, "First agreement")
    laptop = open_roots(tmp_path / "laptop")
    bundles.export_bundle(roots, tmp_path / "out.roots", scope)
    bundles.import_bundle(laptop, tmp_path / "out.roots")
    assessments.agree(roots, assessments.load(roots, assessment_id), first, 3, "Here: 3")
    on_laptop = assessments.load(laptop, assessment_id)
    assessments.agree(laptop, on_laptop, first, 1, "There: 1 <b>&")
    assessments.agree(laptop, assessments.load(laptop, assessment_id), second, 4, "New there")
    incoming = tmp_path / "from-laptop.roots"
    bundles.export_bundle(laptop, incoming, scope)
    laptop.close()
    remember(roots, assessment_id)

    seen: dict[str, object] = {}

    def preview(dialog: ImportPreviewDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        seen["summary"] = dialog.summary.text()
        seen["conflicts"] = dialog.conflict_list.count()
        seen["title"] = dialog.conflict_list.item(0).text()
        sides = dialog.sides
        seen["sides"] = {
            sides.item(r, 0).text(): (sides.item(r, 1).text(), sides.item(r, 2).text())
            for r in range(sides.rowCount())
        }
        assert dialog.keep_mine.isChecked()  # doing nothing never overwrites
        dialog.take_theirs.setFocus()
        qtbot.keyClick(dialog.take_theirs, Qt.Key.Key_Space)
        assert "take theirs" in dialog.conflict_list.item(0).text()
        qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)
        return dialog.result()

    drive(monkeypatch, ImportPreviewDialog, preview)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(incoming), ""))
    )
    window = make_window()
    window.import_bundle_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)

    assert seen["conflicts"] == 1
    assert "New: 1 ·" in str(seen["summary"])  # the new agreement on the second root
    assert "Agreed levels" in str(seen["title"]) and "2025-26" in str(seen["title"])
    level = assessment.pack.levels
    assert seen["sides"] == {
        "Level": (f"3 · {level[2].label['en']}", f"1 · {level[0].label['en']}"),
        "Evidence": ("Here: 3", "There: 1 <b>&"),
    }
    assert told[-1].startswith("Imported: 1 added")
    merged = assessments.load(window.ctx.roots, assessment_id)
    assert merged.ratings[(TEAM, first)].level == 1
    assert merged.ratings[(TEAM, first)].evidence == "There: 1 <b>&"
    assert merged.ratings[(TEAM, second)].level == 4
    assert window.pages.currentWidget() is window.home

    again = bundles.preview_import(window.ctx.roots, incoming)
    assert again.total(Outcome.CONFLICT) == again.total(Outcome.ADDED) == 0


def test_saving_a_school_as_a_roots_file(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots,
    assessment_id: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[str],
) -> None:
    schools.create_school(roots, "Roosevelt High")
    remember(roots, assessment_id)
    target = tmp_path / "saved.roots"
    asked: dict[str, str] = {}

    def choose(dialog: ExportBundleDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.one_assessment.isChecked()  # the open assessment is offered first
        qtbot.keyClick(dialog.one_school, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.no_names, Qt.Key.Key_Space)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.keyClick(ok, Qt.Key.Key_Space)
        return dialog.result()

    def save_as(_parent, _title, suggested, filters):  # type: ignore[no-untyped-def]
        asked["suggested"] = Path(suggested).name
        return str(target.with_suffix("")), filters  # the app adds .roots

    drive(monkeypatch, ExportBundleDialog, choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    window = make_window()
    window.export_bundle_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)

    assert asked["suggested"] == "Escuela-Primaria-Dolores-Huerta.roots"
    assert target.exists() and str(target) in told[-1]
    assert window.ctx.roots.settings.bundle_member_names == "no"  # remembered for next time
    district = open_roots(tmp_path / "district")
    try:
        report = bundles.import_bundle(district, target)
        assert report.counts["schools"][Outcome.ADDED] == 1  # Roosevelt High stayed home
        (school,) = schools.list_schools(district)
        assert {m.display_name for m in school.teams[0].members} == {""}
    finally:
        district.close()


def test_importing_a_pipe_says_so_at_once(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pipe chosen as the .roots file used to keep the import waiting for a writer forever."""
    import os

    from tests.ui.answers import answer_boxes

    pipe = tmp_path / "in.roots"
    os.mkfifo(pipe)
    shown: list[tuple[str, str]] = []
    answer_boxes(monkeypatch, lambda box: shown.append((box.text(), box.detailedText())))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(pipe), "")))
    window = make_window()
    window.import_bundle_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    ((what, detail),) = shown
    assert what.startswith("This .roots file cannot be imported")
    assert f"{pipe} is a pipe, not a file" in detail


def test_a_handwriting_conflict_reads_as_scans_in_the_preview(
    qtbot: QtBot, roots, assessment_id: str, team: tuple[str, list[str]], tmp_path: Path
) -> None:
    import cv2
    import numpy as np

    from roots_app.domain.paper import PaperSheet
    from roots_app.services import sheets

    def png(shade: int) -> bytes:
        ok, data = cv2.imencode(".png", np.full((20, 120), shade, np.uint8))
        assert ok
        return data.tobytes()

    member, key = team[1][0], assessments.load(roots, assessment_id).pack.categories[0].key
    scope = Scope(assessments=(assessment_id,))
    sheets.save_sheet(roots, assessment_id, PaperSheet(member, None, None, {}, {key: png(1)}))
    laptop = open_roots(tmp_path / "laptop")
    bundles.export_bundle(roots, tmp_path / "out.roots", scope)
    bundles.import_bundle(laptop, tmp_path / "out.roots")
    for computer, shade in ((roots, 100), (laptop, 200)):
        again = PaperSheet(member, None, None, {}, {key: png(shade)})
        sheets.save_sheet(computer, assessment_id, again, overwrite=True)
    bundles.export_bundle(laptop, tmp_path / "theirs.roots", scope)
    laptop.close()
    report = bundles.preview_import(roots, tmp_path / "theirs.roots")
    dialog = ImportPreviewDialog(report, "theirs.roots", "en")
    qtbot.addWidget(dialog)
    dialog.conflict_list.setCurrentRow(0)
    assert dialog.conflict_list.item(0).text().startswith("Handwriting on paper: ")
    sides = dialog.sides
    shown = {
        sides.item(r, 0).text(): (sides.item(r, 1).text(), sides.item(r, 2).text())
        for r in range(sides.rowCount())
    }
    assert shown == {"Scan of the handwriting": ("A scan (1 kB)", "A scan (1 kB)")}
