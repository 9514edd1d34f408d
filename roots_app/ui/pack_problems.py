"""A rubric pack file's problems in the person's language, each with where in the file it is.

exchange/pack_file.py (and the rubric and crosswalk checks) write each problem in English for
the command line and the log, with its code and values (domain/pack_problem.py): this says it
again through the catalogue from the code alone, never from the English words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import assert_never

from PySide6.QtCore import QCoreApplication, QLocale

from roots_app.domain.pack_problem import Code, Problem, Refusal, Value
from roots_app.errors import PackError


def _headline(refusal: Refusal) -> str:
    """What is wrong with the file as a whole (the error's own sentence names the file)."""
    said: dict[Refusal, Callable[[], str]] = {
        Refusal.VERSION_INSTALLED: lambda: QCoreApplication.translate(
            "PackProblems",
            "This version of the pack is already installed: give the new version another number.",
        ),
        Refusal.NOT_A_FILE: lambda: QCoreApplication.translate(
            "PackProblems", "This is not a file, so it cannot be a rubric pack."
        ),
        Refusal.TOO_LARGE: lambda: QCoreApplication.translate(
            "PackProblems", "The file is too large to be a rubric pack."
        ),
        Refusal.NO_FILE: lambda: QCoreApplication.translate(
            "PackProblems", "There is no such file."
        ),
        Refusal.UNREADABLE: lambda: QCoreApplication.translate(
            "PackProblems", "The file could not be read."
        ),
        Refusal.NOT_UTF8: lambda: QCoreApplication.translate(
            "PackProblems", "The file is not UTF-8 text."
        ),
        Refusal.NOT_JSON: lambda: QCoreApplication.translate(
            "PackProblems", "The file is not valid JSON: a character is missing or out of place."
        ),
        Refusal.NOT_A_PACK: lambda: QCoreApplication.translate(
            "PackProblems", "The file is not a rubric pack."
        ),
        Refusal.OTHER_CONTENT: lambda: QCoreApplication.translate(
            "PackProblems",
            "Another pack with this name and version is already installed, with other content.",
        ),
        Refusal.PACK_NOT_CROSSWALK: lambda: QCoreApplication.translate(
            "PackProblems", "This file is a rubric pack, not a crosswalk."
        ),
        Refusal.NOT_VALID: lambda: QCoreApplication.translate(
            "PackProblems", "The file is not a valid rubric pack."
        ),
    }
    return said[refusal]()


def _type_name(name: str) -> str:
    """A JSON type as people say it."""
    return {
        "string": QCoreApplication.translate("PackProblems", "text"),
        "integer": QCoreApplication.translate("PackProblems", "a whole number"),
        "array": QCoreApplication.translate("PackProblems", "a list"),
        "object": QCoreApplication.translate("PackProblems", "a group of fields"),
        "boolean": QCoreApplication.translate("PackProblems", "true or false"),
    }.get(name, name)


def _fill(text: str, *values: Value) -> str:
    for i, value in enumerate(values, start=1):
        text = text.replace(f"%{i}", str(value))
    return text


def _said(code: Code, v: Mapping[str, Value]) -> str:
    """The sentence for one kind of problem, filled with its values."""
    match code:
        case Code.TOO_DEEP if v.get("what") == "a crosswalk":
            return QCoreApplication.translate(
                "PackProblems", "nested far too deeply to be a crosswalk"
            )
        case Code.TOO_DEEP:
            return QCoreApplication.translate(
                "PackProblems", "nested far too deeply to be a rubric pack"
            )
        case Code.NOT_AN_OBJECT:
            return QCoreApplication.translate(
                "PackProblems", "expected a JSON object (text between { and })"
            )
        case Code.JSON_MISSING:
            return QCoreApplication.translate(
                "PackProblems", "a comma, colon, quotation mark or value is missing here"
            )
        case Code.JSON_UNCLOSED:
            return QCoreApplication.translate(
                "PackProblems", "a text is not closed with a quotation mark"
            )
        case Code.JSON_EXTRA:
            return QCoreApplication.translate(
                "PackProblems", "there is more after the end of the pack"
            )
        case Code.JSON_CHARACTER:
            return QCoreApplication.translate(
                "PackProblems", "a text has a character that JSON does not allow here"
            )
        case Code.JSON_SYNTAX:
            return QCoreApplication.translate(
                "PackProblems", "the JSON is not written correctly here"
            )
        case Code.NOT_KEPT | Code.KEY_NOT_KEPT:
            said = QCoreApplication.translate(
                "PackProblems", "has a character Roots does not keep (U+%1)"
            )
            return _fill(said, str(v["character"]))
        case Code.MISSING_FIELD:
            return _fill(
                QCoreApplication.translate("PackProblems", "the field \u201c%1\u201d is missing"),
                v["field"],
            )
        case Code.UNKNOWN_FIELDS:
            return _fill(
                QCoreApplication.translate("PackProblems", "fields Roots does not know: %1"),
                v["fields"],
            )
        case Code.WRONG_TYPE:
            return _fill(
                QCoreApplication.translate("PackProblems", "expected %1 here"),
                _type_name(str(v["type"])),
            )
        case Code.BADLY_WRITTEN:
            return QCoreApplication.translate(
                "PackProblems",
                "not written the way this field must be (keys: lowercase letters, digits and "
                "dashes; versions: three numbers like 1.0.2)",
            )
        case Code.MUST_BE:
            return _fill(QCoreApplication.translate("PackProblems", "must be %1"), v["value"])
        case Code.TOO_FEW:
            return QCoreApplication.translate("PackProblems", "has too few entries")
        case Code.TOO_MANY:
            return QCoreApplication.translate(
                "PackProblems", "is too long, or has too many entries"
            )
        case Code.LISTED_TWICE:
            return QCoreApplication.translate("PackProblems", "lists the same thing twice")
        case Code.BOTH_LANGUAGES:
            return QCoreApplication.translate(
                "PackProblems", "must list both \u201cen\u201d and \u201ces\u201d"
            )
        case Code.BELOW_MINIMUM:
            return _fill(
                QCoreApplication.translate("PackProblems", "must be at least %1"), v["minimum"]
            )
        case Code.ABOVE_MAXIMUM:
            return _fill(
                QCoreApplication.translate("PackProblems", "must be at most %1"), v["maximum"]
            )
        case Code.SCHEMA:
            return QCoreApplication.translate("PackProblems", "this value is not allowed here")
        case Code.TEXT_MISSING:
            said = QCoreApplication.translate(
                "PackProblems", "the \u201c%1\u201d text is missing or empty"
            )
            return _fill(said, v["language"])
        case Code.LEVELS_OUT_OF_ORDER:
            said = QCoreApplication.translate(
                "PackProblems", "level values must be 1 to %1 in order; found %2"
            )
            return _fill(said, v["count"], v["found"])
        case Code.TITLE_TOO_LONG:
            return _fill(
                QCoreApplication.translate("PackProblems", "must be at most %1 characters"),
                v["limit"],
            )
        case Code.SECTION_KEY_TWICE:
            return QCoreApplication.translate("PackProblems", "two sections have the same key")
        case Code.KEY_TWICE:
            return _fill(
                QCoreApplication.translate("PackProblems", "the key \u201c%1\u201d is used twice"),
                v["key"],
            )
        case Code.UNKNOWN_SECTION:
            return QCoreApplication.translate(
                "PackProblems", "must name one of the pack's sections"
            )
        case Code.NO_SECTIONS:
            return QCoreApplication.translate("PackProblems", "the pack has no sections")
        case Code.ADDED_AND_INFERRED:
            return QCoreApplication.translate(
                "PackProblems", "an indicator is either added or inferred, not both"
            )
        case Code.NO_DESCRIPTOR:
            return _fill(
                QCoreApplication.translate("PackProblems", "no descriptor for level %1"), v["level"]
            )
        case Code.NO_SUCH_LEVEL:
            return QCoreApplication.translate("PackProblems", "there is no such level")
        case Code.NOT_EARLIER:
            return _fill(
                QCoreApplication.translate("PackProblems", "must be an earlier version than %1"),
                v["version"],
            )
        case Code.NO_CATEGORY:
            said = QCoreApplication.translate(
                "PackProblems", "the pack has no category \u201c%1\u201d"
            )
            return _fill(said, v["key"])
        case Code.CATEGORY_TWICE:
            said = QCoreApplication.translate(
                "PackProblems", "the category \u201c%1\u201d is listed twice"
            )
            return _fill(said, v["key"])
        case Code.NOT_IN_VERSION:
            said = QCoreApplication.translate(
                "PackProblems", "version %1 has no category \u201c%2\u201d"
            )
            return _fill(said, v["version"], v["key"])
        case Code.NEW_VERSION_NUMBER:
            return QCoreApplication.translate(
                "PackProblems", "give the changed pack a new version number"
            )
        case Code.MORE:
            return _fill(
                QCoreApplication.translate("PackProblems", "and %1 more problems"),
                QLocale().toString(int(v["count"])),
            )
        case Code.NOT_A_CROSSWALK:
            return QCoreApplication.translate(
                "PackProblems", 'a crosswalk file says "kind": "roots-crosswalk"'
            )
        case Code.RANGE_REVERSED:
            return QCoreApplication.translate(
                "PackProblems",
                "'from' must be an earlier version than 'before'",
            )
        case Code.LINKS_FROM_TARGET:
            return _fill(
                QCoreApplication.translate(
                    "PackProblems", "links go from other packs to %1, not from it"
                ),
                v["pack"],
            )
        case Code.NO_SUCH_PACK:
            return _fill(
                QCoreApplication.translate(
                    "PackProblems", "there is no rubric pack '%1' installed"
                ),
                v["pack"],
            )
        case Code.NO_VERSION_IN_RANGE:
            said = QCoreApplication.translate(
                "PackProblems", "no installed version of %1 is in this range"
            )
            return _fill(said, v["pack"])
        case Code.NO_CATEGORY_IN_RANGE:
            said = QCoreApplication.translate("PackProblems", "%1 has no category '%2' (%3)")
            return _fill(said, v["pack"], v["category"], _versions(v))
        case Code.LINKED_TWICE:
            said = QCoreApplication.translate(
                "PackProblems", "%1 '%2' is linked twice for the same versions"
            )
            return _fill(said, v["pack"], v["category"])
        case Code.NOT_A_PRACTICE:
            said = QCoreApplication.translate("PackProblems", "'%1' is not a category of %2")
            return _fill(said, v["practice"], v["target"])
        case Code.PRACTICE_TWICE:
            return _fill(
                QCoreApplication.translate("PackProblems", "'%1' is named twice"),
                v["practice"],
            )
    assert_never(code)  # a code without its sentence: tests/ui/test_pack_problem_words.py


def _versions(v: Mapping[str, Value]) -> str:
    """A crosswalk link's range of pack versions, as people say it."""
    first, before = str(v.get("first", "")), str(v.get("before", ""))
    if first and before:
        said = QCoreApplication.translate("PackProblems", "versions %1 to before %2")
        return _fill(said, first, before)
    if first:
        return _fill(QCoreApplication.translate("PackProblems", "version %1 and later"), first)
    if before:
        return _fill(QCoreApplication.translate("PackProblems", "versions before %1"), before)
    return QCoreApplication.translate("PackProblems", "any version")


def reason(problem: Problem) -> str:
    """One problem's reason in the person's language, from its code and values."""
    return _said(problem.code, problem.values)


def where(problem: Problem) -> str:
    """Where in the file: a field path as written in the file (its names are the file's own,
    in English whatever the language), or a line and column."""
    if "line" in problem.values:
        said = QCoreApplication.translate("PackProblems", "line %1, column %2")
        return _fill(said, problem.values["line"], problem.values["column"])
    return problem.path or QCoreApplication.translate("PackProblems", "the whole file")


def explain(error: PackError) -> tuple[str, list[tuple[str, str]]]:
    """(what is wrong, [(where, why)]) in the person's language."""
    return _headline(error.refusal), [(where(p), reason(p)) for p in error.problems]
