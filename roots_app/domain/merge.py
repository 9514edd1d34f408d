"""How a record arriving in a .roots file meets the local copy of the same record.

Each copy of a record keeps the fingerprints of the versions it has sent or received (its
"seen" list). Comparing fingerprints, never clocks, keeps the rules right when laptops'
clocks disagree:

- the same content here and there: nothing to do;
- theirs is a version we already had (it is in our seen list): ours is newer, keep ours;
- ours is a version they already had (in their seen list): theirs is newer, take theirs;
- otherwise both sides changed it since they last met: a conflict for a person to decide.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

MAX_SEEN = 32  # a record's history is kept short: versions older than this are long merged
FINGERPRINT_LENGTH = 16  # hex digits: 64 bits, plenty for versions of one record


class Outcome(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"


class Resolution(StrEnum):
    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"


# Canonical JSON; one encoder made once (json.dumps would build one per call: half a million
# records in a district).
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def fingerprint(values: Mapping[str, object]) -> str:
    """A short, stable fingerprint of a record's content (JSON-ready values)."""
    canonical = _CANONICAL.encode(values)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:FINGERPRINT_LENGTH]


@dataclass(frozen=True, slots=True)
class Copy:
    """One side's copy of a record: its fingerprint and the versions it descends from."""

    fingerprint: str
    seen: tuple[str, ...] = ()


def decide(local: Copy | None, incoming: Copy, deleted_here: bool = False) -> Outcome:
    if local is None:
        # A record removed here after it was exchanged stays removed.
        return Outcome.UNCHANGED if deleted_here else Outcome.ADDED
    if incoming.fingerprint == local.fingerprint or incoming.fingerprint in local.seen:
        return Outcome.UNCHANGED
    if local.fingerprint in incoming.seen:
        return Outcome.UPDATED
    return Outcome.CONFLICT


def merged_seen(*histories: Iterable[str]) -> tuple[str, ...]:
    """Union of histories in order of first appearance, keeping the newest ``MAX_SEEN``."""
    out: dict[str, None] = {}
    for history in histories:
        for item in history:
            out.pop(item, None)
            out[item] = None
    return tuple(out)[-MAX_SEEN:]
