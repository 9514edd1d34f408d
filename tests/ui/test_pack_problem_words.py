"""Every problem the pack checks can find is said in Spanish, never left in English: each kind
of broken pack file (and each refusal the rubric services add) is fed to the real validator
and what the import list and the editor would show is read back in Spanish."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from roots_app.domain.pack_problem import Code, Problem, Refusal
from roots_app.errors import CrosswalkError, PackError
from roots_app.exchange import crosswalk_file, pack_file
from roots_app.services import rubrics
from roots_app.ui import messages, pack_problems
from roots_app.ui.i18n import Translations
from tests.ui.answers import answer_boxes

RUBRICS = Path(__file__).resolve().parents[2] / "resources" / "rubrics"
CROSSWALK = RUBRICS.parent / "crosswalks" / "roots-crosswalk.json"


@pytest.fixture
def spanish(qapp, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translations = Translations(tmp_path / "cache")
    translations.apply("es")
    yield
    translations.apply("en")


def _pack(name: str = "pta-national-standards") -> dict[str, Any]:
    return json.loads((RUBRICS / f"{name}.json").read_text(encoding="utf-8"))


def _refused(make: Callable[[], object]) -> PackError:
    with pytest.raises(PackError) as caught:
        make()
    return caught.value


def _file(tmp: Path, content: bytes) -> PackError:
    path = tmp / "pack.json"
    path.write_bytes(content)
    return _refused(lambda: pack_file.validate(pack_file.read_pack_file(path)))


def _changed(change: Callable[[dict[str, Any]], object], name: str = "pta-national-standards"):  # type: ignore[no-untyped-def]
    def make(tmp: Path) -> PackError:
        data = _pack(name)
        change(data)
        return _file(tmp, json.dumps(data).encode("utf-8"))  # \ud800 written as JSON has it

    return make


def _raw(content: bytes):  # type: ignore[no-untyped-def]
    return lambda tmp: _file(tmp, content)


def _too_large(tmp: Path) -> PackError:
    path = tmp / "big.json"
    with path.open("wb") as out:
        out.truncate(pack_file.MAX_PACK_BYTES + 1)
    return _refused(lambda: pack_file.read_pack_file(path))


def _fifo(tmp: Path) -> PackError:
    os.mkfifo(tmp / "pipe.json")
    return _refused(lambda: pack_file.read_pack_file(tmp / "pipe.json"))


def _lineage(data: dict[str, Any], previous: str, keys: list[str]) -> None:
    data["lineage"] = {
        "previous_version": previous,
        "categories": [{"key": k, "from": [k]} for k in keys],
    }


def _many(data: Any) -> None:
    """Every Spanish text emptied: far more than the 50 problems listed."""
    if isinstance(data, dict):
        if "es" in data and isinstance(data["es"], str):
            data["es"] = ""
        for value in data.values():
            _many(value)
    elif isinstance(data, list):
        for value in data:
            _many(value)


def _key_twice(data: dict[str, Any]) -> None:
    data["categories"][1]["key"] = data["categories"][0]["key"]


def _unknown_source(tmp: Path) -> PackError:
    data = _pack()
    data["version"] = "9.0.0"
    _lineage(data, "1.0.2", [c["key"] for c in data["categories"]])
    data["lineage"]["categories"][0]["from"] = ["no-such-category"]
    pack = pack_file.validate(data)
    previous = pack_file.validate(_pack())
    return _refused(lambda: rubrics.lineage_note(pack, {"1.0.2": previous}))


def _section(data: dict[str, Any], value: str) -> None:
    data["categories"][0]["section"] = value


# (kind, the broken file or refusal, whether its headline is more than "not a valid pack")
KINDS: list[tuple[str, Callable[[Path], PackError], bool]] = [
    ("no file", lambda tmp: _refused(lambda: pack_file.read_pack_file(tmp / "none.json")), True),
    ("not a file", _fifo, True),
    ("too large", _too_large, True),
    ("not UTF-8", _raw(b"\xff\xfe{}"), True),
    ("too deep", _raw(b"[" * 30 + b"]" * 30), True),
    ("not an object", _raw(b"[1, 2]"), True),
    ("no property name", _raw(b'{"id": "x",,}'), True),
    ("no colon", _raw(b'{"id" "x"}'), True),
    ("no comma", _raw(b'{"id": "x" "v": 1}'), True),
    ("no value", _raw(b'{"id": }'), True),
    ("unclosed text", _raw(b'{"id": "x'), True),
    ("more after the end", _raw(b"{} {}"), True),
    ("a control character in JSON", _raw(b'{"id": "a\x01b"}'), True),
    ("a bad escape", _raw(b'{"id": "a\\qb"}'), True),
    ("a bad unicode escape", _raw(b'{"id": "a\\u12"}'), True),
    ("a character not kept", _changed(lambda d: d["description"].update(en="a\u0007b")), False),
    ("a key not kept", _changed(lambda d: d["title"].update({"e\u0007": "x"})), False),
    ("a lone surrogate", _changed(lambda d: d["title"].update(en="a\ud800b")), False),
    ("a missing field", _changed(lambda d: d.pop("title")), False),
    ("an unknown field", _changed(lambda d: d.update(colour="red")), False),
    ("unknown fields", _changed(lambda d: d.update(colour="red", size=2)), False),
    ("a wrong type", _changed(lambda d: d["levels"][0].update(value="one")), False),
    ("a wrong text type", _changed(lambda d: d.update(id=3)), False),
    ("a list type", _changed(lambda d: d.update(levels={})), False),
    ("an object type", _changed(lambda d: d.update(title=[])), False),
    (
        "a boolean type",
        _changed(lambda d: d["categories"][0]["indicators"][0].update(added=1)),
        False,
    ),
    ("a badly written key", _changed(lambda d: d.update(id="My Pack")), False),
    ("a badly written version", _changed(lambda d: d.update(version="1.0")), False),
    (
        "a bad descriptor level",
        _changed(lambda d: d["categories"][0]["descriptors"].update(x={"en": "a", "es": "b"})),
        False,
    ),
    ("a wrong format", _changed(lambda d: d.update(format=2)), False),
    ("too few levels", _changed(lambda d: d.update(levels=d["levels"][:2])), False),
    ("no indicators", _changed(lambda d: d["categories"][0].update(indicators=[])), False),
    ("an empty text", _changed(lambda d: d.update(title={})), False),
    ("too many levels", _changed(lambda d: d.update(levels=d["levels"] * 3)), False),
    ("a key too long", _changed(lambda d: d.update(id="a" * 65)), False),
    ("a language twice", _changed(lambda d: d.update(languages=["en", "es", "en"])), False),
    ("no Spanish", _changed(lambda d: d.update(languages=["en"])), False),
    ("a level below 1", _changed(lambda d: d["levels"][0].update(value=0)), False),
    ("a level above 7", _changed(lambda d: d["levels"][0].update(value=8)), False),
    ("a missing Spanish text", _changed(lambda d: d["title"].update(es=" ")), False),
    ("levels out of order", _changed(lambda d: d["levels"].reverse()), False),
    ("a long short title", _changed(lambda d: d["short_title"].update(en="x" * 41)), False),
    ("a key used twice", _changed(_key_twice), False),
    (
        "no descriptor for a level",
        _changed(lambda d: d["categories"][0]["descriptors"].pop("3")),
        False,
    ),
    (
        "a descriptor with no level",
        _changed(lambda d: d["categories"][0]["descriptors"].update({"5": {"en": "a", "es": "b"}})),
        False,
    ),
    (
        "added and inferred",
        _changed(lambda d: d["categories"][0]["indicators"][0].update(added=True, inferred=True)),
        False,
    ),
    ("a section in a pack without", _changed(lambda d: _section(d, "family")), False),
    (
        "a section not in the pack",
        _changed(lambda d: _section(d, "elsewhere"), "lcff-priority-3"),
        False,
    ),
    (
        "two sections with one key",
        _changed(lambda d: d["sections"].append(dict(d["sections"][0])), "lcff-priority-3"),
        False,
    ),
    (
        "a later previous version",
        _changed(lambda d: _lineage(d, "9.0.0", [c["key"] for c in d["categories"]])),
        False,
    ),
    ("a lineage of no category", _changed(lambda d: _lineage(d, "0.1.0", ["no-such"])), False),
    (
        "a lineage category twice",
        _changed(lambda d: _lineage(d, "0.1.0", [d["categories"][0]["key"]] * 2)),
        False,
    ),
    ("more than fifty problems", _changed(_many), False),
    ("a source not in the version before", _unknown_source, False),
    (
        "other content, same version",
        lambda tmp: _refused(lambda: rubrics.same_version("x@1.0.0", "a", "b")),
        True,
    ),
]


@pytest.mark.parametrize(("kind", "make", "specific"), KINDS, ids=[k[0] for k in KINDS])
def test_every_problem_the_pack_checks_find_is_said_in_spanish(
    spanish: None, tmp_path: Path, kind: str, make: Callable[[Path], PackError], specific: bool
) -> None:
    error = make(tmp_path)
    headline, found = pack_problems.explain(error)
    generic = QCoreApplication.translate("PackProblems", "The file is not a valid rubric pack.")
    assert generic == "El archivo no es un paquete de rúbricas válido."  # Spanish is in use
    assert (headline != generic) is specific, (kind, str(error))
    assert found or specific, kind  # a pack that is not valid says where
    for (path, english), (where, spanish_reason) in zip(error.problems, found, strict=True):
        assert spanish_reason != english, (kind, path, english)
        assert where != "", (kind, path)


def _crosswalk(change: Callable[[dict[str, Any]], object]) -> Callable[[Path], PackError]:
    def make(tmp: Path) -> PackError:
        data = json.loads(CROSSWALK.read_text(encoding="utf-8"))
        change(data)
        known: dict[str, dict[str, frozenset[str]]] = {}
        for name in ("cei-six-roots", "lausd-family-empowerment", "pta-national-standards"):
            pack = pack_file.validate(_pack(name))
            known.setdefault(pack.id, {})[pack.version] = frozenset(c.key for c in pack.categories)
        targets = frozenset(c["key"] for c in _pack("lcff-priority-3")["categories"])
        return _refused(lambda: crosswalk_file.validate(data, known, targets))

    return make


def _deep_crosswalk(tmp: Path) -> PackError:
    (tmp / "deep.json").write_bytes(b"[" * 30 + b"]" * 30)
    return _refused(lambda: crosswalk_file.read_crosswalk_file(tmp / "deep.json"))


def _link(data: dict[str, Any], **change: object) -> None:
    data["links"][0].update(change)


# The crosswalk's problems, shown in its refusal's details (ui/messages.show_error).
CROSSWALK_KINDS: list[tuple[str, Callable[[Path], PackError]]] = [
    ("too deep", _deep_crosswalk),
    (
        "a rubric pack instead",
        lambda tmp: _refused(lambda: crosswalk_file.validate(_pack(), {}, frozenset())),
    ),
    ("a wrong kind", _crosswalk(lambda d: d.update(kind="other"))),
    ("a missing Spanish text", _crosswalk(lambda d: d["title"].update(es=""))),
    ("no such pack", _crosswalk(lambda d: _link(d, pack="no-such-pack"))),
    ("links from the target", _crosswalk(lambda d: _link(d, pack="lcff-priority-3"))),
    ("no version in the range", _crosswalk(lambda d: _link(d, versions={"from": "9.0.0"}))),
    (
        "a range backwards",
        _crosswalk(lambda d: _link(d, versions={"from": "2.0.0", "before": "1.0.0"})),
    ),
    (
        "no such category",
        _crosswalk(lambda d: _link(d, category="no-such", versions={"before": "9.0.0"})),
    ),
    ("linked twice", _crosswalk(lambda d: d["links"].append(d["links"][0]))),
    ("not a practice", _crosswalk(lambda d: d["links"][0]["practices"][0].update(practice="nope"))),
    (
        "a practice twice",
        _crosswalk(lambda d: d["links"][0]["practices"].append(d["links"][0]["practices"][0])),
    ),
]


@pytest.mark.parametrize(("kind", "make"), CROSSWALK_KINDS, ids=[k[0] for k in CROSSWALK_KINDS])
def test_every_problem_the_crosswalk_checks_find_is_said_in_spanish(
    spanish: None, tmp_path: Path, kind: str, make: Callable[[Path], PackError]
) -> None:
    error = make(tmp_path)
    assert isinstance(error, CrosswalkError)
    _, found = pack_problems.explain(error)
    assert found, kind
    for (path, english), (_, spanish_reason) in zip(error.problems, found, strict=True):
        assert spanish_reason != english, (kind, path, english)
        assert not re.search(r"\bversions?\b", spanish_reason), kind  # a range too, in Spanish


# A value for every placeholder a code's sentence may have.
VALUES: dict[str, str | int] = {
    "what": "a rubric pack",
    "character": "0007",
    "field": "title",
    "fields": "'colour'",
    "type": "integer",
    "value": "1",
    "minimum": 1,
    "maximum": 7,
    "language": "es",
    "count": 3,
    "found": "[3, 2, 1]",
    "limit": 40,
    "key": "welcoming",
    "level": 3,
    "version": "1.0.2",
    "pack": "cei-six-roots",
    "category": "welcoming",
    "versions": "version 1.0.0 and later",
    "first": "1.0.0",
    "before": "",
    "practice": "nope",
    "target": "lcff-priority-3",
}


def _said(language: str, tmp: Path) -> list[str]:
    translations = Translations(tmp / "cache")
    translations.apply(language)
    try:
        said = [pack_problems.reason(Problem("x", code, VALUES, english="-")) for code in Code]
        headlines = [pack_problems.explain(PackError("-", [], r))[0] for r in Refusal]
    finally:
        translations.apply("en")
    return said + headlines


def test_every_code_and_every_refusal_has_its_own_spanish(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The guard for a code added later: its sentence must be in the catalogue, translated."""
    english, spanish = _said("en", tmp_path), _said("es", tmp_path)
    assert len(english) == len(Code) + len(Refusal)
    for said_en, said_es in zip(english, spanish, strict=True):
        assert said_es and said_es != said_en, said_en
    headlines = english[len(Code) :]
    assert len(set(headlines)) == len(Refusal)  # each refusal its own headline


def test_the_spanish_comes_from_the_code_not_the_english_words(spanish: None) -> None:
    """An English sentence reworded for the command line changes nothing in Spanish."""
    reworded = Problem("categories[1].key", Code.KEY_TWICE, {"key": "welcoming"}, "KEY REUSED")
    assert reworded == ("categories[1].key", "KEY REUSED")  # the command line's pair
    assert pack_problems.reason(reworded) == "la clave “welcoming” se usa dos veces"
    error = PackError("The rubric pack x is not valid.", [reworded])
    assert pack_problems.explain(error) == (
        "El archivo no es un paquete de rúbricas válido.",
        [("categories[1].key", "la clave “welcoming” se usa dos veces")],
    )


def test_the_broken_files_above_reach_every_code_but_the_fallbacks(tmp_path: Path) -> None:
    """A code added later needs its broken file in the tables above (and so its Spanish)."""
    seen: set[Code] = set()
    refusals: set[Refusal] = set()
    makers = [make for _, make, _ in KINDS] + [make for _, make in CROSSWALK_KINDS]
    for i, make in enumerate(makers):
        (tmp_path / str(i)).mkdir()
        error = make(tmp_path / str(i))
        seen |= {problem.code for problem in error.problems}
        refusals.add(error.refusal)
    # Fallbacks for words a library may write some day; the schemas give them no case now.
    assert set(Code) - seen == {Code.SCHEMA, Code.JSON_SYNTAX}
    # Unreadable needs a file its owner may not read (not so as root); the editor's own
    # refusal needs an installed pack (tests/ui/test_pack_editor.py).
    assert set(Refusal) - refusals == {Refusal.UNREADABLE, Refusal.VERSION_INSTALLED}


def test_a_refused_crosswalk_details_its_problems_in_spanish(
    spanish: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The State report shows a bad crosswalk in a message box: its details in Spanish too."""
    error = _crosswalk(lambda d: _link(d, pack="no-such-pack"))(tmp_path)
    shown: list[tuple[str, str]] = []
    answer_boxes(monkeypatch, lambda box: shown.append((box.text(), box.detailedText())))
    messages.show_error(None, error)
    assert shown == [
        (
            "Este archivo no es una correspondencia válida.",
            "links[0].pack: no hay ningún paquete de rúbricas “no-such-pack” instalado",
        )
    ]
