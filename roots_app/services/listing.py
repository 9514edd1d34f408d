"""What Home lists when the app starts: schools and teams with counts, no ORM models.

Everything the app imports before its first paint reads through this module (and
``rubrics``): mapping the ORM model classes cost ~0.1 s of CPU there (issue 14). The services
that write, and the lists read on demand, import the models when first used.
"""

from __future__ import annotations

from roots_app.domain.assessment import Assessment
from roots_app.domain.people import School
from roots_app.errors import NotFoundError
from roots_app.services.context import Roots
from roots_app.services.quick_read import assessment_from
from roots_app.storage import engine, listing_repo


def has_schools(roots: Roots) -> bool:
    with roots.reading() as session:
        return listing_repo.count_schools(session) > 0


def overview(roots: Roots) -> list[School]:
    """Schools and teams with member counts (members left out): for district-sized lists."""
    with roots.reading() as session:
        return listing_repo.overview(session)


def counts_by_team(roots: Roots) -> dict[str, int]:
    """Team id -> how many assessments it has: what a folded list of a district shows."""
    with roots.reading() as session:
        return listing_repo.counts_by_team(session)


def assessment(roots: Roots, assessment_id: str) -> Assessment:
    """What ``assessments.load`` gives, read without the ORM models: the app reopens the last
    assessment before its first paint."""
    with roots.reading() as session:
        record = listing_repo.assessment(session, assessment_id)
    if record is None:
        raise NotFoundError(f"There is no assessment with id {assessment_id}.", id=assessment_id)
    return assessment_from(record)


def map_models() -> None:
    """Map the ORM models now, not at the first action that needs them (see engine.map_models):
    the app calls this just after its first paint."""
    engine.map_models()
