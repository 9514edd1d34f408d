"""Read and validate crosswalk files (the packs' categories mapped to the LCFF practices).

Modelled on pack_file: a JSON schema first (crosswalk_schema.json), then the rules a schema
cannot say (every text in every language, packs and keys that exist, no category twice),
every problem with where in the file it is.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from roots_app.domain.crosswalk import (
    CategoryLinks,
    Crosswalk,
    PracticeLink,
    Versions,
    version_key,
)
from roots_app.domain.pack_problem import Code, Problem, Refusal
from roots_app.domain.text import Text, refused_character
from roots_app.errors import CrosswalkError, PackError
from roots_app.exchange import pack_file

Problems = list[Problem]
# Pack id -> version -> that version's category keys: the packs a crosswalk may name.
Known = Mapping[str, Mapping[str, frozenset[str]]]


def read_crosswalk_file(path: Path) -> dict[str, Any]:
    """Parse a crosswalk file as JSON; CrosswalkError for an unreadable, huge or broken file."""
    try:
        return pack_file.read_pack_file(path)
    except PackError as error:  # the same checks as a pack's, told as a crosswalk's
        said = [
            Problem(p.path, p.code, {**p.values, "what": "a crosswalk"})
            if "what" in p.values
            else p
            for p in error.problems
        ]
        raise CrosswalkError(
            str(error.args[0]).replace("a rubric pack", "a crosswalk"), said, error.refusal
        ) from None


def validate(data: Mapping[str, Any], known: Known, target_keys: frozenset[str]) -> Crosswalk:
    """Check a parsed crosswalk completely against the installed packs (``known``) and the
    target pack's category keys; raise CrosswalkError listing every problem with its path."""
    if "kind" not in data and "categories" in data:  # the wrong file chosen: say so plainly
        raise CrosswalkError(
            "This file is a rubric pack, not a crosswalk.",
            [Problem("kind", Code.NOT_A_CROSSWALK)],
            Refusal.PACK_NOT_CROSSWALK,
        )
    problems = pack_file.text_problems(data) or _schema_problems(data)
    if not problems:
        problems = list(_rule_problems(data, known, target_keys))
    if problems:
        if len(problems) > pack_file.MAX_PROBLEMS:
            more = len(problems) - pack_file.MAX_PROBLEMS
            problems = [
                *problems[: pack_file.MAX_PROBLEMS],
                Problem("", Code.MORE, {"count": more}),
            ]
        name = data.get("id")
        if not isinstance(name, str) or refused_character(name) is not None or len(name) > 64:
            name = "in this file"
        raise CrosswalkError(f"The crosswalk {name} is not valid.", problems)
    return crosswalk_from_data(data)


def _schema_problems(data: Mapping[str, Any]) -> Problems:
    import jsonschema  # only validation needs it

    schema = json.loads(
        resources.files("roots_app.exchange").joinpath("crosswalk_schema.json").read_text("utf-8")
    )
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    return [pack_file.schema_problem(e) for e in errors]


def _texts(data: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, str]]]:
    for name in ("title", "provenance", "description"):
        yield name, data[name]
    for i, links in enumerate(data["links"]):
        for j, link in enumerate(links["practices"]):
            yield f"links[{i}].practices[{j}].reason", link["reason"]


def _versions(links: Mapping[str, Any]) -> Versions:
    found = links.get("versions", {})
    return Versions(found.get("from"), found.get("before"))


def _rule_problems(
    data: Mapping[str, Any], known: Known, target_keys: frozenset[str]
) -> Iterator[Problem]:
    for path, text in _texts(data):
        for language in data["languages"]:
            if not text.get(language, "").strip():
                yield pack_file.text_missing(path, language)
    seen: dict[tuple[str, str], list[Versions]] = {}
    for i, links in enumerate(data["links"]):
        where = f"links[{i}]"
        pack, category, versions = links["pack"], links["category"], _versions(links)
        first, before = versions.first, versions.before
        if first and before and version_key(first) >= version_key(before):
            yield Problem(f"{where}.versions", Code.RANGE_REVERSED)
            continue
        if pack == data["target"]:
            yield Problem(f"{where}.pack", Code.LINKS_FROM_TARGET, {"pack": pack})
        elif pack not in known:
            yield Problem(f"{where}.pack", Code.NO_SUCH_PACK, {"pack": pack})
        else:
            held = [v for v in known[pack] if versions.holds(v)]
            if not held:
                yield Problem(f"{where}.versions", Code.NO_VERSION_IN_RANGE, {"pack": pack})
            elif not any(category in known[pack][v] for v in held):
                yield Problem(
                    f"{where}.category",
                    Code.NO_CATEGORY_IN_RANGE,
                    {
                        "pack": pack,
                        "category": category,
                        "versions": versions.describe(),
                        "first": first or "",
                        "before": before or "",
                    },
                )
        if any(versions.overlaps(other) for other in seen.get((pack, category), ())):
            linked = {"pack": pack, "category": category}
            yield Problem(f"{where}.category", Code.LINKED_TWICE, linked)
        seen.setdefault((pack, category), []).append(versions)
        practices: set[str] = set()
        for j, link in enumerate(links["practices"]):
            practice = link["practice"]
            if practice not in target_keys:
                yield Problem(
                    f"{where}.practices[{j}].practice",
                    Code.NOT_A_PRACTICE,
                    {"practice": practice, "target": data["target"]},
                )
            if practice in practices:
                named = {"practice": practice}
                yield Problem(f"{where}.practices[{j}].practice", Code.PRACTICE_TWICE, named)
            practices.add(practice)


def crosswalk_from_data(data: Mapping[str, Any], content_hash_: str = "") -> Crosswalk:
    """Build the domain crosswalk from data already validated (the shipped file, a stored one)."""
    return Crosswalk(
        id=data["id"],
        version=data["version"],
        title=Text(dict(data["title"])),
        provenance=Text(dict(data["provenance"])),
        description=Text(dict(data["description"])),
        target=data["target"],
        links=tuple(
            CategoryLinks(
                links["pack"],
                links["category"],
                tuple(
                    PracticeLink(link["practice"], Text(dict(link["reason"])))
                    for link in links["practices"]
                ),
                _versions(links),
            )
            for links in data["links"]
        ),
        languages=tuple(data["languages"]),
        content_hash=content_hash_ or pack_file.content_hash(data),
    )
