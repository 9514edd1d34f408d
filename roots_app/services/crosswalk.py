"""The crosswalk between packs: the shipped one, or the one a district imported in its place."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from roots_app import paths
from roots_app.domain.crosswalk import Crosswalk
from roots_app.domain.state_report import LCFF_PACK
from roots_app.exchange import crosswalk_file
from roots_app.services import files, rubrics
from roots_app.services.context import Roots
from roots_app.storage import packs_repo
from roots_app.storage.engine import Unit

SHIPPED_NAME = "roots-crosswalk.json"


@cache
def shipped() -> tuple[Crosswalk, str]:
    """The crosswalk shipped with Roots and its text (validated by the test suite)."""
    content = (paths.crosswalks_dir() / SHIPPED_NAME).read_text(encoding="utf-8")
    return crosswalk_file.crosswalk_from_data(json.loads(content)), content


def current(roots: Roots) -> tuple[Crosswalk, bool]:
    """The crosswalk in use, and whether a district imported it (else it is the shipped one)."""
    with roots.reading() as session:
        stored = packs_repo.crosswalk(session)
    if stored is None:
        return shipped()[0], False
    content, content_hash = stored
    return crosswalk_file.crosswalk_from_data(json.loads(content), content_hash), True


def known_packs(roots: Roots, session: Unit | None = None) -> dict[str, dict[str, frozenset[str]]]:
    """Pack id -> version -> category keys, of every installed pack version."""
    known: dict[str, dict[str, frozenset[str]]] = {}
    for pack in rubrics.installed(roots, every_version=True, session=session):
        known.setdefault(pack.id, {})[pack.version] = frozenset(c.key for c in pack.categories)
    return known


def _target_keys(known: dict[str, dict[str, frozenset[str]]]) -> frozenset[str]:
    return frozenset().union(*known.get(LCFF_PACK, {}).values())


def validate_file(roots: Roots, path: Path) -> Crosswalk:
    """Check a crosswalk file against the packs installed here (CrosswalkError if it is bad)."""
    known = known_packs(roots)
    return crosswalk_file.validate(
        crosswalk_file.read_crosswalk_file(path), known, _target_keys(known)
    )


def validate_data(roots: Roots, data: Any, session: Unit | None = None) -> Crosswalk:
    """Check a crosswalk's data (another database's imported one) against the packs installed
    here (as ``session`` sees them, if given), as an import does (CrosswalkError if it does
    not fit)."""
    known = known_packs(roots, session)
    return crosswalk_file.validate(data, known, _target_keys(known))


def import_file(roots: Roots, path: Path) -> Crosswalk:
    """Use the crosswalk in this file in place of the shipped one (or the one imported
    before). A bad file raises CrosswalkError and changes nothing."""
    data = crosswalk_file.read_crosswalk_file(path)
    known = known_packs(roots)
    found = crosswalk_file.validate(data, known, _target_keys(known))
    content = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    with roots.transaction() as session:
        packs_repo.replace_crosswalk(session, found.version, found.content_hash, content)
    return found


def export_file(roots: Roots, path: Path) -> Path:
    """Write the crosswalk in use to a file a district can change and import again."""
    with roots.reading() as session:
        stored = packs_repo.crosswalk(session)
    content = shipped()[1] if stored is None else stored[0]
    return files.write_file(path, content.encode("utf-8"))
