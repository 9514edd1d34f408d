"""Saving and importing .roots files from the app: choices, a progress bar, the preview.

The work runs in a worker thread (a district is half a million records); the results come
back to a receiver object that lives in the interface thread.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog, QWidget

from roots_app.domain.assessment import AssessmentInfo
from roots_app.domain.merge import Outcome
from roots_app.errors import RootsError
from roots_app.exchange.bundle_file import SUFFIX
from roots_app.services import bundles, schools
from roots_app.ui import messages
from roots_app.ui.background import run_in_background
from roots_app.ui.context import UiContext
from roots_app.ui.counts import Counts
from roots_app.ui.dialogs.export_bundle import ExportBundleDialog
from roots_app.ui.dialogs.import_preview import ImportPreviewDialog
from roots_app.ui.exporting import export_folder


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
        messages.inform(
            parent, QCoreApplication.translate("Exchange", "There is nothing to save yet.")
        )
        return
    settings = ctx.roots.settings
    answer = ExportBundleDialog.ask(
        all_schools,
        assessment,
        school_id or (assessment.school_id if assessment else None),
        settings.bundle_member_names != "no",
        parent,
    )
    if answer is None:
        return
    scope, stem, names = answer
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Exchange", "Save the .roots file"),
        str(export_folder(ctx) / _file_name(stem)),
        QCoreApplication.translate("Exchange", "Roots files (*.roots)"),
    )
    if not chosen:
        return
    path = Path(chosen if chosen.lower().endswith(SUFFIX) else chosen + SUFFIX)
    settings.export_folder = str(path.parent)
    settings.bundle_member_names = "yes" if names else "no"
    ctx.roots.save_settings()

    def done(result: bundles.ExportResult) -> None:
        messages.inform(
            parent,
            Counts().items_saved(result.records, str(result.path)),
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
            str(export_folder(ctx)),
            QCoreApplication.translate("Exchange", "Roots files (*.roots)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        ctx.roots.settings.export_folder = str(path.parent)
        ctx.roots.save_settings()
    file_path = path

    def previewed(report: bundles.ImportReport) -> None:
        choices = ImportPreviewDialog.ask(report, file_path.name, ctx.language, parent)
        if choices is None:
            return
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
        messages.inform(
            parent,
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
