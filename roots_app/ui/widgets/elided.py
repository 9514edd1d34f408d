"""Text that may not fit its box keeps the whole in a tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def whole_text_in_tooltip(combo: QComboBox) -> QComboBox:
    """A choice box too narrow for its longest entry (a category title) keeps the chosen
    entry, whole, in its tooltip."""

    def update() -> None:
        combo.setToolTip(combo.currentText())

    combo.currentTextChanged.connect(update)
    # Filled with its signals blocked, a combo still tells through its model.
    for signal in (combo.model().rowsInserted, combo.model().rowsRemoved):
        signal.connect(update)
    combo.model().modelReset.connect(update)
    update()
    return combo
