from datetime import date

import pytest

from roots_app.domain import school_year
from roots_app.errors import BadInputError


def test_parse_and_format_round_trip() -> None:
    assert school_year.parse("2025-26") == 2025
    assert school_year.format_year(2099) == "2099-00"
    assert school_year.previous("2000-01") == "1999-00"


@pytest.mark.parametrize("bad", ["2025", "2025-27", "25-26", "2025/26", "", "abcd-ef"])
def test_bad_years_are_refused(bad: str) -> None:
    with pytest.raises(BadInputError):
        school_year.parse(bad)


def test_school_year_turns_over_in_july() -> None:
    assert school_year.current(date(2026, 6, 30)) == "2025-26"
    assert school_year.current(date(2026, 7, 1)) == "2026-27"
