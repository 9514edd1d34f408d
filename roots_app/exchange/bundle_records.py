"""The records a .roots file carries, field by field: what each holds and how it is checked.

A record in the file is one JSON object per line. Every value is checked here before it gets
near the database: the right type, a sane length, a known role or status, a real date. The
field names are the database's column names, so the storage layer can write them as they are.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cached_property
from typing import Any

from roots_app.domain import school_year
from roots_app.domain.assessment import Status
from roots_app.domain.merge import FINGERPRINT_LENGTH, MAX_SEEN, fingerprint
from roots_app.domain.people import Role
from roots_app.domain.plan import ActionStatus, check_dates
from roots_app.domain.text import NOT_KEPT, cleaned, describe, refused_character
from roots_app.errors import BadInputError

SEEN = "_seen"  # the versions this copy descends from (domain/merge.py)
# How a record becomes a line (bundle_file.encode_line and services/bundles.py): raise it when
# that changes, so lines kept from earlier exports are not copied into new ones.
LINES = 1

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_KEY = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
_YEAR = re.compile(r"^\d{4}-\d{2}$")
_FINGERPRINT = re.compile(rf"^[0-9a-f]{{{FINGERPRINT_LENGTH}}}$")
LONG_TEXT = 100_000  # evidence and notes; the app itself stops at 5,000
# Texts a field remembers having accepted (TableSpec.parse): how many, and how long at most.
_REMEMBERED = 50_000
_REMEMBERED_TEXT = 64


class FieldError(ValueError):
    """A value that does not fit its field; the message says why, for the user."""


Parse = Callable[[Any], Any]


def _text(limit: int) -> Parse:
    def parse(value: Any) -> str:
        if not isinstance(value, str):
            raise FieldError("expected text")
        if len(value) > limit:
            raise FieldError(f"longer than {limit:,} characters")
        bad = refused_character(value)  # the one rule (domain/text.py), as the services ask
        if bad is not None:
            raise FieldError(f"{NOT_KEPT} ({describe(bad)})")
        return value

    return parse


def _school_year(value: Any) -> str:
    if not isinstance(value, str) or not _YEAR.fullmatch(value):
        raise FieldError("expected a school year like 2025-26")
    try:
        school_year.parse(value)
    except BadInputError as exc:
        raise FieldError(str(exc)) from None
    return value


def _pattern(regex: re.Pattern[str], what: str) -> Parse:
    def parse(value: Any) -> str:
        if not isinstance(value, str) or not regex.fullmatch(value):
            raise FieldError(f"expected {what}")
        return value

    return parse


def _choice(values: set[str]) -> Parse:
    def parse(value: Any) -> str:
        if not isinstance(value, str) or value not in values:
            raise FieldError(f"expected one of {', '.join(sorted(values))}")
        return str(value)

    return parse


def _integer(low: int, high: int) -> Parse:
    def parse(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise FieldError(f"expected a whole number from {low} to {high}")
        return value

    return parse


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise FieldError("expected true or false")
    return value


PNG = b"\x89PNG\r\n\x1a\n"
MAX_IMAGE = 2_000_000  # bytes; as services.sheets.MAX_EVIDENCE_SCAN (a strip is about 50 kB)


def _png(value: Any) -> bytes:
    """A PNG image, carried in the file as base64 text (one record, one line)."""
    if not isinstance(value, str) or len(value) > (MAX_IMAGE + 2) // 3 * 4:
        raise FieldError(f"expected a PNG image of at most {MAX_IMAGE:,} bytes in base64")
    try:
        image = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise FieldError("expected a PNG image in base64") from None
    if not image.startswith(PNG):
        raise FieldError("expected a PNG image")
    return image


def _date(value: Any) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise FieldError("expected a date like 2026-01-31") from None


def _datetime(value: Any) -> datetime:
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise FieldError("expected a time like 2026-01-31T12:00:00+00:00") from None
    if parsed.tzinfo is None:
        raise FieldError("expected a time with its UTC offset")
    try:
        return parsed.astimezone(UTC)
    except OverflowError:  # year 1 or 9999 moved across midnight by its offset
        raise FieldError("expected a time between the years 1 and 9999") from None


ID = _pattern(_UUID, "a record id (a lowercase UUID)")
DEVICE = _text(36)
KEY = _pattern(_KEY, "a key of lowercase letters, digits, '_', '.' or '-'")
NAME = _text(200)
TEXT = _text(LONG_TEXT)
POSITION = _integer(0, 1_000_000)
_TEXTS = (DEVICE, NAME, TEXT)


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    parse: Parse
    nullable: bool = False
    # Part of the record's content (its fingerprint)? Times of edits are not: the same content
    # entered on two laptops at different moments is the same version.
    content: bool = True
    dated: bool = False  # a date or time: written as ISO 8601 text
    binary: bool = False  # bytes: written as base64 text


@dataclass(frozen=True)
class TableSpec:
    name: str
    fields: tuple[Field, ...]
    refers: Mapping[str, str] = field(default_factory=dict)  # field -> table it points to
    # Records are matched on these fields; members' ratings made on two laptops for the same
    # member and category are one rating even though each laptop gave it its own id.
    match_on: tuple[str, ...] = ("id",)
    tracked: bool = True  # has id, created/updated times and the device; a history of versions
    # A rule across fields, from the domain (the services ask the same); BadInputError if broken.
    rule: Callable[[Mapping[str, Any]], None] | None = None
    # Files of this format version or later only: an older file never has the entry.
    since: int = 1
    max_line: int = 1_000_000  # bytes of one record (a line); long notes are 100,000 characters

    @property
    def entry(self) -> str:
        return f"data/{self.name}.jsonl"

    @cached_property
    def layout(self) -> str:
        """What a line of this table holds, in order: a line kept from an export (to be copied
        into the next one) is copied only while the layout is this one."""
        fields = ",".join(
            f"{f.name}:{int(f.nullable)}{int(f.dated)}{int(f.binary)}" for f in self.fields
        )
        return hashlib.sha256(f"{LINES}|{fields}|{SEEN}".encode()).hexdigest()[:32]

    @cached_property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @cached_property
    def _expected(self) -> frozenset[str]:
        return frozenset(self.names) | ({SEEN} if self.tracked else frozenset())

    @cached_property
    def _parsers(self) -> tuple[tuple[str, Parse, bool, dict[str, Any] | None], ...]:
        """Each field's name, parser, whether it may be null, and the texts it has already
        accepted (not for record ids and images, which do not repeat)."""
        return tuple(
            (f.name, f.parse, f.nullable, None if f.name == "id" or f.binary else {})
            for f in self.fields
        )

    def parse(self, raw: Mapping[str, Any]) -> dict[str, Any]:
        """Check one record from a file; FieldError names the first bad field."""
        if raw.keys() - self._expected:
            raise FieldError(f"unexpected field {sorted(raw.keys() - self._expected)[0]!r}")
        record: dict[str, Any] = {}
        for name, parse, nullable, accepted in self._parsers:
            if name not in raw:
                raise FieldError(f"field {name!r} is missing")
            value = raw[name]
            if value is None and nullable:
                record[name] = None
                continue
            if accepted is None or type(value) is not str:  # only exact str: 1 == 1.0 == True
                record[name] = _checked(name, parse, value)
                continue
            # A text this field accepted before gives the same value again: most repeat (the
            # assessment and member of every rating, times, keys), and checking each one again
            # was a good part of an import (issue 14).
            if value in accepted:
                record[name] = accepted[value]
                continue
            record[name] = _checked(name, parse, value)
            if len(value) <= _REMEMBERED_TEXT:
                if len(accepted) >= _REMEMBERED:
                    accepted.clear()
                accepted[value] = record[name]
        if self.rule is not None:
            try:
                self.rule(record)
            except BadInputError as exc:  # "The due date is ..." -> "the due date is ..."
                reason = str(exc).rstrip(".")
                raise FieldError(reason[:1].lower() + reason[1:]) from None
        if self.tracked:
            record[SEEN] = _parse_seen(raw.get(SEEN, []))
        return record

    # Worked out once per table: export and import call these for every record.
    @cached_property
    def _plain(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if not (f.dated or f.binary))

    @cached_property
    def _dated(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.dated or f.binary)

    @cached_property
    def _content(self) -> tuple[tuple[str, bool], ...]:
        return tuple((f.name, f.dated or f.binary) for f in self.fields if f.content)

    @cached_property
    def _texts(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.parse in _TEXTS)

    def sendable(self, row: Mapping[str, Any]) -> Mapping[str, Any]:
        """The row as a file may carry it: characters the text rule refuses, saved before the
        rule existed, are left out (so every file Roots writes imports). ``row`` if unchanged."""
        out: dict[str, Any] | None = None
        for name in self._texts:
            value = row[name]
            if value and refused_character(value) is not None:
                out = out if out is not None else dict(row)
                out[name] = cleaned(value)
        return row if out is None else out

    def to_json(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """A record (database values) as JSON values."""
        out = {name: record[name] for name in self._plain}
        for name in self._dated:
            out[name] = _json_value(record[name])
        return out

    def fingerprint(self, record: Mapping[str, Any]) -> str:
        """Of the content fields; a deletion counts as content, not its time."""
        values: dict[str, Any] = {}
        for name, dated in self._content:
            value = record[name]
            if name == "deleted_at":
                values["deleted"] = value is not None
            else:
                values[name] = _json_value(value) if dated else value
        return fingerprint(values)


def _checked(name: str, parse: Parse, value: Any) -> Any:
    try:
        return parse(value)
    except FieldError as exc:
        raise FieldError(f"field {name!r}: {exc}") from None


def _parse_seen(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or len(value) > MAX_SEEN:
        raise FieldError(f"field {SEEN!r}: expected a list of at most {MAX_SEEN} fingerprints")
    for item in value:
        if not isinstance(item, str) or not _FINGERPRINT.fullmatch(item):
            raise FieldError(f"field {SEEN!r}: expected fingerprints of {FINGERPRINT_LENGTH} hex")
    return tuple(value)


def _json_value(value: Any) -> Any:
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _tracked(*fields: Field) -> tuple[Field, ...]:
    return (
        Field("id", ID),
        *fields,
        Field("created_at", _datetime, content=False, dated=True),
        Field("updated_at", _datetime, content=False, dated=True),
        Field("updated_by", DEVICE, content=False),
    )


_DELETED = Field("deleted_at", _datetime, nullable=True, dated=True)

SCHOOLS = TableSpec(
    "schools",
    _tracked(Field("name", NAME), Field("district", NAME), Field("region", NAME), _DELETED),
)
TEAMS = TableSpec(
    "teams",
    _tracked(Field("school_id", ID), Field("name", NAME), _DELETED),
    refers={"school_id": "schools"},
)
MEMBERS = TableSpec(
    "members",
    _tracked(
        Field("team_id", ID),
        Field("display_name", NAME),
        Field("role", _choice({r.value for r in Role})),
        Field("active", _boolean),
        Field("position", POSITION),
    ),
    refers={"team_id": "teams"},
)
ASSESSMENTS = TableSpec(
    "assessments",
    _tracked(
        Field("team_id", ID),
        Field("pack_id", KEY),
        Field("pack_version", _pattern(re.compile(r"^\d+(\.\d+){0,3}$"), "a version like 1.0")),
        Field("school_year", _school_year),
        Field("status", _choice({s.value for s in Status})),
        Field("revealed", _boolean),
        _DELETED,
    ),
    refers={"team_id": "teams"},
)
PRESENT = TableSpec(
    "assessment_members",
    (Field("assessment_id", ID), Field("member_id", ID), Field("position", POSITION)),
    refers={"assessment_id": "assessments", "member_id": "members"},
    match_on=("assessment_id", "member_id"),
    tracked=False,
)
_LEVEL = _integer(0, 100)
RATINGS = TableSpec(
    "ratings",
    _tracked(
        Field("assessment_id", ID),
        Field("category_key", KEY),
        Field("member_id", ID),
        Field("level", _LEVEL, nullable=True),
        Field("evidence", TEXT),
        Field("level_at", _datetime, nullable=True, content=False, dated=True),
    ),
    refers={"assessment_id": "assessments", "member_id": "members"},
    match_on=("assessment_id", "category_key", "member_id"),
)
AGREEMENTS = TableSpec(
    "agreements",
    _tracked(
        Field("assessment_id", ID),
        Field("category_key", KEY),
        Field("level", _LEVEL, nullable=True),
        Field("evidence", TEXT),
        Field("reason", TEXT),
        Field("agreed_at", _datetime, nullable=True, content=False, dated=True),
    ),
    refers={"assessment_id": "assessments"},
    match_on=("assessment_id", "category_key"),
)
FOCUSES = TableSpec(
    "plan_focuses",
    _tracked(
        Field("assessment_id", ID),
        Field("category_key", KEY),
        Field("position", POSITION),
        Field("goal", TEXT),
        Field("why", TEXT),
    ),
    refers={"assessment_id": "assessments"},
    match_on=("assessment_id", "category_key"),
)
ACTIONS = TableSpec(
    "plan_actions",
    _tracked(
        Field("focus_id", ID),
        Field("position", POSITION),
        Field("description", TEXT),
        Field("owner", NAME),
        Field("start", _date, nullable=True, dated=True),
        Field("due", _date, nullable=True, dated=True),
        Field("resources", TEXT),
        Field("measure", TEXT),
        Field("status", _choice({s.value for s in ActionStatus})),
        Field("carried_from", ID, nullable=True),
    ),
    refers={"focus_id": "plan_focuses"},
    rule=lambda r: check_dates(r["start"], r["due"]),
)

# Paper sheets (issue 17), from format 2. A blank sheet saved as a participant: what the sheet
# said, so the same sheet saved again on any laptop finds that participant.
PAPER_SHEETS = TableSpec(
    "paper_sheets",
    _tracked(
        Field("assessment_id", ID),
        Field("member_id", ID),
        Field("sheet_no", POSITION, nullable=True),
        Field("name_on_sheet", NAME, nullable=True),
        Field("role_on_sheet", _choice({r.value for r in Role})),
    ),
    refers={"assessment_id": "assessments", "member_id": "members"},
    since=2,
)
PAPER_RATINGS = TableSpec(  # what a saved sheet marked for a rating, and the sheet's number
    "paper_ratings",
    _tracked(
        Field("assessment_id", ID),
        Field("member_id", ID),
        Field("category_key", KEY),
        Field("level", _LEVEL, nullable=True),
        Field("sheet_no", POSITION, nullable=True),
    ),
    refers={"assessment_id": "assessments", "member_id": "members"},
    match_on=("assessment_id", "category_key", "member_id"),
    since=2,
)
PAPER_EVIDENCE = TableSpec(  # the scan of a rating's evidence lines: the handwriting
    "paper_evidence",
    _tracked(
        Field("assessment_id", ID),
        Field("member_id", ID),
        Field("category_key", KEY),
        Field("image", _png, binary=True),
    ),
    refers={"assessment_id": "assessments", "member_id": "members"},
    match_on=("assessment_id", "category_key", "member_id"),
    since=2,
    max_line=(MAX_IMAGE + 2) // 3 * 4 + 10_000,
)

# In the order they are written and read: every record's parents come before it.
TABLES: tuple[TableSpec, ...] = (
    SCHOOLS,
    TEAMS,
    MEMBERS,
    ASSESSMENTS,
    PRESENT,
    RATINGS,
    AGREEMENTS,
    FOCUSES,
    ACTIONS,
    PAPER_SHEETS,
    PAPER_RATINGS,
    PAPER_EVIDENCE,
)
# Left out of a roles-only file: what can name a person (a name as written on a sheet, its
# number, handwriting). services/bundles.py blanks the fields or leaves the whole table out.
NAMES_ONLY = frozenset({"paper_sheets", "paper_evidence"})
BY_NAME = {spec.name: spec for spec in TABLES}
