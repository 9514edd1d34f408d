"""Offline exchange through .roots files: merging laptops' work without duplicates or lost edits.

Every laptop is its own data folder with its own database, built by the real migrations.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from roots_app.domain.assessment import TEAM
from roots_app.domain.merge import Outcome, Resolution
from roots_app.domain.plan import ActionStatus
from roots_app.domain.text import refused_character
from roots_app.errors import BundleError
from roots_app.services import assessments, bundles, plans, rubrics, schools
from roots_app.services.bundles import Scope
from roots_app.services.context import Roots
from roots_app.storage.models import RatingRow
from tests import pack_versions
from tests.conftest import laptop as other_computer
from tests.dbdump import dump

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def laptops(tmp_path: Path, migrated_template: Path) -> Iterator[list[Roots]]:
    opened = [other_computer(tmp_path / f"laptop-{n}", migrated_template) for n in range(3)]
    yield opened
    for laptop in opened:
        laptop.close()


def _send(source: Roots, target: Roots, path: Path, scope: Scope, **options: object):
    bundles.export_bundle(source, path, scope)
    return bundles.import_bundle(target, path, **options)


def _rating_count(roots: Roots) -> int:
    with roots.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(RatingRow)) or 0)


def test_three_laptops_ratings_merge_into_one_assessment(
    roots: Roots, assessment_id: str, laptops: list[Roots], tmp_path: Path
) -> None:
    """The coordinator sends the assessment out; each member rates on a laptop; all come back."""
    scope = Scope(assessments=(assessment_id,))
    setup = tmp_path / "setup.roots"
    bundles.export_bundle(roots, setup, scope)
    assessment = assessments.load(roots, assessment_id)
    members = [m.id for m in assessment.present]
    keys = [c.key for c in assessment.pack.categories]

    for laptop, member, level in zip(laptops, members, (1, 2, 4), strict=True):
        received = bundles.import_bundle(laptop, setup)
        assert received.total(Outcome.ADDED) > 0 and received.total(Outcome.CONFLICT) == 0
        on_laptop = assessments.load(laptop, assessment_id)
        for key in keys:
            assessments.rate(laptop, on_laptop, member, key, level, f"{member[:4]} on {key} <b>&")
        # Walking through moves "where the team stopped" on every laptop: not a conflict.
        assessments.remember_place(laptop, assessment_id, keys[-1], member)

    for n, laptop in enumerate(laptops):
        report = _send(laptop, roots, tmp_path / f"laptop-{n}.roots", scope)
        assert report.total(Outcome.ADDED) == len(keys), report.to_json()
        assert report.total(Outcome.UPDATED) == 0
        assert report.conflicts == []

    merged = assessments.load(roots, assessment_id)
    for member, level in zip(members, (1, 2, 4), strict=True):
        assert [merged.ratings[(member, key)].level for key in keys] == [level] * len(keys)
    assert _rating_count(roots) == 3 * len(keys)  # no duplicates

    # Importing any of the files again changes nothing at all.
    before = dump(roots)
    for n in range(3):
        again = bundles.import_bundle(roots, tmp_path / f"laptop-{n}.roots")
        assert again.total(Outcome.ADDED) == again.total(Outcome.UPDATED) == 0
        assert again.total(Outcome.CONFLICT) == 0
    assert dump(roots) == before


def test_a_newer_edit_replaces_an_unchanged_copy(
    roots: Roots, assessment_id: str, laptops: list[Roots], tmp_path: Path
) -> None:
    scope = Scope(assessments=(assessment_id,))
    laptop = laptops[0]
    _send(roots, laptop, tmp_path / "out.roots", scope)
    on_laptop = assessments.load(laptop, assessment_id)
    key = on_laptop.pack.categories[0].key
    assessments.agree(laptop, on_laptop, key, 3, "Agreed at the evening meeting")

    report = _send(laptop, roots, tmp_path / "back.roots", scope)
    assert report.total(Outcome.ADDED) == 1  # the agreement
    assessments.agree(laptop, assessments.load(laptop, assessment_id), key, 4, "Raised to 4")
    report = _send(laptop, roots, tmp_path / "back2.roots", scope)
    assert report.total(Outcome.UPDATED) == 1 and report.total(Outcome.CONFLICT) == 0
    assert assessments.load(roots, assessment_id).ratings[(TEAM, key)].level == 4

    # The older file arrives late (a forwarded e-mail): it is old news, not a change.
    stale = bundles.import_bundle(roots, tmp_path / "back.roots")
    assert stale.total(Outcome.UPDATED) == stale.total(Outcome.CONFLICT) == 0
    assert assessments.load(roots, assessment_id).ratings[(TEAM, key)].level == 4


def _both_edit(roots: Roots, laptop: Roots, assessment_id: str, tmp_path: Path) -> str:
    """Coordinator and laptop change the same agreed level after exchanging it."""
    scope = Scope(assessments=(assessment_id,))
    assessment = assessments.load(roots, assessment_id)
    key = assessment.pack.categories[0].key
    assessments.agree(roots, assessment, key, 2, "First agreement")
    _send(roots, laptop, tmp_path / "out.roots", scope)
    assessments.agree(roots, assessments.load(roots, assessment_id), key, 3, "Coordinator: 3")
    assessments.agree(laptop, assessments.load(laptop, assessment_id), key, 1, "Laptop: 1")
    bundles.export_bundle(laptop, tmp_path / "theirs.roots", scope)
    return key


def test_both_sides_changed_is_a_conflict_and_nothing_is_overwritten(
    roots: Roots, assessment_id: str, laptops: list[Roots], tmp_path: Path
) -> None:
    key = _both_edit(roots, laptops[0], assessment_id, tmp_path)
    before = dump(roots)
    report = bundles.import_bundle(roots, tmp_path / "theirs.roots")
    assert report.total(Outcome.CONFLICT) == 1
    (conflict,) = report.conflicts
    assert conflict.table == "agreements" and conflict.resolution is None
    assert conflict.mine["level"] == 3 and conflict.theirs["level"] == 1
    assert conflict.mine["evidence"] == "Coordinator: 3"
    assert set(conflict.differences) == {"level", "evidence"}
    assert conflict.school == "Escuela Primaria Dolores Huerta"
    assert conflict.year == "2025-26"
    assert conflict.category is not None and conflict.category["en"]
    assert dump(roots) == before  # left for a person: nothing written
    assert assessments.load(roots, assessment_id).ratings[(TEAM, key)].level == 3


def test_take_theirs_then_everyone_agrees(
    roots: Roots, assessment_id: str, laptops: list[Roots], tmp_path: Path
) -> None:
    laptop = laptops[0]
    key = _both_edit(roots, laptop, assessment_id, tmp_path)
    preview = bundles.preview_import(roots, tmp_path / "theirs.roots")
    (conflict,) = preview.conflicts
    report = bundles.import_bundle(
        roots, tmp_path / "theirs.roots", resolutions={conflict.key: Resolution.TAKE_THEIRS}
    )
    assert report.conflicts[0].resolution is Resolution.TAKE_THEIRS
    assert assessments.load(roots, assessment_id).ratings[(TEAM, key)].level == 1
    before = dump(roots)
    again = bundles.import_bundle(roots, tmp_path / "theirs.roots")
    assert again.total(Outcome.CONFLICT) == again.total(Outcome.UPDATED) == 0
    assert dump(roots) == before
    back = _send(roots, laptop, tmp_path / "back.roots", Scope(assessments=(assessment_id,)))
    assert back.total(Outcome.CONFLICT) == 0


def test_keep_mine_is_remembered_and_travels_back(
    roots: Roots, assessment_id: str, laptops: list[Roots], tmp_path: Path
) -> None:
    laptop = laptops[0]
    key = _both_edit(roots, laptop, assessment_id, tmp_path)
    report = bundles.import_bundle(roots, tmp_path / "theirs.roots", default=Resolution.KEEP_MINE)
    assert report.conflicts[0].resolution is Resolution.KEEP_MINE
    assert assessments.load(roots, assessment_id).ratings[(TEAM, key)].level == 3
    again = bundles.import_bundle(roots, tmp_path / "theirs.roots")
    assert again.total(Outcome.CONFLICT) == 0  # decided once, not asked again
    # The laptop now receives the coordinator's choice as a newer version, not a conflict.
    back = _send(roots, laptop, tmp_path / "back.roots", Scope(assessments=(assessment_id,)))
    assert back.total(Outcome.UPDATED) == 1 and back.total(Outcome.CONFLICT) == 0
    assert assessments.load(laptop, assessment_id).ratings[(TEAM, key)].level == 3


def test_a_dry_run_changes_nothing(
    roots: Roots, assessment_id: str, laptops: list[Roots], tmp_path: Path
) -> None:
    path = tmp_path / "out.roots"
    bundles.export_bundle(roots, path, Scope())
    before = dump(laptops[0])
    report = bundles.import_bundle(laptops[0], path, dry_run=True)
    assert not report.applied and report.total(Outcome.ADDED) > 0
    assert dump(laptops[0]) == before


def test_something_removed_here_is_not_brought_back(
    roots: Roots, assessment_id: str, laptops: list[Roots], tmp_path: Path
) -> None:
    assessment = assessments.load(roots, assessment_id)
    key = assessment.pack.categories[0].key
    focus_id = plans.add_focus(roots, assessment, key, "Welcome every family")
    scope = Scope(assessments=(assessment_id,))
    _send(roots, laptops[0], tmp_path / "out.roots", scope)
    plans.remove_focus(roots, focus_id)
    report = _send(laptops[0], roots, tmp_path / "back.roots", scope)
    assert report.total(Outcome.ADDED) == 0
    assert plans.get(roots, assessment_id).focuses == ()


def test_roles_only_file_keeps_names_at_home(
    roots: Roots, assessment_id: str, laptops: list[Roots], tmp_path: Path
) -> None:
    district = laptops[0]
    path = tmp_path / "district.roots"
    bundles.export_bundle(roots, path, Scope(), member_names=False)
    assert "Ana" not in _entry_text(path, "data/members.jsonl")
    bundles.import_bundle(district, path)
    (school,) = schools.list_schools(district)
    assert [m.display_name for m in school.teams[0].members] == ["", "", ""]
    assert {m.role.value for m in school.teams[0].members} == {"family", "teacher", "administrator"}
    # Sending the roles-only file back does not erase the names at the school.
    report = bundles.import_bundle(roots, path)
    assert report.total(Outcome.CONFLICT) == report.total(Outcome.UPDATED) == 0
    assert schools.list_schools(roots)[0].teams[0].members[0].display_name == "Ana García"


def _entry_text(path: Path, name: str) -> str:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


def test_an_unknown_rubric_pack_travels_with_the_file(
    roots: Roots, team: tuple[str, list[str]], laptops: list[Roots], tmp_path: Path
) -> None:
    data = json.loads((REPO / "resources/rubrics/cei-six-roots.json").read_text("utf-8"))
    data["id"], data["version"] = "district-roots", "2.1.0"
    pack_path = tmp_path / "district-roots.json"
    pack_path.write_text(json.dumps(data), "utf-8")
    rubrics.import_file(roots, pack_path)
    team_id, members = team
    assessment_id = assessments.start(roots, team_id, "district-roots", "2025-26", members)

    path = tmp_path / "out.roots"
    bundles.export_bundle(roots, path, Scope(assessments=(assessment_id,)))
    report = bundles.import_bundle(laptops[0], path)
    assert report.packs_installed == ["district-roots@2.1.0"]
    assert "district-roots@2.1.0" in {p.ref for p in rubrics.installed(laptops[0])}
    assert assessments.load(laptops[0], assessment_id).pack.ref == "district-roots@2.1.0"


def test_a_school_scope_carries_only_that_school(
    roots: Roots, assessment_id: str, laptops: list[Roots], tmp_path: Path
) -> None:
    other = schools.create_school(roots, "Roosevelt High")
    schools.create_team(roots, other, "ELAC")
    school_id = next(s.id for s in schools.list_schools(roots) if s.name != "Roosevelt High")
    path = tmp_path / "school.roots"
    result = bundles.export_bundle(roots, path, Scope(school=school_id))
    assert result.counts["schools"] == 1 and result.counts["assessments"] == 1
    bundles.import_bundle(laptops[0], path)
    assert [s.name for s in schools.list_schools(laptops[0])] == ["Escuela Primaria Dolores Huerta"]


def test_export_can_be_stopped_and_leaves_no_file(roots: Roots, tmp_path: Path) -> None:
    from roots_app.services import demo

    demo.make_demo(roots, 3, 2, 5)
    path = tmp_path / "all.roots"
    with pytest.raises(bundles.CancelledError):
        bundles.export_bundle(roots, path, Scope(), progress=lambda done, total: False)
    assert list(tmp_path.glob("*.roots")) == [] and list(tmp_path.glob(".roots-*")) == []


def _member_names(roots: Roots) -> list[str]:
    return [m.display_name for m in schools.list_schools(roots)[0].teams[0].members]


def test_a_roles_only_round_trip_through_the_district_keeps_every_name(
    roots: Roots, assessment_id: str, laptops: list[Roots], tmp_path: Path
) -> None:
    """School -> members (names), school -> district (roles only), district -> school (all)."""
    member_laptop, district = laptops[0], laptops[1]
    names = _member_names(roots)
    _send(roots, member_laptop, tmp_path / "members.roots", Scope())
    bundles.export_bundle(roots, tmp_path / "district.roots", Scope(), member_names=False)
    bundles.import_bundle(district, tmp_path / "district.roots")
    assert _member_names(district) == ["", "", ""]

    # The district sends everything back, as an ordinary file: the names were never sent.
    back = _send(district, roots, tmp_path / "back.roots", Scope())
    assert back.counts["members"][Outcome.UPDATED] == 0
    assert back.total(Outcome.CONFLICT) == 0
    assert _member_names(roots) == names
    # A member's laptop receiving the district's file keeps the names too.
    bundles.import_bundle(member_laptop, tmp_path / "back.roots")
    assert _member_names(member_laptop) == names
    # And the names still travel from the school afterwards.
    again = _send(roots, member_laptop, tmp_path / "again.roots", Scope())
    assert again.total(Outcome.CONFLICT) == 0 and _member_names(member_laptop) == names


def test_a_name_missing_from_a_file_never_blanks_a_name_even_when_taking_theirs(
    roots: Roots, assessment_id: str, laptops: list[Roots], tmp_path: Path
) -> None:
    district = laptops[0]
    bundles.export_bundle(roots, tmp_path / "district.roots", Scope(), member_names=False)
    bundles.import_bundle(district, tmp_path / "district.roots")
    # Both change the same member afterwards: a conflict, settled by taking theirs.
    team = schools.list_schools(roots)[0].teams[0]
    first = team.members[0]
    schools.update_team(roots, team.id, team.name, [(first.id, "Ana G. Ruiz", first.role, True)])
    from roots_app.storage.models import MemberRow

    with district.transaction() as session:  # the district moves her (it has no name to edit)
        row = session.get(MemberRow, first.id)
        assert row is not None
        row.position = 9
    report = _send(
        district, roots, tmp_path / "back.roots", Scope(), default=Resolution.TAKE_THEIRS
    )
    assert report.total(Outcome.CONFLICT) == 1
    assert _member_names(roots)[-1] == "Ana G. Ruiz"  # position 9 moved her last


def test_text_the_services_accept_is_exported_and_imported_unchanged(
    roots: Roots, assessment_id: str, laptops: list[Roots], tmp_path: Path
) -> None:
    assessment = assessments.load(roots, assessment_id)
    key = assessment.pack.categories[0].key
    evidence = "Line one\n\tindented\r\nend ✓ 😀 \u2028 \u00a0"
    assessments.agree(roots, assessment, key, 2, evidence)
    _send(roots, laptops[0], tmp_path / "out.roots", Scope())
    assert assessments.load(laptops[0], assessment_id).ratings[(TEAM, key)].evidence == evidence


@pytest.mark.parametrize(
    "bad", ["Nul\x00here", "bell\x07", "escape \x1b[31m", "del\x7f", "c1 \x9b", "lone \ud800"]
)
def test_the_services_refuse_text_roots_could_not_send(
    roots: Roots, assessment_id: str, bad: str
) -> None:
    from roots_app.domain.plan import Action
    from roots_app.errors import BadInputError

    assessment = assessments.load(roots, assessment_id)
    key = assessment.pack.categories[0].key
    team = schools.list_schools(roots)[0].teams[0]
    before = dump(roots)
    with pytest.raises(BadInputError, match="character"):
        assessments.rate(roots, assessment, assessment.present[0].id, key, 2, bad)
    with pytest.raises(BadInputError, match="character"):
        assessments.agree(roots, assessment, key, 2, "fine", bad)
    with pytest.raises(BadInputError, match="character"):
        schools.create_school(roots, "School", district=bad)
    with pytest.raises(BadInputError, match="character"):
        schools.create_team(roots, team.school_id, "Team", [(bad, team.members[0].role)])
    focus = plans.add_focus(roots, assessment, key, "Goal")
    before = dump(roots)
    with pytest.raises(BadInputError, match="character"):
        plans.update_focus(roots, focus, bad, "why")
    with pytest.raises(BadInputError, match="character"):
        plans.save_action(roots, focus, Action(id="", description="Call", owner=bad))
    with pytest.raises(BadInputError, match="character"):
        plans.add_focus(roots, assessment, assessment.pack.categories[1].key, bad)
    assert dump(roots) == before


def test_an_older_database_holding_control_characters_exports_a_file_that_imports(
    roots: Roots, assessment_id: str, laptops: list[Roots], tmp_path: Path, backend: str
) -> None:
    """Text saved before the rule (a NUL on SQLite, an escape) is left out when sent."""
    from sqlalchemy import update

    from roots_app.storage.models import SchoolRow

    nul = "\x00" if backend == "sqlite" else ""  # PostgreSQL never stored a NUL
    with roots.transaction() as session:
        session.execute(update(SchoolRow).values(district=f"North{nul} \x1b[2JDistrict"))
    report = _send(roots, laptops[0], tmp_path / "out.roots", Scope())
    assert report.total(Outcome.ADDED) > 0
    assert schools.list_schools(laptops[0])[0].district == "North [2JDistrict"
    # The cleaned copy is the version sent: sending back changes nothing at the source.
    back = _send(laptops[0], roots, tmp_path / "back.roots", Scope())
    assert back.total(Outcome.UPDATED) == back.total(Outcome.CONFLICT) == 0


def test_an_action_carried_from_last_year_travels_with_last_years_plan(
    roots: Roots, team: tuple[str, list[str]], laptops: list[Roots], tmp_path: Path
) -> None:
    from roots_app.domain.plan import Action

    team_id, members = team
    last = assessments.start(roots, team_id, "cei-six-roots", "2024-25", members)
    this = assessments.start(roots, team_id, "cei-six-roots", "2025-26", members)
    old = assessments.load(roots, last)
    focus = plans.add_focus(roots, old, old.pack.categories[0].key, "More families")
    plans.save_action(roots, focus, Action(id="", description="Phone tree"))
    assert plans.carry_forward(roots, assessments.load(roots, this)) == 1

    report = _send(roots, laptops[0], tmp_path / "this.roots", Scope(assessments=(this,)))
    assert report.total(Outcome.CONFLICT) == 0
    ((_, carried),) = plans.get(laptops[0], this).actions()
    ((_, source),) = plans.get(laptops[0], last).actions()
    assert carried.carried_from == source.id


def test_the_services_refuse_what_the_import_refuses(
    roots: Roots, assessment_id: str, team: tuple[str, list[str]]
) -> None:
    """One validation for both doors: the same rules, from the domain."""
    from datetime import date

    from roots_app.domain.plan import Action
    from roots_app.errors import BadInputError

    team_id, members = team
    with pytest.raises(BadInputError, match="9999-99"):
        assessments.start(roots, team_id, "cei-six-roots", "9999-99", members)
    assessment = assessments.load(roots, assessment_id)
    focus = plans.add_focus(roots, assessment, assessment.pack.categories[0].key)
    with pytest.raises(BadInputError, match="due date is before the start date"):
        plans.save_action(
            roots,
            focus,
            Action(id="", description="Call", start=date(2025, 9, 2), due=date(2025, 9, 1)),
        )


@pytest.mark.parametrize("removed", ["in the trash", "for good"])
def test_a_link_to_an_action_removed_here_does_not_stop_the_file(
    roots: Roots, team: tuple[str, list[str]], laptops: list[Roots], tmp_path: Path, removed: str
) -> None:
    """The action a plan was carried from is gone here: the link cannot travel, the rest does."""
    from roots_app.domain.plan import Action
    from roots_app.services import trash

    team_id, members = team
    last = assessments.start(roots, team_id, "cei-six-roots", "2024-25", members)
    this = assessments.start(roots, team_id, "cei-six-roots", "2025-26", members)
    old = assessments.load(roots, last)
    focus = plans.add_focus(roots, old, old.pack.categories[0].key, "More families")
    source = plans.save_action(roots, focus, Action(id="", description="Phone tree"))
    plans.carry_forward(roots, assessments.load(roots, this))
    plans.remove_action(roots, source)
    if removed == "for good":
        trash.remove_for_good(roots, "action", source)

    for scope in (Scope(assessments=(this,)), Scope()):
        path = tmp_path / "this.roots"
        report = _send(roots, laptops[0], path, scope)
        assert report.total(Outcome.CONFLICT) == 0
        ((_, carried),) = plans.get(laptops[0], this).actions()
        assert carried.description == "Phone tree" and carried.carried_from is None
    # Nothing changes at home when the laptop's copy comes back, nor after it is edited there.
    back = _send(laptops[0], roots, tmp_path / "back.roots", Scope())
    assert back.total(Outcome.UPDATED) == back.total(Outcome.CONFLICT) == 0
    ((_, carried),) = plans.get(roots, this).actions()
    assert carried.carried_from == source
    ((focus_there, there),) = plans.get(laptops[0], this).actions()
    plans.save_action(laptops[0], focus_there.id, replace(there, status=ActionStatus.DONE))
    edited = _send(laptops[0], roots, tmp_path / "edited.roots", Scope())
    assert edited.total(Outcome.UPDATED) == 1 and edited.total(Outcome.CONFLICT) == 0
    ((_, carried),) = plans.get(roots, this).actions()
    assert carried.status is ActionStatus.DONE


_HOSTILE = st.sampled_from(["\x00", "\ud800", "\udfff", "\x1b", "\x7f", "\x9b", "\t", "\n", "\r"])


@pytest.mark.slow
@settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(evidence=st.text(st.one_of(st.characters(), _HOSTILE), max_size=40))
def test_any_text_the_services_keep_travels_unchanged(
    roots: Roots, assessment_id: str, laptops: list[Roots], tmp_path: Path, evidence: str
) -> None:
    from roots_app.errors import BadInputError

    assessment = assessments.load(roots, assessment_id)
    key = assessment.pack.categories[0].key
    try:
        assessments.agree(roots, assessment, key, 2, evidence)
    except BadInputError:
        assert refused_character(evidence) is not None
        return
    _send(roots, laptops[0], tmp_path / "out.roots", Scope(assessments=(assessment_id,)))
    assert assessments.load(laptops[0], assessment_id).ratings[(TEAM, key)].evidence == evidence


def _entries(path: Path) -> dict[str, bytes]:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n.startswith("data/")}


def test_exporting_unchanged_data_twice_gives_the_same_records(
    roots: Roots, assessment_id: str, tmp_path: Path
) -> None:
    """Nothing accumulates: a record's own fingerprint is not part of the history it carries
    (the receiver works it out from the content), so a second export is the first one again."""
    from roots_app.services import demo

    demo.make_demo(roots, 2, 2, 5)
    first, second = tmp_path / "first.roots", tmp_path / "second.roots"
    bundles.export_bundle(roots, first, Scope())
    bundles.export_bundle(roots, second, Scope())
    assert _entries(second) == _entries(first)
    assert abs(second.stat().st_size - first.stat().st_size) <= 8  # the manifest's time
    ratings = [json.loads(line) for line in _entries(first)["data/ratings.jsonl"].splitlines()]
    assert ratings and all(r["_seen"] == [] for r in ratings)


def test_importing_the_same_file_again_reads_nothing_twice_and_takes_no_backup(
    roots: Roots,
    laptops: list[Roots],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    backend: str,
) -> None:
    from roots_app.exchange.bundle_file import BundleReader
    from roots_app.services import backups, demo

    demo.make_demo(laptops[0], 2, 2, 5)
    path = tmp_path / "district.roots"
    bundles.export_bundle(laptops[0], path, Scope())
    first = bundles.import_bundle(roots, path)
    assert first.total(Outcome.ADDED) > 0
    taken = ["before-import"] if backend == "sqlite" else []  # a server is backed up by pg_dump
    assert [b.kind for b in backups.list_backups(roots)] == taken
    before = dump(roots)

    with monkeypatch.context() as patched:  # the file's records are not read a second time
        patched.setattr(BundleReader, "records", lambda self, spec: pytest.fail("read"))
        again = bundles.import_bundle(roots, path)
        preview = bundles.preview_import(roots, path)
    # What the whole merge says when it reads every record (the shortcut's note removed).
    (roots.data_dir / "settled-imports.json").unlink()
    merged = bundles.preview_import(roots, path)
    assert merged.total(Outcome.UNCHANGED) == first.total(Outcome.ADDED) > 0
    assert again.to_json() == {**merged.to_json(), "applied": True}
    assert preview.to_json() == merged.to_json()
    assert dump(roots) == before
    assert len(backups.list_backups(roots)) == len(taken)  # nothing changed: no second backup


def test_an_import_that_changes_nothing_takes_no_backup(
    roots: Roots, assessment_id: str, laptops: list[Roots], tmp_path: Path
) -> None:
    from roots_app.services import backups

    path = tmp_path / "out.roots"
    _send(roots, laptops[0], path, Scope())
    assert len(backups.list_backups(laptops[0])) == 1
    # A file this computer wrote itself: every record is already here.
    own = tmp_path / "own.roots"
    bundles.export_bundle(laptops[0], own, Scope())
    report = bundles.import_bundle(laptops[0], own)
    assert report.total(Outcome.UNCHANGED) > 0 and report.total(Outcome.ADDED) == 0
    assert len(backups.list_backups(laptops[0])) == 1


def test_a_change_here_after_an_import_is_merged_in_full_again(
    roots: Roots, assessment_id: str, laptops: list[Roots], tmp_path: Path
) -> None:
    """The shortcut holds for exactly the data the import left: any change, and it reads all."""
    from sqlalchemy import delete

    from roots_app.services import backups
    from roots_app.storage.models import PresentRow

    laptop = laptops[0]
    path = tmp_path / "out.roots"
    _send(roots, laptop, path, Scope())
    with laptop.transaction() as session:  # another program removes who took part
        session.execute(delete(PresentRow).where(PresentRow.assessment_id == assessment_id))
    report = bundles.import_bundle(laptop, path)
    assert report.counts["assessment_members"][Outcome.ADDED] == 3
    assert len(backups.list_backups(laptop)) == 2  # it wrote: backed up first
    assert len(assessments.load(laptop, assessment_id).present) == 3


def test_times_travel_as_iso_text_however_they_were_stored(
    roots: Roots, assessment_id: str, tmp_path: Path
) -> None:
    """Export reads stored times as text where it can: the file says what isoformat says."""
    from sqlalchemy import text

    with roots.transaction() as session:
        session.execute(text("UPDATE schools SET created_at = '2025-01-02 03:04:05.000000'"))
        session.execute(text("UPDATE schools SET updated_at = '2025-01-02 03:04:05.250000'"))
        session.execute(text("UPDATE teams SET created_at = '2025-01-02 03:04:05'"))
    path = tmp_path / "out.roots"
    bundles.export_bundle(roots, path, Scope())
    (school,) = [json.loads(line) for line in _entries(path)["data/schools.jsonl"].splitlines()]
    (team,) = [json.loads(line) for line in _entries(path)["data/teams.jsonl"].splitlines()]
    assert school["created_at"] == "2025-01-02T03:04:05+00:00"
    assert school["updated_at"] == "2025-01-02T03:04:05.250000+00:00"
    assert school["deleted_at"] is None
    assert team["created_at"] == "2025-01-02T03:04:05+00:00"


def _district_pack(version: str, **changes: object) -> dict[str, object]:
    data = pack_versions.cei_2_0_0(previous_version="1.0.0")
    data.update({"id": "district-roots", "version": version, **changes})
    return data


def test_a_pack_lineage_from_a_file_is_checked_where_its_previous_version_is_here(
    roots: Roots, team: tuple[str, list[str]], laptops: list[Roots], tmp_path: Path
) -> None:
    pack = rubrics.import_file(roots, pack_versions.write(_district_pack("2.0.0"), tmp_path))
    note = rubrics.unchecked_lineage(roots, pack)  # no 1.0.0 here either
    assert note is not None and "continues version 1.0.0, which is not installed" in note
    team_id, members = team
    assessment_id = assessments.start(roots, team_id, "district-roots", "2025-26", members)
    path = tmp_path / "out.roots"
    bundles.export_bundle(roots, path, Scope(assessments=(assessment_id,)))

    report = bundles.import_bundle(laptops[0], path)
    assert report.packs_installed == ["district-roots@2.0.0"]
    assert report.notes == [note]
    assert report.to_json()["notes"] == [note]

    # Another laptop has a 1.0.0 without the category the lineage names: the file is refused.
    old = json.loads((REPO / "resources/rubrics/cei-six-roots.json").read_text("utf-8"))
    old.update({"id": "district-roots", "version": "1.0.0"})
    old["categories"][0]["key"] = "ties"
    rubrics.import_file(laptops[1], pack_versions.write(old, tmp_path, "old.json"))
    with pytest.raises(BundleError, match=r"lineage\.categories\[0\]\.from: version 1\.0\.0 "):
        bundles.import_bundle(laptops[1], path)
    assert "district-roots@2.0.0" not in {p.ref for p in rubrics.installed(laptops[1])}
