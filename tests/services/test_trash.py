"""Deleting is recoverable: the trash, putting things back, and emptying it deliberately."""

from __future__ import annotations

from pathlib import Path

import pytest

from roots_app.errors import NotFoundError
from roots_app.services import assessments, bundles, compare, demo, schools, trash
from roots_app.services.context import Roots
from tests.dbdump import dump


def test_a_deleted_school_disappears_and_comes_back_whole(roots: Roots) -> None:
    demo.make_demo(roots, 2, 2, 4)
    before = dump(roots)
    school = schools.list_schools(roots)[0]
    year = assessments.list_assessments(roots)[0].school_year
    trash.delete(roots, "school", school.id)
    assert school.id not in {s.id for s in schools.list_schools(roots)}
    assert all(i.school_id != school.id for i in assessments.list_assessments(roots))
    assert school.id not in {
        s["id"] for s in compare.district_json(compare.district(roots, year), "en")["schools"]
    }
    (item,) = trash.items(roots)  # the school, not each of its teams and assessments
    assert (item.kind, item.name) == ("school", school.name)
    trash.restore(roots, "school", school.id)
    assert trash.items(roots) == []
    restored = [line for line in dump(roots) if "2026" not in line]
    assert restored == [line for line in before if "2026" not in line]  # all but the times


def test_restoring_a_school_leaves_alone_what_was_deleted_before_it(roots: Roots) -> None:
    demo.make_demo(roots, 1, 2, 4)
    school = schools.list_schools(roots)[0]
    first, second = assessments.list_assessments(roots)
    trash.delete(roots, "assessment", first.id)
    trash.delete(roots, "school", school.id)
    assert [i.kind for i in trash.items(roots)] == ["school", "assessment"]
    trash.restore(roots, "school", school.id)
    assert [i.id for i in assessments.list_assessments(roots)] == [second.id]
    assert [i.kind for i in trash.items(roots)] == ["assessment"]


def test_putting_back_what_was_deleted_before_its_school_brings_back_the_school_alone(
    roots: Roots,
) -> None:
    # An assessment put back while its school was still in the trash was listed and counted
    # under a school Home hid, and left out of District: its school (and team) come back
    # with it, and only they; what was deleted with them stays in the trash.
    demo.make_demo(roots, 1, 2, 4)
    school = schools.list_schools(roots)[0]
    first, second = assessments.list_assessments(roots)
    trash.delete(roots, "assessment", first.id)
    trash.delete(roots, "school", school.id)
    trash.restore(roots, "assessment", first.id)
    assert [s.id for s in schools.list_schools(roots)] == [school.id]
    assert [i.id for i in assessments.list_assessments(roots)] == [first.id]
    district = compare.district(roots, first.school_year).district
    assert [s.school_id for s in district.schools] == [school.id]
    assert [(i.kind, i.id) for i in trash.items(roots)] == [("assessment", second.id)]
    trash.restore(roots, "assessment", second.id)
    assert {i.id for i in assessments.list_assessments(roots)} == {first.id, second.id}
    assert trash.items(roots) == []


def test_emptying_the_trash_removes_for_good_and_files_cannot_bring_it_back(
    roots: Roots, tmp_path: Path
) -> None:
    demo.make_demo(roots, 2, 1, 4)
    path = tmp_path / "before.roots"
    bundles.export_bundle(roots, path, bundles.Scope())
    gone = schools.list_schools(roots)[0]
    trash.delete(roots, "school", gone.id)
    assert trash.empty(roots) == 1
    assert trash.items(roots) == []
    with pytest.raises(NotFoundError):
        trash.restore(roots, "school", gone.id)
    bundles.import_bundle(roots, path)  # an old file that still has the school
    assert gone.id not in {s.id for s in schools.list_schools(roots)}
    assert len(schools.list_schools(roots)) == 1


def test_plan_focus_areas_and_actions_go_to_the_trash_too(roots: Roots, tmp_path: Path) -> None:
    from roots_app.domain.plan import Action
    from roots_app.services import plans

    demo.make_demo(roots, 1, 1, 4)
    info = assessments.list_assessments(roots)[0]
    loaded = assessments.load(roots, info.id)
    key = loaded.pack.categories[0].key
    focus = plans.add_focus(roots, loaded, key, "Más familias")
    plans.save_action(roots, focus, Action("", "Café mensual"))
    plans.save_action(roots, focus, Action("", "Intérpretes"))
    second = plans.get(roots, info.id).focuses[0].actions[1]
    plans.remove_action(roots, second.id)
    plans.remove_focus(roots, focus)
    assert plans.get(roots, info.id).focuses == ()
    path = tmp_path / "plan.roots"
    result = bundles.export_bundle(roots, path, bundles.Scope(assessments=(info.id,)))
    assert result.counts["plan_focuses"] == 0  # the trash stays on this computer
    kinds = [(i.kind, i.name) for i in trash.items(roots)]
    assert kinds[0][0] == "focus" and kinds[0][1].endswith("Más familias")
    assert kinds[1] == ("action", "Intérpretes")  # removed before, on its own
    # Choosing the category again brings the area back, with the actions that went with it.
    plans.add_focus(roots, assessments.load(roots, info.id), key)
    (back,) = plans.get(roots, info.id).focuses
    assert back.goal == "Más familias" and [a.description for a in back.actions] == ["Café mensual"]
    trash.restore(roots, "action", second.id)
    assert len(plans.get(roots, info.id).focuses[0].actions) == 2
    plans.remove_focus(roots, focus)
    assert trash.empty(roots) == 1
    assert plans.get(roots, info.id).focuses == ()
