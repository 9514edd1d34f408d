"""Settings (issue 12): the district fields only while the district is chosen, and connection
problems as a sentence in the person's language with the driver's text folded away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from roots_app.services import schools
from tests.ui.conftest import WindowFactory


def _settings_window(make_window: WindowFactory, roots, language: str):  # type: ignore[no-untyped-def]
    schools.create_school(roots, "Escuela local")  # so the app starts on Home, not Welcome
    roots.settings.language = language
    roots.save_settings()
    window = make_window()
    window.show_place("settings")
    return window.settings_page.database


def test_district_fields_are_disabled_while_this_computer_is_chosen(
    qtbot: QtBot, make_window: WindowFactory, roots
) -> None:
    box = _settings_window(make_window, roots, "en")
    assert box.local.isChecked()
    fields = box.fields.findChildren(QLineEdit)
    assert len(fields) >= 5
    assert not any(f.isEnabled() for f in fields)
    assert not box.tls.isEnabled() and not box.remember.isEnabled()
    assert not box.test_button.isEnabled()
    box.district.setFocus()
    qtbot.keyClick(box.district, Qt.Key.Key_Space)
    assert all(f.isEnabled() for f in fields)
    box.local.setFocus()
    qtbot.keyClick(box.local, Qt.Key.Key_Space)
    assert not any(f.isEnabled() for f in fields)


def test_a_failed_connection_is_a_spanish_sentence_with_the_driver_text_in_details(
    qtbot: QtBot, make_window: WindowFactory, roots
) -> None:
    box = _settings_window(make_window, roots, "es")
    box.district.click()
    box.host.setText("127.0.0.1")
    box.port.setText("uno")
    qtbot.keyClick(box.test_button, Qt.Key.Key_Space)
    assert box.result.text() == '"uno" no es un número de puerto. Suele ser 5432.'
    box.port.setText("1")  # nothing listens there
    box.user.setText("roots")
    box.tls.setCurrentIndex(box.tls.findData("disable"))
    qtbot.keyClick(box.test_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: box.details_button.isVisible(), timeout=20_000)
    assert box.result.text().startswith("Roots no pudo conectarse a la base de datos del distrito")
    assert "127.0.0.1" not in box.result.text()  # the driver's words are not in the sentence
    assert not box.details.isVisible()
    assert "127.0.0.1" in box.details.toPlainText() or "refused" in box.details.toPlainText()
    qtbot.keyClick(box.details_button, Qt.Key.Key_Space)
    assert box.details.isVisible()
    assert box.details_button.text() == "Detalles para su contacto de informática"


def test_disabled_fields_look_disabled(make_window: WindowFactory, roots) -> None:
    """The palette has its own disabled colours: before, a disabled field looked active."""
    from PySide6.QtGui import QPalette

    box = _settings_window(make_window, roots, "en")
    look = box.host.palette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        active = look.color(QPalette.ColorGroup.Active, role)
        shown = look.color(QPalette.ColorGroup.Disabled, role)
        assert shown != active
        assert shown.lightness() - active.lightness() > 60  # visibly greyer, still readable
    field = box.host.grab().toImage()
    assert field.pixelColor(field.width() // 2, field.height() // 2).name() != "#ffffff"


def test_settings_is_built_when_first_opened_and_the_keyring_asked_when_the_district_is_chosen(
    qtbot: QtBot, make_window: WindowFactory, roots, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from roots_app.services import connection

    asked: list[bool] = []
    real = connection.keyring_available

    def counted() -> bool:
        asked.append(True)
        return real()

    monkeypatch.setattr(connection, "keyring_available", counted)
    schools.create_school(roots, "Escuela local")
    roots.settings.language = "en"
    roots.save_settings()
    window = make_window()
    assert set(window._place_pages) == {"home"}  # the other places: built when first shown
    window.show_place("settings")
    box = window.settings_page.database
    assert box.isVisible() and asked == []  # this computer's data: no keyring needed
    box.district.setFocus()
    qtbot.keyClick(box.district, Qt.Key.Key_Space)
    box.local.setFocus()
    qtbot.keyClick(box.local, Qt.Key.Key_Space)
    box.district.setFocus()
    qtbot.keyClick(box.district, Qt.Key.Key_Space)
    assert asked == [True]  # once, when the district database was chosen
    assert box.remember.isEnabled() == real()
