"""The walkthrough: one category at a time, the levels as large cards, an evidence note.

The pager (widgets/category_pager.py, shared with the team view) gives the keys: a typed digit
picks a level, arrows move between the cards, Alt+Left/Alt+Right move between categories from
anywhere. Every change is saved at once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
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
from roots_app.ui.context import UiContext
from roots_app.ui.labels import role_label
from roots_app.ui.read_aloud import Piece, ReadAloudButton
from roots_app.ui.widgets.bullets import show_bullets
from roots_app.ui.widgets.category_pager import CategoryPager, CategorySheet
from roots_app.ui.widgets.debounce import Debounce
from roots_app.ui.widgets.elided import whole_text_in_tooltip
from roots_app.ui.widgets.flow import flow_row
from roots_app.ui.widgets.level_card import LevelCard
from roots_app.ui.widgets.retranslate import Retranslating, heading

log = logging.getLogger(__name__)


@dataclass
class _Parts:
    """The walkthrough's own widgets on one category's sheet."""

    summary: QLabel
    indicators_heading: QLabel
    indicators: QLabel
    evidence_label: QLabel
    evidence: QPlainTextEdit
    rater: str | None = None  # whose evidence the box holds


class WalkthroughPage(Retranslating, QWidget):
    summary_requested = Signal()
    team_view_requested = Signal()
    saved = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.assessment: Assessment | None = None
        self.ratings: dict[tuple[str, str], Rating] = {}
        self.rater = TEAM
        self._loading = False
        # Where the team is, saved once they stay on a category (or leave the page): a write
        # on every switch took a third of a frame, and more when the disk was busy.
        self._place = Debounce(self, self._remember)
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
        top.addWidget(self.rater_label)
        top.addWidget(self.rater_combo)
        rater = QWidget()
        rater.setLayout(top)
        top.setContentsMargins(0, 0, 0, 0)
        self.read_button = ReadAloudButton(self.ctx, self._reading_pieces)
        # Read aloud first, where the page starts; the row wraps rather than clip (Spanish,
        # large text).
        outer.addWidget(
            flow_row(self.read_button, rater, right=(self.progress_label, self.progress))
        )

        self.pager = CategoryPager(self, build_sheet=self._build_sheet, fill_sheet=self._fill_sheet)
        self.pager.moved.connect(self._moved)
        self.pager.moved.connect(self.read_button.stop)  # what was read is no longer shown
        self.pager.level_picked.connect(self.choose_level)
        self.pager.past_last.connect(self._past_last)
        self.pager.texts_paused.connect(self.save_evidence)
        outer.addWidget(self.pager, 1)
        outer.addWidget(self.read_button.note)  # why nothing is read, when it cannot be

        self.previous_button = self.pager.previous_button
        self.next_button = self.pager.next_button
        self.saved_label = self.pager.saved_label
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_level)
        self.summary_button = QPushButton()
        self.summary_button.clicked.connect(self._to_summary)
        self.pager.add_nav(self.clear_button)
        self.pager.add_nav(self.summary_button, before_next=True)
        self.pager.tab_order([self.read_button, self.rater_combo], [])

    def _build_sheet(self, sheet: CategorySheet) -> _Parts:
        """The summary, the indicators and the evidence box on one category's sheet."""
        summary = QLabel()
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        indicators_heading = heading("subheading")
        indicators = QLabel()
        indicators.setWordWrap(True)
        indicators.setTextFormat(Qt.TextFormat.RichText)  # a list (widgets.bullets)
        for widget in (summary, indicators_heading, indicators):
            sheet.above.addWidget(widget)
        evidence_label = QLabel()
        evidence_label.setWordWrap(True)  # a long question, in Spanish at large text
        evidence = QPlainTextEdit()
        evidence.setTabChangesFocus(True)
        evidence.setMinimumHeight(90)
        evidence.setMaximumHeight(160)
        evidence_label.setBuddy(evidence)
        self.pager.watch(evidence)
        sheet.below.addWidget(evidence_label)
        sheet.below.addWidget(evidence)
        sheet.after = [evidence]
        parts = _Parts(summary, indicators_heading, indicators, evidence_label, evidence)
        self._word_sheet(sheet, parts)
        return parts

    def _word_sheet(self, sheet: CategorySheet, parts: _Parts) -> None:
        """The texts of a sheet that are the same in every category."""
        parts.indicators_heading.setText(self.tr("What it looks like"))
        sheet.levels_heading.setText(self.tr("Where are we? Choose a level (press its number)"))
        parts.evidence_label.setText(
            self.tr("&Evidence: what is happening, or not happening, that puts us here?")
        )

    # The current category's sheet.
    @property
    def _parts(self) -> _Parts:
        parts: _Parts = self.pager.sheet.parts
        return parts

    @property
    def position_label(self) -> QLabel:
        return self.pager.position_label

    @property
    def title(self) -> QLabel:
        return self.pager.title

    @property
    def levels_heading(self) -> QLabel:
        return self.pager.levels_heading

    @property
    def summary(self) -> QLabel:
        return self._parts.summary

    @property
    def indicators_heading(self) -> QLabel:
        return self._parts.indicators_heading

    @property
    def indicators(self) -> QLabel:
        return self._parts.indicators

    @property
    def evidence_label(self) -> QLabel:
        return self._parts.evidence_label

    @property
    def evidence(self) -> QPlainTextEdit:
        return self._parts.evidence

    def _reading_pieces(self) -> list[Piece]:
        """The current category, as read aloud (title, what it looks like, the questions, the
        levels), each piece highlighted where the sheet shows it."""
        if self.assessment is None:
            return []
        parts = self._parts
        return self.read_button.category_pieces(
            self.assessment.pack,
            self.category,
            title=self.title,
            summary=parts.summary,
            indicators=parts.indicators,
            cards=self.cards,
        )

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
        self.pager.retranslate()
        self.rater_label.setText(self.tr("&Who is rating:"))
        self.rater_combo.setAccessibleName(self.tr("Who is rating"))
        self.pager.chosen_mark = self.tr("✔ Chosen")
        for sheet in self.pager.sheets():
            self._word_sheet(sheet, sheet.parts)
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
        self.pager.set_count(
            len(keys),
            keys.index(assessment.current_category) if (assessment.current_category in keys) else 0,
        )
        raters = assessment.raters()
        self.rater = assessment.current_rater if assessment.current_rater in raters else raters[0]
        self.pager.set_levels([level.value for level in pack.levels])
        self._fill_raters()
        self.show_category()
        self.pager.to_top()
        self._cover_if_private()

    @property
    def index(self) -> int:
        return self.pager.index

    @index.setter
    def index(self, value: int) -> None:
        self.pager.index = value

    @property
    def cards(self) -> list[LevelCard]:
        return self.pager.cards

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

    def _fill_sheet(self, sheet: CategorySheet, index: int) -> None:
        """The texts of category ``index`` on its sheet (before it is shown, or as it is)."""
        assessment = self.assessment
        if assessment is None:
            return
        lang = self.ctx.language
        pack = assessment.pack
        category = pack.categories[index]
        parts: _Parts = sheet.parts
        parts.summary.setText(category.summary[lang])
        show_bullets(parts.indicators, (i.text[lang] for i in category.indicators))
        section = pack.section_title(category.section)
        cards = [
            (
                level.value,
                level.label[lang],
                category.descriptors[level.value][lang],
                self.tr("Level %1 of %2: %3")
                .replace("%1", str(level.value))
                .replace("%2", str(len(pack.levels)))
                .replace("%3", level.label[lang]),
            )
            for level in pack.levels
        ]
        self.pager.fill(sheet, index, category.title[lang], cards, section[lang] if section else "")
        parts.evidence.setAccessibleName(
            self.tr("Evidence for %1").replace("%1", category.title[lang])
        )
        rating = self.ratings.get((self.rater, category.key))
        self.pager.mark_chosen(sheet, rating.level if rating is not None else None)
        evidence = rating.evidence if rating is not None else ""
        # A kept sheet's box may hold this text already: setting it again would lay it out
        # anew. Another member's box is always set again (their undo history is theirs).
        if parts.rater != self.rater or parts.evidence.toPlainText() != evidence:
            with self.pager.filling():
                parts.evidence.setPlainText(evidence)
            parts.rater = self.rater

    def show_category(self) -> None:
        assessment = self.assessment
        if assessment is None:
            return
        total = len(assessment.pack.categories)
        sheet = self.pager.sheet
        self._fill_sheet(sheet, self.index)
        self.pager.show_chosen(self.current_rating().level)
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

    def save_evidence(self) -> None:
        if self.assessment is None:
            return
        text = self.evidence.toPlainText()
        if text != self.current_rating().evidence:
            self._save(level=self.current_rating().level, evidence=text)

    def flush(self) -> None:
        """Save typing, and the place, not yet saved (before moving away or closing)."""
        self.pager.flush()
        self._place.flush()

    def _save(self, level: int | None, evidence: str) -> None:
        # Imported here: the app reopens an assessment on this page before its first paint,
        # and the service maps the ORM models (issue 14).
        from roots_app.services import assessments

        assert self.assessment is not None
        key = self.category.key
        mine = Rating(key, self.rater, level, evidence)
        assessment = self.assessment
        outcome = self.pager.save(
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
            mine,
            assessment.pack,
            self.ctx.language,
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
        self.saved.emit()

    def go_to(self, index: int) -> None:
        if self.assessment is not None:
            self.pager.go_to(index)

    def _moved(self) -> None:
        self._place.start()
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
        self.pager.to_top()
        self._cover_if_private()

    def _cover_if_private(self) -> None:
        """Before a member's turn (ratings not yet revealed), ask the laptop to be passed on."""
        assessment = self.assessment
        if assessment is None or assessment.revealed or self.rater == TEAM:
            self.stack.setCurrentWidget(self.body)
            self.setFocusProxy(None)
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
        # Focus goes to Start whenever the page takes it: the first cover is made before the
        # page is on screen, where setFocus alone is lost when the window focuses the page.
        self.setFocusProxy(self.cover_start)
        self.cover_start.setFocus()

    def start_turn(self) -> None:
        self.setFocusProxy(None)
        self.stack.setCurrentWidget(self.body)
        self.setFocus()

    @property
    def on_cover(self) -> bool:
        return self.stack.currentWidget() is self.cover

    def _past_last(self) -> None:
        if self.rater != TEAM:
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
        from roots_app.services import assessments

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
