"""Settings: point Roots at the district database, test the connection, and start on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from roots_app.services import schools
from tests.postgres_server import PostgresServer
from tests.ui.answers import answer_boxes
from tests.ui.conftest import WindowFactory, close_and_release


@pytest.fixture
def district_url(postgres: PostgresServer) -> Iterator[str]:
    url = postgres.empty_database()
    yield url
    postgres.drop(url)


def test_switching_to_the_district_database(
    qtbot: QtBot, make_window: WindowFactory, roots, district_url: str, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    schools.create_school(roots, "Escuela local")  # so the app starts on Home, not Welcome
    roots.settings.language = "en"
    roots.save_settings()
    target = make_url(district_url)
    window = make_window()
    window.show_place("settings")
    box = window.settings_page.database
    assert "a file on this computer" in box.in_use.text()
    assert not box.fields.isEnabled()
    box.district.setFocus()
    qtbot.keyClick(box.district, Qt.Key.Key_Space)
    assert box.fields.isEnabled()
    for field, value in (
        (box.host, "127.0.0.1"),
        (box.port, str(target.port)),
        (box.name, target.database or ""),
        (box.user, "roots"),
        (box.password, "not-kept-in-a-file"),
    ):
        field.clear()
        field.setFocus()
        qtbot.keyClicks(field, value)
    box.tls.setCurrentIndex(box.tls.findData("disable"))

    box.port.setText("1")  # nothing listens there: a sentence, not a traceback
    qtbot.keyClick(box.test_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: box.result.text().startswith("Roots could not connect"), timeout=20_000)
    box.port.setText(str(target.port))
    qtbot.keyClick(box.test_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Connected" in box.result.text(), timeout=20_000)
    assert "empty" in box.result.text()
    qtbot.keyClick(box.save_button, Qt.Key.Key_Space)
    assert "next time it starts" in box.result.text()
    close_and_release(window)

    assert "not-kept-in-a-file" not in (data_dir / "settings.json").read_text("utf-8")
    restarted = make_window()
    assert restarted.ctx.roots.db.engine.dialect.name == "postgresql"
    assert restarted.ctx.roots.db.engine.url.database == target.database
    restarted.show_place("settings")
    assert "the district database" in restarted.settings_page.database.in_use.text()
    schools.create_school(restarted.ctx.roots, "Escuela del distrito")
    assert [s.name for s in schools.list_schools(restarted.ctx.roots)] == ["Escuela del distrito"]


def test_an_unreachable_district_database_at_start_offers_this_computers_data(
    qtbot: QtBot, qapp, roots, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from roots_app.ui import launch

    schools.create_school(roots, "Escuela local")
    roots.settings.language = "en"
    roots.settings.database = "district"
    roots.settings.db_host, roots.settings.db_port, roots.settings.db_tls = (
        "127.0.0.1",
        "1",
        "disable",
    )
    roots.save_settings()
    roots.close()
    offered: list[str] = []

    def choose(box: QMessageBox) -> int:
        offered.append(box.text())
        next(b for b in box.buttons() if "computer" in b.text()).click()
        return 0

    answer_boxes(monkeypatch, choose)
    window = launch._open_window(data_dir, None, None)
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert offered == ["Roots could not reach the district database."]
        assert window.ctx.roots.db.engine.dialect.name == "sqlite"
        assert [s.name for s in schools.list_schools(window.ctx.roots)] == ["Escuela local"]
        assert window.ctx.roots.settings.database == "district"  # still chosen for next time
    finally:
        window.close()
        window.ctx.translations.apply("en")  # the interface language is process-wide
        window.ctx.roots.close()
