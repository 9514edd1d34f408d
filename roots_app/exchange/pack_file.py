"""Read, validate and fingerprint rubric pack files (docs/rubric-pack-format.md)."""

from __future__ import annotations

import hashlib
import json
import re
import stat
from collections.abc import Iterator, Mapping
from importlib import resources
from itertools import accumulate
from pathlib import Path
from typing import Any

from roots_app.domain.pack_problem import Code, Problem, Refusal
from roots_app.domain.rubric import (
    Category,
    CategoryOrigin,
    Indicator,
    Level,
    Lineage,
    RubricPack,
    Section,
)
from roots_app.domain.text import NOT_KEPT, Text, describe, refused_character
from roots_app.errors import PackError

MAX_PACK_BYTES = 2_000_000  # a real pack is ~100 KB; refuse anything absurd before parsing it
MAX_PACK_DEPTH = 20  # a real pack nests 5 deep; json and jsonschema recurse once per level
MAX_QUOTED = 300  # characters of a bad value a problem repeats (not the whole megabyte)
MAX_PROBLEMS = 50  # problems listed; the rest are counted
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_A_BRACKET = re.compile(r"[^\[\]{}]+")

Problems = list[Problem]
# Python's json says what is wrong only in English: its message's start, to the kind of problem.
_JSON_CODES = (
    ("Expecting ", Code.JSON_MISSING),
    ("Unterminated string", Code.JSON_UNCLOSED),
    ("Extra data", Code.JSON_EXTRA),
    ("Invalid control character", Code.JSON_CHARACTER),
    ("Invalid \\", Code.JSON_CHARACTER),
)
# A schema keyword that failed, to the kind of problem (the rest are told by _schema_problem).
_SCHEMA_CODES = {
    "pattern": Code.BADLY_WRITTEN,
    "minItems": Code.TOO_FEW,
    "minLength": Code.TOO_FEW,
    "minProperties": Code.TOO_FEW,
    "maxItems": Code.TOO_MANY,
    "maxLength": Code.TOO_MANY,
    "maxProperties": Code.TOO_MANY,
    "uniqueItems": Code.LISTED_TWICE,
    "contains": Code.BOTH_LANGUAGES,  # the schemas use it only for "en" and "es" both listed
}


def content_hash(data: Mapping[str, Any]) -> str:
    """SHA-256 of the canonical JSON, so the same pack always has the same fingerprint."""
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def read_pack_file(path: Path) -> dict[str, Any]:
    """Parse a pack file as JSON, refusing unreadable, huge or malformed files clearly."""
    try:
        found = path.stat()
        if not stat.S_ISREG(found.st_mode):  # /dev/zero never ends; a pipe may never start
            raise PackError(
                f"{path} is not a file, so it cannot be a rubric pack.", None, Refusal.NOT_A_FILE
            )
        size = found.st_size
        if size > MAX_PACK_BYTES:
            raise PackError(
                f"{path.name} is too large to be a rubric pack ({size:,} bytes).",
                None,
                Refusal.TOO_LARGE,
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise PackError(f"There is no file at {path}.", None, Refusal.NO_FILE) from None
    except OSError as exc:
        said = f"{path} could not be read: {exc.strerror or exc}."
        raise PackError(said, None, Refusal.UNREADABLE) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PackError(f"{path.name} is not a UTF-8 text file.", None, Refusal.NOT_UTF8) from None
    if _nesting(text) > MAX_PACK_DEPTH:
        raise PackError(f"{path.name} is not a rubric pack.", [_too_deep()], Refusal.NOT_A_PACK)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        code = next((c for start, c in _JSON_CODES if exc.msg.startswith(start)), Code.JSON_SYNTAX)
        place = {"line": exc.lineno, "column": exc.colno}
        at = Problem(f"line {exc.lineno}, column {exc.colno}", code, place, exc.msg)
        raise PackError(f"{path.name} is not valid JSON.", [at], Refusal.NOT_JSON) from None
    if not isinstance(data, dict):
        not_one = [Problem("", Code.NOT_AN_OBJECT)]
        raise PackError(f"{path.name} is not a rubric pack.", not_one, Refusal.NOT_A_PACK)
    return data


def _too_deep() -> Problem:
    return Problem("", Code.TOO_DEEP, {"what": "a rubric pack"})


def _nesting(text: str) -> int:
    """How deep the brackets outside strings nest, found before parsing: the parser recurses."""
    brackets = _NOT_A_BRACKET.sub("", _JSON_STRING.sub("", text))
    return max(accumulate(1 if c in "[{" else -1 for c in brackets), default=0)


def validate(data: Mapping[str, Any]) -> RubricPack:
    """Check a parsed pack completely; raise PackError listing every problem with its path."""
    problems = text_problems(data) or _schema_problems(data)
    if not problems:
        problems = list(_rule_problems(data))
    if problems:
        name = data.get("id")
        if not isinstance(name, str) or refused_character(name) is not None:
            name = "this file"
        if len(problems) > MAX_PROBLEMS:
            more = len(problems) - MAX_PROBLEMS
            problems = [*problems[:MAX_PROBLEMS], Problem("", Code.MORE, {"count": more})]
        raise PackError(f"The rubric pack {_shorten(name, 70)} is not valid.", problems)
    return pack_from_data(data)


def load_pack_file(path: Path) -> RubricPack:
    return validate(read_pack_file(path))


def _schema_problems(data: Mapping[str, Any]) -> Problems:
    import jsonschema  # only validation needs it; the app's start does not

    schema = json.loads(
        resources.files("roots_app.exchange").joinpath("pack_schema.json").read_text("utf-8")
    )
    validator = jsonschema.Draft202012Validator(schema)
    try:
        errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
        return [schema_problem(e) for e in errors]
    except RecursionError:  # absurdly deep nesting: the messages themselves cannot be written
        return [_too_deep()]


def schema_problem(error: Any) -> Problem:
    """A jsonschema error as a problem: its keyword gives the code, its English is kept."""
    path, english = _path(error.absolute_path), _message(error.message, error.instance)
    keyword, allowed, instance = error.validator, error.validator_value, error.instance
    values: dict[str, str | int] = {}
    if keyword == "required":  # one error per missing field, each naming it
        missing = [p for p in allowed if p not in instance]
        field = next((p for p in missing if error.message.startswith(repr(p))), "")
        code, values = Code.MISSING_FIELD, {"field": _shorten(field, 40)}
    elif keyword == "additionalProperties":
        extra = [k for k in instance if k not in error.schema.get("properties", {})]
        said = ", ".join(repr(_shorten(k, 40)) for k in extra)
        code, values = Code.UNKNOWN_FIELDS, {"fields": _shorten(said, MAX_QUOTED)}
    elif keyword == "type":
        code, values = (
            Code.WRONG_TYPE,
            {"type": ", ".join([allowed] if isinstance(allowed, str) else allowed)},
        )
    elif keyword == "const":
        code, values = Code.MUST_BE, {"value": _shorten(repr(allowed), 40)}
    elif keyword == "minimum":
        code, values = Code.BELOW_MINIMUM, {"minimum": allowed}
    elif keyword == "maximum":
        code, values = Code.ABOVE_MAXIMUM, {"maximum": allowed}
    else:
        code = _SCHEMA_CODES.get(keyword, Code.SCHEMA)
    return Problem(path, code, values, english)


def text_problems(data: Any) -> Problems:
    """Texts and keys the text rule refuses (domain/text.py), with their paths: checked before
    anything else, since such a pack cannot even be printed or fingerprinted."""
    problems: Problems = []
    stack: list[tuple[str, Any]] = [("", data)]  # a loop, not recursion: packs can nest deep
    while stack and len(problems) < 10:
        path, value = stack.pop()
        if isinstance(value, str):
            bad = refused_character(value)
            if bad is not None:
                said = f"{NOT_KEPT} ({describe(bad)})"
                problems.append(Problem(path, Code.NOT_KEPT, _character(bad), said))
        elif isinstance(value, dict):
            for key, item in value.items():
                bad = refused_character(key)
                if bad is not None:
                    said = f"a key {NOT_KEPT} ({describe(bad)})"
                    problems.append(Problem(path, Code.KEY_NOT_KEPT, _character(bad), said))
                    continue
                stack.append((f"{path}.{key}" if path else key, item))
        elif isinstance(value, list):
            stack.extend((f"{path}[{i}]", item) for i, item in enumerate(value))
    return sorted(problems)


def _character(bad: str) -> dict[str, str | int]:
    return {"character": f"{ord(bad):04X}"}


def _path(parts: Any) -> str:
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            name = _shorten(str(part), 40)  # a key may be a megabyte long
            out += f".{name}" if out else name
    return out


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else f"{text[: limit - 1]}…"


def _message(message: str, value: Any) -> str:
    """A schema message that quotes a huge value quotes its start and says how long it is."""
    if len(message) <= MAX_QUOTED:
        return message
    if isinstance(value, str) and len(value) > 60:
        message = message.replace(repr(value), f"'{value[:40]}…' ({len(value):,} characters)", 1)
    if len(message) > MAX_QUOTED:  # another long value in it (a key, a list): keep both ends
        message = f"{message[: MAX_QUOTED - 100]} … {message[-90:]}"
    return message


def _texts(data: Any, path: str) -> Iterator[tuple[str, Mapping[str, str]]]:
    """Every text object in a pack, with its path (text objects are dicts of 2-letter keys)."""
    if isinstance(data, dict):
        if (
            data
            and all(isinstance(k, str) and len(k) == 2 for k in data)
            and all(isinstance(v, str) for v in data.values())
        ):
            yield path, data
            return
        for key, value in data.items():
            yield from _texts(value, f"{path}.{key}" if path else key)
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _texts(value, f"{path}[{i}]")


def text_missing(path: str, language: str) -> Problem:
    """A text object's ``language`` text is missing or blank (a pack's or a crosswalk's)."""
    return Problem(f"{path}.{language}", Code.TEXT_MISSING, {"language": language})


def _rule_problems(data: Mapping[str, Any]) -> Iterator[Problem]:
    languages = data["languages"]
    for path, text in _texts({k: v for k, v in data.items() if k != "languages"}, ""):
        for language in languages:
            if not text.get(language, "").strip():
                yield text_missing(path, language)
    values = [level["value"] for level in data["levels"]]
    if values != list(range(1, len(values) + 1)):
        found: dict[str, str | int] = {"count": len(values), "found": str(values)}
        yield Problem("levels", Code.LEVELS_OUT_OF_ORDER, found)
    for language in languages:
        if len(data["short_title"].get(language, "")) > 40:
            yield Problem(f"short_title.{language}", Code.TITLE_TOO_LONG, {"limit": 40})
    section_keys = [s["key"] for s in data.get("sections", [])]
    if len(set(section_keys)) != len(section_keys):
        yield Problem("sections", Code.SECTION_KEY_TWICE)
    seen: set[str] = set()
    for i, category in enumerate(data["categories"]):
        where = f"categories[{i}]"
        if category["key"] in seen:
            yield Problem(f"{where}.key", Code.KEY_TWICE, {"key": category["key"]})
        seen.add(category["key"])
        if section_keys and category.get("section") not in section_keys:
            yield Problem(f"{where}.section", Code.UNKNOWN_SECTION)
        if not section_keys and "section" in category:
            yield Problem(f"{where}.section", Code.NO_SECTIONS)
        for j, indicator in enumerate(category["indicators"]):
            if indicator.get("added") and indicator.get("inferred"):
                yield Problem(f"{where}.indicators[{j}]", Code.ADDED_AND_INFERRED)
        have = sorted(int(k) for k in category["descriptors"])
        for value in values:
            if value not in have:
                yield Problem(f"{where}.descriptors", Code.NO_DESCRIPTOR, {"level": value})
        for value in have:
            if value not in values:
                yield Problem(f"{where}.descriptors.{value}", Code.NO_SUCH_LEVEL)
    if "lineage" in data:
        yield from _lineage_problems(data["lineage"], data["version"], seen)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def _lineage_problems(lineage: Mapping[str, Any], version: str, keys: set[str]) -> Problems:
    """A lineage names an earlier version and this version's own categories, each once. Whether
    its sources exist in that earlier version is checked where both versions are at hand
    (services.rubrics), as a pack file alone does not hold the version before it."""
    problems: Problems = []
    if _version_key(lineage["previous_version"]) >= _version_key(version):
        later = {"version": version}
        problems.append(Problem("lineage.previous_version", Code.NOT_EARLIER, later))
    listed: set[str] = set()
    for i, origin in enumerate(lineage["categories"]):
        where = f"lineage.categories[{i}].key"
        if origin["key"] not in keys:
            problems.append(Problem(where, Code.NO_CATEGORY, {"key": origin["key"]}))
        elif origin["key"] in listed:
            problems.append(Problem(where, Code.CATEGORY_TWICE, {"key": origin["key"]}))
        listed.add(origin["key"])
    return problems


def pack_from_data(data: Mapping[str, Any], content_hash_: str = "") -> RubricPack:
    """Build the domain pack from data already validated (a bundled pack or a stored snapshot)."""

    def text(obj: Mapping[str, str]) -> Text:
        return Text(dict(obj))

    return RubricPack(
        id=data["id"],
        version=data["version"],
        title=text(data["title"]),
        short_title=text(data["short_title"]),
        description=text(data["description"]),
        provenance=text(data["provenance"]),
        scale_name=text(data["scale_name"]) if "scale_name" in data else None,
        languages=tuple(data["languages"]),
        levels=tuple(
            Level(lv["value"], text(lv["label"]), text(lv["description"])) for lv in data["levels"]
        ),
        sections=tuple(Section(s["key"], text(s["title"])) for s in data.get("sections", [])),
        categories=tuple(
            Category(
                key=c["key"],
                section=c.get("section"),
                title=text(c["title"]),
                summary=text(c["summary"]),
                indicators=tuple(
                    Indicator(
                        text(i["text"]),
                        bool(i.get("added", False)),
                        bool(i.get("inferred", False)),
                    )
                    for i in c["indicators"]
                ),
                descriptors={int(k): text(v) for k, v in c["descriptors"].items()},
                questions=tuple(text(q) for q in c.get("questions", [])),
                strategies=tuple(text(s) for s in c.get("strategies", [])),
            )
            for c in data["categories"]
        ),
        lineage=_lineage(data["lineage"]) if "lineage" in data else None,
        content_hash=content_hash_ or content_hash(data),
    )


def _lineage(data: Mapping[str, Any]) -> Lineage:
    return Lineage(
        previous_version=data["previous_version"],
        origins=tuple(
            CategoryOrigin(o["key"], tuple(o["from"]), bool(o.get("reworded", False)))
            for o in data["categories"]
        ),
    )


def pack_to_data(pack: RubricPack) -> dict[str, Any]:
    """The pack file's JSON data for a pack: the inverse of ``pack_from_data``, so a shipped
    pack written again has the same content hash. Optional fields are written the way the
    shipped packs write them: ``added`` always, ``inferred`` only when true, questions and
    strategies always, sections, scale name and lineage only when there are any."""

    def text(value: Text) -> dict[str, str]:
        return dict(value.values)

    data: dict[str, Any] = {
        "format": 1,
        "id": pack.id,
        "version": pack.version,
        "languages": list(pack.languages),
        "title": text(pack.title),
        "short_title": text(pack.short_title),
        "description": text(pack.description),
        "provenance": text(pack.provenance),
    }
    if pack.scale_name is not None:
        data["scale_name"] = text(pack.scale_name)
    data["levels"] = [
        {"value": lv.value, "label": text(lv.label), "description": text(lv.description)}
        for lv in pack.levels
    ]
    if pack.sections:
        data["sections"] = [{"key": s.key, "title": text(s.title)} for s in pack.sections]
    data["categories"] = [_category_data(c) for c in pack.categories]
    if pack.lineage is not None:
        data["lineage"] = {
            "previous_version": pack.lineage.previous_version,
            "categories": [
                {
                    "key": o.key,
                    "from": list(o.sources),
                    **({"reworded": True} if o.reworded else {}),
                }
                for o in pack.lineage.origins
            ],
        }
    return data


def _category_data(category: Category) -> dict[str, Any]:
    data: dict[str, Any] = {"key": category.key}
    if category.section is not None:
        data["section"] = category.section
    indicators = []
    for indicator in category.indicators:
        item: dict[str, Any] = {"text": dict(indicator.text.values), "added": indicator.added}
        if indicator.inferred:
            item["inferred"] = True
        indicators.append(item)
    data.update(
        title=dict(category.title.values),
        summary=dict(category.summary.values),
        indicators=indicators,
        descriptors={str(v): dict(t.values) for v, t in sorted(category.descriptors.items())},
        questions=[dict(q.values) for q in category.questions],
        strategies=[dict(s.values) for s in category.strategies],
    )
    return data
