"""Type in paper rating sheets, twice (File > Type in paper sheets…), for when there is no scanner.

One sheet at a time, keyboard only: choose whose sheet it is (or a blank sheet: the name and
the role written on it), then category by category in the pack's order, the number of the box
marked on paper (0 or Delete: no mark), Enter to go on, Backspace to go back. Then a second
person types the same sheet without seeing the first entry; where the two differ, both are
shown side by side and a person settles each from the paper before anything is saved. Typos
made once are caught this way, as in double-entry data capture.

Saving goes through the paper-sheet service (``services.sheets.save_sheet``), as sheets read
from a scan do.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from roots_app.domain.assessment import Assessment
from roots_app.domain.paper import PaperSheet
from roots_app.domain.people import Role
from roots_app.errors import RootsError
from roots_app.services import assessments, sheets
from roots_app.services.context import Roots
from roots_app.ui import messages
from roots_app.ui.labels import role_label
from roots_app.ui.widgets.category_pager import typed_digit
from roots_app.ui.widgets.retranslate import heading

BLANK = ""  # the member list's item for a blank sheet (no member id yet)
UNSETTLED = -1  # a difference's choice before a person has looked at the paper


def _save(roots: Roots, assessment: Assessment, sheet: PaperSheet, overwrite: bool) -> list[str]:
    """Save a settled sheet as its member's private ratings (a blank sheet's person joins the
    assessment). Where the member already has another level, nothing is saved and those
    categories' keys are returned, unless ``overwrite``: the person is asked first."""
    if not overwrite:
        planned = sheets.save_sheet(roots, assessment.id, sheet, dry_run=True)
        if planned.conflicts:
            return [conflict.category_key for conflict in planned.conflicts]
    sheets.save_sheet(roots, assessment.id, sheet, overwrite=overwrite)
    return []


class SheetEntry(QDialog):
    """The whole typing-in, one sheet after another, until the person closes it."""

    saved = Signal(str)  # the assessment's id, after a sheet was saved

    def __init__(
        self, roots: Roots, assessment: Assessment, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.roots = roots
        self.assessment = assessment
        self.language = language
        self.keys = [c.key for c in assessment.pack.categories]
        self.entries: list[dict[str, int | None]] = [{}, {}]
        self.entry_no = 0  # 0: the first person's entry, 1: the second's
        self.index = 0  # the category being typed
        self.settle: dict[str, QComboBox] = {}
        self.setWindowTitle(self.tr("Type in paper sheets"))
        self.setMinimumSize(640, 480)
        self.resize(820, 640)  # room for long Spanish titles at large text (fits 1024x700)

        layout = QVBoxLayout(self)
        self.title = heading()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.who_page = self._make_who_page()
        self.typing_page = self._make_typing_page()
        self.handover_page = self._make_handover_page()
        self.compare_page = self._make_compare_page()
        for page in (self.who_page, self.typing_page, self.handover_page, self.compare_page):
            self.stack.addWidget(page)

        buttons = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("&Previous"))
        self.previous_button.setToolTip(self.tr("Back to the category before (Backspace)"))
        self.previous_button.clicked.connect(self.previous)
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setToolTip(self.tr("On to the next category (Enter)"))
        self.next_button.clicked.connect(self.next)
        self.save_button = QPushButton(self.tr("&Save this sheet"))
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.previous_button, self.next_button, self.save_button):
            button.setAutoDefault(False)  # Enter is read by keyPressEvent: "next"
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.close_button.setAutoDefault(False)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.show_who()

    # ----- the four steps -----
    def _make_who_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.members = QListWidget()
        self.members.setAccessibleName(self.tr("Whose sheet it is"))
        for member in self.assessment.present:
            item = QListWidgetItem(f"{member.display_name} ({role_label(member.role)})")
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            self.members.addItem(item)
        blank = QListWidgetItem(self.tr("A blank sheet (a name and a role are written on it)"))
        blank.setData(Qt.ItemDataRole.UserRole, BLANK)
        self.members.addItem(blank)
        self.members.setCurrentRow(0)
        self.members.currentRowChanged.connect(lambda _row: self._blank_fields())
        layout.addWidget(self.members, 1)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name written on the sheet"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role ticked on the sheet"))
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        form.addRow(self.tr("Na&me on the sheet:"), self.name)
        form.addRow(self.tr("&Role ticked:"), self.role)
        layout.addLayout(form)
        self.who_error = QLabel()
        self.who_error.setProperty("role", "error")
        self.who_error.setWordWrap(True)
        layout.addWidget(self.who_error)
        return page

    def _make_typing_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.position = QLabel()
        self.position.setProperty("role", "muted")
        layout.addWidget(self.position)
        self.choices = QButtonGroup(self)
        self.radios: list[QRadioButton] = []
        levels = self.assessment.pack.levels
        for number, level in enumerate(levels, start=1):
            label = level.label[self.language]
            radio = QRadioButton(f"{number}  {label}")
            radio.setAccessibleName(
                self.tr("Level %1 of %2: %3")
                .replace("%1", str(number))
                .replace("%2", str(len(levels)))
                .replace("%3", label)
            )
            self.choices.addButton(radio, number)
            self.radios.append(radio)
            layout.addWidget(radio)
        self.no_mark = QRadioButton(self.tr("0  No mark"))
        self.no_mark.setAccessibleName(self.tr("No mark in this row"))
        self.choices.addButton(self.no_mark, 0)
        layout.addWidget(self.no_mark)
        self.choices.idClicked.connect(self._picked)
        self.keys_hint = QLabel(
            self.tr(
                "Press the number of the box marked on the paper (0 or Delete: no mark). "
                "Enter: next category. Backspace: the one before."
            )
        )
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setProperty("role", "muted")
        layout.addStretch(1)
        layout.addWidget(self.keys_hint)
        return page

    def _make_handover_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.handover = QLabel(
            self.tr(
                "The first entry is done and hidden. Now a second person types the same "
                "sheet from the paper, without looking at the first entry. Roots then shows "
                "any difference between the two."
            )
        )
        self.handover.setWordWrap(True)
        self.second_button = QPushButton(self.tr("&Start the second entry"))
        self.second_button.clicked.connect(self.start_second)
        layout.addWidget(self.handover)
        row = QHBoxLayout()
        row.addWidget(self.second_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _make_compare_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        # A category's title on a line of its own, the two entries side by side under it:
        # long Spanish titles wrap across the whole width instead of a narrow column.
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setAccessibleName(self.tr("The two entries side by side"))
        self.compared: dict[str, tuple[QLabel, QLabel, QWidget]] = {}
        layout.addWidget(self.scroll, 1)
        return page

    # ----- moving through -----
    def show_who(self) -> None:
        self.entries = [{}, {}]
        self.entry_no = 0
        self.index = 0
        self.title.setText(self.tr("Whose sheet is it?"))
        self.status.clear()
        self.name.clear()
        self.who_error.clear()
        self._blank_fields()
        self.stack.setCurrentWidget(self.who_page)
        self._buttons()
        self.members.setFocus()

    def _blank_fields(self) -> None:
        blank = self.members.currentItem() is not None and self._chosen_member() == BLANK
        self.name.setEnabled(blank)
        self.role.setEnabled(blank)

    def _chosen_member(self) -> str:
        item = self.members.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else BLANK

    def _sheet_name(self) -> str:
        member_id = self._chosen_member()
        if member_id == BLANK:
            return " ".join(self.name.text().split())
        return next(m.display_name for m in self.assessment.present if m.id == member_id)

    def _show_category(self) -> None:
        category = self.assessment.pack.categories[self.index]
        entry = self.entries[self.entry_no]
        self.title.setText(f"{self.index + 1}. {category.title[self.language]}")
        self.status.setText(
            (
                self.tr("First entry: the sheet of %1")
                if self.entry_no == 0
                else self.tr("Second entry (the first is hidden): the sheet of %1")
            ).replace("%1", self._sheet_name())
        )
        self.position.setText(
            self.tr("Category %1 of %2")
            .replace("%1", str(self.index + 1))
            .replace("%2", str(len(self.keys)))
        )
        level = entry.get(category.key)
        self._check(self._number(level))
        self.stack.setCurrentWidget(self.typing_page)
        self._buttons()
        checked = self.choices.checkedButton()
        (checked or self.radios[0]).setFocus(Qt.FocusReason.OtherFocusReason)

    def _number(self, level: int | None) -> int:
        """The key (1 = the lowest level's box) for a level; 0 for no mark."""
        values = [lv.value for lv in self.assessment.pack.levels]
        return values.index(level) + 1 if level in values else 0

    def _level(self, number: int) -> int | None:
        return self.assessment.pack.levels[number - 1].value if number > 0 else None

    def _check(self, number: int | None) -> None:
        """Show ``number`` as chosen (None: nothing typed yet for this category)."""
        self.choices.setExclusive(False)
        for button in self.choices.buttons():
            button.setChecked(False)
        self.choices.setExclusive(True)
        if number is not None and (number > 0 or self.keys[self.index] in self.entry):
            self.choices.button(number).setChecked(True)

    @property
    def entry(self) -> dict[str, int | None]:
        return self.entries[self.entry_no]

    def _picked(self, number: int) -> None:
        self.entry[self.keys[self.index]] = self._level(number)

    def _level_text(self, level: int | None) -> str:
        if level is None:
            return self.tr("No mark")
        number = self._number(level)
        return f"{number}  {self.assessment.pack.level(level).label[self.language]}"

    def type_number(self, number: int) -> None:
        """A number key on the typing step: that box is the one marked (0: none)."""
        if self.stack.currentWidget() is not self.typing_page:
            return
        if number > len(self.radios):
            return
        self.choices.button(number).setChecked(True)
        self.choices.button(number).setFocus(Qt.FocusReason.OtherFocusReason)
        self._picked(number)

    def next(self) -> None:
        current = self.stack.currentWidget()
        if current is self.who_page:
            if self._chosen_member() == BLANK and not self._sheet_name():
                self.who_error.setText(self.tr("Please type the name written on the sheet."))
                self.name.setFocus()
                return
            self.who_error.clear()
            self.index = 0
            self._show_category()
        elif current is self.typing_page:
            self.entry.setdefault(self.keys[self.index], None)  # Enter alone: no mark
            if self.index + 1 < len(self.keys):
                self.index += 1
                self._show_category()
            elif self.entry_no == 0:
                self.title.setText(self.tr("Now a second person types the same sheet"))
                self.status.setText("")
                self.stack.setCurrentWidget(self.handover_page)
                self._buttons()
                self.second_button.setFocus()
            else:
                self.show_compare()
        elif current is self.handover_page:
            self.start_second()

    def previous(self) -> None:
        current = self.stack.currentWidget()
        if current is self.typing_page and self.index > 0:
            self.index -= 1
            self._show_category()
        elif current is self.typing_page and self.entry_no == 0:
            self.show_who()
        elif current is self.handover_page:  # the first typist fixes the last category
            self.index = len(self.keys) - 1
            self._show_category()

    def start_second(self) -> None:
        self.entry_no = 1
        self.index = 0
        self.status.setText("")
        self._show_category()

    def differences(self) -> list[str]:
        """Category keys where the two entries differ."""
        first, second = self.entries
        return [k for k in self.keys if first.get(k) != second.get(k)]

    def show_compare(self) -> None:
        different = self.differences()
        self.settle = {}
        self.compared = {}
        if different:
            self.title.setText(self.tr("The two entries differ"))
            self.status.setText(
                self.tr(
                    "Look at the paper and choose the level marked in each category below. "
                    "Nothing is saved until every difference is settled."
                )
            )
        else:
            self.title.setText(self.tr("The two entries agree"))
            self.status.setText(self.tr("Check the levels below, then save the sheet."))
        host = QWidget()
        grid = QGridLayout(host)
        for column, text in enumerate(
            (self.tr("First entry"), self.tr("Second entry"), self.tr("Saved as"))
        ):
            label = QLabel(text)
            label.setProperty("role", "muted")
            label.setWordWrap(True)
            grid.addWidget(label, 0, column)
            grid.setColumnStretch(column, 1)
        first, second = self.entries
        categories = {c.key: c for c in self.assessment.pack.categories}
        row = 1
        for key in different or self.keys:
            title = f"{self.keys.index(key) + 1}. {categories[key].title[self.language]}"
            name = heading("subheading")
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setText(title)
            grid.addWidget(name, row, 0, 1, 3)
            one, two = (QLabel(self._level_text(e.get(key))) for e in (first, second))
            saved: QWidget
            if key in different:
                box = QComboBox()
                box.setAccessibleName(self.tr("Level on the paper for %1").replace("%1", title))
                box.addItem(self.tr("Choose…"), UNSETTLED)
                for number, level in enumerate(self.assessment.pack.levels, start=1):
                    box.addItem(f"{number}  {level.label[self.language]}", level.value)
                box.addItem(self.tr("No mark"), None)
                box.currentIndexChanged.connect(lambda _i: self._buttons())
                self.settle[key] = saved = box
            else:
                saved = QLabel(self._level_text(first.get(key)))
            for column, widget in enumerate((one, two, saved)):
                grid.addWidget(widget, row + 1, column)
            self.compared[key] = (one, two, saved)
            row += 2
        grid.setRowStretch(row, 1)
        self.scroll.setWidget(host)  # the one before is deleted
        self.stack.setCurrentWidget(self.compare_page)
        self._buttons()
        if self.settle:
            next(iter(self.settle.values())).setFocus()
        else:
            self.save_button.setFocus()

    def settled(self) -> dict[str, int | None] | None:
        """Every category's level once the entries agree or each difference is settled."""
        if any(box.currentData() == UNSETTLED for box in self.settle.values()):
            return None
        levels = dict(self.entries[0])
        for key, box in self.settle.items():
            levels[key] = box.currentData()
        return {k: levels.get(k) for k in self.keys}

    def _buttons(self) -> None:
        current = self.stack.currentWidget()
        self.previous_button.setVisible(current in (self.typing_page, self.handover_page))
        self.next_button.setVisible(current in (self.who_page, self.typing_page))
        self.save_button.setVisible(current is self.compare_page)
        self.save_button.setEnabled(current is self.compare_page and self.settled() is not None)

    # ----- saving -----
    def save(self) -> None:
        levels = self.settled()
        if levels is None:
            return
        member_id = self._chosen_member()
        sheet = PaperSheet(
            member_id=member_id or None,
            name=self._sheet_name(),
            role=Role(self.role.currentData()) if not member_id else self._member_role(member_id),
            levels=levels,
        )
        try:
            conflicts = _save(self.roots, self.assessment, sheet, overwrite=False)
            if conflicts and self._replace(conflicts):
                conflicts = _save(self.roots, self.assessment, sheet, overwrite=True)
            elif conflicts:
                return
            self.assessment = assessments.load(self.roots, self.assessment.id)
        except RootsError as error:
            messages.show_error(self, error)
            return
        self.saved.emit(self.assessment.id)
        self._refresh_members()
        self.show_who()
        self.status.setText(
            self.tr("The sheet of %1 was saved. Type the next sheet, or close.").replace(
                "%1", sheet.name
            )
        )

    def _member_role(self, member_id: str) -> Role:
        return next(m.role for m in self.assessment.present if m.id == member_id)

    def _replace(self, conflicts: list[str]) -> bool:
        categories = {c.key: c for c in self.assessment.pack.categories}
        titles = ", ".join(categories[k].title[self.language] for k in conflicts)
        return messages.ask(
            self,
            self.tr(
                "%1 already has other levels for %n category(ies).", "", len(conflicts)
            ).replace("%1", self._sheet_name()),
            self.tr("Replace them with the levels on the paper? (%1)").replace("%1", titles),
            self.tr("&Replace with the paper's levels"),
        )

    def _refresh_members(self) -> None:
        """A blank sheet's person is now a member: list them for their next sheet."""
        known = {
            self.members.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.members.count())
        }
        for member in self.assessment.present:
            if member.id not in known:
                item = QListWidgetItem(f"{member.display_name} ({role_label(member.role)})")
                item.setData(Qt.ItemDataRole.UserRole, member.id)
                self.members.insertItem(self.members.count() - 1, item)

    # ----- keys -----
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.stack.currentWidget() is self.typing_page:
            number = typed_digit(event)
            if number is not None:
                self.type_number(number)
                return
            if event.key() == Qt.Key.Key_Delete:
                self.type_number(0)
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.next()
                return
            if event.key() == Qt.Key.Key_Backspace:
                self.previous()
                return
        elif (
            event.key() == Qt.Key.Key_Backspace and self.stack.currentWidget() is self.handover_page
        ):
            self.previous()
            return
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.stack.currentWidget() is self.compare_page:
                self.save()
            else:
                self.next()
            return
        super().keyPressEvent(event)


def type_in(
    parent: QWidget,
    roots: Roots,
    assessment: Assessment,
    language: str,
    saved: Callable[[str], None],
) -> SheetEntry:
    """Open the typing-in window over ``parent`` (window-modal; it stays until closed)."""
    dialog = SheetEntry(roots, assessment, language, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.saved.connect(saved)
    dialog.open()
    return dialog


def no_assessment(parent: QWidget) -> None:
    """Sheets belong to an assessment: say how to choose one."""
    messages.inform(
        parent,
        QCoreApplication.translate("SheetEntry", "Choose an assessment first."),
        QCoreApplication.translate(
            "SheetEntry", "Open it, or select it on Home, then choose this again."
        ),
    )
