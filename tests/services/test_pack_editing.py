"""The editor's Qt-free half: a pack written back as pack file data, the starting points (a
new version, a copy, a blank pack), the lineage a new version gets, and saving a version."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from roots_app.errors import PackError
from roots_app.exchange import pack_file
from roots_app.services import assessments, rubrics
from roots_app.services.context import Roots
from tests.conftest import laptop

RUBRICS = Path(__file__).resolve().parents[2] / "resources" / "rubrics"
PTA = "pta-national-standards"


@pytest.mark.parametrize("path", sorted(RUBRICS.glob("*.json")), ids=lambda p: p.stem)
def test_every_shipped_pack_is_written_back_as_it_was(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    pack = pack_file.validate(data)
    written = pack_file.pack_to_data(pack)
    assert written == data
    assert pack_file.content_hash(written) == pack.content_hash
    assert list(written) == list(data)  # the same field order as the shipped files


def test_a_lineage_is_written_back_too() -> None:
    data = json.loads((RUBRICS / f"{PTA}.json").read_text(encoding="utf-8"))
    data["version"] = "1.1.0"
    data["lineage"] = {
        "previous_version": "1.0.2",
        "categories": [{"key": data["categories"][0]["key"], "from": [], "reworded": True}],
    }
    assert pack_file.pack_to_data(pack_file.validate(data)) == data


def test_a_new_version_takes_the_next_free_number(roots: Roots) -> None:
    assert rubrics.bumped("1.0.2") == "1.1.0"
    assert rubrics.bumped("1.0.2", "patch") == "1.0.3"
    assert rubrics.bumped("1.4.2", "major") == "2.0.0"
    first = rubrics.start_new_version(roots, PTA, "1.0.2")
    assert first["version"] == "1.1.0"
    assert all(c[rubrics.ORIGIN] == [c["key"]] for c in first["categories"])
    rubrics.save_new_version(roots, rubrics.finish(first, rubrics.data_of(roots, PTA, "1.0.2")))
    assert rubrics.start_new_version(roots, PTA, "1.0.2")["version"] == "1.2.0"


def test_an_unchanged_new_version_has_no_lineage(roots: Roots) -> None:
    previous = rubrics.data_of(roots, PTA, "1.0.2")
    done = rubrics.finish(rubrics.start_new_version(roots, PTA, "1.0.2"), previous)
    assert "lineage" not in done
    assert all(rubrics.ORIGIN not in c for c in done["categories"])


def test_renames_merges_new_categories_and_rewording_make_the_lineage(roots: Roots) -> None:
    previous = rubrics.data_of(roots, PTA, "1.0.2")
    keys = [c["key"] for c in previous["categories"]]
    data = rubrics.start_new_version(roots, PTA, "1.0.2")
    cats = data["categories"]
    cats[0]["key"] = "welcome"  # renamed: the same source
    cats[1]["title"]["es"] = "Otra redacción"  # reworded
    cats[2][rubrics.ORIGIN] += cats[3][rubrics.ORIGIN]  # merged: two sources
    del cats[3]
    cats.append(rubrics.blank_category("new-one", [1, 2, 3]))
    done = rubrics.finish(data, previous)
    assert done["lineage"] == {
        "previous_version": "1.0.2",
        "categories": [
            {"key": "welcome", "from": [keys[0]]},
            {"key": keys[1], "from": [keys[1]], "reworded": True},
            {"key": keys[2], "from": [keys[2], keys[3]], "reworded": True},
            {"key": "new-one", "from": []},
        ],
    }


def test_a_blank_pack_fails_until_its_texts_are_typed(roots: Roots) -> None:
    data = rubrics.finish(rubrics.start_blank(roots), None)
    with pytest.raises(PackError) as refused:
        rubrics.save_new_version(roots, data)
    paths = [p for p, _ in refused.value.problems]
    assert "title.en" in paths and "categories[0].descriptors.3.es" in paths
    assert "new-rubric" not in {p.id for p in rubrics.installed(roots)}


def _saved(roots: Roots) -> tuple[dict[str, Any], Any]:
    previous = rubrics.data_of(roots, PTA, "1.0.2")
    data = rubrics.start_new_version(roots, PTA, "1.0.2")
    data["categories"][0]["title"] = {"en": "Welcome", "es": "Bienvenida"}
    done = rubrics.finish(data, previous)
    return done, rubrics.save_new_version(roots, done)


def test_a_saved_version_is_installed_and_scored_on(
    roots: Roots, team: tuple[str, list[str]]
) -> None:
    done, pack = _saved(roots)
    assert pack.ref == f"{PTA}@1.1.0"
    assert pack.lineage is not None and pack.lineage.reworded(done["categories"][0]["key"])
    assert rubrics.find(roots, PTA)[0].content_hash == pack.content_hash
    team_id, members = team
    started = assessments.start(roots, team_id, PTA, "2025-26", members)
    assert assessments.load(roots, started).pack.categories[0].title["es"] == "Bienvenida"
    assert rubrics.data_of(roots, PTA, "1.1.0") == done


def test_a_version_already_installed_is_refused(roots: Roots) -> None:
    done, _ = _saved(roots)
    done["categories"][1]["title"]["en"] = "Something else"
    with pytest.raises(PackError) as refused:
        rubrics.save_new_version(roots, done)
    assert refused.value.problems == [("version", "give the changed pack a new version number")]
    shipped = rubrics.data_of(roots, PTA, "1.0.2")
    with pytest.raises(PackError):
        rubrics.save_new_version(roots, shipped)


def test_a_lineage_naming_no_earlier_category_is_refused(roots: Roots) -> None:
    data = rubrics.start_new_version(roots, PTA, "1.0.2")
    data["categories"][0][rubrics.ORIGIN] = ["no-such-category"]
    done = rubrics.finish(data, rubrics.data_of(roots, PTA, "1.0.2"))
    with pytest.raises(PackError) as refused:
        rubrics.save_new_version(roots, done)
    assert refused.value.problems[0][0] == "lineage.categories[0].from"
    assert [v.version for v in rubrics.versions(roots) if v.id == PTA] == ["1.0.2"]


def test_a_copy_takes_a_new_id(roots: Roots) -> None:
    data = rubrics.start_copy(roots, PTA, "1.0.2")
    assert (data["id"], data["version"]) == (f"{PTA}-copy", "1.0.0")
    rubrics.save_new_version(roots, rubrics.finish(data, None))
    assert rubrics.start_copy(roots, PTA, "1.0.2")["id"] == f"{PTA}-copy-2"


def test_a_saved_version_exported_and_imported_again_is_identical(
    roots: Roots, tmp_path: Path
) -> None:
    _, pack = _saved(roots)
    path = rubrics.export_file(roots, PTA, "1.1.0", tmp_path / "out.json")
    other = laptop(tmp_path / "other")
    try:
        again = rubrics.import_file(other, path)
        assert again.content_hash == pack.content_hash
        assert again == pack
        assert rubrics.data_of(other, PTA, "1.1.0") == rubrics.data_of(roots, PTA, "1.1.0")
    finally:
        other.close()


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_pdf_preview_prints_the_edited_texts(roots: Roots, language: str) -> None:
    import io

    from pypdf import PdfReader

    data = rubrics.start_new_version(roots, PTA, "1.0.2")
    data["categories"][0]["descriptors"]["2"] = {
        "en": "Families are greeted by name",
        "es": "Se saluda a las familias por su nombre",
    }
    pdf = rubrics.preview_pdf(rubrics.finish(data, rubrics.data_of(roots, PTA, "1.0.2")), language)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert data["categories"][0]["descriptors"]["2"][language] in " ".join(text.split())
    said = "Preview, not for rating" if language == "en" else "Vista previa, no para calificar"
    assert said in text  # where a print names the school: not a real assessment's sheets
    with pytest.raises(PackError):
        rubrics.preview_pdf(rubrics.finish(rubrics.start_blank(roots), None), language)
