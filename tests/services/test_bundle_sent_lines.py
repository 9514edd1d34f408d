"""An export copies the line a record was last sent as while the record is unchanged (issue 14).

What is copied must be what encoding the record again would write: every test compares an
export with the lines kept to an export of the same data with them all dropped.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from sqlalchemy import delete, select, update

from roots_app.domain.assessment import TEAM
from roots_app.domain.plan import Action
from roots_app.services import assessments, bundles, demo, plans, schools, trash
from roots_app.services.bundles import Scope
from roots_app.services.context import Roots
from roots_app.storage.exchange_repo import table
from tests.conftest import laptop


def _data(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as bundle:
        return {n: bundle.read(n) for n in bundle.namelist() if n.startswith("data/")}


def _export(roots: Roots, path: Path, scope: Scope | None = None, names: bool = True) -> Path:
    bundles.export_bundle(roots, path, scope or Scope(), member_names=names)
    return path


def _kept(roots: Roots) -> dict[tuple[str, str], bytes]:
    sent = table("exchange_sent")
    with roots.reading() as session:
        rows = session.execute(select(sent.c.table_name, sent.c.record_id, sent.c.line))
        return {(t, i): bytes(line) for t, i, line in rows if i}


def _as_if_never_kept(roots: Roots, tmp_path: Path, scope: Scope | None = None) -> dict:
    """What the export writes with no line kept (and keeps them again, as it would)."""
    with roots.transaction() as session:
        session.execute(delete(table("exchange_sent")))
    return _data(_export(roots, tmp_path / "fresh.roots", scope))


def _rename_team(roots: Roots, name: str) -> None:
    team = schools.list_schools(roots)[0].teams[0]
    members = [(m.id, m.display_name, m.role, m.active) for m in team.members]
    schools.update_team(roots, team.id, name, members)


def test_a_second_export_copies_every_line_and_writes_the_same_file(
    roots: Roots, tmp_path: Path
) -> None:
    demo.make_demo(roots, 2, 2, 4)
    first = _data(_export(roots, tmp_path / "first.roots"))
    kept = _kept(roots)
    records = sum(data.count(b"\n") for name, data in first.items() if "assessment_m" not in name)
    assert len(kept) == records  # a line for every record sent but the untracked ones
    assert _data(_export(roots, tmp_path / "second.roots")) == first
    assert _as_if_never_kept(roots, tmp_path) == first


def test_a_kept_line_is_copied_until_its_record_changes(roots: Roots, tmp_path: Path) -> None:
    demo.make_demo(roots, 1, 1, 4)
    _export(roots, tmp_path / "first.roots")
    team = schools.list_schools(roots)[0].teams[0]
    sent = table("exchange_sent")
    marked = b'{"id":"' + team.id.encode() + b'","copied":true}'
    with roots.transaction() as session:
        session.execute(update(sent).where(sent.c.record_id == team.id).values(line=marked))
    assert marked in _data(_export(roots, tmp_path / "copied.roots"))["data/teams.jsonl"]
    _rename_team(roots, "Equipo Nuevo")
    teams = _data(_export(roots, tmp_path / "changed.roots"))["data/teams.jsonl"]
    assert marked not in teams and b"Equipo Nuevo" in teams
    # Lines kept in another layout (an older Roots's records) are never copied.
    with roots.transaction() as session:
        session.execute(update(sent).where(sent.c.record_id == team.id).values(line=marked))
        session.execute(
            update(sent)
            .where(sent.c.table_name == "teams", sent.c.record_id == "")
            .values(line=b"an older layout")
        )
    teams = _data(_export(roots, tmp_path / "layout.roots"))["data/teams.jsonl"]
    assert marked not in teams and b"Equipo Nuevo" in teams


def test_every_change_is_in_the_next_export(roots: Roots, tmp_path: Path) -> None:
    """Edits, the trash, a carried-from link that cannot travel, a roles-only file and an
    import between two exports: the second writes what encoding every record again writes."""
    demo.make_demo(roots, 2, 2, 4)
    _export(roots, tmp_path / "before.roots")
    school = schools.list_schools(roots)[0]
    trash.delete(roots, "school", school.id)
    trash.restore(roots, "school", school.id)
    trash.delete(roots, "team", schools.list_schools(roots)[1].teams[0].id)
    _rename_team(roots, "Equipo Nuevo")
    last, this = sorted(
        (i for i in assessments.list_assessments(roots) if i.team_id == school.teams[0].id),
        key=lambda i: i.school_year,
    )[-2:]
    loaded = assessments.load(roots, this.id)
    key = loaded.pack.categories[0].key
    assessments.rate(roots, loaded, TEAM, key, 1, "Otra evidencia", "Por qué")
    old = assessments.load(roots, last.id)
    focus = plans.add_focus(roots, old, key, "Más familias")
    source = plans.save_action(roots, focus, Action("", "Café mensual"))
    plans.carry_forward(roots, assessments.load(roots, this.id))
    _export(roots, tmp_path / "linked.roots")
    plans.remove_action(roots, source)  # the carried action's link can no longer travel
    _export(roots, tmp_path / "roles.roots", names=False)
    other = laptop(tmp_path / "other")
    try:
        bundles.import_bundle(other, _export(roots, tmp_path / "out.roots"))
        _rename_team(other, "Equipo de Otro")
        bundles.import_bundle(roots, _export(other, tmp_path / "back.roots"))
    finally:
        other.close()
    for scope in (Scope(assessments=(this.id,)), Scope()):
        exported = _data(_export(roots, tmp_path / "after.roots", scope))
        assert b"Equipo de Otro" in exported["data/teams.jsonl"]
        assert _as_if_never_kept(roots, tmp_path, scope) == exported


def test_a_record_whose_history_changes_is_sent_with_its_new_history(
    roots: Roots, tmp_path: Path
) -> None:
    """An import can reorder a record's history without changing the record (an old file of
    it): its kept line had the old order."""
    demo.make_demo(roots, 1, 1, 4)
    oldest = _export(roots, tmp_path / "oldest.roots")
    for name in ("Equipo Dos", "Equipo Tres"):
        _rename_team(roots, name)
        _export(roots, tmp_path / "between.roots")
    bundles.import_bundle(roots, oldest)
    exported = _data(_export(roots, tmp_path / "after.roots"))
    assert _as_if_never_kept(roots, tmp_path) == exported
