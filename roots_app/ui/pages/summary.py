"""The summary of one assessment: every category with the level each rater gave."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from roots_app import settings
from roots_app.domain.assessment import Assessment
from roots_app.domain.consensus import strengths_and_growth
from roots_app.ui.context import UiContext
from roots_app.ui.labels import role_label, status_label
from roots_app.ui.models.summary_model import SummaryModel
from roots_app.ui.widgets.page_scroll import scrolling_page
from roots_app.ui.widgets.retranslate import Retranslating, heading
from roots_app.ui.widgets.table_headers import fit_headings


class SummaryPage(Retranslating, QWidget):
    back_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.assessment: Assessment | None = None
        # The lists of highest and lowest categories are long at 200 % text: the page scrolls.
        layout = scrolling_page(self)
        layout.setContentsMargins(24, 16, 24, 16)
        self.title = heading()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.roots_label = QLabel()
        self.roots_label.setWordWrap(True)
        self.roots_label.setTextFormat(Qt.TextFormat.PlainText)
        self.model = SummaryModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setMinimumSectionSize(90)
        fit_headings(self.table)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(240)  # a few rows, even when the texts above are long
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.roots_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.retranslate()

    def open(self, assessment: Assessment) -> None:
        self.assessment = assessment
        self.retranslate()

    def _size_columns(self) -> None:
        """Long category titles wrap in a fixed column; the level columns fit their text.

        Set after every model reset: sections exist only once the model has columns.
        """
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            mode = QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(
                column, QHeaderView.ResizeMode.Interactive if column == 0 else mode
            )
        if self.model.columnCount():
            header.resizeSection(0, 340)

    def _shown(self) -> dict[str, str] | None:
        """Members as the team view shows them for this assessment: None for their names."""
        if self.assessment is None:
            return None
        mode = settings.shown_members(self.ctx.roots.settings, self.assessment.id)
        if mode == "names":
            return None
        present = sorted(self.assessment.present, key=lambda m: m.id)  # as the team view
        if mode == "roles":
            return {m.id: role_label(m.role) for m in present}
        return {
            m.id: self.tr("Member %1").replace("%1", str(position))
            for position, m in enumerate(present, 1)
        }

    def retranslate(self) -> None:
        self.title.setText(self.tr("Summary"))
        self.back_button.setText(self.tr("← Back to the walkthrough"))
        self.table.setAccessibleName(self.tr("Levels given, by category and rater"))
        self.model.set_assessment(self.assessment, self.ctx.language, self._shown())
        self._size_columns()
        if self.assessment is None:
            self.status.setText(self.tr("Open an assessment to see its summary."))
            return
        pack, lang = self.assessment.pack, self.ctx.language

        def titles(keys: tuple[str, ...] | list[str]) -> str:
            return "; ".join(pack.category(k).title[lang] for k in keys)

        missing = self.assessment.unagreed_categories()
        text = self.tr("Status: %1.").replace("%1", status_label(self.assessment.info.status))
        if missing:
            text += " " + self.tr("Still to agree: %1.").replace("%1", titles(missing))
        self.status.setText(text)
        picked = strengths_and_growth(self.assessment)
        lines = []
        if picked.strengths:
            lines.append(
                "✔ "
                + self.tr("Highest agreed levels, to celebrate and keep: %1").replace(
                    "%1", titles(picked.strengths)
                )
            )
        if picked.growth:
            lines.append(
                "↗ "
                + self.tr("Lowest agreed levels, to consider for your focus: %1").replace(
                    "%1", titles(picked.growth)
                )
            )
        self.roots_label.setText("\n".join(lines))
        self.roots_label.setVisible(bool(lines))
