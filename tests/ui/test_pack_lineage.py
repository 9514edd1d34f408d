"""Importing a pack version whose lineage does not fit the version it continues, in both
languages: the problem listed with where in the file, and nothing saved; one continuing a
version not installed here is installed, and the message says its mapping was not checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from roots_app.services.context import Roots
from tests import pack_versions
from tests.ui.conftest import WindowFactory
from tests.ui.test_rubrics_page import _boxes, _choose_file, _open, _press, _stored


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_lineage_is_checked_on_import_in_the_persons_language(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots: Roots,
    language: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, page = _open(qtbot, make_window, roots, language)
    shown = _boxes(monkeypatch)
    bad = pack_versions.cei_2_0_0()
    bad["lineage"]["categories"][0]["from"] = ["ties"]
    before = _stored(roots)
    _choose_file(monkeypatch, pack_versions.write(bad, tmp_path, "bad.json"))
    _press(qtbot, page.import_button)
    items = [page.problems.item(r).text() for r in range(page.problems.count())]
    why = (
        "version 1.0.2 has no category “ties”"
        if language == "en"
        else "la versión 1.0.2 no tiene la categoría “ties”"
    )
    assert items == [f"lineage.categories[0].from: {why}"]
    assert _stored(roots) == before and shown == []

    unchecked = pack_versions.cei_2_0_0(previous_version="1.9.0")
    _choose_file(monkeypatch, pack_versions.write(unchecked, tmp_path, "unchecked.json"))
    _press(qtbot, page.import_button)
    assert not page.problems.isVisible()
    assert len(shown) == 1
    assert shown[0].endswith(
        "It continues version 1.9.0, which is not installed here, so how its categories "
        "follow from that version's was not checked."
        if language == "en"
        else "Continúa la versión 1.9.0, que no está instalada aquí, así que no se comprobó "
        "cómo sus categorías se corresponden con las de esa versión."
    )
    assert ("cei-six-roots", "2.0.0") in _stored(roots)
