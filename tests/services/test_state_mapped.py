"""The state view in LCFF terms: teams on CEI, PTA or Family Empowerment, mapped through the
crosswalk, against hand-computed medians (real databases through the migrations)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from roots_app.errors import BadInputError, NotFoundError
from roots_app.services import crosswalk, schools, state, trash
from roots_app.services.context import Roots
from tests.exchange.state_files import write
from tests.services.test_state import LAUSD, _agreed, _rows, _team

PTA, CEI, EMPOWER = "pta-national-standards", "cei-six-roots", "lausd-family-empowerment"


def _district(roots: Roots, tmp_path: Path) -> None:
    """LAUSD reported [4, 3, 3, 2, 5, -, 1, 2, 3, 4, 5, 3] for 2023-24; its teams:"""
    state.import_file(roots, write(tmp_path / "Pr32024.txt", 2024, _rows(2024)))
    north = schools.create_school(roots, "North Elementary")
    south = schools.create_school(roots, "South Middle")
    other = schools.create_school(roots, "Not in the LEA")
    for school in (north, south):
        state.set_school_lea(roots, school, LAUSD)
    lcff, pta, cei, empower = (
        _team(roots, north),
        _team(roots, north),
        _team(roots, south),
        _team(roots, south),
    )
    _agreed(roots, lcff, "2023-24", {0: 2})  # the LCFF team: practice 1 at 2
    # PTA (1-3): welcoming 2 -> 3 (practices 1, 2); communicating 3 -> 5 (practice 4).
    _agreed(roots, pta, "2023-24", {0: 2, 1: 3}, pack=PTA)
    # CEI (1-5): inclusivity 4 (practices 2, 3, 4, 11); community-friendly 2 (4 and 9).
    _agreed(roots, cei, "2023-24", {4: 4, 5: 2}, pack=CEI)
    # Empowerment (1-4): welcoming 4 -> 5 (practices 1, 2).
    _agreed(roots, empower, "2023-24", {0: 4}, pack=EMPOWER)
    _agreed(roots, cei, "2022-23", {0: 3}, pack=CEI)  # relationships 3 (practices 1, 5)
    _agreed(roots, _team(roots, other), "2023-24", {0: 1}, pack=PTA)  # not the LEA's
    trashed = _agreed(roots, pta, "2023-24", {0: 1}, pack=PTA)
    trash.delete(roots, "assessment", trashed)  # in the trash: not counted


def test_teams_on_other_rubrics_in_lcff_terms_against_hand_worked_medians(
    roots: Roots, tmp_path: Path
) -> None:
    _district(roots, tmp_path)
    plain = state.state_view(roots, LAUSD)
    assert [y.year for y in plain.years] == ["2023-24"]
    assert all(p.mapped is None for p in plain.years[0].practices)
    shipped, _ = crosswalk.current(roots)
    view = state.state_view(roots, LAUSD, mapped=shipped)
    assert [y.year for y in view.years] == ["2022-23", "2023-24"]  # a mapped year counts
    early, year = ({p.key: p for p in y.practices} for y in view.years)
    assert (
        early["staff-capacity-relationships"].mapped,
        early["welcoming-environments"].mapped,
    ) == (
        3.0,
        None,
    )
    got = {
        key: (p.mapped, p.mapped_count, p.mapped_packs, p.mapped_difference)
        for key, p in year.items()
        if p.mapped is not None
    }
    assert got == {
        # PTA 3, empowerment 5 -> 4; the state said 4.
        "staff-capacity-relationships": (4.0, 2, (EMPOWER, PTA), 0.0),
        # PTA 3, CEI 4, empowerment 5 -> 4; the state said 3.
        "welcoming-environments": (4.0, 3, (CEI, EMPOWER, PTA), -1.0),
        "family-strengths-cultures": (4.0, 1, (CEI,), -1.0),  # CEI inclusivity 4
        # PTA 5; CEI: median of inclusivity 4 and community-friendly 2 = 3 -> 4; state 2.
        "two-way-communication": (4.0, 2, (CEI, PTA), -2.0),
        "staff-capacity-decision-making": (2.0, 1, (CEI,), 1.0),  # community-friendly 2
        "input-from-all-families": (4.0, 1, (CEI,), 1.0),  # inclusivity 4; state 5
    }
    # The LCFF team's own median is untouched, and stays apart from the mapped one.
    first = year["staff-capacity-relationships"]
    assert (first.teams, first.teams_count, first.difference) == (2.0, 1, 2.0)
    document = state.view_json(view, state.practice_titles(roots, "es"), "es", (shipped, False))
    assert document["mapped"]["crosswalk"] == "roots-crosswalk@1.0.0"
    assert document["mapped"]["origin"] == "shipped"
    assert "no una oficial" in document["mapped"]["provenance"]
    practice = document["years"][1]["practices"][3]
    assert (practice["key"], practice["mapped"], practice["mapped_count"]) == (
        "two-way-communication",
        4,
        2,
    )
    assert practice["mapped_packs"] == [CEI, PTA] and practice["mapped_difference"] == -2
    assert "mapped" not in state.view_json(view, {}, "en")["years"][1]["practices"][0]


def test_a_districts_own_crosswalk_changes_what_is_mapped(roots: Roots, tmp_path: Path) -> None:
    _district(roots, tmp_path)
    data = json.loads(crosswalk.shipped()[1])
    # Its own reading: PTA's welcoming speaks to practice 2 only; nothing from CEI.
    data["links"] = [c for c in data["links"] if c["pack"] != CEI]
    data["links"][0]["practices"] = data["links"][0]["practices"][1:]
    (tmp_path / "ours.json").write_text(json.dumps(data), encoding="utf-8")
    crosswalk.import_file(roots, tmp_path / "ours.json")
    ours, imported = crosswalk.current(roots)
    assert imported
    view = state.state_view(roots, LAUSD, "2023-24", mapped=ours)
    (year,) = view.years
    got = {p.key: (p.mapped, p.mapped_count) for p in year.practices if p.mapped is not None}
    assert got == {
        "staff-capacity-relationships": (5.0, 1),  # empowerment 5 alone
        "welcoming-environments": (4.0, 2),  # PTA 3, empowerment 5
        "two-way-communication": (5.0, 1),  # PTA 5
    }


def test_the_mapped_columns_saved_in_the_table_headed_as_mapped(
    roots: Roots, tmp_path: Path
) -> None:
    _district(roots, tmp_path)
    shipped, _ = crosswalk.current(roots)
    state.export_view(roots, LAUSD, "2023-24", tmp_path / "lausd.csv", "es", mapped=shipped)
    text = (tmp_path / "lausd.csv").read_bytes().decode("utf-8-sig")
    head, *rows = csv.reader(io.StringIO(text))
    assert head[10:] == [
        "Otras rúbricas, por correspondencia (de Roots, no oficial)",
        "Equipos por correspondencia",
    ]
    assert (rows[0][2], rows[0][10:]) == ("4", ["4", "2"])  # practice 1: PTA 3, empowerment 5
    assert (rows[3][2], rows[3][10:]) == ("2", ["4", "2"])  # two-way communication
    assert rows[4][10:] == ["", "0"]  # practice 5: none mapped
    state.export_view(roots, LAUSD, "2023-24", tmp_path / "plain.csv", "en")
    plain = list(csv.reader(io.StringIO((tmp_path / "plain.csv").read_text("utf-8-sig"))))
    assert "mapped" not in ",".join(plain[0]) and len(plain[0]) == len(plain[1]) == 10


def test_one_schools_teams_beside_the_state_and_in_lcff_terms(roots: Roots, tmp_path: Path) -> None:
    _district(roots, tmp_path)
    ids = {s.name: s.id for s in schools.list_schools(roots)}
    shipped, _ = crosswalk.current(roots)
    north = state.state_view(roots, LAUSD, mapped=shipped, school=ids["North Elementary"])
    assert [y.year for y in north.years] == ["2023-24"]
    practices = {p.key: p for p in north.years[0].practices}
    first = practices["staff-capacity-relationships"]
    assert (first.teams, first.teams_count, first.difference) == (2.0, 1, 2.0)  # its LCFF team
    got = {
        key: (p.mapped, p.mapped_count, p.mapped_packs)
        for key, p in practices.items()
        if p.mapped is not None
    }
    # Its PTA team only (the one in the trash left out): welcoming 2 -> 3, communicating 3 -> 5.
    assert got == {
        "staff-capacity-relationships": (3.0, 1, (PTA,)),
        "welcoming-environments": (3.0, 1, (PTA,)),
        "two-way-communication": (5.0, 1, (PTA,)),
    }
    south = state.state_view(roots, LAUSD, mapped=shipped, school=ids["South Middle"])
    assert [y.year for y in south.years] == ["2022-23", "2023-24"]
    practices = {p.key: p for p in south.years[1].practices}
    assert practices["staff-capacity-relationships"].teams_count == 0  # no LCFF team there
    got = {key: (p.mapped, p.mapped_count) for key, p in practices.items() if p.mapped is not None}
    assert got == {
        "staff-capacity-relationships": (5.0, 1),  # empowerment welcoming 4 of 4
        "welcoming-environments": (4.5, 2),  # CEI inclusivity 4, empowerment 5
        "family-strengths-cultures": (4.0, 1),
        "two-way-communication": (3.0, 1),  # CEI: inclusivity 4, community-friendly 2
        "staff-capacity-decision-making": (2.0, 1),
        "input-from-all-families": (4.0, 1),
    }
    with pytest.raises(BadInputError, match="Not in the LEA is not a school of Los Angeles"):
        state.state_view(roots, LAUSD, school=ids["Not in the LEA"])
    with pytest.raises(NotFoundError, match="There is no school with id nope"):
        state.state_view(roots, LAUSD, school="nope")
    table = tmp_path / "north.csv"
    state.export_view(roots, LAUSD, None, table, "en", shipped, ids["North Elementary"])
    rows = list(csv.reader(io.StringIO(table.read_bytes().decode("utf-8-sig"))))
    assert (rows[1][3], rows[1][4], rows[1][-2], rows[1][-1]) == ("2", "1", "3", "1")
