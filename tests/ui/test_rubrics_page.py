"""The Rubrics place, driven by keyboard in both languages: every installed pack version with
its assessments and provenance; importing a pack file (a refused one's problems listed in the
person's language, with where in the file, and nothing saved); exporting one version."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from roots_app.services import rubrics
from roots_app.services.context import Roots
from roots_app.ui.main_window import PLACES, MainWindow
from roots_app.ui.pages.rubrics import RubricsPage
from tests.conftest import laptop
from tests.ui.answers import answer_boxes
from tests.ui.conftest import WindowFactory

RUBRICS = Path(__file__).resolve().parents[2] / "resources" / "rubrics"
LANGUAGES = ["en", "es"]


def _pack(name: str = "pta-national-standards") -> dict[str, Any]:
    data: dict[str, Any] = json.loads((RUBRICS / f"{name}.json").read_text(encoding="utf-8"))
    return data


def _variant(folder: Path, version: str = "2.0.0") -> Path:
    data = _pack()
    data["version"] = version
    data["categories"][0]["title"] = {"en": "Welcoming Every Family", "es": "Acoger a cada familia"}
    path = folder / f"pta-{version}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _open(
    qtbot: QtBot, make_window: WindowFactory, roots: Roots, language: str
) -> tuple[MainWindow, RubricsPage]:
    """Open Roots and go to Rubrics from the sidebar by keyboard (the last place but one)."""
    roots.settings.language = language
    roots.save_settings()
    window = make_window()
    window.show_place("home")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # keys reach it
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_End)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Up)
    assert window.sidebar.currentRow() == PLACES.index("rubrics")
    page = window.rubrics_page
    assert window.pages.currentWidget() is page
    assert window.sidebar.currentItem().text() == ("Rubrics" if language == "en" else "Rúbricas")
    return window, page


def _press(qtbot: QtBot, button: QPushButton) -> None:
    """Tab to a button from where the focus is, as a person does, and press Space."""
    for _ in range(20):
        if button.hasFocus():
            break
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert button.hasFocus(), button.text()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    answer_boxes(monkeypatch, lambda box: shown.append(box.text()))
    return shown


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(path), "")))


def _rows(page: RubricsPage) -> list[list[str]]:
    table = page.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _stored(roots: Roots) -> list[tuple[str, str]]:
    return sorted((v.id, v.version) for v in rubrics.versions(roots))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_version_is_listed_with_its_assessments_and_provenance(
    qtbot: QtBot, make_window: WindowFactory, roots: Roots, assessment_id: str, language: str
) -> None:
    _, page = _open(qtbot, make_window, roots, language)
    shipped = "Comes with Roots" if language == "en" else "Incluido en Roots"
    cei = _pack("cei-six-roots")
    assert _rows(page)[0] == [cei["title"][language], "1.0.2", shipped, "1"]
    assert [row[3] for row in _rows(page)] == ["1", "0", "0", "0"]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # the LCFF pack
    assert page.provenance.text() == _pack("lcff-priority-3")["provenance"][language]
    assert "LCFF" in page.provenance_heading.text()
    assert "1.0.2" in page.provenance_heading.text()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_valid_pack_file_is_imported_by_keyboard(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots: Roots,
    language: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, page = _open(qtbot, make_window, roots, language)
    shown = _boxes(monkeypatch)
    _choose_file(monkeypatch, _variant(tmp_path))
    _press(qtbot, page.import_button)
    title = _pack()["title"][language]
    assert shown == [
        f"{title}, version 2.0.0, is installed."
        if language == "en"
        else f"Quedó instalado el paquete {title}, versión 2.0.0."
    ]
    imported = "Imported" if language == "en" else "Importado"
    assert _rows(page)[-1] == [title, "2.0.0", imported, "0"]
    assert page.chosen() is not None and page.chosen().ref == "pta-national-standards@2.0.0"
    assert not page.problems.isVisible()
    assert ("pta-national-standards", "2.0.0") in _stored(roots)


def _dump(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _changed(change: Callable[[dict[str, Any]], object]) -> bytes:
    data = _pack()
    data["version"] = "3.0.0"
    change(data)
    return _dump(data)


# Each kind of problem the validator knows: the file, then (where, why) in each language.
KINDS: list[tuple[str, bytes, dict[str, tuple[str, str]]]] = [
    (
        "not JSON",
        b'{"id": "x",,}',
        {
            "en": ("line 1, column 12", "a comma, colon, quotation mark or value is missing here"),
            "es": (
                "línea 1, columna 12",
                "aquí falta una coma, dos puntos, unas comillas o un valor",
            ),
        },
    ),
    (
        "not UTF-8",
        b"\xff\xfe{}",
        {"en": ("", "The file is not UTF-8 text."), "es": ("", "El archivo no es texto UTF-8.")},
    ),
    (
        "not an object",
        b"[1, 2]",
        {
            "en": ("the whole file", "expected a JSON object (text between { and })"),
            "es": ("todo el archivo", "se esperaba un objeto JSON (texto entre { y })"),
        },
    ),
    (
        "nested too deeply",
        b"[" * 30 + b"]" * 30,
        {
            "en": ("the whole file", "nested far too deeply to be a rubric pack"),
            "es": (
                "todo el archivo",
                "anidado a demasiada profundidad para ser un paquete de rúbricas",
            ),
        },
    ),
    (
        "a missing field",
        _changed(lambda d: d.pop("title")),
        {
            "en": ("the whole file", "the field \u201ctitle\u201d is missing"),
            "es": ("todo el archivo", "falta el campo \u201ctitle\u201d"),
        },
    ),
    (
        "an unknown field",
        _changed(lambda d: d.update(colour="red")),
        {
            "en": ("the whole file", "fields Roots does not know: 'colour'"),
            "es": ("todo el archivo", "campos que Roots no conoce: 'colour'"),
        },
    ),
    (
        "a wrong type",
        _changed(lambda d: d["levels"][0].update(value="one")),
        {
            "en": ("levels[0].value", "expected a whole number here"),
            "es": ("levels[0].value", "aquí se esperaba un número entero"),
        },
    ),
    (
        "a badly written key",
        _changed(lambda d: d.update(id="My Pack")),
        {
            "en": (
                "id",
                "not written the way this field must be (keys: lowercase letters, digits and "
                "dashes; versions: three numbers like 1.0.2)",
            ),
            "es": (
                "id",
                "no está escrito como este campo lo requiere (claves: minúsculas, dígitos y "
                "guiones; versiones: tres números, como 1.0.2)",
            ),
        },
    ),
    (
        "too few levels",
        _changed(lambda d: d.update(levels=d["levels"][:2])),
        {
            "en": ("levels", "has too few entries"),
            "es": ("levels", "tiene muy pocos elementos"),
        },
    ),
    (
        "a missing Spanish text",
        _changed(lambda d: d["categories"][1]["title"].update(es=" ")),
        {
            "en": ("categories[1].title.es", "the \u201ces\u201d text is missing or empty"),
            "es": ("categories[1].title.es", "falta el texto \u201ces\u201d o está vacío"),
        },
    ),
    (
        "a key used twice",
        _changed(lambda d: d["categories"][1].update(key=d["categories"][0]["key"])),
        {
            "en": ("categories[1].key", "the key \u201cwelcoming-all-families\u201d is used twice"),
            "es": (
                "categories[1].key",
                "la clave \u201cwelcoming-all-families\u201d se usa dos veces",
            ),
        },
    ),
    (
        "a missing descriptor",
        _changed(lambda d: d["categories"][2]["descriptors"].pop("3")),
        {
            "en": ("categories[2].descriptors", "no descriptor for level 3"),
            "es": ("categories[2].descriptors", "no hay descripción para el nivel 3"),
        },
    ),
    (
        "a character Roots does not keep",
        _changed(lambda d: d["description"].update(en="Bell\u0007")),
        {
            "en": ("description.en", "has a character Roots does not keep (U+0007)"),
            "es": ("description.en", "tiene un carácter que Roots no guarda (U+0007)"),
        },
    ),
    (
        "an indicator both added and inferred",
        _changed(lambda d: d["categories"][0]["indicators"][0].update(added=True, inferred=True)),
        {
            "en": (
                "categories[0].indicators[0]",
                "an indicator is either added or inferred, not both",
            ),
            "es": (
                "categories[0].indicators[0]",
                "un indicador es agregado o deducido, no las dos cosas",
            ),
        },
    ),
    (
        "a lineage from a later version",
        _changed(lambda d: d.update(lineage={"previous_version": "3.1.0", "categories": []})),
        {
            "en": ("lineage.previous_version", "must be an earlier version than 3.0.0"),
            "es": ("lineage.previous_version", "debe ser una versión anterior a la 3.0.0"),
        },
    ),
    (
        "a lineage naming a category the pack does not have",
        _changed(
            lambda d: d.update(
                lineage={"previous_version": "1.0.2", "categories": [{"key": "gone", "from": []}]}
            )
        ),
        {
            "en": ("lineage.categories[0].key", "the pack has no category \u201cgone\u201d"),
            "es": (
                "lineage.categories[0].key",
                "el paquete no tiene la categoría \u201cgone\u201d",
            ),
        },
    ),
    (
        "the installed version with other content",
        _changed(lambda d: d.update(version="1.0.2", short_title={"en": "PTA", "es": "PTA"})),
        {
            "en": ("version", "give the changed pack a new version number"),
            "es": ("version", "dé al paquete modificado un número de versión nuevo"),
        },
    ),
]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_kind_of_invalid_pack_is_refused_and_its_problem_shown(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots: Roots,
    language: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, page = _open(qtbot, make_window, roots, language)
    shown = _boxes(monkeypatch)
    before, rows = _stored(roots), _rows(page)
    for i, (kind, content, expected) in enumerate(KINDS):
        path = tmp_path / f"bad-{i}.json"
        path.write_bytes(content)
        _choose_file(monkeypatch, path)
        _press(qtbot, page.import_button)
        where, why = expected[language]
        assert page.problems.isVisible(), kind
        assert page.problems.hasFocus(), kind  # a screen reader reads it at once
        items = [page.problems.item(r).text() for r in range(page.problems.count())]
        assert items == [f"{where}: {why}" if where else why], kind
        heading = page.problems_heading.text()
        assert f"bad-{i}.json" in heading, kind
        assert heading.endswith(
            "Nothing was installed." if language == "en" else "No se instaló nada."
        ), kind
        assert _stored(roots) == before and _rows(page) == rows, kind  # nothing saved
    assert shown == []  # listed on the page, not in a box
    _choose_file(monkeypatch, _variant(tmp_path))  # a good file next: the problems go
    _press(qtbot, page.import_button)
    assert not page.problems.isVisible()
    assert len(shown) == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_exported_pack_imports_again_identical(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots: Roots,
    language: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, page = _open(qtbot, make_window, roots, language)
    shown = _boxes(monkeypatch)
    source = _variant(tmp_path)
    _choose_file(monkeypatch, source)
    _press(qtbot, page.import_button)
    offered: list[str] = []
    out = tmp_path / "out" / "exported"  # without .json: Roots adds it

    def save_as(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(Path(suggested).name)
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_End)  # the imported version, listed last
    assert page.chosen() is not None and page.chosen().ref == "pta-national-standards@2.0.0"
    _press(qtbot, page.export_button)
    exported = out.with_suffix(".json")
    assert offered == ["pta-national-standards-2.0.0.json"]
    assert json.loads(exported.read_text(encoding="utf-8")) == json.loads(
        source.read_text(encoding="utf-8")
    )
    assert str(exported) in shown[-1]
    rows = _rows(page)
    _choose_file(monkeypatch, exported)
    _press(qtbot, page.import_button)
    assert _rows(page) == rows
    assert shown[-1].endswith(
        "is already installed: nothing changed."
        if language == "en"
        else "ya estaba instalado: no cambió nada."
    )
    elsewhere = laptop(tmp_path / "elsewhere")
    try:
        again = rubrics.import_file(elsewhere, exported)
        here = rubrics.find(roots, "pta-national-standards", "2.0.0")[0]
        assert again == here
        assert again.content_hash == here.content_hash
    finally:
        elsewhere.close()
