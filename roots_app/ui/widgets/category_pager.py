"""One category at a time: the part the walkthrough and the team view share.

The pager owns what both pages do alike, so that a fix lands once: the position and title, the
level cards (exactly the stored level is shown chosen), the keys, Previous/Next, the debounced
save of typed text, the stale-edit check, and where a category opens (at its top, and after a
keyboard move with the focus on the cards, where number keys rate). The page adds its own
widgets above and below the cards and decides what a choice saves.

Sheets: a page that gives ``build_sheet`` gets one sheet (scroll area, title, its widgets,
cards) per category, made on the first visit and kept, so that moving back to a category only
shows its sheet (a switch relaid and measured all the wrapped text: issue 14); what changes
(texts, the chosen card, the evidence) is set again when a sheet is shown, and setting a text a
label already shows costs nothing. With ``fill_sheet`` too, the sheets of the categories next
to the one shown are made, filled and laid out while the page is idle, so that the first visit
is a showing too. Without ``build_sheet``, one sheet serves every category.

Keys: a digit as typed (top row, keypad, or with Shift where the layout needs it) picks a level;
with Ctrl, Alt or Meta it does nothing. On a card the arrows move between the cards and Space or
Enter choose; elsewhere Left/Right move between categories; Alt+Left/Alt+Right from anywhere.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPixmap, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from roots_app.domain.assessment import Rating
from roots_app.domain.rubric import RubricPack
from roots_app.ui.dialogs import stale_edit
from roots_app.ui.widgets.category_scroll import CategoryScroll
from roots_app.ui.widgets.debounce import Debounce
from roots_app.ui.widgets.flow import EqualRow, FlowLayout, wrapping
from roots_app.ui.widgets.level_card import LevelCard
from roots_app.ui.widgets.retranslate import heading

T = TypeVar("T")

# (value, label, descriptor, accessible name) of one level card.
CardText = tuple[int, str, str, str]

_COMMAND_KEYS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_BACK = (Qt.Key.Key_Left, Qt.Key.Key_Up)
_FORWARD = (Qt.Key.Key_Right, Qt.Key.Key_Down)


def typed_digit(event: QKeyEvent) -> int | None:
    """The digit a key press types, judged by its text: Ctrl/Alt/Meta combinations are not
    typing (Ctrl+3 must not rate), while the keypad and a Shift some layouts need are."""
    text = event.text()
    if event.modifiers() & _COMMAND_KEYS or len(text) != 1 or not text.isdigit():
        return None
    return int(text)


class CategorySheet(CategoryScroll):
    """One category's page: position, title, the page's widgets around the cards, scrolling."""

    def __init__(self, title_role: str, spacing: int) -> None:
        content = QWidget()
        super().__init__(content)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(10)
        self.position_label = QLabel()
        self.position_label.setProperty("role", "muted")
        self.position_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title = heading(title_role)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.position_label)
        column.addWidget(self.title)
        self.above = QVBoxLayout()  # the page's widgets between the title and the cards
        self.above.setSpacing(10)
        column.addLayout(self.above)
        self.levels_heading = heading("subheading")
        column.addWidget(self.levels_heading)
        # Equal widths in one row, onto balanced lines when a card would be narrower than its
        # longest word (large text, long Spanish level names).
        self.cards_row = EqualRow(spacing=spacing)
        column.addLayout(self.cards_row)
        self.below = QVBoxLayout()  # the page's widgets under the cards
        self.below.setSpacing(10)
        column.addLayout(self.below)
        column.addStretch(1)
        self.card_group = QButtonGroup(self)
        self.card_group.setExclusive(False)  # we keep one chosen ourselves, and allow none
        self.cards: list[LevelCard] = []
        self.after: list[QWidget] | None = None  # the page's widgets after the cards (Tab)
        self.parts: Any = None  # what the page's build_sheet made


class CategoryPager(QWidget):
    """Position, title, the page's widgets around the level cards, and Previous/Next.

    The page calls ``retranslate`` from its own, before it shows the category again (so that
    the page's own Next text, such as "Done: next member", is not overwritten).
    ``build_sheet`` adds the page's widgets to a new sheet (one per category), and returns
    what the page keeps of them (``sheet.parts``); ``fill_sheet(sheet, index)`` sets the
    texts of category ``index`` on a sheet not shown (see the module's docstring)."""

    moved = Signal()  # the index changed: the page shows the new category
    level_picked = Signal(object)  # a level (int) to save, or None to clear it
    past_last = Signal()  # Next on the last category (the walkthrough hands over)
    texts_paused = Signal()  # typing paused, or must be saved now: the page saves its texts

    def __init__(
        self,
        host: QWidget,
        *,
        compact: bool = False,
        click_again_clears: bool = False,
        title_role: str = "heading",
        build_sheet: Callable[[CategorySheet], Any] | None = None,
        fill_sheet: Callable[[CategorySheet, int], None] | None = None,
    ) -> None:
        super().__init__(host)
        self.host = host
        self.compact = compact
        self.click_again_clears = click_again_clears
        self.index = 0
        self.count = 0
        self.chosen: int | None = None  # the level shown as chosen: what is stored
        self.loading = False
        self.chosen_mark = ""
        self._title_role = title_role
        self._build_sheet = build_sheet
        self._fill_sheet = fill_sheet
        self._preparing = QTimer(self)  # makes the next sheets when the page is idle
        self._preparing.setSingleShot(True)
        self._preparing.setInterval(0)
        self._preparing.timeout.connect(self._prepare)
        self._painted = False  # the next sheets are made once the pager has been drawn
        self._levels: list[int] = []
        self._sheets: dict[int, CategorySheet] = {}
        self._shown: CategorySheet | None = None
        # Made while idle in three turns (each under a frame): the sheet and its cards, then
        # the page's own widgets and the texts, then laid out and drawn.
        self._to_build: tuple[CategorySheet, int] | None = None  # a sheet, its category
        self._to_draw: CategorySheet | None = None
        self._typing = Debounce(self, self.texts_paused.emit)
        self._before: list[QWidget] = []
        self._after: list[QWidget] = []
        self._build()
        host.installEventFilter(self)  # keys typed anywhere on the page
        for keys, step in (("Alt+Left", -1), ("Alt+Right", 1)):
            shortcut = QShortcut(QKeySequence(keys), host)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.step_by_key(step))
        self.retranslate()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        self.stack = QStackedWidget()  # the sheets
        outer.addWidget(self.stack, 1)
        self._single = None if self._build_sheet else self._new_sheet()

        # The bottom row wraps rather than squeeze its buttons (Spanish, large text): Previous
        # and the quiet "Saved" on the left, Next (and what goes before it) at the right edge.
        self.nav_row = QWidget()
        self.nav = FlowLayout(self.nav_row)
        wrapping(self.nav_row)
        self.previous_button = QPushButton()
        self.previous_button.clicked.connect(lambda: self.go_to(self.index - 1))
        self.next_button = QPushButton()
        self.next_button.setProperty("primary", True)
        self.next_button.clicked.connect(self._next_clicked)
        self.saved_label = QLabel()  # the quiet "Saved"
        self.saved_label.setProperty("role", "muted")
        self.nav.add_widget(self.previous_button)
        self.nav.add_widget(self.saved_label)
        self.nav.add_widget(self.next_button, right=True)
        outer.addWidget(self.nav_row)
        self._nav_buttons: list[QWidget] = [self.previous_button, self.next_button]

    def retranslate(self) -> None:
        self.previous_button.setText(self.tr("← Previous"))
        self.previous_button.setToolTip(self.tr("Previous category (Alt+Left)"))
        self.next_button.setText(self.tr("Next →"))
        self.next_button.setToolTip(self.tr("Next category (Alt+Right)"))

    def add_nav(self, widget: QWidget, before_next: bool = False) -> None:
        """A page's own button in the bottom row: after Previous, or just before Next."""
        if before_next:
            self.nav.insert_widget(self.nav.index_of(self.next_button), widget, right=True)
            self._nav_buttons.insert(len(self._nav_buttons) - 1, widget)
        else:
            self.nav.insert_widget(self.nav.index_of(self.saved_label), widget)
            self._nav_buttons.insert(1, widget)

    def tab_order(self, before: Sequence[QWidget], after: Sequence[QWidget]) -> None:
        """The Tab order: ``before``, the cards, ``after``, then the bottom row."""
        self._before, self._after = list(before), list(after)
        self._order_tabs()

    def _order_tabs(self, sheet: CategorySheet | None = None) -> None:
        sheet = sheet or self.sheet
        after = self._after if sheet.after is None else sheet.after
        chain = [*self._before, *sheet.cards, *after, *self._nav_buttons]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ----- the sheets -----
    def _new_sheet(self) -> CategorySheet:
        sheet = self._bare_sheet()
        self._built(sheet)
        return sheet

    def _bare_sheet(self) -> CategorySheet:
        """A sheet and its cards, without the page's own widgets yet (see _built)."""
        sheet = CategorySheet(self._title_role, 6 if self.compact else 10)
        sheet.card_group.idClicked.connect(self._card_clicked)
        self._make_cards(sheet)
        self.stack.addWidget(sheet)
        return sheet

    def _built(self, sheet: CategorySheet) -> None:
        """The page's own widgets on ``sheet`` (build_sheet)."""
        if self._build_sheet is not None:
            sheet.parts = self._build_sheet(sheet)

    @property
    def sheet(self) -> CategorySheet:
        """The current category's sheet, shown (made on the first visit)."""
        if self._single is not None:
            return self._single
        sheet = self._sheets.get(self.index)
        if sheet is None:
            sheet = self._sheets[self.index] = self._new_sheet()
        elif self._to_build is not None and self._to_build[0] is sheet:
            self._to_build = None  # visited before its idle turn came: built now
            self._built(sheet)
        if self._shown is not sheet:
            self._shown = sheet
            self.stack.setCurrentWidget(sheet)
            self._order_tabs(sheet)
        return sheet

    def _prepare(self) -> None:
        """Make the next sheet not made yet (the next category first, then the previous
        one), on three turns of the event loop: the sheet and its cards; the page's widgets
        and the category's texts; its layout and drawing. Each step takes under a frame, so a
        key press waits behind a few milliseconds at most (all in one step took up to 31 ms,
        the first two together up to 21 ms: issue 14)."""
        if self._fill_sheet is None or not self.isVisible() or self._shown is None:
            return
        if not self._painted:  # after the first paint: the app may open on this page (issue 14)
            return
        sheet = self._to_draw
        if sheet is not None:
            self._to_draw = None
            # Laid out and drawn once off screen, as it will show (rendering a hidden widget
            # lays it out; the first drawing of its texts is the costly one).
            sheet.resize(self._shown.size())
            if not sheet.size().isEmpty():
                sheet.render(QPixmap(sheet.size()))
            self._preparing.start()
            return
        if self._to_build is not None:
            sheet, index = self._to_build
            self._to_build = None
            self._built(sheet)
            self._fill_sheet(sheet, index)
            sheet.ensurePolished()  # the fonts and margins of the style sheet
            self._to_draw = sheet
            self._preparing.start()
            return
        for index in (self.index + 1, self.index - 1):
            if 0 <= index < self.count and index not in self._sheets:
                sheet = self._sheets[index] = self._bare_sheet()
                self._to_build = (sheet, index)
                self._preparing.start()
                return

    def sheets(self) -> list[CategorySheet]:
        """Every sheet made so far (not one waiting for its widgets: they come worded)."""
        if self._single is not None:
            return [self._single]
        waiting = self._to_build[0] if self._to_build is not None else None
        return [sheet for sheet in self._sheets.values() if sheet is not waiting]

    def drop_sheets(self) -> None:
        """Forget the sheets made (another assessment or rubric): made again when visited."""
        for sheet in self._sheets.values():
            self.stack.removeWidget(sheet)
            sheet.setParent(None)  # off screen now, even before the event loop deletes it
            sheet.deleteLater()
        self._sheets = {}
        self._shown = None
        self._to_build = None
        self._to_draw = None

    # The current sheet's parts.
    @property
    def position_label(self) -> QLabel:
        return self.sheet.position_label

    @property
    def title(self) -> QLabel:
        return self.sheet.title

    @property
    def above(self) -> QVBoxLayout:
        return self.sheet.above

    @property
    def below(self) -> QVBoxLayout:
        return self.sheet.below

    @property
    def levels_heading(self) -> QLabel:
        return self.sheet.levels_heading

    @property
    def scroll(self) -> CategorySheet:
        return self.sheet

    @property
    def cards(self) -> list[LevelCard]:
        return self.sheet.cards

    # ----- the cards -----
    def set_levels(self, values: Sequence[int]) -> None:
        """One card per level (when the rubric changes)."""
        self._levels = list(values)
        if self._single is None:
            self.drop_sheets()
            return
        self._make_cards(self._single)
        self._order_tabs(self._single)

    def _make_cards(self, sheet: CategorySheet) -> None:
        for card in sheet.cards:
            sheet.card_group.removeButton(card)
            sheet.cards_row.removeWidget(card)
            card.setParent(None)  # off screen now, even before the event loop deletes it
            card.deleteLater()
        sheet.cards = []
        for value in self._levels:
            card = LevelCard(value, compact=self.compact)
            card.installEventFilter(self)  # arrows move between the cards
            sheet.card_group.addButton(card, value)
            sheet.cards_row.addWidget(card, 1)
            sheet.cards.append(card)

    def card(self, value: int) -> LevelCard | None:
        return next((c for c in self.cards if c.value == value), None)

    def show_category(
        self, title: str, cards: Sequence[CardText], chosen: int | None, section: str = ""
    ) -> None:
        """Show the current category; exactly ``chosen`` (the stored level) is marked."""
        self.fill(self.sheet, self.index, title, cards, section)
        self.show_chosen(chosen)

    def show_chosen(self, chosen: int | None) -> None:
        """Show the current category's sheet (its texts filled) with ``chosen`` marked."""
        sheet = self.sheet
        self.chosen = chosen
        self.mark_chosen(sheet, chosen)
        if not any(card.hasFocus() for card in sheet.cards):
            self._one_tab_stop()
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < self.count - 1)
        if self._fill_sheet is not None:
            self._preparing.start()

    def mark_chosen(self, sheet: CategorySheet, chosen: int | None) -> None:
        """Exactly the card of ``chosen`` marked on ``sheet`` (shown or not: a mark shown or
        hidden makes the cards measure again, better done before a sheet shows)."""
        for card in sheet.cards:
            card.setChecked(card.value == chosen)
            card.set_mark(self.chosen_mark)

    def fill(
        self,
        sheet: CategorySheet,
        index: int,
        title: str,
        cards: Sequence[CardText],
        section: str = "",
    ) -> None:
        """The texts of category ``index`` on ``sheet`` (shown or not)."""
        position = (
            self.tr("Category %1 of %2")
            .replace("%1", str(index + 1))
            .replace("%2", str(self.count))
        )
        sheet.position_label.setText(f"{section} · {position}" if section else position)
        sheet.title.setText(title)
        texts = {value: rest for value, *rest in cards}
        for card in sheet.cards:
            if card.value in texts:
                card.set_texts(*texts[card.value])

    def _card_clicked(self, value: int) -> None:
        if self.click_again_clears and value == self.chosen:
            self.level_picked.emit(None)
        else:
            self.level_picked.emit(value)
        card = self.card(value)  # the click toggled it; the stored level is what shows
        if card is not None:
            card.setChecked(value == self.chosen)
            card.set_mark(self.chosen_mark)

    def _home_card(self) -> LevelCard | None:
        """The card Tab lands on: the chosen one, else the first."""
        card = self.card(self.chosen) if self.chosen is not None else None
        return card or (self.cards[0] if self.cards else None)

    def _one_tab_stop(self) -> None:
        # The cards are one stop in the Tab order, like a group of radio buttons (Qt keeps it
        # so for buttons in a group once one has had the focus); arrows move between them.
        home = self._home_card()
        for card in self.cards:
            policy = Qt.FocusPolicy.StrongFocus if card is home else Qt.FocusPolicy.ClickFocus
            card.setFocusPolicy(policy)

    def focus_cards(self) -> None:
        """Focus where number keys rate: the chosen card, else the first."""
        home = self._home_card()
        if home is not None:
            home.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----- moving -----
    def set_count(self, count: int, index: int | None = None) -> None:
        self.count = count
        self.index = max(0, min(self.index if index is None else index, count - 1))

    def go_to(self, index: int) -> bool:
        """Move to another category (saving typing first); False if it is the same one."""
        index = max(0, min(index, self.count - 1))
        if index == self.index or self.count == 0:
            return False
        self.flush()
        self.index = index
        self.moved.emit()
        self.to_top()
        return True

    def step_by_key(self, step: int) -> None:
        """Alt+arrows (and arrows off the cards): move, then focus where number keys rate.
        Not behind the walkthrough's cover or another tab, where the category is not shown."""
        if self.isVisible() and self.go_to(self.index + step):
            self.focus_cards()

    def to_top(self) -> None:
        """Open at the top: the title and "Category N of M" in view."""
        self.sheet.verticalScrollBar().setValue(0)

    def _next_clicked(self) -> None:
        if self.index < self.count - 1:
            self.go_to(self.index + 1)
        else:
            self.past_last.emit()

    # ----- typing and saving -----
    def watch(self, *edits: Any) -> None:
        """Save what is typed in these boxes once typing pauses."""
        for edit in edits:
            edit.textChanged.connect(self._edited)

    def _edited(self) -> None:
        if not self.loading:
            self.saved_label.setText("")
            self._typing.start()

    @contextmanager
    def filling(self) -> Iterator[None]:
        """Fill the boxes from what is stored, which is not typing to save."""
        self.loading = True
        try:
            yield
        finally:
            self.loading = False

    def flush(self) -> None:
        """Save typing not yet saved (before moving away or closing)."""
        self._typing.flush()

    def save(
        self,
        save: Callable[[int], T],
        version: int,
        mine: Rating,
        pack: RubricPack,
        language: str,
    ) -> stale_edit.Outcome[T]:
        """``save(version)``; if someone else saved first, the person decides."""
        outcome = stale_edit.save_or_ask(
            self.host,
            save,
            version,
            lambda theirs: stale_edit.keep_mine(self.host, mine, theirs, pack, language),
        )
        if outcome.ok:
            self.saved_label.setText(self.tr("Saved"))
        return outcome

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fill_sheet is not None:
            self._preparing.start()  # the category was shown before the page was

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            if self._fill_sheet is not None:
                self._preparing.start()
        return super().event(event)

    # ----- keys -----
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self.isVisible() or not self.cards:
            return False
        assert isinstance(event, QKeyEvent)
        if watched in self.cards:
            return self._card_key(watched, event)  # type: ignore[arg-type]
        if watched is self.host:
            return self._page_key(event)
        return False

    def _card_key(self, card: LevelCard, event: QKeyEvent) -> bool:
        key = event.key()
        if event.modifiers() & _COMMAND_KEYS or key not in (*_BACK, *_FORWARD):
            return False
        step = -1 if key in _BACK else 1
        position = max(0, min(self.cards.index(card) + step, len(self.cards) - 1))
        self.cards[position].setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def _page_key(self, event: QKeyEvent) -> bool:
        value = typed_digit(event)
        if value is not None:
            if self.card(value) is None:
                return False
            self.level_picked.emit(value)
            card = self.card(value)
            if card is not None:
                card.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        # Alt+arrows arrive here too when the shortcut cannot take them (window not active).
        commands = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier
        if event.modifiers() & commands:
            return False
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step_by_key(-1 if event.key() == Qt.Key.Key_Left else 1)
            return True
        return False
