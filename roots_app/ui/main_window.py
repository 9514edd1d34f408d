"""The main window: a sidebar of places, a breadcrumb, and the page stack."""

from __future__ import annotations

import logging
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from roots_app import paths
from roots_app.domain import vocabulary
from roots_app.domain.assessment import Assessment
from roots_app.errors import NotFoundError, RootsError
from roots_app.services import listing, rubrics
from roots_app.ui import background, messages, theme
from roots_app.ui.context import UiContext
from roots_app.ui.daily_backup import DailyBackup
from roots_app.ui.dialogs.new_assessment import NewAssessmentDialog
from roots_app.ui.dialogs.school_team import SchoolTeamDialog
from roots_app.ui.dialogs.team import TeamDialog
from roots_app.ui.pages.home import HomePage
from roots_app.ui.pages.welcome import WelcomePage
from roots_app.ui.widgets.retranslate import Retranslating

if TYPE_CHECKING:
    from roots_app.ui.pages.district import DistrictPage
    from roots_app.ui.pages.plan import PlanPage
    from roots_app.ui.pages.progress import ProgressPage
    from roots_app.ui.pages.rubrics import RubricsPage
    from roots_app.ui.pages.settings import SettingsPage
    from roots_app.ui.pages.state_report import StateReportPage
    from roots_app.ui.pages.summary import SummaryPage
    from roots_app.ui.pages.team_view import TeamViewPage
    from roots_app.ui.pages.walkthrough import WalkthroughPage

log = logging.getLogger(__name__)


# Exchange and export are imported on first use: the modules they pull in (the .roots file
# format, the export dialogs) cost start-up time before the first paint (issue 14).
def _bundle_exchange() -> ModuleType:
    from roots_app.ui import bundle_exchange

    return bundle_exchange


def _exporting() -> ModuleType:
    from roots_app.ui import exporting

    return exporting


# The services that write, and the one that reads a whole assessment, map the ORM models when
# imported (~0.1 s): each action imports the ones it needs, so the first paint (Home, through
# services.listing) maps none (issue 14); ui.launch maps them right after it.


PLACES = (
    "home",
    "assess",
    "team",
    "plan",
    "summary",
    "progress",
    "district",
    "state",
    "rubrics",
    "settings",
)
NEED_ASSESSMENT = ("assess", "team", "plan", "summary")  # places that show one assessment


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


class PlacesList(QListWidget):
    """The sidebar's places: 200 px, or as wide as the longest name needs (large text); never
    scrolled sideways (at 200 % text on a low screen its places scroll up and down)."""

    def __init__(self) -> None:
        super().__init__()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()

    def fit(self) -> None:
        metrics = self.fontMetrics()
        names = (self.item(row).text() for row in range(self.count()))
        widest = max((metrics.horizontalAdvance(name) for name in names), default=0)
        # The style sheet pads each place 16 px on either side; and room for the scroll bar
        # while the places need one (a window lower than they are), so they stay whole then.
        bar = 0
        if self._scrolls():
            bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        self.setFixedWidth(max(200, widest + 2 * 16 + 2 * self.frameWidth() + 8 + bar))

    def _scrolls(self) -> bool:
        """The places are taller than the list: it scrolls up and down."""
        tall = sum(self.sizeHintForRow(row) for row in range(self.count()))
        return tall + 2 * self.frameWidth() > self.height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().height() != event.oldSize().height():
            self.fit()  # the scroll bar may come or go


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        # The person's text size, contrast and colours, before any widget is styled.
        theme.set_appearance(_app(), theme.Appearance.from_settings(ctx.roots.settings))
        self.assessment: Assessment | None = None
        self.setObjectName("MainWindow")
        self.setMinimumSize(900, 620)

        self.welcome = WelcomePage(ctx)
        self.home = HomePage(ctx)
        self._daily_backup: DailyBackup | None = None  # set by launch when one is due today
        self._just_loaded = False  # the open assessment was read by _load, not yet shown
        self.pages = QStackedWidget()
        # The other places are built when first shown (see _page): their modules and widgets
        # are not worth delaying the first paint for.
        self._place_pages: dict[str, QWidget] = {"home": self.home}
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.home)

        self.sidebar = PlacesList()
        self.sidebar.setObjectName("SidebarList")
        for place in PLACES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, place)
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._place_chosen)
        # A screen reader may select a place (AT-SPI Selection) without moving the current row.
        self.sidebar.itemSelectionChanged.connect(self._place_selected)
        self.side = side = QWidget()
        side.setObjectName("Sidebar")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 16, 8, 16)
        self.app_title = QLabel("Roots")
        self.app_title.setProperty("role", "heading")
        side_layout.addWidget(self.app_title)
        side_layout.addWidget(self.sidebar, 1)

        self.breadcrumb = QLabel()
        self.breadcrumb.setProperty("role", "breadcrumb")
        self.breadcrumb.setTextFormat(Qt.TextFormat.PlainText)
        self.breadcrumb.setWordWrap(True)  # long school names at large text: wrap, never cut
        self.breadcrumb.setContentsMargins(24, 12, 24, 0)
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addWidget(self.breadcrumb)
        main_layout.addWidget(self.pages, 1)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(side)
        row.addWidget(main, 1)
        self.setCentralWidget(central)
        self._make_menus()

        self.welcome.create_requested.connect(self.create_school)
        self.welcome.demo_requested.connect(self.explore_demo)
        self.welcome.import_requested.connect(self.import_bundle)
        self.home.create_school_requested.connect(self.create_school)
        self.home.start_requested.connect(self.start_assessment)
        self.home.open_requested.connect(self.open_assessment)
        self.home.demo_requested.connect(self.explore_demo)
        self.home.edit_team_requested.connect(self.edit_team)
        self.home.add_team_requested.connect(self.add_team)
        self.home.edit_school_requested.connect(self.edit_school)
        self.home.trashed.connect(self._after_trash)
        self.retranslate()
        self._restore_geometry()

    def _page(self, place: str) -> QWidget:
        """A place's page, built (and its module imported) the first time it is needed."""
        found = self._place_pages.get(place)
        if found is not None:
            return found
        page: QWidget
        if place == "assess":
            from roots_app.ui.pages.walkthrough import WalkthroughPage

            page = walkthrough = WalkthroughPage(self.ctx)
            walkthrough.summary_requested.connect(lambda: self.show_place("summary"))
            walkthrough.team_view_requested.connect(lambda: self.show_place("team"))
        elif place == "team":
            from roots_app.ui.pages.team_view import TeamViewPage

            page = TeamViewPage(self.ctx)
        elif place == "plan":
            from roots_app.ui.pages.plan import PlanPage

            page = PlanPage(self.ctx)
        elif place == "summary":
            from roots_app.ui.pages.summary import SummaryPage

            page = summary = SummaryPage(self.ctx)
            summary.back_requested.connect(lambda: self.show_place("assess"))
        elif place == "progress":
            from roots_app.ui.pages.progress import ProgressPage

            page = ProgressPage(self.ctx)
        elif place == "district":
            from roots_app.ui.pages.district import DistrictPage

            page = district = DistrictPage(self.ctx)
            district.school_opened.connect(self.open_progress)
        elif place == "state":
            from roots_app.ui.pages.state_report import StateReportPage

            page = state_page = StateReportPage(self.ctx)
            state_page.import_requested.connect(self.import_state_file)
        elif place == "rubrics":
            from roots_app.ui.pages.rubrics import RubricsPage

            page = RubricsPage(self.ctx)
        elif place == "settings":
            # Listing backups and asking for a keyring wait until Settings is opened.
            from roots_app.ui.pages.settings import SettingsPage

            page = settings = SettingsPage(self.ctx)
            settings.backups.restored.connect(self._after_restore)
            if self._daily_backup is not None:  # list it once it is taken
                self._daily_backup.finished.connect(settings.backups.refresh_if_shown)
        else:
            raise KeyError(place)
        self.pages.addWidget(page)
        self._place_pages[place] = page
        return page

    @property
    def walkthrough(self) -> WalkthroughPage:
        return self._page("assess")  # type: ignore[return-value]

    @property
    def team_view(self) -> TeamViewPage:
        return self._page("team")  # type: ignore[return-value]

    @property
    def plan_page(self) -> PlanPage:
        return self._page("plan")  # type: ignore[return-value]

    @property
    def summary(self) -> SummaryPage:
        return self._page("summary")  # type: ignore[return-value]

    @property
    def progress_page(self) -> ProgressPage:
        return self._page("progress")  # type: ignore[return-value]

    @property
    def district_page(self) -> DistrictPage:
        return self._page("district")  # type: ignore[return-value]

    @property
    def state_page(self) -> StateReportPage:
        return self._page("state")  # type: ignore[return-value]

    @property
    def rubrics_page(self) -> RubricsPage:
        return self._page("rubrics")  # type: ignore[return-value]

    @property
    def settings_page(self) -> SettingsPage:
        return self._page("settings")  # type: ignore[return-value]

    def _flush(self) -> None:
        """Save what is being typed on the pages that edit an assessment (those built)."""
        for place in ("assess", "team", "plan"):
            page = self._place_pages.get(place)
            if page is not None:
                page.flush()  # type: ignore[attr-defined]

    @property
    def daily_backup(self) -> DailyBackup | None:
        """Today's backup, taken in the background after the first paint (None: not due)."""
        return self._daily_backup

    @daily_backup.setter
    def daily_backup(self, backup: DailyBackup) -> None:
        self._daily_backup = backup
        if "settings" in self._place_pages:
            backup.finished.connect(self.settings_page.backups.refresh_if_shown)

    def stop_background(self) -> None:
        """Stop work in worker threads (between two steps; nothing half-written is kept)."""
        if self._daily_backup is not None:
            self._daily_backup.stop()
        background.stop_all(self)

    def _make_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.new_school_action = QAction(self, triggered=self.create_school)
        self.start_action = QAction(self, triggered=lambda: self.start_assessment(None))
        self.start_action.setShortcut(QKeySequence.StandardKey.New)
        self.quit_action = QAction(self, triggered=self.close)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.print_year_action = QAction(
            self, triggered=lambda: _exporting().export_year(self, self.ctx)
        )
        self.export_bundle_action = QAction(self, triggered=self.export_bundle)
        self.import_bundle_action = QAction(self, triggered=self.import_bundle)
        self.import_bundle_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_state_action = QAction(self, triggered=self.import_state_file)
        self.file_menu.addActions(
            [self.new_school_action, self.start_action, self.print_year_action]
        )
        self.print_sheets_action = QAction(self, triggered=self.print_sheets)
        self.type_sheets_action = QAction(self, triggered=self.type_in_sheets)
        self.read_sheets_action = QAction(self, triggered=self.read_sheets)
        self.file_menu.addActions(
            [self.print_sheets_action, self.read_sheets_action, self.type_sheets_action]
        )
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.export_bundle_action, self.import_bundle_action])
        self.file_menu.addAction(self.import_state_action)
        self.trash_action = QAction(self, triggered=self.open_trash)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.trash_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = self.menuBar().addMenu("")
        self.meeting_action = QAction(self, checkable=True, toggled=self.set_meeting_mode)
        self.meeting_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.view_menu.addAction(self.meeting_action)
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self, triggered=self.about)
        self.logs_action = QAction(self, triggered=self.show_logs)
        self.help_menu.addAction(self.logs_action)
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Roots"))
        names = {
            "home": self.tr("Home"),
            "assess": self.tr("Assess"),
            "team": self.tr("Team view"),
            "plan": self.tr("Plan"),
            "progress": self.tr("Progress"),
            "district": self.tr("District"),
            "state": self.tr("State report"),
            "summary": self.tr("Summary"),
            "rubrics": self.tr("Rubrics"),
            "settings": self.tr("Settings"),
        }
        for i in range(self.sidebar.count()):
            item = self.sidebar.item(i)
            item.setText(names[item.data(Qt.ItemDataRole.UserRole)])
        self.sidebar.fit()
        self.sidebar.setAccessibleName(self.tr("Places in Roots"))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_school_action.setText(self.tr("&New school and team…"))
        self.start_action.setText(self.tr("&Start an assessment…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.print_year_action.setText(self.tr("&Print all plans of a year…"))
        self.export_bundle_action.setText(self.tr("Save a .roots &file for another computer…"))
        self.import_bundle_action.setText(self.tr("&Import a .roots file…"))
        self.import_state_action.setText(self.tr("Import the st&ate's Priority 3 file…"))
        self.trash_action.setText(self.tr("&Trash…"))
        self.print_sheets_action.setText(self.tr("Print rating s&heets…"))
        self.type_sheets_action.setText(self.tr("T&ype in paper sheets…"))
        self.read_sheets_action.setText(self.tr("&Read scanned sheets…"))
        self.view_menu.setTitle(self.tr("&View"))
        self.meeting_action.setText(self.tr("&Meeting mode (projector)"))
        self.meeting_action.setToolTip(self.tr("Full screen, larger text, higher contrast"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Roots"))
        self.logs_action.setText(self.tr("Show the &log files (for support)"))
        self._update_sidebar_enabled()
        self._update_breadcrumb()

    # ----- start -----
    def start(self) -> None:
        """Show the right first page: welcome on first use, else where the user left off."""
        if not self.ctx.roots.settings.language_chosen or not listing.has_schools(self.ctx.roots):
            self.show_page(self.welcome)
            self._update_sidebar_enabled()
            return
        last = self.ctx.roots.settings.last_assessment_id
        place = self.ctx.roots.settings.last_place
        if last:
            try:
                self._load(last)
                self.show_place(place if place in PLACES else "assess")
                return
            except NotFoundError:
                pass
        self.show_place(place if place in PLACES and place not in NEED_ASSESSMENT else "home")

    # ----- navigation -----
    def show_page(self, page: QWidget) -> None:
        self._flush()
        self.pages.setCurrentWidget(page)
        # The welcome page is the whole first-run screen; places appear once there is data.
        self.side.setVisible(page is not self.welcome and not self.meeting_mode)
        place = next((p for p, w in self._place_pages.items() if w is page), None)
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(PLACES.index(place) if place else -1)
        self.sidebar.blockSignals(False)
        self._update_breadcrumb()

    def show_place(self, place: str) -> None:
        page = self._page(place)
        fresh, self._just_loaded = self._just_loaded, False
        if place in ("assess", "summary", "team", "plan") and self.assessment is not None:
            self._flush()
            if not fresh:  # else _load has just read it, and opened it on the walkthrough
                from roots_app.services import assessments

                self.assessment = assessments.load(self.ctx.roots, self.assessment.id)
            if self.pages.currentWidget() is not page and not (fresh and place == "assess"):
                page.open(self.assessment)  # type: ignore[attr-defined]
        if place == "progress" and self.progress_page.school_id is None and self.assessment:
            self.progress_page.open_school(
                self.assessment.info.school_id, self.assessment.info.pack_id
            )
        if place == "district":
            self.district_page.refresh()
        if place == "state":
            self.state_page.refresh()
        if place == "rubrics":
            self.rubrics_page.refresh()
        if place == "settings":
            self.settings_page.backups.refresh()
        if place == "home":
            self.home.refresh()
            if self.assessment is not None:  # come back to the row of the open assessment
                self.home.select_assessment(self.assessment.id, self.assessment.info.team_id)
        self.show_page(page)
        if place in ("assess", "team"):
            page.setFocus()

    def _place_chosen(self, row: int) -> None:
        if row >= 0:
            self.show_place(PLACES[row])

    def _place_selected(self) -> None:
        """A place selected but not made current (by a screen reader): shown as if clicked."""
        rows = [index.row() for index in self.sidebar.selectedIndexes()]
        if rows and rows[0] != self.sidebar.currentRow():
            self.sidebar.setCurrentRow(rows[0])

    def _update_sidebar_enabled(self) -> None:
        """Places that show one assessment are greyed out until one is open, and say why."""
        reason = self.tr(
            "Open an assessment first: choose one on Home, or start one with File > Start an "
            "assessment."
        )
        for place in NEED_ASSESSMENT:
            item = self.sidebar.item(PLACES.index(place))
            flags = item.flags()
            if self.assessment is None:
                item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(reason)
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, reason)
            else:
                item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip("")
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, None)

    def _update_breadcrumb(self) -> None:
        """The school on screen: the open assessment's on its pages, the shown school's on
        Progress (which may be another one, opened from District); none on lists of schools."""
        a, current = self.assessment, self.pages.currentWidget()
        parts: list[str] = []
        place = next((p for p, w in self._place_pages.items() if w is current), None)
        if place == "progress":
            view = self.progress_page.view
            if view is not None:
                parts = [view.school_name, view.pack.short_title[self.ctx.language]]
        elif a is not None and place in NEED_ASSESSMENT:
            parts = [
                a.info.school_name,
                a.info.team_name,
                a.info.school_year,
                a.pack.short_title[self.ctx.language],
            ]
        self.breadcrumb.setText("  ›  ".join(parts))
        self.breadcrumb.setVisible(bool(parts))

    # ----- meeting mode -----
    def set_meeting_mode(self, on: bool) -> None:
        """For a projector: full screen, text at 150%, high contrast, no sidebar."""
        if self.meeting_action.isChecked() != on:
            self.meeting_action.setChecked(on)  # toggled: runs this again, once (it ran twice)
            return
        theme.set_meeting(_app(), self, on)
        self.side.setVisible(not on and self.pages.currentWidget() is not self.welcome)
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    @property
    def meeting_mode(self) -> bool:
        return self.meeting_action.isChecked()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.meeting_mode:
            self.set_meeting_mode(False)
            return
        super().keyPressEvent(event)

    # ----- actions -----
    def create_school(self) -> None:
        self._new_team(None)

    def add_team(self, school_id: str, school_name: str) -> None:
        self._new_team((school_id, school_name))

    def _new_team(self, school: tuple[str, str] | None) -> None:
        """Ask for a team (and a new school's name when ``school`` is None), create it, show
        Home and start its first assessment; an error is shown and nothing more happens."""
        from roots_app.services import schools

        answer = SchoolTeamDialog.ask(self, school=school[1] if school else None)
        if answer is None:
            return
        school_name, team_name, members = answer
        try:
            if school is None:  # one transaction: never a new school without its team
                team_id = schools.create_school_with_team(
                    self.ctx.roots, school_name, team_name, members
                )
            else:
                team_id = schools.create_team(self.ctx.roots, school[0], team_name, members)
        except RootsError as error:
            messages.show_error(self, error)
            return
        self.show_place("home")
        self.start_assessment(team_id)

    def edit_school(self, school_id: str, school_name: str) -> None:
        """A school's LEA and its own CDS code (issue 19); an error is shown, nothing saved."""
        from roots_app.services import state

        try:
            _, lea, own = state.school_links(self.ctx.roots, school_id)
            leas = state.list_leas(self.ctx.roots)
        except RootsError as error:
            messages.show_error(self, error)
            return
        links = (lea.cds_code if lea else None, own)
        answer = SchoolTeamDialog.ask_links(self, school_name, leas, links)
        if answer is None or answer == links:
            return
        try:
            state.link_school(self.ctx.roots, school_id, *answer)
        except RootsError as error:
            messages.show_error(self, error)

    def edit_team(self, team_id: str) -> None:
        from roots_app.services import schools

        try:
            team = schools.get_team(self.ctx.roots, team_id)
        except RootsError as error:
            messages.show_error(self, error)
            return
        answer = TeamDialog.ask(team, self)
        if answer is None:
            return
        try:
            schools.update_team(self.ctx.roots, team_id, *answer)
        except RootsError as error:
            messages.show_error(self, error)
            return
        self.show_place("home")

    def explore_demo(self) -> None:
        from roots_app.services import demo

        try:
            here = demo.has_demo(self.ctx.roots)
        except RootsError as error:
            messages.show_error(self, error)
            return
        if here:  # never a silent second copy of every sample school
            if self._ask_open_demo():
                self.show_place("district")
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            demo.make_demo(self.ctx.roots, language=self.ctx.language)
        except RootsError as error:
            QApplication.restoreOverrideCursor()
            messages.show_error(self, error)
            return
        QApplication.restoreOverrideCursor()
        self.show_place("home")

    def _ask_open_demo(self) -> bool:
        """The sample district is here already: open it instead? True to open it."""
        chosen = messages.choose(
            self,
            QMessageBox.Icon.Information,
            self.tr("The sample district is already here."),
            self.tr(
                "Roots does not add a second copy of it. Open the District page to look around."
            ),
            [(self.tr("&Open the sample district"), QMessageBox.ButtonRole.AcceptRole)],
            standard=QMessageBox.StandardButton.Cancel,
        )
        return chosen == 0

    def start_assessment(self, team_id: str | None) -> None:
        from roots_app.services import assessments, schools

        try:
            all_schools = schools.list_schools(self.ctx.roots)
            packs = rubrics.installed(self.ctx.roots)
        except RootsError as error:
            messages.show_error(self, error)
            return
        if not any(s.teams for s in all_schools):
            self.create_school()
            return
        answer = NewAssessmentDialog.ask(all_schools, packs, self.ctx.language, team_id, self)
        if answer is None:
            return
        team, pack_id, year, members = answer
        try:
            assessment_id = assessments.start(self.ctx.roots, team, pack_id, year, members)
        except RootsError as error:
            messages.show_error(self, error)
            return
        self.open_assessment(assessment_id)

    def open_assessment(self, assessment_id: str) -> None:
        try:
            self._load(assessment_id)
        except RootsError as error:
            messages.show_error(self, error)
            return
        self.show_place("assess")

    def _load(self, assessment_id: str) -> None:
        self._flush()  # what is being typed is saved first: the assessment is read after it
        # Read without the ORM models: the app reopens the last assessment before its paint.
        self.assessment = listing.assessment(self.ctx.roots, assessment_id)
        self.walkthrough.open(self.assessment)
        if self.ctx.roots.settings.last_assessment_id != assessment_id:
            self.ctx.roots.settings.last_assessment_id = assessment_id
            self.ctx.roots.save_settings()
        self._update_sidebar_enabled()
        self._just_loaded = True  # the next show_place need not read it again

    def open_progress(self, school_id: str) -> None:
        pack_id = self.district_page.rubric.currentData() or vocabulary.DEFAULT_RUBRIC
        self.progress_page.open_school(school_id, pack_id)
        self.show_place("progress")

    def export_bundle(self) -> None:
        """Offer the assessment selected on Home (or the one open) and its school."""
        from roots_app.services import assessments

        info = None
        chosen = self.home.selected_assessment()
        try:
            if chosen is not None:
                info = assessments.load(self.ctx.roots, chosen).info
            elif self.assessment is not None:
                info = self.assessment.info
        except RootsError:
            info = None
        _bundle_exchange().export_bundle(self, self.ctx, info, self.home.selected_school())

    def import_bundle(self) -> None:
        _bundle_exchange().import_bundle(self, self.ctx, self._after_import)

    def import_state_file(self) -> None:
        """File > Import the state's Priority 3 file; then the State report shows the LEA."""
        from roots_app.ui import state_exchange

        state_exchange.import_state_file(self, self.ctx, self._after_state_import)

    def _after_state_import(self, lea: str) -> None:
        page = self.state_page
        page.refresh(lea or None)  # the LEA just imported ("": every row; the one shown)
        self.show_page(page)

    def open_roots_file(self, path: Path) -> None:
        """A .roots file given to ``roots-app`` (a double-click): straight to its preview."""
        _bundle_exchange().import_bundle(self, self.ctx, self._after_import, path)

    def _after_import(self) -> None:
        if self.assessment is not None:
            try:
                self._load(self.assessment.id)
            except RootsError:
                self.assessment = None
        self.show_place("home")

    def _sheets_assessment(self) -> Assessment | None:
        """Paper sheets are for the open assessment, else the one selected on Home; None after
        saying why there is none (or why it could not be read)."""
        from roots_app.services import assessments
        from roots_app.ui.pages import sheet_entry

        try:
            if self.assessment is not None:
                self._flush()
                return assessments.load(self.ctx.roots, self.assessment.id)
            chosen = self.home.selected_assessment()
            if chosen:
                return assessments.load(self.ctx.roots, chosen)
        except RootsError as error:
            messages.show_error(self, error)
            return None
        sheet_entry.no_assessment(self)
        return None

    def type_in_sheets(self) -> None:
        from roots_app.ui.pages import sheet_entry

        assessment = self._sheets_assessment()
        if assessment is not None:
            sheet_entry.type_in(
                self, self.ctx.roots, assessment, self.ctx.language, self._after_sheets
            )

    def print_sheets(self) -> None:
        from roots_app.ui.dialogs import sheets_print

        assessment = self._sheets_assessment()
        if assessment is not None:
            sheets_print.print_rating_sheets(
                self,
                self.ctx.roots,
                assessment,
                self.ctx.language,
                _exporting().export_folder(self.ctx),
            )

    def read_sheets(self) -> None:
        from roots_app.ui.pages import sheet_review

        assessment = self._sheets_assessment()
        if assessment is not None:
            sheet_review.read_scanned_sheets(
                self,
                self.ctx.roots,
                assessment,
                self.ctx.language,
                _exporting().export_folder(self.ctx),
                self._after_sheets,
            )

    def _after_sheets(self, assessment_id: str) -> None:
        """Ratings from paper were saved: the open assessment's pages show them."""
        if self.assessment is None or self.assessment.id != assessment_id:
            return
        current = self.pages.currentWidget()
        self._load(assessment_id)
        if current in (self._place_pages.get(p) for p in ("team", "plan", "summary")):
            current.open(self.assessment)  # type: ignore[attr-defined]

    def open_trash(self) -> None:
        from roots_app.ui.dialogs.trash import TrashDialog

        if TrashDialog.ask(self.ctx, self):
            self._after_trash()

    def _after_trash(self) -> None:
        """Something was deleted or put back: the open assessment may be gone."""
        if self.assessment is not None:
            try:
                self._load(self.assessment.id)
            except RootsError:
                self.assessment = None
                self._update_sidebar_enabled()
        self.show_place("home")

    def _after_restore(self) -> None:
        """Everything on screen came from the data before the restore: start again at Home."""
        self.assessment = None
        self.ctx.roots.settings.last_assessment_id = ""
        self.ctx.roots.save_settings()
        self._update_sidebar_enabled()
        self.show_place("home")

    def show_logs(self) -> None:
        """The folder with roots.log (and fatal logs): what support asks for."""
        folder = paths.log_dir(self.ctx.roots.data_dir)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def about(self) -> None:
        from roots_app.ui.dialogs.about import AboutDialog

        dialog = AboutDialog(self)
        messages.show_dialog(dialog, dialog.summary())

    # ----- closing -----
    def _restore_geometry(self) -> None:
        saved = self.ctx.roots.settings.window_geometry
        if saved:
            self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii")))
        else:
            self.resize(1180, 780)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_background()
        self._flush()
        current = self.pages.currentWidget()
        self.ctx.roots.settings.last_place = next(
            (p for p, w in self._place_pages.items() if w is current), ""
        )
        self.ctx.roots.settings.window_geometry = bytes(
            self.saveGeometry().toBase64().data()
        ).decode("ascii")
        self.ctx.roots.save_settings()
        super().closeEvent(event)
