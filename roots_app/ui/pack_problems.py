"""A rubric pack file's problems in the person's language, each with where in the file it is.

exchange/pack_file.py writes its problems in English for the command line and the log (and
jsonschema writes some of them); this reads each one and says it again through the catalogue.
A problem it does not know is shown as it is, in English, rather than not at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from roots_app.domain.text import NOT_KEPT
from roots_app.errors import PackError


def _headline(message: str) -> str:
    """What is wrong with the file as a whole (the error's own sentence names the file)."""
    kinds: list[tuple[str, Callable[[], str]]] = [
        (
            r"^The version .+ is already installed\.",
            lambda: QCoreApplication.translate(
                "PackProblems",
                "This version of the pack is already installed: give the new version another "
                "number.",
            ),
        ),
        (
            r" is not a file, so it ",
            lambda: QCoreApplication.translate(
                "PackProblems", "This is not a file, so it cannot be a rubric pack."
            ),
        ),
        (
            r" is too large to be a rubric pack",
            lambda: QCoreApplication.translate(
                "PackProblems", "The file is too large to be a rubric pack."
            ),
        ),
        (
            r"^There is no file at ",
            lambda: QCoreApplication.translate("PackProblems", "There is no such file."),
        ),
        (
            r" could not be read: ",
            lambda: QCoreApplication.translate("PackProblems", "The file could not be read."),
        ),
        (
            r" is not a UTF-8 text file",
            lambda: QCoreApplication.translate("PackProblems", "The file is not UTF-8 text."),
        ),
        (
            r" is not valid JSON\.",
            lambda: QCoreApplication.translate(
                "PackProblems",
                "The file is not valid JSON: a character is missing or out of place.",
            ),
        ),
        (
            r" is not a rubric pack\.",
            lambda: QCoreApplication.translate("PackProblems", "The file is not a rubric pack."),
        ),
        (
            r" is already installed\.",
            lambda: QCoreApplication.translate(
                "PackProblems",
                "Another pack with this name and version is already installed, with other content.",
            ),
        ),
    ]
    for pattern, say in kinds:
        if re.search(pattern, message):
            return say()
    return QCoreApplication.translate("PackProblems", "The file is not a valid rubric pack.")


def _type_name(name: str) -> str:
    """A JSON type as people say it."""
    return {
        "string": QCoreApplication.translate("PackProblems", "text"),
        "integer": QCoreApplication.translate("PackProblems", "a whole number"),
        "array": QCoreApplication.translate("PackProblems", "a list"),
        "object": QCoreApplication.translate("PackProblems", "a group of fields"),
        "boolean": QCoreApplication.translate("PackProblems", "true or false"),
    }.get(name, name)


def _fill(text: str, *values: str) -> str:
    for i, value in enumerate(values, start=1):
        text = text.replace(f"%{i}", value)
    return text


def reason(english: str) -> str:
    """One problem's reason in the person's language (the English one if it is not known)."""
    kept = re.fullmatch(rf"(a key )?{re.escape(NOT_KEPT)} \(U\+([0-9A-F]+), (.+)\)", english)
    if kept:
        return _fill(
            QCoreApplication.translate(
                "PackProblems", "has a character Roots does not keep (U+%1)"
            ),
            kept.group(2),
        )
    patterns: list[tuple[str, Callable[[re.Match[str]], str]]] = [
        (
            r"'(.+)' is a required property",
            lambda m: _fill(
                QCoreApplication.translate("PackProblems", "the field \u201c%1\u201d is missing"),
                m[1],
            ),
        ),
        (
            r"Additional properties are not allowed \((.+) (?:was|were) unexpected\)",
            lambda m: _fill(
                QCoreApplication.translate("PackProblems", "fields Roots does not know: %1"), m[1]
            ),
        ),
        (
            r".* is not of type '(\w+)'",
            lambda m: _fill(
                QCoreApplication.translate("PackProblems", "expected %1 here"), _type_name(m[1])
            ),
        ),
        (
            r".* does not match '.+'",
            lambda _: QCoreApplication.translate(
                "PackProblems",
                "not written the way this field must be (keys: lowercase letters, digits and "
                "dashes; versions: three numbers like 1.0.2)",
            ),
        ),
        (
            r"(.+) was expected",
            lambda m: _fill(QCoreApplication.translate("PackProblems", "must be %1"), m[1]),
        ),
        (
            r".* (?:is too short|should be non-empty|does not have enough properties)",
            lambda _: QCoreApplication.translate("PackProblems", "has too few entries"),
        ),
        (
            r".* (?:is too long|has too many properties|is expected to be empty)",
            lambda _: QCoreApplication.translate(
                "PackProblems", "is too long, or has too many entries"
            ),
        ),
        (
            r".* has non-unique elements",
            lambda _: QCoreApplication.translate("PackProblems", "lists the same thing twice"),
        ),
        (
            r".* does not contain items matching the given schema",
            lambda _: QCoreApplication.translate(
                "PackProblems", "must list both \u201cen\u201d and \u201ces\u201d"
            ),
        ),
        (
            r".* is less than the minimum of (\d+)",
            lambda m: _fill(
                QCoreApplication.translate("PackProblems", "must be at least %1"), m[1]
            ),
        ),
        (
            r".* is greater than the maximum of (\d+)",
            lambda m: _fill(QCoreApplication.translate("PackProblems", "must be at most %1"), m[1]),
        ),
        (
            r"the (\w+) text is missing or empty",
            lambda m: _fill(
                QCoreApplication.translate(
                    "PackProblems", "the \u201c%1\u201d text is missing or empty"
                ),
                m[1],
            ),
        ),
        (
            r"level values must be 1 to (\d+) in order, found (.+)",
            lambda m: _fill(
                QCoreApplication.translate(
                    "PackProblems", "level values must be 1 to %1 in order; found %2"
                ),
                m[1],
                m[2],
            ),
        ),
        (
            r"must be at most 40 characters",
            lambda _: QCoreApplication.translate("PackProblems", "must be at most 40 characters"),
        ),
        (
            r"two sections have the same key",
            lambda _: QCoreApplication.translate("PackProblems", "two sections have the same key"),
        ),
        (
            r"the key '(.+)' is used twice",
            lambda m: _fill(
                QCoreApplication.translate("PackProblems", "the key \u201c%1\u201d is used twice"),
                m[1],
            ),
        ),
        (
            r"must name one of the pack's sections",
            lambda _: QCoreApplication.translate(
                "PackProblems", "must name one of the pack's sections"
            ),
        ),
        (
            r"the pack has no sections",
            lambda _: QCoreApplication.translate("PackProblems", "the pack has no sections"),
        ),
        (
            r"no descriptor for level (\d+)",
            lambda m: _fill(
                QCoreApplication.translate("PackProblems", "no descriptor for level %1"), m[1]
            ),
        ),
        (
            r"there is no such level",
            lambda _: QCoreApplication.translate("PackProblems", "there is no such level"),
        ),
        (
            r"an indicator is either added or inferred",
            lambda _: QCoreApplication.translate(
                "PackProblems", "an indicator is either added or inferred, not both"
            ),
        ),
        (
            r"version ([\d.]+) has no category '(.+)'",
            lambda m: _fill(
                QCoreApplication.translate(
                    "PackProblems", "version %1 has no category \u201c%2\u201d"
                ),
                m[1],
                m[2],
            ),
        ),
        (
            r"give the changed pack a new version number",
            lambda _: QCoreApplication.translate(
                "PackProblems", "give the changed pack a new version number"
            ),
        ),
        (
            r"must be an earlier version than (.+)",
            lambda m: _fill(
                QCoreApplication.translate("PackProblems", "must be an earlier version than %1"),
                m[1],
            ),
        ),
        (
            r"the pack has no category '(.+)'",
            lambda m: _fill(
                QCoreApplication.translate(
                    "PackProblems", "the pack has no category \u201c%1\u201d"
                ),
                m[1],
            ),
        ),
        (
            r"the category '(.+)' is listed twice",
            lambda m: _fill(
                QCoreApplication.translate(
                    "PackProblems", "the category \u201c%1\u201d is listed twice"
                ),
                m[1],
            ),
        ),
        (
            r"version (\S+) has no category '(.+)'",
            lambda m: _fill(
                QCoreApplication.translate(
                    "PackProblems", "version %1 has no category \u201c%2\u201d"
                ),
                m[1],
                m[2],
            ),
        ),
        (
            r"nested far too deeply to be a rubric pack",
            lambda _: QCoreApplication.translate(
                "PackProblems", "nested far too deeply to be a rubric pack"
            ),
        ),
        (
            r"expected a JSON object",
            lambda _: QCoreApplication.translate(
                "PackProblems", "expected a JSON object (text between { and })"
            ),
        ),
        (
            r"and ([\d,]+) more problems",
            lambda m: _fill(
                QCoreApplication.translate("PackProblems", "and %1 more problems"), m[1]
            ),
        ),
        (
            r"Expecting (?:',' delimiter|':' delimiter|property name enclosed in double "
            r"quotes|value)",
            lambda _: QCoreApplication.translate(
                "PackProblems", "a comma, colon, quotation mark or value is missing here"
            ),
        ),
        (
            r"Unterminated string starting at.*",
            lambda _: QCoreApplication.translate(
                "PackProblems", "a text is not closed with a quotation mark"
            ),
        ),
        (
            r"Extra data",
            lambda _: QCoreApplication.translate(
                "PackProblems", "there is more after the end of the pack"
            ),
        ),
        (
            r"Invalid control character at.*|Invalid \\(?:uXXXX )?escape.*",
            lambda _: QCoreApplication.translate(
                "PackProblems", "a text has a character that JSON does not allow here"
            ),
        ),
    ]
    for pattern, say in patterns:
        found = re.fullmatch(pattern, english, re.DOTALL)
        if found:
            return say(found)
    return english


def where(path: str) -> str:
    """Where in the file: a field path as written in the file (its names are the file's own,
    in English whatever the language), or a line and column."""
    at = re.fullmatch(r"line (\d+), column (\d+)", path)
    if at:
        return _fill(QCoreApplication.translate("PackProblems", "line %1, column %2"), at[1], at[2])
    return path or QCoreApplication.translate("PackProblems", "the whole file")


def explain(error: PackError) -> tuple[str, list[tuple[str, str]]]:
    """(what is wrong, [(where, why)]) in the person's language."""
    return _headline(error.args[0]), [(where(p), reason(r)) for p, r in error.problems]
