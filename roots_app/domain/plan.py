"""The growth plan of an assessment: one to three focus categories, each with a goal and actions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from roots_app.domain.assessment import TEAM, Assessment
from roots_app.domain.consensus import strengths_and_growth
from roots_app.domain.paper import PaperRating
from roots_app.errors import BadInputError

MAX_FOCUS = 3


class ActionStatus(StrEnum):
    NOT_STARTED = "not_started"
    UNDER_WAY = "under_way"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def is_open(self) -> bool:
        """Still to do: carried forward to next year's plan when the team wants."""
        return self in (ActionStatus.NOT_STARTED, ActionStatus.UNDER_WAY)


@dataclass(frozen=True, slots=True)
class Action:
    id: str
    description: str
    owner: str = ""
    start: date | None = None
    due: date | None = None
    resources: str = ""
    measure: str = ""  # how the team will know it worked
    status: ActionStatus = ActionStatus.NOT_STARTED
    carried_from: str | None = None  # id of last year's action this one continues
    version: int = 0  # the stored row's version (0: not stored yet); see StaleEditError


@dataclass(frozen=True, slots=True)
class Focus:
    id: str
    category_key: str
    goal: str = ""
    why: str = ""  # why the team chose it, linked to its evidence
    actions: tuple[Action, ...] = ()
    version: int = 0


def check_dates(start: date | None, due: date | None) -> None:
    """An action is due on or after it starts (the services and the .roots import ask)."""
    if start is not None and due is not None and due < start:
        raise BadInputError("The due date is before the start date.", field="due")


def check_focus_count(count: int) -> None:
    """A plan has one to three focus areas: ``count`` is how many it would have."""
    if count > MAX_FOCUS:
        raise BadInputError(
            f"A plan has at most {MAX_FOCUS} focus areas; remove one first.", limit=MAX_FOCUS
        )


@dataclass(frozen=True, slots=True)
class Plan:
    assessment_id: str
    focuses: tuple[Focus, ...] = ()

    def focus_keys(self) -> list[str]:
        return [f.category_key for f in self.focuses]

    def actions(self) -> list[tuple[Focus, Action]]:
        return [(f, a) for f in self.focuses for a in f.actions]


def suggested_focus(assessment: Assessment) -> list[str]:
    """Categories to suggest as focus: the growth areas, lowest agreed level first."""
    growth = strengths_and_growth(assessment).growth
    level = {k: assessment.rating(TEAM, k).level or 0 for k in growth}
    keys = [c.key for c in assessment.pack.categories]
    return sorted(growth, key=lambda k: (level[k], keys.index(k)))[:MAX_FOCUS]


@dataclass(frozen=True, slots=True)
class PlanReport:
    """Everything the growth plan PDF shows (the reports layer renders it to bytes)."""

    assessment: Assessment  # pack snapshot, members present, ratings and agreed levels
    plan: Plan
    previous: Assessment | None  # last year's assessment of the same team and rubric, if any
    generated_on: date
    # Issue 17: what paper sheets said, by (member id, category key), and the scans of their
    # handwritten evidence (PNG bytes).
    paper: Mapping[tuple[str, str], PaperRating] = field(default_factory=dict)
    handwriting: Mapping[tuple[str, str], bytes] = field(default_factory=dict)
