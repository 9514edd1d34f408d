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
from roots_app.domain.text import Text, refused_character
from roots_app.errors import CrosswalkError, PackError
from roots_app.exchange import pack_file

Problems = list[tuple[str, str]]
# Pack id -> version -> that version's category keys: the packs a crosswalk may name.
Known = Mapping[str, Mapping[str, frozenset[str]]]


def read_crosswalk_file(path: Path) -> dict[str, Any]:
    """Parse a crosswalk file as JSON; CrosswalkError for an unreadable, huge or broken file."""
    try:
        return pack_file.read_pack_file(path)
    except PackError as error:  # the same checks as a pack's, told as a crosswalk's
        said = [
            (where, reason.replace("a rubric pack", "a crosswalk"))
            for where, reason in error.problems
        ]
        raise CrosswalkError(
            str(error.args[0]).replace("a rubric pack", "a crosswalk"), said
        ) from None


def validate(data: Mapping[str, Any], known: Known, target_keys: frozenset[str]) -> Crosswalk:
    """Check a parsed crosswalk completely against the installed packs (``known``) and the
    target pack's category keys; raise CrosswalkError listing every problem with its path."""
    if "kind" not in data and "categories" in data:  # the wrong file chosen: say so plainly
        raise CrosswalkError(
            "This file is a rubric pack, not a crosswalk.",
            [("kind", 'a crosswalk file says "kind": "roots-crosswalk"')],
        )
    problems = pack_file.text_problems(data) or _schema_problems(data)
    if not problems:
        problems = list(_rule_problems(data, known, target_keys))
    if problems:
        if len(problems) > pack_file.MAX_PROBLEMS:
            more = len(problems) - pack_file.MAX_PROBLEMS
            problems = [*problems[: pack_file.MAX_PROBLEMS], ("", f"and {more:,} more problems")]
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
    return [
        (pack_file._path(e.absolute_path), pack_file._message(e.message, e.instance))
        for e in errors
    ]


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
) -> Iterator[tuple[str, str]]:
    for path, text in _texts(data):
        for language in data["languages"]:
            if not text.get(language, "").strip():
                yield f"{path}.{language}", f"the {language} text is missing or empty"
    seen: dict[tuple[str, str], list[Versions]] = {}
    for i, links in enumerate(data["links"]):
        where = f"links[{i}]"
        pack, category, versions = links["pack"], links["category"], _versions(links)
        first, before = versions.first, versions.before
        if first and before and version_key(first) >= version_key(before):
            yield f"{where}.versions", "'from' must be an earlier version than 'before'"
            continue
        if pack == data["target"]:
            yield f"{where}.pack", f"links go from other packs to {pack}, not from it"
        elif pack not in known:
            yield f"{where}.pack", f"there is no rubric pack '{pack}' installed"
        else:
            held = [v for v in known[pack] if versions.holds(v)]
            if not held:
                yield f"{where}.versions", f"no installed version of {pack} is in this range"
            elif not any(category in known[pack][v] for v in held):
                yield (
                    f"{where}.category",
                    f"{pack} has no category '{category}' ({versions.describe()})",
                )
        if any(versions.overlaps(other) for other in seen.get((pack, category), ())):
            yield f"{where}.category", f"{pack} '{category}' is linked twice for the same versions"
        seen.setdefault((pack, category), []).append(versions)
        practices: set[str] = set()
        for j, link in enumerate(links["practices"]):
            practice = link["practice"]
            if practice not in target_keys:
                yield (
                    f"{where}.practices[{j}].practice",
                    f"'{practice}' is not a category of {data['target']}",
                )
            if practice in practices:
                yield f"{where}.practices[{j}].practice", f"'{practice}' is named twice"
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
