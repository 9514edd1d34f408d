"""Identifiers and timestamps made where a record is created, so merges can match records."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import UTC, datetime


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


def ordered_ids(rng: random.Random, start: datetime) -> Callable[[], str]:
    """Makes UUIDv7-style ids (RFC 9562): a millisecond clock first, random bits after.

    For bulk data (the sample district): ids that grow over time land at the end of each
    index instead of all over it, which makes writing half a million rows ~2x faster on
    SQLite. The clock advances 1 ms per id, so ids stay unique and ordered within a run.
    """
    millis = int(start.timestamp() * 1000)
    getrandbits = rng.getrandbits

    def new_id() -> str:
        nonlocal millis
        millis += 1
        rand = getrandbits(74)
        value = (
            (millis & 0xFFFF_FFFF_FFFF) << 80
            | 0x7 << 76  # version 7
            | (rand >> 62) << 64  # 12 random bits
            | 0b10 << 62  # RFC 4122 variant
            | (rand & (1 << 62) - 1)  # 62 random bits
        )
        # bytes.hex is several times faster than formatting the int with "032x".
        digits = value.to_bytes(16, "big").hex()
        return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"

    return new_id
