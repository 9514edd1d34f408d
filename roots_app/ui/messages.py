"""The one place that turns errors into translated sentences with a next step for the user,
and the one place that shows message boxes.

With the environment variable ``ROOTS_NO_DIALOGS`` set (to anything but "" or "0"), no box is
shown: its text goes to the log and the answer is the safe one (Cancel, Quit, "no"), like
qutebrowser's ``--no-err-windows``. For unattended runs and screenshots.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QDialog, QMessageBox, QPushButton, QWidget

from roots_app.errors import PackError, RootsError
from roots_app.ui import pack_problems
from roots_app.ui.counts import Counts

if TYPE_CHECKING:
    from roots_app.services.backups import Backup

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
    if code == "damaged_database":  # met while working: the next start offers a backup
        return (
            QCoreApplication.translate(
                "Messages", "Roots's data file is damaged, so this could not be done."
            ),
            QCoreApplication.translate(
                "Messages",
                "Nothing more was saved. Close Roots and open it again: it will offer to put "
                "back the newest good backup.",
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
    if code == "bad_crosswalk":
        return (
            QCoreApplication.translate("Messages", "This file is not a valid crosswalk."),
            QCoreApplication.translate(
                "Messages",
                "Nothing was changed: the crosswalk in use stays. The details say where the "
                "file is wrong.",
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
    if code == "bad_state_file":
        return (
            QCoreApplication.translate(
                "Messages", "This file cannot be imported as the state's Priority 3 file."
            ),
            QCoreApplication.translate(
                "Messages",
                "Nothing was changed. Check that it is the state's Pr3 file (Pr3YYYY.txt) as "
                "downloaded; the details say which line or column is wrong.",
            ),
        )
    if code == "bad_text":
        return (
            QCoreApplication.translate(
                "Messages", "The text has a character Roots cannot keep, so it was not saved."
            ),
            QCoreApplication.translate(
                "Messages",
                "It is an invisible control character, often brought by text copied from another "
                "program. Type that part again, or paste it as plain text, and save again.",
            ),
        )
    if code == "not_found":
        return (
            QCoreApplication.translate("Messages", "That item no longer exists."),
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


NO_DIALOGS = "ROOTS_NO_DIALOGS"


def dialogs_shown() -> bool:
    """False when the no-dialog switch is on (see the module's docstring)."""
    return os.environ.get(NO_DIALOGS, "") in ("", "0")


def run(box: QMessageBox) -> QAbstractButton | None:
    """Show ``box`` and return the button pressed (None: closed without one).

    With the no-dialog switch on, log the text instead and return None, which every caller
    takes as the safe answer."""
    if not dialogs_shown():
        detail = f" ({box.detailedText()})" if box.detailedText() else ""
        if box.icon() in (QMessageBox.Icon.Warning, QMessageBox.Icon.Critical):
            log.warning(
                "Not shown (%s): %s %s%s", NO_DIALOGS, box.text(), box.informativeText(), detail
            )
        else:
            log.info(
                "Not shown (%s): %s %s%s", NO_DIALOGS, box.text(), box.informativeText(), detail
            )
        return None
    box.exec()
    return box.clickedButton()


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    what: str,
    next_step: str,
    detail: str = "",
) -> QMessageBox:
    """Every box Roots shows: what happened, what to do next, details folded away."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Roots"))
    box.setText(what)
    box.setAccessibleName(what)
    box.setInformativeText(next_step)
    if detail:
        box.setDetailedText(detail)
    return box


def question_box(
    parent: QWidget | None, what: str, next_step: str, do: str, *, for_good: bool = False
) -> tuple[QMessageBox, QAbstractButton]:
    """A question whose button says what it does (``do``: "Move to trash"), beside Cancel;
    returns the box and that button. What cannot be undone (``for_good``) gets the warning
    icon, and Cancel as the default so a hurried Enter loses nothing."""
    box = message_box(
        parent,
        QMessageBox.Icon.Warning if for_good else QMessageBox.Icon.Question,
        what,
        next_step,
    )
    act = box.addButton(
        do,
        QMessageBox.ButtonRole.DestructiveRole if for_good else QMessageBox.ButtonRole.AcceptRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("Messages", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel if for_good else act)
    box.setEscapeButton(cancel)
    return box, act


def ask(
    parent: QWidget | None, what: str, next_step: str, do: str, *, for_good: bool = False
) -> bool:
    """Ask (see question_box); True if the person chose ``do``."""
    box, act = question_box(parent, what, next_step, do, for_good=for_good)
    return run(box) is act


def inform(parent: QWidget | None, what: str, next_step: str = "") -> None:
    """Tell the person something went well (an information box with OK)."""
    run(message_box(parent, QMessageBox.Icon.Information, what, next_step))


def choose(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    what: str,
    next_step: str,
    choices: Sequence[tuple[str, QMessageBox.ButtonRole]],
    default: int = 0,
    *,
    standard: QMessageBox.StandardButton | None = None,
) -> int | None:
    """A box whose buttons say what they do; the index of the one pressed, None if none was
    (or the no-dialog switch is on). ``standard`` adds one of Qt's own buttons (OK, Cancel)
    after them, which also answers None."""
    box = message_box(parent, icon, what, next_step)
    buttons: list[QPushButton] = [box.addButton(text, role) for text, role in choices]
    if standard is not None:
        box.addButton(standard)
    box.setDefaultButton(buttons[default])
    clicked = run(box)
    return next((i for i, button in enumerate(buttons) if button is clicked), None)


def show_dialog(dialog: QDialog, summary: str) -> int | None:
    """Show a dialog of Roots' own (About) modally and return its result; with the no-dialog
    switch on, log ``summary`` instead and return None."""
    if not dialogs_shown():
        log.info("Not shown (%s): %s", NO_DIALOGS, summary)
        return None
    return dialog.exec()


def show_error(parent: QWidget | None, error: RootsError) -> None:
    """A calm message box: the sentence, the next step, the technical detail folded away."""
    log.info("Shown to the user: %s", error)
    what, next_step = sentence(error)
    detail = str(error)
    if isinstance(error, PackError) and error.problems:  # a crosswalk's too: where, and why
        _, found = pack_problems.explain(error)
        detail = "\n".join(f"{where}: {why}" for where, why in found)
    run(message_box(parent, QMessageBox.Icon.Warning, what, next_step, detail))


def ask_offline(error: RootsError) -> str:
    """The district database does not answer at start: "retry", "local" or "quit"."""
    box = message_box(
        None,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Messages", "Roots could not reach the district database."),
        QCoreApplication.translate(
            "Messages",
            "Check the network and try again. You can also work on this computer's own data "
            "this time; the district database stays chosen in Settings.",
        ),
        str(error),
    )
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
    clicked = run(box)
    return "retry" if clicked is retry else "local" if clicked is local else "quit"


def ask_restore_damaged(error: RootsError, offer: Backup | None) -> bool:
    """The database file is damaged: say so calmly, and offer the newest good backup."""
    what = QCoreApplication.translate(
        "Messages", "Roots's data file is damaged and cannot be used as it is."
    )
    quit_text = QCoreApplication.translate("Messages", "&Quit")
    if offer is None:
        box = message_box(
            None,
            QMessageBox.Icon.Warning,
            what,
            QCoreApplication.translate(
                "Messages",
                "There is no backup to put back. The file has not been changed: send it to "
                "your coordinator or support (it is in your data folder).",
            ),
            str(error),
        )
        box.addButton(quit_text, QMessageBox.ButtonRole.RejectRole)
        run(box)
        return False
    box = message_box(
        None,
        QMessageBox.Icon.Warning,
        what,
        QCoreApplication.translate(
            "Messages",
            "The newest good backup is from %1 (%2, %3). Put it back? The "
            'damaged file is kept, unchanged, in the folder "damaged" for support.',
        )
        .replace("%1", f"{offer.taken_at:%Y-%m-%d %H:%M}")
        .replace("%2", Counts().schools(offer.schools))
        .replace("%3", Counts().assessments(offer.assessments)),
        str(error),
    )
    restore = box.addButton(
        QCoreApplication.translate("Messages", "&Restore the backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(quit_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    return run(box) is restore


def restored_after_damage(offer: Backup, kept: Path) -> None:
    box = message_box(
        None,
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Messages", "The backup from %1 is back in place.").replace(
            "%1", f"{offer.taken_at:%Y-%m-%d %H:%M}"
        ),
        QCoreApplication.translate(
            "Messages", "Work done after it may be missing. The damaged file is kept at %1."
        ).replace("%1", str(kept)),
    )
    box.addButton(
        QCoreApplication.translate("Messages", "&Continue"), QMessageBox.ButtonRole.AcceptRole
    )
    run(box)
