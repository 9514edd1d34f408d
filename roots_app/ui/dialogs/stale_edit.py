"""Someone else saved the same rating first (a shared district database): the person decides.

What they typed stays on screen until they choose; nothing is overwritten without asking.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from roots_app.domain.assessment import Rating
from roots_app.domain.rubric import RubricPack
from roots_app.errors import RootsError, StaleEditError
from roots_app.ui import messages

T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """How a checked save ended: ``ok`` with the save's result in ``saved``; or not, with
    ``theirs`` set if the person took the other version (to show now), else an error was shown."""

    ok: bool = False
    saved: T | None = None
    theirs: Any = None


def save_or_ask(
    parent: QWidget,
    save: Callable[[int], T],
    version: int,
    keep_mine: Callable[[Any], bool],
) -> Outcome[T]:
    """``save(version)``; if someone else saved first, ``keep_mine(theirs)`` asks the person.

    Keeping mine saves again over the version just shown; taking theirs saves nothing. Any
    other problem is shown as a sentence, and what was typed stays on screen.
    """
    while True:
        try:
            return Outcome(ok=True, saved=save(version))
        except StaleEditError as stale:
            if not keep_mine(stale.current):
                return Outcome(theirs=stale.current)
            version = stale.current.version  # type: ignore[attr-defined]
        except RootsError as error:
            messages.show_error(parent, error)
            return Outcome()


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
    return (
        messages.choose(
            parent,
            QMessageBox.Icon.Question,
            what,
            QCoreApplication.translate("StaleEdit", "Saved by the other person:\n%1\n\nYours:\n%2")
            .replace("%1", theirs)
            .replace("%2", mine),
            [
                (
                    QCoreApplication.translate("StaleEdit", "Keep &mine"),
                    QMessageBox.ButtonRole.AcceptRole,
                ),
                (
                    QCoreApplication.translate("StaleEdit", "Use &theirs"),
                    QMessageBox.ButtonRole.RejectRole,
                ),
            ],
        )
        == 0
    )


def short(text: str, limit: int = 300) -> str:
    text = text.strip() or QCoreApplication.translate("StaleEdit", "(empty)")
    return text if len(text) <= limit else text[:limit] + "…"
