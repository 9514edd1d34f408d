"""Every page and dialog of Roots, shown one after the other, for the walks that check them all."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from roots_app.domain.plan import Action
from roots_app.services import assessments, demo, rubrics, schools, state
from roots_app.ui.crash import CrashDialog
from roots_app.ui.dialogs.action import ActionDialog
from roots_app.ui.dialogs.export_bundle import ExportBundleDialog
from roots_app.ui.dialogs.export_pdf import ExportPdfDialog
from roots_app.ui.dialogs.import_preview import ImportPreviewDialog
from roots_app.ui.dialogs.new_assessment import NewAssessmentDialog
from roots_app.ui.dialogs.school_team import SchoolTeamDialog
from roots_app.ui.dialogs.team import TeamDialog
from roots_app.ui.dialogs.trash import TrashDialog
from roots_app.ui.main_window import MainWindow
from tests.exchange.state_files import result, write
from tests.ui.conftest import WindowFactory, conflict_preview

SCREEN = (1024, 700)


def settle(qtbot: QtBot) -> None:
    """Let layouts and deferred work finish (layouts settle in posted events)."""
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(1)


def open_window(  # type: ignore[no-untyped-def]
    qtbot: QtBot, make_window: WindowFactory, roots, language: str, screen: tuple[int, int] = SCREEN
) -> MainWindow:
    """The app on a small sample district (two years, so Progress compares), in ``language``,
    filling a ``screen`` of that size."""
    demo.make_demo(roots, schools=2, years=2)
    roots.settings.language = language
    roots.save_settings()
    window = make_window()
    window.resize(*screen)
    window.setProperty("roots_test_screen", screen)
    settle(qtbot)
    return window


def walk(qtbot: QtBot, window: MainWindow, folder: Path) -> Iterator[tuple[str, QWidget]]:
    """Shows every page (and each tab) of ``window`` and every dialog, yielding each in turn."""
    window.show_page(window.welcome)
    settle(qtbot)
    yield "welcome", window
    window.welcome.language_buttons.checkedButton().setFocus()  # checked and focused
    settle(qtbot)
    yield "welcome, chosen language focused", window
    window.show_place("home")
    settle(qtbot)
    yield "home", window
    latest = assessments.list_assessments(window.ctx.roots)[0]
    window.open_assessment(latest.id)
    settle(qtbot)
    yield "assess", window
    window.show_place("team")
    for tab in range(window.team_view.tabs.count()):
        window.team_view.tabs.setCurrentIndex(tab)
        settle(qtbot)
        yield f"team view tab {tab}", window
    loaded = assessments.load(window.ctx.roots, latest.id)
    from roots_app.domain.plan import suggested_focus
    from roots_app.services import plans

    focus = plans.add_focus(window.ctx.roots, loaded, suggested_focus(loaded)[0], goal="Goal")
    plans.save_action(window.ctx.roots, focus, Action("", "Monthly café", "Rosa"))
    for place in ("plan", "summary", "district", "rubrics", "settings"):
        window.show_place(place)
        if place == "district":
            qtbot.waitUntil(lambda: window.district_page.view is not None)
        settle(qtbot)
        yield place, window
    window.show_place("progress")
    for tab in range(window.progress_page.tabs.count()):
        window.progress_page.tabs.setCurrentIndex(tab)
        settle(qtbot)
        yield f"progress tab {tab}", window
    yield from state_report(qtbot, window, folder)
    yield from dialogs(qtbot, window, folder)


def state_report(qtbot: QtBot, window: MainWindow, folder: Path) -> Iterator[tuple[str, QWidget]]:
    """The State report of an LEA with two years of state files (it shows its table and chart
    only then): the table with the mapped column (its widest), then the chart."""
    lea = "19647330000000"
    for year, levels in ((2023, [1, 3, 3, 2, 4, 0, 1, 2, 3, 3, 4, 3]), (2024, [2] * 12)):
        rows = [result(lea, "Los Angeles Unified", year, levels, "x")]
        state.import_file(window.ctx.roots, write(folder / f"Pr3{year}.txt", year, rows), lea=lea)
    window.show_place("state")
    page = window.state_page
    page.refresh(lea)
    page.mapped_box.setChecked(True)
    settle(qtbot)
    yield "state report", window
    page.mapped_box.setChecked(False)
    page.views.setCurrentIndex(1)
    settle(qtbot)
    yield "state report chart", window
    page.views.setCurrentIndex(0)
    # District and Progress show their LEA choice once a state file brought an LEA.
    first = schools.list_schools(window.ctx.roots)[0]
    state.set_school_lea(window.ctx.roots, first.id, lea)
    window.show_place("district")
    district = window.district_page
    district.lea.setCurrentIndex(district.lea.findData(lea))
    qtbot.waitUntil(lambda: district.view is not None and district.view.lea is not None)
    settle(qtbot)
    yield "district, one LEA", window
    window.show_place("progress")
    settle(qtbot)
    yield "progress, one LEA", window
    district.lea.setCurrentIndex(0)  # all schools again, for what follows
    settle(qtbot)


def dialogs(qtbot: QtBot, window: MainWindow, folder: Path) -> Iterator[tuple[str, QWidget]]:
    roots, language = window.ctx.roots, window.ctx.language
    all_schools = schools.list_schools(roots)
    info, preview = conflict_preview(roots, folder)
    team = schools.get_team(roots, info.team_id)
    makers: dict[str, Callable[[], QDialog]] = {
        "save .roots dialog": lambda: ExportBundleDialog(
            all_schools, info, info.school_id, True, window
        ),
        "import preview": lambda: ImportPreviewDialog(preview, "back.roots", language, window),
        "trash": lambda: TrashDialog(window.ctx, window),
        "new school dialog": lambda: SchoolTeamDialog(window),
        "new team dialog": lambda: SchoolTeamDialog(window, school=info.school_name),
        "change school dialog": lambda: SchoolTeamDialog(
            window, info.school_name, [], (None, "19647336018634"), edit=True
        ),
        "team dialog": lambda: TeamDialog(team, window),
        "assessment dialog": lambda: NewAssessmentDialog(
            all_schools, rubrics.installed(roots), language, None, window
        ),
        "action dialog": lambda: ActionDialog(Action("x", "Monthly café", "Rosa"), window),
        "print plan dialog": lambda: ExportPdfDialog(roots.settings, language, None, window),
        "print year dialog": lambda: ExportPdfDialog(
            roots.settings, language, ["2025-26", "2024-25"], window
        ),
        "crash dialog": lambda: CrashDialog("Traceback ...", None, window),
    }
    for name, make in makers.items():
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        # A dialog larger than the screen is shown at the screen's size.
        width, height = window.property("roots_test_screen") or SCREEN
        if (width, height) != SCREEN:
            # The offscreen screen is 800x600 and a dialog opens at most two thirds of it: on a
            # larger screen, it is given the room its text needs there (as a person would
            # drag it larger), up to the whole screen.
            hint = dialog.sizeHint().expandedTo(dialog.size())
            wide = max(hint.width(), width * 2 // 3)
            layout = dialog.layout()
            need = layout.totalHeightForWidth(wide) if layout.hasHeightForWidth() else 0
            dialog.resize(wide, max(hint.height(), need))
        dialog.resize(min(dialog.width(), width), min(dialog.height(), height))
        settle(qtbot)
        yield name, dialog
        dialog.close()
        dialog.deleteLater()
