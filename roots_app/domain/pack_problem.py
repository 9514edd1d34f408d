"""The kinds of problem a rubric pack or crosswalk file can have, each with a stable code.

A problem is still the (where in the file, English reason) pair the command line and the log
print; it also carries its ``code`` and its ``values`` (the key, the numbers), from which the
UI says it in the person's language without ever reading the English. The English is built
here from the code, except where a library writes it (Python's json, jsonschema) or the text
rule does (domain/text.py): those are kept word for word.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Self

Value = str | int


class Code(StrEnum):
    """What is wrong at one place in the file."""

    # Reading the file (exchange/pack_file.read_pack_file); {what}: "a rubric pack" or "a crosswalk"
    TOO_DEEP = "too_deep"
    NOT_AN_OBJECT = "not_an_object"
    # Python's json names the syntax error in its own English (kept for the command line).
    JSON_MISSING = "json_missing"  # a comma, colon, quotation mark or value
    JSON_UNCLOSED = "json_unclosed"  # a text not closed
    JSON_EXTRA = "json_extra"  # more after the end
    JSON_CHARACTER = "json_character"  # a control character or a bad escape
    JSON_SYNTAX = "json_syntax"  # any other of its messages
    # The text rule (domain/text.py): {character}: its code point in hex, "0007"
    NOT_KEPT = "not_kept"
    KEY_NOT_KEPT = "key_not_kept"
    # The schema (jsonschema writes the English): one code per keyword the schemas use
    MISSING_FIELD = "missing_field"  # {field}
    UNKNOWN_FIELDS = "unknown_fields"  # {fields}: as jsonschema lists them, 'a', 'b'
    WRONG_TYPE = "wrong_type"  # {type}: a JSON type, "integer"
    BADLY_WRITTEN = "badly_written"  # a pattern not matched
    MUST_BE = "must_be"  # {value}: the one value allowed, as JSON writes it
    TOO_FEW = "too_few"
    TOO_MANY = "too_many"
    LISTED_TWICE = "listed_twice"
    BOTH_LANGUAGES = "both_languages"
    BELOW_MINIMUM = "below_minimum"  # {minimum}
    ABOVE_MAXIMUM = "above_maximum"  # {maximum}
    SCHEMA = "schema"  # a keyword the schemas do not use yet
    # A pack's own rules (exchange/pack_file and services/rubrics)
    TEXT_MISSING = "text_missing"  # {language}
    LEVELS_OUT_OF_ORDER = "levels_out_of_order"  # {count}, {found}
    TITLE_TOO_LONG = "title_too_long"  # {limit}
    SECTION_KEY_TWICE = "section_key_twice"
    KEY_TWICE = "key_twice"  # {key}
    UNKNOWN_SECTION = "unknown_section"
    NO_SECTIONS = "no_sections"
    ADDED_AND_INFERRED = "added_and_inferred"
    NO_DESCRIPTOR = "no_descriptor"  # {level}
    NO_SUCH_LEVEL = "no_such_level"
    NOT_EARLIER = "not_earlier"  # {version}
    NO_CATEGORY = "no_category"  # {key}
    CATEGORY_TWICE = "category_twice"  # {key}
    NOT_IN_VERSION = "not_in_version"  # {version}, {key}
    NEW_VERSION_NUMBER = "new_version_number"
    MORE = "more"  # {count}: the problems not listed
    # A crosswalk's own rules (exchange/crosswalk_file)
    NOT_A_CROSSWALK = "not_a_crosswalk"
    RANGE_REVERSED = "range_reversed"
    LINKS_FROM_TARGET = "links_from_target"  # {pack}
    NO_SUCH_PACK = "no_such_pack"  # {pack}
    NO_VERSION_IN_RANGE = "no_version_in_range"  # {pack}
    NO_CATEGORY_IN_RANGE = "no_category_in_range"  # {pack}, {category}, {versions}
    LINKED_TWICE = "linked_twice"  # {pack}, {category}
    NOT_A_PRACTICE = "not_a_practice"  # {practice}, {target}
    PRACTICE_TWICE = "practice_twice"  # {practice}


# The English of each code whose words are Roots' own (the command line's and the log's).
ENGLISH: Mapping[Code, str] = {
    Code.TOO_DEEP: "nested far too deeply to be {what}",
    Code.NOT_AN_OBJECT: "expected a JSON object",
    Code.TEXT_MISSING: "the {language} text is missing or empty",
    Code.LEVELS_OUT_OF_ORDER: "level values must be 1 to {count} in order, found {found}",
    Code.TITLE_TOO_LONG: "must be at most {limit} characters",
    Code.SECTION_KEY_TWICE: "two sections have the same key",
    Code.KEY_TWICE: "the key '{key}' is used twice",
    Code.UNKNOWN_SECTION: "must name one of the pack's sections",
    Code.NO_SECTIONS: "the pack has no sections",
    Code.ADDED_AND_INFERRED: "an indicator is either added or inferred",
    Code.NO_DESCRIPTOR: "no descriptor for level {level}",
    Code.NO_SUCH_LEVEL: "there is no such level",
    Code.NOT_EARLIER: "must be an earlier version than {version}",
    Code.NO_CATEGORY: "the pack has no category '{key}'",
    Code.CATEGORY_TWICE: "the category '{key}' is listed twice",
    Code.NOT_IN_VERSION: "version {version} has no category '{key}'",
    Code.NEW_VERSION_NUMBER: "give the changed pack a new version number",
    Code.MORE: "and {count:,} more problems",
    Code.NOT_A_CROSSWALK: 'a crosswalk file says "kind": "roots-crosswalk"',
    Code.RANGE_REVERSED: "'from' must be an earlier version than 'before'",
    Code.LINKS_FROM_TARGET: "links go from other packs to {pack}, not from it",
    Code.NO_SUCH_PACK: "there is no rubric pack '{pack}' installed",
    Code.NO_VERSION_IN_RANGE: "no installed version of {pack} is in this range",
    Code.NO_CATEGORY_IN_RANGE: "{pack} has no category '{category}' ({versions})",
    Code.LINKED_TWICE: "{pack} '{category}' is linked twice for the same versions",
    Code.NOT_A_PRACTICE: "'{practice}' is not a category of {target}",
    Code.PRACTICE_TWICE: "'{practice}' is named twice",
}


class Problem(tuple[str, str]):
    """One problem: the pair (where, English reason) as ever, with its code and values.

    ``english`` is given only where a library or the text rule wrote the words; otherwise
    they are built from the code (ENGLISH)."""

    code: Code
    values: Mapping[str, Value]

    def __new__(
        cls,
        path: str,
        code: Code,
        values: Mapping[str, Value] | None = None,
        english: str | None = None,
    ) -> Self:
        values = dict(values or {})
        said = ENGLISH[code].format(**values) if english is None else english
        problem = super().__new__(cls, (path, said))
        problem.code = code
        problem.values = values
        return problem

    def __getnewargs__(self) -> tuple[str, Code, dict[str, Value], str]:
        """What copy and pickle pass back to ``__new__`` (a plain tuple's would lose the code)."""
        return (self[0], self.code, dict(self.values), self[1])

    @property
    def path(self) -> str:
        return self[0]

    @property
    def english(self) -> str:
        return self[1]

    def __repr__(self) -> str:
        return f"Problem({self[0]!r}, {self.code!s}, {dict(self.values)!r}, {self[1]!r})"


class Refusal(StrEnum):
    """Why a whole file was refused: the headline above its problems."""

    NO_FILE = "no_file"
    NOT_A_FILE = "not_a_file"
    TOO_LARGE = "too_large"
    UNREADABLE = "unreadable"
    NOT_UTF8 = "not_utf8"
    NOT_JSON = "not_json"
    NOT_A_PACK = "not_a_pack"  # JSON, but nothing like a pack (or a crosswalk)
    NOT_VALID = "not_valid"  # a pack (or crosswalk) with problems
    VERSION_INSTALLED = "version_installed"  # a version made in the editor that already is
    OTHER_CONTENT = "other_content"  # the same version installed with other content
    PACK_NOT_CROSSWALK = "pack_not_crosswalk"  # a rubric pack chosen as a crosswalk
