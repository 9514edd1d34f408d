"""District and Progress narrowed to one LEA's schools, by keyboard, in both languages (issue 19):
the choice is remembered for both pages and the next start, and hidden while there is no LEA."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from roots_app import settings
from roots_app.services import assessments, demo, schools, state
from roots_app.services.context import Roots
from tests.exchange.state_files import result, write
from tests.ui.conftest import WindowFactory, remember

LAUSD, ACOE = "19647330000000", "01100170000000"
OAKLAND = "01612590000000"


def _district(roots: Roots, folder: Path, language: str) -> tuple[list[str], str]:
    """Five sample schools: two in LAUSD, one in ACOE, two in none; Fresno has no school,
    Oakland one without assessments. Returns LAUSD's schools' names and ACOE's school's name."""
    demo.make_demo(roots, schools=5, years=2, seed=43)
    rows = [
        result(LAUSD, "Los Angeles Unified", 2024, [3] * 12),
        result(ACOE, "Alameda County Office of Education", 2024, [2] * 12),
        result("10621660000000", "Fresno Unified", 2024, [4] * 12),
        result(OAKLAND, "Oakland Unified", 2024, [4] * 12),
    ]
    state.import_file(roots, write(folder / "Pr32024.txt", 2024, rows))
    found = schools.list_schools(roots)
    new = schools.create_school(roots, "Zeta Elementary")  # of Oakland; nothing assessed yet
    state.set_school_lea(roots, new, OAKLAND)
    for school in found[:2]:
        state.set_school_lea(roots, school.id, LAUSD)
    state.set_school_lea(roots, found[2].id, ACOE)
    remember(roots, assessments.list_assessments(roots)[0].id, language)
    return sorted(s.name for s in found[:2]), found[2].name


def _choose(qtbot: QtBot, combo, data: str) -> None:  # type: ignore[no-untyped-def]
    """Move the choice to ``data`` with the arrow keys, as a person would."""
    combo.setFocus()
    steps = combo.findData(data) - combo.currentIndex()
    for _ in range(abs(steps)):
        qtbot.keyClick(combo, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    assert combo.currentData() == data


def _texts(combo) -> list[str]:  # type: ignore[no-untyped-def]
    return [combo.itemText(i) for i in range(combo.count())]


def test_choosing_an_lea_by_keyboard_narrows_district_and_progress_in_spanish(
    qtbot: QtBot, make_window: WindowFactory, roots: Roots, tmp_path: Path
) -> None:
    lausd, acoe = _district(roots, tmp_path, "es")
    window = make_window()
    window.show_place("district")
    page = window.district_page
    qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
    assert page.model.rowCount() == 5
    assert page.lea_pair.isVisible()
    assert page.lea_label.text() == "&LEA:"
    assert _texts(page.lea)[0] == "Todas las escuelas"
    assert "Los Angeles Unified (19647330000000)" in _texts(page.lea)
    _choose(qtbot, page.lea, LAUSD)
    assert page.lea.currentText() == "Los Angeles Unified (19647330000000)"
    qtbot.waitUntil(lambda: page.view.lea is not None and page.view.lea.cds_code == LAUSD)
    names = sorted(page.model.index(r, 0).data() for r in range(page.model.rowCount()))
    assert names == lausd
    assert page.status.text().startswith("2 escuelas de Los Angeles Unified en ")
    assert settings.load(window.ctx.roots.data_dir).lea_filter == LAUSD

    window.show_place("progress")
    progress = window.progress_page
    assert progress.lea.currentData() == LAUSD
    assert sorted(_texts(progress.school)) == lausd
    assert progress.school_label.text() == "&Escuela:"
    progress.school.setFocus()
    other = 1 - max(0, progress.school.currentIndex())
    qtbot.keyClick(progress.school, Qt.Key.Key_Down if other else Qt.Key.Key_Up)
    chosen = progress.school.currentText()
    assert progress.view is not None and progress.view.school_name == chosen
    assert chosen in progress.title.toolTip() or chosen in progress.title.text()

    _choose(qtbot, progress.lea, ACOE)
    assert _texts(progress.school) == [acoe]
    assert progress.view is not None and progress.view.school_name == acoe  # opened itself

    window.show_place("district")  # the choice made on Progress is District's too
    qtbot.waitUntil(lambda: page.view.lea is not None and page.view.lea.cds_code == ACOE)
    assert [page.model.index(0, 0).data()] == [acoe] and page.model.rowCount() == 1


def test_an_lea_without_schools_says_how_to_link_one_in_english(
    qtbot: QtBot, make_window: WindowFactory, roots: Roots, tmp_path: Path
) -> None:
    _district(roots, tmp_path, "en")
    roots.settings.lea_filter = "10621660000000"  # remembered from last time: Fresno
    roots.save_settings()
    window = make_window()
    window.show_place("district")
    page = window.district_page
    qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
    assert page.lea.currentText() == "Fresno Unified (10621660000000)"
    assert page.model.rowCount() == 0
    assert "0 schools of Fresno Unified in " in page.status.text()
    assert "Change school…" in page.status.text()
    _choose(qtbot, page.lea, OAKLAND)  # a school, nothing agreed: no advice to link one
    qtbot.waitUntil(lambda: page.view.lea is not None and page.view.lea.cds_code == OAKLAND)
    assert "0 schools of Oakland Unified in " in page.status.text()
    assert "None of its schools has agreed levels in " in page.status.text()
    assert "Change school…" not in page.status.text()
    _choose(qtbot, page.lea, "10621660000000")
    window.show_place("progress")  # the last assessment's school, of no LEA: all schools
    progress = window.progress_page
    assert progress.view is not None and progress.lea.currentText() == "All schools"
    assert progress.school.count() == 6
    assert window.ctx.roots.settings.lea_filter == "10621660000000"  # not forgotten
    _choose(qtbot, progress.lea, "10621660000000")  # Fresno: no school, a sentence
    assert progress.view is None and progress.school.count() == 0
    assert "No school belongs to this LEA yet" in progress.note.text()
    qtbot.keyClick(progress.lea, Qt.Key.Key_Home)  # All schools
    assert progress.lea.currentText() == "All schools"
    assert progress.school.count() == 6
    assert window.ctx.roots.settings.lea_filter == ""
    qtbot.keyClick(progress.school, Qt.Key.Key_Down)
    assert progress.view is not None


def test_without_leas_there_is_no_lea_choice(
    qtbot: QtBot, make_window: WindowFactory, roots: Roots
) -> None:
    demo.make_demo(roots, schools=2, years=1, seed=44)
    remember(roots, assessments.list_assessments(roots)[0].id, "en")
    window = make_window()
    window.show_place("district")
    page = window.district_page
    qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
    assert not page.lea_pair.isVisible()
    assert page.model.rowCount() == 2
    window.show_place("progress")
    assert not window.progress_page.lea_pair.isVisible()
    assert window.progress_page.school.count() == 2
