"""Radio buttons and check boxes whose text wraps onto more lines, like a word-wrapped label.

Qt's own draw their text on one line: at 200 % text a long Spanish choice ran off the page.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

FLAGS = int(Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic | Qt.AlignmentFlag.AlignLeft)

_Button = QRadioButton | QCheckBox


def _parts(button: _Button) -> tuple[QStyle.ControlElement, QStyle.SubElement]:
    if isinstance(button, QRadioButton):
        return QStyle.ControlElement.CE_RadioButton, QStyle.SubElement.SE_RadioButtonContents
    return QStyle.ControlElement.CE_CheckBox, QStyle.SubElement.SE_CheckBoxContents


def _option(button: _Button, rect: QRect) -> QStyleOptionButton:
    option = QStyleOptionButton()
    button.initStyleOption(option)
    option.rect = rect
    return option


def _indent(button: _Button) -> int:
    """Where the text starts: after the indicator and its gap."""
    option = _option(button, QRect(0, 0, 1000, 100))
    return button.style().subElementRect(_parts(button)[1], option, button).x()


def text_room(button: _Button, width: int) -> int:
    """How wide the text may be, in a button ``width`` wide."""
    return max(1, width - _indent(button) - 2)


def text_rect(button: _Button, width: int) -> QRect:
    """The wrapped text's box, for a button ``width`` wide."""
    room = text_room(button, width)
    return button.fontMetrics().boundingRect(QRect(0, 0, room, 100000), FLAGS, button.text())


def _height(button: _Button, width: int) -> int:
    one_line = QSize(button.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight), 0)
    return max(one_line.width(), text_rect(button, width).height()) + 4


def _size_hint(button: _Button) -> QSize:
    width = _indent(button) + button.fontMetrics().horizontalAdvance(
        button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    )
    return QSize(width + 4, _height(button, width + 4))


def _minimum(button: _Button) -> QSize:
    words = button.text().replace("&", "").split()
    widest = max((button.fontMetrics().horizontalAdvance(w) for w in words), default=0)
    width = _indent(button) + widest + 4
    # One line high, as a wrapping QLabel's: layouts ask heightForWidth for the real height,
    # and a scroll area would otherwise keep room for the text wrapped word by word.
    return QSize(width, _size_hint(button).height())


def _paint(button: _Button) -> None:
    painter = QStylePainter(button)
    control, contents = _parts(button)
    option = _option(button, button.rect())
    text = option.text
    option.text = ""  # the indicator and focus, drawn by the style; the text, wrapped, here
    full = option.rect
    option.rect = QRect(0, 0, full.width(), button.fontMetrics().height() + 4)  # by line one
    painter.drawControl(control, option)
    option.rect = full
    option.text = text
    room = button.style().subElementRect(contents, option, button)
    room.setTop(0)
    room.setHeight(button.height())
    painter.drawItemText(
        room, FLAGS, option.palette, button.isEnabled(), text, button.foregroundRole()
    )


def _setup(button: _Button) -> None:
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    button.setSizePolicy(policy)


class WrappingRadio(QRadioButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _setup(self)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return _height(self, width)

    def sizeHint(self) -> QSize:
        return _size_hint(self)

    def minimumSizeHint(self) -> QSize:
        return _minimum(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        _paint(self)


class WrappingCheck(QCheckBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _setup(self)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return _height(self, width)

    def sizeHint(self) -> QSize:
        return _size_hint(self)

    def minimumSizeHint(self) -> QSize:
        return _minimum(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        _paint(self)
