"""A school's LEA and own CDS code set at once from the app's school dialog (issue 19): both
checked before either is written, on a real database."""

from __future__ import annotations

from pathlib import Path

import pytest

from roots_app.errors import BadInputError, NotFoundError
from roots_app.services import schools, state
from roots_app.services.context import Roots
from tests.exchange.state_files import result, write

LAUSD = "19647330000000"
OWN = "19647336018634"


def test_link_school_sets_both_or_neither(roots: Roots, tmp_path: Path) -> None:
    state.import_file(
        roots, write(tmp_path / "Pr32024.txt", 2024, [result(LAUSD, "LA Unified", 2024, [3] * 12)])
    )
    school = schools.create_school(roots, "Sylvia Mendez")
    state.link_school(roots, school, LAUSD, OWN)
    name, lea, own = state.school_links(roots, school)
    assert (name, lea and lea.cds_code, own) == ("Sylvia Mendez", LAUSD, OWN)
    with pytest.raises(BadInputError, match="The school's CDS code '1964' is not a CDS code"):
        state.link_school(roots, school, None, "1964")
    with pytest.raises(NotFoundError, match="01100170000000"):
        state.link_school(roots, school, "01100170000000", None)
    _, lea, own = state.school_links(roots, school)
    assert (lea and lea.cds_code, own) == (LAUSD, OWN)  # neither failed change wrote anything
    state.link_school(roots, school, None, None)
    assert state.school_links(roots, school)[1:] == (None, None)
    with pytest.raises(NotFoundError):
        state.link_school(roots, "no-such-school", LAUSD, None)
