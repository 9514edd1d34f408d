"""The choice of an LEA on the District and Progress pages (issue 19): "All schools", then each
LEA by name and CDS code; one choice remembered for both pages and the next start."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from roots_app.domain.state_report import Lea
from roots_app.ui.context import UiContext


def all_schools() -> str:
    return QCoreApplication.translate("LeaChoice", "All schools")


def fill_leas(combo: QComboBox, pair: QWidget, leas: Sequence[Lea], ctx: UiContext) -> None:
    """Fill ``combo`` with the choices, the remembered one chosen; ``pair`` (the choice and
    its label) is hidden while there is no LEA: nothing to choose."""
    current = ctx.roots.settings.lea_filter  # chosen here or on the other page
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_schools(), "")
    for found in leas:
        combo.addItem(f"{found.name} ({found.cds_code})", found.cds_code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)
    pair.setVisible(bool(leas))


def remember_lea(ctx: UiContext, code: str | None) -> None:
    """The LEA chosen on District or Progress, for both and for the next start."""
    if ctx.roots.settings.lea_filter != (code or ""):
        ctx.roots.settings.lea_filter = code or ""
        ctx.roots.save_settings()
