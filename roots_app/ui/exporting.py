"""Saving plans as PDF and spreadsheets from the app: choices, file names, progress, opening."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from roots_app.errors import RootsError
from roots_app.services import assessments, plans
from roots_app.ui import messages, workers
from roots_app.ui.context import UiContext
from roots_app.ui.dialogs.export_pdf import ExportPdfDialog


def _folder(ctx: UiContext) -> Path:
    saved = ctx.roots.settings.export_folder
    return Path(saved) if saved and Path(saved).is_dir() else Path.home()


def export_plan_pdf(parent: QWidget, ctx: UiContext, assessment_id: str) -> Path | None:
    dialog = ExportPdfDialog(ctx.roots.settings, ctx.language, parent=parent)
    if dialog.exec() != ExportPdfDialog.DialogCode.Accepted:
        return None
    info = assessments.load(ctx.roots, assessment_id).info
    settings = ctx.roots.settings
    suggested = _folder(ctx) / plans.file_name(
        info.school_name, info.team_name, info.school_year, settings.pdf_language
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
        plans.export_pdf(ctx.roots, assessment_id, path, settings.pdf_language, settings.page_size)
    except RootsError as error:
        QApplication.restoreOverrideCursor()
        messages.show_error(parent, error)
        return None
    QApplication.restoreOverrideCursor()
    settings.export_folder = str(path.parent)
    ctx.roots.save_settings()
    if settings.open_after_export == "yes":
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


def ask_spreadsheet_path(parent: QWidget, ctx: UiContext, title: str, name: str) -> Path | None:
    """Ask where to save a table (.xlsx unless the user typed .csv); None if cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(_folder(ctx) / name),
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


def export_year(parent: QWidget, ctx: UiContext) -> workers.Worker | None:
    """Every plan of a school year, one PDF each, in a folder, with a progress bar."""
    years = sorted({i.school_year for i in assessments.list_assessments(ctx.roots)}, reverse=True)
    if not years:
        QMessageBox.information(
            parent,
            "Roots",
            QCoreApplication.translate("Exporting", "There are no assessments to print yet."),
        )
        return None
    dialog = ExportPdfDialog(ctx.roots.settings, ctx.language, years, parent)
    if dialog.exec() != ExportPdfDialog.DialogCode.Accepted:
        return None
    year = dialog.year.currentText()
    folder = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("Exporting", "Choose a folder for the plans"),
        str(_folder(ctx)),
    )
    if not folder:
        return None
    settings = ctx.roots.settings
    settings.export_folder = folder
    ctx.roots.save_settings()
    progress = QProgressDialog(
        QCoreApplication.translate("Exporting", "Printing the plans of %1…").replace("%1", year),
        QCoreApplication.translate("Exporting", "Stop"),
        0,
        1,
        parent,
    )
    progress.setWindowTitle("Roots")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAccessibleName(QCoreApplication.translate("Exporting", "Printing progress"))
    language, page_size = settings.pdf_language, settings.page_size
    worker = workers.Worker(
        lambda report: plans.export_year(ctx.roots, year, Path(folder), language, page_size, report)
    )
    receiver = _YearExport(parent, progress, folder)
    worker.progressed.connect(receiver.moved)
    worker.finished.connect(receiver.finished)
    worker.failed.connect(receiver.failed)
    progress.canceled.connect(receiver.cancel)
    receiver.worker = worker
    receiver.thread = workers.start(worker, parent)
    return worker


class _YearExport(QObject):
    """Lives in the interface thread, so the worker's signals reach it queued (a plain
    function would run in the worker's thread, where widgets must not be touched)."""

    def __init__(self, parent: QWidget, progress: QProgressDialog, folder: str) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.progress = progress
        self.folder = folder
        self.worker: workers.Worker | None = None
        self.thread: QThread | None = None

    @Slot(int, int)
    def moved(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    @Slot(object)
    def finished(self, written: list[Path]) -> None:
        self.progress.close()
        QMessageBox.information(
            self.parent_widget,
            "Roots",
            QCoreApplication.translate("Exporting", "%1 plans were saved in %2.")
            .replace("%1", str(len(written)))
            .replace("%2", self.folder),
        )
        self.deleteLater()

    @Slot(object)
    def failed(self, error: Exception) -> None:
        self.progress.close()
        self.deleteLater()
        if not isinstance(error, RootsError):
            raise error  # a bug: the crash dialog shows it
        messages.show_error(self.parent_widget, error)

    @Slot()
    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancelled = True


def stop_background_work(window: QWidget) -> None:
    """Before the window closes: stop printing between two files and wait for the thread."""
    for export in window.findChildren(_YearExport):
        export.cancel()
    for thread in window.findChildren(QThread):
        thread.quit()
        thread.wait(30_000)
