"""Issue 19: "Draft narratives…" on the State report page saves the year's narrative draft as
a Word document or plain text, in the language on screen, and remembers the folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from roots_app.domain.people import Role
from roots_app.errors import ExportError, RootsError
from roots_app.services import assessments, schools, state
from roots_app.services.context import Roots
from tests.exchange.state_files import result, write
from tests.ui.conftest import WindowFactory

LAUSD = "19647330000000"


def _district(roots: Roots, folder: Path) -> None:
    """LAUSD's 2024-25 state row, and one school whose team agreed practice 1 at 4."""
    rows = [result(LAUSD, "Los Angeles Unified", 2025, [3] * 12)]
    state.import_file(roots, write(folder / "Pr32025.txt", 2025, rows))
    school = schools.create_school(roots, "Lincoln Elementary")
    state.set_school_lea(roots, school, LAUSD)
    team = schools.create_team(roots, school, "FAT", [("Ana", Role.FAMILY)])
    member = schools.get_team(roots, team).members[0].id
    found = assessments.start(roots, team, "lcff-priority-3", "2024-25", [member])
    keys = [c.key for c in assessments.load(roots, found).pack.categories]
    assessments.agree(roots, assessments.load(roots, found), keys[0], 4, "Llamadas “cada” semana.")
    assessments.agree(roots, assessments.load(roots, found), keys[1], 2, "")


def test_draft_narratives_saved_as_word_then_as_text_in_spanish(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots: Roots,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    roots.settings.language = "es"
    roots.save_settings()
    window = make_window()
    window.show_place("state")
    page = window.state_page
    assert not page.draft_button.isEnabled()  # no LEA yet: nothing to draft
    _district(roots, tmp_path)
    window.show_place("home")
    window.show_place("state")
    assert page.draft_button.isEnabled()
    assert page.draft_button.text() == "&Redactar las narrativas…"
    asked: list[tuple[str, str, str]] = []
    folder = tmp_path / "borradores"
    folder.mkdir()
    answer: list[tuple[str, str]] = [(str(folder / "narrativas"), "")]

    def save_file_name(_parent: object, title: str, suggested: str, filters: str):  # type: ignore[no-untyped-def]
        asked.append((title, suggested, filters))
        return answer[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_file_name))
    page.draft_button.setFocus()
    qtbot.keyClick(page.draft_button, Qt.Key.Key_Space)
    title, suggested, filters = asked[0]
    assert title == "Guardar el borrador de las narrativas"
    assert Path(suggested).name == f"priority3_draft_{LAUSD}_2024-25_es.docx"
    assert filters == "Documentos de Word (*.docx);;Texto sin formato (*.txt)"
    saved = folder / "narrativas.docx"  # no ending typed, Word chosen: .docx added
    paragraphs = [p.text for p in Document(str(saved)).paragraphs]
    assert paragraphs[:2] == [
        "Narrativas de la Prioridad 3: borrador",
        "Los Angeles Unified (19647330000000), año escolar 2024-25",
    ]
    assert (
        "Lincoln Elementary: Capacidad del personal para construir relaciones de confianza "
        "(Implementación completa, 4 de 5): Llamadas “cada” semana."
    ) in paragraphs
    assert page.status.text() == f"Se guardó {saved}"
    assert window.ctx.roots.settings.export_folder == str(folder)  # the window's own

    # Plain text chosen in the dialog: the next suggestion starts in the remembered folder.
    plain = QCoreApplication.translate("Exporting", "Plain text (*.txt)")
    answer[0] = (str(folder / "para pegar"), plain)
    page.draft_button.click()
    assert Path(asked[1][1]).parent == folder
    text = (folder / "para pegar.txt").read_text(encoding="utf-8")
    assert "1b. Áreas de enfoque para mejorar\nLincoln Elementary: Ambientes acogedores" in text
    assert text.count("[Todavía no hay evidencia ni plan") == 7


def test_a_draft_that_cannot_be_written_is_said_and_nothing_is_saved(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots: Roots,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from roots_app.ui import messages

    _district(roots, tmp_path)
    roots.settings.language = "en"
    roots.save_settings()
    window = make_window()
    window.show_place("state")
    page = window.state_page
    shown: list[RootsError] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, error: shown.append(error))
    folder = tmp_path / "a folder.docx"  # a folder where the file should be
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(folder), "")))
    page.draft_button.click()
    assert [type(e) for e in shown] == [ExportError] and "not a file" in str(shown[0])
    assert page.status.text() != f"Saved {folder}"
    assert window.ctx.roots.settings.export_folder != str(tmp_path)
