"""Every path that changes an exchanged record raises its ``row_version``.

The export copies a record's last sent line while its version is the one it was sent at
(issue 14): a change that left the version as it was would send the old line, silently. The
ORM raises the version on every flush; these are the paths that write without it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from roots_app.domain.plan import Action
from roots_app.exchange.bundle_records import TABLES
from roots_app.services import assessments, bundles, demo, plans, schools, trash
from roots_app.services.context import Roots
from roots_app.storage.exchange_repo import table
from tests.conftest import laptop

Snapshot = dict[tuple[str, str], tuple[int, tuple[Any, ...]]]


def _snapshot(roots: Roots) -> Snapshot:
    """Each exchanged record's version and exchanged fields."""
    found: Snapshot = {}
    with roots.reading() as session:
        for spec in TABLES:
            if not spec.tracked:
                continue
            t = table(spec.name)
            query = select(t.c.row_version, *(t.c[c] for c in spec.names))
            for version, *values in session.execute(query):
                found[(spec.name, values[0])] = (version, tuple(values))
    return found


def _assert_changes_raised_versions(before: Snapshot, after: Snapshot) -> set[str]:
    """Every record whose fields changed has a higher version; returns the tables changed."""
    changed: set[str] = set()
    for key, (version, values) in after.items():
        if key in before and before[key][1] != values:
            changed.add(key[0])
            assert version > before[key][0], f"{key} changed but kept version {version}"
    return changed


def _plan(roots: Roots) -> tuple[str, str, str]:
    """A demo school whose first assessment has a focus area with an action: the ids of the
    school's first team's first assessment, the focus and the action."""
    demo.make_demo(roots, 1, 1, 4)
    info = assessments.list_assessments(roots)[0]
    loaded = assessments.load(roots, info.id)
    focus = plans.add_focus(roots, loaded, loaded.pack.categories[0].key, "Más familias")
    action = plans.save_action(roots, focus, Action("", "Café mensual"))
    return info.id, focus, action


@pytest.mark.parametrize(
    ("kind", "tables"),
    [
        ("school", {"schools", "teams", "assessments"}),
        ("team", {"teams", "assessments"}),
        ("assessment", {"assessments"}),
        ("focus", {"plan_focuses", "plan_actions"}),
        ("action", {"plan_actions"}),
    ],
)
def test_moving_to_the_trash_and_back_raises_the_versions(
    roots: Roots, kind: str, tables: set[str]
) -> None:
    assessment_id, focus, action = _plan(roots)
    school = schools.list_schools(roots)[0]
    ids = {
        "school": school.id,
        "team": school.teams[0].id,
        "assessment": assessment_id,
        "focus": focus,
        "action": action,
    }
    before = _snapshot(roots)
    trash.delete(roots, kind, ids[kind])
    moved = _snapshot(roots)
    assert _assert_changes_raised_versions(before, moved) == tables
    trash.restore(roots, kind, ids[kind])
    assert _assert_changes_raised_versions(moved, _snapshot(roots)) == tables


def test_a_change_imported_from_a_file_raises_the_version(roots: Roots, tmp_path: Path) -> None:
    demo.make_demo(roots, 1, 1, 4)
    path = tmp_path / "all.roots"
    bundles.export_bundle(roots, path, bundles.Scope())
    other = laptop(tmp_path / "other")
    try:
        bundles.import_bundle(other, path)
        team = schools.list_schools(other)[0].teams[0]
        members = [(m.id, m.display_name, m.role, m.active) for m in team.members]
        schools.update_team(other, team.id, "Equipo Nuevo", members)
        bundles.export_bundle(other, path, bundles.Scope())
    finally:
        other.close()
    before = _snapshot(roots)
    bundles.import_bundle(roots, path)
    assert _assert_changes_raised_versions(before, _snapshot(roots)) == {"teams"}
