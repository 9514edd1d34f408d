"""A level choice as a large card: the label, its descriptor, and the number key to press."""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

# Where Qt may wrap a line: at spaces, and after a hyphen ("Relationship-building").
WORDS = re.compile(r"\s+|(?<=-)")


class LevelCard(QPushButton):
    """A checkable button that lays out wrapped text (a plain QPushButton cannot wrap).

    ``compact``: the label and number only, the descriptor in the tooltip (the team view,
    where the members' spread above needs the room)."""

    def __init__(self, value: int, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        self.value = value
        self.compact = compact
        self.setCheckable(True)
        # One of a group, like a radio button: screen readers say "radio button", not "check
        # box" (Qt's role for a checkable auto-exclusive button). The pager's group is not
        # exclusive, so it still decides alone which card shows chosen.
        self.setAutoExclusive(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setProperty("chosen", False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 14)  # five cards in one row at 1024x700
        layout.setSpacing(6)
        self.key_label = QLabel(str(value))
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.key_label.setProperty("role", "muted")
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setProperty("role", "subheading")
        self.mark = QLabel()
        self.descriptor = QLabel()
        self.descriptor.setWordWrap(True)
        self.descriptor.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        for label in (self.key_label, self.title, self.mark, self.descriptor):
            label.setTextFormat(Qt.TextFormat.PlainText)  # pack text is shown as written
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            policy.setHeightForWidth(label.wordWrap())  # else the card is too short for it
            label.setSizePolicy(policy)
            layout.addWidget(label)
        # The descriptor (top-aligned) takes the spare height, so a long one is never cut off.
        spare = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        spare.setHeightForWidth(True)
        self.descriptor.setSizePolicy(spare)
        self.mark.setVisible(False)
        self.descriptor.setVisible(not compact)
        if compact:
            layout.setContentsMargins(10, 6, 10, 8)  # five in one row at 1024x700 (English)
            layout.setSpacing(2)
        self.toggled.connect(self._show_chosen)

    def set_texts(self, label: str, descriptor: str, accessible: str) -> None:
        self.title.setText(label)
        self.descriptor.setText(descriptor)
        self.setAccessibleName(accessible)
        self.setAccessibleDescription(descriptor)
        self.setToolTip(descriptor)

    def set_mark(self, text: str) -> None:
        """The words shown on the chosen card, beside the thick border (not colour alone)."""
        self.mark.setText(text if self.isChecked() else "")

    def _show_chosen(self, checked: bool) -> None:
        # The style sheet draws the chosen card by its checked state, at paint time: no
        # restyling on every change (it took a tenth of a category switch).
        self.setProperty("chosen", checked)
        self.mark.setVisible(checked)

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint().expandedTo(QSize(150, 48 if self.compact else 160))

    def minimumSizeHint(self) -> QSize:
        """As narrow as the longest word (of the label or the descriptor) allows: a narrower
        card would cut a word such as "Estableciéndose" (the row then wraps, see EqualRow).
        A compact card shows no descriptor (it is in the tooltip): its words do not count."""
        shown = (self.title,) if self.compact else (self.title, self.descriptor)
        words = [
            label.fontMetrics().horizontalAdvance(word)
            for label in shown
            for word in WORDS.split(label.text())
        ]
        if self.mark.text():  # "✔ Chosen" stays on one line
            words.append(self.mark.fontMetrics().horizontalAdvance(self.mark.text()))
        margins = self.layout().contentsMargins()
        width = max([80, *words]) + margins.left() + margins.right() + 4
        return QSize(width, self.layout().minimumSize().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalHeightForWidth(width)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Number keys and arrows belong to the category pager (pick a level, move between the
        # cards); a card only answers Space and Enter.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        if event.key() == Qt.Key.Key_Space:
            super().keyPressEvent(event)
            return
        event.ignore()
