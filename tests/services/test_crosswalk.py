"""The crosswalk in use: the shipped one until a district imports its own, which is kept in
the database in its place; a bad file changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from roots_app.errors import CrosswalkError
from roots_app.services import crosswalk, rubrics
from roots_app.services.context import Roots
from tests.dbdump import dump


def test_the_shipped_crosswalk_until_a_district_imports_its_own(
    roots: Roots, tmp_path: Path
) -> None:
    found, imported = crosswalk.current(roots)
    assert (found.id, imported) == ("roots-crosswalk", False)
    exported = crosswalk.export_file(roots, tmp_path / "mine.json")
    shipped_text = crosswalk.shipped()[1]
    assert exported.read_text(encoding="utf-8") == shipped_text
    data = json.loads(shipped_text)
    data["version"] = "1.1.0"
    data["links"] = [c for c in data["links"] if c["pack"] == "pta-national-standards"]
    data["links"][0]["practices"] = data["links"][0]["practices"][1:]  # welcoming: practice 2 only
    (tmp_path / "mine.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    packs_before = rubrics.versions(roots)
    crosswalk.import_file(roots, tmp_path / "mine.json")
    found, imported = crosswalk.current(roots)
    assert (found.version, imported, found.packs) == ("1.1.0", True, ("pta-national-standards",))
    assert found.practices("pta-national-standards", "1.0.2", "welcoming-all-families") == (
        "welcoming-environments",
    )
    assert found.practices("cei-six-roots", "1.0.2", "relationships") == ()
    # Kept where packs are kept, yet never listed as a pack.
    assert rubrics.versions(roots) == packs_before
    assert all(":" not in p.id for p in rubrics.installed(roots, every_version=True))
    # Exported again: what was imported; imported once more: still one crosswalk.
    again = crosswalk.export_file(roots, tmp_path / "again.json")
    assert json.loads(again.read_text(encoding="utf-8")) == data
    data["version"] = "1.2.0"
    (tmp_path / "mine.json").write_text(json.dumps(data), encoding="utf-8")
    crosswalk.import_file(roots, tmp_path / "mine.json")
    assert crosswalk.current(roots)[0].version == "1.2.0"


def test_a_bad_crosswalk_file_says_where_and_changes_nothing(roots: Roots, tmp_path: Path) -> None:
    data = json.loads(crosswalk.shipped()[1])
    data["links"][2]["category"] = "no-such-root"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    pack = tmp_path / "pack.json"
    rubric = next(c for p, c in rubrics.bundled() if p.id == "cei-six-roots")
    pack.write_text(rubric, encoding="utf-8")
    before = dump(roots)
    with pytest.raises(CrosswalkError) as caught:
        crosswalk.import_file(roots, bad)
    assert caught.value.problems == [
        ("links[2].category", "cei-six-roots has no category 'no-such-root' (any version)")
    ]
    with pytest.raises(CrosswalkError, match="a rubric pack, not a crosswalk"):
        crosswalk.import_file(roots, pack)
    with pytest.raises(CrosswalkError, match="There is no file"):
        crosswalk.import_file(roots, tmp_path / "missing.json")
    assert dump(roots) == before
    assert crosswalk.current(roots)[1] is False
