"""Every fixed text the growth plan PDF prints, in English and Spanish, with the same keys.

Placeholders are ``%1``, ``%2``... as in the Qt catalogue, so translators see one convention.
Role and action status names are keyed by the domain enums' values (``role.family``,
``status.under_way``); ``roles.*`` are the plural headings used to group members on the cover.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from roots_app.domain import vocabulary
from roots_app.domain.people import Role
from roots_app.domain.plan import ActionStatus

LANGUAGES = vocabulary.LANGUAGES

EN: dict[str, str] = {
    "plan_title": "Growth plan",
    "plan_subject": "Family engagement growth plan",
    "family_action_team": "Family Action Team",
    "school": "School",
    "team": "Team",
    "school_year": "School year",
    "rubric": "Rubric",
    "rubric_version": "%1, version %2",
    "generated_on": "Prepared on",
    "members_present": "Members present",
    "no_members": "No members were marked present.",
    "wheel_title": "Our wheel of agreed levels",
    "wheel_intro": (
        "Each spoke is one category, numbered as in the pages that follow. The further from "
        "the center, the higher the level the team agreed."
    ),
    "wheel_intro_previous": "Last year's agreed levels are drawn behind this year's.",
    "legend_this_year": "Agreed level, %1",
    "legend_last_year": "Last year, %1",
    "summary_number": "#",
    "summary_category": "Category",
    "summary_agreed": "Agreed level",
    "summary_last_year": "Last year",
    "summary_change": "Change",
    "categories_title": "Where we stand, category by category",
    "agreed_level": "Agreed level",
    "level_of": "Level %1 of %2: %3",
    "not_agreed": "Not agreed yet",
    "what_it_looks_like": "What this level looks like",
    "member_ratings": "Member ratings",
    "ratings_spread": "lowest %1, highest %2, median %3 (%4 of %5 members rated)",
    "no_ratings": "No member ratings yet.",
    "far_apart": "Members' ratings were two or more levels apart.",
    "last_year_level": "Last year: %1",
    "evidence": "Evidence",
    "no_evidence": "No evidence written.",
    "handwriting": "Handwritten evidence from paper sheets",
    "paper_sheet": "Sheet %1",
    "paper_sheet_any": "A paper sheet",
    "paper_level": "level %1, marked on paper",
    "reason": "Why the team agreed this level",
    "focus_tag": "Focus area",
    "focus_title": "Our focus areas and actions",
    "focus_n": "Focus area %1",
    "goal": "Goal",
    "why": "Why we chose it",
    "no_focus": "The team has not chosen focus areas yet.",
    "no_actions": "No actions yet.",
    "col_action": "Action",
    "col_owner": "Owner",
    "col_dates": "Start – due",
    "col_resources": "Resources",
    "col_measure": "Measure of success",
    "col_status": "Status",
    "carried": "↻ carried from last year",
    "signoff_title": "Sign-off",
    "signoff_intro": "We, the Family Action Team, have reviewed and agree to this growth plan.",
    "col_name": "Name",
    "col_role": "Role",
    "col_signature": "Signature",
    "col_date": "Date",
    "page_of": "Page %1 of %2",
    "none": "—",
    "decimal_point": ".",
    "date_long": "%2 %1, %3",  # %1 day, %2 month name, %3 year
    "date_short": "%2 %1, %3",  # %2 is the short month name here
    "month.1": "January",
    "month.2": "February",
    "month.3": "March",
    "month.4": "April",
    "month.5": "May",
    "month.6": "June",
    "month.7": "July",
    "month.8": "August",
    "month.9": "September",
    "month.10": "October",
    "month.11": "November",
    "month.12": "December",
    "mon.1": "Jan",
    "mon.2": "Feb",
    "mon.3": "Mar",
    "mon.4": "Apr",
    "mon.5": "May",
    "mon.6": "Jun",
    "mon.7": "Jul",
    "mon.8": "Aug",
    "mon.9": "Sep",
    "mon.10": "Oct",
    "mon.11": "Nov",
    "mon.12": "Dec",
}

ES: dict[str, str] = {
    "plan_title": "Plan de crecimiento",
    "plan_subject": "Plan de crecimiento de la participación familiar",
    "family_action_team": "Equipo de Acción Familiar",
    "school": "Escuela",
    "team": "Equipo",
    "school_year": "Año escolar",
    "rubric": "Rúbrica",
    "rubric_version": "%1, versión %2",
    "generated_on": "Preparado el",
    "members_present": "Integrantes presentes",
    "no_members": "No se marcó a ningún integrante como presente.",
    "wheel_title": "Nuestra rueda de niveles acordados",
    "wheel_intro": (
        "Cada radio es una categoría, numerada como en las páginas siguientes. Cuanto más "
        "lejos del centro, más alto es el nivel que acordó el equipo."
    ),
    "wheel_intro_previous": (
        "Los niveles acordados el año pasado aparecen detrás de los de este año."
    ),
    "legend_this_year": "Nivel acordado, %1",
    "legend_last_year": "Año pasado, %1",
    "summary_number": "#",
    "summary_category": "Categoría",
    "summary_agreed": "Nivel acordado",
    "summary_last_year": "Año pasado",
    "summary_change": "Cambio",
    "categories_title": "Dónde estamos, categoría por categoría",
    "agreed_level": "Nivel acordado",
    "level_of": "Nivel %1 de %2: %3",
    "not_agreed": "Todavía sin acordar",
    "what_it_looks_like": "Cómo se ve este nivel",
    "member_ratings": "Calificaciones de los integrantes",
    "ratings_spread": (
        "la más baja %1, la más alta %2, mediana %3 (calificaron %4 de %5 integrantes)"
    ),
    "no_ratings": "Todavía no hay calificaciones de los integrantes.",
    "far_apart": "Las calificaciones de los integrantes tuvieron dos o más niveles de diferencia.",
    "last_year_level": "Año pasado: %1",
    "evidence": "Evidencia",
    "no_evidence": "No se escribió evidencia.",
    "handwriting": "Evidencia escrita a mano en hojas de papel",
    "paper_sheet": "Hoja %1",
    "paper_sheet_any": "Una hoja de papel",
    "paper_level": "nivel %1, marcado en papel",
    "reason": "Por qué el equipo acordó este nivel",
    "focus_tag": "Área de enfoque",
    "focus_title": "Nuestras áreas de enfoque y acciones",
    "focus_n": "Área de enfoque %1",
    "goal": "Meta",
    "why": "Por qué la elegimos",
    "no_focus": "El equipo todavía no ha elegido áreas de enfoque.",
    "no_actions": "Todavía no hay acciones.",
    "col_action": "Acción",
    "col_owner": "Responsable",
    "col_dates": "Inicio – fecha límite",
    "col_resources": "Recursos",
    "col_measure": "Medida de éxito",
    "col_status": "Estado",
    "carried": "↻ continúa del año pasado",
    "signoff_title": "Firmas",
    "signoff_intro": (
        "Nosotros, el Equipo de Acción Familiar, revisamos este plan de crecimiento y "
        "estamos de acuerdo con él."
    ),
    "col_name": "Nombre",
    "col_role": "Función",
    "col_signature": "Firma",
    "col_date": "Fecha",
    "page_of": "Página %1 de %2",
    "none": "—",
    "decimal_point": ",",
    "date_long": "%1 de %2 de %3",
    "date_short": "%1 %2 %3",
    "month.1": "enero",
    "month.2": "febrero",
    "month.3": "marzo",
    "month.4": "abril",
    "month.5": "mayo",
    "month.6": "junio",
    "month.7": "julio",
    "month.8": "agosto",
    "month.9": "septiembre",
    "month.10": "octubre",
    "month.11": "noviembre",
    "month.12": "diciembre",
    "mon.1": "ene",
    "mon.2": "feb",
    "mon.3": "mar",
    "mon.4": "abr",
    "mon.5": "may",
    "mon.6": "jun",
    "mon.7": "jul",
    "mon.8": "ago",
    "mon.9": "sep",
    "mon.10": "oct",
    "mon.11": "nov",
    "mon.12": "dic",
}


def _names(language: str) -> dict[str, str]:
    """The names of roles and action statuses, from the one vocabulary every layer reads."""
    names = {f"role.{r.value}": vocabulary.role_name(language, r) for r in Role}
    names |= {f"roles.{r.value}": vocabulary.role_name(language, r, plural=True) for r in Role}
    names |= {
        f"status.{s.value}": vocabulary.action_status_name(language, s, signed=True)
        for s in ActionStatus
    }
    return names


EN |= _names("en")
ES |= _names("es")

CATALOGUE: Mapping[str, Mapping[str, str]] = {"en": EN, "es": ES}


def label(language: str, key: str, *args: object) -> str:
    """The fixed text ``key`` in one language, with ``%1``, ``%2``... filled in."""
    text = CATALOGUE[language][key]
    # Fill from the highest number down, so %1 never eats the start of %10.
    for number in range(len(args), 0, -1):
        text = text.replace(f"%{number}", str(args[number - 1]))
    return text


def role_label(language: str, role: Role, plural: bool = False) -> str:
    return label(language, f"{'roles' if plural else 'role'}.{role.value}")


def status_label(language: str, status: ActionStatus) -> str:
    return label(language, f"status.{status.value}")


def date_label(language: str, day: date, short: bool = False) -> str:
    """``March 5, 2026`` / ``5 de marzo de 2026``; short: ``Mar 5, 2026`` / ``5 mar 2026``."""
    month = label(language, f"{'mon' if short else 'month'}.{day.month}")
    return label(language, "date_short" if short else "date_long", day.day, month, day.year)


def number_label(language: str, value: float) -> str:
    """A median such as 3 or 2.5, with the language's decimal mark (2,5 in Spanish)."""
    text = str(int(value)) if float(value).is_integer() else f"{value:.1f}"
    return text.replace(".", label(language, "decimal_point"))
