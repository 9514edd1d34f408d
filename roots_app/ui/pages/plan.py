"""The growth plan: up to three focus areas, each with a goal, why, and actions."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roots_app.domain.assessment import TEAM, Assessment
from roots_app.domain.plan import MAX_FOCUS, Action, Focus, Plan, suggested_focus
from roots_app.errors import RootsError
from roots_app.services import plans
from roots_app.ui import exporting, messages
from roots_app.ui.context import UiContext
from roots_app.ui.dialogs import stale_edit
from roots_app.ui.dialogs.action import ActionDialog
from roots_app.ui.labels import action_status_label
from roots_app.ui.read_aloud import Piece, ReadAloudButton
from roots_app.ui.widgets.debounce import Debounce
from roots_app.ui.widgets.elided import whole_text_in_tooltip
from roots_app.ui.widgets.flow import SideBySide, flow_row
from roots_app.ui.widgets.page_scroll import scrolling_page
from roots_app.ui.widgets.retranslate import Retranslating, heading
from roots_app.ui.widgets.table_headers import fit_headings


class CompactTable(QTableWidget):
    """Asks for a few rows' height, and grows into what is left: the focus area scrolls only
    on a small screen or with large text (Qt's default asks for 192 px)."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), 4 * self.verticalHeader().defaultSectionSize())


class PlanPage(Retranslating, QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.assessment: Assessment | None = None
        self.plan = Plan("")
        self._loading = False
        self._save_timer = Debounce(self, self.save_texts)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        # At 200 % text on a small screen the page scrolls up and down, and the focus areas'
        # column stands above the chosen one's details instead of squeezing them.
        outer = scrolling_page(self)
        outer.setContentsMargins(24, 16, 24, 16)
        self.title = heading()
        self.carry_button = QPushButton()
        self.carry_button.clicked.connect(self.carry_forward)
        self.actions_button = QPushButton()
        self.actions_button.clicked.connect(
            lambda: self.assessment and exporting.export_actions(self, self.ctx, self.assessment.id)
        )
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(
            lambda: (
                self.assessment and exporting.export_plan_pdf(self, self.ctx, self.assessment.id)
            )
        )
        self.pdf_button.setProperty("primary", True)
        self.read_button = ReadAloudButton(self.ctx, self._reading_pieces)
        # Title on its own line and the buttons below it: long Spanish labels need the width.
        outer.addWidget(self.title)
        outer.addWidget(
            flow_row(
                self.carry_button,
                self.actions_button,
                self.read_button,
                right=(self.pdf_button,),
            )
        )
        outer.addWidget(self.read_button.note)  # why nothing is read, when it cannot be
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.suggestion.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.suggestion)

        columns = SideBySide(spacing=outer.spacing())
        left = QVBoxLayout()
        self.focus_heading = heading("subheading")
        self.focus_list = QListWidget()
        self.focus_list.setMaximumWidth(340)
        self.focus_list.setWordWrap(True)  # long category titles wrap rather than scroll away
        self.focus_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.focus_list.currentRowChanged.connect(self._focus_chosen)
        # Another focus area chosen by the person (not by the reading) stops reading.
        self.focus_list.currentRowChanged.connect(self.read_button.stop_unless_reading_moves)
        self.add_choice = whole_text_in_tooltip(QComboBox())
        self.add_choice.setMaximumWidth(340)
        self.add_choice.setMinimumContentsLength(12)
        self.add_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_focus)
        self.remove_focus_button = QPushButton()
        self.remove_focus_button.clicked.connect(self.remove_focus)
        left.addWidget(self.focus_heading)
        left.addWidget(self.focus_list, 1)
        left.addWidget(self.add_choice)
        left.addWidget(self.add_button)
        left.addWidget(self.remove_focus_button)
        columns.add_column(left, 1)

        right = QVBoxLayout()
        self.focus_title = heading("subheading")
        self.focus_title.setTextFormat(Qt.TextFormat.PlainText)
        self.goal_label = QLabel()
        self.goal = QLineEdit()
        self.goal_label.setBuddy(self.goal)
        self.why_label = QLabel()
        self.why = QPlainTextEdit()
        self.why.setTabChangesFocus(True)
        self.why.setMaximumHeight(90)
        self.why_label.setBuddy(self.why)
        for edit in (self.goal, self.why):
            edit.textChanged.connect(self._text_edited)
        for label in (self.goal_label, self.why_label):
            label.setWordWrap(True)  # long Spanish at large text wraps, never widens the page
        self.strategies_label = QLabel()
        self.strategies_label.setWordWrap(True)
        self.strategies = QListWidget()
        self.strategies.setMaximumHeight(110)
        self.strategies.setWordWrap(True)
        self.use_strategy = QPushButton()
        self.use_strategy.clicked.connect(self.add_strategy_as_action)
        self.actions_label = heading("subheading")
        self.actions = CompactTable(0, 5)
        self.actions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions.setWordWrap(True)
        self.actions.verticalHeader().setVisible(False)
        self.actions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        fit_headings(self.actions)
        self.actions.doubleClicked.connect(self.edit_action)
        self.add_action_button = QPushButton()
        self.add_action_button.clicked.connect(self.add_action)
        self.edit_action_button = QPushButton()
        self.edit_action_button.clicked.connect(self.edit_action)
        self.remove_action_button = QPushButton()
        self.remove_action_button.clicked.connect(self.remove_action)
        action_row = flow_row(
            self.add_action_button, self.edit_action_button, self.remove_action_button
        )
        self.saved = QLabel()
        self.saved.setProperty("role", "muted")
        for widget in (
            self.focus_title,
            self.goal_label,
            self.goal,
            self.why_label,
            self.why,
            self.strategies_label,
            self.strategies,
            self.use_strategy,
            self.actions_label,
            self.actions,
        ):
            right.addWidget(widget)
        right.addWidget(action_row)
        right.addWidget(self.saved)
        self.detail = QWidget()
        self.detail.setLayout(right)
        # On a small screen or with large text the focus area scrolls instead of squeezing
        # its title and buttons.
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
        detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        detail_scroll.setWidget(self.detail)
        detail_column = QVBoxLayout()
        detail_column.addWidget(detail_scroll)
        columns.add_column(detail_column, 2, needs=self.detail)
        outer.addWidget(columns, 1)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Growth plan"))
        self.carry_button.setText(self.tr("Carry forward last year's open actions"))
        self.actions_button.setText(self.tr("Save actions as a spreadsheet…"))
        self.pdf_button.setText(self.tr("Print the plan (PDF)…"))
        self.focus_heading.setText(self.tr("Focus areas (one to three)"))
        self.focus_list.setAccessibleName(self.tr("Focus areas"))
        self.add_choice.setAccessibleName(self.tr("Category to add as a focus area"))
        self.add_button.setText(self.tr("&Add focus"))
        self.remove_focus_button.setText(self.tr("Remove this focus area"))
        self.goal_label.setText(self.tr("&Goal: what will be different?"))
        self.goal.setAccessibleName(self.tr("Goal"))
        self.why_label.setText(self.tr("&Why this area (the evidence behind it):"))
        self.why.setAccessibleName(self.tr("Why this area"))
        self.strategies_label.setText(self.tr("Strategies suggested by the rubric:"))
        self.strategies.setAccessibleName(self.tr("Suggested strategies"))
        self.use_strategy.setText(self.tr("Use as an action"))
        self.actions_label.setText(self.tr("Actions"))
        self.actions.setAccessibleName(self.tr("Actions of this focus area"))
        self.actions.setHorizontalHeaderLabels(
            [
                self.tr("Action"),
                self.tr("Who"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Carried"),
            ]
        )
        self.add_action_button.setText(self.tr("Add action…"))
        self.edit_action_button.setText(self.tr("Change action…"))
        self.remove_action_button.setText(self.tr("Remove action"))
        self.refresh()

    # ----- data -----
    def open(self, assessment: Assessment) -> None:
        self.flush()
        self.assessment = assessment
        self.refresh()

    def refresh(self, keep_row: int | None = None) -> None:
        assessment = self.assessment
        self.setEnabled(assessment is not None)
        if assessment is None:
            self.suggestion.setText(self.tr("Open an assessment to write its plan."))
            return
        lang = self.ctx.language
        self.plan = plans.get(self.ctx.roots, assessment.id)
        row = self.focus_list.currentRow() if keep_row is None else keep_row
        self.focus_list.blockSignals(True)
        self.focus_list.clear()
        for focus in self.plan.focuses:
            item = QListWidgetItem(self._category_line(focus.category_key))
            item.setData(Qt.ItemDataRole.UserRole, focus.id)
            self.focus_list.addItem(item)
        self.focus_list.blockSignals(False)
        self.add_choice.clear()
        for category in assessment.pack.categories:
            if category.key not in self.plan.focus_keys():
                self.add_choice.addItem(self._category_line(category.key), category.key)
        suggested = [k for k in suggested_focus(assessment) if k not in self.plan.focus_keys()]
        if suggested:
            self.add_choice.setCurrentIndex(self.add_choice.findData(suggested[0]))
            names = "; ".join(assessment.pack.category(k).title[lang] for k in suggested)
            self.suggestion.setText(
                self.tr("Suggested focus (lowest agreed levels): %1").replace("%1", names)
            )
        else:
            self.suggestion.setText("")
        full = len(self.plan.focuses) >= MAX_FOCUS
        self.add_button.setEnabled(not full and self.add_choice.count() > 0)
        self.add_choice.setEnabled(not full)
        if self.plan.focuses:
            self.focus_list.setCurrentRow(max(0, min(row, len(self.plan.focuses) - 1)))
        self._show_focus()

    def _category_line(self, key: str) -> str:
        assert self.assessment is not None
        level = self.assessment.rating(TEAM, key).level
        title = self.assessment.pack.category(key).title[self.ctx.language]
        return f"{title} ({level if level is not None else '-'})"

    def current_focus(self) -> Focus | None:
        row = self.focus_list.currentRow()
        return self.plan.focuses[row] if 0 <= row < len(self.plan.focuses) else None

    def _focus_chosen(self) -> None:
        self.flush()
        self._show_focus()

    def _show_focus(self) -> None:
        focus = self.current_focus()
        self.detail.setEnabled(focus is not None)
        self.remove_focus_button.setEnabled(focus is not None)
        self._loading = True
        self.goal.setText(focus.goal if focus else "")
        self.why.setPlainText(focus.why if focus else "")
        self._loading = False
        self.strategies.clear()
        self.actions.setRowCount(0)
        if focus is None or self.assessment is None:
            self.focus_title.setText(self.tr("Add a focus area to start the plan."))
            return
        lang = self.ctx.language
        self.focus_title.setText(self._category_line(focus.category_key))
        for strategy in self.assessment.pack.category(focus.category_key).strategies:
            self.strategies.addItem(strategy[lang])
        self.actions.setRowCount(len(focus.actions))
        for row, action in enumerate(focus.actions):
            cells = [
                action.description,
                action.owner,
                action.due.isoformat() if action.due else "",
                action_status_label(action.status),
                self.tr("↻ from last year") if action.carried_from else "",
            ]
            for column, text in enumerate(cells):
                self.actions.setItem(row, column, QTableWidgetItem(text))
        self.actions.resizeRowsToContents()

    def _reading_pieces(self) -> list[Piece]:
        """The plan as read aloud: each focus area (shown in turn) with its goal, why and
        actions, each highlighted as it is read."""
        if self.assessment is None:
            return []
        self.flush()  # what was just typed is read too
        focuses = self.plan.focuses
        if not focuses:
            return [Piece(self.tr("This plan has no focus areas yet."), self.focus_list)]
        lang = self.ctx.language
        pieces = []
        for row, focus in enumerate(focuses):

            def show(row: int = row, action: int | None = None) -> None:
                self.focus_list.setCurrentRow(row)
                if action is not None:
                    self.actions.selectRow(action)

            title = self.assessment.pack.category(focus.category_key).title[lang]
            pieces.append(
                Piece(
                    self.tr("Focus area %1 of %2: %3")
                    .replace("%1", str(row + 1))
                    .replace("%2", str(len(focuses)))
                    .replace("%3", title),
                    self.focus_list,
                    show,
                )
            )
            if focus.goal.strip():
                pieces.append(Piece(self.tr("Goal: %1").replace("%1", focus.goal), self.goal))
            if focus.why.strip():
                pieces.append(
                    Piece(self.tr("Why this area: %1").replace("%1", focus.why), self.why)
                )
            for number, action in enumerate(focus.actions):
                words = [
                    self.tr("Action %1 of %2: %3")
                    .replace("%1", str(number + 1))
                    .replace("%2", str(len(focus.actions)))
                    .replace("%3", action.description)
                ]
                if action.owner:
                    words.append(self.tr("Who: %1").replace("%1", action.owner))
                if action.due:
                    when = QLocale().toString(action.due, QLocale.FormatType.LongFormat)
                    words.append(self.tr("Due: %1").replace("%1", when))
                words.append(action_status_label(action.status))
                pieces.append(
                    Piece(". ".join(words), self.actions, lambda r=row, a=number: show(r, a))
                )
        return pieces

    # ----- actions -----
    def _run(self, work) -> bool:  # type: ignore[no-untyped-def]
        try:
            work()
        except RootsError as error:
            messages.show_error(self, error)
            return False
        return True

    def add_focus(self) -> None:
        key = self.add_choice.currentData()
        if self.assessment is None or key is None:
            return
        if self._run(lambda: plans.add_focus(self.ctx.roots, self.assessment, key)):
            self.refresh(keep_row=len(self.plan.focuses))
            self.goal.setFocus()

    def remove_focus(self) -> None:
        focus = self.current_focus()
        if focus is not None and self._run(lambda: plans.remove_focus(self.ctx.roots, focus.id)):
            self.refresh()
            self.saved.setText(self.tr("Moved to the trash: File > Trash puts it back."))

    def _text_edited(self) -> None:
        if not self._loading:
            self.saved.setText("")
            self._save_timer.start()

    def save_texts(self) -> None:
        self._save_timer.stop()
        focus = self.current_focus()
        if focus is None:
            return
        goal, why = self.goal.text(), self.why.toPlainText()
        if (goal, why) == (focus.goal, focus.why):
            return
        outcome = stale_edit.save_or_ask(
            self,
            lambda version: plans.update_focus(self.ctx.roots, focus.id, goal, why, version),
            focus.version,
            lambda theirs: stale_edit.ask(
                self,
                self.tr("Someone else saved this focus area while you were working on it."),
                f"{stale_edit.short(theirs.goal)}\n{stale_edit.short(theirs.why)}",
                f"{stale_edit.short(goal)}\n{stale_edit.short(why)}",
            ),
        )
        if not outcome.ok:
            if outcome.theirs is not None:
                self.refresh(keep_row=self.focus_list.currentRow())  # theirs, on screen
            return  # else the error was shown; what was typed stays on screen
        self.plan = plans.get(self.ctx.roots, self.plan.assessment_id)
        self.saved.setText(self.tr("Saved"))

    def flush(self) -> None:
        self._save_timer.flush()

    def _edit(self, action: Action) -> None:
        focus = self.current_focus()
        if focus is None:
            return
        chosen = ActionDialog.ask(action, self)
        if chosen is None:
            return
        outcome = stale_edit.save_or_ask(
            self,
            lambda version: plans.save_action(
                self.ctx.roots, focus.id, replace(chosen, version=version)
            ),
            chosen.version,
            lambda theirs: stale_edit.ask(
                self,
                self.tr("Someone else saved this action while you were working on it."),
                self._action_text(theirs),
                self._action_text(chosen),
            ),
        )
        if outcome.ok or outcome.theirs is not None:
            self.refresh()  # ours saved, or theirs kept: show what is stored

    def _action_text(self, action: Action) -> str:
        who = action.owner or "–"
        due = action.due.isoformat() if action.due else "–"
        return (
            f"{stale_edit.short(action.description)}\n{who} · {due} · "
            f"{action_status_label(action.status)}"
        )

    def add_action(self) -> None:
        self._edit(Action("", ""))

    def add_strategy_as_action(self) -> None:
        item = self.strategies.currentItem()
        if item is not None:
            self._edit(Action("", item.text()))

    def edit_action(self, *_: object) -> None:
        focus = self.current_focus()
        row = self.actions.currentRow()
        if focus is not None and 0 <= row < len(focus.actions):
            self._edit(focus.actions[row])

    def remove_action(self) -> None:
        focus = self.current_focus()
        row = self.actions.currentRow()
        if focus is not None and 0 <= row < len(focus.actions):
            action_id = focus.actions[row].id
            if self._run(lambda: plans.remove_action(self.ctx.roots, action_id)):
                self.refresh()
                self.saved.setText(self.tr("Moved to the trash: File > Trash puts it back."))

    def carry_forward(self) -> None:
        if self.assessment is None:
            return
        carried: list[int] = []
        if self._run(lambda: carried.append(plans.carry_forward(self.ctx.roots, self.assessment))):
            self.saved.setText(self.tr("%n open action(s) carried forward.", "", carried[0]))
            self.refresh()
