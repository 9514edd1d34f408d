"""Translated names for domain values (roles, statuses) shown in the interface."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from roots_app.domain.assessment import Status
from roots_app.domain.people import Role


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def role_label(role: Role) -> str:
    return {
        Role.FAMILY: _t("Family member"),
        Role.TEACHER: _t("Teacher"),
        Role.ADMINISTRATOR: _t("Administrator"),
        Role.STAFF: _t("School staff"),
        Role.STUDENT: _t("Student"),
        Role.COMMUNITY_PARTNER: _t("Community partner"),
        Role.OTHER: _t("Other"),
    }[role]


def status_label(status: Status) -> str:
    return {
        Status.IN_PROGRESS: _t("In progress"),
        Status.AGREED: _t("Agreed"),
        Status.FINAL: _t("Final"),
    }[status]
