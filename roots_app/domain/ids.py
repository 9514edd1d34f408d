"""Identifiers and timestamps made where a record is created, so merges can match records."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class OrderedIds:
    """Makes UUIDv7-style ids (RFC 9562): a millisecond clock first, random bits after.

    For bulk data (the sample district): ids that grow over time land at the end of each
    index instead of all over it, which makes writing half a million rows ~2x faster on
    SQLite. The clock advances 1 ms per id, so ids stay unique and ordered within a run.
    """

    def __init__(self, rng: random.Random, start: datetime) -> None:
        self.rng = rng
        self.millis = int(start.timestamp() * 1000)

    def __call__(self) -> str:
        self.millis += 1
        rand = self.rng.getrandbits(74)
        value = (
            (self.millis & 0xFFFF_FFFF_FFFF) << 80
            | 0x7 << 76  # version 7
            | (rand >> 62) << 64  # 12 random bits
            | 0b10 << 62  # RFC 4122 variant
            | (rand & (1 << 62) - 1)  # 62 random bits
        )
        digits = f"{value:032x}"
        return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"
