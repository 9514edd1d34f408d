"""A full disk or a read-only data file: a sentence saying what to do, and nothing half-saved.

The disk is made "full" by SQLite's own limit on the file's size (the same error SQLite gives
for a full disk), and read-only by SQLite's query_only switch: no root or special filesystem."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import event, text

from roots_app.errors import DiskFullError, ReadOnlyError
from roots_app.services import demo, schools
from roots_app.services.context import Roots
from tests.dbdump import dump

pytestmark = pytest.mark.one_backend  # SQLite's own conditions


def _on_every_connection(roots: Roots, pragma: Callable[[int], str]) -> None:
    with roots.db.engine.connect() as connection:
        pages = connection.execute(text("PRAGMA page_count")).scalar() or 0
    roots.db.engine.dispose()  # new connections get the pragma
    event.listen(
        roots.db.engine, "connect", lambda dbapi, _record: dbapi.execute(pragma(int(pages)))
    )


def test_a_full_disk_is_said_in_words_and_nothing_is_half_saved(roots: Roots) -> None:
    schools.create_school(roots, "Escuela")
    before = dump(roots)
    _on_every_connection(roots, lambda pages: f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFullError, match="The disk is full"):
        demo.make_demo(roots, 5, 2, 1)  # thousands of rows: needs new pages
    assert dump(roots) == before


def test_a_read_only_data_file_is_said_in_words(roots: Roots) -> None:
    schools.create_school(roots, "Escuela")
    before = dump(roots)
    _on_every_connection(roots, lambda _pages: "PRAGMA query_only = ON")
    with pytest.raises(ReadOnlyError, match="may not write to its data"):
        schools.create_school(roots, "Otra")
    assert [s.name for s in schools.list_schools(roots)] == ["Escuela"]  # reading still works
    assert dump(roots) == before
