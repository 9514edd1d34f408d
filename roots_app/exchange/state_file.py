"""Read the state's yearly Priority 3 file (``Pr3YYYY.txt``) in any of its published layouts.

Everything known about the files is in ../shared/reference/state-priority3-files.md. Nothing
is assumed: the layout is told from the header (column names matched without regard to case,
with the state's typos and the names cut at 32 characters), the delimiter from the header line
(pipe or tab), the encoding from the bytes (UTF-8, else Windows-1252; UTF-16 with its mark),
and a row may quote its fields CSV-style or not. The file is read line by line; any problem is
a StateFileError naming the line and column.
"""

from __future__ import annotations

import codecs
import csv
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from roots_app.domain import state_report
from roots_app.domain.state_report import (
    CDS_DIGITS,
    MAX_RATING,
    NARRATIVE_KEYS,
    PRACTICE_KEYS,
    SECTION_NARRATIVE_KEYS,
    Performance,
    StateResult,
)
from roots_app.domain.text import describe, refused_character
from roots_app.errors import StateFileError

CHUNK = 1 << 20  # bytes read at a time while the encoding is found
CUT = 32  # the 2023 and 2024 files cut column names at 32 characters
MAX_JOINED_LINES = 200  # a quoted field may hold line breaks; never more than this many
MAX_NAME = 200
MAX_QUOTED = 60  # characters of a bad value an error repeats

# Columns every layout has, with every spelling seen (matched without regard to case).
_COMMON: dict[str, tuple[str, ...]] = {
    "cds": ("cdsCode",),
    "lea": ("lea",),
    "priority": ("priorityNumber", "priorityId"),
    "performance": ("performance", "countyPerformance"),
    "meeting_date": ("meetingDate",),
    "year": ("year",),
}
# 2019 and 2021: one narrative per section, and the first names of the twelve practices.
_NARRATIVES_2019: dict[str, tuple[str, ...]] = {
    "3": ("narrative3",),
    "2": ("narrative2",),
    "1": ("narrative1",),
}
_RATINGS_2019 = (
    "buildingRelationship",
    "environmentRelationship",
    "staffSupportRelationship",
    "opportunityRelationship",
    "professionalLearningPartnership",
    "resourcePartnership",
    "implementationPartnership",
    "legalRightsPartnership",
    "effectiveEngagementGroupDecision",
    "effectiveEngagementDecision",
    "strategyDecision",
    "familyEngagementDecision",
)
# 2022 onwards: three narratives per section; the state's typos are part of the names.
_NARRATIVES_2022: dict[str, tuple[str, ...]] = {
    "1a": ("Narrative1aRelationshipsstengths", "Narrative1aRelationshipsStrengths", "Narrative1a"),
    "1b": (
        "Narritive1bRelationshipsFocusAreas",
        "Narrative1bRelationshipsFocusAreas",
        "Narrative1b",
    ),
    "1c": (
        "Narrative1cRelationshipssImproveEengagementofUnderrepresentedFamilies",
        "Narrative1cRelationshipsImproveEngagementofUnderrepresentedFamilies",
        "Narrative1c",
    ),
    "2a": ("Narrative2aPartnershipsstrengths", "Narrative2a"),
    "2b": ("Narrative2bPartnershipsFocusAreas", "Narrative2b"),
    "2c": (
        "Narrative2cPartnershipsImproveEnagagementUnderrepresentedFamilies",
        "Narrative2cPartnershipsImproveEngagementUnderrepresentedFamilies",
        "Narrative2c",
    ),
    "3a": ("Narrative3aInputstrengths", "Narrative3a"),
    "3b": ("Narrative3bInputFocusAreas", "Narrative3b"),
    "3c": (
        "Narrative3cInputImproveEnagagementUnderrepresentedFamilies",
        "Narrative3cInputImproveEngagementUnderrepresentedFamilies",
        "Narrative3c",
    ),
}
_RATINGS_2022: tuple[tuple[str, ...], ...] = (
    ("DevelopStaffCapacityRelationships", "DevelopStaffCapacity"),
    ("EnvironmentRelationship",),
    ("StaffSupportRelationship",),
    ("OpportunityRelationship",),
    ("ProfessionalLearningPartnership",),
    ("ResourcesPartnership",),
    ("PoliciesProgramsPartnership",),
    ("LegalRightsPartnership",),
    ("SupportStaffCapacityInput",),
    ("SupportFamilyCapacityInput",),
    ("StrategiesInput",),
    ("CollaborationtInput", "CollaborationInput"),
)


@dataclass(frozen=True)
class Layout:
    """A published layout: its years and the columns it must have (field -> spellings)."""

    name: str  # the first year it was published in
    years: str  # as said to people
    columns: dict[str, tuple[str, ...]]

    def published(self, field: str) -> str:
        return self.columns[field][0]


def _layout(
    name: str,
    years: str,
    narratives: dict[str, tuple[str, ...]],
    ratings: tuple[tuple[str, ...], ...],
    tail: tuple[tuple[str, tuple[str, ...]], ...],
) -> Layout:
    """A layout's columns in its published order (the order its errors list them in)."""
    columns = {k: _COMMON[k] for k in ("cds", "lea", "priority")}
    columns.update({f"n{k}": v for k, v in narratives.items()})
    columns.update({f"r{i}": names for i, names in enumerate(ratings, 1)})
    columns.update(tail)
    return Layout(name, years, columns)


_MEETING, _YEAR = ("meeting_date", _COMMON["meeting_date"]), ("year", _COMMON["year"])
LAYOUTS: tuple[Layout, ...] = (
    _layout(
        "2019",
        "2019, 2021",
        _NARRATIVES_2019,
        tuple((n,) for n in _RATINGS_2019),
        (_MEETING, ("performance", _COMMON["performance"]), _YEAR),
    ),
    _layout(
        "2022",
        "2022",
        _NARRATIVES_2022,
        _RATINGS_2022,
        (("performance", _COMMON["performance"]), _MEETING, _YEAR),
    ),
    _layout(
        "2023",
        "2023-2025",
        _NARRATIVES_2022,
        _RATINGS_2022,
        (
            ("performance", ("countyPerformance", "performance")),
            ("additional_info", ("additionalInfo",)),
            _MEETING,
            _YEAR,
        ),
    ),
)
_PERFORMANCE = {p.value.casefold(): p for p in Performance}
_DIGITS = re.compile(r"\d+")
_WHOLE = re.compile(r"(\d+)(?:\.0+)?")
_DATE_FORMATS = ("%m/%d/%Y", "%Y-%m-%d", "%m/%d/%y")


@dataclass(frozen=True)
class FileFacts:
    """What was found out about a file while reading it."""

    layout: Layout
    delimiter: str
    encoding: str


def _matches(header: str, spelling: str) -> bool:
    wanted = spelling.casefold()
    return header == wanted or (len(header) == CUT and wanted.startswith(header))


def detect_layout(names: list[str]) -> tuple[Layout, dict[str, int]]:
    """The layout whose every column is in the header, and where each column is."""
    headers = [n.strip().strip('"').strip().casefold() for n in names]
    best: tuple[int, Layout, list[str]] | None = None
    complete: tuple[Layout, dict[str, int]] | None = None
    # The most columns first: the 2022 layout's columns are all in the later files' too.
    for layout in sorted(LAYOUTS, key=lambda found: -len(found.columns)):
        where: dict[str, int] = {}
        missing = []
        for field, spellings in layout.columns.items():
            found = [i for i, h in enumerate(headers) if any(_matches(h, s) for s in spellings)]
            if not found:
                missing.append(layout.published(field))
            elif len(found) > 1:
                raise StateFileError(
                    f"its first line has the column {layout.published(field)} twice "
                    f"(columns {found[0] + 1} and {found[1] + 1})"
                )
            else:
                where[field] = found[0]
        if not missing:
            complete = layout, where
            break
        if best is None or len(missing) < best[0]:
            best = (len(missing), layout, missing)
    if complete is not None:
        return complete
    assert best is not None
    _, layout, missing = best
    expected = [layout.published(field) for field in layout.columns]
    raise StateFileError(
        "its first line does not match any of the state's layouts (2019, 2021; 2022; "
        f"2023-2025). The closest is the layout of {layout.years}, which has "
        f"{len(expected)} columns: {', '.join(expected)}. These are missing: "
        f"{', '.join(missing)}",
        expected=expected,
        missing=missing,
    )


def _check_file(path: Path) -> None:
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise StateFileError(f"there is no file at {path}") from None
    except OSError as exc:
        raise StateFileError(f"it could not be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(mode):
        raise StateFileError(f"{path} is a folder, not a file")
    if not stat.S_ISREG(mode):  # a pipe may never start, /dev/zero never ends
        raise StateFileError(f"{path} is not a regular file (a device or a pipe)")


def find_encoding(path: Path) -> str:
    """UTF-16 by its byte-order mark; else UTF-8 if every byte reads as UTF-8; else
    Windows-1252. A file with NUL bytes, or a zip (the .xlsx twin), is not text."""
    _check_file(path)
    try:
        with path.open("rb") as raw:
            start = raw.read(4)
            if not start:
                raise StateFileError("the file is empty")
            if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                return "utf-16"
            if start.startswith(b"PK\x03\x04"):
                raise StateFileError(
                    "it is a spreadsheet or another zipped file, not text; open the .txt file "
                    "the state publishes beside the .xlsx"
                )
            raw.seek(0)
            decoder = codecs.getincrementaldecoder("utf-8")()
            utf8 = True
            while chunk := raw.read(CHUNK):
                if b"\x00" in chunk:
                    raise StateFileError("it is not a text file (it holds NUL bytes)")
                if utf8:
                    try:
                        decoder.decode(chunk)
                    except UnicodeDecodeError:
                        utf8 = False
            if utf8:
                try:
                    decoder.decode(b"", final=True)
                except UnicodeDecodeError:
                    utf8 = False
    except OSError as exc:
        raise StateFileError(f"it could not be read ({exc.strerror or exc})") from None
    return "utf-8-sig" if utf8 else "cp1252"


def _lines(path: Path, encoding: str) -> Iterator[tuple[int, str]]:
    """(line number, text) of every line, without its line break; decoded line by line, so
    a byte that is not text is found with its line."""
    try:
        if encoding == "utf-16":  # two bytes a character: lines cannot be split as bytes
            with path.open(encoding=encoding, newline="\n") as text:
                for number, line in enumerate(text, 1):
                    yield number, line.rstrip("\r\n")
            return
        with path.open("rb") as raw:
            for number, data in enumerate(raw, 1):
                try:
                    line = data.decode(encoding)
                except UnicodeDecodeError as exc:
                    raise StateFileError(
                        f"line {number} is not text in UTF-8 or Windows-1252 (byte "
                        f"0x{data[exc.start]:02X} has no meaning there)"
                    ) from None
                yield number, line.rstrip("\r\n")
    except UnicodeError:  # UTF-16 with half a character, or a lone surrogate
        raise StateFileError("it is not text: its UTF-16 is damaged") from None
    except OSError as exc:
        raise StateFileError(f"it could not be read ({exc.strerror or exc})") from None


def _split(line: str, delimiter: str, expected: int) -> list[str] | None:
    """The fields of a row, quoted CSV-style or not; None if neither gives ``expected``."""
    if '"' not in line:
        fields = line.split(delimiter)
        return fields if len(fields) == expected else None
    try:
        quoted = next(csv.reader([line], delimiter=delimiter, quotechar='"', strict=True))
    except (csv.Error, StopIteration):
        quoted = None
    if quoted is not None and len(quoted) == expected:
        return quoted
    plain = line.split(delimiter)  # an unquoted file with a quotation mark in a narrative
    return plain if len(plain) == expected else None


def _quote(value: str) -> str:
    return repr(value if len(value) <= MAX_QUOTED else value[:MAX_QUOTED] + "...")


class _Row:
    """One row's fields, read by the layout's field names, with errors that say where."""

    def __init__(self, line: int, fields: list[str], where: dict[str, int], names: list[str]):
        self.line, self.fields, self.where, self.names = line, fields, where, names
        # One look at the whole row (a field at a time took a fifth of a file's reading).
        if refused_character("".join(fields)) is not None:
            for index, value in enumerate(fields):
                bad = refused_character(value)
                if bad is not None:
                    raise StateFileError(
                        f"line {line}, column {names[index].strip()} has a character Roots "
                        f"does not keep ({describe(bad)})"
                    )

    def text(self, field: str) -> str:
        return self.fields[self.where[field]].strip()

    def problem(self, field: str, what: str) -> StateFileError:
        column = self.names[self.where[field]].strip()
        return StateFileError(f"line {self.line}, column {column}: {what}")


def _cds(row: _Row) -> str:
    value = row.text("cds")
    if len(value) == CDS_DIGITS - 1 and value.isdigit():
        value = "0" + value  # a spreadsheet dropped the county's leading zero (01 Alameda)
    if len(value) != CDS_DIGITS or not value.isascii() or not value.isdigit():
        raise row.problem("cds", f"the CDS code {_quote(value)} is not 14 digits")
    return value


_LEVELS = {str(level): level for level in range(MAX_RATING + 1)}


def _rating(row: _Row, field: str) -> int:
    value = row.text(field)
    if value in _LEVELS:  # nearly every rating: a digit 0-5
        return _LEVELS[value]
    if not value:
        return state_report.NO_RATING
    match = _WHOLE.fullmatch(value)
    if match is None or not value.isascii():
        raise row.problem(field, f"the rating {_quote(value)} is not a whole number from 0 to 5")
    level = int(match.group(1))
    if level > MAX_RATING:
        raise row.problem(field, f"the rating {level} is outside 0 to 5 (0 is no rating)")
    return level


def _performance(row: _Row) -> Performance | None:
    value = " ".join(row.text("performance").split())
    if not value:
        return None
    found = _PERFORMANCE.get(value.casefold())
    if found is None:
        raise row.problem(
            "performance",
            f"{_quote(value)} is not Met, Not Met or Not Met for Two or More Years",
        )
    return found


def _date(row: _Row) -> date | None:
    value = row.text("meeting_date")
    if not value:
        return None
    day = value.split()[0]  # "6/21/2022 12:00:00 AM" as a spreadsheet writes it
    for form in _DATE_FORMATS:
        try:
            return datetime.strptime(day, form).date()
        except ValueError:
            continue
    raise row.problem("meeting_date", f"{_quote(value)} is not a date like 6/21/2022")


def _year(row: _Row) -> int:
    value = row.text("year")
    if _DIGITS.fullmatch(value) is None or not value.isascii() or not 2000 <= int(value) <= 2200:
        raise row.problem("year", f"{_quote(value)} is not a year like 2024")
    return int(value)


def _result(row: _Row, layout: Layout) -> StateResult:
    priority = row.text("priority")
    if priority != "3":
        raise row.problem("priority", f"this row is for priority {_quote(priority)}, not 3")
    name = " ".join(row.text("lea").split())
    if not name:
        raise row.problem("lea", "the LEA has no name")
    if len(name) > MAX_NAME:
        raise row.problem("lea", f"the LEA name is longer than {MAX_NAME} characters")
    keys = SECTION_NARRATIVE_KEYS if layout.name == "2019" else NARRATIVE_KEYS
    narratives = {key: text for key in keys if (text := row.text(f"n{key}"))}
    return StateResult(
        cds_code=_cds(row),
        lea_name=name,
        file_year=_year(row),
        ratings={key: _rating(row, f"r{i}") for i, key in enumerate(PRACTICE_KEYS, 1)},
        performance=_performance(row),
        meeting_date=_date(row),
        narratives=narratives,
        additional_info=row.text("additional_info") if "additional_info" in row.where else "",
        layout=layout.name,
    )


def read_results(path: Path, only_cds: str | None = None) -> tuple[FileFacts, list[StateResult]]:
    """Every row of the file (or only the LEA ``only_cds``'s), each checked; the whole file is
    read either way, so a broken file is refused whichever rows were asked for."""
    facts: FileFacts | None = None
    results: list[StateResult] = []
    for facts, result in iter_results(path):  # noqa: B007 - facts is the same for every row
        if only_cds is None or result.cds_code == only_cds:
            results.append(result)
    if facts is None:
        facts = _facts_only(path)
    return facts, results


def _facts_only(path: Path) -> FileFacts:
    """The facts of a file with a header and no rows."""
    encoding = find_encoding(path)
    for _, line in _lines(path, encoding):
        if line.strip():
            delimiter = _delimiter(line)
            layout, _ = detect_layout(line.split(delimiter))
            return FileFacts(layout, delimiter, encoding)
    raise StateFileError("the file has no header line")


def _delimiter(header: str) -> str:
    pipes, tabs = header.count("|"), header.count("\t")
    if not pipes and not tabs:
        raise StateFileError(
            "its first line has no pipes (|) or tabs between column names, as the state's "
            "files have"
        )
    return "|" if pipes > tabs else "\t"


def iter_results(path: Path) -> Iterator[tuple[FileFacts, StateResult]]:
    """Each row as it is read, with the file's facts; raises StateFileError on the first
    problem (a row repeating an LEA and year included)."""
    encoding = find_encoding(path)
    lines = _lines(path, encoding)
    header: str | None = None
    for _, line in lines:
        if line.strip():
            header = line
            break
    if header is None:
        raise StateFileError("the file has no header line")
    delimiter = _delimiter(header)
    names = header.split(delimiter)
    layout, where = detect_layout(names)
    facts = FileFacts(layout, delimiter, encoding)
    expected = len(names)
    seen: dict[tuple[str, int], int] = {}
    for number, line in lines:
        if not line.strip() or line.strip() == "\x1a":  # blank, or an old end-of-file mark
            continue
        fields = _split(line, delimiter, expected)
        joined, last = line, number
        # A quoted field with line breaks in it (a spreadsheet saved as text keeps them).
        while fields is None and joined.count('"') % 2 and last - number < MAX_JOINED_LINES:
            following = next(lines, None)
            if following is None:
                break
            last, more = following
            joined += "\n" + more
            fields = _split(joined, delimiter, expected)
        if fields is None:
            found = len(line.split(delimiter))
            raise StateFileError(
                f"line {number} is broken: it has {found} fields where the header has {expected}"
            )
        result = _result(_Row(number, fields, where, names), layout)
        key = (result.cds_code, result.file_year)
        if key in seen:
            raise StateFileError(
                f"line {number} repeats the LEA {result.cds_code} of line {seen[key]} for "
                f"{result.file_year}"
            )
        seen[key] = number
        yield facts, result
