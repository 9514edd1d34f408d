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

Problems = list[tuple[str, str]]


def content_hash(data: Mapping[str, Any]) -> str:
    """SHA-256 of the canonical JSON, so the same pack always has the same fingerprint."""
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def read_pack_file(path: Path) -> dict[str, Any]:
    """Parse a pack file as JSON, refusing unreadable, huge or malformed files clearly."""
    try:
        found = path.stat()
        if not stat.S_ISREG(found.st_mode):  # /dev/zero never ends; a pipe may never start
            raise PackError(f"{path} is not a file, so it cannot be a rubric pack.")
        size = found.st_size
        if size > MAX_PACK_BYTES:
            raise PackError(f"{path.name} is too large to be a rubric pack ({size:,} bytes).")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise PackError(f"There is no file at {path}.") from None
    except OSError as exc:
        raise PackError(f"{path} could not be read: {exc.strerror or exc}.") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PackError(f"{path.name} is not a UTF-8 text file.") from None
    if _nesting(text) > MAX_PACK_DEPTH:
        deep = [("", "nested far too deeply to be a rubric pack")]
        raise PackError(f"{path.name} is not a rubric pack.", deep)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PackError(
            f"{path.name} is not valid JSON.", [(f"line {exc.lineno}, column {exc.colno}", exc.msg)]
        ) from None
    if not isinstance(data, dict):
        raise PackError(f"{path.name} is not a rubric pack.", [("", "expected a JSON object")])
    return data


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
            problems = [*problems[:MAX_PROBLEMS], ("", f"and {more:,} more problems")]
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
        return [(_path(e.absolute_path), _message(e.message, e.instance)) for e in errors]
    except RecursionError:  # absurdly deep nesting: the messages themselves cannot be written
        return [("", "nested far too deeply to be a rubric pack")]


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
                problems.append((path, f"{NOT_KEPT} ({describe(bad)})"))
        elif isinstance(value, dict):
            for key, item in value.items():
                bad = refused_character(key)
                if bad is not None:
                    problems.append((path, f"a key {NOT_KEPT} ({describe(bad)})"))
                    continue
                stack.append((f"{path}.{key}" if path else key, item))
        elif isinstance(value, list):
            stack.extend((f"{path}[{i}]", item) for i, item in enumerate(value))
    return sorted(problems)


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


def _rule_problems(data: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    languages = data["languages"]
    for path, text in _texts({k: v for k, v in data.items() if k != "languages"}, ""):
        for language in languages:
            if not text.get(language, "").strip():
                yield f"{path}.{language}", f"the {language} text is missing or empty"
    values = [level["value"] for level in data["levels"]]
    if values != list(range(1, len(values) + 1)):
        yield "levels", f"level values must be 1 to {len(values)} in order, found {values}"
    for language in languages:
        if len(data["short_title"].get(language, "")) > 40:
            yield f"short_title.{language}", "must be at most 40 characters"
    section_keys = [s["key"] for s in data.get("sections", [])]
    if len(set(section_keys)) != len(section_keys):
        yield "sections", "two sections have the same key"
    seen: set[str] = set()
    for i, category in enumerate(data["categories"]):
        where = f"categories[{i}]"
        if category["key"] in seen:
            yield f"{where}.key", f"the key '{category['key']}' is used twice"
        seen.add(category["key"])
        if section_keys and category.get("section") not in section_keys:
            yield f"{where}.section", "must name one of the pack's sections"
        if not section_keys and "section" in category:
            yield f"{where}.section", "the pack has no sections"
        for j, indicator in enumerate(category["indicators"]):
            if indicator.get("added") and indicator.get("inferred"):
                yield f"{where}.indicators[{j}]", "an indicator is either added or inferred"
        have = sorted(int(k) for k in category["descriptors"])
        for value in values:
            if value not in have:
                yield f"{where}.descriptors", f"no descriptor for level {value}"
        for value in have:
            if value not in values:
                yield f"{where}.descriptors.{value}", "there is no such level"
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
        problems.append(("lineage.previous_version", f"must be an earlier version than {version}"))
    listed: set[str] = set()
    for i, origin in enumerate(lineage["categories"]):
        where = f"lineage.categories[{i}].key"
        if origin["key"] not in keys:
            problems.append((where, f"the pack has no category '{origin['key']}'"))
        elif origin["key"] in listed:
            problems.append((where, f"the category '{origin['key']}' is listed twice"))
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
