"""The role totals the database keeps (migration 0009) stay equal to the ratings themselves,
whichever way the ratings, assessments and members change: app saves, the sample district, the
trash, emptying it, and .roots imports. On SQLite and PostgreSQL alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from roots_app.domain.assessment import TEAM
from roots_app.domain.people import Role
from roots_app.services import assessments, bundles, compare, demo, schools, trash
from roots_app.services.bundles import Scope
from roots_app.services.context import Roots
from roots_app.storage import bulk
from tests.conftest import laptop

# What the district grouped before the totals were kept: the ratings themselves.
FROM_RATINGS = text(
    "SELECT a.pack_id, a.school_year, r.category_key, m.role, count(*), sum(r.level) "
    "FROM ratings r JOIN assessments a ON a.id = r.assessment_id "
    "JOIN members m ON m.id = r.member_id "
    "WHERE a.deleted_at IS NULL AND r.level IS NOT NULL "
    "GROUP BY a.pack_id, a.school_year, r.category_key, m.role"
)
KEPT = text("SELECT pack_id, school_year, category_key, role, raters, total FROM role_totals")


def _totals(roots: Roots) -> tuple[set[tuple[object, ...]], set[tuple[object, ...]]]:
    with roots.reading() as session:
        truth = {tuple(row) for row in session.execute(FROM_RATINGS)}
        kept = {tuple(row) for row in session.execute(KEPT)}
    return truth, kept


def _assert_kept(roots: Roots) -> None:
    truth, kept = _totals(roots)
    assert truth  # something to compare
    assert kept == truth


def _member_ratings(roots: Roots, assessment_id: str) -> list[tuple[str, str]]:
    """(rater, category) of the members' ratings with a level in this assessment."""
    loaded = assessments.load(roots, assessment_id)
    return [
        (member.id, category.key)
        for member in loaded.present
        for category in loaded.pack.categories
        if loaded.rating(member.id, category.key).level is not None
    ]


def test_the_sample_district_and_app_saves_keep_the_totals(roots: Roots) -> None:
    demo.make_demo(roots, schools=3, years=2, seed=7)
    _assert_kept(roots)
    info = assessments.list_assessments(roots)[0]
    loaded = assessments.load(roots, info.id)
    rater, key = _member_ratings(roots, info.id)[0]
    # A level changed, cleared, and given again; the team's agreed level is not a member's.
    assessments.rate(roots, loaded, rater, key, 1, "changed")
    _assert_kept(roots)
    assessments.rate(roots, loaded, rater, key, None, "cleared")
    _assert_kept(roots)
    assessments.rate(roots, loaded, rater, key, 4, "again")
    assessments.rate(roots, loaded, TEAM, key, 2, "agreed")
    _assert_kept(roots)


def test_a_new_role_moves_the_members_ratings(roots: Roots) -> None:
    demo.make_demo(roots, schools=2, years=2, seed=8)
    team = schools.get_team(roots, assessments.list_assessments(roots)[0].team_id)
    before, _ = _totals(roots)
    changed = [
        (m.id, m.display_name, Role.OTHER if m.role != Role.OTHER else Role.FAMILY, True)
        for m in team.members
    ]
    schools.update_team(roots, team.id, team.name, changed)
    truth, kept = _totals(roots)
    assert truth != before  # the roles did change the groups
    assert kept == truth


def test_the_trash_and_emptying_it_keep_the_totals(roots: Roots) -> None:
    demo.make_demo(roots, schools=3, years=2, seed=9)
    infos = assessments.list_assessments(roots)
    trash.delete(roots, "assessment", infos[0].id)
    _assert_kept(roots)
    trash.restore(roots, "assessment", infos[0].id)
    _assert_kept(roots)
    trash.delete(roots, "school", infos[1].school_id)
    _assert_kept(roots)
    trash.empty(roots)
    _assert_kept(roots)


def test_a_roots_file_keeps_the_totals_of_the_database_it_enters(
    roots: Roots, tmp_path: Path
) -> None:
    school = laptop(tmp_path / "school")
    try:
        demo.make_demo(school, schools=2, years=2, seed=10)
        bundles.export_bundle(school, tmp_path / "all.roots", Scope())
        bundles.import_bundle(roots, tmp_path / "all.roots")
        _assert_kept(roots)
        assert _totals(roots)[1] == _totals(school)[1]
        # A change made at the school arrives as an update of the rating.
        info = assessments.list_assessments(school)[0]
        rater, key = _member_ratings(school, info.id)[0]
        assessments.rate(school, assessments.load(school, info.id), rater, key, 1, "later")
        bundles.export_bundle(school, tmp_path / "later.roots", Scope())
        bundles.import_bundle(roots, tmp_path / "later.roots")
        _assert_kept(roots)
        assert _totals(roots)[1] == _totals(school)[1]
    finally:
        school.close()


def test_a_big_roots_file_has_the_totals_counted_once_at_its_end(
    roots: Roots, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A district's file (half a million ratings) is "big"; here a small one stands in for it.
    monkeypatch.setattr(bulk, "RECOUNT_FROM", 1)
    recounted: list[int] = []
    recount = bulk.role_totals_recounted

    def counting(session):  # type: ignore[no-untyped-def]
        recounted.append(1)
        return recount(session)

    monkeypatch.setattr(bulk, "role_totals_recounted", counting)
    school = laptop(tmp_path / "school")
    try:
        demo.make_demo(school, schools=2, years=2, seed=11)
        bundles.export_bundle(school, tmp_path / "all.roots", Scope())
        bundles.import_bundle(roots, tmp_path / "all.roots")
        assert recounted == [1]
        _assert_kept(roots)
        assert _totals(roots)[1] == _totals(school)[1]
        info = assessments.list_assessments(school)[0]
        rater, key = _member_ratings(school, info.id)[0]
        assessments.rate(school, assessments.load(school, info.id), rater, key, 1, "later")
        bundles.export_bundle(school, tmp_path / "later.roots", Scope())
        bundles.import_bundle(roots, tmp_path / "later.roots")  # an update: counted again
        assert recounted == [1, 1]
        assert _totals(roots)[1] == _totals(school)[1]
    finally:
        school.close()
    # The triggers are back once the import is over.
    _rate_a_new_assessment(roots)
    _assert_kept(roots)


def test_the_district_reads_the_same_averages_as_grouping_the_ratings(roots: Roots) -> None:
    demo.make_demo(roots, schools=6, years=2, seed=11)
    year = max(i.school_year for i in assessments.list_assessments(roots))
    with roots.reading() as session:
        grouped = {
            (key, role): (n, total)
            for pack, y, key, role, n, total in session.execute(FROM_RATINGS)
            if y == year and pack == demo.DEMO_PACK
        }
    roles = compare.district(roots, year).district.roles
    shown = {(key, g.role): g for key, groups in roles.items() for g in groups}
    assert set(shown) == set(grouped)
    for found, group in shown.items():
        n, total = grouped[found]
        assert group.raters == n
        assert group.suppressed or group.average == total / n


def test_upgrading_a_database_fills_the_totals_from_its_ratings(roots: Roots) -> None:
    from alembic import command

    from roots_app.storage import migrate

    demo.make_demo(roots, schools=3, years=2, seed=12)
    config = migrate.alembic_config()
    with roots.db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0008")  # as the district was before migration 0009
    migrate.upgrade(roots.db.engine)
    _assert_kept(roots)
    # The triggers are back with the table.
    info = assessments.list_assessments(roots)[0]
    trash.delete(roots, "assessment", info.id)
    _assert_kept(roots)


def _rate_a_new_assessment(roots: Roots) -> None:
    """New ratings (inserts) after the sample district: its trigger is in place again."""
    info = assessments.list_assessments(roots)[0]
    team = schools.get_team(roots, info.team_id)
    new = assessments.start(roots, team.id, demo.DEMO_PACK, "2099-00", [m.id for m in team.members])
    loaded = assessments.load(roots, new)
    for member in loaded.present:
        assessments.rate(roots, loaded, member.id, loaded.pack.categories[0].key, 3, "")


def test_after_the_sample_district_new_ratings_are_counted_again(roots: Roots) -> None:
    demo.make_demo(roots, schools=2, years=1, seed=13)
    _rate_a_new_assessment(roots)
    _assert_kept(roots)
    assert any(year == "2099-00" for _, year, *_ in _totals(roots)[1])


def test_a_sample_district_that_fails_half_way_leaves_the_trigger_in_place(
    roots: Roots,
) -> None:
    demo.make_demo(roots, schools=2, years=1, seed=14)

    def stop(done: int, total: int) -> None:
        if done > total // 2:
            raise RuntimeError("stopped half way")

    with pytest.raises(RuntimeError):
        demo.make_demo(roots, schools=2, years=1, seed=15, again=True, progress=stop)
    _rate_a_new_assessment(roots)
    _assert_kept(roots)


def test_big_writes_can_set_the_triggers_aside_and_recount(roots: Roots) -> None:
    demo.make_demo(roots, schools=3, years=2, seed=16)
    infos = assessments.list_assessments(roots)
    with roots.transaction() as session, bulk.role_totals_recounted(session):
        session.execute(text("UPDATE ratings SET level = 1 WHERE level = 4"))
        session.execute(text("UPDATE members SET role = 'other' WHERE role = 'family'"))
        session.execute(text("DELETE FROM ratings WHERE assessment_id = :a"), {"a": infos[0].id})
        session.execute(
            text("UPDATE assessments SET deleted_at = updated_at WHERE id = :a"),
            {"a": infos[1].id},
        )
    _assert_kept(roots)
    # The triggers are back once the block is over.
    trash.restore(roots, "assessment", infos[1].id)
    _rate_a_new_assessment(roots)
    _assert_kept(roots)
