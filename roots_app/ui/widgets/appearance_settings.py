"""Settings > Appearance: text size, high contrast, light or dark. Shown at once in every
window, and kept in settings.json for the next start."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QWidget,
)

from roots_app.ui import theme
from roots_app.ui.context import UiContext
from roots_app.ui.widgets.elided import ShrinkingCombo
from roots_app.ui.widgets.retranslate import Retranslating


class AppearanceSettings(Retranslating, QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.text_size = QComboBox()
        for size in theme.TEXT_SIZES:
            self.text_size.addItem("", size)
        self.contrast = QCheckBox()
        self.scheme = ShrinkingCombo()  # long entries: narrower at 200 % text on a small screen
        for scheme in theme.SCHEMES:
            self.scheme.addItem("", scheme)
        chosen = theme.Appearance.from_settings(ctx.roots.settings)
        self.text_size.setCurrentIndex(self.text_size.findData(chosen.text_size))
        self.contrast.setChecked(chosen.contrast)
        self.scheme.setCurrentIndex(self.scheme.findData(chosen.scheme))
        self.size_label, self.scheme_label = QLabel(), QLabel()
        self.size_label.setBuddy(self.text_size)
        self.scheme_label.setBuddy(self.scheme)
        form.addRow(self.size_label, self.text_size)
        form.addRow(self.scheme_label, self.scheme)
        form.addRow(self.contrast)
        self.text_size.currentIndexChanged.connect(self._chosen)
        self.scheme.currentIndexChanged.connect(self._chosen)
        self.contrast.toggled.connect(self._chosen)
        self.retranslate()

    def chosen(self) -> theme.Appearance:
        return theme.Appearance(
            text_size=self.text_size.currentData(),
            contrast=self.contrast.isChecked(),
            scheme=self.scheme.currentData(),
        )

    def _chosen(self) -> None:
        """Show the choice everywhere now, and keep it."""
        chosen = self.chosen()
        chosen.store(self.ctx.roots.settings)
        self.ctx.roots.save_settings()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        theme.set_appearance(app, chosen)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Appearance"))
        self.size_label.setText(self.tr("Te&xt size:"))
        self.text_size.setAccessibleName(self.tr("Text size"))
        for index, size in enumerate(theme.TEXT_SIZES):
            self.text_size.setItemText(index, self.tr("%1%").replace("%1", str(size)))
        self.scheme_label.setText(self.tr("C&olours:"))
        self.scheme.setAccessibleName(self.tr("Colours"))
        names = {
            "system": self.tr("As the computer is set (light or dark)"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for index, scheme in enumerate(theme.SCHEMES):
            self.scheme.setItemText(index, names[scheme])
        self.contrast.setText(self.tr("Hi&gh contrast"))
        self.contrast.setToolTip(self.tr("Black and white text, darker lines and borders"))
