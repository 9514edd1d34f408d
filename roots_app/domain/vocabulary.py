"""One vocabulary for every layer: the languages, page sizes, the default rubric and the
English and Spanish names of roles and statuses.

The screen, the PDF, the spreadsheets and the command line all read their choices and names
from here, so adding a language or renaming a role is one change. The interface keeps its
names in the Qt catalogue (lupdate needs literal texts); tests/test_vocabulary.py checks that
the catalogue says what this module says.

Names are keyed by the enums' values (``"family"``, ``"under_way"``): the enums are string
enums, so ``ROLE_NAMES["en"][Role.FAMILY]`` works, and the settings and the command line can
read the languages without importing the domain's models.
"""

from __future__ import annotations

from collections.abc import Mapping

LANGUAGES: tuple[str, ...] = ("en", "es")
# Each language named in itself: the language chooser is never translated.
LANGUAGE_NAMES: Mapping[str, str] = {"en": "English", "es": "Español"}
DEFAULT_LANGUAGE = "en"
BOTH = "both"  # a PDF may print both languages side by side
PDF_LANGUAGES: tuple[str, ...] = (*LANGUAGES, BOTH)

PAGE_SIZES: tuple[str, ...] = ("letter", "a4")
DEFAULT_PAGE_SIZE = "letter"

DEFAULT_RUBRIC = "cei-six-roots"  # the pack that ships with Roots (rubrics/cei-six-roots.json)

ROLE_NAMES: Mapping[str, Mapping[str, str]] = {
    "en": {
        "family": "Family member",
        "teacher": "Teacher",
        "administrator": "Administrator",
        "staff": "School staff",
        "student": "Student",
        "community_partner": "Community partner",
        "other": "Other",
    },
    "es": {
        "family": "Madre, padre o tutor",
        "teacher": "Docente",
        "administrator": "Personal directivo",
        "staff": "Personal de la escuela",
        "student": "Estudiante",
        "community_partner": "Representante de la comunidad",
        "other": "Otro",
    },
}

# The plural headings that group members on the plan's cover.
ROLE_PLURALS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "family": "Family members",
        "teacher": "Teachers",
        "administrator": "Administrators",
        "staff": "School staff",
        "student": "Students",
        "community_partner": "Community partners",
        "other": "Others",
    },
    "es": {
        "family": "Madres, padres y tutores",
        "teacher": "Docentes",
        "administrator": "Personal directivo",
        "staff": "Personal de la escuela",
        "student": "Estudiantes",
        "community_partner": "Representantes de la comunidad",
        "other": "Otros",
    },
}

STATUS_NAMES: Mapping[str, Mapping[str, str]] = {
    "en": {"in_progress": "In progress", "agreed": "Agreed", "final": "Final"},
    "es": {"in_progress": "En curso", "agreed": "Acordada", "final": "Final"},
}

ACTION_STATUS_NAMES: Mapping[str, Mapping[str, str]] = {
    "en": {
        "not_started": "Not started",
        "under_way": "Under way",
        "done": "Done",
        "dropped": "Dropped",
    },
    "es": {
        "not_started": "Sin empezar",
        "under_way": "En marcha",
        "done": "Hecha",
        "dropped": "Descartada",
    },
}

# The PDF puts a shape before each action status, so it reads in black and white too.
ACTION_STATUS_SIGNS: Mapping[str, str] = {
    "not_started": "○",
    "under_way": "◐",
    "done": "●",
    "dropped": "✕",
}


def role_name(language: str, role: str, plural: bool = False) -> str:
    return (ROLE_PLURALS if plural else ROLE_NAMES)[language][role]


def status_name(language: str, status: str) -> str:
    return STATUS_NAMES[language][status]


def action_status_name(language: str, status: str, signed: bool = False) -> str:
    """``Under way``; signed (as the PDF prints it): ``◐ Under way``."""
    name = ACTION_STATUS_NAMES[language][status]
    return f"{ACTION_STATUS_SIGNS[status]} {name}" if signed else name
