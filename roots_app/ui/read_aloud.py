"""Read aloud: the texts on screen spoken one piece at a time, the piece being read highlighted.

Qt's QtTextToSpeech speaks with the system's own offline voices (SAPI/WinRT on Windows,
AVSpeechSynthesizer on macOS, speech-dispatcher on Linux). It is imported on first use: its
library needs libpulse on Linux and connects to the speech service, so pages that never read
aloud (and the command line) pay nothing for it. Whatever is missing (the module, an engine, a
voice for the language on screen) is said in a sentence beside the button: never a crash, and
never Spanish read with an English voice.

The engine is chosen in one place, ``engine_name``: ROOTS_SPEECH_ENGINE, else the settings,
else the system's. Tests use Qt's ``mock`` engine (shipped in the PySide6 wheel).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QLoggingCategory, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QPushButton, QScrollArea, QWidget

from roots_app.domain.rubric import Category, RubricPack
from roots_app.settings import Settings
from roots_app.ui.context import UiContext
from roots_app.ui.widgets.retranslate import Retranslating

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

log = logging.getLogger(__name__)

ENGINE_ENV = "ROOTS_SPEECH_ENGINE"
SHORTCUT = "Ctrl+Shift+R"  # free in every window (tests/ui/test_read_aloud.py checks)
READING_PROPERTY = "reading"  # the widget being read; the theme styles it
# The speeds offered in Settings (QTextToSpeech's rate: -1 slowest, 0 the voice's own, 1 fastest).
RATES = (-0.6, -0.3, 0.0, 0.3, 0.6)


def engine_name(settings: Settings) -> str:
    """The text-to-speech engine to use: "" is the system's own."""
    return os.environ.get(ENGINE_ENV) or settings.speech_engine


def rate(settings: Settings) -> float:
    """The chosen speed, within QTextToSpeech's range (a damaged value reads at normal speed)."""
    try:
        value = float(settings.speech_rate)
    except ValueError:
        return 0.0
    return max(-1.0, min(1.0, value)) if value == value else 0.0  # NaN reads normally


def load_speech_module() -> Any | None:
    """PySide6.QtTextToSpeech, or None where it cannot load (a missing libpulse, a build of
    Roots without it)."""
    # Qt's multimedia library, loaded with it, looks for PipeWire and warns when it is absent;
    # Roots plays no sound through it (the system's speech service speaks), so that is noise.
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")
    try:
        from PySide6 import QtTextToSpeech
    except ImportError as error:  # also OSError's cousin: "libpulse.so.0: cannot open"
        log.info("Read aloud is not available: %s", error)
        return None
    return QtTextToSpeech


def same_language(locale: QLocale, language: str) -> bool:
    return locale.language() == QLocale(language).language()


@dataclass
class Piece:
    """One piece of text read aloud; ``widget`` is highlighted while it is read, and ``show``
    (if any) brings it on screen first (the plan's focus area, an action's row)."""

    text: str
    widget: QWidget | None = None
    show: Callable[[], None] | None = None


class ReadAloud(QObject):
    """Reads a list of pieces in order in one language; ``reading`` says which one (-1: none).

    ``engine`` (else ``engine_name``) picks the engine; ``languages`` names the languages it
    has voices for (None: as the engine's own voices say); a test names them to have the mock
    engine, which has no Spanish voice, read a Spanish text."""

    reading = Signal(int)  # the index of the piece being read; -1 when reading ends
    said = Signal(str)  # a sentence for the user: why nothing is read (shown, not spoken)

    def __init__(
        self,
        settings: Settings,
        parent: QObject | None = None,
        *,
        engine: str | None = None,
        languages: Sequence[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.engine = engine_name(settings) if engine is None else engine
        self.languages = None if languages is None else tuple(languages)
        self.speech: QTextToSpeech | None = None
        self._loaded = False
        self.pieces: list[Piece] = []
        self.index = -1
        self.language = ""
        self._turn = 0  # one per reading: a late "next piece" of a stopped reading is dropped
        self._speaking = False  # the engine has started the current piece

    @property
    def active(self) -> bool:
        return self.index >= 0

    # ----- the engine -----
    def engine_object(self) -> QTextToSpeech | None:
        """The engine, made on first use; None (and a sentence said) if there is none."""
        if self._loaded:
            return self.speech
        self._loaded = True
        module = load_speech_module()
        if module is None:
            return None
        tts = module.QTextToSpeech
        speech = tts(self.engine, self) if self.engine else tts(self)
        if speech.state() == module.QTextToSpeech.State.Error:
            log.info("No text-to-speech engine %r: %s", self.engine, speech.errorString())
            speech.deleteLater()
            return None
        speech.stateChanged.connect(self._state_changed)
        self.speech = speech
        return speech

    def why_not(self, language: str) -> str:
        """Why ``language`` cannot be read here ("" when it can)."""
        speech = self.engine_object()
        if speech is None or not speech.availableLocales():  # no engine, or no voice at all
            return self.tr(
                "Read aloud is not available: this computer has no text-to-speech voices "
                "Roots can use (on Linux, install speech-dispatcher)."
            )
        if self.locale_for(language) is None:
            name = self.tr("Spanish") if language == "es" else self.tr("English")
            return self.tr(
                "This computer has no %1 voice, so Roots does not read this aloud (another "
                "language's voice would say it wrongly). A voice can be added in the "
                "computer's language or speech settings."
            ).replace("%1", name)
        return ""

    def locale_for(self, language: str) -> QLocale | None:
        """The locale to read ``language`` in: one the engine has, the system's first."""
        speech = self.speech
        if speech is None:
            return None
        found = [loc for loc in speech.availableLocales() if same_language(loc, language)]
        if self.languages is not None:  # named by the caller (a test): trusted
            if language not in self.languages:
                return None
            found = found or [QLocale(language)]
        if not found:
            return None
        system = QLocale.system()
        return next((loc for loc in found if loc.name() == system.name()), found[0])

    def voices(self, language: str) -> list[QVoice]:
        """The voices for ``language``, in the engine's order (none without an engine)."""
        speech = self.engine_object()
        if speech is None or self.locale_for(language) is None:
            return []
        found: list[QVoice] = []
        for locale in speech.availableLocales():
            if same_language(locale, language):
                names = {voice.name() for voice in found}
                found += [v for v in speech.allVoices(locale) if v.name() not in names]
        return found

    # ----- reading -----
    def read(self, pieces: Sequence[Piece], language: str) -> bool:
        """Read ``pieces`` (empty ones skipped) in ``language``; False (and a sentence said)
        if it cannot be read here."""
        self.stop()
        reason = self.why_not(language)
        if reason:
            self.said.emit(reason)
            return False
        speech = self.speech
        locale = self.locale_for(language)
        assert speech is not None and locale is not None
        speech.setLocale(locale)
        chosen = self.settings.speech_voice  # a voice of another language is not used
        voice = next((v for v in self.voices(language) if v.name() == chosen), None)
        if voice is not None:
            speech.setVoice(voice)  # its own locale (en_US rather than en_GB, say)
        speech.setRate(rate(self.settings))
        self.pieces = [piece for piece in pieces if piece.text.strip()]
        self.language = language
        self._turn += 1
        self.index = -1
        self._next(self._turn)
        return True

    def stop(self) -> None:
        """Stop reading now (Esc, the button again, another page or category)."""
        if not self.active:
            return
        self._turn += 1
        self.index = -1
        self._speaking = False
        if self.speech is not None:
            self.speech.stop()
        self.reading.emit(-1)

    def _next(self, turn: int) -> None:
        if turn != self._turn or self.speech is None:
            return  # stopped (or read again) since
        self.index += 1
        if self.index >= len(self.pieces):
            self.index = -1
            self.reading.emit(-1)
            return
        piece = self.pieces[self.index]
        self.reading.emit(self.index)
        self._speaking = False
        self.speech.say(piece.text)

    def _state_changed(self, state: object) -> None:
        assert self.speech is not None
        states = type(self.speech).State
        if not self.active:
            return
        if state == states.Speaking:
            self._speaking = True
        elif state == states.Ready and self._speaking:
            self._speaking = False
            # The next piece once the engine has finished with this one (saying it from inside
            # the engine's own signal would start it while it still ends the last).
            QTimer.singleShot(0, self, lambda turn=self._turn: self._next(turn))
        elif state == states.Error:
            error = self.speech.errorString()
            self.stop()
            self.said.emit(self.tr("Reading aloud stopped: %1").replace("%1", error))


def _scroll_area(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


class ReadAloudButton(Retranslating, QPushButton):
    """The "Read aloud" button of a page: reads what ``pieces`` gives, in the language on
    screen; the button again, or Esc, stops. ``note`` shows why nothing is read (the page
    places it beside the button)."""

    def __init__(
        self,
        ctx: UiContext,
        pieces: Callable[[], list[Piece]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._pieces = pieces
        self.reader: ReadAloud | None = None  # made on the first press
        self._lit: QWidget | None = None
        self.showing = False  # a piece's ``show`` is moving the page, not the person
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setVisible(False)
        self.clicked.connect(self.toggle)
        # On the button: it works while its page is on screen, in whatever has the focus there.
        self.shortcut = QShortcut(QKeySequence(SHORTCUT), self)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcut.activated.connect(self.toggle)
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.escape.setContext(Qt.ShortcutContext.WindowShortcut)
        self.escape.setEnabled(False)  # only while reading: Esc also leaves meeting mode
        self.escape.activated.connect(self.stop)
        self.retranslate()

    @property
    def active(self) -> bool:
        return self.reader is not None and self.reader.active

    def toggle(self) -> None:
        if self.active:
            self.stop()
            return
        if self.reader is None:
            self.use(ReadAloud(self.ctx.roots.settings, self))
        assert self.reader is not None
        self.note.setVisible(False)
        self.reader.read(self._pieces(), self.ctx.language)

    def use(self, reader: ReadAloud) -> None:
        """Read with ``reader`` (made on the first press otherwise; a test gives its own)."""
        self.stop()
        self.reader = reader
        reader.setParent(self)
        reader.reading.connect(self._reading)
        reader.said.connect(self._said)

    def stop(self) -> None:
        if self.reader is not None:
            self.reader.stop()

    def stop_unless_reading_moves(self) -> None:
        """For the page's "the person moved" signals: stop, unless a piece's ``show`` moved."""
        if not self.showing:
            self.stop()

    def category_pieces(
        self,
        pack: RubricPack,
        category: Category,
        *,
        title: QWidget | None = None,
        summary: QWidget | None = None,
        indicators: QWidget | None = None,
        questions: QWidget | None = None,
        cards: Sequence[QWidget] = (),
    ) -> list[Piece]:
        """A category as read aloud on every page: its title and summary, what it looks like
        (the indicators), the guiding questions, then each level's name and description.
        The widgets given are highlighted while their text is read (``cards`` in level order);
        what the page does not show is read all the same, with nothing highlighted."""
        lang = self.ctx.language
        pieces = [
            Piece(category.title[lang], title),
            Piece(category.summary[lang], summary),
            Piece(self.tr("What it looks like"), indicators),
            *(Piece(i.text[lang], indicators) for i in category.indicators),
        ]
        if category.questions:
            pieces.append(Piece(self.tr("Questions to talk about:"), questions))
            pieces += [Piece(q[lang], questions) for q in category.questions]
        for position, level in enumerate(pack.levels):
            name = (
                self.tr("Level %1 of %2: %3")
                .replace("%1", str(level.value))
                .replace("%2", str(len(pack.levels)))
                .replace("%3", level.label[lang])
            )
            card = cards[position] if position < len(cards) else None
            pieces.append(Piece(f"{name}. {category.descriptors[level.value][lang]}", card))
        return pieces

    def _said(self, sentence: str) -> None:
        self.note.setText(sentence)
        self.note.setVisible(True)

    def _reading(self, index: int) -> None:
        assert self.reader is not None
        self._light(None)
        reading = index >= 0
        self.escape.setEnabled(reading)
        self.retranslate()
        if not reading:
            return
        piece = self.reader.pieces[index]
        if piece.show is not None:
            self.showing = True
            try:
                piece.show()
            finally:
                self.showing = False
        self._light(piece.widget)

    def _light(self, widget: QWidget | None) -> None:
        """Highlight ``widget`` (the theme's [reading="true"] rules), no longer the last one."""
        for target, on in ((self._lit, False), (widget, True)):
            if target is None:
                continue
            target.setProperty(READING_PROPERTY, on)
            style = target.style()
            style.unpolish(target)
            style.polish(target)
            if isinstance(target, QAbstractScrollArea):
                target.viewport().update()
            target.update()
        self._lit = widget
        if widget is not None:
            scroll = _scroll_area(widget)
            if scroll is not None:
                scroll.ensureWidgetVisible(widget, 0, 24)

    def hideEvent(self, event: QHideEvent) -> None:
        self.stop()  # another page: what was read is no longer on screen
        super().hideEvent(event)

    def retranslate(self) -> None:
        key = QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        if self.active:
            self.setText(self.tr("Stop reading"))
            self.setAccessibleName(self.tr("Stop reading aloud"))
            self.setToolTip(self.tr("Stop reading aloud (Esc or %1)").replace("%1", key))
        else:
            self.setText(self.tr("Read aloud"))
            self.setAccessibleName(self.tr("Read aloud"))
            self.setToolTip(
                self.tr("Read this aloud, in the language on screen (%1; Esc stops)").replace(
                    "%1", key
                )
            )
