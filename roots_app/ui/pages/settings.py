"""Settings: the interface language and where Roots keeps its data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QWidget,
)

from roots_app.ui.context import UiContext
from roots_app.ui.i18n import LANGUAGES
from roots_app.ui.widgets.appearance_settings import AppearanceSettings
from roots_app.ui.widgets.backups_settings import BackupsSettings
from roots_app.ui.widgets.database_settings import DatabaseSettings
from roots_app.ui.widgets.page_scroll import scrolling_page
from roots_app.ui.widgets.retranslate import Retranslating, heading
from roots_app.ui.widgets.speech_settings import SpeechSettings


class SettingsPage(Retranslating, QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = scrolling_page(self)  # large text or a small screen: scrolls, never clips
        # The page's scroll area, to bring a section into view (the backups, the voices).
        self.scroll = self.findChild(QScrollArea, "", Qt.FindChildOption.FindDirectChildrenOnly)
        layout.setContentsMargins(24, 16, 24, 16)
        self.title = heading()
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.data_label = QLabel()
        self.data_value = QLabel(str(ctx.roots.data_dir))
        self.log_label = QLabel()
        self.log_value = QLabel(str(ctx.log_file or ""))
        for value in (self.data_value, self.log_value):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
        self.form.addRow(self.language_label, self.language)
        self.form.addRow(self.data_label, self.data_value)
        self.form.addRow(self.log_label, self.log_value)
        self.form.setRowVisible(self.log_label, ctx.log_file is not None)
        self.database = DatabaseSettings(ctx)
        self.backups = BackupsSettings(ctx)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addSpacing(12)
        layout.addWidget(AppearanceSettings(ctx))
        layout.addWidget(self.database)
        layout.addWidget(self.backups)
        layout.addWidget(SpeechSettings(ctx))
        layout.addStretch(1)
        self.retranslate()

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        if code != self.ctx.language:
            self.ctx.set_language(code)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.scroll.setAccessibleName(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.data_label.setText(self.tr("Your data is kept in:"))
        self.log_label.setText(self.tr("Log file:"))
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(self.ctx.language)))
        self.language.blockSignals(False)
