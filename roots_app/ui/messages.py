"""The one place that turns errors into translated sentences with a next step for the user."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from roots_app.errors import PackError, RootsError

log = logging.getLogger(__name__)


def sentence(error: RootsError) -> tuple[str, str]:
    """(what is wrong, what to do next), translated, for a known kind of error."""
    code = error.code
    if code == "newer_database":
        return (
            QCoreApplication.translate(
                "Messages", "This database was saved by a newer version of Roots."
            ),
            QCoreApplication.translate(
                "Messages", "Install the newest Roots to open it. Nothing in it was changed."
            ),
        )
    if code == "disk_full":
        return (
            QCoreApplication.translate("Messages", "The disk is full, so Roots could not save."),
            QCoreApplication.translate(
                "Messages",
                "Nothing was lost: what you typed is still on screen. Free some space (empty the "
                "trash of the computer, remove large files), then try again.",
            ),
        )
    if code == "read_only":
        return (
            QCoreApplication.translate("Messages", "Roots may not write to its data folder."),
            QCoreApplication.translate(
                "Messages",
                "What you typed is still on screen. Ask whoever looks after this computer to let "
                "you write to the folder shown in Settings, then try again.",
            ),
        )
    if code == "connection_lost":
        return (
            QCoreApplication.translate("Messages", "Roots could not reach the district database."),
            QCoreApplication.translate(
                "Messages",
                "Nothing was lost: what you typed is still on screen. Check the network, then "
                "try again; Roots reconnects by itself.",
            ),
        )
    if code == "storage":
        return (
            QCoreApplication.translate("Messages", "Roots could not read or save its database."),
            QCoreApplication.translate(
                "Messages",
                "Close any other copy of Roots, check that the disk is not full, and try again. "
                "What you typed is still on screen.",
            ),
        )
    if code == "bad_pack":
        return (
            QCoreApplication.translate("Messages", "This file is not a valid rubric pack."),
            QCoreApplication.translate(
                "Messages", "Ask whoever made the file for a corrected one. Nothing was installed."
            ),
        )
    if code == "bad_bundle":
        return (
            QCoreApplication.translate(
                "Messages", "This .roots file cannot be imported: it is damaged or not complete."
            ),
            QCoreApplication.translate(
                "Messages",
                "Nothing was changed. Ask for the file to be exported again; the details say "
                "exactly what is wrong.",
            ),
        )
    if code == "not_found":
        return (
            QCoreApplication.translate("Messages", "That record no longer exists."),
            QCoreApplication.translate(
                "Messages", "It may have been deleted. Go back to Home and choose again."
            ),
        )
    if code == "export":
        return (
            QCoreApplication.translate("Messages", "The file could not be written."),
            QCoreApplication.translate(
                "Messages", "Choose another folder, or free some disk space, and try again."
            ),
        )
    return (
        QCoreApplication.translate("Messages", "Roots could not do that."),
        QCoreApplication.translate("Messages", "Check what you entered and try again."),
    )


def show_error(parent: QWidget | None, error: RootsError) -> None:
    """A calm message box: the sentence, the next step, the technical detail folded away."""
    log.info("Shown to the user: %s", error)
    what, next_step = sentence(error)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Roots"))
    box.setText(what)
    box.setInformativeText(next_step)
    detail = str(error)
    if isinstance(error, PackError) and error.problems:
        detail = "\n".join(f"{path or '-'}: {reason}" for path, reason in error.problems)
    box.setDetailedText(detail)
    box.setAccessibleName(what)
    box.exec()


def ask_offline(error: RootsError) -> str:
    """The district database does not answer at start: "retry", "local" or "quit"."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Roots"))
    what = QCoreApplication.translate("Messages", "Roots could not reach the district database.")
    box.setText(what)
    box.setAccessibleName(what)
    box.setInformativeText(
        QCoreApplication.translate(
            "Messages",
            "Check the network and try again. You can also work on this computer's own data "
            "this time; the district database stays chosen in Settings.",
        )
    )
    box.setDetailedText(str(error))
    retry = box.addButton(
        QCoreApplication.translate("Messages", "Try &again"), QMessageBox.ButtonRole.AcceptRole
    )
    local = box.addButton(
        QCoreApplication.translate("Messages", "Use this &computer's data"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(
        QCoreApplication.translate("Messages", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    return "retry" if clicked is retry else "local" if clicked is local else "quit"


def ask_restore_damaged(error: RootsError, offer: Any) -> bool:
    """The database file is damaged: say so calmly, and offer the newest good backup."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Roots"))
    what = QCoreApplication.translate(
        "Messages", "Roots's data file is damaged and cannot be used as it is."
    )
    box.setText(what)
    box.setAccessibleName(what)
    box.setDetailedText(str(error))
    if offer is None:
        box.setInformativeText(
            QCoreApplication.translate(
                "Messages",
                "There is no backup to put back. The file has not been changed: send it to "
                "your coordinator or support (it is in your data folder).",
            )
        )
        box.addButton(
            QCoreApplication.translate("Messages", "&Quit"), QMessageBox.ButtonRole.RejectRole
        )
        box.exec()
        return False
    box.setInformativeText(
        QCoreApplication.translate(
            "Messages",
            "The newest good backup is from %1 (%2 schools, %3 assessments). Put it back? The "
            'damaged file is kept, unchanged, in the folder "damaged" for support.',
        )
        .replace("%1", f"{offer.taken_at:%Y-%m-%d %H:%M}")
        .replace("%2", str(offer.schools))
        .replace("%3", str(offer.assessments))
    )
    restore = box.addButton(
        QCoreApplication.translate("Messages", "&Restore the backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("Messages", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def restored_after_damage(offer: Any, kept: Any) -> None:
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Roots"))
    what = QCoreApplication.translate("Messages", "The backup from %1 is back in place.").replace(
        "%1", f"{offer.taken_at:%Y-%m-%d %H:%M}"
    )
    box.setText(what)
    box.setAccessibleName(what)
    box.setInformativeText(
        QCoreApplication.translate(
            "Messages", "Work done after it may be missing. The damaged file is kept at %1."
        ).replace("%1", str(kept))
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
