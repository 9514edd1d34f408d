"""Bilingual text: one string per language, read in the language the user chose."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

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
