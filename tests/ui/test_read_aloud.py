"""Read aloud with Qt's ``mock`` text-to-speech engine (shipped in the PySide6 wheel).

The mock engine speaks word by word on a timer and reports each word (``sayingWord``), so the
tests hear what was said, in which order and in which locale. It has English, Norwegian and
Finnish voices and no Spanish one: "no Spanish voice" is tested with it as it is, and Spanish
reading by naming the languages the controller may read (``languages``).
"""

from __future__ import annotations

import re
import sys
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from roots_app.domain.plan import Action
from roots_app.services import assessments, plans
from roots_app.settings import Settings
from roots_app.ui import theme
from roots_app.ui.read_aloud import (
    ENGINE_ENV,
    READING_PROPERTY,
    SHORTCUT,
    Piece,
    ReadAloud,
    ReadAloudButton,
    engine_name,
    rate,
)
from roots_app.ui.widgets.level_card import LevelCard
from tests.ui.conftest import WindowFactory, remember


class Heard:
    """What the engine said, word by word, and which piece the controller was reading."""

    def __init__(self, reader: ReadAloud) -> None:
        self.reader = reader
        self.words: list[tuple[int, str]] = []  # (piece index, word)
        self.pieces: list[int] = []
        reader.reading.connect(self.pieces.append)
        self.sentences: list[str] = []
        reader.said.connect(self.sentences.append)
        speech = reader.engine_object()
        assert speech is not None
        speech.sayingWord.connect(
            lambda word, _id, _start, _length: self.words.append((reader.index, word))
        )

    def text_of(self, index: int) -> str:
        return " ".join(word for at, word in self.words if at == index)


def mock_reader(qtbot: QtBot, **kwargs: object) -> ReadAloud:
    reader = ReadAloud(Settings(), engine="mock", **kwargs)  # type: ignore[arg-type]
    return reader


def test_the_engine_is_chosen_in_one_place(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings()
    monkeypatch.delenv(ENGINE_ENV, raising=False)
    assert engine_name(settings) == ""  # the system's own
    settings.speech_engine = "sapi"
    assert engine_name(settings) == "sapi"
    monkeypatch.setenv(ENGINE_ENV, "mock")
    assert engine_name(settings) == "mock"
    assert ReadAloud(settings).engine == "mock"


def test_speed_is_kept_within_the_engines_range() -> None:
    assert rate(Settings(speech_rate="0.3")) == pytest.approx(0.3)
    assert rate(Settings(speech_rate="7")) == 1.0
    assert rate(Settings(speech_rate="fast")) == 0.0
    assert rate(Settings(speech_rate="nan")) == 0.0


def test_english_pieces_are_read_in_order_and_the_highlight_follows(qtbot: QtBot) -> None:
    reader = mock_reader(qtbot)
    heard = Heard(reader)
    labels = [QLabel(), QLabel(), QLabel()]
    texts = ["Welcoming all families", "Families feel welcome", "Level one emerging"]
    pieces = [Piece(text, label) for text, label in zip(texts, labels, strict=True)]
    pieces.insert(1, Piece("   "))  # nothing to say: skipped
    assert reader.read(pieces, "en")
    assert reader.speech is not None
    assert reader.speech.locale().language() == reader.speech.locale().Language.English
    qtbot.waitUntil(lambda: heard.pieces[-1:] == [-1], timeout=10_000)
    assert heard.pieces == [0, 1, 2, -1]  # each piece in turn, then none
    assert [heard.text_of(i) for i in range(3)] == texts
    assert [p.widget for p in reader.pieces] == labels
    assert heard.sentences == []


def test_stop_ends_reading_at_once(qtbot: QtBot) -> None:
    reader = mock_reader(qtbot)
    heard = Heard(reader)
    reader.read([Piece("one two three four five six seven"), Piece("never read")], "en")
    qtbot.waitUntil(lambda: len(heard.words) >= 2)
    reader.stop()
    assert not reader.active
    assert heard.pieces[-1] == -1
    stopped_at = len(heard.words)
    assert stopped_at < 7
    # Read something else: the stopped reading neither goes on nor moves to its next piece.
    assert reader.read([Piece("after")], "en")
    qtbot.waitUntil(lambda: heard.pieces[-1:] == [-1])
    assert heard.words[stopped_at:] == [(0, "after")]
    assert heard.pieces == [0, -1, 0, -1]


def test_no_spanish_voice_is_said_not_read_in_english(qtbot: QtBot) -> None:
    reader = mock_reader(qtbot)  # the mock engine's voices: English, Norwegian, Finnish
    heard = Heard(reader)
    assert not reader.read([Piece("Dar la bienvenida a todas las familias")], "es")
    assert heard.words == [] and heard.pieces == []
    assert len(heard.sentences) == 1
    assert "no Spanish voice" in heard.sentences[0]
    assert reader.voices("es") == []


def test_spanish_is_read_where_a_spanish_voice_is_named(qtbot: QtBot) -> None:
    reader = mock_reader(qtbot, languages=("en", "es"))
    heard = Heard(reader)
    texts = ["Dar la bienvenida", "Las familias se sienten bienvenidas"]
    assert reader.read([Piece(t) for t in texts], "es")
    assert reader.language == "es"
    qtbot.waitUntil(lambda: heard.pieces[-1:] == [-1], timeout=10_000)
    assert [heard.text_of(i) for i in range(2)] == texts


def test_the_chosen_voice_and_speed_are_used(qtbot: QtBot) -> None:
    settings = Settings(speech_voice="Mary", speech_rate="-0.3")
    reader = ReadAloud(settings, engine="mock")
    assert {v.name() for v in reader.voices("en")} == {"Bob", "Anne", "Charly", "Mary"}
    reader.read([Piece("Hello")], "en")
    assert reader.speech is not None
    assert reader.speech.voice().name() == "Mary"
    assert reader.speech.locale().name() == "en_US"  # Mary's own
    assert reader.speech.rate() == pytest.approx(-0.3)
    reader.stop()
    settings.speech_voice = "Bob"
    reader.read([Piece("Hello")], "en")
    assert reader.speech.voice().name() == "Bob"
    reader.stop()


@pytest.mark.qt_log_ignore("Text-to-speech plug-in .* is not supported")
def test_a_missing_engine_says_so(qtbot: QtBot) -> None:
    reader = ReadAloud(Settings(), engine="no-such-engine")
    sentences: list[str] = []
    reader.said.connect(sentences.append)
    assert not reader.read([Piece("Hello")], "en")
    assert sentences and "not available" in sentences[0]


# ----- the button on the pages -----


def lit(top: QWidget) -> list[QWidget]:
    """The widgets highlighted as being read."""
    return [w for w in top.findChildren(QWidget) if w.property(READING_PROPERTY)]


def press(window: QWidget, key: str) -> None:
    sequence = QKeySequence(key)[0]
    QTest.keyClick(window, sequence.key(), sequence.keyboardModifiers())


def open_on(qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str, language: str):  # type: ignore[no-untyped-def]
    remember(roots, assessment_id, language)
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.walkthrough.cover_start.click()
    return window


@pytest.fixture
def mock_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENGINE_ENV, "mock")


def test_walkthrough_reads_the_category_by_its_shortcut_and_esc_stops(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str, mock_engine: None
) -> None:
    window = open_on(qtbot, make_window, roots, assessment_id, "en")
    page = window.walkthrough
    button = page.read_button
    assert button.text() == "Read aloud" and button.accessibleName() == "Read aloud"
    assert SHORTCUT in button.toolTip()
    page.cards[0].setFocus()  # the shortcut works wherever the focus is on the page
    press(window, SHORTCUT)
    reader = button.reader
    assert reader is not None and reader.active and reader.language == "en"
    category = page.category
    pack = page.assessment.pack
    texts = [p.text for p in reader.pieces]
    assert texts[:3] == [category.title["en"], category.summary["en"], "What it looks like"]
    assert texts[3 : 3 + len(category.indicators)] == [i.text["en"] for i in category.indicators]
    levels = texts[-len(pack.levels) :]
    assert (
        levels[0]
        == f"Level 1 of 5: {pack.levels[0].label['en']}. " + (category.descriptors[1]["en"])
    )
    # Each level is highlighted on its own card; the title on the title.
    assert [p.widget for p in reader.pieces[-len(pack.levels) :]] == page.cards
    assert lit(window) == [page.title]
    qtbot.waitUntil(lambda: lit(window) == [page.summary])
    assert button.text() == "Stop reading"
    assert reader.speech is not None
    assert reader.speech.locale().language() == QLocale.Language.English
    press(window, "Esc")
    assert not reader.active
    assert lit(window) == []
    assert button.text() == "Read aloud"
    assert not window.meeting_mode


def test_the_button_again_stops_and_moving_on_stops(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str, mock_engine: None
) -> None:
    window = open_on(qtbot, make_window, roots, assessment_id, "en")
    page = window.walkthrough
    button = page.read_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.active
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not button.active
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # from the keyboard too
    assert button.active
    page.next_category()
    assert not button.active and lit(window) == []


def test_no_spanish_voice_is_said_beside_the_button(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str, mock_engine: None
) -> None:
    window = open_on(qtbot, make_window, roots, assessment_id, "es")
    page = window.walkthrough
    button = page.read_button
    assert button.text() == "Leer en voz alta"
    press(window, SHORTCUT)
    assert not button.active and lit(window) == []
    assert button.note.isVisible()
    assert "no tiene ninguna voz en español" in button.note.text()


def test_spanish_is_read_in_spanish_where_there_is_a_voice(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str, mock_engine: None
) -> None:
    window = open_on(qtbot, make_window, roots, assessment_id, "es")
    page = window.walkthrough
    reader = ReadAloud(roots.settings, engine="mock", languages=("en", "es"))
    heard = Heard(reader)
    page.read_button.use(reader)
    press(window, SHORTCUT)
    assert reader.active and reader.language == "es"
    category = page.category
    texts = [p.text for p in reader.pieces]
    assert texts[:3] == [category.title["es"], category.summary["es"], "Cómo se ve"]
    assert texts[-1].startswith("Nivel 5 de 5: ")
    qtbot.waitUntil(lambda: reader.index == 1)
    # The mock engine's words are runs of ASCII letters ("éxito" is said as "xito").
    assert heard.text_of(0) == " ".join(re.findall(r"[A-Za-z0-9]+", category.title["es"]))
    page.read_button.stop()


def test_team_view_reads_the_current_category_with_its_questions(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str, mock_engine: None
) -> None:
    window = open_on(qtbot, make_window, roots, assessment_id, "en")
    window.show_place("team")
    page = window.team_view
    page.go_to(1)
    button = page.read_button
    assert button.isVisible()
    press(window, SHORTCUT)
    reader = button.reader
    assert reader is not None and reader.active
    category = page.assessment.pack.categories[1]
    pieces = reader.pieces
    assert pieces[0].text == category.title["en"] and pieces[0].widget is page.category_title
    asked = [p for p in pieces if p.widget is page.questions]
    assert [p.text for p in asked] == [
        "Questions to talk about:",
        *(q["en"] for q in category.questions),
    ]
    assert [p.widget for p in pieces[-5:]] == page.pager.cards
    page.tabs.setCurrentIndex(2)  # another tab: the category is no longer on screen
    assert not reader.active


def test_plan_reads_each_focus_area_and_its_actions(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str, mock_engine: None
) -> None:
    assessment = assessments.load(roots, assessment_id)
    keys = [c.key for c in assessment.pack.categories]
    first = plans.add_focus(roots, assessment, keys[0], "Every family greeted")
    plans.save_action(roots, first, Action("", "Welcome desk", "Rosa", due=date(2026, 3, 1)))
    plans.add_focus(roots, assessment, keys[2], "More voices")
    window = open_on(qtbot, make_window, roots, assessment_id, "en")
    window.show_place("plan")
    page = window.plan_page
    page.focus_list.setCurrentRow(1)
    press(window, SHORTCUT)
    reader = page.read_button.reader
    assert reader is not None and reader.active
    texts = [p.text for p in reader.pieces]
    title = assessment.pack.categories[0].title["en"]
    assert texts[0] == f"Focus area 1 of 2: {title}"
    assert texts[1] == "Goal: Every family greeted"
    action = next(t for t in texts if t.startswith("Action 1 of 1"))
    assert action.startswith("Action 1 of 1: Welcome desk. Who: Rosa. Due: ")
    assert "2026" in action
    assert texts[-1] == "Goal: More voices"
    # Reading shows the focus area it reads, and does not stop itself doing so.
    assert page.focus_list.currentRow() == 0
    assert lit(window) == [page.focus_list]
    assert reader.active
    page.focus_list.setCurrentRow(1)  # the person picks another one: reading stops
    assert not reader.active


def test_the_highlight_follows_onto_each_card_and_the_theme_shows_it(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str, mock_engine: None
) -> None:
    window = open_on(qtbot, make_window, roots, assessment_id, "en")
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    title = QLabel("Welcoming")
    cards = [LevelCard(value) for value in (1, 2)]
    for value, card in enumerate(cards, 1):
        card.set_texts(f"Level {value}", "Short words", f"Level {value}")
    pieces = [Piece("Welcoming", title), Piece("one", cards[0]), Piece("two", cards[1])]
    button = ReadAloudButton(window.ctx, lambda: pieces)
    for widget in (button, title, *cards):
        layout.addWidget(widget)
    host.show()
    qtbot.waitExposed(host)
    seen: list[list[QWidget]] = []
    painted: list[bool] = []

    def look(index: int) -> None:
        seen.append(lit(host))
        if index >= 0 and isinstance(pieces[index].widget, LevelCard):
            card = pieces[index].widget
            image = card.grab().toImage()
            inside = image.pixelColor(6, card.height() // 2)  # inside the border, by the text
            painted.append(inside.name().upper() == theme.READING.upper())

    button.toggle()  # the first piece is lit before the engine starts
    assert button.reader is not None
    button.reader.reading.connect(look)
    qtbot.waitUntil(lambda: not button.active, timeout=10_000)
    assert seen == [[cards[0]], [cards[1]], []]
    assert painted == [True, True]


def test_the_shortcut_is_used_by_nothing_else(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str, mock_engine: None
) -> None:
    window = open_on(qtbot, make_window, roots, assessment_id, "en")
    for place in ("assess", "team", "plan", "summary", "progress", "settings", "home"):
        window.show_place(place)
    wanted = QKeySequence(SHORTCUT)
    users = [a.text() for a in window.findChildren(QAction) if wanted in a.shortcuts()]
    shortcuts = [s for s in window.findChildren(QShortcut) if s.key() == wanted]
    assert users == []
    assert {type(s.parent()).__name__ for s in shortcuts} == {"ReadAloudButton"}
    assert len(shortcuts) == 3  # the walkthrough, the team view and the plan


def test_tab_reaches_the_button_where_the_page_starts(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str
) -> None:
    window = open_on(qtbot, make_window, roots, assessment_id, "en")
    page = window.walkthrough
    page.read_button.setFocus()
    order = []
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [page.rater_combo, page.cards[0]]


def test_without_the_speech_module_the_button_says_so(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots,
    assessment_id: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A Roots whose QtTextToSpeech cannot load (no libpulse, a bundle without it)."""
    import PySide6

    window = open_on(qtbot, make_window, roots, assessment_id, "en")
    monkeypatch.delattr(PySide6, "QtTextToSpeech", raising=False)
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)  # import fails
    button = window.walkthrough.read_button
    press(window, SHORTCUT)
    assert not button.active and lit(window) == []
    assert button.note.isVisible() and "not available" in button.note.text()
    press(window, SHORTCUT)  # again: the same sentence, no crash
    assert button.note.isVisible()


def test_in_meeting_mode_esc_stops_reading_first_then_leaves_the_mode(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str, mock_engine: None
) -> None:
    window = open_on(qtbot, make_window, roots, assessment_id, "en")
    window.set_meeting_mode(True)
    button = window.walkthrough.read_button
    press(window, SHORTCUT)
    assert button.active
    press(window, "Esc")
    assert not button.active and window.meeting_mode
    press(window, "Esc")
    assert not window.meeting_mode
