"""A choice box shortened at large text keeps the chosen entry whole in its tooltip, also when
a page fills it with its signals blocked and then chooses an entry (the State report's LEA)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from roots_app.ui.widgets.elided import ShrinkingCombo
from tests.ui.screens import settle


@pytest.mark.parametrize("policy", ["first show", "contents"])
def test_the_tooltip_is_the_entry_chosen_while_signals_were_blocked(
    qtbot: QtBot, policy: str
) -> None:
    combo = ShrinkingCombo()
    qtbot.addWidget(combo)
    if policy == "contents":
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.blockSignals(True)
    combo.addItem("Los Angeles Unified (19647330000000)", "1")
    combo.setCurrentIndex(0)
    combo.blockSignals(False)
    settle(qtbot)
    assert combo.toolTip() == "Los Angeles Unified (19647330000000)"
    combo.blockSignals(True)
    combo.clear()
    for name in ("Alhambra Unified", "Burbank Unified", "Compton Unified"):
        combo.addItem(name)
    combo.setCurrentIndex(2)
    combo.blockSignals(False)
    settle(qtbot)
    assert combo.toolTip() == "Compton Unified"
    combo.setCurrentIndex(1)  # chosen by the person: at once
    assert combo.toolTip() == "Burbank Unified"
