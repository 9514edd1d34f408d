"""The Print rating sheets dialog (issue 17) hands back its choices as one value."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from roots_app.domain import vocabulary
from roots_app.services import assessments
from roots_app.ui.dialogs.sheets_print import MAX_BLANKS, PrintSheetsDialog, SheetsChoice
from tests.ui.answers import answer_boxes, drive
from tests.ui.conftest import remember
from tests.ui.test_accessibility import unnamed_controls
from tests.ui.test_layout_walk import clipped, text_size  # noqa: F401 (a fixture)
from tests.ui.test_shortcut_walk import clashes, shortcut_texts


def make(qtbot: QtBot, roots, assessment_id: str, folder: Path, language: str = "en"):  # type: ignore[no-untyped-def]
    loaded = assessments.load(roots, assessment_id)
    dialog = PrintSheetsDialog(roots.settings, loaded.info, loaded.present, language, folder)
    qtbot.addWidget(dialog)
    return dialog, loaded


def ok(qtbot: QtBot, dialog: PrintSheetsDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_every_member_is_ticked_and_the_defaults_come_from_the_settings(
    qtbot: QtBot, roots, assessment_id: str, tmp_path: Path
) -> None:
    roots.settings.page_size = "a4"
    dialog, loaded = make(qtbot, roots, assessment_id, tmp_path, "es")
    assert dialog.choice() == SheetsChoice(
        member_ids=tuple(m.id for m in loaded.present),
        blanks=0,
        language="es",
        page_size="a4",
        path=tmp_path / "escuela-primaria-dolores-huerta_family-action-team_2025-26_es_sheets.pdf",
    )
    offered = [dialog.page_size.itemData(i) for i in range(dialog.page_size.count())]
    assert offered == list(vocabulary.PAGE_SIZES)
    languages = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert languages == list(vocabulary.PDF_LANGUAGES)
    assert dialog.blanks.maximum() == MAX_BLANKS == 200 and dialog.blanks.minimum() == 0


def test_ask_returns_the_chosen_members_blanks_language_paper_and_file(
    qtbot: QtBot, roots, assessment_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded = assessments.load(roots, assessment_id)

    def fill(dialog: PrintSheetsDialog) -> int:
        dialog.members.item(1).setCheckState(Qt.CheckState.Unchecked)  # Luis has a laptop
        dialog.blanks.setValue(25)
        dialog.language.setCurrentIndex(dialog.language.findData("both"))
        dialog.page_size.setCurrentIndex(dialog.page_size.findData("a4"))
        dialog.path.setText(str(tmp_path / "parent night"))
        ok(qtbot, dialog)
        return dialog.result()

    drive(monkeypatch, PrintSheetsDialog, fill)
    answer = PrintSheetsDialog.ask(roots.settings, loaded.info, loaded.present, "en", tmp_path)
    ana, _, mei = loaded.present
    assert answer == SheetsChoice(
        member_ids=(ana.id, mei.id),
        blanks=25,
        language="both",
        page_size="a4",
        path=tmp_path / "parent night.pdf",
    )
    assert roots.settings.page_size == "a4"  # the next time starts from it


def test_nothing_to_print_or_nowhere_to_save_says_so_and_stays_open(
    qtbot: QtBot, roots, assessment_id: str, tmp_path: Path
) -> None:
    dialog, _ = make(qtbot, roots, assessment_id, tmp_path)
    dialog.show()
    qtbot.mouseClick(dialog.none_button, Qt.MouseButton.LeftButton)
    assert dialog.member_ids() == ()
    ok(qtbot, dialog)
    assert dialog.error.text() == "Tick at least one member, or ask for blank sheets."
    assert dialog.isVisible() and dialog.result() == 0
    dialog.blanks.setValue(3)
    dialog.path.setText(str(tmp_path / "missing" / "sheets.pdf"))
    ok(qtbot, dialog)
    assert dialog.error.text().startswith("The folder ") and dialog.isVisible()
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    assert len(dialog.member_ids()) == 3
    dialog.path.clear()
    ok(qtbot, dialog)
    assert dialog.error.text() == "Please choose where to save the sheets."
    assert dialog.isVisible()


@pytest.mark.slow  # a layout walk at two text sizes: CI runs it, the quick set does not
@pytest.mark.parametrize("language", ["en", "es"])
def test_the_dialog_names_its_controls_and_fits_at_large_text(
    qtbot: QtBot,
    make_window,  # type: ignore[no-untyped-def]
    roots,  # type: ignore[no-untyped-def]
    assessment_id: str,
    language: str,
    text_size: float,  # noqa: F811
    tmp_path: Path,
) -> None:
    roots.settings.language = language
    roots.save_settings()
    window = make_window()  # the interface in ``language``
    loaded = assessments.load(roots, assessment_id)
    dialog = PrintSheetsDialog(
        roots.settings, loaded.info, loaded.present, language, tmp_path, window
    )
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(min(dialog.width(), 1024), min(dialog.height(), 700))
    QApplication.processEvents()
    problems = unnamed_controls(dialog) + clipped(dialog) + clashes(shortcut_texts(dialog))
    problems += [  # an Alt+letter on a label with no buddy shows its "&" as typed
        f"no buddy: {label.text()!r}"
        for label in dialog.findChildren(QLabel)
        if "&" in label.text().replace("&&", "") and label.buddy() is None
    ]
    assert not problems, "\n".join(problems)
    dialog.close()


def test_the_chosen_sheets_are_printed_in_the_background_into_the_chosen_file(
    qtbot: QtBot, make_window, roots, assessment_id: str, tmp_path: Path, monkeypatch
) -> None:
    from pypdf import PdfReader

    remember(roots, assessment_id)
    window = make_window()
    assert window.print_sheets_action.isVisible()

    def fill(dialog: PrintSheetsDialog) -> int:
        dialog.members.item(1).setCheckState(Qt.CheckState.Unchecked)
        dialog.blanks.setValue(2)
        dialog.path.setText(str(tmp_path / "parent night"))
        ok(qtbot, dialog)
        return dialog.result()

    drive(monkeypatch, PrintSheetsDialog, fill)
    seen: list[str] = []
    answer_boxes(monkeypatch, lambda box: seen.append(box.text()))
    window.print_sheets_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=60_000)
    assert seen == ["The rating sheets were saved."]
    pages = PdfReader(tmp_path / "parent night.pdf").pages
    text = "\n".join(page.extract_text() for page in pages)
    assert "Ana García" in text and "Mei Chen" in text and "Luis Pérez" not in text
    assert "Sheet 4 of 4" in text  # two named sets, then two blank ones
    assert window.ctx.roots.settings.export_folder == str(tmp_path)
