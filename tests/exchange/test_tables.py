"""Spreadsheets of plans and district views: any text a record holds makes a readable file."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from roots_app.exchange import comparison_table, plan_table

HOSTILE = "Escuela \x01Uno\x1b[31m roja\x00\x08\x0b\x0c\x1f fin"


def _read(data: bytes) -> list[list[str]]:
    sheet = load_workbook(io.BytesIO(data)).active
    return [[c.value for c in row] for row in sheet.iter_rows()]


def test_control_characters_are_shown_not_refused_in_xlsx() -> None:
    """openpyxl refuses XML's illegal characters (IllegalCharacterError); they become symbols."""
    table = [["School", "Action"], [HOSTILE, "tab\tand\nnew line stay"]]
    for data in (plan_table.to_xlsx(table), comparison_table.to_xlsx(table, sheet="2025-26")):
        rows = _read(data)
        assert rows[1][0] == "Escuela ␁Uno␛[31m roja␀␈␋␌␟ fin"
        assert rows[1][1] == "tab\tand\nnew line stay"
        assert rows[0] == ["School", "Action"]


def test_csv_keeps_the_text_as_it_is() -> None:
    data = plan_table.to_csv([["School"], [HOSTILE]]).decode("utf-8-sig")
    assert HOSTILE in data
