"""What the team sees before agreeing: each category's spread, median and disagreement flags.

Definitions (also shown to users in the team view's help text):
- *spread*: lowest to highest member level; members who skipped the category are left out.
- *far apart*: the highest and lowest member levels differ by two or more levels.
- *stands alone*: one member's level is at least two levels from every other member's
  (needs three or more raters, so that "alone" means something).
- *changed since agreed*: a member's rating changed after the team agreed its level.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from roots_app.domain.assessment import TEAM, Assessment
from roots_app.domain.rubric import Category

FAR_APART = 2


@dataclass(frozen=True, slots=True)
class CategoryConsensus:
    key: str
    levels: dict[str, int]  # member id -> level, only members who rated
    skipped: tuple[str, ...]  # member ids with no level yet
    agreed: int | None
    changed_since_agreed: bool = False

    @property
    def lowest(self) -> int | None:
        return min(self.levels.values()) if self.levels else None

    @property
    def highest(self) -> int | None:
        return max(self.levels.values()) if self.levels else None

    @property
    def median(self) -> float | None:
        return median(self.levels.values()) if self.levels else None

    @property
    def far_apart(self) -> bool:
        return bool(self.levels) and self.highest - self.lowest >= FAR_APART  # type: ignore[operator]

    @property
    def standing_alone(self) -> tuple[str, ...]:
        """Members whose level is at least two away from every other member's."""
        if len(self.levels) < 3:
            return ()
        alone = []
        for member, level in self.levels.items():
            others = [v for m, v in self.levels.items() if m != member]
            if all(abs(level - other) >= FAR_APART for other in others):
                alone.append(member)
        return tuple(alone)

    @property
    def needs_discussion(self) -> bool:
        return self.far_apart or bool(self.standing_alone) or self.changed_since_agreed


def category_consensus(assessment: Assessment, category: Category) -> CategoryConsensus:
    """The consensus picture of one category."""
    levels: dict[str, int] = {}
    skipped: list[str] = []
    for member in assessment.present:
        level = assessment.rating(member.id, category.key).level
        if level is None:
            skipped.append(member.id)
        else:
            levels[member.id] = level
    agreed = assessment.rating(TEAM, category.key).level
    changed = False
    since = assessment.agreed_at.get(category.key)
    if agreed is not None and since is not None:
        changed = any(
            assessment.rated_at.get((m.id, category.key), since) > since for m in assessment.present
        )
    return CategoryConsensus(category.key, levels, tuple(skipped), agreed, changed)


def consensus(assessment: Assessment) -> list[CategoryConsensus]:
    return [category_consensus(assessment, c) for c in assessment.pack.categories]


@dataclass(frozen=True, slots=True)
class RootsAndGrowth:
    """Deep roots to celebrate and keep, growth areas to choose focus from."""

    strengths: tuple[str, ...]
    growth: tuple[str, ...]


def strengths_and_growth(assessment: Assessment, how_many: int = 2) -> RootsAndGrowth:
    """The highest agreed categories are strengths, the lowest are candidates for focus.

    Ties are kept together (two categories at the top level are both strengths); a category
    is never both. With every category at one level there is nothing to single out.
    """
    agreed = [
        (c.key, level)
        for c in assessment.pack.categories
        if (level := assessment.rating(TEAM, c.key).level) is not None
    ]
    if len({level for _, level in agreed}) < 2:
        return RootsAndGrowth((), ())
    ordered = sorted(agreed, key=lambda kv: kv[1])
    low_cut = ordered[min(how_many, len(ordered)) - 1][1]
    high_cut = ordered[-min(how_many, len(ordered))][1]
    if low_cut >= high_cut:  # few distinct levels: split at the extremes only
        low_cut, high_cut = ordered[0][1], ordered[-1][1]
    growth = tuple(k for k, v in agreed if v <= low_cut)
    strengths = tuple(k for k, v in agreed if v >= high_cut)
    return RootsAndGrowth(strengths=strengths, growth=growth)
