"""Every way an assessment is read gives the same record, on a real migrated database.

``assessments_repo.load`` (the screens, the command line, saving), ``listing_repo.assessment``
(start-up, before the ORM models are mapped) and, on the data folder's SQLite file,
``file_reading`` (``roots plan-pdf`` without SQLAlchemy): the same record for a live assessment,
none for one in the trash or not there, and what each caller relies on in between (a team or
school in the trash, a pack version no longer installed, paper sheets, members who left).
"""

from __future__ import annotations

import json

import pytest

from roots_app import paths
from roots_app.domain.assessment import TEAM
from roots_app.domain.paper import PaperSheet
from roots_app.domain.people import Role
from roots_app.errors import NotFoundError
from roots_app.exchange import pack_file
from roots_app.services import assessments, listing, quick_read, rubrics, schools, sheets, trash
from roots_app.services.context import Roots
from roots_app.storage import assessments_repo, file_reading, listing_repo
from roots_app.storage.assessment_record import AssessmentRecord


def _reads(roots: Roots, backend: str, assessment_id: str) -> dict[str, AssessmentRecord | None]:
    """What each reader gives: the record, or None for "not there"."""
    found: dict[str, AssessmentRecord | None] = {}
    with roots.reading() as session:
        try:
            found["orm"] = assessments_repo.load(session, assessment_id)
        except NotFoundError:
            found["orm"] = None
        found["core"] = listing_repo.assessment(session, assessment_id)
    if backend == "sqlite":  # plan-pdf reads only the data folder's own file
        found["file"] = file_reading.read(
            roots.data_dir / paths.DB_FILENAME, lambda r: r.assessment_or_none(assessment_id)
        )
    return found


def _one(reads: dict[str, AssessmentRecord | None]) -> AssessmentRecord | None:
    """The record every reader agrees on."""
    records = list(reads.values())
    assert all(record == records[0] for record in records), reads
    return records[0]


def _rated(roots: Roots, team: tuple[str, list[str]]) -> str:
    team_id, members = team
    assessment_id = assessments.start(roots, team_id, "cei-six-roots", "2025-26", members[:2])
    started = assessments.load(roots, assessment_id)
    keys = [c.key for c in started.pack.categories]
    assessments.rate(roots, started, members[0], keys[0], 3, "Vienen los martes 🌱")
    assessments.rate(roots, started, members[1], keys[1], None, "学校 مشاركة")
    assessments.agree(roots, started, keys[0], 3, "Acordado", reason="Todos")
    assessments.set_revealed(roots, assessment_id, True)
    assessments.remember_place(roots, assessment_id, keys[1], members[1])
    return assessment_id


def test_a_live_assessment_reads_the_same_every_way(
    roots: Roots, backend: str, team: tuple[str, list[str]]
) -> None:
    assessment_id = _rated(roots, team)
    record = _one(_reads(roots, backend, assessment_id))
    assert record is not None
    assert record.revealed and record.rated_at and record.agreed_at
    assert record.ratings[(TEAM, next(iter(record.agreed_at)))].reason == "Todos"
    assert [m.id for m in record.present] == team[1][:2]


def test_an_assessment_in_the_trash_or_not_there_is_none_every_way(
    roots: Roots, backend: str, team: tuple[str, list[str]]
) -> None:
    assessment_id = _rated(roots, team)
    trash.delete(roots, "assessment", assessment_id)
    for missing in (assessment_id, "no-such-id"):
        assert _one(_reads(roots, backend, missing)) is None
        with pytest.raises(NotFoundError):
            assessments.load(roots, missing)
        with pytest.raises(NotFoundError):
            listing.assessment(roots, missing)


@pytest.mark.parametrize("parent", ["team", "school"])
def test_an_assessment_put_back_from_a_trashed_team_or_school_is_read(
    roots: Roots, backend: str, team: tuple[str, list[str]], parent: str
) -> None:
    """Trashing a team or school takes its assessments with it; putting one assessment back
    brings its team (and school) back with it, as a folder comes back for a file put back.
    Every reader then gives the assessment as it was, with the names of its team and school."""
    assessment_id = _rated(roots, team)
    before = _one(_reads(roots, backend, assessment_id))
    assert before is not None
    team_id = team[0]
    school_id = before.info.school_id
    trash.delete(roots, parent, team_id if parent == "team" else school_id)
    assert _one(_reads(roots, backend, assessment_id)) is None  # gone with its parent
    trash.restore(roots, "assessment", assessment_id)
    assert {team_id, school_id}.isdisjoint(item.id for item in trash.items(roots))
    record = _one(_reads(roots, backend, assessment_id))
    assert record == before  # nothing in it changed
    assert assessments.load(roots, assessment_id) == listing.assessment(roots, assessment_id)


def test_a_pack_version_no_longer_installed_is_read_from_its_stored_copy(
    roots: Roots, backend: str, team: tuple[str, list[str]]
) -> None:
    """An assessment keeps the pack text it was scored on: a version Roots no longer ships
    (nor has imported) reads the same every way, from the copy stored with it."""
    team_id, members = team
    _, content = rubrics.find(roots, "cei-six-roots")
    data = json.loads(content)
    data["version"] = "0.0.1"
    data["name"] = {"en": "Six Roots, an old draft", "es": "Seis Raíces, un borrador antiguo"}
    old_content = json.dumps(data)
    old = pack_file.pack_from_data(json.loads(old_content))
    with pytest.raises(NotFoundError):
        rubrics.find(roots, "cei-six-roots", "0.0.1")
    with roots.transaction() as session:
        snapshot = rubrics.snapshot(session, old, old_content)
        assessment_id = assessments_repo.create(
            session, team_id, snapshot, "2019-20", members, roots.device
        ).id
    record = _one(_reads(roots, backend, assessment_id))
    assert record is not None and record.info.pack_version == "0.0.1"
    assert record.pack_content == old_content and record.pack_hash == old.content_hash
    loaded = assessments.load(roots, assessment_id)
    assert loaded.pack.version == "0.0.1" and loaded.pack == old
    assert loaded == listing.assessment(roots, assessment_id)


def test_members_who_left_and_paper_sheets_read_the_same_every_way(
    roots: Roots, backend: str, team: tuple[str, list[str]]
) -> None:
    """A member who left the team stays in the assessments they took part in (inactive); a
    paper sheet's level is a rating like any other. plan-pdf leaves an assessment with paper
    on it to the services (its scans are theirs to print)."""
    team_id, members = team
    assessment_id = assessments.start(roots, team_id, "cei-six-roots", "2025-26", members)
    loaded = assessments.load(roots, assessment_id)
    keys = [c.key for c in loaded.pack.categories]
    sheets.save_sheet(roots, assessment_id, PaperSheet(members[2], None, None, {keys[0]: 4}, {}))
    on_team = schools.get_team(roots, team_id)
    schools.update_team(
        roots,
        team_id,
        on_team.name,
        [(m.id, m.display_name, m.role, m.id != members[2]) for m in on_team.members]
        + [("", "Rosa Díaz", Role.FAMILY, True)],
    )
    record = _one(_reads(roots, backend, assessment_id))
    assert record is not None
    assert [(m.id, m.active) for m in record.present] == [
        (members[0], True),
        (members[1], True),
        (members[2], False),
    ]
    assert record.ratings[(members[2], keys[0])].level == 4
    if backend == "sqlite":
        assert (
            file_reading.read(
                roots.data_dir / paths.DB_FILENAME,
                lambda r: quick_read.plan_report(r, assessment_id),
            )
            is None
        )
