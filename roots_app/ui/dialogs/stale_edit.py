"""Someone else saved the same rating first (a shared district database): the person decides.

What they typed stays on screen until they choose; nothing is overwritten without asking.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from roots_app.domain.assessment import Rating
from roots_app.domain.rubric import RubricPack


def _describe(rating: Rating, pack: RubricPack, language: str) -> str:
    if rating.level is None:
        level = QCoreApplication.translate("StaleEdit", "no level")
    else:
        label = next((lv.label[language] for lv in pack.levels if lv.value == rating.level), "")
        level = f"{rating.level} · {label}"
    evidence = rating.evidence.strip() or QCoreApplication.translate("StaleEdit", "(no evidence)")
    return f"{level}\n{short(evidence)}"


def keep_mine(
    parent: QWidget | None, mine: Rating, theirs: Rating, pack: RubricPack, language: str
) -> bool:
    """Ask whether to save this person's rating over the other one; True: keep mine."""
    return ask(
        parent,
        QCoreApplication.translate(
            "StaleEdit", "Someone else saved this rating while you were working on it."
        ),
        _describe(theirs, pack, language),
        _describe(mine, pack, language),
    )


def ask(parent: QWidget | None, what: str, theirs: str, mine: str) -> bool:
    """Show the two versions, theirs first; True if the person keeps their own."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("StaleEdit", "Roots"))
    box.setText(what)
    box.setAccessibleName(what)
    box.setInformativeText(
        QCoreApplication.translate("StaleEdit", "Saved by the other person:\n%1\n\nYours:\n%2")
        .replace("%1", theirs)
        .replace("%2", mine)
    )
    mine_button = box.addButton(
        QCoreApplication.translate("StaleEdit", "Keep &mine"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("StaleEdit", "Use &theirs"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(mine_button)
    box.exec()
    return box.clickedButton() is mine_button


def short(text: str, limit: int = 300) -> str:
    text = text.strip() or QCoreApplication.translate("StaleEdit", "(empty)")
    return text if len(text) <= limit else text[:limit] + "…"
