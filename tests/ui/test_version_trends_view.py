"""Progress and District on real widgets across a pack version that renames, merges, splits and
adds categories, in Spanish: the older years show in the new categories, each mapped level marked
with a sign explained in words (the note, the tooltip, the screen reader's text); the older
assessment's summary keeps its own text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from roots_app.services.context import Roots
from roots_app.ui.pages.progress import MAPPED_MARK
from tests import pack_versions
from tests.ui.conftest import WindowFactory, remember

WORDS = (
    "Se calificó con una versión anterior de la rúbrica y se muestra en las categorías de "
    "esta versión."
)


def test_progress_and_district_mark_mapped_levels_in_words(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots: Roots,
    team: tuple[str, list[str]],
    tmp_path: Path,
) -> None:
    data = pack_versions.score_across_versions(roots, team, tmp_path)
    remember(roots, data["first"], "es")
    window = make_window()

    window.show_place("summary")  # the 2023-24 assessment, scored on 1.0.2: its own text
    summary = window.summary.model
    titles = [summary.index(r, 0).data() for r in range(summary.rowCount())]
    assert len(titles) == 6 and titles[0].startswith("Creencia de que el éxito del sistema")

    window.show_place("progress")
    page = window.progress_page
    assert page.view is not None and page.view.school_id == data["a"]
    table = page.table
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    listed = list(rows)
    assert listed[:4] == [
        "1. Relaciones de confianza",
        "2. Saberes compartidos *",  # reworded: the existing mark
        "3. Liderazgo directivo",
        "4. Liderazgo docente",
    ]
    assert listed[4].startswith("5. Inclusión basada en la raza") and listed[4].endswith(" *")
    assert listed[5] == "6. La voz de las familias"  # the retired category is not listed
    shared = rows["2. Saberes compartidos *"]
    first, second, third = (table.item(shared, c) for c in (1, 2, 3))
    assert first.text() == f"3,5 {MAPPED_MARK}"
    assert second.text().startswith(f"2 {MAPPED_MARK}  ▼ −1,5")
    assert third.text() == "3  ▲ +1"  # scored on 2.0.0: no mark
    assert first.toolTip() == WORDS and third.toolTip() == ""
    assert first.data(Qt.ItemDataRole.AccessibleTextRole) == f"3,5 {MAPPED_MARK}. {WORDS}"
    note = page.note.text()
    assert f"{MAPPED_MARK} Se calificó con una versión anterior" in note
    assert "la mediana" in note
    voice = rows["6. La voz de las familias"]
    assert [table.item(voice, c).text() for c in (1, 2, 3)] == ["–", "–", "1"]

    window.show_place("district")
    district = window.district_page
    qtbot.waitUntil(lambda: district.view is not None, timeout=10_000)
    assert district.year.currentData() == "2025-26"
    model = district.model
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    roosevelt = names.index("Roosevelt High")
    cell = model.index(roosevelt, 3)  # shared expertise, from 1.0.2's two categories
    assert cell.data() == f"4,5 {MAPPED_MARK}"
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == WORDS
    assert model.index(roosevelt, 6).data() == "4"  # inclusivity keeps its key: not mapped
    assert MAPPED_MARK in district.status.text()
    legend = district.distribution
    assert legend.item(1, 0).text() == "2. Saberes compartidos *"  # its wording changed
    assert legend.item(0, 0).text() == "1. Relaciones de confianza"
    assert "* La redacción de esta categoría cambió" in district.status.text()
    # Role averages are not mapped: said, as a year partly on 1.0.2 is shown.
    assert "Los promedios de los miembros por rol no se leen entre versiones" in (
        district.status.text()
    )
