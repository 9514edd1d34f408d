"""A whole-database export copies the lines a block of records was last sent as while none of
them changed (issue 14).

What is copied must be what encoding the record again would write: every test compares an
export with the lines kept to an export of the same data with them all dropped.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from roots_app.domain.assessment import TEAM
from roots_app.domain.plan import Action
from roots_app.services import assessments, bundles, demo, plans, schools, trash
from roots_app.services.bundles import Scope
from roots_app.services.context import Roots
from roots_app.storage import exchange_repo
from roots_app.storage.exchange_repo import table
from tests.conftest import laptop


def _data(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as bundle:
        return {n: bundle.read(n) for n in bundle.namelist() if n.startswith("data/")}


def _export(roots: Roots, path: Path, scope: Scope | None = None, names: bool = True) -> Path:
    bundles.export_bundle(roots, path, scope or Scope(), member_names=names)
    return path


def _kept(roots: Roots) -> dict[tuple[str, str], list[bytes]]:
    """Each kept block's lines, by (table, first id)."""
    sent = table("exchange_sent")
    with roots.reading() as session:
        rows = session.execute(select(sent.c.table_name, sent.c.first_id, sent.c.lines))
        return {(t, i): zlib.decompress(lines).split(b"\n")[:-1] for t, i, lines in rows}


def _mark(roots: Roots, name: str, record_id: str) -> bytes:
    """Replace a record's kept line with a marked one (in its block, still compressed): the
    marked line in an export shows the block was copied."""
    marked = b'{"id":"' + record_id.encode() + b'","copied":true}'
    sent = table("exchange_sent")
    for (t, first), lines in _kept(roots).items():
        if t != name:
            continue
        changed = [
            marked if b'"id":"' + record_id.encode() + b'"' in line else line for line in lines
        ]
        if changed != lines:
            with roots.transaction() as session:
                session.execute(
                    update(sent)
                    .where(sent.c.table_name == t, sent.c.first_id == first)
                    .values(lines=zlib.compress(b"\n".join(changed) + b"\n"))
                )
            return marked
    raise AssertionError(f"{record_id} kept in no block")


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
    # A line for every record sent but the untracked ones.
    assert sum(map(len, _kept(roots).values())) == _tracked_lines(first)
    assert _data(_export(roots, tmp_path / "second.roots")) == first
    assert _as_if_never_kept(roots, tmp_path) == first


def test_a_kept_block_is_copied_until_one_of_its_records_changes(
    roots: Roots, tmp_path: Path
) -> None:
    demo.make_demo(roots, 1, 1, 4)
    _export(roots, tmp_path / "first.roots")
    team = schools.list_schools(roots)[0].teams[0]
    marked = _mark(roots, "teams", team.id)
    assert marked in _data(_export(roots, tmp_path / "copied.roots"))["data/teams.jsonl"]
    _rename_team(roots, "Equipo Nuevo")
    teams = _data(_export(roots, tmp_path / "changed.roots"))["data/teams.jsonl"]
    assert marked not in teams and b"Equipo Nuevo" in teams
    # A block kept at another digest (another layout: an older Roots's records) is not copied.
    marked = _mark(roots, "teams", team.id)
    with roots.transaction() as session:
        sent = table("exchange_sent")
        session.execute(update(sent).where(sent.c.table_name == "teams").values(digest=b"older"))
    teams = _data(_export(roots, tmp_path / "layout.roots"))["data/teams.jsonl"]
    assert marked not in teams and b"Equipo Nuevo" in teams


def test_small_blocks_keep_their_places_as_records_come_and_go(
    roots: Roots, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Blocks of 3 records: a change writes its own block again, the others are copied; a
    block that grows past 3 is cut, one whose records are all gone is dropped."""
    monkeypatch.setattr(exchange_repo, "STREAM_BATCH", 3)
    demo.make_demo(roots, 6, 1, 4)
    first = _data(_export(roots, tmp_path / "first.roots"))
    assert _as_if_never_kept(roots, tmp_path) == first
    kept = _kept(roots)
    assert all(0 < len(lines) <= 3 for lines in kept.values())
    teams = sorted((t for s in schools.list_schools(roots) for t in s.teams), key=lambda t: t.id)
    assert sorted(len(lines) for (t, _), lines in kept.items() if t == "teams") == [3, 3]
    marked = _mark(roots, "teams", teams[0].id)
    _rename_team_of(roots, teams[-1].id, "Equipo Cambiado")  # in the other block
    data = _data(_export(roots, tmp_path / "changed.roots"))["data/teams.jsonl"]
    assert marked in data and b"Equipo Cambiado" in data
    # Added (wherever its id falls), and three schools' records removed for good: the same
    # records as encoding every one again (but the marked line, where its block was copied),
    # and no block kept for records that are gone.
    schools.create_team(roots, teams[0].school_id, "Equipo Nuevo")
    schools.create_team(roots, teams[1].school_id, "Equipo Otro")
    for team in teams[3:]:
        trash.delete(roots, "school", team.school_id)
        trash.remove_for_good(roots, "school", team.school_id)
    after = _data(_export(roots, tmp_path / "after.roots"))
    assert b"Equipo Nuevo" in after["data/teams.jsonl"]
    assert b"Equipo Cambiado" not in after["data/teams.jsonl"]
    kept = _kept(roots)
    assert all(0 < len(lines) <= 3 for lines in kept.values())
    assert sum(map(len, kept.values())) == _tracked_lines(after)
    fresh = _as_if_never_kept(roots, tmp_path)
    assert after.keys() == fresh.keys()
    for name, lines in after.items():
        assert [x for x in lines.split(b"\n") if x != marked] == [
            x
            for x in fresh[name].split(b"\n")
            if marked not in after[name] or teams[0].id.encode() not in x
        ]


def _tracked_lines(data: dict[str, bytes]) -> int:
    """The lines of an export kept in blocks: all but the untracked ``assessment_members``
    and the scans (their line is the image again)."""
    untracked = ("data/assessment_members.jsonl", "data/paper_evidence.jsonl")
    return sum(d.count(b"\n") for name, d in data.items() if name not in untracked)


def _rename_team_of(roots: Roots, team_id: str, name: str) -> None:
    team = schools.get_team(roots, team_id)
    members = [(m.id, m.display_name, m.role, m.active) for m in team.members]
    schools.update_team(roots, team_id, name, members)


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
