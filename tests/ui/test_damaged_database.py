"""A damaged database at start: a calm question, the newest good backup put back, the damaged
file kept aside for support; never a traceback."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from roots_app.services import backups, demo, schools
from roots_app.services.context import open_roots
from roots_app.ui import launch
from tests.ui.answers import answer_boxes


@pytest.mark.logs_warnings  # the damage is logged for support
def test_a_damaged_database_at_start_offers_the_newest_good_backup(
    qtbot: QtBot, qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    roots = open_roots(data_dir)
    demo.make_demo(roots, 2, 1, 5)
    roots.settings.language = "es"
    roots.save_settings()
    backups.take(roots, "daily", datetime(2026, 11, 21, 18, 5))
    roots.close()
    live = data_dir / "roots.sqlite3"
    live.write_bytes(b"\x00\xff" * 20_000)  # a disk error, a crash of another program
    for sibling in ("roots.sqlite3-wal", "roots.sqlite3-shm"):
        (data_dir / sibling).unlink(missing_ok=True)
    seen: list[str] = []

    def answer(box: QMessageBox) -> int:
        seen.append(f"{box.text()}\n{box.informativeText()}")
        buttons = box.buttons()
        wanted = [b for b in buttons if "Restaurar" in b.text()] or buttons
        wanted[0].click()
        return 0

    answer_boxes(monkeypatch, answer)
    window = launch._open_window(data_dir, None, None)
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert seen[0].startswith("El archivo de datos de Roots está dañado")
        assert "2026-11-21 18:05" in seen[0] and "2 escuelas" in seen[0]
        assert "La copia de seguridad del 2026-11-21 18:05" in seen[1]
        assert len(schools.list_schools(window.ctx.roots)) == 2
        (kept,) = (data_dir / "damaged").glob("roots-*.sqlite3")
        assert kept.read_bytes() == b"\x00\xff" * 20_000
    finally:
        window.close()
        window.ctx.translations.apply("en")  # the interface language is process-wide
        window.ctx.roots.close()


def test_a_database_from_a_newer_roots_is_refused_with_a_sentence_and_left_alone(
    qtbot: QtBot, qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    roots = open_roots(data_dir)
    roots.settings.language = "es"
    roots.save_settings()
    roots.close()
    live = data_dir / "roots.sqlite3"
    with sqlite3.connect(live) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = live.read_bytes()
    seen: list[str] = []

    def note(box: QMessageBox) -> int:
        seen.append(f"{box.text()}\n{box.informativeText()}")
        return 0

    answer_boxes(monkeypatch, note)
    made: list[launch.Translations] = []

    class Recorded(launch.Translations):
        def __init__(self, *args: object) -> None:
            super().__init__(*args)  # type: ignore[arg-type]
            made.append(self)

    monkeypatch.setattr(launch, "Translations", Recorded)
    try:
        assert launch._open_window(data_dir, None, None) is None
    finally:
        for translations in made:
            translations.apply("en")  # the interface language is process-wide
    assert seen == [
        "Esta base de datos se guardó con una versión más nueva de Roots.\n"
        "Instale la versión más reciente de Roots para abrirla. No se cambió nada en ella."
    ]
    assert live.read_bytes() == before


def test_damage_met_while_working_says_how_to_get_the_backup_back(
    qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from roots_app.errors import DamagedDatabaseError
    from roots_app.services import assessments
    from roots_app.storage import engine
    from roots_app.ui import messages
    from tests.storage.test_damaged_and_foreign_files import damage_page, root_page

    roots = open_roots(data_dir)
    demo.make_demo(roots, 1, 1, 5)
    assessment_id = assessments.list_assessments(roots)[0].id
    roots.close()
    database = data_dir / "roots.sqlite3"
    damage_page(database, root_page(database, "ratings"))
    monkeypatch.setattr(engine, "QUICK_CHECK_BELOW", 0)  # as with a big file: found in use
    roots = open_roots(data_dir)
    seen: list[str] = []

    def shown(box: QMessageBox) -> int:
        seen.append(f"{box.text()}\n{box.informativeText()}")
        return 0

    answer_boxes(monkeypatch, shown)
    try:
        with pytest.raises(DamagedDatabaseError) as damaged:
            assessments.load(roots, assessment_id)
        messages.show_error(None, damaged.value)
    finally:
        roots.close()
    assert seen == [
        "Roots's data file is damaged, so this could not be done.\nNothing more was saved. "
        "Close Roots and open it again: it will offer to put back the newest good backup."
    ]


@pytest.mark.logs_warnings  # the damage is logged for support
def test_damage_found_by_the_days_check_after_the_first_paint_offers_the_newest_good_backup(
    qtbot: QtBot, qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from PySide6.QtWidgets import QApplication

    roots = open_roots(data_dir)
    demo.make_demo(roots, 3, 1, 5)
    backups.take(roots, "daily", datetime(2026, 11, 20, 8, 0))  # not today: today's is due
    roots.close()
    live = data_dir / "roots.sqlite3"
    with sqlite3.connect(live) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.close()
    with live.open("r+b") as file:  # a page near the end: the file opens, the check fails
        file.seek((pages - 2) * size)
        file.write(bytes((n * 7919) % 251 for n in range(size)))
    seen: list[str] = []

    def answer(box: QMessageBox) -> int:
        seen.append(box.text())
        wanted = [b for b in box.buttons() if "Restore" in b.text()] or box.buttons()
        wanted[0].click()
        return 0

    answer_boxes(monkeypatch, answer)
    # A file too big to check page by page at every opening (storage checks small ones then):
    # the damage is first met by the day's check, after the first paint.
    from roots_app.storage import engine

    monkeypatch.setattr(engine, "QUICK_CHECK_BELOW", 0)
    window = launch._open_window(data_dir, None, None)  # opens: the check comes after paint
    assert window is not None and window.daily_backup is not None
    first_roots = window.ctx.roots
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0].startswith("Roots's data file is damaged")

    def reopened_window():  # type: ignore[no-untyped-def]
        """The new window, on the restored data (Qt may reuse the closed one's address)."""
        return next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if w.objectName() == "MainWindow"
                and getattr(w, "ctx", None) is not None
                and w.ctx.roots is not first_roots
            ),
            None,
        )

    qtbot.waitUntil(lambda: reopened_window() is not None)
    reopened = reopened_window()
    qtbot.addWidget(reopened)
    try:
        assert reopened.isVisible()
        assert len(schools.list_schools(reopened.ctx.roots)) == 3
        assert len(list((data_dir / "damaged").glob("roots-*.sqlite3"))) == 1
    finally:
        reopened.close()
        reopened.ctx.roots.close()
