"""Settings > Read aloud: the voice and the speed, and a sentence to try them.

The voices are asked of the system only when the person opens the voice list (or moves into
it, or tries the voice): the speech service may take a while to answer, and Settings opens at
once without it. Until then the list holds the voice chosen before, by its name.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roots_app.domain import vocabulary
from roots_app.ui.context import UiContext
from roots_app.ui.read_aloud import RATES, Piece, ReadAloud, rate
from roots_app.ui.widgets.elided import ShrinkingCombo
from roots_app.ui.widgets.retranslate import Retranslating


class _AsksFirst(ShrinkingCombo):
    """A list that says when the person is about to choose in it (by mouse or keyboard)."""

    opening = Signal()

    def showPopup(self) -> None:
        self.opening.emit()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.opening.emit()  # arrow keys choose without opening the list
        super().focusInEvent(event)


class SpeechSettings(Retranslating, QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reader: ReadAloud | None = None  # made when the voices are first needed
        self.listed = False
        layout = QVBoxLayout(self)
        self.about = QLabel()
        self.about.setWordWrap(True)
        layout.addWidget(self.about)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.voice = _AsksFirst()
        self.voice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.voice.opening.connect(self.list_voices)
        self.voice.activated.connect(self._voice_chosen)
        self.voice_label = QLabel()
        self.voice_label.setBuddy(self.voice)
        self.speed = QComboBox()
        self.speed.activated.connect(self._speed_chosen)
        self.speed_label = QLabel()
        self.speed_label.setBuddy(self.speed)
        form.addRow(self.voice_label, self.voice)
        form.addRow(self.speed_label, self.speed)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.try_button = QPushButton()
        self.try_button.clicked.connect(self.try_voice)
        row.addWidget(self.try_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.note = QLabel()  # why there is nothing to hear
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.note.setVisible(False)
        layout.addWidget(self.note)
        self.retranslate()

    def _reader(self) -> ReadAloud:
        if self.reader is None:
            self.reader = ReadAloud(self.ctx.roots.settings, self)
            self.reader.said.connect(self._said)
        return self.reader

    def list_voices(self) -> None:
        """The system's voices for the languages Roots speaks (asked once)."""
        if self.listed:
            return
        self.listed = True
        self._fill_voices()

    def _fill_voices(self) -> None:
        chosen = self.ctx.roots.settings.speech_voice
        self.voice.clear()
        self.voice.addItem(self.tr("The computer's voice for the language on screen"), "")
        names: list[str] = []
        if self.listed:
            reader = self._reader()
            for language in vocabulary.LANGUAGES:
                for voice in reader.voices(language):
                    if voice.name() in names:
                        continue
                    names.append(voice.name())
                    where = voice.locale()
                    self.voice.addItem(
                        f"{voice.name()} ({where.nativeLanguageName()}, "
                        f"{where.nativeTerritoryName()})",
                        voice.name(),
                    )
            if not names:
                self._said(
                    reader.why_not(self.ctx.language)
                    or self.tr("This computer has no voices for English or Spanish.")
                )
        if chosen and chosen not in names:  # chosen before; the list is not asked for yet
            self.voice.addItem(chosen, chosen)
        self.voice.setCurrentIndex(max(0, self.voice.findData(chosen)))

    def _voice_chosen(self) -> None:
        self.ctx.roots.settings.speech_voice = self.voice.currentData() or ""
        self.ctx.roots.save_settings()

    def _speed_chosen(self) -> None:
        self.ctx.roots.settings.speech_rate = str(self.speed.currentData())
        self.ctx.roots.save_settings()

    def try_voice(self) -> None:
        """Say one sentence with the voice and speed chosen, in the language on screen."""
        self.list_voices()
        self.note.setVisible(False)
        self._reader().read([Piece(self.tr("This is how Roots reads aloud."))], self.ctx.language)

    def _said(self, sentence: str) -> None:
        self.note.setText(sentence)
        self.note.setVisible(True)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Read aloud"))
        self.about.setText(
            self.tr(
                "The Read aloud button on the Assess, Team view and Plan pages reads what they "
                "show in the language on screen, with this computer's own voices."
            )
        )
        self.voice_label.setText(self.tr("Vo&ice:"))
        self.voice.setAccessibleName(self.tr("Voice for reading aloud"))
        self.speed_label.setText(self.tr("Readi&ng speed:"))
        self.speed.setAccessibleName(self.tr("Speed of reading aloud"))
        names = [
            self.tr("Very slow"),
            self.tr("Slow"),
            self.tr("Normal"),
            self.tr("Fast"),
            self.tr("Very fast"),
        ]
        self.speed.clear()
        for name, value in zip(names, RATES, strict=True):
            self.speed.addItem(name, value)
        now = rate(self.ctx.roots.settings)
        nearest = min(range(len(RATES)), key=lambda i: abs(RATES[i] - now))
        self.speed.setCurrentIndex(nearest)
        self.try_button.setText(self.tr("Tr&y the voice"))
        self._fill_voices()
