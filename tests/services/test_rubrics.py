"""Installing rubric packs: new versions added, the same file twice is a no-op, bad ones refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from roots_app.errors import NotFoundError, PackError
from roots_app.exchange import pack_file
from roots_app.services import assessments, rubrics, trash
from roots_app.services.context import Roots
from tests import pack_versions
from tests.conftest import laptop

RUBRICS = Path(__file__).resolve().parents[2] / "resources" / "rubrics"


def _variant(tmp_path: Path, version: str, title: str) -> Path:
    data = json.loads((RUBRICS / "pta-national-standards.json").read_text(encoding="utf-8"))
    data["version"] = version
    data["categories"][0]["title"]["en"] = title
    path = tmp_path / f"pta-{version}-{len(title)}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_four_packs_are_installed(roots: Roots) -> None:
    assert [p.id for p in rubrics.installed(roots)] == [
        "cei-six-roots",
        "lausd-family-empowerment",
        "lcff-priority-3",
        "pta-national-standards",
    ]


def test_new_version_is_added_and_old_assessments_keep_theirs(
    roots: Roots, team: tuple[str, list[str]], tmp_path: Path
) -> None:
    team_id, members = team
    old = assessments.start(roots, team_id, "pta-national-standards", "2024-25", members)
    rubrics.import_file(roots, _variant(tmp_path, "1.1.0", "Welcoming Every Family"))
    assert rubrics.find(roots, "pta-national-standards")[0].version == "1.1.0"
    new = assessments.start(roots, team_id, "pta-national-standards", "2025-26", members)
    assert assessments.load(roots, new).pack.categories[0].title["en"] == "Welcoming Every Family"
    old_pack = assessments.load(roots, old).pack
    assert old_pack.version == "1.0.2"
    assert old_pack.categories[0].title["en"] == "Welcoming All Families into the School Community"


def test_importing_the_same_file_twice_changes_nothing(roots: Roots, tmp_path: Path) -> None:
    path = _variant(tmp_path, "2.0.0", "Same")
    rubrics.import_file(roots, path)
    rubrics.import_file(roots, path)
    versions = [
        p.version
        for p in rubrics.installed(roots, every_version=True)
        if p.id == "pta-national-standards"
    ]
    assert versions == ["1.0.2", "2.0.0"]


def test_same_version_with_other_content_is_refused(roots: Roots, tmp_path: Path) -> None:
    with pytest.raises(PackError, match="already installed"):
        rubrics.import_file(roots, _variant(tmp_path, "1.0.2", "Changed without a new version"))
    assert len(rubrics.installed(roots, every_version=True)) == 4


def test_bad_pack_installs_nothing(roots: Roots, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    data = json.loads((RUBRICS / "cei-six-roots.json").read_text(encoding="utf-8"))
    data["version"] = "9.0.0"
    del data["levels"][0]["label"]["es"]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PackError) as caught:
        rubrics.import_file(roots, path)
    assert caught.value.problems == [("levels[0].label.es", "the es text is missing or empty")]
    assert len(rubrics.installed(roots, every_version=True)) == 4


def test_deeply_nested_pack_installs_nothing(roots: Roots, tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"id":' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    with pytest.raises(PackError, match="nested far too deeply"):
        rubrics.import_file(roots, path)
    with pytest.raises(PackError, match="nested far too deeply"):
        rubrics.validate_file(path)
    assert len(rubrics.installed(roots, every_version=True)) == 4


def test_versions_list_every_pack_version_with_its_assessments(
    roots: Roots, team: tuple[str, list[str]], tmp_path: Path
) -> None:
    team_id, members = team
    assessments.start(roots, team_id, "pta-national-standards", "2024-25", members)
    trashed = assessments.start(roots, team_id, "pta-national-standards", "2023-24", members)
    trash.delete(roots, "assessment", trashed)
    rubrics.import_file(roots, _variant(tmp_path, "2.0.0", "Welcoming Every Family"))
    listed = {v.ref: (v.origin, v.assessments) for v in rubrics.versions(roots)}
    assert listed == {
        "cei-six-roots@1.0.2": (rubrics.Origin.SHIPPED, 0),
        "lausd-family-empowerment@1.0.2": (rubrics.Origin.SHIPPED, 0),
        "lcff-priority-3@1.0.2": (rubrics.Origin.SHIPPED, 0),
        "pta-national-standards@1.0.2": (rubrics.Origin.SHIPPED, 1),  # the trashed one not
        "pta-national-standards@2.0.0": (rubrics.Origin.IMPORTED, 0),
    }
    pta = next(v for v in rubrics.versions(roots) if v.ref == "pta-national-standards@1.0.2")
    assert "Assessment Guide" in pta.provenance["en"]


def test_a_version_only_assessments_keep_is_listed_as_kept(roots: Roots) -> None:
    """After an update ships a new version, the one old assessments were scored on stays."""
    data = json.loads((RUBRICS / "lcff-priority-3.json").read_text(encoding="utf-8"))
    data["version"] = "1.0.1"
    old = pack_file.validate(data)
    with roots.transaction() as session:
        rubrics.snapshot(session, old, json.dumps(data))
    kept = [v for v in rubrics.versions(roots) if v.id == "lcff-priority-3"]
    assert [(v.version, v.origin) for v in kept] == [
        ("1.0.1", rubrics.Origin.KEPT),
        ("1.0.2", rubrics.Origin.SHIPPED),
    ]


def test_an_exported_pack_imports_elsewhere_identical(roots: Roots, tmp_path: Path) -> None:
    source = _variant(tmp_path, "2.0.0", "Welcoming Every Family")
    rubrics.import_file(roots, source)
    for ref in ("pta-national-standards@2.0.0", "cei-six-roots@1.0.2"):
        pack_id, version = ref.split("@")
        out = rubrics.export_file(roots, pack_id, version, tmp_path / "out" / f"{pack_id}.json")
        other = laptop(tmp_path / f"other-{pack_id}")
        try:
            again = rubrics.import_file(other, out)
            assert (
                rubrics.find(other, pack_id, version)[0] == rubrics.find(roots, pack_id, version)[0]
            )
            assert again.content_hash == rubrics.find(roots, pack_id, version)[0].content_hash
        finally:
            other.close()
    shipped = (RUBRICS / "cei-six-roots.json").read_text(encoding="utf-8")
    assert (tmp_path / "out" / "cei-six-roots.json").read_text(encoding="utf-8") == shipped


def test_exporting_a_pack_that_is_not_here_says_so(roots: Roots, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match=r"No rubric pack cei-six-roots@9\.9\.9"):
        rubrics.export_file(roots, "cei-six-roots", "9.9.9", tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()


def test_a_lineage_is_checked_against_the_installed_version_it_continues(
    roots: Roots, tmp_path: Path
) -> None:
    pack = rubrics.import_file(roots, pack_versions.write(pack_versions.cei_2_0_0(), tmp_path))
    assert pack.lineage is not None and pack.lineage.sources("shared-expertise") == (
        "families-as-experts",
        "engagement-expertise",
    )
    assert rubrics.unchecked_lineage(roots, pack) is None  # 1.0.2 is shipped: checked


def test_a_lineage_naming_categories_the_previous_version_lacks_is_refused(
    roots: Roots, tmp_path: Path
) -> None:
    data = pack_versions.cei_2_0_0()
    data["lineage"]["categories"][1]["from"] = ["families-as-experts", "expertise"]
    data["lineage"]["categories"][3]["from"] = ["leaders"]
    with pytest.raises(PackError) as caught:
        rubrics.import_file(roots, pack_versions.write(data, tmp_path))
    assert caught.value.problems == [
        ("lineage.categories[1].from", "version 1.0.2 has no category 'expertise'"),
        ("lineage.categories[3].from", "version 1.0.2 has no category 'leaders'"),
    ]
    assert "2.0.0" not in {p.version for p in rubrics.installed(roots, every_version=True)}


def test_a_lineage_whose_previous_version_is_not_installed_is_accepted_with_a_note(
    roots: Roots, tmp_path: Path
) -> None:
    data = pack_versions.cei_2_0_0(previous_version="1.5.0")
    data["lineage"]["categories"][0]["from"] = ["whatever-1-5-had"]
    pack = rubrics.import_file(roots, pack_versions.write(data, tmp_path))
    assert rubrics.find(roots, "cei-six-roots")[0].version == "2.0.0"
    assert rubrics.unchecked_lineage(roots, pack) == (
        "cei-six-roots@2.0.0 continues version 1.5.0, which is not installed here: how its "
        "categories follow from that version's was not checked."
    )
