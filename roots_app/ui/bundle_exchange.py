"""Saving and importing .roots files from the app: choices, a progress bar, the preview.

The work runs in a worker thread (a district is half a million records); the results come
back to a receiver object that lives in the interface thread.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QThread, QTimer, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from roots_app.domain.assessment import AssessmentInfo
from roots_app.domain.merge import Outcome
from roots_app.errors import RootsError
from roots_app.exchange.bundle_file import SUFFIX
from roots_app.services import bundles, schools
from roots_app.ui import messages, workers
from roots_app.ui.context import UiContext
from roots_app.ui.dialogs.export_bundle import ExportBundleDialog
from roots_app.ui.dialogs.import_preview import ImportPreviewDialog


def _folder(ctx: UiContext) -> Path:
    saved = ctx.roots.settings.export_folder
    return Path(saved) if saved and Path(saved).is_dir() else Path.home()


def _file_name(stem: str) -> str:
    cleaned = re.sub(r"[^\w\- ]+", "", stem, flags=re.UNICODE).strip() or "roots"
    return re.sub(r"\s+", "-", cleaned) + SUFFIX


def export_bundle(
    parent: QWidget, ctx: UiContext, assessment: AssessmentInfo | None, school_id: str | None
) -> None:
    try:
        all_schools = schools.list_schools(ctx.roots)
    except RootsError as error:
        messages.show_error(parent, error)
        return
    if not all_schools:
        QMessageBox.information(
            parent, "Roots", QCoreApplication.translate("Exchange", "There is nothing to save yet.")
        )
        return
    settings = ctx.roots.settings
    dialog = ExportBundleDialog(
        all_schools,
        assessment,
        school_id or (assessment.school_id if assessment else None),
        settings.bundle_member_names != "no",
        parent,
    )
    if dialog.exec() != ExportBundleDialog.DialogCode.Accepted:
        return
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Exchange", "Save the .roots file"),
        str(_folder(ctx) / _file_name(dialog.file_stem())),
        QCoreApplication.translate("Exchange", "Roots files (*.roots)"),
    )
    if not chosen:
        return
    path = Path(chosen if chosen.lower().endswith(SUFFIX) else chosen + SUFFIX)
    settings.export_folder = str(path.parent)
    settings.bundle_member_names = "yes" if dialog.member_names else "no"
    ctx.roots.save_settings()
    scope, names = dialog.scope(), dialog.member_names

    def done(result: bundles.ExportResult) -> None:
        QMessageBox.information(
            parent,
            "Roots",
            QCoreApplication.translate("Exchange", "%1 records were saved in %2.")
            .replace("%1", QLocale().toString(result.records))
            .replace("%2", str(result.path)),
        )

    run_in_background(
        parent,
        QCoreApplication.translate("Exchange", "Saving the .roots file…"),
        lambda report: bundles.export_bundle(ctx.roots, path, scope, names, report),
        done,
    )


def import_bundle(
    parent: QWidget, ctx: UiContext, imported: Callable[[], None], path: Path | None = None
) -> None:
    """Ask for a file, preview it, let the person settle conflicts, then import."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Exchange", "Import a .roots file"),
            str(_folder(ctx)),
            QCoreApplication.translate("Exchange", "Roots files (*.roots)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        ctx.roots.settings.export_folder = str(path.parent)
        ctx.roots.save_settings()
    file_path = path

    def previewed(report: bundles.ImportReport) -> None:
        dialog = ImportPreviewDialog(report, file_path.name, ctx.language, parent)
        if dialog.exec() != ImportPreviewDialog.DialogCode.Accepted:
            return
        choices = dict(dialog.choices)
        run_in_background(
            parent,
            QCoreApplication.translate("Exchange", "Importing %1…").replace("%1", file_path.name),
            lambda progress: bundles.import_bundle(
                ctx.roots, file_path, resolutions=choices, progress=progress
            ),
            finished,
        )

    def finished(report: bundles.ImportReport) -> None:
        imported()
        QMessageBox.information(
            parent,
            "Roots",
            QCoreApplication.translate(
                "Exchange", "Imported: %1 added, %2 updated, %3 conflicts settled."
            )
            .replace("%1", QLocale().toString(report.total(Outcome.ADDED)))
            .replace("%2", QLocale().toString(report.total(Outcome.UPDATED)))
            .replace("%3", QLocale().toString(report.total(Outcome.CONFLICT))),
        )

    run_in_background(
        parent,
        QCoreApplication.translate("Exchange", "Checking %1…").replace("%1", file_path.name),
        lambda progress: bundles.preview_import(ctx.roots, file_path, progress),
        previewed,
    )


def run_in_background(
    parent: QWidget, label: str, job: workers.Job, done: Callable[[Any], None]
) -> workers.Worker:
    """Run ``job`` in a thread behind a progress dialog with Stop; ``done`` gets the result."""
    progress = QProgressDialog(
        label, QCoreApplication.translate("Exchange", "Stop"), 0, 1000, parent
    )
    progress.setWindowTitle("Roots")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setAccessibleName(label)
    worker = workers.Worker(job)
    receiver = _Receiver(parent, progress, done)
    worker.progressed.connect(receiver.moved)
    worker.finished.connect(receiver.finished)
    worker.failed.connect(receiver.failed)
    progress.canceled.connect(receiver.cancel)
    receiver.worker = worker
    receiver.thread = workers.start(worker, parent)
    return worker


class _Receiver(QObject):
    """Lives in the interface thread, so the worker's signals reach it queued."""

    def __init__(
        self, parent: QWidget, progress: QProgressDialog, done: Callable[[Any], None]
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.progress = progress
        self.done = done
        self.worker: workers.Worker | None = None
        self.thread: QThread | None = None

    @Slot(int, int)
    def moved(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    @Slot(object)
    def finished(self, result: object) -> None:
        self.progress.close()
        # Carry on once this slot has returned: ``done`` may open a dialog with its own event
        # loop or start the next job, which must not run inside the worker's signal delivery.
        QTimer.singleShot(0, lambda: self._done(result))

    def _done(self, result: object) -> None:
        self.deleteLater()
        self.done(result)

    @Slot(object)
    def failed(self, error: Exception) -> None:
        self.progress.close()
        self.deleteLater()
        if isinstance(error, bundles.CancelledError):
            return  # the person pressed Stop: nothing was written
        if not isinstance(error, RootsError):
            raise error  # a bug: the crash dialog shows it
        messages.show_error(self.parent_widget, error)

    @Slot()
    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancelled = True


def cancel_all(window: QWidget) -> None:
    """Before the window closes: stop saving or importing (nothing half-written is kept)."""
    for receiver in window.findChildren(_Receiver):
        receiver.cancel()
