"""Issue 17 in the team view: a rating from a paper sheet says so in words, and the handwriting
scanned from its evidence lines is there to see, small and then larger, by keyboard too."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from roots_app.domain.paper import PaperSheet
from roots_app.services import assessments, sheets
from roots_app.ui import messages
from roots_app.ui.widgets.handwriting import HandwritingDialog
from tests.ui.conftest import WindowFactory, remember

WORDS = {
    "en": {
        "paper": "(paper)",
        "sheet": "Handwritten evidence from Sheet 4, by Ana García",
        "anonymous": "Handwritten evidence from a paper sheet, by Member",
    },
    "es": {
        "paper": "(papel)",
        "sheet": "Evidencia escrita a mano en la hoja 4, de Ana García",
        "anonymous": "Evidencia escrita a mano en una hoja de papel, de Integrante",
    },
}


def handwriting_png(width: int = 600, height: int = 90) -> bytes:
    """A stand-in for a scanned evidence area: dark pen strokes on white."""
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    draw.text((10, 10), "Parents came to the open house", fill=20)
    draw.line((10, 60, width - 20, 70), fill=30, width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize("language", ["en", "es"])
def test_paper_ratings_and_their_handwriting_show_beside_the_laptop_ones(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots,  # type: ignore[no-untyped-def]
    assessment_id: str,
    team: tuple[str, list[str]],
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    words = WORDS[language]
    ana, luis, _mei = team[1]
    loaded = assessments.load(roots, assessment_id)
    key = loaded.pack.categories[0].key
    assessments.rate(roots, loaded, luis, key, 2, "Typed on the laptop")
    scan = handwriting_png()
    sheets.save_sheet(roots, assessment_id, PaperSheet(ana, None, None, {key: 4}, {key: scan}, 4))
    assessments.set_revealed(roots, assessment_id, True)
    remember(roots, assessment_id, language)
    window = make_window()
    window.show_place("team")
    team_view = window.team_view
    assert team_view.index == 0

    rows = {label.text()[0]: people for label, people in team_view.scale_rows}
    assert f"Ana García {words['paper']}" in rows["4"].text()
    assert rows["4"].toolTip()  # the marker explained in words
    assert "Luis Pérez" in rows["2"].text() and words["paper"] not in rows["2"].text()
    assert not rows["2"].toolTip()

    strip = team_view.handwriting
    assert strip.isVisible() and len(strip.shown) == 1
    button = strip.shown[0]
    assert button.accessibleName() == words["sheet"]
    assert not button.icon().isNull() and "Ana García (4)" in button.text()

    # Keyboard: Tab from the members' notes reaches the scan; Space opens it larger.
    seen: list[tuple[str, int]] = []

    def shown(dialog: QDialog, summary: str) -> int:
        assert isinstance(dialog, HandwritingDialog)
        image = dialog.image.pixmap()
        seen.append((dialog.image.accessibleName(), image.width()))
        dialog.reject()
        return 0

    monkeypatch.setattr(messages, "show_dialog", shown)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    team_view.notes.setFocus()
    qtbot.keyClick(team_view.notes, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert seen == [(words["sheet"], 600)]  # shown at its own size, as it fits

    # Names hidden: the sheet's number is left out too (it would tell who wrote it).
    team_view.identity.setCurrentIndex(team_view.identity.findData("anonymous"))
    assert strip.shown[0].accessibleName().startswith(words["anonymous"])
    team_view.identity.setCurrentIndex(team_view.identity.findData("names"))

    # Changed on the laptop, the level is no longer paper's; the handwriting stays.
    assessments.rate(roots, assessments.load(roots, assessment_id), ana, key, 3, "")
    team_view.reload()
    assert not any(words["paper"] in people.text() for _, people in team_view.scale_rows)
    assert len(strip.shown) == 1

    # Another category without paper: no scans. Ratings hidden: nothing of paper either.
    team_view.go_to(1)
    assert not strip.isVisible()
    team_view.go_to(0)
    team_view.toggle_reveal()
    assert not strip.isVisible() and not strip.shown
    assert not rows["4"].isVisible()
