"""The walkthrough: one category at a time, the levels as large cards, an evidence note.

Keys: 1-9 pick a level, Left/Right move between categories (outside the evidence box),
Alt+Left/Alt+Right move from anywhere. Every change is saved at once.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from roots_app.domain.assessment import TEAM, Assessment, Rating
from roots_app.domain.rubric import Category
from roots_app.errors import RootsError
from roots_app.services import assessments
from roots_app.ui.context import UiContext
from roots_app.ui.dialogs import stale_edit
from roots_app.ui.labels import role_label
from roots_app.ui.widgets.bullets import show_bullets
from roots_app.ui.widgets.category_scroll import CategoryScroll
from roots_app.ui.widgets.debounce import Debounce
from roots_app.ui.widgets.elided import whole_text_in_tooltip
from roots_app.ui.widgets.flow import EqualRow
from roots_app.ui.widgets.level_card import LevelCard
from roots_app.ui.widgets.retranslate import Retranslating, heading

log = logging.getLogger(__name__)


class WalkthroughPage(Retranslating, QWidget):
    summary_requested = Signal()
    team_view_requested = Signal()
    saved = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.assessment: Assessment | None = None
        self.ratings: dict[tuple[str, str], Rating] = {}
        self.index = 0
        self.rater = TEAM
        self._loading = False
        self._evidence_timer = Debounce(self, self.save_evidence)
        self._build()
        self.retranslate()

    # ----- layout -----
    def _build(self) -> None:
        self.stack = QStackedWidget()
        page_layout = QVBoxLayout(self)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.stack)
        self.cover = self._build_cover()
        self.body = QWidget()
        self.stack.addWidget(self.body)
        self.stack.addWidget(self.cover)
        outer = QVBoxLayout(self.body)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(12)

        top = QHBoxLayout()
        self.rater_label = QLabel()
        self.rater_combo = whole_text_in_tooltip(QComboBox())
        self.rater_combo.setMinimumContentsLength(18)
        self.rater_label.setBuddy(self.rater_combo)
        self.rater_combo.currentIndexChanged.connect(self._rater_changed)
        self.progress_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)  # the label beside it says "2 of 6 rated"
        self.progress.setProperty("role", "meter")  # a visible track (theme)
        self.progress.setMinimumWidth(120)
        self.progress.setMaximumWidth(180)
        self.saved_label = QLabel()
        self.saved_label.setProperty("role", "muted")
        top.addWidget(self.rater_label)
        top.addWidget(self.rater_combo)
        top.addStretch(1)
        top.addWidget(self.progress_label)
        top.addWidget(self.progress)
        top.addWidget(self.saved_label)
        outer.addLayout(top)

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 8, 0)
        body.setSpacing(10)
        self.position_label = QLabel()
        self.position_label.setProperty("role", "muted")
        self.position_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title = heading()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.indicators_heading = heading("subheading")
        self.indicators = QLabel()
        self.indicators.setWordWrap(True)
        self.indicators.setTextFormat(Qt.TextFormat.RichText)  # a list (widgets.bullets)
        for label in (self.title, self.summary):
            label.setTextFormat(Qt.TextFormat.PlainText)
        body.addWidget(self.position_label)
        body.addWidget(self.title)
        body.addWidget(self.summary)
        body.addWidget(self.indicators_heading)
        body.addWidget(self.indicators)

        self.levels_heading = heading("subheading")
        body.addWidget(self.levels_heading)
        self.cards_row = EqualRow()  # wraps onto balanced lines when narrow
        self.cards_row.setSpacing(12)
        body.addLayout(self.cards_row)
        self.cards: list[LevelCard] = []
        self.card_group = QButtonGroup(self)
        self.card_group.setExclusive(False)  # we keep one chosen ourselves, and allow none
        self.card_group.idClicked.connect(self._card_clicked)

        self.evidence_label = QLabel()
        self.evidence_label.setWordWrap(True)  # a long question, in Spanish at large text
        self.evidence = QPlainTextEdit()
        self.evidence.setTabChangesFocus(True)
        self.evidence.setMinimumHeight(90)
        self.evidence.setMaximumHeight(160)
        self.evidence_label.setBuddy(self.evidence)
        self.evidence.textChanged.connect(self._evidence_edited)
        body.addWidget(self.evidence_label)
        body.addWidget(self.evidence)
        body.addStretch(1)

        scroll = CategoryScroll(content)
        outer.addWidget(scroll, 1)

        nav = QHBoxLayout()
        self.previous_button = QPushButton()
        self.previous_button.clicked.connect(self.previous_category)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_level)
        self.next_button = QPushButton()
        self.next_button.setProperty("primary", True)
        self.next_button.clicked.connect(self._next_clicked)
        self.summary_button = QPushButton()
        self.summary_button.clicked.connect(self._to_summary)
        nav.addWidget(self.previous_button)
        nav.addWidget(self.clear_button)
        nav.addStretch(1)
        nav.addWidget(self.summary_button)
        nav.addWidget(self.next_button)
        outer.addLayout(nav)

        for keys, slot in (("Alt+Left", self.previous_category), ("Alt+Right", self.next_category)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _build_cover(self) -> QWidget:
        """Shown between members on one laptop: the next person starts when ready, and the
        previous person's choices are not on screen."""
        cover = QWidget()
        layout = QVBoxLayout(cover)
        layout.setContentsMargins(48, 64, 48, 48)
        layout.setSpacing(16)
        self.cover_title = heading()
        self.cover_text = QLabel()
        self.cover_text.setWordWrap(True)
        self.cover_start = QPushButton()
        self.cover_start.setProperty("primary", True)
        self.cover_start.setMinimumHeight(48)
        self.cover_start.clicked.connect(self.start_turn)
        layout.addWidget(self.cover_title)
        layout.addWidget(self.cover_text)
        layout.addWidget(self.cover_start, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return cover

    def retranslate(self) -> None:
        self.rater_label.setText(self.tr("&Who is rating:"))
        self.rater_combo.setAccessibleName(self.tr("Who is rating"))
        self.indicators_heading.setText(self.tr("What it looks like"))
        self.levels_heading.setText(self.tr("Where are we? Choose a level (press its number)"))
        self.evidence_label.setText(
            self.tr("&Evidence: what is happening, or not happening, that puts us here?")
        )
        self.previous_button.setText(self.tr("← Previous"))
        self.previous_button.setToolTip(self.tr("Previous category (Left arrow or Alt+Left)"))
        self.next_button.setText(self.tr("Next →"))
        self.next_button.setToolTip(self.tr("Next category (Right arrow or Alt+Right)"))
        self.clear_button.setText(self.tr("Clear level"))
        self.summary_button.setText(self.tr("See summary"))
        self.progress.setAccessibleName(self.tr("Categories rated"))
        if self.assessment is not None:
            self._fill_raters()
            self.show_category()

    # ----- opening -----
    def open(self, assessment: Assessment) -> None:
        self.flush()
        self.assessment = assessment
        self.ratings = dict(assessment.ratings)
        pack = assessment.pack
        keys = [c.key for c in pack.categories]
        self.index = (
            keys.index(assessment.current_category) if (assessment.current_category in keys) else 0
        )
        raters = assessment.raters()
        self.rater = assessment.current_rater if assessment.current_rater in raters else raters[0]
        self._make_cards()
        self._fill_raters()
        self.show_category()
        self._cover_if_private()

    def _make_cards(self) -> None:
        assert self.assessment is not None
        for card in self.cards:
            self.card_group.removeButton(card)
            card.deleteLater()
        self.cards = []
        for level in self.assessment.pack.levels:
            card = LevelCard(level.value)
            self.card_group.addButton(card, level.value)
            self.cards_row.addWidget(card, 1)
            self.cards.append(card)

    def _fill_raters(self) -> None:
        assert self.assessment is not None
        self._loading = True
        self.rater_combo.clear()
        for member in self.assessment.present:
            self.rater_combo.addItem(
                self.tr("%1 (%2)")
                .replace("%1", member.display_name)
                .replace("%2", role_label(member.role)),
                member.id,
            )
        self.rater_combo.addItem(self.tr("The team (agreed level)"), TEAM)
        self.rater_combo.setCurrentIndex(max(0, self.rater_combo.findData(self.rater)))
        self._loading = False

    # ----- showing -----
    @property
    def category(self) -> Category:
        assert self.assessment is not None
        return self.assessment.pack.categories[self.index]

    def current_rating(self) -> Rating:
        key = self.category.key
        return self.ratings.get((self.rater, key)) or Rating(key, self.rater, None)

    def show_category(self) -> None:
        assessment = self.assessment
        if assessment is None:
            return
        lang = self.ctx.language
        pack = assessment.pack
        category = self.category
        total = len(pack.categories)
        section = pack.section_title(category.section)
        position = (
            self.tr("Category %1 of %2")
            .replace("%1", str(self.index + 1))
            .replace("%2", str(total))
        )
        self.position_label.setText(f"{section[lang]} · {position}" if section else position)
        self.title.setText(category.title[lang])
        self.summary.setText(category.summary[lang])
        show_bullets(self.indicators, (i.text[lang] for i in category.indicators))
        rating = self.current_rating()
        for card in self.cards:
            level = pack.level(card.value)
            accessible = (
                self.tr("Level %1 of %2: %3")
                .replace("%1", str(card.value))
                .replace("%2", str(len(pack.levels)))
                .replace("%3", level.label[lang])
            )
            card.set_texts(level.label[lang], category.descriptors[card.value][lang], accessible)
            card.setChecked(rating.level == card.value)
            card.set_mark(self.tr("✔ Chosen"))
        self._loading = True
        self.evidence.setPlainText(rating.evidence)
        self._loading = False
        self.evidence.setAccessibleName(
            self.tr("Evidence for %1").replace("%1", category.title[lang])
        )
        self.previous_button.setEnabled(self.index > 0)
        last = self.index == total - 1
        self.next_button.setEnabled(not last or self.rater != TEAM)
        if last and self.rater != TEAM:
            members = [m.id for m in assessment.present]
            more = self.rater in members and members.index(self.rater) < len(members) - 1
            self.next_button.setText(
                self.tr("Done: next member →") if more else self.tr("Done: to the team view →")
            )
        else:
            self.next_button.setText(self.tr("Next →"))
        self._show_progress()

    def _show_progress(self) -> None:
        assert self.assessment is not None
        keys = [c.key for c in self.assessment.pack.categories]
        rated = sum(
            1
            for k in keys
            if (r := self.ratings.get((self.rater, k))) is not None and r.level is not None
        )
        self.progress.setMaximum(len(keys))
        self.progress.setValue(rated)
        text = self.tr("%1 of %2 rated").replace("%1", str(rated)).replace("%2", str(len(keys)))
        self.progress_label.setText(text)
        self.progress.setAccessibleDescription(text)

    # ----- actions -----
    def choose_level(self, value: int | None) -> None:
        """Pick (or clear) the current rater's level for this category, and save it."""
        self._save(level=value, evidence=self.evidence.toPlainText())
        self.show_category()

    def clear_level(self) -> None:
        self.choose_level(None)

    def _card_clicked(self, value: int) -> None:
        self.choose_level(value)

    def _evidence_edited(self) -> None:
        if not self._loading:
            self.saved_label.setText("")
            self._evidence_timer.start()

    def save_evidence(self) -> None:
        self._evidence_timer.stop()
        if self.assessment is None:
            return
        text = self.evidence.toPlainText()
        if text != self.current_rating().evidence:
            self._save(level=self.current_rating().level, evidence=text)

    def flush(self) -> None:
        """Save typing not yet saved (before moving away or closing)."""
        self._evidence_timer.flush()

    def _save(self, level: int | None, evidence: str) -> None:
        assert self.assessment is not None
        key = self.category.key
        mine = Rating(key, self.rater, level, evidence)
        pack, language = self.assessment.pack, self.ctx.language
        assessment = self.assessment
        outcome = stale_edit.save_or_ask(
            self,
            lambda version: assessments.rate(
                self.ctx.roots,
                assessment,
                self.rater,
                key,
                level,
                evidence,
                expected_version=version,
            ),
            self.current_rating().version,
            lambda theirs: stale_edit.keep_mine(self, mine, theirs, pack, language),
        )
        if outcome.theirs is not None:
            self.ratings[(self.rater, key)] = outcome.theirs
            self.show_category()
            return
        if not outcome.ok or outcome.saved is None:
            return  # the error was shown; the text stays in the box: nothing is lost
        self.ratings[(self.rater, key)] = Rating(
            key, self.rater, level, evidence, version=outcome.saved.version
        )
        self.saved_label.setText(self.tr("Saved"))
        self.saved.emit()

    def go_to(self, index: int) -> None:
        if self.assessment is None:
            return
        index = max(0, min(index, len(self.assessment.pack.categories) - 1))
        if index == self.index:
            return
        self.flush()
        self.index = index
        self._remember()
        self.show_category()

    def next_category(self) -> None:
        self.go_to(self.index + 1)

    def previous_category(self) -> None:
        self.go_to(self.index - 1)

    def _rater_changed(self) -> None:
        if self._loading or self.assessment is None:
            return
        self.flush()
        self.rater = self.rater_combo.currentData()
        self._remember()
        self.show_category()
        self._cover_if_private()

    def _cover_if_private(self) -> None:
        """Before a member's turn (ratings not yet revealed), ask the laptop to be passed on."""
        assessment = self.assessment
        if assessment is None or assessment.revealed or self.rater == TEAM:
            self.stack.setCurrentWidget(self.body)
            return
        name = assessment.member_name(self.rater)
        self.cover_title.setText(self.tr("Pass the laptop to %1").replace("%1", name))
        self.cover_text.setText(
            self.tr(
                "Each member rates on their own first. What others chose is not shown, and your "
                "ratings stay private until the team reveals them together. %1, press Start when "
                "you are ready."
            ).replace("%1", name)
        )
        self.cover_start.setText(self.tr("Start rating as %1").replace("%1", name))
        self.stack.setCurrentWidget(self.cover)
        self.cover_start.setFocus()

    def start_turn(self) -> None:
        self.stack.setCurrentWidget(self.body)
        self.setFocus()

    @property
    def on_cover(self) -> bool:
        return self.stack.currentWidget() is self.cover

    def _next_clicked(self) -> None:
        assert self.assessment is not None
        if self.index < len(self.assessment.pack.categories) - 1:
            self.next_category()
        elif self.rater != TEAM:
            self.hand_over()

    def hand_over(self) -> None:
        """This member is done: on to the next member present, or to the team view."""
        assert self.assessment is not None
        self.flush()
        members = [m.id for m in self.assessment.present]
        following = members[members.index(self.rater) + 1 :] if self.rater in members else []
        if following:
            self.index = 0
            self.rater_combo.setCurrentIndex(self.rater_combo.findData(following[0]))
        else:
            self.team_view_requested.emit()

    def _remember(self) -> None:
        assert self.assessment is not None
        try:
            assessments.remember_place(
                self.ctx.roots, self.assessment.id, self.category.key, self.rater
            )
        except RootsError as error:
            log.warning("Could not remember the place in the walkthrough: %s", error)

    def _to_summary(self) -> None:
        self.flush()
        self.summary_requested.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.on_cover:  # nothing is chosen before the member has started their turn
            super().keyPressEvent(event)
            return
        if self.assessment is not None and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            value = key - Qt.Key.Key_0
            if value in {lv.value for lv in self.assessment.pack.levels}:
                self.choose_level(value)
                self.cards[value - 1].setFocus()
                return
        if key == Qt.Key.Key_Right:
            self.next_category()
            return
        if key == Qt.Key.Key_Left:
            self.previous_category()
            return
        super().keyPressEvent(event)
