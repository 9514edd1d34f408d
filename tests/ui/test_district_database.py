"""Issue 7: two copies of Roots (two data folders) on one PostgreSQL district database.

Both score the same assessment; the second one's edit, based on what it showed before the first
saved, is caught and the person decides; the district view shows every school's results.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from roots_app.domain.assessment import TEAM
from roots_app.services import assessments, demo
from roots_app.services.context import open_roots
from roots_app.ui import theme
from roots_app.ui.launch import create_window
from roots_app.ui.main_window import MainWindow
from tests.postgres_server import PostgresServer
from tests.ui.answers import answer_boxes
from tests.ui.conftest import remember


@pytest.fixture
def district_url(postgres: PostgresServer) -> Iterator[str]:
    url = postgres.new_database()
    yield url
    postgres.drop(url)


def _open(qtbot: QtBot, folder: Path, url: str) -> MainWindow:
    window = create_window(folder, url, None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _as_team(window: MainWindow, category: int) -> None:
    page = window.walkthrough
    page.rater_combo.setCurrentIndex(page.rater_combo.findData(TEAM))
    page.go_to(category)
    page.setFocus()


def test_two_computers_on_one_district_database(
    qtbot: QtBot, qapp, tmp_path: Path, district_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    theme.apply(qapp)
    setup = open_roots(tmp_path / "setup", district_url)
    demo.make_demo(setup, schools=2, years=1, seed=5)
    shared = assessments.list_assessments(setup)[0]
    keys = [c.key for c in assessments.load(setup, shared.id).pack.categories]
    for folder in ("office", "library"):
        setup.data_dir = tmp_path / folder
        remember(setup, shared.id)
    setup.close()

    asked: list[str] = []
    answer = {"button": "Use theirs"}

    def decide(box: QMessageBox) -> int:
        asked.append(f"{box.text()}\n{box.informativeText()}")
        chosen = next(b for b in box.buttons() if b.text().replace("&", "") == answer["button"])
        chosen.click()
        return 0

    answer_boxes(monkeypatch, decide)
    office = _open(qtbot, tmp_path / "office", district_url)
    library = _open(qtbot, tmp_path / "library", district_url)
    try:
        for window in (office, library):
            assert window.pages.currentWidget() is window.walkthrough
            _as_team(window, 0)

        # The office agrees level 3; the library, still showing the old level, chooses 2.
        qtbot.keyClick(office.walkthrough, Qt.Key.Key_3)
        qtbot.keyClick(library.walkthrough, Qt.Key.Key_2)
        assert len(asked) == 1 and "Someone else saved this rating" in asked[0]
        assert asked[0].index("3 ·") < asked[0].index("2 ·")  # theirs first, then yours
        assert library.walkthrough.current_rating().level == 3  # theirs, now on screen
        assert _agreed(district_url, shared.id, keys[0]) == 3

        # Second category: this time the library keeps its own level.
        answer["button"] = "Keep mine"
        for window in (office, library):
            _as_team(window, 1)
        qtbot.keyClick(office.walkthrough, Qt.Key.Key_4)
        qtbot.keyClick(library.walkthrough, Qt.Key.Key_1)
        assert len(asked) == 2
        assert _agreed(district_url, shared.id, keys[1]) == 1
        # The office's next edit is based on a version that is no longer stored: caught too.
        answer["button"] = "Use theirs"
        qtbot.keyClick(office.walkthrough, Qt.Key.Key_5)
        assert len(asked) == 3
        assert _agreed(district_url, shared.id, keys[1]) == 1

        library.show_place("district")
        qtbot.waitUntil(lambda: library.district_page.view is not None, timeout=20_000)
        model = library.district_page.model
        names = {model.index(r, 0).data() for r in range(model.rowCount())}
        assert len(names) == 2  # both schools' results, from the one database
        assert shared.school_name in names
    finally:
        for window in (office, library):
            window.close()
            window.ctx.roots.close()


def _agreed(url: str, assessment_id: str, key: str) -> int | None:
    roots = open_roots(Path("/nonexistent-roots-folder"), url)
    try:
        return assessments.load(roots, assessment_id).ratings[(TEAM, key)].level
    finally:
        roots.close()
