"""A rubric pack: its levels, sections and categories, every text in English and Spanish."""

from __future__ import annotations

from dataclasses import dataclass, field

from roots_app.domain import vocabulary
from roots_app.domain.text import Text


@dataclass(frozen=True, slots=True)
class Level:
    value: int
    label: Text
    description: Text


@dataclass(frozen=True, slots=True)
class Indicator:
    text: Text
    added: bool = False  # written by Roots rather than taken from the framework's source
    inferred: bool = False  # worked out from the source, which does not state it (CEI Root 3)


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: Text


@dataclass(frozen=True, slots=True)
class Category:
    key: str
    title: Text
    summary: Text
    indicators: tuple[Indicator, ...]
    descriptors: dict[int, Text]
    section: str | None = None
    questions: tuple[Text, ...] = ()
    strategies: tuple[Text, ...] = ()


@dataclass(frozen=True, slots=True)
class CategoryOrigin:
    """Where one category of a new pack version comes from in the version before it."""

    key: str  # the category in this version
    sources: tuple[str, ...]  # its categories in the previous version (several: a merge; none: new)
    reworded: bool = False  # its wording changed, so a trend through it is marked


@dataclass(frozen=True, slots=True)
class Lineage:
    """How a pack version continues the one before it, so trends can cross the change.

    Categories not listed keep their key and wording: each continues the previous version's
    category of the same key (if there was one). A category split in two is listed twice, each
    new category naming the same source."""

    previous_version: str
    origins: tuple[CategoryOrigin, ...]

    def sources(self, key: str) -> tuple[str, ...]:
        """The previous version's categories that ``key`` continues."""
        for origin in self.origins:
            if origin.key == key:
                return origin.sources
        return (key,)

    def reworded(self, key: str) -> bool:
        return any(o.key == key and o.reworded for o in self.origins)


@dataclass(frozen=True, slots=True)
class RubricPack:
    id: str
    version: str
    title: Text
    short_title: Text
    description: Text
    provenance: Text
    levels: tuple[Level, ...]
    categories: tuple[Category, ...]
    sections: tuple[Section, ...] = ()
    scale_name: Text | None = None
    languages: tuple[str, ...] = vocabulary.LANGUAGES
    lineage: Lineage | None = None  # how this version continues the one before it
    content_hash: str = ""
    _by_key: dict[str, Category] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_key.update({c.key: c for c in self.categories})

    @property
    def ref(self) -> str:
        """How people and files name one version of a pack: ``cei-six-roots@1.0.0``."""
        return f"{self.id}@{self.version}"

    @property
    def max_level(self) -> int:
        return self.levels[-1].value

    def category(self, key: str) -> Category:
        return self._by_key[key]

    def level(self, value: int) -> Level:
        for level in self.levels:
            if level.value == value:
                return level
        raise KeyError(value)

    def section_title(self, key: str | None) -> Text | None:
        return next((s.title for s in self.sections if s.key == key), None)
