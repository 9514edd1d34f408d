"""Settings > Read aloud: the voice and the speed are chosen by keyboard, remembered, and used
when a page reads aloud (Qt's mock engine: English, Norwegian and Finnish voices)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from roots_app import settings as settings_file
from roots_app.services import schools
from roots_app.ui.read_aloud import ENGINE_ENV, SHORTCUT
from roots_app.ui.widgets.speech_settings import SpeechSettings
from tests.ui.conftest import WindowFactory, remember
from tests.ui.test_read_aloud import press


def _section(make_window: WindowFactory, roots, language: str = "en", assessment: str = ""):  # type: ignore[no-untyped-def]
    if assessment:
        remember(roots, assessment, language)
    else:
        schools.create_school(roots, "Escuela local")  # so the app starts on Home, not Welcome
        roots.settings.language = language
        roots.save_settings()
    window = make_window()
    window.show_place("settings")
    section = window.settings_page.findChild(SpeechSettings)
    assert section is not None and section.isVisible()
    return window, section


def test_opening_settings_asks_the_system_for_nothing(
    qtbot: QtBot, make_window: WindowFactory, roots, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENGINE_ENV, raising=False)  # the system's engine: not even loaded
    roots.settings.speech_voice = "Paulina"
    _window, section = _section(make_window, roots)
    assert section.reader is None
    # The voice chosen before is shown by its name until the list is asked for.
    assert section.voice.currentText() == "Paulina"
    assert section.speed.currentText() == "Normal"


def test_voice_and_speed_are_chosen_remembered_and_used(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots,
    assessment_id: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(ENGINE_ENV, "mock")
    window, section = _section(make_window, roots, assessment=assessment_id)
    section.voice.setFocus()  # moving into the list asks for the voices
    qtbot.waitUntil(section.voice.hasFocus)
    names = [section.voice.itemData(i) for i in range(section.voice.count())]
    assert names[0] == "" and {"Bob", "Anne", "Charly", "Mary"} <= set(names)
    while section.voice.currentData() != "Mary":
        qtbot.keyClick(section.voice, Qt.Key.Key_Down)
    assert "Mary (" in section.voice.currentText()
    section.speed.setFocus()
    qtbot.keyClick(section.speed, Qt.Key.Key_Down)
    assert section.speed.currentText() == "Fast"
    stored = settings_file.load(roots.data_dir)
    assert (stored.speech_voice, stored.speech_rate) == ("Mary", "0.3")

    window.show_place("assess")
    page = window.walkthrough
    page.cover_start.click()
    press(window, SHORTCUT)
    reader = page.read_button.reader
    assert reader is not None and reader.active and reader.speech is not None
    assert reader.speech.voice().name() == "Mary"
    assert reader.speech.rate() == pytest.approx(0.3)
    page.read_button.stop()


def test_trying_a_voice_in_spanish_says_there_is_none(
    qtbot: QtBot, make_window: WindowFactory, roots, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENGINE_ENV, "mock")
    _window, section = _section(make_window, roots, "es")
    assert section.title() == "Leer en voz alta"
    section.try_button.setFocus()
    qtbot.keyClick(section.try_button, Qt.Key.Key_Space)
    assert section.note.isVisible()
    assert "ninguna voz en español" in section.note.text()
    assert section.reader is not None and not section.reader.active


def test_trying_a_voice_in_english_reads_the_sentence(
    qtbot: QtBot, make_window: WindowFactory, roots, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENGINE_ENV, "mock")
    _window, section = _section(make_window, roots)
    section.try_button.click()
    reader = section.reader
    assert reader is not None and reader.active
    assert [p.text for p in reader.pieces] == ["This is how Roots reads aloud."]
    assert not section.note.isVisible()
    qtbot.waitUntil(lambda: not reader.active)
