"""Moving to the district database (copy-to) carries the state data: LEAs, the state's results
and ratings, each school's LEA and own CDS code, and an imported crosswalk (issue 19).

The laptop is a SQLite file built by the migrations; the target is the test's database (SQLite,
and PostgreSQL too when the suite runs it: copy-to's main use).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from roots_app.domain.merge import Outcome
from roots_app.domain.state_report import Performance
from roots_app.services import backups, bundles, crosswalk, schools, state
from roots_app.services.context import Roots
from tests.conftest import laptop as other_computer
from tests.dbdump import dump
from tests.exchange.state_files import result, write

LAUSD, CHARTER, OAKLAND = "19647330000000", "19647331933738", "01612590000000"
OWN = "19647336018634"


@pytest.fixture
def source(tmp_path: Path, migrated_template: Path) -> Iterator[Roots]:
    opened = other_computer(tmp_path / "laptop", migrated_template)
    yield opened
    opened.close()


def _import(roots: Roots, folder: Path, year: int, rows: list[Any]) -> None:
    state.import_file(roots, write(folder / f"Pr3{year}-{len(rows)}.txt", year, rows))


def _crosswalk_file(folder: Path, version: str, drop: int = 0) -> Path:
    data = json.loads(crosswalk.shipped()[1])
    data["version"] = version
    data["links"] = data["links"][drop:]
    path = folder / f"crosswalk-{version}-{drop}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _state_data(roots: Roots, school_ids: list[str]) -> dict[str, Any]:
    """Everything the state service says, without the database's own ids."""
    leas = state.lea_overview(roots)
    return {
        "leas": [(lea.cds_code, lea.name, lea.kind, years, n) for lea, years, n in leas],
        "views": {lea.cds_code: state.state_view(roots, lea.cds_code).years for lea, _, _ in leas},
        "schools": {
            school: (name, lea and lea.cds_code, own)
            for school in school_ids
            for name, lea, own in [state.school_links(roots, school)]
        },
        "crosswalk": crosswalk.current(roots),
    }


def test_copy_to_carries_leas_results_school_links_and_the_crosswalk(
    roots: Roots, source: Roots, tmp_path: Path
) -> None:
    for year, first in ((2023, 2), (2024, 4)):
        _import(
            source,
            tmp_path,
            year,
            [
                result(
                    LAUSD, "Los Angeles Unified", year, [first, 3, 3, 2, 5, 0, 1, 2, 3, 4, 5, 3]
                ),
                result(CHARTER, "Academia Charter", year, [2] * 12, "", Performance.NOT_MET),
            ],
        )
    mendez = schools.create_school(source, "Sylvia Mendez")
    academia = schools.create_school(source, "Academia")
    plain = schools.create_school(source, "Lincoln")
    state.link_school(source, mendez, LAUSD, OWN)
    state.link_school(source, academia, CHARTER, None)
    crosswalk.import_file(source, _crosswalk_file(tmp_path, "1.1.0", drop=2))
    # The district already knows another LEA: it keeps it.
    _import(roots, tmp_path, 2024, [result(OAKLAND, "Oakland Unified", 2024, [3] * 12)])
    kept = _state_data(roots, [])["leas"]

    report = bundles.copy_database(source, roots)

    assert report.imported.total(Outcome.ADDED) > 0 and report.state is not None
    copied = report.state
    assert (copied.leas_added, copied.results) == (2, {"new": 4, "updated": 0, "unchanged": 0})
    assert (copied.schools_linked, copied.schools_unchanged) == (2, 0)
    assert copied.crosswalk == "copied"
    ids = [mendez, academia, plain]
    here, there = _state_data(roots, ids), _state_data(source, ids)
    assert here["leas"] == sorted(there["leas"] + kept, key=lambda one: (one[1], one[0]))
    assert {c: v for c, v in here["views"].items() if c != OAKLAND} == there["views"]
    assert (
        here["schools"]
        == there["schools"]
        == {
            mendez: ("Sylvia Mendez", LAUSD, OWN),
            academia: ("Academia", CHARTER, None),
            plain: ("Lincoln", None, None),
        }
    )
    assert here["crosswalk"] == there["crosswalk"]
    assert here["crosswalk"][0].version == "1.1.0" and here["crosswalk"][1] is True
    json_report = report.to_json()
    assert json_report["applied"] is True and json_report["state"]["leas_added"] == 2

    before, taken = dump(roots), len(backups.list_backups(roots))
    again = bundles.copy_database(source, roots)
    assert dump(roots) == before
    assert len(backups.list_backups(roots)) == taken  # nothing to change: no backup either
    assert again.state is not None
    assert (again.state.leas_added, again.state.results) == (
        0,
        {"new": 0, "updated": 0, "unchanged": 4},
    )
    assert (again.state.schools_linked, again.state.schools_unchanged) == (0, 2)
    assert again.state.crosswalk == "unchanged"


def test_copy_to_updates_by_the_import_rules_and_keeps_what_only_the_target_has(
    roots: Roots, source: Roots, tmp_path: Path, backend: str
) -> None:
    """A reissued row updates; a school the laptop left unlinked keeps the district's link; a
    crosswalk of an older version does not replace the district's newer one."""
    _import(source, tmp_path, 2024, [result(LAUSD, "LA Unified", 2024, [4] * 12)])
    mendez = schools.create_school(source, "Sylvia Mendez")
    bundles.copy_database(source, roots)
    _import(roots, tmp_path, 2023, [result(LAUSD, "Los Angeles USD", 2023, [1] * 12)])
    state.link_school(roots, mendez, LAUSD, OWN)
    crosswalk.import_file(roots, _crosswalk_file(tmp_path, "2.0.0"))
    # The laptop imports a reissued 2024 file and an older crosswalk.
    _import(source, tmp_path, 2024, [result(LAUSD, "Los Angeles Unified", 2024, [5] * 12)])
    crosswalk.import_file(source, _crosswalk_file(tmp_path, "1.5.0", drop=1))

    copied = bundles.copy_database(source, roots).state

    assert copied is not None
    assert copied.results == {"new": 0, "updated": 1, "unchanged": 0}
    assert (copied.schools_linked, copied.schools_unchanged, copied.crosswalk) == (0, 0, "kept")
    view = state.state_view(roots, LAUSD)
    assert [(y.year, y.practices[0].state) for y in view.years] == [("2022-23", 1), ("2023-24", 5)]
    assert view.lea.name == "Los Angeles Unified"  # named by its newest year's row
    assert state.school_links(roots, mendez)[1:] == (state.find_lea(roots, LAUSD), OWN)
    assert crosswalk.current(roots)[0].version == "2.0.0"
    # A newer crosswalk on the laptop replaces the district's.
    crosswalk.import_file(source, _crosswalk_file(tmp_path, "2.1.0", drop=3))
    taken = len(backups.list_backups(roots))
    assert bundles.copy_database(source, roots).state.crosswalk == "copied"  # type: ignore[union-attr]
    # The records changed nothing, the state copy did: it took the backup (a SQLite file).
    assert len(backups.list_backups(roots)) == taken + (backend == "sqlite")
    assert crosswalk.current(roots) == crosswalk.current(source)


def test_a_dry_run_copies_no_state_data(roots: Roots, source: Roots, tmp_path: Path) -> None:
    _import(source, tmp_path, 2024, [result(LAUSD, "LA Unified", 2024, [4] * 12)])
    before = dump(roots)
    report = bundles.copy_database(source, roots, dry_run=True)
    assert report.state is None and report.to_json()["state"] is None
    assert dump(roots) == before


def test_a_crosswalk_naming_a_pack_the_target_lacks_is_not_copied_and_says_why(
    roots: Roots, source: Roots, tmp_path: Path
) -> None:
    """Only the packs assessments use travel with the records: a crosswalk linking a pack
    version installed only on the laptop would not fit the district's packs."""
    from roots_app.services import rubrics
    from tests import pack_versions

    rubrics.import_file(source, pack_versions.write(pack_versions.cei_2_0_0(), tmp_path))
    data = json.loads(crosswalk.shipped()[1])
    data["version"] = "3.0.0"
    link = {**data["links"][0], "category": "family-voice", "versions": {"from": "2.0.0"}}
    data["links"].append(link)
    path = tmp_path / "with-2.0.0.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    crosswalk.import_file(source, path)

    copied = bundles.copy_database(source, roots).state

    assert copied is not None and copied.crosswalk == "refused"
    assert copied.crosswalk_problem.startswith("The crosswalk roots-crosswalk is not valid. links[")
    assert "no installed version of cei-six-roots is in this range" in copied.crosswalk_problem
    assert crosswalk.current(roots) == (crosswalk.shipped()[0], False)


def test_a_copy_that_fails_in_the_state_data_leaves_the_target_as_it_was(
    roots: Roots, source: Roots, tmp_path: Path, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """All or nothing: the target's database refusing the state data's last write (its disk
    full) after the records, LEAs and results went in leaves no record behind; the backup
    taken before the first write stays; once the disk has room, copying again brings it all."""
    from roots_app.errors import CopyError, DiskFullError
    from roots_app.storage import state_repo

    _import(source, tmp_path, 2024, [result(LAUSD, "LA Unified", 2024, [4] * 12)])
    mendez = schools.create_school(source, "Sylvia Mendez")
    state.link_school(source, mendez, LAUSD, OWN)
    before, taken = dump(roots), len(backups.list_backups(roots))

    def disk_full(*_args: object) -> None:
        raise DiskFullError("The disk is full, so nothing was saved. Free some space.")

    with monkeypatch.context() as patched:
        patched.setattr(state_repo, "relink_schools", disk_full)
        with pytest.raises(CopyError) as failed:
            bundles.copy_database(source, roots)

    assert dump(roots) == before  # no school, no LEA, no result: exactly as it was
    assert isinstance(failed.value.cause, DiskFullError)
    assert str(failed.value) == (
        "copy-to copied nothing: the target database is as it was. What happened: The disk is "
        "full, so nothing was saved. Free some space. Put that right, then run copy-to again."
    )
    assert len(backups.list_backups(roots)) == taken + (backend == "sqlite")
    copied = bundles.copy_database(source, roots)
    assert copied.imported.total(Outcome.ADDED) > 0 and copied.state is not None
    assert (copied.state.leas_added, copied.state.schools_linked) == (1, 1)
    assert _state_data(roots, [mendez]) == _state_data(source, [mendez])


def test_a_crosswalk_naming_a_pack_that_arrives_with_the_records_is_copied(
    roots: Roots, source: Roots, tmp_path: Path
) -> None:
    """The crosswalk is checked against the target's packs as the copy's own transaction sees
    them: a pack version an assessment uses travels with the records, so a crosswalk linking
    it fits, though the target had not installed it before."""
    from roots_app.services import assessments, rubrics
    from tests import pack_versions

    rubrics.import_file(source, pack_versions.write(pack_versions.cei_2_0_0(), tmp_path))
    team = schools.create_team(source, schools.create_school(source, "Mendez"), "FAT", [])
    assessments.start(source, team, "cei-six-roots", "2025-26", [], pack_version="2.0.0")
    data = json.loads(crosswalk.shipped()[1])
    data["version"] = "3.0.0"
    data["links"].append(
        {**data["links"][0], "category": "family-voice", "versions": {"from": "2.0.0"}}
    )
    path = tmp_path / "with-2.0.0.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    crosswalk.import_file(source, path)
    assert "2.0.0" not in {p.version for p in rubrics.installed(roots, every_version=True)}

    copied = bundles.copy_database(source, roots)

    assert copied.imported.packs_installed and copied.state is not None
    assert (copied.state.crosswalk, copied.state.crosswalk_problem) == ("copied", "")
    assert crosswalk.current(roots) == crosswalk.current(source)


@contextmanager
def _refusing_new_leas(roots: Roots) -> Iterator[None]:
    """The target's database refuses every new LEA (a rule of its own, as a trigger), until
    the block ends: the PostgreSQL tests share one database, emptied but keeping its schema."""
    _refuse_new_leas(roots)
    try:
        yield
    finally:
        with roots.db.engine.begin() as connection:
            connection.exec_driver_sql(
                "DROP TRIGGER no_new_lea"
                if connection.dialect.name == "sqlite"
                else "DROP TRIGGER no_new_lea ON leas; DROP FUNCTION no_new_lea()"
            )


def _refuse_new_leas(roots: Roots) -> None:
    with roots.db.engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql(
                "CREATE TRIGGER no_new_lea BEFORE INSERT ON leas "
                "BEGIN SELECT RAISE(ABORT, 'no new LEA here'); END"
            )
        else:
            connection.exec_driver_sql(
                "CREATE FUNCTION no_new_lea() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "RAISE EXCEPTION 'no new LEA here' USING ERRCODE = 'check_violation'; END $$"
            )
            connection.exec_driver_sql(
                "CREATE TRIGGER no_new_lea BEFORE INSERT ON leas "
                "FOR EACH ROW EXECUTE FUNCTION no_new_lea()"
            )


def test_a_state_row_the_target_refuses_leaves_no_record_behind(
    roots: Roots, source: Roots, tmp_path: Path
) -> None:
    """The target's database itself refuses the state data's first LEA, after the records went
    in: nothing is copied, and the sentence gives the database's own words."""
    from roots_app.errors import BadInputError, CopyError

    _import(source, tmp_path, 2024, [result(LAUSD, "LA Unified", 2024, [4] * 12)])
    schools.create_school(source, "Sylvia Mendez")
    with _refusing_new_leas(roots):
        before = dump(roots)
        with pytest.raises(CopyError) as failed:
            bundles.copy_database(source, roots)

    assert dump(roots) == before
    assert isinstance(failed.value.cause, BadInputError)
    assert str(failed.value).startswith(
        "copy-to copied nothing: the target database is as it was. What happened: A record of "
        "this database does not fit the target database ("
    )
    assert "no new LEA here" in str(failed.value)
    assert str(failed.value).endswith("). Put that right, then run copy-to again.")
