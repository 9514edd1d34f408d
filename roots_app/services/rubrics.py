"""Rubric packs: the bundled ones, the ones a district imported, and validating files."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from roots_app import paths
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


def _all(roots: Roots) -> list[tuple[RubricPack, str]]:
    packs = list(bundled())
    with roots.reading() as session:
        for content, content_hash in listing_repo.imported_packs(session):
            packs.append((pack_file.pack_from_data(json.loads(content), content_hash), content))
    return packs


def installed(roots: Roots, every_version: bool = False) -> list[RubricPack]:
    """Installed packs, newest version of each (or every version), in a stable order."""
    packs = sorted((p for p, _ in _all(roots)), key=lambda p: (p.id, _version_key(p.version)))
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
            [("version", "give the changed pack a new version number")],
        )
    return True


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
