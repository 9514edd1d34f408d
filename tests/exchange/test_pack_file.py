"""Rubric pack files: the four bundled packs validate; bad packs are refused with a path."""

from __future__ import annotations

import copy
import json
import pickle
from pathlib import Path
from typing import Any

import pytest

from roots_app.domain.pack_problem import Code, Refusal
from roots_app.errors import PackError
from roots_app.exchange import pack_file

RUBRICS = Path(__file__).resolve().parents[2] / "resources" / "rubrics"


def _load(name: str) -> dict[str, Any]:
    return json.loads((RUBRICS / f"{name}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("name", "levels", "categories", "sections"),
    [
        ("cei-six-roots", 5, 6, 0),
        ("lausd-family-empowerment", 4, 6, 0),
        ("lcff-priority-3", 5, 12, 3),
        ("pta-national-standards", 3, 6, 0),
    ],
)
def test_bundled_packs_are_valid(name: str, levels: int, categories: int, sections: int) -> None:
    pack = pack_file.load_pack_file(RUBRICS / f"{name}.json")
    assert pack.id == name
    assert (len(pack.levels), len(pack.categories), len(pack.sections)) == (
        levels,
        categories,
        sections,
    )
    for category in pack.categories:
        assert sorted(category.descriptors) == list(range(1, levels + 1))
        for language in ("en", "es"):
            assert category.title.values[language].strip()
            assert all(d.values[language].strip() for d in category.descriptors.values())
    assert pack.provenance["es"] != pack.provenance["en"]


def test_lausd_pack_is_labelled_as_adapted() -> None:
    pack = pack_file.load_pack_file(RUBRICS / "lausd-family-empowerment.json")
    assert "adapted" in pack.title["en"].lower()
    assert [lv.label["en"] for lv in pack.levels][1:] == ["Involve", "Engage", "Empower"]


def _problems(data: Any) -> list[tuple[str, str]]:
    with pytest.raises(PackError) as caught:
        pack_file.validate(data)
    return caught.value.problems


def test_missing_descriptor_for_a_level_is_refused_with_its_path() -> None:
    data = _load("pta-national-standards")
    del data["categories"][2]["descriptors"]["3"]
    assert ("categories[2].descriptors", "no descriptor for level 3") in _problems(data)


def test_duplicate_category_key_is_refused() -> None:
    data = _load("pta-national-standards")
    data["categories"][1]["key"] = data["categories"][0]["key"]
    paths = [p for p, _ in _problems(data)]
    assert "categories[1].key" in paths


def test_text_missing_in_spanish_is_refused() -> None:
    data = _load("cei-six-roots")
    data["categories"][4]["summary"]["es"] = "  "
    assert ("categories[4].summary.es", "the es text is missing or empty") in _problems(data)


def test_missing_level_is_refused() -> None:
    data = _load("cei-six-roots")
    broken = copy.deepcopy(data)
    broken["levels"].pop(2)  # values now 1, 2, 4, 5
    problems = _problems(broken)
    assert any(p == "levels" for p, _ in problems)


def test_schema_problem_names_the_field() -> None:
    data = _load("lcff-priority-3")
    data["categories"][0]["key"] = "Not A Key!"
    problems = _problems(data)
    assert problems[0][0] == "categories[0].key"


def test_section_must_exist() -> None:
    data = _load("lcff-priority-3")
    data["categories"][5]["section"] = "nowhere"
    assert ("categories[5].section", "must name one of the pack's sections") in _problems(data)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "is not valid JSON"),
        (b"[1, 2, 3]", "is not a rubric pack"),
        (b"\xff\xfe\x00bad", "is not a UTF-8 text file"),
    ],
)
def test_malformed_files_are_refused(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "pack.json"
    path.write_bytes(content)
    with pytest.raises(PackError, match=message):
        pack_file.load_pack_file(path)


def test_huge_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    path.write_bytes(b" " * (pack_file.MAX_PACK_BYTES + 1))
    with pytest.raises(PackError, match="too large"):
        pack_file.load_pack_file(path)


def test_content_hash_ignores_formatting() -> None:
    data = _load("pta-national-standards")
    reformatted = json.loads(json.dumps(data, indent=8))
    assert pack_file.content_hash(data) == pack_file.content_hash(reformatted)
    data["version"] = "1.0.3"
    assert pack_file.content_hash(data) != pack_file.content_hash(reformatted)


@pytest.mark.parametrize(
    "content",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"a":' * 100_000 + "1" + "}" * 100_000,
        '{"id": "x", "title": ' + "[" * 5_000 + "]" * 5_000 + "}",
    ],
    ids=["arrays", "objects", "inside-a-pack"],
)
def test_deep_nesting_is_refused_before_parsing(tmp_path: Path, content: str) -> None:
    path = tmp_path / "deep.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PackError, match="nested far too deeply"):
        pack_file.load_pack_file(path)


def test_brackets_inside_texts_are_not_nesting(tmp_path: Path) -> None:
    data = _load("cei-six-roots")
    data["categories"][0]["summary"]["en"] = "[{" * 900 + ' \\" ' + "}]" * 900
    path = tmp_path / "brackets.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    pack = pack_file.load_pack_file(path)
    assert pack.categories[0].summary["en"].startswith("[{[{")


def test_messages_quote_a_huge_value_only_in_part() -> None:
    data = _load("cei-six-roots")
    data["id"] = "X" * 1_000_000
    data["title"] = "Y" * 1_000_000
    data["categories"][0]["Z" * 1_000_000] = 1
    with pytest.raises(PackError) as caught:
        pack_file.validate(data)
    message = str(caught.value)
    assert len(message) < 2_000
    paths = [path for path, _ in caught.value.problems]
    assert "id" in paths and "title" in paths
    assert any("1,000,000 characters" in reason for _, reason in caught.value.problems)


def test_a_device_or_a_pipe_is_not_read_as_a_pack(tmp_path: Path) -> None:
    """/dev/zero filled the memory (its size says 0) and a pipe waited forever."""
    import os

    pipe = tmp_path / "pack.json"
    os.mkfifo(pipe)
    for path in (Path("/dev/zero"), pipe):
        with pytest.raises(PackError, match="is not a file"):
            pack_file.load_pack_file(path)


def _with_lineage(lineage: dict[str, Any]) -> dict[str, Any]:
    data = _load("cei-six-roots")
    data["version"] = "2.0.0"
    data["lineage"] = lineage
    return data


def test_a_lineage_is_read_into_the_pack() -> None:
    first, second = (c["key"] for c in _load("cei-six-roots")["categories"][:2])
    pack = pack_file.validate(
        _with_lineage(
            {
                "previous_version": "1.0.2",
                "categories": [{"key": first, "from": [first, "gone"], "reworded": True}],
            }
        )
    )
    assert pack.lineage is not None
    assert pack.lineage.previous_version == "1.0.2"
    assert pack.lineage.sources(first) == (first, "gone")
    assert pack.lineage.reworded(first)
    assert pack.lineage.sources(second) == (second,)  # not listed: continues itself
    assert not pack.lineage.reworded(second)
    assert pack_file.validate(_load("cei-six-roots")).lineage is None


@pytest.mark.parametrize(
    ("lineage", "path", "words"),
    [
        ({"previous_version": "2.0.0", "categories": []}, "lineage.previous_version", "earlier"),
        ({"previous_version": "9.0.0", "categories": []}, "lineage.previous_version", "earlier"),
        (
            {"previous_version": "1.0.0", "categories": [{"key": "nowhere", "from": []}]},
            "lineage.categories[0].key",
            "no category 'nowhere'",
        ),
        ({"previous_version": "1.0.0", "categories": [{"key": "x"}]}, "lineage.categories[0]", ""),
        ({"previous_version": "1.0", "categories": []}, "lineage.previous_version", ""),
    ],
)
def test_a_bad_lineage_is_refused_with_its_path(
    lineage: dict[str, Any], path: str, words: str
) -> None:
    with pytest.raises(PackError) as caught:
        pack_file.validate(_with_lineage(lineage))
    assert any(where == path and words in what for where, what in caught.value.problems)


def test_a_category_listed_twice_in_a_lineage_is_refused() -> None:
    key = _load("cei-six-roots")["categories"][0]["key"]
    twice = {"key": key, "from": [key]}
    with pytest.raises(PackError) as caught:
        pack_file.validate(_with_lineage({"previous_version": "1.0.0", "categories": [twice] * 2}))
    assert ("lineage.categories[1].key", f"the category '{key}' is listed twice") in (
        caught.value.problems
    )


def test_each_problem_carries_its_code_and_values_beside_the_same_english() -> None:
    """The UI says a problem from its code and values (domain/pack_problem.py); the command
    line and the log keep the English pair, word for word."""
    data = _load("pta-national-standards")
    data["categories"][1]["key"] = data["categories"][0]["key"]
    data["categories"][0]["descriptors"].pop("3")
    (no_level, twice) = sorted(_problems(data))
    key = data["categories"][0]["key"]
    assert twice == ("categories[1].key", f"the key '{key}' is used twice")
    assert (twice.code, twice.values) == (Code.KEY_TWICE, {"key": key})
    assert no_level == ("categories[0].descriptors", "no descriptor for level 3")
    assert (no_level.code, no_level.values) == (Code.NO_DESCRIPTOR, {"level": 3})
    for copied in (copy.deepcopy(twice), pickle.loads(pickle.dumps(twice))):  # as a worker would
        assert copied == twice and (copied.code, copied.values) == (twice.code, twice.values)
    # jsonschema's words are kept; the field it names is a value of its own.
    data = _load("pta-national-standards")
    del data["title"]
    data.update(colour="red", size=1)
    unknown, missing = _problems(data)
    assert missing == ("", "'title' is a required property")
    assert (missing.code, missing.values) == (Code.MISSING_FIELD, {"field": "title"})
    assert unknown == (
        "",
        "Additional properties are not allowed ('colour', 'size' were unexpected)",
    )
    assert (unknown.code, unknown.values) == (Code.UNKNOWN_FIELDS, {"fields": "'colour', 'size'"})


def test_a_json_syntax_error_says_where_as_line_and_column_values(tmp_path: Path) -> None:
    path = tmp_path / "pack.json"
    path.write_text('{"id": "x",\n  ,}', encoding="utf-8")
    with pytest.raises(PackError) as caught:
        pack_file.read_pack_file(path)
    assert caught.value.refusal is Refusal.NOT_JSON
    (problem,) = caught.value.problems
    assert problem == ("line 2, column 3", "Expecting property name enclosed in double quotes")
    assert (problem.code, problem.values) == (Code.JSON_MISSING, {"line": 2, "column": 3})
