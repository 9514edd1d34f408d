"""The State report page's mapped column with a team on a newer CEI version (categories
renamed, merged, split): the same medians as ``roots state --mapped``, the ones read through the
lineage marked † with words in their tooltip, in English and Spanish."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from roots_app import cli
from roots_app.services.context import Roots
from roots_app.ui import labels
from roots_app.ui.main_window import MainWindow
from tests.services.test_state import LAUSD
from tests.services.test_state_mapped_versions import cei_across_versions
from tests.ui.conftest import WindowFactory


def _mapped_cells(qtbot: QtBot, window: MainWindow) -> dict[int, str]:
    """The mapped column's cells by practice number, the column shown by keyboard."""
    window.show_place("state")
    page = window.state_page
    page.mapped_box.setFocus()
    qtbot.keyClick(page.mapped_box, Qt.Key.Key_Space)
    table = page.table
    assert table.columnCount() == 6
    cells = {}
    for row in range(table.rowCount()):
        if table.item(row, 5) is not None:  # a practice's row (a section's has one cell)
            number = int(table.item(row, 0).text().split(".")[0])
            cells[number] = table.item(row, 5).text()
    return cells


def test_the_page_shows_the_numbers_of_roots_state_mapped(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots: Roots,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cei_across_versions(roots, tmp_path)
    roots.settings.language = "en"
    roots.settings.state_lea = LAUSD
    roots.save_settings()
    assert cli.main(["state", "--lea", LAUSD, "--mapped", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    (year,) = document["years"]
    window = make_window()
    cells = _mapped_cells(qtbot, window)
    said = {}
    for number, practice in enumerate(year["practices"], 1):
        value = practice["mapped"]
        mark = " †" if practice["mapped_lineage"] else ""
        said[number] = "–" if value is None else f"{labels.number(value)}{mark}\n(mapped)"
    assert cells == said
    # By hand (tests/services/test_state_mapped_versions.py): practice 1 through the rename,
    # 2 by key, 12 the median of 2.5 and 3.25 (shown to one decimal), 6 and 8 none.
    assert (cells[1], cells[2], cells[12]) == ("4 †\n(mapped)", "3\n(mapped)", "2.9 †\n(mapped)")
    assert cells[6] == cells[8] == "–"
    table = window.state_page.table
    tip = table.item(1, 5).toolTip()
    assert tip == (
        "Mapped, not rated on this rubric: median of 2 teams on Six Essential Roots. † It takes "
        "levels agreed on another version of a rubric, read in the crosswalk's categories "
        "through its lineage."
    )
    assert table.item(1, 5).data(Qt.ItemDataRole.AccessibleTextRole) == f"4 †\n(mapped). {tip}"
    assert "†" not in table.item(2, 5).toolTip()
    assert window.state_page.status.text().endswith(
        "† A mapped median marked so takes levels agreed on another version of its rubric, "
        "read in the crosswalk's categories through its lineage."
    )

    window.ctx.set_language("es")
    qtbot.waitUntil(lambda: table.item(1, 5).text() == "4 †\n(por correspondencia)")
    assert "Por correspondencia entre versiones: toma niveles acordados con otra versión" in (
        table.item(1, 5).toolTip()
    )
    assert "Una mediana por correspondencia marcada así" in window.state_page.status.text()
    window.ctx.set_language("en")
