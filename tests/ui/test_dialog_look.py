"""Error text in the dialogs takes its colour from the theme: the everyday look, the
high-contrast meeting look, and a dark window all keep it readable."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from roots_app.domain.people import Team
from roots_app.ui import theme
from roots_app.ui.dialogs.action import ActionDialog
from roots_app.ui.dialogs.new_assessment import NewAssessmentDialog
from roots_app.ui.dialogs.school_team import SchoolTeamDialog
from roots_app.ui.dialogs.team import TeamDialog


def _ratio(one: QColor, other: QColor) -> float:
    """WCAG contrast ratio of two colours."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _dialogs() -> list[QDialog]:
    return [
        ActionDialog(),
        NewAssessmentDialog([], [], "en"),
        SchoolTeamDialog(),
        TeamDialog(Team("t1", "s1", "Garfield Family Action Team")),
    ]


@pytest.mark.parametrize("meeting", [False, True])
def test_dialog_errors_take_the_theme_colour(
    qtbot: QtBot, qapp: QApplication, meeting: bool
) -> None:
    theme.apply(qapp, meeting=meeting)
    try:
        expected = QColor(theme.ERROR_CONTRAST if meeting else theme.ERROR)
        for dialog in _dialogs():
            qtbot.addWidget(dialog)
            error = dialog.error  # type: ignore[attr-defined]
            assert isinstance(error, QLabel)
            error.setText("Type a name.")
            error.ensurePolished()
            shown = error.palette().color(error.foregroundRole())
            assert shown == expected, type(dialog).__name__
            window = error.palette().color(QPalette.ColorRole.Window)
            assert _ratio(shown, window) >= 4.5, type(dialog).__name__
    finally:
        theme.apply(qapp)


def test_error_colour_stays_readable_on_a_dark_window() -> None:
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    colour = QColor(theme.error_colour(dark))
    assert _ratio(colour, QColor("#202124")) >= 4.5
    assert theme.error_colour(dark) != theme.ERROR  # the everyday red would be unreadable
