"""Translated names for domain values (roles, statuses) shown in the interface.

The names are written here as literal texts for the Qt catalogue (lupdate reads them);
tests/ui/test_vocabulary_screen.py holds them to domain/vocabulary.py in both languages.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from roots_app.domain.assessment import Status
from roots_app.domain.people import Role
from roots_app.domain.plan import ActionStatus


def role_label(role: Role) -> str:
    return {
        Role.FAMILY: QCoreApplication.translate("Labels", "Family member"),
        Role.TEACHER: QCoreApplication.translate("Labels", "Teacher"),
        Role.ADMINISTRATOR: QCoreApplication.translate("Labels", "Administrator"),
        Role.STAFF: QCoreApplication.translate("Labels", "School staff"),
        Role.STUDENT: QCoreApplication.translate("Labels", "Student"),
        Role.COMMUNITY_PARTNER: QCoreApplication.translate("Labels", "Community partner"),
        Role.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[role]


def status_label(status: Status) -> str:
    return {
        Status.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        Status.AGREED: QCoreApplication.translate("Labels", "Agreed"),
        Status.FINAL: QCoreApplication.translate("Labels", "Final"),
    }[status]


def action_status_label(status: ActionStatus) -> str:
    return {
        ActionStatus.NOT_STARTED: QCoreApplication.translate("Labels", "Not started"),
        ActionStatus.UNDER_WAY: QCoreApplication.translate("Labels", "Under way"),
        ActionStatus.DONE: QCoreApplication.translate("Labels", "Done"),
        ActionStatus.DROPPED: QCoreApplication.translate("Labels", "Dropped"),
    }[status]


def number(value: float | None) -> str:
    """A level or a mean as people write it: 3, or 2.5 in English and 2,5 in Spanish."""
    if value is None:
        return "–"
    if value == int(value):
        return str(int(value))
    return QLocale().toString(float(value), "f", 1)


def average(value: float | None) -> str:
    """A mean always with one decimal, so a column of them lines up: 3,0 and 2,5 in Spanish."""
    if value is None:
        return "–"
    return QLocale().toString(float(value), "f", 1)


def change(value: float | None, of_average: bool = False) -> str:
    """▲ +1, ▼ −0,5 or = 0: the arrow and sign say it, not a colour. A change ``of_average``
    has one decimal like the averages (▲ +1,0, = 0,0)."""
    shown = average if of_average else number
    if value is None:
        return "–"
    if value > 0:
        return f"▲ +{shown(value)}"
    if value < 0:
        return f"▼ −{shown(-value)}"
    return f"= {shown(0.0)}"
