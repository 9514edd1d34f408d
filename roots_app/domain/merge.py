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
import json.encoder
from collections.abc import Callable, Iterable, Mapping
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


def one_shot(encoder: json.JSONEncoder) -> Callable[[object], str]:
    """``encoder.encode`` for dicts of plain values, its C part made once: ``encode`` builds it
    again on every call, a third of the time for a small record (half a million in a district).
    """
    try:
        make = getattr(json.encoder, "c_make_encoder", None)
        if make is None or encoder.indent is not None:
            raise TypeError
        escape = json.encoder.encode_basestring_ascii if encoder.ensure_ascii else None
        made = make(
            None,  # no check for circular values: records are flat, and it keeps no state
            encoder.default,
            escape or json.encoder.encode_basestring,
            None,
            encoder.key_separator,
            encoder.item_separator,
            encoder.sort_keys,
            encoder.skipkeys,
            encoder.allow_nan,
        )
        if "".join(made({"a": [1, None, "é\n"]}, 0)) != encoder.encode({"a": [1, None, "é\n"]}):
            raise TypeError  # another Python's C encoder: not the one this was written for
    except (AttributeError, TypeError):
        return encoder.encode

    def encode(value: object) -> str:
        return "".join(made(value, 0))

    return encode


# Canonical JSON; one encoder made once (json.dumps would build one per call: half a million
# records in a district).
_CANONICAL = one_shot(json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False))


def fingerprint(values: Mapping[str, object]) -> str:
    """A short, stable fingerprint of a record's content (JSON-ready values)."""
    canonical = _CANONICAL(values)
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
