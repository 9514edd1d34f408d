"""The State report: what an LEA reported to the state, beside its own school teams.

Per practice of the LCFF rubric: the state-reported level, the median of the LEA's school
teams that assessed with the LCFF pack that school year, the difference and the change since
the previous year; the result (Met / Not Met) and the board meeting date above. The state's
levels are the LEA's own report: they never enter a team's results.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from roots_app.domain.crosswalk import Crosswalk
from roots_app.domain.rubric import RubricPack
from roots_app.domain.state_report import (
    PERFORMANCE_NAMES,
    Lea,
    PracticeYear,
    StateBeside,
    YearBeside,
)
from roots_app.errors import RootsError
from roots_app.services import crosswalk, rubrics, state
from roots_app.ui import labels, messages
from roots_app.ui.context import UiContext
from roots_app.ui.models.district_model import MAPPED_MARK
from roots_app.ui.widgets.elided import ShrinkingCombo
from roots_app.ui.widgets.flow import SideBySide, flow_row, labelled
from roots_app.ui.widgets.page_scroll import scrolling_page
from roots_app.ui.widgets.retranslate import Retranslating, heading
from roots_app.ui.widgets.state_chart import StateChart
from roots_app.ui.widgets.table_headers import fit_headings
from roots_app.ui.widgets.wrapping_choice import WrappingCheck

COLUMNS = 5  # practice, state level, teams' median, difference, change of the state level
MAPPED_COLUMN = COLUMNS  # with "mapped" chosen: the other rubrics' teams through the crosswalk


def signed(value: float | None) -> str:
    """+1, −0,5 or 0 (a difference; the sign says which side is higher)."""
    if value is None:
        return "–"
    if value > 0:
        return f"+{labels.number(value)}"
    if value < 0:
        return f"−{labels.number(-value)}"
    return "0"


class StateReportPage(Retranslating, QWidget):
    import_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: StateBeside | None = None
        self.pack: RubricPack | None = None
        self.packs: list[RubricPack] = []  # installed: the mapped rubrics' short titles
        self.leas: list[Lea] = []
        # Large text on a small screen: the page scrolls up and down (its table keeps a few
        # rows' height), rather than squeezing the intro, the choices and the buttons.
        layout = scrolling_page(self)
        layout.setContentsMargins(24, 16, 24, 16)
        self.title = heading()
        layout.addWidget(self.title)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "muted")
        layout.addWidget(self.intro)
        self.lea_label, self.lea = QLabel(), ShrinkingCombo()
        self.lea.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year_label, self.year = QLabel(), QComboBox()
        pairs = [
            labelled(label, widget)
            for label, widget in ((self.lea_label, self.lea), (self.year_label, self.year))
        ]
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_requested)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.draft_button = QPushButton()
        self.draft_button.clicked.connect(self.draft_narratives)
        right = (self.import_button, self.export_button, self.draft_button)
        # A long LEA name at large text: its box narrower, the name whole in its tooltip.
        layout.addWidget(flow_row(*pairs, right=right, shrinks=pairs[:1]))
        # The crosswalk (issue 19): teams on CEI, PTA or Family Empowerment in LCFF terms.
        self.crosswalk: tuple[Crosswalk, bool] | None = None  # and whether imported here
        self.mapped_box = WrappingCheck()
        self.mapped_box.toggled.connect(lambda _on: self._lea_chosen())
        self.crosswalk_import = QPushButton()
        self.crosswalk_import.clicked.connect(lambda: self.import_crosswalk())
        self.crosswalk_export = QPushButton()
        self.crosswalk_export.clicked.connect(lambda: self.export_crosswalk())
        crosswalk_row = SideBySide(spacing=16)  # the choice wraps beside the buttons, or above
        choice, buttons = QVBoxLayout(), QVBoxLayout()
        choice.addWidget(self.mapped_box)
        # The two buttons wrap one under the other when they do not fit side by side.
        buttons.addWidget(flow_row(right=(self.crosswalk_import, self.crosswalk_export)))
        crosswalk_row.add_column(choice, 1)
        crosswalk_row.add_column(buttons, 0, whole=True)
        layout.addWidget(crosswalk_row)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.result)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.empty, 1)  # the page's room when there is no table
        self.table = QTableWidget(0, COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        # At 200 % a practice's longest word ("relationships") may not fit the share of the
        # width its heading fits: the table scrolls sideways rather than cut it.
        fit_headings(self.table, words=True)
        # Wrapped titles need their rows' height again whenever the practice column resizes
        # (once the layout has settled: a scroll bar appearing narrows it once more).
        self.section_rows: list[int] = []  # the bold rows naming each section
        self.table.horizontalHeader().sectionResized.connect(
            lambda *_: QTimer.singleShot(0, self.table, self._fit_rows)
        )
        self.table.viewport().installEventFilter(self)  # and when its room changes
        # The table (one year) and its chart (a section over the years) as two tabs.
        self.views = QTabWidget()
        self.views.setMinimumHeight(self._views_height())
        self.views.addTab(self.table, "")
        self.chart = StateChart()
        self.views.addTab(self.chart, "")
        layout.addWidget(self.views, 1)
        self.status = QLabel()
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.lea.currentIndexChanged.connect(self._lea_chosen)
        self.year.currentIndexChanged.connect(self._show_year)
        self.retranslate()

    def _views_height(self) -> int:
        """The table's and chart's least height: the tabs, the headings and a few rows (or a
        chart) at the current text size; in a scrolling page it would otherwise be squeezed."""
        return max(240, 14 * self.fontMetrics().height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size chosen in Settings
            self.views.setMinimumHeight(self._views_height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self.table, self._fit_rows)
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("State report"))
        self.intro.setText(
            self.tr(
                "What the LEA reported to the state for Priority 3, beside the median of its "
                "school teams on the LCFF rubric. The state's levels never enter a team's "
                "results."
            )
        )
        self.lea_label.setText(self.tr("&LEA:"))
        self.lea.setAccessibleName(self.tr("LEA (district, county office or charter)"))
        self.year_label.setText(self.tr("&Year:"))
        self.year.setAccessibleName(self.tr("School year"))
        self.import_button.setText(self.tr("&Import a state file…"))
        self.export_button.setText(self.tr("&Save as spreadsheet…"))
        self.mapped_box.setText(self.tr("Show teams on CEI, PTA or Family Empowerment, &mapped"))
        self.crosswalk_import.setText(self.tr("Import crosswalk…"))
        self.crosswalk_export.setText(self.tr("Export crosswalk…"))
        self._set_headers()
        self.draft_button.setText(self.tr("&Draft narratives…"))
        self.draft_button.setToolTip(
            self.tr(
                "The year's nine narratives for the state, drafted from the school teams' "
                "agreed evidence and growth plans, as a Word document or plain text"
            )
        )
        self.table.setAccessibleName(self.tr("State level beside the teams' median, by practice"))
        self.views.setTabText(0, self.tr("Table"))
        self.views.setTabText(1, self.tr("Chart over the years"))
        self.views.setAccessibleName(self.tr("State report as a table or a chart"))
        self.empty.setText(
            self.tr(
                "No state report here yet. Import the state's Priority 3 file (File > Import "
                "the state's Priority 3 file…, or the button above) to see what your LEA "
                "reported beside what its school teams agreed."
            )
        )
        self.empty.setAccessibleName(self.empty.text())
        if self.leas:
            self._fill_leas()
        self._show_year()

    def _set_headers(self) -> None:
        """The columns' headings (the mapped one only while it is shown)."""
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Practice"),
                # Two lines each: the practices' titles keep the width (1024 px, Spanish).
                self.tr("State\nlevel"),
                self.tr("Teams'\nmedian"),
                self.tr("Difference"),
                self.tr("Change since\nlast year"),
                self.tr("Other rubrics,\nmapped"),
            ][: self.table.columnCount()]
        )

    # ----- loading -----
    def refresh(self, lea: str | None = None) -> None:
        """Read the LEAs again and show ``lea`` (a CDS code), else the remembered one."""
        try:
            self.leas = state.list_leas(self.ctx.roots)
            # The version whose categories are the state's practices: a district's later one
            # may rename or merge them (its teams are read back into these).
            self.pack = state.practice_pack(self.ctx.roots)
            self.packs = rubrics.installed(self.ctx.roots)
        except RootsError as error:
            messages.show_error(self, error)
            return
        wanted = lea or self.lea.currentData() or self.ctx.roots.settings.state_lea
        self._fill_leas(wanted)
        self._lea_chosen()

    def _fill_leas(self, wanted: str | None = None) -> None:
        current = wanted or self.lea.currentData()
        self.lea.blockSignals(True)
        self.lea.clear()
        for found in self.leas:
            self.lea.addItem(f"{found.name} ({found.cds_code})", found.cds_code)
        self.lea.setCurrentIndex(max(0, self.lea.findData(current)))
        self.lea.blockSignals(False)

    def _lea_chosen(self) -> None:
        code = self.lea.currentData()
        self.view = None
        if code:
            try:
                self.crosswalk = None
                if self.mapped_box.isChecked():
                    self.crosswalk = crosswalk.current(self.ctx.roots)
                mapped = self.crosswalk[0] if self.crosswalk else None
                self.view = state.state_view(self.ctx.roots, code, mapped=mapped)
            except RootsError as error:
                messages.show_error(self, error)
            if code != self.ctx.roots.settings.state_lea:
                self.ctx.roots.settings.state_lea = code
                self.ctx.roots.save_settings()
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        years = [y.year for y in self.view.years] if self.view else []
        for year in reversed(years):  # newest first
            self.year.addItem(year, year)
        reported = [y.year for y in self.view.years if y.reported] if self.view else []
        newest = reported[-1] if reported else (years[-1] if years else None)
        self.year.setCurrentIndex(max(0, self.year.findData(current or newest)))
        self.year.blockSignals(False)
        self._show_year()

    def shown_year(self) -> YearBeside | None:
        if self.view is None:
            return None
        year = self.year.currentData()
        return next((y for y in self.view.years if y.year == year), None)

    def _show_year(self) -> None:
        shown = self.shown_year()
        has_data = shown is not None and self.pack is not None
        for widget in (self.views, self.result, self.status):
            widget.setVisible(has_data)
        self.empty.setVisible(not has_data)
        self.export_button.setEnabled(has_data)
        self.draft_button.setEnabled(has_data)
        for widget in (self.lea, self.lea_label, self.year, self.year_label, self.mapped_box):
            widget.setEnabled(bool(self.leas))
        if shown is None or self.pack is None:
            self.table.setRowCount(0)
            return
        self.result.setText(self._result_text(shown))
        self.result.setAccessibleName(self.result.text())
        self._fill_table(shown, self.pack)
        self.chart.show_view(self.view, self.pack, self.ctx.language)

    def _result_text(self, shown: YearBeside) -> str:
        if not shown.reported:
            return self.tr("%1: no state report for this year; the teams' medians only.").replace(
                "%1", shown.year
            )
        result = (
            PERFORMANCE_NAMES[self.ctx.language][shown.performance]
            if shown.performance
            else self.tr("no result given")
        )
        meeting = (
            QLocale().toString(shown.meeting_date, QLocale.FormatType.LongFormat)
            if shown.meeting_date
            else self.tr("no date given")
        )
        return (
            self.tr("%1: %2 · board meeting: %3")
            .replace("%1", shown.year)
            .replace("%2", result)
            .replace("%3", meeting)
        )

    def _fill_table(self, shown: YearBeside, pack: RubricPack) -> None:
        lang = self.ctx.language
        categories = {c.key: (n, c) for n, c in enumerate(pack.categories, 1)}
        table = self.table
        table.clearSpans()
        mapped = self.crosswalk is not None
        if table.columnCount() != (COLUMNS + 1 if mapped else COLUMNS):
            table.setColumnCount(COLUMNS + 1 if mapped else COLUMNS)
            self._set_headers()
        rows: list[tuple[str, list[str], list[str]] | str] = []
        section = None
        inferred_note = self.tr(
            "In the 2019 and 2021 files this practice is matched by its column's place only."
        )
        for practice in shown.practices:
            number, category = categories[practice.key]
            if category.section != section:
                section = category.section
                title = pack.section_title(section)
                rows.append(title[lang] if title else "")
            state_level = labels.number(practice.state)
            tips = ["", "", "", "", "", ""]
            if practice.state is not None and shown.inferred(practice.key):
                state_level += " *"
                tips[1] = inferred_note
            tips[2] = self.tr("Median of %n team(s)", "", practice.teams_count)
            teams = labels.number(practice.teams)
            if practice.teams_mapped:  # levels from another version of the LCFF pack
                teams += f" {MAPPED_MARK}"
                tips[2] = self.tr(
                    "Median of %n team(s). %1 Mapped: it takes levels agreed on another version "
                    "of the LCFF pack, read in the state's practices through its lineage.",
                    "",
                    practice.teams_count,
                ).replace("%1", MAPPED_MARK)
            change = practice.state_change
            if change is not None:
                tips[4] = self.tr("Since %1").replace("%1", change.since)
            extra = [self._mapped_cell(practice, tips)] if mapped else []
            rows.append(
                (
                    practice.key,
                    [
                        f"{number}. {category.title[lang]}",
                        state_level,
                        teams,
                        signed(practice.difference),
                        labels.change(change.value) if change else "–",
                        *extra,
                    ],
                    tips,
                )
            )
        table.setRowCount(len(rows))
        self.section_rows = []
        for row, entry in enumerate(rows):
            if isinstance(entry, str):
                item = QTableWidgetItem(entry)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                table.setItem(row, 0, item)
                self.section_rows.append(row)  # spanned by _fit_rows
                continue
            _key, cells, tips = entry
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if tips[column]:
                    item.setToolTip(tips[column])
                if MAPPED_MARK in text:  # a screen reader says the mark in words
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{text}. {tips[column]}")
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._fit_rows()
        count = sum(1 for p in shown.practices if p.teams is not None)
        self.status.setText(
            self.tr("Teams' medians for %n practice(s); – means none.", "", count)
            + (" " + self.tr("* matched by the column's place.") if shown.layout == "2019" else "")
            + (" " + self._mapped_note() if mapped else "")
            + (" " + self._versions_note() if any(p.teams_mapped for p in shown.practices) else "")
            + (
                " " + self._mapped_versions_note()
                if mapped and any(p.mapped_lineage for p in shown.practices)
                else ""
            )
        )

    def _mapped_versions_note(self) -> str:
        """What a mapped median marked † is (levels from another version of its rubric)."""
        return self.tr(
            "%1 A mapped median marked so takes levels agreed on another version of its rubric, "
            "read in the crosswalk's categories through its lineage."
        ).replace("%1", MAPPED_MARK)

    def _fit_rows(self) -> None:
        """Each section's title spans the columns in view (all of them, unless large text
        makes the table scroll sideways), wrapped there: read without scrolling. Then every
        row as tall as its wrapped text."""
        table = self.table
        header = table.horizontalHeader()
        room = table.viewport().width()
        span = 1
        while (
            span < table.columnCount()
            and header.sectionPosition(span) + header.sectionSize(span) <= room
        ):
            span += 1
        for row in self.section_rows:
            if table.columnSpan(row, 0) != span:  # a one-cell span only removes the old one
                table.setSpan(row, 0, 1, span)
        table.resizeRowsToContents()

    def _versions_note(self) -> str:
        """The rule of the teams' medians from another version of the LCFF pack."""
        return self.tr(
            "%1 A teams' median marked so takes levels agreed on another version of the LCFF "
            "pack, read in the state's practices: a renamed practice keeps its level, practices "
            "merged into one each take its level, a practice split in parts takes the median "
            "of the parts."
        ).replace("%1", MAPPED_MARK)

    def _mapped_cell(self, practice: PracticeYear, tips: list[str]) -> str:
        """A practice's mapped median (words in its tooltip say it is mapped, and from what)."""
        if practice.mapped is None:
            return "–"
        names = {p.id: p.short_title[self.ctx.language] for p in self.packs}
        tips[MAPPED_COLUMN] = self.tr(
            "Mapped, not rated on this rubric: median of %n team(s) on %1",
            "",
            practice.mapped_count,
        ).replace("%1", ", ".join(names.get(p, p) for p in practice.mapped_packs))
        number = labels.number(practice.mapped)
        if practice.mapped_lineage:  # levels from another version of a rubric
            number += f" {MAPPED_MARK}"
            tips[MAPPED_COLUMN] += ". " + self.tr(
                "%1 It takes levels agreed on another version of a rubric, read in the "
                "crosswalk's categories through its lineage."
            ).replace("%1", MAPPED_MARK)
        # Two lines: the column stays as narrow as its heading, the practices keep the room.
        return self.tr("%1\n(mapped)").replace("%1", number)

    def _mapped_note(self) -> str:
        assert self.crosswalk is not None
        found, imported = self.crosswalk
        note = (
            self.tr(
                "Mapped: teams on other rubrics, through the crosswalk imported here (%1), "
                "on the 1–5 scale."
            )
            if imported
            else self.tr(
                "Mapped: teams on other rubrics, through Roots' crosswalk (%1), on the 1–5 "
                "scale. It is Roots' own reading, not an official one."
            )
        )
        return note.replace("%1", f"{found.id} {found.version}")

    # ----- the crosswalk -----
    def import_crosswalk(self, path: Path | None = None) -> None:
        """Use a district's own crosswalk file; a bad file: a sentence, nothing changed."""
        from roots_app.ui import exporting

        if path is None:
            picked, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import a crosswalk"),
                str(exporting.export_folder(self.ctx)),
                self.tr("Crosswalks (*.json)"),
            )
            if not picked:
                return
            path = Path(picked)
        try:
            found = crosswalk.import_file(self.ctx.roots, path)
        except RootsError as error:
            messages.show_error(self, error)
            return
        if self.mapped_box.isChecked():
            self._lea_chosen()
        else:
            self.mapped_box.setChecked(True)  # shows what the new crosswalk maps
        messages.inform(
            self,
            self.tr("Now using the crosswalk %1 from %2.")
            .replace("%1", f"{found.id} {found.version}")
            .replace("%2", path.name),
        )

    def export_crosswalk(self, path: Path | None = None) -> None:
        """Save the crosswalk in use, for a district to change and import again."""
        from roots_app.ui import exporting

        if path is None:
            picked, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the crosswalk"),
                str(exporting.export_folder(self.ctx) / crosswalk.SHIPPED_NAME),
                self.tr("Crosswalks (*.json)"),
            )
            if not picked:
                return
            path = Path(picked if picked.lower().endswith(".json") else picked + ".json")
        try:
            crosswalk.export_file(self.ctx.roots, path)
        except RootsError as error:
            messages.show_error(self, error)
            return
        self.ctx.roots.settings.export_folder = str(path.parent)
        self.ctx.roots.save_settings()
        messages.inform(self, self.tr("Saved the crosswalk as %1.").replace("%1", str(path)))

    # ----- saving -----
    def export(self) -> None:
        """Save the LEA's report of every year as .xlsx or .csv, in the interface language."""
        from roots_app.ui import exporting

        shown = self.shown_year()
        if self.view is None or shown is None:
            return
        path = exporting.ask_spreadsheet_path(
            self,
            self.ctx,
            self.tr("Save the state report"),
            f"state_{self.view.lea.cds_code}_{self.ctx.language}.xlsx",
        )
        if path is None:
            return
        try:
            mapped = self.crosswalk[0] if self.crosswalk else None  # saved as shown
            state.export_view(
                self.ctx.roots, self.view.lea.cds_code, None, path, self.ctx.language, mapped
            )
        except RootsError as error:
            messages.show_error(self, error)
            return
        self.status.setText(self.tr("Saved %1").replace("%1", str(path)))

    def draft_narratives(self) -> None:
        """Save the shown year's narrative draft (.docx or .txt) in the interface language."""
        from roots_app.ui import exporting

        shown = self.shown_year()
        if self.view is None or shown is None:
            return
        cds = self.view.lea.cds_code
        path = exporting.export_state_draft(self, self.ctx, cds, shown.year)
        if path is not None:
            self.status.setText(self.tr("Saved %1").replace("%1", str(path)))
