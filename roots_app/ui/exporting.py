"""Saving plans as PDF and spreadsheets from the app: choices, file names, progress, opening."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from roots_app.errors import RootsError
from roots_app.services import assessments, plans
from roots_app.ui import messages
from roots_app.ui.background import Worker, run_in_background
from roots_app.ui.context import UiContext
from roots_app.ui.counts import Counts
from roots_app.ui.dialogs.export_pdf import ExportPdfDialog


def export_folder(ctx: UiContext) -> Path:
    """The folder the person last saved to (remembered), else their home folder."""
    saved = ctx.roots.settings.export_folder
    return Path(saved) if saved and Path(saved).is_dir() else Path.home()


def export_plan_pdf(parent: QWidget, ctx: UiContext, assessment_id: str) -> Path | None:
    choice = ExportPdfDialog.ask(ctx.roots.settings, ctx.language, parent=parent)
    if choice is None:
        return None
    info = assessments.load(ctx.roots, assessment_id).info
    settings = ctx.roots.settings
    suggested = export_folder(ctx) / plans.file_name(
        info.school_name, info.team_name, info.school_year, choice.language
    )
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Exporting", "Save the growth plan"),
        str(suggested),
        QCoreApplication.translate("Exporting", "PDF documents (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        plans.export_pdf(ctx.roots, assessment_id, path, choice.language, choice.page_size)
    except RootsError as error:
        QApplication.restoreOverrideCursor()
        messages.show_error(parent, error)
        return None
    QApplication.restoreOverrideCursor()
    settings.export_folder = str(path.parent)
    ctx.roots.save_settings()
    opened = choice.open_after and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    if not opened:  # no PDF viewer (or none wanted): the person still learns where it went
        tell_saved(parent, path)
    return path


def tell_saved(
    parent: QWidget,
    path: Path,
    headline: str | None = None,
    where: str | None = None,
    *,
    open_file: bool = False,
) -> None:
    """Where a file was saved, with a button that shows its folder (or opens the file).

    ``headline`` says what was saved (the plan by default); ``where`` is a sentence with %1
    for the path."""
    headline = headline or QCoreApplication.translate("Exporting", "The plan was saved.")
    where = where or QCoreApplication.translate("Exporting", "It is in %1")
    button = (
        QCoreApplication.translate("Exporting", "&Open the file")
        if open_file
        else QCoreApplication.translate("Exporting", "Show the &folder")
    )
    shown = messages.choose(
        parent,
        QMessageBox.Icon.Information,
        headline,
        where.replace("%1", str(path)),
        [(button, QMessageBox.ButtonRole.ActionRole)],
        standard=QMessageBox.StandardButton.Ok,
    )
    if shown == 0:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path if open_file else path.parent)))


def ask_spreadsheet_path(parent: QWidget, ctx: UiContext, title: str, name: str) -> Path | None:
    """Ask where to save a table (.xlsx unless the user typed .csv); None if cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(export_folder(ctx) / name),
        QCoreApplication.translate("Exporting", "Spreadsheets (*.xlsx *.csv)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_suffix(".xlsx")
    ctx.roots.settings.export_folder = str(path.parent)
    ctx.roots.save_settings()
    return path


def export_actions(parent: QWidget, ctx: UiContext, assessment_id: str) -> Path | None:
    info = assessments.load(ctx.roots, assessment_id).info
    name = plans.file_name(info.school_name, info.team_name, info.school_year, ctx.language)
    path = ask_spreadsheet_path(
        parent,
        ctx,
        QCoreApplication.translate("Exporting", "Save the actions"),
        name.replace(".pdf", ".xlsx"),
    )
    if path is None:
        return None
    try:
        plans.export_actions(ctx.roots, assessment_id, path, ctx.language)
    except RootsError as error:
        messages.show_error(parent, error)
        return None
    return path


def export_year(parent: QWidget, ctx: UiContext) -> Worker | None:
    """Every plan of a school year, one PDF each, in a folder, with a progress bar."""
    years = sorted({i.school_year for i in assessments.list_assessments(ctx.roots)}, reverse=True)
    if not years:
        messages.inform(
            parent,
            QCoreApplication.translate("Exporting", "There are no assessments to print yet."),
        )
        return None
    choice = ExportPdfDialog.ask(ctx.roots.settings, ctx.language, years, parent)
    if choice is None:
        return None
    year = choice.year
    folder = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("Exporting", "Choose a folder for the plans"),
        str(export_folder(ctx)),
    )
    if not folder:
        return None
    settings = ctx.roots.settings
    settings.export_folder = folder
    ctx.roots.save_settings()
    language, page_size = choice.language, choice.page_size

    def done(written: list[Path]) -> None:
        messages.inform(
            parent,
            Counts().plans_saved(len(written), folder),
        )

    return run_in_background(
        parent,
        QCoreApplication.translate("Exporting", "Printing the plans of %1…").replace("%1", year),
        lambda report: plans.export_year(
            ctx.roots, year, Path(folder), language, page_size, report
        ),
        done,
    )


def export_state_draft(parent: QWidget, ctx: UiContext, cds: str, year: str) -> Path | None:
    """Save the LEA's narrative draft for the year, in the language on screen, as a Word
    document (or plain text, when the person chose .txt); None if cancelled or refused."""
    from roots_app.services import narratives

    name = f"priority3_draft_{cds}_{year}_{ctx.language}.docx"
    text_filter = QCoreApplication.translate("Exporting", "Plain text (*.txt)")
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Exporting", "Save the narrative draft"),
        str(export_folder(ctx) / name),
        ";;".join(
            (QCoreApplication.translate("Exporting", "Word documents (*.docx)"), text_filter)
        ),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in narratives.SUFFIXES:
        path = Path(chosen + (".txt" if chosen_filter == text_filter else ".docx"))
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        narratives.save(ctx.roots, cds, year, path, ctx.language)
    except RootsError as error:
        QApplication.restoreOverrideCursor()
        messages.show_error(parent, error)
        return None
    QApplication.restoreOverrideCursor()
    ctx.roots.settings.export_folder = str(path.parent)
    ctx.roots.save_settings()
    return path
