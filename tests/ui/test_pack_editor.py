"""The pack editor, driven by keyboard in both languages: a new version of a shipped pack (a
category renamed, two merged, one added and translated) saved with its lineage and scored on;
packs with problems listed (each one goes to its field) and nothing saved; undo and redo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from roots_app.domain.rubric import CategoryOrigin
from roots_app.services import assessments, compare, rubrics, schools
from roots_app.services.context import Roots
from roots_app.ui.dialogs.pack_editor import PackEditor
from roots_app.ui.pages.rubrics import RubricsPage
from tests.conftest import laptop
from tests.ui.conftest import WindowFactory
from tests.ui.test_rubrics_page import _boxes, _open

LANGUAGES = ["en", "es"]
PTA = "pta-national-standards"
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _tab_to(qtbot: QtBot, widget: QWidget) -> None:
    """Tab from where the focus is to ``widget``, as a person does."""
    for _ in range(80):
        if widget.hasFocus():
            return
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert widget.hasFocus(), widget.accessibleName()


def _press(qtbot: QtBot, button: QPushButton) -> None:
    _tab_to(qtbot, button)
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _editor(qtbot: QtBot, page: RubricsPage, button: QPushButton) -> PackEditor:
    """Choose the PTA pack (listed last) and open the editor with ``button``."""
    page.window().activateWindow()  # after an editor closed, the main window takes the keys
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.window())
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_End, CTRL)
    assert page.chosen() is not None and page.chosen().id == PTA
    _press(qtbot, button)
    editor = page.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def _choose(qtbot: QtBot, editor: PackEditor, part: tuple[str, int]) -> None:
    """Go to a part in the list of parts with the arrow keys."""
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Home)
    for _ in range(40):
        if editor.part == part:
            return
        qtbot.keyClick(editor.tree, Qt.Key.Key_Down)
    assert editor.part == part


def _type(qtbot: QtBot, editor: PackEditor, field: str, language: str, text: str) -> None:
    """Tab to a field, select what it holds and type ``text`` over it."""
    widget = editor.fields[field][language]
    _tab_to(qtbot, widget)
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(widget, text)


def _viewer(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The computer's PDF viewer: the files Roots asks it to open."""
    opened: list[Path] = []

    def open_url(url: QUrl) -> bool:
        opened.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return opened


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _empty_texts(data: Any) -> int:
    """How many texts of ``data``, in each language, are empty."""
    if isinstance(data, dict):
        if data and set(data) <= {"en", "es"}:
            return sum(not v.strip() for v in data.values())
        return sum(_empty_texts(v) for v in data.values())
    if isinstance(data, list):
        return sum(_empty_texts(v) for v in data)
    return 0


def _marker(editor: PackEditor, field: str) -> str:
    return editor.markers[field].text()


def _answer_chooser(qtbot: QtBot, downs: int) -> None:
    """The "Merge into…" chooser, when it opens: move down ``downs`` times, press Enter."""

    def pick() -> None:
        chooser = QApplication.activeModalWidget()
        assert isinstance(chooser, QInputDialog)
        combo = chooser.findChild(QComboBox)
        for _ in range(downs):
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        qtbot.keyClick(combo, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_new_version_made_by_keyboard_is_installed_with_its_lineage_and_scored_on(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots: Roots,
    team: tuple[str, list[str]],
    language: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    # Last year's results, scored on the shipped 1.0.2: the trend the new version continues.
    team_id, members = team
    last_year = assessments.start(roots, team_id, PTA, "2024-25", members)
    old_levels = [1, 2, 1, 3, 2, 3]
    for key_level, category in zip(
        old_levels, assessments.load(roots, last_year).pack.categories, strict=True
    ):
        assessments.agree(roots, assessments.load(roots, last_year), category.key, key_level, "")
    old_title = assessments.load(roots, last_year).pack.categories[0].title["en"]

    _, page = _open(qtbot, make_window, roots, language)
    shown = _boxes(monkeypatch)
    keys = [c["key"] for c in rubrics.data_of(roots, PTA, "1.0.2")["categories"]]
    editor = _editor(qtbot, page, page.new_version_button)
    assert editor.data["version"] == "1.1.0"

    # Rename the first category, in both languages.
    _choose(qtbot, editor, ("category", 0))
    _type(qtbot, editor, "categories[0].title", "en", "Welcoming Every Family")
    _type(qtbot, editor, "categories[0].title", "es", "Acoger a cada familia")
    assert editor.tree.currentItem().text(0) == (
        "1. Welcoming Every Family" if language == "en" else "1. Acoger a cada familia"
    )

    # Merge the fourth into the third: Ctrl+M in the list of parts, the chooser by keyboard.
    _choose(qtbot, editor, ("category", 3))
    _answer_chooser(qtbot, 2)  # the others: 1, 2, 3, 5, 6
    qtbot.keyClick(editor.tree, Qt.Key.Key_M, CTRL)
    assert [c["key"] for c in editor.data["categories"]] == [*keys[:3], *keys[4:]]
    assert editor.part == ("category", 2)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)  # back from the chooser

    # Add one after it (Ctrl+N) and write it in English, then translate it.
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_N, CTRL)
    assert editor.part == ("category", 3)
    assert editor.data["categories"][3]["key"] == "new-category-1"
    _type(qtbot, editor, "categories[3].key", "en", "family-voice")
    english = {
        "title": "Family Voice",
        "summary": "Families help decide.",
        "descriptors.1": "Families are rarely asked.",
        "descriptors.2": "Families are asked sometimes.",
        "descriptors.3": "Families decide together with staff.",
        "indicators": "Families sit on the school site council.",
    }
    spanish = {
        "title": "La voz de las familias",
        "summary": "Las familias ayudan a decidir.",
        "descriptors.1": "Casi nunca se pregunta a las familias.",
        "descriptors.2": "A veces se pregunta a las familias.",
        "descriptors.3": "Las familias deciden junto con el personal.",
        "indicators": "Hay familias en el consejo escolar.",
    }
    for part, text in english.items():
        _type(qtbot, editor, f"categories[3].{part}", "en", text)
    missing = "\u26a0 Spanish missing" if language == "en" else "\u26a0 Falta el español"
    assert _marker(editor, "categories[3].title") == missing
    assert _marker(editor, "categories[3].indicators") == missing
    assert editor.fields["categories[3].title"]["es"].accessibleDescription() == missing
    named = "Family Voice" if language == "en" else "family-voice"  # no Spanish title yet
    assert editor.tree.currentItem().text(0) == f"4. {named} \u26a0"  # in the parts too
    for part, text in spanish.items():
        _type(qtbot, editor, f"categories[3].{part}", "es", text)
    assert _marker(editor, "categories[3].title") == ""
    assert _marker(editor, "categories[3].indicators") == ""
    assert (
        editor.tree.currentItem().text(0)
        == "4. " + (english if language == "en" else spanish)["title"]
    )

    # The preview shows the new category as the walkthrough does, in the chosen language.
    qtbot.keyClick(
        editor, Qt.Key.Key_V if language == "es" else Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier
    )
    assert editor.tabs.currentIndex() == 1
    assert editor.preview_title.text() == (english if language == "en" else spanish)["title"]
    assert [card.title.text() for card in editor.cards] == [
        lv["label"][language] for lv in editor.data["levels"]
    ]

    # The printed sheets, opened in the PDF viewer: the new category's texts are on them.
    opened = _viewer(monkeypatch)
    _press(qtbot, editor.pdf_button)
    printed = _pdf_text(opened[0])
    assert (english if language == "en" else spanish)["descriptors.3"] in printed

    _press(qtbot, editor.save_button)
    assert editor.result() == editor.DialogCode.Accepted
    title = rubrics.data_of(roots, PTA, "1.0.2")["title"][language]
    assert shown == [
        f"{title}, version 1.1.0, is installed."
        if language == "en"
        else f"Quedó instalado el paquete {title}, versión 1.1.0."
    ]
    assert page.chosen() is not None and page.chosen().ref == f"{PTA}@1.1.0"

    pack = rubrics.find(roots, PTA)[0]
    assert pack.version == "1.1.0"
    assert pack.lineage is not None and pack.lineage.previous_version == "1.0.2"
    assert pack.lineage.origins == (
        CategoryOrigin(keys[0], (keys[0],), reworded=True),
        CategoryOrigin(keys[2], (keys[2], keys[3]), reworded=True),
        CategoryOrigin("family-voice", ()),
    )
    this_year = assessments.start(roots, team_id, PTA, "2025-26", members)
    scored = assessments.load(roots, this_year).pack
    assert scored.ref == f"{PTA}@1.1.0"
    assert scored.category("family-voice").title["es"] == "La voz de las familias"
    assert scored.categories[0].title["en"] == "Welcoming Every Family"
    for category in scored.categories:
        assessments.agree(roots, assessments.load(roots, this_year), category.key, 3, "")

    # Last year's assessment keeps the text it was scored on ...
    assert assessments.load(roots, last_year).pack.categories[0].title["en"] == old_title
    # ... and its results continue on the new version's trend lines: the renamed category
    # (same key, new wording) keeps its level, marked reworded; the merged one takes the median
    # of its two, marked mapped.
    school = schools.get_team(roots, team_id).school_id
    progress = compare.school_progress(roots, school, PTA).progress
    welcoming, merged = progress.category(keys[0]), progress.category(keys[2])
    assert welcoming.levels == {"2024-25": 1, "2025-26": 3}
    assert merged.levels == {"2024-25": (old_levels[2] + old_levels[3]) / 2, "2025-26": 3}
    assert welcoming.reworded_years == {"2024-25"} and not welcoming.mapped_years
    assert merged.mapped_years == {"2024-25"}
    assert merged.changes["2025-26"].value == 3 - 2 and merged.change_mapped("2025-26")
    assert progress.category(keys[1]).levels == {"2024-25": 2, "2025-26": 3}  # unchanged
    assert progress.category("family-voice").levels == {"2025-26": 3}  # new: no history
    assert keys[3] not in {c.key for c in progress.categories}  # merged away

    # Exported and imported elsewhere, it is the same pack.
    exported = rubrics.export_file(roots, PTA, "1.1.0", tmp_path / "pta.json")
    elsewhere = laptop(tmp_path / "elsewhere")
    try:
        again = rubrics.import_file(elsewhere, exported)
        assert again == pack and again.content_hash == pack.content_hash
    finally:
        elsewhere.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_pack_with_problems_lists_them_goes_to_each_and_saves_nothing(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots: Roots,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, page = _open(qtbot, make_window, roots, language)
    shown = _boxes(monkeypatch)
    before = [(v.id, v.version) for v in rubrics.versions(roots)]

    # A new pack from scratch: every text is still empty.
    editor = _editor(qtbot, page, page.new_pack_button)
    _press(qtbot, editor.save_button)
    assert editor.isVisible() and editor.problems.hasFocus()
    assert editor.problems_heading.text().startswith(
        "Not saved" if language == "en" else "No se guardó"
    )
    # 50 listed, the rest counted (each text of the blank pack, in each language)
    every = _empty_texts(editor.finished())
    assert every > 50 and f" {every} " in editor.problems_heading.text()
    assert editor.tree.topLevelItem(1).child(0).text(0) == (
        "1. (no name yet)" if language == "en" else "1. (sin nombre todavía)"
    )
    missing = (
        "the \u201cen\u201d text is missing or empty"
        if language == "en"
        else "falta el texto \u201cen\u201d o está vacío"
    )
    assert editor.problems.item(0).text() == f"title.en: {missing}"
    qtbot.keyClick(editor.problems, Qt.Key.Key_Return)
    assert editor.fields["title"]["en"].hasFocus()
    editor.problems.setFocus()
    qtbot.keyClick(editor.problems, Qt.Key.Key_Down)
    qtbot.keyClick(editor.problems, Qt.Key.Key_Return)
    assert editor.fields["title"]["es"].hasFocus()
    found = [editor.problems.item(r).text() for r in range(editor.problems.count())]
    descriptor = next(i for i, p in enumerate(editor.problem_paths) if "descriptors" in p)
    editor.problems.setFocus()
    editor.problems.setCurrentRow(descriptor)
    qtbot.keyClick(editor.problems, Qt.Key.Key_Return)
    assert editor.part == ("category", 0)
    assert editor.fields["categories[0].descriptors.1"]["en"].hasFocus()
    assert len(found) > 10
    opened = _viewer(monkeypatch)
    qtbot.keyClick(editor, Qt.Key.Key_V if language == "es" else Qt.Key.Key_P, ALT)
    _press(qtbot, editor.pdf_button)  # no sheets for a pack with problems: they are shown
    assert opened == [] and editor.problems.hasFocus()
    assert [(v.id, v.version) for v in rubrics.versions(roots)] == before
    editor.undo_stack.clear()  # nothing typed: Cancel closes without asking
    _press(qtbot, editor.cancel_button)
    assert not editor.isVisible()

    # A new version of PTA with a badly written key, then a key used twice.
    editor = _editor(qtbot, page, page.new_version_button)
    first_key = editor.data["categories"][0]["key"]
    _choose(qtbot, editor, ("category", 1))
    _type(qtbot, editor, "categories[1].key", "en", "Bad Key")
    qtbot.waitUntil(lambda: editor.problems.isVisible())
    assert editor.problem_paths == ["categories[1].key"]
    assert (
        editor.problems.item(0)
        .text()
        .startswith(
            "categories[1].key: "
            + ("not written the way" if language == "en" else "no está escrito")
        )
    )
    _type(qtbot, editor, "categories[1].key", "en", first_key)
    qtbot.waitUntil(
        lambda: (
            editor.problem_paths == ["categories[1].key"]
            and (first_key in editor.problems.item(0).text())
        )
    )
    _choose(qtbot, editor, ("category", 0))
    _press(qtbot, editor.save_button)
    assert editor.isVisible() and editor.problems.hasFocus()
    qtbot.keyClick(editor.problems, Qt.Key.Key_Return)  # back to the key used twice
    assert editor.part == ("category", 1)
    assert editor.fields["categories[1].key"]["en"].hasFocus()
    assert [(v.id, v.version) for v in rubrics.versions(roots)] == before

    # Back to its own key, but the number of the installed version: refused when saved.
    second_key = rubrics.data_of(roots, PTA, "1.0.2")["categories"][1]["key"]
    _type(qtbot, editor, "categories[1].key", "en", second_key)
    _choose(qtbot, editor, ("pack", 0))
    _type(qtbot, editor, "version", "en", "1.0.2")
    _press(qtbot, editor.save_button)
    assert editor.isVisible() and editor.problems.hasFocus()
    assert editor.problem_paths == ["version"]
    assert editor.problems.item(0).text() == "version: " + (
        "give the changed pack a new version number"
        if language == "en"
        else "dé al paquete modificado un número de versión nuevo"
    )
    assert [(v.id, v.version) for v in rubrics.versions(roots)] == before
    assert shown == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_change_is_undone_and_redone_by_keyboard(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots: Roots,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, page = _open(qtbot, make_window, roots, language)
    shown = _boxes(monkeypatch)
    editor = _editor(qtbot, page, page.new_version_button)
    start = editor.finished()
    original = editor.data["categories"][0]["title"]["en"]
    _choose(qtbot, editor, ("category", 0))
    _type(qtbot, editor, "categories[0].title", "en", "Welcome")
    field = editor.fields["categories[0].title"]["en"]
    assert editor.data["categories"][0]["title"]["en"] == "Welcome"
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)  # typing in one field: one step
    assert editor.data["categories"][0]["title"]["en"] == original
    field = editor.fields["categories[0].title"]["en"]
    assert field.text() == original and field.hasFocus()
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert editor.fields["categories[0].title"]["en"].text() == "Welcome"

    keys = [c["key"] for c in editor.data["categories"]]
    _choose(qtbot, editor, ("category", 1))
    qtbot.keyClick(editor.tree, Qt.Key.Key_Down, CTRL)  # moved down
    assert [c["key"] for c in editor.data["categories"]][1:3] == [keys[2], keys[1]]
    qtbot.keyClick(editor.tree, Qt.Key.Key_Delete, CTRL)  # removed
    assert len(editor.data["categories"]) == 5 and keys[1] not in str(editor.data["categories"])
    _choose(qtbot, editor, ("levels", 0))
    _press(qtbot, editor.add_level_button)
    assert len(editor.data["levels"]) == 4
    assert all("4" in c["descriptors"] for c in editor.data["categories"])
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert [c["key"] for c in editor.data["categories"]] == keys
    assert len(editor.data["levels"]) == 3
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Y, CTRL)
    assert len(editor.data["levels"]) == 4 and len(editor.data["categories"]) == 5
    for _ in range(4):
        editor.undo_button.click()
    assert editor.finished() == start and editor.undo_stack.isClean()
    assert not editor.undo_button.isEnabled()

    # Escape with changes asks first; the safe answer keeps the editor open.
    editor.redo_button.click()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Escape)
    assert shown == [
        "Close the editor without saving?" if language == "en" else "¿Cerrar el editor sin guardar?"
    ]
    assert editor.isVisible()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_copy_saved_under_a_new_id_is_a_pack_of_its_own(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots: Roots,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, page = _open(qtbot, make_window, roots, language)
    shown = _boxes(monkeypatch)
    editor = _editor(qtbot, page, page.copy_button)
    assert editor.data["id"] == f"{PTA}-copy" and editor.data["version"] == "1.0.0"
    assert editor.save_button.text().replace("&", "") == (
        "Save the new pack" if language == "en" else "Guardar el paquete nuevo"
    )
    _type(qtbot, editor, "id", "en", "district-compact")
    _type(qtbot, editor, "title", "en", "District Family Compact")
    _type(qtbot, editor, "title", "es", "Compromiso del distrito con las familias")
    _press(qtbot, editor.save_button)
    assert editor.result() == editor.DialogCode.Accepted
    assert len(shown) == 1
    copy = rubrics.find(roots, "district-compact")[0]
    assert copy.ref == "district-compact@1.0.0" and copy.lineage is None
    assert copy.title["es"] == "Compromiso del distrito con las familias"
    assert rubrics.find(roots, PTA)[0].version == "1.0.2"  # the original is as it was
    assert page.chosen() is not None and page.chosen().ref == "district-compact@1.0.0"


# The kinds of problem (from the import's table) a pack can have while it is edited.
IN_THE_EDITOR = [
    "an unknown field",
    "a wrong type",
    "a badly written key",
    "too few levels",
    "a missing Spanish text",
    "a key used twice",
    "a missing descriptor",
    "a character Roots does not keep",
    "an indicator both added and inferred",
    "the installed version with other content",
]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_kind_of_problem_is_listed_in_the_editor_and_nothing_saved(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots: Roots,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import json

    from tests.ui.test_rubrics_page import KINDS

    window, page = _open(qtbot, make_window, roots, language)
    shown = _boxes(monkeypatch)
    before = [(v.id, v.version) for v in rubrics.versions(roots)]
    kinds = {kind: (content, expected) for kind, content, expected in KINDS}
    for kind in IN_THE_EDITOR:
        content, expected = kinds[kind]
        editor = PackEditor(window.ctx, json.loads(content), None, kind, page)
        editor.open()
        qtbot.waitExposed(editor)
        editor.activateWindow()
        qtbot.waitUntil(lambda editor=editor: QApplication.activeWindow() is editor)
        _press(qtbot, editor.save_button)
        where, why = expected[language]
        assert editor.isVisible() and editor.problems.hasFocus(), kind
        items = [editor.problems.item(r).text() for r in range(editor.problems.count())]
        assert items == [f"{where}: {why}"], kind
        qtbot.keyClick(editor.problems, Qt.Key.Key_Return)  # goes to a field of the editor
        assert editor.isAncestorOf(QApplication.focusWidget()), kind
        assert QApplication.focusWidget() is not editor.problems, kind
        assert [(v.id, v.version) for v in rubrics.versions(roots)] == before, kind
        editor.undo_stack.clear()
        editor.reject()
    assert shown == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_category_split_in_two_continues_in_both(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots: Roots,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, page = _open(qtbot, make_window, roots, language)
    _boxes(monkeypatch)
    keys = [c["key"] for c in rubrics.data_of(roots, PTA, "1.0.2")["categories"]]
    editor = _editor(qtbot, page, page.new_version_button)
    _choose(qtbot, editor, ("category", 1))
    qtbot.keyClick(editor.tree, Qt.Key.Key_D, CTRL)
    assert editor.part == ("category", 2)
    assert [c["key"] for c in editor.data["categories"]][1:3] == [keys[1], f"{keys[1]}-2"]
    qtbot.keyClick(editor.tree, Qt.Key.Key_Z, CTRL)  # undone, then done again
    assert [c["key"] for c in editor.data["categories"]] == keys
    qtbot.keyClick(editor.tree, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    _type(qtbot, editor, "categories[2].key", "en", "two-way-communication")
    _type(qtbot, editor, "categories[2].title", "en", "Two-Way Communication")
    _type(
        qtbot, editor, "categories[2].title", "es", "Escuchar a las familias"
    )  # keyClicks: ASCII only
    _press(qtbot, editor.save_button)
    assert editor.result() == editor.DialogCode.Accepted
    pack = rubrics.find(roots, PTA)[0]
    assert pack.lineage is not None
    assert pack.lineage.origins == (
        CategoryOrigin("two-way-communication", (keys[1],), reworded=True),
    )
    assert pack.lineage.sources(keys[1]) == (keys[1],)  # the first half: as it was
