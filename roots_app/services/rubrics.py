"""Rubric packs: the bundled ones, the ones a district imported, and validating files."""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from roots_app import paths
from roots_app.domain.pack_problem import Code, Problem, Refusal
from roots_app.domain.rubric import RubricPack
from roots_app.domain.text import Text
from roots_app.errors import NotFoundError, PackError
from roots_app.exchange import pack_file
from roots_app.services import files
from roots_app.services.context import Roots
from roots_app.storage import listing_repo
from roots_app.storage.engine import Unit

if TYPE_CHECKING:
    from roots_app.storage.models import PackRow

# packs_repo maps the ORM models: imported where a pack is stored or counted, so that listing
# the installed packs (Home, before the first paint) never maps them (issue 14).


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


@cache
def bundled() -> tuple[tuple[RubricPack, str], ...]:
    """The packs shipped with Roots (validated by the test suite, so not again at start)."""
    found = []
    for entry in sorted(paths.rubrics_dir().iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            content = entry.read_text(encoding="utf-8")
            found.append((pack_file.pack_from_data(json.loads(content)), content))
    return tuple(found)


def _all(roots: Roots, session: Unit | None = None) -> list[tuple[RubricPack, str]]:
    """The bundled packs and the imported ones (as ``session`` sees them, if given: a unit
    of work that may have installed some not yet committed)."""
    if session is None:
        with roots.reading() as reading:
            return _all(roots, reading)
    packs = list(bundled())
    for content, content_hash in listing_repo.imported_packs(session):
        packs.append((pack_file.pack_from_data(json.loads(content), content_hash), content))
    return packs


def installed(
    roots: Roots, every_version: bool = False, session: Unit | None = None
) -> list[RubricPack]:
    """Installed packs, newest version of each (or every version), in a stable order."""
    packs = sorted(
        (p for p, _ in _all(roots, session)), key=lambda p: (p.id, _version_key(p.version))
    )
    if every_version:
        return packs
    newest: dict[str, RubricPack] = {p.id: p for p in packs}
    return list(newest.values())


def find(roots: Roots, pack_id: str, version: str | None = None) -> tuple[RubricPack, str]:
    matches = [(p, c) for p, c in _all(roots) if p.id == pack_id]
    if version:
        matches = [(p, c) for p, c in matches if p.version == version]
    if not matches:
        wanted = f"{pack_id}@{version}" if version else pack_id
        raise NotFoundError(f"No rubric pack {wanted} is installed.", id=wanted)
    return max(matches, key=lambda pc: _version_key(pc[0].version))


def validate_file(path: Path) -> RubricPack:
    return pack_file.load_pack_file(path)


def import_file(roots: Roots, path: Path) -> RubricPack:
    """Add a pack version from a file; the same version with other content is refused."""
    from roots_app.storage import packs_repo

    data = pack_file.read_pack_file(path)
    pack = pack_file.validate(data)
    content = json.dumps(data, ensure_ascii=False, indent=2)
    for existing, _ in _all(roots):
        if existing.ref == pack.ref and same_version(
            pack.ref, existing.content_hash, pack.content_hash
        ):
            return existing  # already installed: importing twice changes nothing
    lineage_note(pack, _versions_of(roots, pack.id))  # refuses sources that are not there
    with roots.transaction() as session:
        packs_repo.add(session, pack.id, pack.version, pack.content_hash, content, imported=True)
    return pack


def same_version(ref: str, installed_hash: str | None, content_hash: str) -> bool:
    """The one rule for a pack version already here (a file, or a .roots file's pack): the
    same content is the same pack (True, nothing to add); other content under the same
    version is refused, as a changed pack needs a new version number (PackError). False:
    this version is not here."""
    if installed_hash is None:
        return False
    if installed_hash != content_hash:
        raise PackError(
            f"A different {ref} is already installed.",
            [Problem("version", Code.NEW_VERSION_NUMBER)],
            Refusal.OTHER_CONTENT,
        )
    return True


def _versions_of(roots: Roots, pack_id: str) -> dict[str, RubricPack]:
    return {pack.version: pack for pack, _, _ in _every(roots) if pack.id == pack_id}


def lineage_note(pack: RubricPack, versions: Mapping[str, RubricPack]) -> str | None:
    """Check ``pack``'s lineage against the previous version it names, if that is among
    ``versions`` (version -> pack): every source must be one of its categories (PackError,
    with where in the file). Returns a note when that version is not there to check against:
    the pack is accepted, its mapping taken on trust."""
    lineage = pack.lineage
    if lineage is None:
        return None
    previous = versions.get(lineage.previous_version)
    if previous is None:
        return (
            f"{pack.ref} continues version {lineage.previous_version}, which is not installed "
            "here: how its categories follow from that version's was not checked."
        )
    problems = _unknown_sources(pack, previous)
    if problems:
        raise PackError(f"The rubric pack {pack.ref} is not valid.", problems)
    return None


def _unknown_sources(pack: RubricPack, previous: RubricPack) -> list[Problem]:
    """The sources of ``pack``'s lineage that are not categories of ``previous``."""
    keys = {c.key for c in previous.categories}
    return [
        Problem(
            f"lineage.categories[{i}].from",
            Code.NOT_IN_VERSION,
            {"version": previous.version, "key": source},
        )
        for i, origin in enumerate(pack.lineage.origins if pack.lineage else ())
        for source in origin.sources
        if source not in keys
    ]


def unchecked_lineage(roots: Roots, pack: RubricPack) -> str | None:
    """The note for an installed pack whose lineage names a version not installed here."""
    return lineage_note(pack, _versions_of(roots, pack.id))


def snapshot(session: Unit, pack: RubricPack, content: str) -> PackRow:
    """The stored copy of this pack version that assessments point to (made on first use)."""
    from roots_app.storage import packs_repo

    return packs_repo.snapshot(session, pack.id, pack.version, pack.content_hash, content)


def as_json(pack: RubricPack, language: str) -> dict[str, object]:
    """One pack as JSON (``roots rubrics --json``): titles in every language, the rest in one."""
    return {
        "id": pack.id,
        "version": pack.version,
        "title": {code: pack.title[code] for code in pack.languages},
        "provenance": pack.provenance[language],
        "levels": [{"value": lv.value, "label": lv.label[language]} for lv in pack.levels],
        "categories": [{"key": c.key, "title": c.title[language]} for c in pack.categories],
        "content_hash": pack.content_hash,
    }


class Origin(Enum):
    """Where an installed pack version came from."""

    SHIPPED = "shipped"  # in resources/rubrics, part of this Roots
    IMPORTED = "imported"  # from a pack file or a .roots file
    KEPT = "kept"  # no longer shipped nor imported: kept because assessments were scored on it


@dataclass(frozen=True, slots=True)
class PackVersion:
    """One pack version as the Rubrics place lists it."""

    id: str
    version: str
    title: Text
    short_title: Text
    provenance: Text
    origin: Origin
    assessments: int  # scored on this version, not counting those in the trash

    @property
    def ref(self) -> str:
        return f"{self.id}@{self.version}"


def _every(roots: Roots) -> list[tuple[RubricPack, str, Origin]]:
    """Every pack version here: shipped, imported, and the ones only assessments still use."""
    from roots_app.storage import packs_repo

    found = [(pack, content, Origin.SHIPPED) for pack, content in bundled()]
    shipped = {pack.ref for pack, _ in bundled()}
    with roots.reading() as session:
        stored = packs_repo.every_version(session)
    for pack_id, version, content, content_hash, imported in stored:
        if f"{pack_id}@{version}" in shipped:
            continue  # a shipped pack's snapshot: the same text (exchange checks it)
        pack = pack_file.pack_from_data(json.loads(content), content_hash)
        found.append((pack, content, Origin.IMPORTED if imported else Origin.KEPT))
    return sorted(found, key=lambda f: (f[0].id, _version_key(f[0].version)))


def versions(roots: Roots) -> list[PackVersion]:
    """Every installed pack version with how many assessments use it (the Rubrics place)."""
    from roots_app.storage import packs_repo

    every = _every(roots)
    with roots.reading() as session:
        counts = packs_repo.assessment_counts(session)
    return [
        PackVersion(
            pack.id,
            pack.version,
            pack.title,
            pack.short_title,
            pack.provenance,
            origin,
            counts.get((pack.id, pack.version), 0),
        )
        for pack, _, origin in every
    ]


def export_name(pack_id: str, version: str) -> str:
    """The file name an exported pack version is offered under."""
    return f"{pack_id}-{version}.json"


def export_file(roots: Roots, pack_id: str, version: str, path: Path) -> Path:
    """Write one installed pack version to a pack file (all or nothing), exactly as installed:
    importing it elsewhere gives the same pack, content hash and all."""
    found = [content for pack, content, _ in _every(roots) if pack.ref == f"{pack_id}@{version}"]
    if not found:
        wanted = f"{pack_id}@{version}"
        raise NotFoundError(f"No rubric pack {wanted} is installed.", id=wanted)
    content = found[0] if found[0].endswith("\n") else found[0] + "\n"
    return files.write_file(path, content.encode("utf-8"))


# ----- new versions, copies and new packs (the editor's starting points and its save) -----
#
# The editor works on a pack's JSON data (exchange/pack_file.py's format), so that a problem the
# validator names by its path is a field the editor can go to. While it works, each category of
# a new version carries ORIGIN: the previous version's categories it comes from (the editor
# keeps it through renames, merges and moves); ``finish`` turns it into the version's lineage.

ORIGIN = "_from"
_WORDING = ("title", "summary", "indicators", "descriptors", "questions", "strategies")


def data_of(roots: Roots, pack_id: str, version: str) -> dict[str, Any]:
    """One installed pack version's JSON data, exactly as installed."""
    for pack, content, _ in _every(roots):
        if pack.ref == f"{pack_id}@{version}":
            data: dict[str, Any] = json.loads(content)
            return data
    wanted = f"{pack_id}@{version}"
    raise NotFoundError(f"No rubric pack {wanted} is installed.", id=wanted)


def bumped(version: str, part: str = "minor") -> str:
    """The version after ``version``: ``part`` is "major", "minor" or "patch"."""
    major, minor, patch = _version_key(version)
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "patch":
        return f"{major}.{minor}.{patch + 1}"
    return f"{major}.{minor + 1}.0"


def next_version(roots: Roots, pack_id: str, version: str, part: str = "minor") -> str:
    """The first version after ``version`` (bumping ``part``) that is not installed yet."""
    taken = {pack.version for pack, _, _ in _every(roots) if pack.id == pack_id}
    found = bumped(version, part)
    while found in taken:
        found = bumped(found, part)
    return found


def start_new_version(
    roots: Roots, pack_id: str, version: str, part: str = "minor"
) -> dict[str, Any]:
    """A new version of an installed pack to edit: its data, the next free version number, and
    each category marked as coming from itself."""
    data = data_of(roots, pack_id, version)
    data["version"] = next_version(roots, pack_id, version, part)
    data.pop("lineage", None)
    for category in data["categories"]:
        category[ORIGIN] = [category["key"]]
    return data


def free_id(roots: Roots, wanted: str) -> str:
    """``wanted``, or ``wanted-2``, ``wanted-3``… : the first id no installed pack has."""
    taken = {pack.id for pack, _, _ in _every(roots)}
    found, n = wanted, 1
    while found in taken:
        n += 1
        found = f"{wanted}-{n}"
    return found


def start_copy(roots: Roots, pack_id: str, version: str) -> dict[str, Any]:
    """A copy of an installed pack version under a new id, as its version 1.0.0."""
    data = data_of(roots, pack_id, version)
    data["id"] = free_id(roots, f"{pack_id}-copy")
    data["version"] = "1.0.0"
    data.pop("lineage", None)
    return data


def start_blank(roots: Roots) -> dict[str, Any]:
    """A new pack from scratch: three levels and three categories whose texts are empty, so
    the pack fails validation until every one is typed in (in both languages)."""

    def empty() -> dict[str, str]:
        return {"en": "", "es": ""}

    levels = [1, 2, 3]
    return {
        "format": 1,
        "id": free_id(roots, "new-rubric"),
        "version": "1.0.0",
        "languages": ["en", "es"],
        "title": empty(),
        "short_title": empty(),
        "description": empty(),
        "provenance": empty(),
        "levels": [{"value": v, "label": empty(), "description": empty()} for v in levels],
        "categories": [blank_category(f"category-{n}", levels) for n in (1, 2, 3)],
    }


def blank_category(key: str, levels: list[int], section: str | None = None) -> dict[str, Any]:
    """A category with empty texts (one indicator, a descriptor per level): new, no origin."""
    category: dict[str, Any] = {"key": key}
    if section is not None:
        category["section"] = section
    category.update(
        title={"en": "", "es": ""},
        summary={"en": "", "es": ""},
        indicators=[{"text": {"en": "", "es": ""}, "added": False}],
        descriptors={str(v): {"en": "", "es": ""} for v in levels},
        questions=[],
        strategies=[],
    )
    category[ORIGIN] = []
    return category


def finish(data: dict[str, Any], previous: dict[str, Any] | None) -> dict[str, Any]:
    """The pack file data to save: the editor's ORIGIN marks removed and, for a new version
    of ``previous``, turned into its lineage. A category is listed only when it changed: other
    sources than its own key (renamed, merged, split, new) or other wording (reworded)."""
    out = copy.deepcopy(data)
    marks = [category.pop(ORIGIN, None) for category in out["categories"]]
    out.pop("lineage", None)
    if previous is None:
        return out
    before = {c["key"]: c for c in previous["categories"]}
    origins = []
    for category, mark in zip(out["categories"], marks, strict=True):
        key = category["key"]
        sources = list(mark) if mark is not None else ([key] if key in before else [])
        source = before.get(sources[0]) if len(sources) == 1 else None
        reworded = len(sources) > 1 or (
            source is not None and any(category.get(part) != source.get(part) for part in _WORDING)
        )
        if sources != [key] or reworded:
            origin: dict[str, Any] = {"key": key, "from": sources}
            if reworded:
                origin["reworded"] = True
            origins.append(origin)
    if origins:  # an unchanged version needs none (and older Roots can still read it)
        out["lineage"] = {"previous_version": previous["version"], "categories": origins}
    return out


def save_new_version(roots: Roots, data: dict[str, Any]) -> RubricPack:
    """Install a pack version made in the editor, as an imported one: it must be valid, a
    version not installed yet, and its lineage must name the previous version's categories."""
    pack = pack_file.validate(data)
    every = _every(roots)
    if any(existing.ref == pack.ref for existing, _, _ in every):
        raise PackError(
            f"The version {pack.ref} is already installed.",
            [Problem("version", Code.NEW_VERSION_NUMBER)],
            Refusal.VERSION_INSTALLED,
        )
    if pack.lineage is not None:
        ref = f"{pack.id}@{pack.lineage.previous_version}"
        previous = next((p for p, _, _ in every if p.ref == ref), None)
        if previous is not None:
            problems = _unknown_sources(pack, previous)
            if problems:
                raise PackError(f"The rubric pack {pack.id} is not valid.", problems)
    from roots_app.storage import packs_repo

    content = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    with roots.transaction() as session:
        packs_repo.add(session, pack.id, pack.version, pack.content_hash, content, imported=True)
    return pack


_PREVIEW = {"en": "Preview, not for rating", "es": "Vista previa, no para calificar"}


def preview_pdf(data: dict[str, Any], language: str = "en", page_size: str = "letter") -> bytes:
    """A blank set of rating sheets for a pack being edited, as the print of an assessment on
    it would look (its rating page and its guide with every category's descriptors): PDF bytes.
    The pack must be valid (PackError otherwise); nothing is saved."""
    from roots_app.domain.assessment import AssessmentInfo, Status
    from roots_app.reports import sheets_pdf  # ReportLab loads only to print

    pack = pack_file.validate(data)
    said = "es" if language == "es" else "en"
    info = AssessmentInfo(  # where a print names the school, team and year: what this is
        id="preview",
        school_id="",
        school_name=_PREVIEW[said],
        team_id="",
        team_name=pack.short_title[said],
        pack_id=pack.id,
        pack_version=pack.version,
        school_year=pack.version,
        status=Status.IN_PROGRESS,
    )
    return sheets_pdf.render_sheets(info, pack, [], 1, language, page_size)


def write_preview(roots: Roots, data: dict[str, Any], language: str) -> Path:
    """The PDF preview written to the data folder's cache (one file, replaced each time), on
    the paper size chosen in Settings, for the computer's PDF viewer to open."""
    folder = roots.data_dir / "cache"
    folder.mkdir(parents=True, exist_ok=True)
    content = preview_pdf(data, language, roots.settings.page_size)
    return files.write_file(folder / "rubric-preview.pdf", content)
