"""The plan's actions as a spreadsheet (CSV or XLSX), for coordinators who track them there."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from datetime import date

from roots_app.domain import vocabulary
from roots_app.domain.plan import Plan
from roots_app.domain.rubric import RubricPack
from roots_app.errors import BadInputError

HEADERS = {
    "en": [
        "Focus area",
        "Goal",
        "Action",
        "Owner",
        "Start",
        "Due",
        "Resources",
        "Measure of success",
        "Status",
        "Carried from last year",
    ],
    "es": [
        "Área de enfoque",
        "Meta",
        "Acción",
        "Responsable",
        "Inicio",
        "Fecha límite",
        "Recursos",
        "Medida de éxito",
        "Estado",
        "Continúa del año pasado",
    ],
}
# The statuses as the screen names them (no signs: a spreadsheet filters on the words).
STATUS = vocabulary.ACTION_STATUS_NAMES
YES = {"en": "Yes", "es": "Sí"}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# The control characters XML 1.0 cannot hold (openpyxl refuses them: IllegalCharacterError).
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def rows(plan: Plan, pack: RubricPack, language: str) -> list[list[str]]:
    if language not in HEADERS:
        raise BadInputError("Choose the table language as en or es.")

    def day(value: date | None) -> str:
        return value.isoformat() if value else ""

    out = [HEADERS[language]]
    for focus, action in plan.actions():
        out.append(
            [
                pack.category(focus.category_key).title[language],
                focus.goal,
                action.description,
                action.owner,
                day(action.start),
                day(action.due),
                action.resources,
                action.measure,
                STATUS[language][action.status],
                YES[language] if action.carried_from else "",
            ]
        )
    return out


def _safe(cell: str) -> str:
    """A note typed as ``=HYPERLINK(...)`` must stay text: spreadsheets run such cells."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def _xml_safe(cell: str) -> str:
    """Each control character XML cannot hold, shown as its symbol (\\x1b as ␛), not refused."""
    return _NOT_IN_XML.sub(lambda m: chr(0x2400 + ord(m.group())), cell)


def to_csv(table: Sequence[Sequence[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in table:
        writer.writerow([_safe(c) for c in row])
    return buffer.getvalue().encode("utf-8-sig")  # the BOM lets Excel read accents right


def to_xlsx(
    table: Sequence[Sequence[str]], sheet_title: str = "Plan", widths: Sequence[int] = ()
) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title
    for row in table:
        sheet.append([_xml_safe(c) for c in row])
    for row in sheet.iter_rows():
        for cell in row:
            cell.data_type = "s"  # never a formula, whatever was typed
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, width in enumerate(widths or (28, 30, 40, 18, 12, 12, 24, 28, 14, 12)):
        sheet.column_dimensions[get_column_letter(index + 1)].width = width
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
