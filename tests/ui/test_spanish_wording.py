"""The Spanish interface in Spanish words: the sample district it makes, the role names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from roots_app.domain.people import Role
from roots_app.services import schools
from roots_app.ui.labels import role_label
from tests.ui.conftest import WindowFactory


def test_exploring_the_sample_district_in_spanish_gives_spanish_regions(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    spanish = next(
        b for b in window.welcome.language_buttons.buttons() if b.property("language") == "es"
    )
    qtbot.keyClick(spanish, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.welcome.title.text() == "Bienvenidos a Roots")
    qtbot.keyClick(window.welcome.demo_button, Qt.Key.Key_Space)
    found = schools.list_schools(window.ctx.roots)
    assert found
    assert {s.region for s in found} <= {"Norte", "Sur", "Este", "Oeste", "Centro"}
    assert {t.name for s in found for t in s.teams} == {"Equipo de Acción Familiar"}
    assert role_label(Role.FAMILY) == "Madre, padre o tutor"
    assert role_label(Role.TEACHER) == "Docente"
