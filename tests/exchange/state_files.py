"""Synthetic state Priority 3 files in every published layout, written from StateResults.

The headers are copied from ../shared/reference/state-priority3-files.md as published (typos,
cut names, case), and the column order per layout is written out here, apart from the reader's
own tables, so a test checks the reader against the reference rather than against itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from roots_app.domain.state_report import (
    NARRATIVE_KEYS,
    PRACTICE_KEYS,
    Performance,
    StateResult,
)


def _published(names: str, sep: str) -> list[str]:
    """A header as the reference writes it, one string with the state's separator."""
    return names.split(sep)


HEADER_2019 = _published(
    "cdsCode|lea|priorityNumber|narrative3|narrative2|narrative1|buildingRelationship|"
    "environmentRelationship|staffSupportRelationship|opportunityRelationship|"
    "professionalLearningPartnership|resourcePartnership|implementationPartnership|"
    "legalRightsPartnership|effectiveEngagementGroupDecision|effectiveEngagementDecision|"
    "strategyDecision|familyEngagementDecision|meetingDate|performance|year",
    "|",
)
HEADER_2021 = ["cdscode", "lea", "priorityId", *HEADER_2019[3:]]
HEADER_2022 = _published(
    "cdsCode lea priorityNumber Narrative1aRelationshipsstengths "
    "Narritive1bRelationshipsFocusAreas "
    "Narrative1cRelationshipssImproveEengagementofUnderrepresentedFamilies "
    "Narrative2aPartnershipsstrengths Narrative2bPartnershipsFocusAreas "
    "Narrative2cPartnershipsImproveEnagagementUnderrepresentedFamilies Narrative3aInputstrengths "
    "Narrative3bInputFocusAreas Narrative3cInputImproveEnagagementUnderrepresentedFamilies "
    "DevelopStaffCapacityRelationships EnvironmentRelationship StaffSupportRelationship "
    "OpportunityRelationship ProfessionalLearningPartnership ResourcesPartnership "
    "PoliciesProgramsPartnership LegalRightsPartnership SupportStaffCapacityInput "
    "SupportFamilyCapacityInput StrategiesInput CollaborationtInput performance meetingDate year",
    " ",
)
HEADER_2023 = _published(
    "cdsCode lea priorityNumber Narrative1aRelationshipsStrength Narrative1bRelationshipsFocusAre "
    "Narrative1cRelationshipsImproveE Narrative2aPartnershipsStrengths "
    "Narrative2bPartnershipsFocusArea Narrative2cPartnershipsImproveEn Narrative3aInputStrengths "
    "Narrative3bInputFocusAreas Narrative3cInputImproveEngagemen DevelopStaffCapacityRelationship "
    "EnvironmentRelationship StaffSupportRelationship OpportunityRelationship "
    "ProfessionalLearningPartnership ResourcesPartnership PoliciesProgramsPartnership "
    "LegalRightsPartnership SupportStaffCapacityInput SupportFamilyCapacityInput StrategiesInput "
    "CollaborationtInput countyPerformance additionalInfo meetingDate year",
    " ",
)
HEADER_2025 = _published(
    "cdsCode|lea|priorityNumber|Narrative1a|Narrative1b|Narrative1c|Narrative2a|Narrative2b|"
    "Narrative2c|Narrative3a|Narrative3b|Narrative3c|DevelopStaffCapacity|EnvironmentRelationship|"
    "StaffSupportRelationship|OpportunityRelationship|ProfessionalLearningPartnership|"
    "ResourcesPartnership|PoliciesProgramsPartnership|LegalRightsPartnership|"
    "SupportStaffCapacityInput|SupportFamilyCapacityInput|StrategiesInput|CollaborationtInput|"
    "countyPerformance|additionalInfo|meetingDate|year",
    "|",
)

_RATINGS = [f"r{i}" for i in range(1, 13)]
_ORDER_2019 = ["cds", "lea", "priority", "n3", "n2", "n1", *_RATINGS, "date", "perf", "year"]
_ORDER_2022 = ["cds", "lea", "priority", *(f"n{k}" for k in NARRATIVE_KEYS), *_RATINGS]
_ORDER_2022 += ["perf", "date", "year"]
_ORDER_2023 = [*_ORDER_2022[:-3], "perf", "info", "date", "year"]

# year -> (header, column order, the delimiter the state used)
LAYOUTS = {
    2019: (HEADER_2019, _ORDER_2019, "|"),
    2021: (HEADER_2021, _ORDER_2019, "|"),
    2022: (HEADER_2022, _ORDER_2022, "\t"),
    2023: (HEADER_2023, _ORDER_2023, "\t"),
    2024: (HEADER_2023, _ORDER_2023, "\t"),
    2025: (HEADER_2025, _ORDER_2023, "|"),
}
YEARS = tuple(LAYOUTS)


def result(
    cds: str,
    name: str,
    year: int,
    levels: Sequence[int],
    narrative: str = "",
    performance: Performance | None = Performance.MET,
    meeting: date | None = None,
    info: str = "",
) -> StateResult:
    """A row as a layout of ``year`` can hold it: nine narratives from 2022, three before."""
    keys = ("1", "2", "3") if year < 2022 else NARRATIVE_KEYS
    return StateResult(
        cds_code=cds,
        lea_name=name,
        file_year=year,
        ratings=dict(zip(PRACTICE_KEYS, levels, strict=True)),
        performance=performance,
        meeting_date=meeting or date(year, 6, 21),
        narratives={k: f"{narrative} ({k})" for k in keys} if narrative else {},
        additional_info=info if year >= 2023 else "",
        layout={2019: "2019", 2021: "2019", 2022: "2022"}.get(year, "2023"),
    )


def _value(row: StateResult, field: str) -> str:
    if field == "cds":
        return row.cds_code
    if field == "lea":
        return row.lea_name
    if field == "priority":
        return "3"
    if field.startswith("n"):
        return row.narratives.get(field[1:], "")
    if field.startswith("r"):
        return str(row.ratings[PRACTICE_KEYS[int(field[1:]) - 1]])
    if field == "date":
        day = row.meeting_date
        return f"{day.month}/{day.day}/{day.year}" if day else ""
    if field == "perf":
        return row.performance.value if row.performance else ""
    if field == "info":
        return row.additional_info
    assert field == "year"
    return str(row.file_year)


def _quoted(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def lines(
    year: int,
    rows: Sequence[StateResult],
    delimiter: str | None = None,
    quoted: bool = False,
    header: Sequence[str] | None = None,
) -> list[str]:
    """The file's lines: the header as published, then one line per row. ``quoted`` quotes
    the text fields CSV-style, as the 2022 file does."""
    names, order, usual = LAYOUTS[year]
    sep = delimiter or usual
    out = [sep.join(header or names)]
    for row in rows:
        values = []
        for field in order:
            value = _value(row, field)
            text_field = field.startswith("n") or field in ("lea", "info")
            values.append(_quoted(value) if quoted and text_field else value)
        out.append(sep.join(values))
    return out


def write(
    path: Path,
    year: int,
    rows: Sequence[StateResult],
    encoding: str = "cp1252",
    delimiter: str | None = None,
    quoted: bool = False,
    header: Sequence[str] | None = None,
    newline: str = "\r\n",
) -> Path:
    text = newline.join(lines(year, rows, delimiter, quoted, header)) + newline
    path.write_bytes(text.encode(encoding))
    return path
