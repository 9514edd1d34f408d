"""A database file damaged in the middle, or one that is not Roots' (issue 13, items 6 and 14):
found before anything is written, said as Roots' damaged-database error, the file untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from roots_app.errors import DamagedDatabaseError, StorageError
from roots_app.services import assessments, demo, schools
from roots_app.services.context import open_roots
from roots_app.storage import engine
from roots_app.storage.engine import open_database

PAGE = 4096


def _sample(folder: Path) -> Path:
    """A small real database (a school district of three), closed, its log written back."""
    roots = open_roots(folder, f"sqlite:///{folder / 'roots.sqlite3'}")
    demo.make_demo(roots, 3, 2, 11)
    roots.close()
    return folder / "roots.sqlite3"


def damage_page(database: Path, page: int) -> None:
    """Overwrite one whole page (numbered from 1, as SQLite does) with garbage."""
    with database.open("r+b") as raw:
        raw.seek((page - 1) * PAGE)
        raw.write(bytes([0x5A]) * PAGE)


def root_page(database: Path, table: str) -> int:
    with sqlite3.connect(database) as db:
        found = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    db.close()
    return int(found[0])


def test_a_damaged_page_in_the_middle_is_found_when_the_file_is_opened(tmp_path: Path) -> None:
    database = _sample(tmp_path)
    pages = database.stat().st_size // PAGE
    damage_page(database, pages // 2)
    damaged = database.read_bytes()
    with pytest.raises(DamagedDatabaseError, match="damaged"):
        open_database(f"sqlite:///{database}")
    assert database.read_bytes() == damaged


def test_damage_met_by_any_statement_is_the_damaged_database_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = _sample(tmp_path)
    roots = open_roots(tmp_path, f"sqlite:///{database}")
    assessment_id = assessments.list_assessments(roots)[0].id
    roots.close()
    damage_page(database, root_page(database, "ratings"))
    # A big file is not checked page by page at every opening; this one is treated as big.
    monkeypatch.setattr(engine, "QUICK_CHECK_BELOW", 0)
    roots = open_roots(tmp_path, f"sqlite:///{database}")
    try:
        assert len(schools.list_schools(roots)) == 3  # what is whole still reads
        with pytest.raises(DamagedDatabaseError, match="restore a backup"):
            assessments.load(roots, assessment_id)  # reads the damaged page
        with pytest.raises(DamagedDatabaseError):
            demo.make_demo(roots, 1, 1, 12, again=True)  # a save that meets it
    finally:
        roots.close()


def test_a_sqlite_file_that_is_not_roots_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    other = tmp_path / "recipes.sqlite3"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE recipes (name TEXT)")
        db.execute("INSERT INTO recipes VALUES ('tamales')")
    db.close()
    before = other.read_bytes()
    with pytest.raises(StorageError, match="not a Roots database"):
        open_database(f"sqlite:///{other}")
    assert other.read_bytes() == before


def test_an_empty_file_becomes_a_roots_database(tmp_path: Path) -> None:
    empty = tmp_path / "new.sqlite3"
    empty.touch()
    open_database(f"sqlite:///{empty}").dispose()
    with sqlite3.connect(empty) as db:
        assert db.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
    db.close()


@pytest.mark.one_backend
def test_a_district_database_holding_other_data_is_refused(postgres) -> None:  # type: ignore[no-untyped-def]
    import psycopg

    url = postgres.empty_database()
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(
        host="127.0.0.1", port=postgres.port, user="roots", dbname=name, autocommit=True
    ) as other:
        other.execute("CREATE TABLE recipes (name text)")
    with pytest.raises(StorageError, match="not a Roots database"):
        open_database(url)
    with psycopg.connect(
        host="127.0.0.1", port=postgres.port, user="roots", dbname=name, autocommit=True
    ) as other:
        tables = other.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchall()
    assert tables == [("recipes",)]
