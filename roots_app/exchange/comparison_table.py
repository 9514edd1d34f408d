"""Comparison tables for spreadsheets: the district view of a year, in English or Spanish."""

from __future__ import annotations

from roots_app.domain.comparison import District, SchoolProgress
from roots_app.domain.rubric import RubricPack
from roots_app.domain.state_report import PERFORMANCE_NAMES, StateBeside
from roots_app.errors import BadInputError
from roots_app.exchange import plan_table

HEADERS = {
    "en": {
        "school": "School",
        "region": "Region",
        "average": "Average",
        "change": "Change since %1",
        "mapped": "from an earlier version",
    },
    "es": {
        "school": "Escuela",
        "region": "Región",
        "average": "Promedio",
        "change": "Cambio desde %1",
        "mapped": "de una versión anterior",
    },
}


def _cell(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0")


def district_rows(district: District, pack: RubricPack, language: str) -> list[list[str]]:
    if language not in HEADERS:
        raise BadInputError("Choose the table language as en or es.")
    words = HEADERS[language]
    keys = [c.key for c in pack.categories]
    head = [
        words["school"],
        words["region"],
        *[pack.category(k).title[language] for k in keys],
        words["average"],
        words["change"].replace("%1", district.previous),
    ]
    rows = [head]
    for school in district.schools:
        rows.append(
            [
                school.name,
                school.region,
                *[_marked(school.levels.get(k), k in school.mapped, words) for k in keys],
                _cell(school.average),
                _marked(school.change, bool(school.mapped_changes), words),
            ]
        )
    return rows


def _marked(value: float | None, mapped: bool, words: dict[str, str]) -> str:
    """A level (or change) read through a pack's lineage says so in words."""
    cell = _cell(value)
    return f"{cell} ({words['mapped']})" if mapped and cell else cell


PROGRESS = {
    "en": {
        "category": "Category",
        "focus": "focus area",
        "change": "change",
        "mapped": "from an earlier version",
    },
    "es": {
        "category": "Categoría",
        "focus": "área de enfoque",
        "change": "cambio",
        "mapped": "de una versión anterior",
    },
}


def progress_rows(progress: SchoolProgress, pack: RubricPack, language: str) -> list[list[str]]:
    """Categories down, for each year its level and change; focus years marked in words."""
    if language not in PROGRESS:
        raise BadInputError("Choose the table language as en or es.")
    words = PROGRESS[language]
    head = [words["category"]]
    for year in progress.years:
        head += [year, f"{year} {words['change']}"]
    rows = [head]
    for category in progress.categories:
        try:
            title = pack.category(category.key).title[language]
        except KeyError:
            title = category.key
        row = [title]
        for year in progress.years:
            level = _marked(category.levels.get(year), year in category.mapped_years, words)
            if year in category.focus_years:
                level += f" ({words['focus']})"
            change = category.changes.get(year)
            shown = _marked(change.value, category.change_mapped(year), words) if change else ""
            row += [level, shown]
        rows.append(row)
    return rows


def to_csv(table: list[list[str]]) -> bytes:
    return plan_table.to_csv(table)


def to_xlsx(table: list[list[str]], sheet: str) -> bytes:
    widths = [34, *([14] * (len(table[0]) - 1))]
    return plan_table.to_xlsx(table, sheet, widths)


STATE = {
    "en": {
        "year": "School year",
        "practice": "Practice",
        "state": "State level",
        "teams": "Teams' median",
        "count": "Teams",
        "difference": "Difference (state − teams)",
        "change": "Change of the state level",
        "since": "Since",
        "result": "Result",
        "meeting": "Board meeting",
        "mapped": "Other rubrics, mapped (Roots' crosswalk, not official)",
        "mapped_count": "Teams mapped",
        "versions": "mapped from another version",  # a teams' median read through a lineage
    },
    "es": {
        "year": "Año escolar",
        "practice": "Práctica",
        "state": "Nivel estatal",
        "teams": "Mediana de los equipos",
        "count": "Equipos",
        "difference": "Diferencia (estado − equipos)",
        "change": "Cambio del nivel estatal",
        "since": "Desde",
        "result": "Resultado",
        "meeting": "Reunión de la junta",
        "mapped": "Otras rúbricas, por correspondencia (de Roots, no oficial)",
        "mapped_count": "Equipos por correspondencia",
        "versions": "por correspondencia desde otra versión",
    },
}


def state_rows(
    view: StateBeside, titles: dict[str, str], language: str, mapped: bool = False
) -> list[list[str]]:
    """The state report of an LEA, one row per school year and practice; ``titles`` are the
    practices' titles in the language; ``mapped``: two more columns, the teams on other
    rubrics through the crosswalk, headed as mapped."""
    if language not in STATE:
        raise BadInputError("Choose the table language as en or es.")
    words = STATE[language]
    versions = {"mapped": words["versions"]}  # a median read through a pack's lineage
    performance = PERFORMANCE_NAMES[language]
    keys = ("year", "practice", "state", "teams", "count", "difference", "change", "since")
    more = ("mapped", "mapped_count") if mapped else ()
    rows = [[words[k] for k in (*keys, "result", "meeting", *more)]]
    for year in view.years:
        for number, p in enumerate(year.practices, 1):
            change = p.state_change
            rows.append(
                [
                    year.year,
                    f"{number}. {titles.get(p.key, p.key)}",
                    _cell(p.state),
                    _marked(p.teams, p.teams_mapped, versions),
                    str(p.teams_count),
                    _cell(p.difference),
                    _cell(change.value) if change else "",
                    change.since if change else "",
                    performance[year.performance] if year.performance else "",
                    year.meeting_date.isoformat() if year.meeting_date else "",
                    *(
                        (_marked(p.mapped, p.mapped_lineage, versions), str(p.mapped_count))
                        if mapped
                        else ()
                    ),
                ]
            )
    return rows
