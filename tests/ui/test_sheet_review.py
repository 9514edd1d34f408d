"""The review of scanned sheets (issue 17): the marks drawn over each page, unclear ones
settled with number keys, nothing saved before every one is settled.

Real scans: sheets drawn from the shared layout, marked with pen strokes and made to look
scanned (tests/exchange/sheet_images.py), read by the real scan reader."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from roots_app.domain import vocabulary
from roots_app.domain.people import Role
from roots_app.domain.sheet_layout import SheetCode, layout_sheet
from roots_app.services import assessments, sheet_reading
from roots_app.ui.pages.sheet_review import GREEN, ORANGE, SheetReview, overlay
from tests.exchange import sheet_images as images
from tests.ui.answers import answer_boxes
from tests.ui.conftest import remember
from tests.ui.test_accessibility import unnamed_controls
from tests.ui.test_layout_walk import clipped, text_size  # noqa: F401 (a fixture)
from tests.ui.test_shortcut_walk import clashes, shortcut_texts

KEYS = [
    "relationships",
    "families-as-experts",
    "engagement-expertise",
    "committed-leaders",
    "inclusivity",
    "community-friendly-systems",
]


@pytest.fixture
def scans(roots, assessment_id: str, tmp_path: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    """Ana's sheet (row 6: two boxes marked) and a blank sheet with Family ticked (row 2: a
    light pencil mark), scanned a little crooked."""
    loaded = assessments.load(roots, assessment_id)
    keys = [c.key for c in loaded.pack.categories]
    values = [lv.value for lv in loaded.pack.levels]
    version = loaded.pack.version
    roles = list(vocabulary.ROLE_NAMES["en"])

    def page(member_id: str | None, sheet_no: int):  # type: ignore[no-untyped-def]
        layout = layout_sheet(keys, values, "letter", roles=() if member_id else roles)[0]
        code = SheetCode(loaded.id, member_id, sheet_no, 3, 1, 1, version)
        return layout, images.render(layout, code)

    layout, ana = page(loaded.present[0].id, 1)
    for row, index in zip(layout.rows, [0, 1, 2, 3, 4, 0], strict=True):
        images.mark(ana, row.levels[index].box, "tick")
    images.mark(ana, layout.rows[5].levels[2].box, "cross")
    layout, blank = page(None, 2)
    images.mark(blank, dict(layout.roles)["family"], "tick")
    images.mark(blank, layout.rows[0].levels[4].box, "fill")
    images.mark(blank, layout.rows[1].levels[1].box, "pencil")
    layout, no_role = page(None, 3)  # no role ticked: a person chooses it
    images.mark(no_role, layout.rows[2].levels[3].box, "tick")
    paths = [tmp_path / "ana.jpg", tmp_path / "blank.png", tmp_path / "no-role.png"]
    assert cv2.imwrite(str(paths[0]), images.scan(ana, angle=1.5, jpeg=80))
    assert cv2.imwrite(str(paths[1]), images.scan(blank, dpi=150, angle=-2))
    assert cv2.imwrite(str(paths[2]), images.scan(no_role))
    return paths


@pytest.fixture
def reading(roots, assessment_id: str, scans: list[Path]):  # type: ignore[no-untyped-def]
    return sheet_reading.read_scans(roots, assessment_id, scans)


def settle_keys(qtbot: QtBot, review: SheetReview, keys: str) -> None:
    for key in keys:
        qtbot.keyClicks(review.unclear, key)


def test_unclear_marks_are_settled_by_number_keys_before_anything_is_saved(
    qtbot: QtBot, make_window, roots, assessment_id: str, reading
) -> None:
    window = make_window()  # the interface's catalogue: "1 sheet", "2 sheets"
    loaded = assessments.load(roots, assessment_id)
    review = SheetReview(roots, loaded, reading, "en", window)
    review.show()
    assert review.status.text() == "3 sheets read. 2 unclear marks to settle."
    assert not review.save_button.isEnabled()
    review.save()  # even if asked: nothing is saved
    assert (
        assessments.load(roots, assessment_id).rating(loaded.present[0].id, KEYS[0]).level is None
    )

    assert review.sheets.item(0).text() == "Ana García — 1 to settle"
    assert review.unclear.rowCount() == 1
    assert review.unclear.item(0, 0).text().endswith("\nTwo boxes marked")
    settle_keys(qtbot, review, "3")
    assert review.unclear.item(0, 1).text() == "3  Growing"
    assert review.sheets.item(0).text() == "Ana García ✓"

    review.sheets.setCurrentRow(1)
    assert review.sheets.item(1).text() == "Blank sheet 2 — 1 to settle"
    assert review.name.isVisibleTo(review)
    assert review.role.currentData() == Role.FAMILY.value  # the box ticked on paper
    assert review.unclear.item(0, 0).text().endswith("\nA faint mark")
    settle_keys(qtbot, review, "2")
    assert not review.save_button.isEnabled()  # the name written on it is still to type
    review.name.setText("Rosa Martínez")
    assert review.status.text() == "3 sheets read. Every mark is clear or settled."

    review.sheets.setCurrentRow(2)  # every mark clear, but no role ticked: not guessed
    review.name.setText("Juan Pérez")
    assert review.role.currentIndex() == -1
    assert review.sheets.item(2).text() == "Blank sheet 3 — role to choose"
    assert not review.save_button.isEnabled()
    review.role.setCurrentIndex(review.role.findData(Role.STUDENT.value))
    assert review.sheets.item(2).text() == "Blank sheet 3 ✓"
    assert review.save_button.isEnabled()
    qtbot.mouseClick(review.save_button, Qt.MouseButton.LeftButton)

    saved = assessments.load(roots, assessment_id)
    ana = saved.present[0]
    assert [saved.rating(ana.id, k).level for k in KEYS] == [1, 2, 3, 4, 5, 3]
    rosa, juan = saved.present[-2:]
    assert (rosa.display_name, rosa.role) == ("Rosa Martínez", Role.FAMILY)
    assert [saved.rating(rosa.id, k).level for k in KEYS] == [5, 2, None, None, None, None]
    assert (juan.display_name, juan.role) == ("Juan Pérez", Role.STUDENT)
    assert [saved.rating(juan.id, k).level for k in KEYS] == [None, None, 4, None, None, None]


def test_the_overlay_draws_green_round_the_box_read_and_orange_round_an_unclear_row(
    roots, assessment_id: str, reading
) -> None:
    ana = reading.sheets[0].pages[0]
    image = overlay(ana)
    first, last = ana.rows[0], ana.rows[5]
    x, y, _, h = first.boxes[0]  # row 1: level 1 read
    assert image.pixelColor(x - 8, y + h // 2) == GREEN
    x, y, _, h = last.boxes[2]  # row 6: two boxes marked, one of them the third
    assert image.pixelColor(x - 8, y + h // 2) == ORANGE
    x, y, _, h = first.boxes[1]  # row 1, level 2: not marked, grey (not green)
    assert image.pixelColor(x - 8, y + h // 2) != GREEN


@pytest.mark.slow  # a layout walk at two text sizes: CI runs it, the quick set does not
@pytest.mark.parametrize("language", ["en", "es"])
def test_the_review_names_its_controls_and_fits_at_large_text(
    qtbot: QtBot,
    make_window,  # type: ignore[no-untyped-def]
    roots,  # type: ignore[no-untyped-def]
    assessment_id: str,
    reading,  # type: ignore[no-untyped-def]
    language: str,
    text_size: float,  # noqa: F811
) -> None:
    roots.settings.language = language
    roots.save_settings()
    window = make_window()
    review = SheetReview(roots, assessments.load(roots, assessment_id), reading, language, window)
    review.show()
    qtbot.waitExposed(review)
    review.resize(min(review.width(), 1024), min(review.height(), 700))
    problems = []
    for row in range(3):
        review.sheets.setCurrentRow(row)
        QApplication.processEvents()
        found = unnamed_controls(review) + clipped(review) + clashes(shortcut_texts(review))
        problems += [f"sheet {row}: {p}" for p in found]
    assert not problems, "\n".join(problems)
    review.close()


def test_the_file_menu_reads_the_chosen_scans_in_the_background_and_opens_the_review(
    qtbot: QtBot, make_window, roots, assessment_id: str, scans: list[Path], monkeypatch
) -> None:
    remember(roots, assessment_id)
    window = make_window()
    assert window.read_sheets_action.isVisible()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a: ([str(p) for p in scans], ""))
    )
    window.read_sheets_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(SheetReview) is not None, timeout=30_000)
    review = window.findChild(SheetReview)
    assert [review.sheets.item(i).text() for i in range(3)] == [
        "Ana García — 1 to settle",
        "Blank sheet 2 — 1 to settle",
        "Blank sheet 3 — name to type",
    ]
    assert window.ctx.roots.settings.export_folder == str(scans[0].parent)  # remembered


def test_scans_with_no_sheet_of_this_assessment_say_so_and_open_nothing(
    qtbot: QtBot, make_window, roots, assessment_id: str, tmp_path: Path, monkeypatch
) -> None:
    remember(roots, assessment_id)
    window = make_window()
    blank_page = tmp_path / "white.png"
    assert cv2.imwrite(str(blank_page), np.full((2200, 1700), 255, np.uint8))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a: ([str(blank_page)], ""))
    )
    seen: list[str] = []
    answer_boxes(monkeypatch, lambda box: seen.append(box.text()))
    window.read_sheets_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    assert seen == ["No page is a rating sheet of this assessment."]
    assert window.findChild(SheetReview) is None


def test_without_the_scan_reader_installed_it_says_so_and_offers_typing_in(
    qtbot: QtBot, make_window, roots, assessment_id: str, monkeypatch
) -> None:
    """The installers leave OpenCV out (issue 16): the menu entry explains instead of failing."""
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "cv2" else real(name, *a)
    )
    remember(roots, assessment_id)
    window = make_window()
    picked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a: picked.append(a)))
    seen: list[str] = []
    answer_boxes(monkeypatch, lambda box: seen.append(box.text() + " " + box.informativeText()))
    window.read_sheets_action.trigger()
    assert len(seen) == 1 and "cannot read scans" in seen[0]
    assert "Type in paper sheets" in seen[0]
    assert not picked and window.findChild(SheetReview) is None
