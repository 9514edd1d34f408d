"""Small things a room of parents notices: where the import summary sits, bullet lists that read
as lists, and a progress bar that looks like one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from roots_app.services import assessments, bundles, demo
from roots_app.services.context import open_roots
from roots_app.ui.dialogs.import_preview import ImportPreviewDialog
from tests.ui.conftest import WindowFactory, remember


def first_inked_row(image: QImage, left: int, right: int) -> int:
    """The first row (from the top) with a dark pixel between ``left`` and ``right``: text."""
    for y in range(image.height()):
        for x in range(left, right):
            if image.pixelColor(x, y).lightness() < 100:
                return y
    return image.height()


def test_the_import_summary_starts_at_the_top_of_the_preview(
    qtbot: QtBot,
    roots,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    """A file with nothing in conflict: the summary is the first thing, with no blank above."""
    demo.make_demo(roots, schools=1, years=1)
    bundles.export_bundle(roots, tmp_path / "all.roots", bundles.Scope())
    laptop = open_roots(tmp_path / "laptop")
    try:
        report = bundles.preview_import(laptop, tmp_path / "all.roots")
    finally:
        laptop.close()
    dialog = ImportPreviewDialog(report, "all.roots", "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not report.conflicts
    image = dialog.grab().toImage()
    summary = dialog.summary.geometry()
    top_of_text = first_inked_row(image, summary.left(), summary.right())
    assert top_of_text <= summary.top() + dialog.summary.fontMetrics().height()


def bullet_items(label: QLabel, width: int) -> tuple[int, list[str]]:
    """How many bullet items wrap at ``width``, and those whose second line starts under the
    bullet instead of under the first word (no hanging indent)."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    if label.textFormat() == Qt.TextFormat.RichText:
        document.setHtml(label.text())
    else:
        document.setPlainText(label.text())
    document.setDocumentMargin(0)
    document.setTextWidth(width)
    document.size()  # lays the text out
    wrapped, flat = 0, []
    block = document.begin()
    while block.isValid():
        text, layout = block.text(), block.layout()
        item = block.textList() is not None or text.startswith("•")
        if item and layout.lineCount() > 1:
            wrapped += 1
            bullet = len(text) - len(text.lstrip("• \t")) if text.startswith("•") else 0
            first_word_x = layout.lineAt(0).cursorToX(bullet)[0]
            if layout.lineAt(1).x() < first_word_x - 1:
                flat.append(text[:40])
        block = block.next()
    return wrapped, flat


@pytest.mark.parametrize("language", ["en", "es"])
def test_bullet_lists_have_hanging_indents(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots,  # type: ignore[no-untyped-def]
    language: str,
) -> None:
    """The indicators (walkthrough) and the questions (team view) wrap under their words, at
    the width a narrow window or large text leaves them."""
    demo.make_demo(roots, schools=1, years=1)
    remember(roots, assessments.list_assessments(roots)[0].id, language)
    window = make_window()
    window.resize(1024, 700)
    qtbot.wait(1)
    labels = [window.walkthrough.indicators]
    window.show_place("team")
    qtbot.wait(1)
    labels.append(window.team_view.questions)
    total = 0
    for label in labels:
        wrapped, flat = bullet_items(label, 360)
        assert flat == []
        total += wrapped
    assert total > 0  # some items are long enough to wrap there


def test_the_rating_progress_reads_as_a_progress_bar(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots,  # type: ignore[no-untyped-def]
) -> None:
    """Beside "0 of 6 rated": a visible empty track; after rating, a filled part on it."""
    demo.make_demo(roots, schools=1, years=1)
    info = assessments.list_assessments(roots)[0]
    remember(roots, info.id)
    window = make_window()
    page = window.walkthrough
    bar = page.progress
    assert bar.height() >= 10 and bar.width() >= 100
    assert bar.accessibleName()
    background = window.palette().color(window.backgroundRole())

    def colour_at(fraction: float) -> QColor:
        image = bar.grab().toImage()
        return image.pixelColor(int(image.width() * fraction), image.height() // 2)

    bar.setValue(0)  # as for a new assessment: "0 of 6 rated"
    empty = colour_at(0.75)
    assert abs(empty.lightness() - background.lightness()) >= 12, "the empty track is invisible"
    bar.setValue(bar.maximum() // 2)
    filled = colour_at(0.2)
    assert abs(filled.lightness() - empty.lightness()) >= 40 or filled.hue() != empty.hue()
