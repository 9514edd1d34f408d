"""The pack editor: a new version of a pack, a copy under a new id, or a new pack.

It edits the pack's JSON data (exchange/pack_file.py's format), so each problem the validator
names by its path is a field it can go to. Every change is one step on a QUndoStack holding the
data before and after (typing in one field is one step until another field is changed). Each
category of a new version carries where it comes from (services.rubrics.ORIGIN): a key or title
changed keeps its source, "Merge into…" gives the target both sources, a new category has none;
``rubrics.finish`` makes the lineage from it when the version is saved.

Every text is shown in English and Spanish side by side, with a marker (a sign and words, not a
colour alone) on each one still missing its other language. Lists (indicators, guiding
questions, strategies) are edited one item a line, the English and Spanish lines paired in order.
"""

from __future__ import annotations

import copy
import itertools
import re
from pathlib import Path as FilePath
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roots_app.domain.pack_problem import Code
from roots_app.domain.rubric import RubricPack
from roots_app.errors import PackError, RootsError
from roots_app.exchange import pack_file
from roots_app.services import rubrics
from roots_app.ui import messages, pack_problems
from roots_app.ui.context import UiContext
from roots_app.ui.widgets.bullets import show_bullets
from roots_app.ui.widgets.debounce import Debounce
from roots_app.ui.widgets.flow import EqualRow, flow_row
from roots_app.ui.widgets.level_card import LevelCard
from roots_app.ui.widgets.retranslate import heading

LANGUAGES = ("en", "es")
MIN_LEVELS, MAX_LEVELS = 3, 7  # the format's limits
Path = tuple[str | int, ...]  # where a value is in the pack data: ("categories", 2, "title")
_PART = re.compile(r"^(levels|sections|categories)\[(\d+)\]")


def _undo_keys(event: QEvent) -> bool:
    """Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) reach the editor's undo stack, not a field's own."""
    return isinstance(event, QKeyEvent) and (
        event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
    )


class _Line(QLineEdit):
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and _undo_keys(event):
            event.ignore()  # not the field's undo: the editor's shortcut takes the key
            return True
        return super().event(event)


class _Lines(QPlainTextEdit):
    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)  # Tab goes on to the next field, as everywhere else
        self.setUndoRedoEnabled(False)
        self.setMinimumHeight(64)
        self.setMaximumHeight(140)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and _undo_keys(event):
            event.ignore()
            return True
        return super().event(event)


def _button(text: str) -> QPushButton:
    """A button Enter in a field never presses (only Space or a click on the button itself)."""
    button = QPushButton(text)
    button.setAutoDefault(False)
    return button


def _half_translated(data: Any) -> bool:
    """Whether a text in ``data`` has one of its languages and not the other."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            if (
                value
                and set(value) <= set(LANGUAGES)
                and all(isinstance(v, str) for v in value.values())
            ):
                if len([lang for lang in LANGUAGES if value.get(lang, "").strip()]) == 1:
                    return True
            else:
                stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return False


def _get(data: Any, path: Path) -> Any:
    for part in path:
        data = data[part]
    return data


def _with(data: Any, path: Path, value: Any) -> Any:
    """``data`` with the value at ``path`` replaced: a new container along the path, the rest
    shared (a keystroke copies a few small dicts, not the pack)."""
    if not path:
        return value
    changed = list(data) if isinstance(data, list) else dict(data)
    changed[path[0]] = _with(data[path[0]], path[1:], value)
    return changed


def _field_name(path: Path) -> str:
    """A path as the validator writes it: ``categories[2].descriptors.3``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


class _Change(QUndoCommand):
    """One change: the whole data before and after (a pack is small), and the field to show."""

    def __init__(
        self,
        editor: PackEditor,
        text: str,
        after: dict[str, Any],
        field: str = "",
        merge: bool = False,
    ) -> None:
        super().__init__(text)
        self.editor = editor
        self.before = editor.data  # never changed in place (see PackEditor.data)
        self.after = after
        self.field = field
        self.merge = merge  # typing: the next keystroke in the same field joins this step
        self.first = True

    def id(self) -> int:
        return 1 if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Change) or not other.merge or other.field != self.field:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        typed, self.first = self.first and self.merge, False
        self.editor.apply(self.after, self.field, rebuild=not typed)

    def undo(self) -> None:
        self.editor.apply(self.before, self.field, rebuild=True)


class PackEditor(QDialog):
    """Edit a pack's data and save it as a new installed version (never in place)."""

    saved = Signal(str)  # the saved version's ref

    def __init__(
        self,
        ctx: UiContext,
        data: dict[str, Any],
        previous: dict[str, Any] | None,
        heading_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # Never changed in place: each change makes new data (sharing what it leaves alone),
        # so the undo stack keeps the data before and after each step without copying it.
        self.data = data
        self.previous = previous  # the version this one follows (None: a copy or a new pack)
        self.saved_pack: RubricPack | None = None
        self.problem_paths: list[str] = []
        self.problem_count = 0
        self.fields: dict[str, dict[str, QWidget]] = {}  # field name → language → its editor
        self.markers: dict[str, QLabel] = {}
        self.part: tuple[str, int] = ("pack", 0)
        self.undo_stack = QUndoStack(self)
        # A whole check takes tens of milliseconds: typing is checked when it pauses.
        self.checking = Debounce(self, self._validate, 300)
        self.setWindowTitle(heading_text)
        self.setSizeGripEnabled(True)
        if parent is not None:
            self.resize(parent.window().size())
        self._build(heading_text)
        self._fill_tree()
        self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._validate()

    # ----- building -----
    def _build(self, heading_text: str) -> None:
        outer = QVBoxLayout(self)
        title = heading("subheading")  # the room is for the texts (200 % text, small screens)
        title.setText(heading_text)
        outer.addWidget(title)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Parts of the pack"))
        self.tree.currentItemChanged.connect(lambda *_: self._part_chosen())
        column.addWidget(self.tree, 1)
        self.add_button = _button(self.tr("&Add a category"))
        self.remove_button = _button(self.tr("Remo&ve"))
        self.up_button = _button(self.tr("Move &up"))
        self.down_button = _button(self.tr("Move &down"))
        self.merge_button = _button(self.tr("&Merge into…"))
        self.split_button = _button(self.tr("Split in t&wo"))
        actions = (
            (self.add_button, self.add_category, "Ctrl+N", self.tr("Add a category (Ctrl+N)")),
            (
                self.remove_button,
                self.remove_category,
                "Ctrl+Delete",
                self.tr("Remove this category (Ctrl+Delete)"),
            ),
            (
                self.up_button,
                lambda: self.move_category(-1),
                "Ctrl+Up",
                self.tr("Move this category up (Ctrl+Up)"),
            ),
            (
                self.down_button,
                lambda: self.move_category(1),
                "Ctrl+Down",
                self.tr("Move this category down (Ctrl+Down)"),
            ),
            (
                self.merge_button,
                lambda: self.merge_into(),
                "Ctrl+M",
                self.tr("Merge this category into another (Ctrl+M)"),
            ),
            (
                self.split_button,
                self.split_category,
                "Ctrl+D",
                self.tr("Split this category in two: both continue it (Ctrl+D)"),
            ),
        )
        for button, act, keys, tip in actions:
            button.clicked.connect(lambda _=False, act=act: act())
            button.setToolTip(tip)
            shortcut = QShortcut(QKeySequence(keys), self.tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)  # on the list of parts
            shortcut.activated.connect(act)
        column.addWidget(
            flow_row(
                self.add_button,
                self.remove_button,
                self.up_button,
                self.down_button,
                self.merge_button,
                self.split_button,
            )
        )
        splitter.addWidget(left)
        self.tabs = QTabWidget()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tabs.addTab(self.scroll, self.tr("&Texts"))
        self.tabs.addTab(self._build_preview(), self.tr("&Preview"))
        self.tabs.currentChanged.connect(lambda _: self._preview())
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        outer.addWidget(splitter, 1)
        self.problems_heading = QLabel()
        self.problems_heading.setWordWrap(True)
        outer.addWidget(self.problems_heading)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        # Three problems in view, at any text size: the rest scroll, the texts keep the room.
        self.problems.setMaximumHeight(self.problems.fontMetrics().lineSpacing() * 3 + 12)
        self.problems.setAccessibleName(self.tr("Problems to fix before saving"))
        self.problems.itemActivated.connect(
            lambda item: self.go_to(self.problem_paths[self.problems.row(item)])
        )
        outer.addWidget(self.problems)
        self.undo_button = _button(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button = _button(self.tr("Redo"))
        self.redo_button.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        for keys, act in (
            ([QKeySequence("Ctrl+Z")], self.undo_stack.undo),
            ([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")], self.undo_stack.redo),
        ):
            action = QAction(self)
            action.setShortcuts(keys)
            action.triggered.connect(act)
            self.addAction(action)
        self.save_button = _button(
            self.tr("&Save as a new version")
            if self.previous is not None
            else self.tr("&Save the new pack")
        )
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = _button(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        outer.addWidget(
            flow_row(
                self.undo_button, self.redo_button, right=(self.save_button, self.cancel_button)
            )
        )

    def _build_preview(self) -> QWidget:
        """The chosen category as the walkthrough shows it: title, summary, what it looks like,
        and the level cards (the walkthrough's own LevelCard)."""
        page = QWidget()
        layout = QVBoxLayout(page)
        self.preview_language = QComboBox()
        self.preview_language.addItem("English", "en")
        self.preview_language.addItem("Español", "es")
        self.preview_language.setCurrentIndex(LANGUAGES.index(self.ctx.language))
        self.preview_language.setAccessibleName(self.tr("Language of the preview"))
        self.preview_language.currentIndexChanged.connect(lambda _: self._preview())
        self.pdf_button = _button(self.tr("Preview the printed s&heets (PDF)"))
        self.pdf_button.setToolTip(
            self.tr("The rating sheets and guide of this pack, as Roots prints them")
        )
        self.pdf_button.clicked.connect(self.preview_pdf)
        layout.addWidget(flow_row(self.preview_language, self.pdf_button))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        column = QVBoxLayout(content)
        self.preview_title = heading()
        self.preview_title.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_summary = QLabel()
        self.preview_summary.setWordWrap(True)
        self.preview_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_indicators = QLabel()
        self.preview_indicators.setWordWrap(True)
        self.preview_levels = heading("subheading")
        self.preview_cards = EqualRow(spacing=10)
        self.cards: list[LevelCard] = []
        for widget in (
            self.preview_title,
            self.preview_summary,
            self.preview_indicators,
            self.preview_levels,
        ):
            column.addWidget(widget)
        column.addLayout(self.preview_cards)
        column.addStretch(1)
        scroll.setWidget(content)
        layout.addWidget(scroll, 1)
        return page

    # ----- the parts -----
    def _fill_tree(self) -> None:
        """The parts as a tree: the pack's texts, its levels, sections and categories."""
        language = self.ctx.language
        self.tree.blockSignals(True)
        self.tree.clear()

        def add(
            parent: QTreeWidget | QTreeWidgetItem, text: str, part: tuple[str, int]
        ) -> QTreeWidgetItem:
            item = QTreeWidgetItem(parent, [text])
            item.setData(0, Qt.ItemDataRole.UserRole, part)
            if _half_translated(self._part_data(part)):  # a sign and words, not colour alone
                words = self.tr("A text here is missing its other language")
                item.setText(0, f"{text} \u26a0")
                item.setToolTip(0, words)
                item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, words)
            return item

        add(self.tree, self.tr("Pack texts"), ("pack", 0))
        levels = add(self.tree, self.tr("Levels (%n)", "", len(self.data["levels"])), ("levels", 0))
        for i, level in enumerate(self.data["levels"]):
            add(
                levels,
                f"{level['value']}. " + (level["label"].get(language) or self.tr("(no name yet)")),
                ("level", i),
            )
        if "sections" in self.data:
            sections = add(self.tree, self.tr("Sections"), ("sections", 0))
            for i, section in enumerate(self.data["sections"]):
                add(sections, section["title"].get(language) or section["key"], ("section", i))
        categories = add(
            self.tree,
            self.tr("Categories (%n)", "", len(self.data["categories"])),
            ("categories", 0),
        )
        for i in range(len(self.data["categories"])):
            add(categories, self._category_name(i), ("category", i))
        self.tree.expandAll()
        self.tree.blockSignals(False)

    def _part_data(self, part: tuple[str, int]) -> Any:
        kind, index = part
        if kind == "pack":
            return {
                k: v for k, v in self.data.items() if k not in ("levels", "sections", "categories")
            }
        plural = {"level": "levels", "section": "sections", "category": "categories"}.get(kind)
        return self.data[plural][index] if plural else None

    def _category_name(self, index: int) -> str:
        category = self.data["categories"][index]
        return f"{index + 1}. {category['title'].get(self.ctx.language) or category['key']}"

    def _item(self, part: tuple[str, int]) -> QTreeWidgetItem | None:
        found = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while found:
            item = found.pop(0)
            if tuple(item.data(0, Qt.ItemDataRole.UserRole)) == part:
                return item
            found.extend(item.child(i) for i in range(item.childCount()))
        return None

    def choose(self, part: tuple[str, int]) -> None:
        """Show a part's form (and select it in the tree)."""
        item = self._item(part)
        if item is not None:
            self.tree.setCurrentItem(item)

    def _part_chosen(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        self.part = tuple(item.data(0, Qt.ItemDataRole.UserRole))  # type: ignore[assignment]
        self._build_form()
        self._update_buttons()
        self._preview()

    def _update_buttons(self) -> None:
        kind, index = self.part
        on_category = kind == "category"
        count = len(self.data["categories"])
        self.remove_button.setEnabled(on_category)
        self.up_button.setEnabled(on_category and index > 0)
        self.down_button.setEnabled(on_category and index < count - 1)
        self.merge_button.setEnabled(on_category)
        self.split_button.setEnabled(on_category)

    # ----- the form -----
    def _build_form(self) -> None:
        self.fields.clear()
        self.markers.clear()
        self._order: list[QWidget] = []  # the form's controls in Tab order
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        content = QWidget()
        self.form = QGridLayout(content)
        self.form.setColumnStretch(0, 1)
        self.form.setColumnStretch(1, 1)
        self._row = 0
        english, spanish = QLabel(self.tr("English")), QLabel(self.tr("Spanish"))
        for column, label in enumerate((english, spanish)):
            label.setProperty("role", "subheading")
            self.form.addWidget(label, 0, column)
        self._row = 1
        kind, index = self.part
        if kind == "pack":
            self._line(
                ("id",),
                self.tr("Pack id (lowercase letters, digits and dashes)"),
                editable=self.previous is None,
            )
            self._line(("version",), self.tr("Version (three numbers, like 1.1.0)"))
            self._text(("title",), self.tr("Title"))
            self._text(("short_title",), self.tr("Short title (at most 40 characters)"))
            self._text(("description",), self.tr("Description"), long=True)
            self._text(
                ("provenance",), self.tr("Where the wording comes from (provenance)"), long=True
            )
            if "scale_name" in self.data:
                self._text(("scale_name",), self.tr("Name of the scale"))
        elif kind == "levels":
            self._levels_form()
        elif kind == "level":
            value = self.data["levels"][index]["value"]
            self._note(self.tr("Level %1").replace("%1", str(value)))
            self._text(("levels", index, "label"), self.tr("Name"))
            self._text(("levels", index, "description"), self.tr("What the level means"), long=True)
        elif kind == "section":
            self._line(("sections", index, "key"), self.tr("Key"))
            self._text(("sections", index, "title"), self.tr("Title"))
        elif kind == "category":
            self._category_form(index)
        else:
            self._note(
                self.tr(
                    "Choose a part in the list on the left. In the list, Ctrl+N adds a category; "
                    "on a category, Ctrl+Up and Ctrl+Down move it, Ctrl+Delete removes it and "
                    "Ctrl+M merges it into another."
                )
            )
        self.form.setRowStretch(self._row, 1)
        self.scroll.setWidget(content)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab: the parts and their buttons, the form (English then Spanish, row by row), the
        problems, then Undo, Redo, Save and Cancel (the form is made anew for each part)."""
        chain = [
            self.tree,
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.merge_button,
            self.split_button,
            self.tabs.tabBar(),
            *self._order,
            self.preview_language,
            self.pdf_button,
            self.problems,
            self.undo_button,
            self.redo_button,
            self.save_button,
            self.cancel_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _category_form(self, index: int) -> None:
        at: Path = ("categories", index)
        category = self.data["categories"][index]
        self._line((*at, "key"), self.tr("Key (lowercase letters, digits and dashes)"))
        if "sections" in self.data:
            box = QComboBox()
            keys = [s["key"] for s in self.data["sections"]]
            for section in self.data["sections"]:
                box.addItem(
                    section["title"].get(self.ctx.language) or section["key"], section["key"]
                )
            box.setCurrentIndex(
                keys.index(category["section"]) if category.get("section") in keys else -1
            )
            box.setAccessibleName(self.tr("Section"))
            box.currentIndexChanged.connect(
                lambda i: (
                    self._typed(
                        (*at, "section"), keys[i], _field_name((*at, "section")), merge=False
                    )
                    if i >= 0
                    else None
                )
            )
            self._label(self.tr("Section"), box)
            self.form.addWidget(box, self._row, 0, 1, 2)
            self._row += 1
            self.fields[_field_name((*at, "section"))] = {"en": box}
            self._order.append(box)
        self._text((*at, "title"), self.tr("Title"))
        self._text((*at, "summary"), self.tr("Summary"), long=True)
        language = self.ctx.language
        for level in self.data["levels"]:
            value = str(level["value"])
            if value in category["descriptors"]:
                name = level["label"].get(language, "")
                self._text(
                    (*at, "descriptors", value),
                    self.tr("Descriptor for level %1 (%2)")
                    .replace("%1", value)
                    .replace("%2", name),
                    long=True,
                )
        self._list(
            (*at, "indicators"),
            self.tr("What it looks like (indicators), one a line"),
            wrapped=True,
        )
        self._list((*at, "questions"), self.tr("Guiding questions, one a line"))
        self._list((*at, "strategies"), self.tr("Suggested strategies, one a line"))

    def _levels_form(self) -> None:
        count = len(self.data["levels"])
        self._note(
            self.tr(
                "This pack has %n level(s). A pack has 3 to 7; each category has a descriptor "
                "for each level.",
                "",
                count,
            )
        )
        add = self.add_level_button = _button(self.tr("Add a &level"))
        add.clicked.connect(lambda: self.set_level_count(len(self.data["levels"]) + 1))
        add.setEnabled(count < MAX_LEVELS)
        remove = self.remove_level_button = _button(self.tr("&Remove the last level"))
        remove.clicked.connect(lambda: self.set_level_count(len(self.data["levels"]) - 1))
        remove.setEnabled(count > MIN_LEVELS)
        self.form.addWidget(flow_row(add, remove), self._row, 0, 1, 2)
        self._row += 1
        self._order += [add, remove]

    def _note(self, text: str) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        self.form.addWidget(label, self._row, 0, 1, 2)
        self._row += 1

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setBuddy(buddy)
        self.form.addWidget(label, self._row, 0, 1, 2)
        self._row += 1
        return label

    def _line(self, path: Path, label: str, editable: bool = True) -> None:
        """A key or a version: one value, not a text in two languages."""
        edit = _Line()
        edit.setText(str(_get(self.data, path)))
        edit.setReadOnly(not editable)
        edit.setAccessibleName(label)
        edit.textEdited.connect(lambda value: self._typed(path, value, _field_name(path)))
        self._label(label, edit)
        self.form.addWidget(edit, self._row, 0, 1, 2)
        self._row += 1
        self.fields[_field_name(path)] = {"en": edit}
        self._order.append(edit)

    def _pair_row(self, path: Path, label: str, editors: dict[str, QWidget]) -> None:
        head = QWidget()
        row = QHBoxLayout(head)
        row.setContentsMargins(0, 6, 0, 0)
        title = QLabel(label)
        title.setWordWrap(True)
        title.setBuddy(editors["en"])
        marker = QLabel()
        marker.setProperty("role", "muted")
        row.addWidget(title, 1)
        row.addWidget(marker)
        self.form.addWidget(head, self._row, 0, 1, 2)
        self._row += 1
        for column, language in enumerate(LANGUAGES):
            name = self.tr("English") if language == "en" else self.tr("Spanish")
            editors[language].setAccessibleName(f"{label} ({name})")
            self.form.addWidget(editors[language], self._row, column)
        self._row += 1
        field = _field_name(path)
        self.fields[field] = editors
        self._order += [editors[language] for language in LANGUAGES]
        self.markers[field] = marker
        self._mark(field)

    def _text(self, path: Path, label: str, long: bool = False) -> None:
        """A text in English and Spanish, side by side."""
        value = _get(self.data, path)
        editors: dict[str, QWidget] = {}
        for language in LANGUAGES:
            if long:
                area = _Lines()
                area.setPlainText(value.get(language, ""))
                area.textChanged.connect(
                    lambda area=area, language=language: self._typed(
                        (*path, language), area.toPlainText(), _field_name(path)
                    )
                )
                editors[language] = area
            else:
                line = _Line()
                line.setText(value.get(language, ""))
                line.textEdited.connect(
                    lambda text, language=language: self._typed(
                        (*path, language), text, _field_name(path)
                    )
                )
                editors[language] = line
        self._pair_row(path, label, editors)

    def _list(self, path: Path, label: str, wrapped: bool = False) -> None:
        """Items a line each, the English and Spanish lines paired in order; ``wrapped``: each
        item is ``{"text": ...}`` with its marks (indicators), which a line keeps."""
        items = _get(self.data, path)
        editors: dict[str, QWidget] = {}
        for language in LANGUAGES:
            area = _Lines()
            area.setMaximumHeight(180)
            texts = [(item["text"] if wrapped else item).get(language, "") for item in items]
            area.setPlainText("\n".join(texts))
            area.textChanged.connect(
                lambda area=area, language=language: self._typed(
                    path,
                    self._lines_value(path, language, area.toPlainText(), wrapped),
                    _field_name(path),
                )
            )
            editors[language] = area
        self._pair_row(path, label, editors)

    def _lines_value(self, path: Path, language: str, typed: str, wrapped: bool) -> list[Any]:
        old = _get(self.data, path)
        lines = typed.split("\n") if typed else []
        other = "es" if language == "en" else "en"
        count = max(len(lines), len(old))
        out: list[Any] = []
        for i in range(count):
            item = (
                copy.deepcopy(old[i])
                if i < len(old)
                else ({"text": {}, "added": False} if wrapped else {})
            )
            text = item["text"] if wrapped else item
            text[language] = lines[i] if i < len(lines) else ""
            text.setdefault(other, "")
            out.append(item)
        while out and not any((out[-1]["text"] if wrapped else out[-1]).values()):
            out.pop()  # lines emptied in both languages: the item is gone
        return out

    def _mark(self, field: str) -> None:
        """The marker on a text still missing one of its languages: a sign and words."""
        marker = self.markers.get(field)
        if marker is None:
            return
        path = self._path_of(field)
        value = _get(self.data, path)
        texts = (
            [v["text"] if isinstance(v, dict) and "text" in v else v for v in value]
            if isinstance(value, list)
            else [value]
        )
        missing = [
            language
            for language in LANGUAGES
            if any(not t.get(language, "").strip() for t in texts)
        ]
        if len(missing) == 1:
            words = self.tr("Spanish missing") if missing == ["es"] else self.tr("English missing")
            marker.setText(f"\u26a0 {words}")
        elif missing and any(any(t.values()) for t in texts):
            marker.setText("\u26a0 " + self.tr("Both languages missing"))
        elif missing:
            marker.setText("\u26a0 " + self.tr("Empty"))
        else:
            marker.setText("")
        marker.setAccessibleName(marker.text())
        for editor in self.fields.get(field, {}).values():
            editor.setAccessibleDescription(marker.text())  # said when the field is reached

    def _path_of(self, field: str) -> Path:
        out: list[str | int] = []
        for name, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", field):
            out.append(int(index) if index else name)
        return tuple(out)

    # ----- changes -----
    def _typed(self, path: Path, value: Any, field: str, merge: bool = True) -> None:
        """A field changed by the person: one undo step per field (typing joins it)."""
        after = _with(self.data, path, value)
        self.undo_stack.push(_Change(self, self.tr("Typing"), after, field, merge=merge))

    def _change(self, text: str, after: dict[str, Any], part: tuple[str, int]) -> None:
        """A change to the pack's shape (categories, levels): one undo step."""
        self.undo_stack.push(_Change(self, text, after, f"part:{part[0]}:{part[1]}"))

    def apply(self, data: dict[str, Any], field: str, rebuild: bool) -> None:
        """Show ``data`` (after a change, an undo or a redo): typing changes the field's marker
        only; otherwise the tree and the form are made again, at the part the change was in."""
        self.data = data
        if not rebuild:
            self._mark(field)
            self._retitle()  # names, and the sign on a part with a text half translated
            self.checking.start()
            self._preview()
            return
        self.checking.stop()
        part = self._part_for(field)
        self._fill_tree()
        if self._item(part) is None:
            part = ("categories", 0)
        self.tree.setCurrentItem(self._item(part))
        self._part_chosen()
        self._validate()
        widgets = self.fields.get(field)
        if widgets:
            next(iter(widgets.values())).setFocus()
        else:
            self.tree.setFocus()

    def _part_for(self, field: str) -> tuple[str, int]:
        found = re.fullmatch(r"part:(\w+):(\d+)", field)
        if found:
            return found[1], int(found[2])
        at = _PART.match(field)
        if at:
            return {"levels": "level", "sections": "section", "categories": "category"}[at[1]], int(
                at[2]
            )
        return ("pack", 0)

    def _retitle(self) -> None:
        """The tree's names after a title, label or key was typed (the selection stays)."""
        part = self.part
        self._fill_tree()
        item = self._item(part)
        self.tree.blockSignals(True)
        self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)

    def _category_index(self) -> int | None:
        kind, index = self.part
        return index if kind == "category" else None

    def add_category(self) -> None:
        after = copy.deepcopy(self.data)
        keys = {c["key"] for c in after["categories"]}
        n = 1
        while f"new-category-{n}" in keys:
            n += 1
        values = [lv["value"] for lv in after["levels"]]
        section = after["sections"][0]["key"] if after.get("sections") else None
        at = self._category_index()
        where = len(after["categories"]) if at is None else at + 1
        after["categories"].insert(
            where, rubrics.blank_category(f"new-category-{n}", values, section)
        )
        if self.previous is None:
            after["categories"][where].pop(rubrics.ORIGIN)
        self._change(self.tr("Add a category"), after, ("category", where))

    def remove_category(self) -> None:
        at = self._category_index()
        if at is None:
            return
        after = copy.deepcopy(self.data)
        del after["categories"][at]
        self._change(self.tr("Remove a category"), after, ("category", max(0, at - 1)))

    def move_category(self, step: int) -> None:
        at = self._category_index()
        if at is None or not 0 <= at + step < len(self.data["categories"]):
            return
        after = copy.deepcopy(self.data)
        cats = after["categories"]
        cats[at], cats[at + step] = cats[at + step], cats[at]
        self._change(self.tr("Move a category"), after, ("category", at + step))

    def merge_into(self, target: int | None = None) -> None:
        """Merge the chosen category into another: the other keeps its texts and now comes from
        both (the chosen one's sources added), the chosen one is removed."""
        at = self._category_index()
        if at is None:
            return
        others = [i for i in range(len(self.data["categories"])) if i != at]
        if target is None:
            names = [self._category_name(i) for i in others]
            picked, ok = QInputDialog.getItem(
                self,
                self.tr("Merge into…"),
                self.tr("Merge this category into:"),
                names,
                0,
                False,
            )
            self.activateWindow()  # back from the chooser: the keys go on to the editor
            if not ok or picked not in names:
                return
            target = others[names.index(picked)]
        after = copy.deepcopy(self.data)
        source, into = after["categories"][at], after["categories"][target]
        if rubrics.ORIGIN in into:
            into[rubrics.ORIGIN] = [
                *into[rubrics.ORIGIN],
                *[s for s in source.get(rubrics.ORIGIN, []) if s not in into[rubrics.ORIGIN]],
            ]
        del after["categories"][at]
        self._change(self.tr("Merge categories"), after, ("category", target - (target > at)))

    def split_category(self) -> None:
        """Split the chosen category in two: a copy of it follows it, under a new key, coming
        from the same categories (each half is then reworded to its own part)."""
        at = self._category_index()
        if at is None:
            return
        after = copy.deepcopy(self.data)
        source = after["categories"][at]
        keys = {c["key"] for c in after["categories"]}
        n = 2
        while f"{source['key']}-{n}" in keys:
            n += 1
        half = copy.deepcopy(source)
        half["key"] = f"{source['key']}-{n}"
        after["categories"].insert(at + 1, half)
        self._change(self.tr("Split a category"), after, ("category", at + 1))

    def set_level_count(self, count: int) -> None:
        if not MIN_LEVELS <= count <= MAX_LEVELS:
            return
        after = copy.deepcopy(self.data)
        levels = after["levels"]
        while len(levels) < count:
            value = len(levels) + 1
            levels.append(
                {"value": value, "label": {"en": "", "es": ""}, "description": {"en": "", "es": ""}}
            )
            for category in after["categories"]:
                category["descriptors"][str(value)] = {"en": "", "es": ""}
        while len(levels) > count:
            value = levels.pop()["value"]
            for category in after["categories"]:
                category["descriptors"].pop(str(value), None)
        self._change(self.tr("Change the number of levels"), after, ("levels", 0))

    def undo(self) -> None:
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    # ----- validation, problems and saving -----
    def finished(self) -> dict[str, Any]:
        return rubrics.finish(self.data, self.previous)

    def _validate(self) -> PackError | None:
        self.checking.stop()
        try:
            pack_file.validate(self.finished())
        except PackError as error:
            self._show_problems(error)
            return error
        self._show_problems(None)
        return None

    def _show_problems(self, error: PackError | None) -> None:
        self.problems.clear()
        self.problem_paths = []
        if error is None:
            self.problems_heading.setText(self.tr("No problems: the pack can be saved."))
            self.problems.setVisible(False)
            return
        # The lineage's categories are made from the categories: a problem there repeats one
        # the person fixes in a category (a badly written key, a key used twice).
        kept = [p for p in error.problems if not p[0].startswith("lineage.categories")]
        kept = kept or error.problems
        # The validator lists 50 and counts the rest in a last line: the heading counts all.
        more = kept[-1].values["count"] if kept and kept[-1].code is Code.MORE else None
        self.problem_count = len(kept) - 1 + int(more) if more is not None else len(kept)
        _, found = pack_problems.explain(PackError(error.args[0], kept, error.refusal))
        self.problems_heading.setText(
            self.tr(
                "%n problem(s) to fix before saving (Enter on one goes to its field):",
                "",
                self.problem_count,
            )
        )
        for (path, _), (where, why) in zip(kept, found, strict=True):
            self.problems.addItem(
                QListWidgetItem(self.tr("%1: %2").replace("%1", where).replace("%2", why))
            )
            self.problem_paths.append(path)
        self.problems.setVisible(True)

    def go_to(self, path: str) -> None:
        """Show the field a problem names and put the focus in it (in its language)."""
        if path == "lineage.previous_version":
            path = "version"  # made from the version before: this version's number is wrong
        part = self._part_for(path)
        if path.startswith("lineage"):
            part = ("pack", 0)
        self.choose(part)
        if self.part != part:
            self.part = part
            self._build_form()
        language = path.rsplit(".", 1)[-1] if path.rsplit(".", 1)[-1] in LANGUAGES else "en"
        best = max(
            (
                f
                for f in self.fields
                if path == f or path.startswith(f + ".") or path.startswith(f + "[")
            ),
            key=len,
            default=None,
        )
        if best is None:
            target = next(iter(self.fields.values()), {}).get("en")
        else:
            widgets = self.fields[best]
            target = widgets.get(language) or widgets["en"]
        if target is not None:
            target.setFocus()
            self.scroll.ensureWidgetVisible(target)

    def _refused(self) -> None:
        """Saving was refused: say so above the problems and go to the first."""
        self.problems_heading.setText(
            self.tr(
                "Not saved: %n problem(s) to fix first (Enter on one goes to its field):",
                "",
                self.problem_count,
            )
        )
        self.problems.setCurrentRow(0)
        self.problems.setFocus()

    def save(self) -> None:
        """Save as a new installed version; refused (nothing saved) while the pack has problems."""
        error = self._validate()
        if error is not None:
            self._refused()
            return
        try:
            self.saved_pack = rubrics.save_new_version(self.ctx.roots, self.finished())
        except PackError as refused:
            self._show_problems(refused)
            self._refused()
            return
        except RootsError as error_:
            messages.show_error(self, error_)
            return
        self.saved.emit(self.saved_pack.ref)
        self.accept()

    def reject(self) -> None:
        """Cancel or Escape: what was typed is lost, so a changed pack asks first."""
        if self.saved_pack is None and not self.undo_stack.isClean():
            closing = messages.ask(
                self,
                self.tr("Close the editor without saving?"),
                self.tr("The changes made in the editor are lost; nothing was installed."),
                self.tr("Close without saving"),
                for_good=True,
            )
            if not closing:
                return
        super().reject()

    # ----- the preview -----
    def preview_pdf(self) -> FilePath | None:
        """The printed sheets of the pack as it is now, opened in the computer's PDF viewer
        (only a pack without problems can be printed: else the problems are shown)."""
        language = self.preview_language.currentData()
        try:
            path = rubrics.write_preview(self.ctx.roots, self.finished(), language)
        except PackError as refused:
            self._show_problems(refused)
            self.problems_heading.setText(
                self.tr(
                    "The printed sheets need a pack without problems: %n to fix first (Enter "
                    "on one goes to its field):",
                    "",
                    self.problem_count,
                )
            )
            self.problems.setCurrentRow(0)
            self.problems.setFocus()
            return None
        except RootsError as error:
            messages.show_error(self, error)
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def _preview(self) -> None:
        if self.tabs.currentIndex() != 1:
            return  # made when shown: not on every keystroke while the texts are edited
        language = self.preview_language.currentData()
        kind, index = self.part
        categories = self.data["categories"]
        category = categories[index if kind == "category" and index < len(categories) else 0]
        self.preview_title.setText(category["title"].get(language, ""))
        self.preview_summary.setText(category["summary"].get(language, ""))
        show_bullets(
            self.preview_indicators,
            [i["text"].get(language, "") for i in category["indicators"]],
            QCoreApplication.translate("WalkthroughPage", "What it looks like"),
        )
        self.preview_levels.setText(
            QCoreApplication.translate(
                "WalkthroughPage", "Where are we? Choose a level (press its number)"
            )
        )
        levels = self.data["levels"]
        while len(self.cards) > len(levels):
            card = self.cards.pop()
            self.preview_cards.removeWidget(card)
            card.deleteLater()
        while len(self.cards) < len(levels):
            card = LevelCard(len(self.cards) + 1)
            card.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture of the cards, not a choice
            self.cards.append(card)
            self.preview_cards.addWidget(card)
        for card, level in zip(self.cards, levels, strict=True):
            descriptor = category["descriptors"].get(str(level["value"]), {}).get(language, "")
            label = level["label"].get(language, "")
            card.set_texts(label, descriptor, f"{level['value']}. {label}")
