"""School years written as ``2025-26``: the form schools and the state use."""

from __future__ import annotations

import re
from datetime import date

from roots_app.errors import BadInputError

_PATTERN = re.compile(r"^(\d{4})-(\d{2})$")


def parse(text: str) -> int:
    """The starting calendar year of ``2025-26`` (2025); refuses anything else."""
    match = _PATTERN.match(text.strip())
    if not match:
        raise BadInputError(f"'{text}' is not a school year; write it like 2025-26.", value=text)
    start, end = int(match.group(1)), int(match.group(2))
    if (start + 1) % 100 != end:
        raise BadInputError(
            f"'{text}' is not a school year: the second year must follow the first (like 2025-26).",
            value=text,
        )
    return start


def format_year(start: int) -> str:
    return f"{start}-{(start + 1) % 100:02d}"


def current(today: date | None = None) -> str:
    """The school year under way: it starts in July."""
    today = today or date.today()
    return format_year(today.year if today.month >= 7 else today.year - 1)


def previous(text: str) -> str:
    return format_year(parse(text) - 1)
