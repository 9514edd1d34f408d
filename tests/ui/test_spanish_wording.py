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


def test_the_longest_spanish_role_fits_in_the_team_dialog(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    """ "Representante de la comunidad" was cut to "Representante de la comun"."""
    from roots_app.domain.people import Member, Team
    from roots_app.ui.dialogs.team import TeamDialog

    window = make_window()
    window.ctx.set_language("es")
    member = Member("m1", "t1", "Rosa Ramírez", Role.COMMUNITY_PARTNER)
    dialog = TeamDialog(Team("t1", "s1", "Equipo", (member,)), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.table.cellWidget(0, 1)
    assert box.currentText() == "Representante de la comunidad"
    wanted = box.fontMetrics().horizontalAdvance(box.currentText())
    assert box.width() > wanted + 20  # the text and the drop-down arrow
    dialog.close()
