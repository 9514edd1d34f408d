"""Bilingual text, and the one rule for which characters any text Roots keeps may hold."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from roots_app.errors import BadTextError

DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True, slots=True)
class Text:
    """A text in several languages; ``text["es"]`` falls back to English if Spanish is missing."""

    values: Mapping[str, str]

    def __getitem__(self, language: str) -> str:
        return self.values.get(language) or self.values.get(DEFAULT_LANGUAGE, "")

    @classmethod
    def of(cls, en: str, es: str) -> Text:
        return cls({"en": en, "es": es})


# -- the one rule for text Roots keeps -------------------------------------------------------
#
# Every door applies it: the services that save what people type, the .roots import and rubric
# packs. Refused: control characters other than tab, line feed and carriage return (NUL cannot
# be stored by PostgreSQL, escapes rewrite a terminal, openpyxl refuses them in a sheet) and
# lone surrogates ("\ud800": not text at all, it cannot be written as UTF-8). Tab and line
# breaks are allowed everywhere; the services turn them into spaces in names.
_REFUSED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

NOT_KEPT = "has a character Roots does not keep"  # the import's and packs' wording


def refused_character(value: str) -> str | None:
    """The first character the rule refuses in ``value`` (None: all of it may be kept)."""
    found = _REFUSED.search(value)
    return found.group() if found else None


def describe(character: str) -> str:
    """A refused character as a person can read it: "U+001B, a control character"."""
    code = ord(character)
    if 0xD800 <= code <= 0xDFFF:
        return f"U+{code:04X}, not text"
    return f"U+{code:04X}, a control character"


def check_text(value: str, what: str = "That text") -> str:
    """``value`` if the rule keeps all of it; else BadTextError naming the character."""
    bad = refused_character(value)
    if bad is not None:
        raise BadTextError(
            f"{what} has a character Roots does not keep ({describe(bad)}); remove it and "
            "try again.",
            character=describe(bad),
        )
    return value


def cleaned(value: str) -> str:
    """``value`` without the characters the rule refuses (text saved before the rule)."""
    return _REFUSED.sub("", value) if _REFUSED.search(value) else value
