"""File > Import the state's Priority 3 file: choose it, preview it, import it in the background.

Both steps run through the one background runner (ui/background.py): the preview is the
import rolled back, so it reads and checks the whole file; a bad file is said at that step,
through ui/messages.py, and nothing is changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog, QWidget

from roots_app.services import state
from roots_app.ui import messages
from roots_app.ui.background import run_in_background
from roots_app.ui.context import UiContext
from roots_app.ui.dialogs.state_import import ALL_ROWS, StateImportDialog
from roots_app.ui.exporting import export_folder


def import_state_file(
    parent: QWidget, ctx: UiContext, imported: Callable[[str], None], path: Path | None = None
) -> None:
    """Ask for a file, preview it, let the person choose one LEA or every row, then import;
    ``imported`` gets the CDS code of the LEA to show ("" when every row was imported)."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("StateImport", "Import the state's Priority 3 file"),
            str(export_folder(ctx)),
            QCoreApplication.translate(
                "StateImport", "State files (*.txt *.tsv *.csv);;All files (*)"
            ),
        )
        if not chosen:
            return
        path = Path(chosen)
        ctx.roots.settings.export_folder = str(path.parent)
        ctx.roots.save_settings()
    file_path = path

    def previewed(preview: state.StateImport) -> None:
        settings = ctx.roots.settings
        choice = StateImportDialog.ask(preview, settings.state_lea, parent)
        if choice is None:
            return
        lea = None if choice == ALL_ROWS else choice
        if lea is not None and settings.state_lea != lea:
            settings.state_lea = lea  # remembered: next year's file offers the same LEA
            ctx.roots.save_settings()
        run_in_background(
            parent,
            QCoreApplication.translate("StateImport", "Importing %1…").replace(
                "%1", file_path.name
            ),
            lambda progress: state.import_file(
                ctx.roots,
                file_path,
                lea,
                progress=progress,
                expected_rows=preview.rows_in_file,
            ),
            lambda done: finished(done, lea or ""),
        )

    def finished(done: state.StateImport, lea: str) -> None:
        imported(lea)
        messages.inform(
            parent,
            QCoreApplication.translate(
                "StateImport", "Imported the state's file: %1 new, %2 updated, %3 unchanged."
            )
            .replace("%1", QLocale().toString(done.count(state.NEW)))
            .replace("%2", QLocale().toString(done.count(state.UPDATED)))
            .replace("%3", QLocale().toString(done.count(state.UNCHANGED))),
        )

    run_in_background(
        parent,
        QCoreApplication.translate("StateImport", "Checking %1…").replace("%1", file_path.name),
        lambda progress: state.import_file(ctx.roots, file_path, dry_run=True, progress=progress),
        previewed,
    )
