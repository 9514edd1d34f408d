"""The team view: everyone's ratings side by side, the spread, and the team's agreed level.

Members' ratings stay hidden until the facilitator reveals them, so that on one shared laptop
nobody rates under the influence of those who went before.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from roots_app import settings
from roots_app.domain.assessment import TEAM, Assessment, Rating
from roots_app.domain.consensus import CategoryConsensus, consensus
from roots_app.domain.paper import PaperRating
from roots_app.errors import RootsError
from roots_app.services import assessments, sheets
from roots_app.ui import messages
from roots_app.ui.context import UiContext
from roots_app.ui.labels import number, role_label
from roots_app.ui.models.consensus_model import ConsensusModel, flag_texts
from roots_app.ui.read_aloud import Piece, ReadAloudButton
from roots_app.ui.widgets.bullets import show_bullets
from roots_app.ui.widgets.category_pager import CategoryPager
from roots_app.ui.widgets.flow import SideBySide, flow_row
from roots_app.ui.widgets.handwriting import HandwritingStrip, Scan
from roots_app.ui.widgets.page_scroll import scrolling_page
from roots_app.ui.widgets.retranslate import Retranslating, heading
from roots_app.ui.widgets.table_headers import fit_headings

log = logging.getLogger(__name__)

SHOW_NAMES, SHOW_ROLES, SHOW_NOBODY = "names", "roles", "anonymous"


class TeamViewPage(Retranslating, QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.assessment: Assessment | None = None
        self.picture: list[CategoryConsensus] = []
        self.scale_rows: list[tuple[QLabel, QLabel]] = []
        # What paper sheets said (issue 17), and the category's handwriting once read.
        self.paper: dict[tuple[str, str], PaperRating] = {}
        self.scans: dict[str, dict[tuple[str, str], bytes]] = {}
        self._build()
        self.retranslate()

    # ----- layout -----
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        self.title = heading()
        # The page's name keeps its words on one line (beside the controls it wrapped to a word
        # a line in Spanish meeting mode); the controls go beside it or under it, as room allows.
        self.title.setWordWrap(False)
        self.identity_label = QLabel()
        self.identity = QComboBox()
        self.identity_label.setBuddy(self.identity)
        self.identity.currentIndexChanged.connect(self._remember_identity)
        self.identity.currentIndexChanged.connect(self._redraw)
        self.reveal_button = QPushButton()
        self.reveal_button.clicked.connect(self.toggle_reveal)
        identity = QWidget()
        pair = QHBoxLayout(identity)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.addWidget(self.identity_label)
        pair.addWidget(self.identity)
        # Title and controls wrap under each other rather than clip (Spanish, large text).
        outer.addWidget(flow_row(self.title, right=(identity, self.reveal_button)))
        self.privacy = QLabel()
        self.privacy.setWordWrap(True)
        self.privacy.setProperty("role", "muted")
        outer.addWidget(self.privacy)

        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)

        # Tab 1: one category at a time. The spread sits beside the questions and the members'
        # evidence, so that the level choices under them are in view at 1280x800.
        agree_tab = QWidget()
        body = QVBoxLayout(agree_tab)
        self.pager = CategoryPager(
            self, compact=True, click_again_clears=True, title_role="subheading"
        )
        self.pager.moved.connect(self.show_category)
        self.read_button = ReadAloudButton(self.ctx, self._reading_pieces)
        self.pager.moved.connect(self.read_button.stop)  # what was read is no longer shown
        self.pager.add_nav(self.read_button)
        self.pager.level_picked.connect(self.agree_level)
        self.pager.texts_paused.connect(self.save_texts)
        self.previous_button = self.pager.previous_button
        self.next_button = self.pager.next_button
        self.position = self.pager.position_label
        self.category_title = self.pager.title
        self.saved = self.pager.saved_label
        self.stats = QLabel()
        self.stats.setWordWrap(True)
        self.flags = QLabel()
        self.flags.setWordWrap(True)
        self.flags.setTextFormat(Qt.TextFormat.PlainText)
        self.questions = QLabel()  # the pack's guiding questions, to open the conversation
        self.questions.setWordWrap(True)
        self.questions.setTextFormat(Qt.TextFormat.RichText)  # a list (widgets.bullets)
        self.scale_heading = heading("subheading")
        self.scale = QGridLayout()
        self.scale.setColumnStretch(1, 1)
        self.notes_heading = heading("subheading")
        # A read-only text box, not a label: it lays out only the lines on screen, which keeps
        # switching category within a frame for a team of 30 with long notes.
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(90)
        self.notes.setMaximumHeight(140)
        self.handwriting = HandwritingStrip()
        self.agree_heading = self.pager.levels_heading
        self.evidence_label = QLabel()
        self.evidence = QPlainTextEdit()
        self.evidence.setTabChangesFocus(True)
        self.evidence.setMaximumHeight(110)
        self.evidence_label.setBuddy(self.evidence)
        self.reason_label = QLabel()
        for label in (self.evidence_label, self.reason_label):
            label.setWordWrap(True)  # long in Spanish: at large text it ran off the right edge
        self.reason = QLineEdit()
        self.reason_label.setBuddy(self.reason)
        self.pager.watch(self.evidence, self.reason)
        spread = SideBySide()  # one column under the other at large text on a small screen
        standing = QVBoxLayout()
        talk = QVBoxLayout()
        for widget in (self.stats, self.flags, self.scale_heading):
            standing.addWidget(widget)
        standing.addLayout(self.scale)
        for widget in (self.questions, self.notes_heading, self.notes, self.handwriting):
            talk.addWidget(widget)
        for column in (standing, talk):
            column.setSpacing(8)
            column.addStretch(1)
            spread.add_column(column)
        self.pager.above.addWidget(spread)
        for widget in (self.evidence_label, self.evidence, self.reason_label, self.reason):
            self.pager.below.addWidget(widget)
        self.pager.tab_order([self.notes], [self.evidence, self.reason])
        body.addWidget(self.pager, 1)
        body.addWidget(self.read_button.note)  # why nothing is read, when it cannot be
        self.tabs.addTab(agree_tab, "")

        # Tab 2: the wheel (QtCharts is loaded only when the tab is first shown).
        self.wheel_tab = QWidget()
        # Its note is long at 200 % text: the tab scrolls rather than squeeze it.
        self.wheel_layout = scrolling_page(self.wheel_tab)
        self.wheel = None
        self.wheel_note = QLabel()
        self.wheel_note.setWordWrap(True)
        self.wheel_note.setProperty("role", "muted")
        self.wheel_layout.addWidget(self.wheel_note)
        self.tabs.addTab(self.wheel_tab, "")

        # Tab 3: the same numbers as a table (the wheel's accessible equivalent).
        self.table_model = ConsensusModel()
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._table_opened)
        fit_headings(self.table)
        self.tabs.addTab(self.table, "")
        self.tabs.currentChanged.connect(self._tab_changed)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Team view"))
        self.identity_label.setText(self.tr("&Show:"))
        self.identity.setAccessibleName(self.tr("How members are shown"))
        current = self.identity.currentData() or SHOW_NAMES
        self.identity.blockSignals(True)
        self.identity.clear()
        self.identity.addItem(self.tr("Names"), SHOW_NAMES)
        self.identity.addItem(self.tr("Roles only"), SHOW_ROLES)
        self.identity.addItem(self.tr("Nobody (anonymous)"), SHOW_NOBODY)
        self.identity.setCurrentIndex(max(0, self.identity.findData(current)))
        self.identity.blockSignals(False)
        self.tabs.setTabText(0, self.tr("Agree, one category at a time"))
        self.tabs.setTabText(1, self.tr("Wheel"))
        self.tabs.setTabText(2, self.tr("Table"))
        self.tabs.setAccessibleName(self.tr("Team view"))
        self.table.setAccessibleName(self.tr("Spread and agreed level of every category"))
        self.pager.chosen_mark = self.tr("✔ Agreed")
        self.scale_heading.setText(self.tr("Where members stand"))
        self.notes_heading.setText(self.tr("Members' evidence"))
        self.notes.setAccessibleName(self.tr("Members' evidence"))
        self.agree_heading.setText(self.tr("Agree as a team (press the level's number)"))
        self.evidence_label.setText(self.tr("Agreed &evidence: what did the team see?"))
        self.reason_label.setText(
            self.tr("&Why this level (for example, if it differs from the median):")
        )
        self.wheel_note.setText(
            self.tr(
                "The thick line is the agreed level of each category. Dashed and dotted lines "
                "show the lowest and highest member level; circles are single members' levels. "
                "The Table tab has the same numbers."
            )
        )
        self.pager.retranslate()
        self._redraw()

    # ----- data -----
    def open(self, assessment: Assessment) -> None:
        self.flush()
        same_pack = self.assessment is not None and self.assessment.pack.ref == assessment.pack.ref
        self.assessment = assessment
        self._read_paper()
        self.pager.set_count(len(assessment.pack.categories))
        shown = settings.shown_members(self.ctx.roots.settings, assessment.id)
        self.identity.blockSignals(True)  # as chosen for this assessment before
        self.identity.setCurrentIndex(max(0, self.identity.findData(shown)))
        self.identity.blockSignals(False)
        if not same_pack:
            self._make_level_buttons()
        self._redraw()
        self.pager.to_top()

    @property
    def index(self) -> int:
        return self.pager.index

    def reload(self) -> None:
        if self.assessment is not None:
            self.assessment = assessments.load(self.ctx.roots, self.assessment.id)
            self._read_paper()
            self._redraw()

    def _read_paper(self) -> None:
        """Which ratings came from paper sheets; the scans themselves are read per category."""
        assert self.assessment is not None
        try:
            self.paper = sheets.paper_ratings(self.ctx.roots, self.assessment.id)
        except RootsError:  # the ratings still show, without their paper marks
            log.warning("Could not read the paper sheets' ratings", exc_info=True)
            self.paper = {}
        self.scans = {}
        self.handwriting.forget()

    def from_paper(self, member_id: str, key: str) -> PaperRating | None:
        """What paper said for this rating, when its level (as saved now) came from a sheet."""
        assert self.assessment is not None
        said = self.paper.get((member_id, key))
        level = self.assessment.rating(member_id, key).level
        return said if said is not None and said.is_source_of(level) else None

    def _category_scans(self, key: str) -> dict[tuple[str, str], bytes]:
        assert self.assessment is not None
        if key not in self.scans:
            try:
                self.scans[key] = sheets.handwriting(self.ctx.roots, self.assessment.id, key)
            except RootsError:
                log.warning("Could not read the handwritten evidence", exc_info=True)
                return {}
        return self.scans[key]

    def _show_handwriting(self, key: str, who: dict[str, str]) -> None:
        assert self.assessment is not None
        written = [
            m
            for m in self.assessment.present
            if (said := self.paper.get((m.id, key))) and said.handwriting
        ]
        found = self._category_scans(key) if written else {}
        named = (self.identity.currentData() or SHOW_NAMES) == SHOW_NAMES
        shown = []
        for member in written:
            image = found.get((member.id, key))
            if image is None:
                continue
            rating = self.assessment.rating(member.id, key)
            sheet_no = self.paper[(member.id, key)].sheet_no
            # The sheet's number is left out unless names are shown: it tells who wrote it.
            if named and sheet_no is not None:
                name = (
                    self.tr("Handwritten evidence from Sheet %1, by %2")
                    .replace("%1", str(sheet_no))
                    .replace("%2", who[member.id])
                )
            else:
                name = self.tr("Handwritten evidence from a paper sheet, by %1").replace(
                    "%1", who[member.id]
                )
            level = "-" if rating.level is None else str(rating.level)
            shown.append(Scan(image, f"{who[member.id]} ({level})", name))
        self.handwriting.show_scans(
            shown, self.tr("Handwritten on paper sheets: select one to see it larger.")
        )
        self.pager.tab_order([self.notes, *self.handwriting.shown], [self.evidence, self.reason])

    def _make_level_buttons(self) -> None:
        assert self.assessment is not None
        self.pager.set_levels([level.value for level in self.assessment.pack.levels])
        # One row per level, made once and refilled: making labels anew on every category
        # switch (style sheet polish included) cost most of a frame.
        while self.scale.count():
            item = self.scale.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.scale_rows: list[tuple[QLabel, QLabel]] = []
        for row in range(len(self.assessment.pack.levels)):
            label, people = QLabel(), QLabel()
            for widget in (label, people):
                widget.setTextFormat(Qt.TextFormat.PlainText)
            people.setWordWrap(True)
            self.scale.addWidget(label, row, 0)
            self.scale.addWidget(people, row, 1)
            self.scale_rows.append((label, people))

    def _remember_identity(self) -> None:
        """Names, roles only or nobody: kept per assessment; the summary and PDF follow it."""
        mode = self.identity.currentData()
        if self.assessment is None or mode is None:
            return
        settings.remember_shown_members(self.ctx.roots.settings, self.assessment.id, mode)
        self.ctx.roots.save_settings()

    def who(self) -> dict[str, str]:
        """How each member is named on screen, as the facilitator chose."""
        if self.assessment is None:
            return {}
        mode = self.identity.currentData() or SHOW_NAMES
        out = {}
        for position, member in enumerate(sorted(self.assessment.present, key=lambda m: m.id), 1):
            if mode == SHOW_NAMES:
                out[member.id] = member.display_name
            elif mode == SHOW_ROLES:
                out[member.id] = role_label(member.role)
            else:
                out[member.id] = self.tr("Member %1").replace("%1", str(position))
        return out

    @property
    def show_members(self) -> bool:
        return self.assessment is not None and self.assessment.revealed

    def _redraw(self) -> None:
        assessment = self.assessment
        if assessment is None:
            self.privacy.setText(self.tr("Open an assessment to see the team view."))
            self.tabs.setEnabled(False)
            self.reveal_button.setEnabled(False)
            return
        self.tabs.setEnabled(True)
        self.reveal_button.setEnabled(True)
        self.picture = consensus(assessment)
        finished = sum(
            1 for m in assessment.present if assessment.rated_count(m.id) == len(self.picture)
        )
        done = self.tr(
            "%1 of %n member(s) have rated every category.", "", len(assessment.present)
        ).replace("%1", str(finished))
        if assessment.revealed:
            self.reveal_button.setText(self.tr("Hide members' ratings"))
            self.privacy.setText(done)
        else:
            self.reveal_button.setText(self.tr("Reveal members' ratings"))
            self.privacy.setText(
                self.tr(
                    "Members' ratings are private until you reveal them, so that nobody is "
                    "swayed by those who rated before. %1"
                ).replace("%1", done)
            )
        self.table_model.set_picture(
            assessment, self.picture, self.ctx.language, self.who(), self.show_members
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.table_model.columnCount()):
            self.table.horizontalHeader().setSectionResizeMode(
                col, QHeaderView.ResizeMode.ResizeToContents
            )
        self.show_category()
        if self.wheel is not None:
            self._draw_wheel()

    def show_category(self) -> None:
        assessment = self.assessment
        if assessment is None:
            return
        lang = self.ctx.language
        pack = assessment.pack
        category = pack.categories[self.index]
        seen = self.picture[self.index]
        who = self.who()
        show_bullets(
            self.questions,
            (q[lang] for q in category.questions),
            self.tr("Questions to talk about:"),
        )
        self.questions.setVisible(bool(category.questions))
        if self.show_members:
            median = number(seen.median)
            spread = (
                "-"
                if seen.lowest is None
                else (
                    str(seen.lowest)
                    if seen.lowest == seen.highest
                    else f"{seen.lowest}–{seen.highest}"
                )
            )
            self.stats.setText(
                self.tr("Spread: %1 · Median: %2 · %3 of %4 rated")
                .replace("%1", spread)
                .replace("%2", median)
                .replace("%3", str(len(seen.levels)))
                .replace("%4", str(len(assessment.present)))
            )
            flags = flag_texts(seen, who)
            self.flags.setText(
                ("⚠ " + " · ".join(flags))
                if flags
                else self.tr("✔ Members are close: agree and move on.")
            )
            # A rating from a paper sheet says so in words, not by a colour (issue 17).
            paper = self.tr("paper", "a rating that came from a paper sheet")
            on_paper = {m.id for m in assessment.present if self.from_paper(m.id, category.key)}
            for (label, people), level in zip(self.scale_rows, reversed(pack.levels), strict=True):
                label.setText(f"{level.value} · {level.label[lang]}")
                members = [m for m, v in seen.levels.items() if v == level.value]
                names = [f"{who[m]} ({paper})" if m in on_paper else who[m] for m in members]
                people.setText(("●" * len(names) + "  " + ", ".join(names)) if names else "")
                people.setToolTip(
                    self.tr("(paper): this member's rating came from a paper sheet.")
                    if on_paper.intersection(members)
                    else ""
                )
            notes = []
            for member in assessment.present:
                rating = assessment.rating(member.id, category.key)
                if rating.evidence.strip():
                    level = "-" if rating.level is None else str(rating.level)
                    if member.id in on_paper:
                        level += f", {paper}"
                    notes.append(f"{who[member.id]} ({level}): {rating.evidence.strip()}")
            self.notes.setPlainText("\n\n".join(notes) or self.tr("No notes for this category."))
            self._show_handwriting(category.key, who)
        for label, people in self.scale_rows:
            label.setVisible(self.show_members)
            people.setVisible(self.show_members)
        if not self.show_members:
            self.stats.setText(self.tr("Members' ratings are hidden."))
            self.flags.setText("")
            self.notes.setPlainText(self.tr("Hidden until the ratings are revealed."))
            self._show_handwriting_none()
        agreed = assessment.rating(TEAM, category.key)
        cards = [
            (
                level.value,
                level.label[lang],
                category.descriptors[level.value][lang],
                self.tr("Agree on level %1 of %2: %3")
                .replace("%1", str(level.value))
                .replace("%2", str(len(pack.levels)))
                .replace("%3", level.label[lang]),
            )
            for level in pack.levels
        ]
        self.pager.show_category(category.title[lang], cards, agreed.level)
        with self.pager.filling():
            self.evidence.setPlainText(agreed.evidence)
            self.reason.setText(agreed.reason)
        self.evidence.setAccessibleName(self.tr("Agreed evidence"))
        self.reason.setAccessibleName(self.tr("Why this level"))

    def _show_handwriting_none(self) -> None:
        self.handwriting.show_scans([], "")
        self.pager.tab_order([self.notes], [self.evidence, self.reason])

    def _reading_pieces(self) -> list[Piece]:
        """The current category, as read aloud (title, what it looks like, the questions, the
        levels to agree on), highlighted where the page shows it."""
        if self.assessment is None:
            return []
        pack = self.assessment.pack
        return self.read_button.category_pieces(
            pack,
            pack.categories[self.index],
            title=self.category_title,
            questions=self.questions,
            cards=self.pager.cards,
        )

    def _draw_wheel(self) -> None:
        assert self.assessment is not None
        from roots_app.ui.widgets.wheel import WheelView  # QtCharts loads on first use

        if self.wheel is None:
            self.wheel = WheelView()
            self.wheel_layout.insertWidget(0, self.wheel, 1)
        self.wheel.show_wheel(
            self.assessment,
            self.picture,
            self.ctx.language,
            {
                "lowest": self.tr("Lowest member level"),
                "highest": self.tr("Highest member level"),
                "members": self.tr("A member's level"),
                "agreed": self.tr("Agreed level"),
                "title": self.tr("Wheel of agreed levels"),
            },
            self.show_members,
        )
        self.wheel.setAccessibleDescription(self.wheel_summary())

    def wheel_summary(self) -> str:
        """What the wheel shows, in words, for screen readers."""
        assert self.assessment is not None
        parts = []
        for category, seen in zip(self.assessment.pack.categories, self.picture, strict=True):
            agreed = "-" if seen.agreed is None else str(seen.agreed)
            parts.append(f"{category.title[self.ctx.language]}: {agreed}")
        return "; ".join(parts)

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self.assessment is not None:
            self._draw_wheel()

    def _table_opened(self, index) -> None:  # type: ignore[no-untyped-def]
        self.tabs.setCurrentIndex(0)
        self.go_to(index.row())

    # ----- actions -----
    def toggle_reveal(self) -> None:
        if self.assessment is None:
            return
        try:
            assessments.set_revealed(
                self.ctx.roots, self.assessment.id, not self.assessment.revealed
            )
        except RootsError as error:
            messages.show_error(self, error)
            return
        self.reload()

    def go_to(self, index: int) -> None:
        if self.assessment is not None:
            self.pager.go_to(index)

    def agree_level(self, value: int | None) -> None:
        """Agree (or, with None, clear) the team's level for this category, and save it."""
        if self.assessment is not None:
            self._save(value)

    def save_texts(self) -> None:
        if self.assessment is None:
            return
        key = self.assessment.pack.categories[self.index].key
        agreed = self.assessment.rating(TEAM, key)
        if (self.evidence.toPlainText(), self.reason.text()) != (agreed.evidence, agreed.reason):
            self._save(agreed.level)

    def flush(self) -> None:
        self.pager.flush()

    def _save(self, level: int | None) -> None:
        assert self.assessment is not None
        key = self.assessment.pack.categories[self.index].key
        shown = self.assessment.ratings.get((TEAM, key))
        expected = shown.version if shown is not None else 0
        evidence, reason = self.evidence.toPlainText(), self.reason.text()
        mine = Rating(key, TEAM, level, evidence, reason)
        assessment = self.assessment
        outcome = self.pager.save(
            lambda version: assessments.agree(
                self.ctx.roots, assessment, key, level, evidence, reason, version
            ),
            expected,
            mine,
            assessment.pack,
            self.ctx.language,
        )
        if outcome.ok or outcome.theirs is not None:
            self.reload()  # what is stored now (theirs, if the person took theirs), on screen
        # else the error was shown; what was typed stays on screen
