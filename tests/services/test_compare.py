"""Comparisons on a real database: the numbers the screens and the command line share."""

from __future__ import annotations

import csv
import gc
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from roots_app.domain.assessment import TEAM
from roots_app.errors import NotFoundError
from roots_app.services import assessments, compare, demo, plans, schools, trash
from roots_app.services.context import Roots
from roots_app.storage import comparison_repo


def test_school_progress_matches_the_agreed_levels(roots: Roots) -> None:
    demo.make_demo(roots, schools=3, years=4, seed=12)
    school = schools.list_schools(roots)[0]
    infos = [i for i in assessments.list_assessments(roots) if i.school_id == school.id]
    newest = assessments.load(roots, infos[0].id)
    plans.add_focus(roots, newest, "inclusivity")
    view = compare.school_progress(roots, school.id)
    assert len(view.progress.years) == 4
    for info in infos:
        loaded = assessments.load(roots, info.id)
        for category in loaded.pack.categories:
            level = loaded.rating(TEAM, category.key).level
            assert view.progress.category(category.key).levels[info.school_year] == level
    assert view.progress.category("inclusivity").focus_years == {newest.info.school_year}
    document = compare.progress_json(view, "es")
    assert document["categories"][0]["title"] == newest.pack.categories[0].title["es"]


def test_district_json_and_tables_agree(roots: Roots, tmp_path: Path) -> None:
    demo.make_demo(roots, schools=4, years=2, seed=13)
    year = max(i.school_year for i in assessments.list_assessments(roots))
    view = compare.district(roots, year)
    document = compare.district_json(view, "es")
    assert len(document["schools"]) == 4
    assert all(s["change"] is not None for s in document["schools"])
    for category in document["categories"]:
        assert sum(document["distribution"][category["key"]].values()) == 4
    for groups in document["roles"].values():
        for group in groups:
            assert group["suppressed"] == (group["raters"] < 5)
            assert (group["average"] is None) == group["suppressed"]
    assert "members" not in str(document)  # no member names or lists in district data
    path = compare.export_table(roots, year, tmp_path / "d.csv", "es")
    table = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    assert table[0][0] == "Escuela"
    assert len(table) == 5
    first = next(s for s in document["schools"] if s["name"] == table[1][0])
    assert table[1][2] == str(first["levels"][document["categories"][0]["key"]])
    sheet = load_workbook(compare.export_table(roots, year, tmp_path / "d.xlsx", "en")).active
    assert sheet["A1"].value == "School"
    assert sheet.max_row == 5


def test_reading_a_year_gives_the_connection_its_page_cache_back(roots: Roots) -> None:
    # A district read uses a small SQLite page cache (memory); the big one, for big writes,
    # must be back on the connection afterwards, whatever the read did.
    demo.make_demo(roots, schools=2, years=2, seed=14)
    year = max(i.school_year for i in assessments.list_assessments(roots))

    def cache_size() -> int:
        with roots.transaction() as session:
            return int(session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one())

    if roots.db.engine.dialect.name != "sqlite":
        assert len(compare.district(roots, year).district.schools) == 2
        return
    big = cache_size()
    with roots.transaction() as session, comparison_repo.small_page_cache(session):
        assert session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one() == -2000
    assert cache_size() == big < -2000
    with (
        pytest.raises(NotFoundError),
        roots.transaction() as session,
        comparison_repo.small_page_cache(session),
    ):
        raise NotFoundError("stopped in the middle of a read")
    assert cache_size() == big
    compare.district(roots, year)
    assert cache_size() == big


def test_building_a_year_leaves_the_cycle_collector_as_it_found_it(roots: Roots) -> None:
    # The cycle collector is paused while a year is built (speed); the app must get it back.
    demo.make_demo(roots, schools=2, years=1, seed=15)
    year = max(i.school_year for i in assessments.list_assessments(roots))
    assert gc.isenabled()
    compare.district_json(compare.district(roots, year))
    assert gc.isenabled()
    gc.disable()
    try:
        compare.district_json(compare.district(roots, year))
        assert not gc.isenabled()  # paused by someone else: theirs to resume
    finally:
        gc.enable()
    with pytest.raises(NotFoundError):
        compare.district(roots, year, "no-such-rubric")  # raised while paused
    assert gc.isenabled()


def test_district_levels_by_hand_several_teams_gaps_the_trash_and_other_rubrics(
    roots: Roots,
) -> None:
    # Every rule of a school's level in one district, against numbers worked out by hand.
    def assessed(team: str, year: str, levels: dict[str, int | None], pack: str = "") -> str:
        assessment_id = assessments.start(roots, team, pack or compare.DEFAULT_PACK, year, [])
        loaded = assessments.load(roots, assessment_id)
        for key, level in levels.items():
            assessments.agree(roots, loaded, key, level, "evidence")
        return assessment_id

    a1 = schools.create_school_with_team(roots, "Alder", "A1")
    alder = schools.get_team(roots, a1).school_id
    a2 = schools.create_team(roots, alder, "A2")
    a3 = schools.create_team(roots, alder, "A3")
    assessed(a1, "2025-26", {"inclusivity": 2, "relationships": 3})
    assessed(a2, "2025-26", {"inclusivity": 3, "relationships": None})  # not agreed yet
    assessed(a3, "2025-26", {"inclusivity": 5})
    trash.delete(roots, "team", a3)  # a team in the trash counts for nothing
    assessed(a1, "2024-25", {"inclusivity": 1, "relationships": 3})
    b1 = schools.create_school_with_team(roots, "Birch", "B1")
    assessed(b1, "2025-26", {"inclusivity": 4})
    trash.delete(roots, "assessment", assessed(b1, "2025-26", {"inclusivity": 1}))
    assessed(b1, "2023-24", {"inclusivity": 1})  # two years back: no change to show
    cedar = schools.create_school_with_team(roots, "Cedar", "C1")
    assessed(cedar, "2024-25", {"inclusivity": 2})  # not assessed this year
    dogwood = schools.create_school_with_team(roots, "Dogwood", "D1")
    assessed(dogwood, "2025-26", {"welcoming-environment": 3}, "lausd-family-empowerment")

    district = compare.district(roots, "2025-26").district
    assert [s.name for s in district.schools] == ["Alder", "Birch"]
    alder_row, birch_row = district.schools
    # Alder: the median of A1's 2 and A2's 3; relationships from A1 alone (A2 agreed none).
    assert alder_row.levels == {"inclusivity": 2.5, "relationships": 3}
    assert alder_row.changes == {"inclusivity": 1.5, "relationships": 0}
    assert birch_row.levels == {"inclusivity": 4} and birch_row.changes == {}
    assert district.distribution["inclusivity"] == {2: 1, 4: 1}
    assert district.distribution["relationships"] == {3: 1}
    assert district.distribution["committed-leaders"] == {}
