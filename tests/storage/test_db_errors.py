"""Storage's one classifier reads the driver's codes: real SQLite errors, each of its kinds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from roots_app.storage.db_errors import Kind, kind_of
from roots_app.storage.engine import make_engine
from tests.postgres_server import PostgresServer


def _error(connection: sqlite3.Connection, sql: str) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as caught:
        connection.execute(sql)
    return caught.value


def test_a_damaged_file_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"this is not a database, just some text " * 200)
    connection = sqlite3.connect(path)
    try:
        assert kind_of(_error(connection, "SELECT * FROM sqlite_master")) is Kind.DAMAGED
    finally:
        connection.close()


def test_a_file_another_writer_holds_is_busy(tmp_path: Path) -> None:
    path = tmp_path / "roots.sqlite3"
    first = sqlite3.connect(path, isolation_level=None)
    second = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        first.execute("CREATE TABLE t (x)")
        first.execute("BEGIN IMMEDIATE")
        assert kind_of(_error(second, "BEGIN IMMEDIATE")) is Kind.BUSY
    finally:
        first.close()
        second.close()


def test_a_full_database_is_full_and_a_read_only_one_read_only(tmp_path: Path) -> None:
    path = tmp_path / "roots.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("CREATE TABLE t (x)")
        connection.execute("PRAGMA max_page_count = 3")
        full = _error(connection, "INSERT INTO t VALUES (zeroblob(100000))")
        assert kind_of(full) is Kind.DISK_FULL
    finally:
        connection.close()
    reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert kind_of(_error(reader, "INSERT INTO t VALUES (1)")) is Kind.READ_ONLY
    finally:
        reader.close()


def test_a_broken_constraint_is_a_clash_and_other_errors_are_other() -> None:
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE TABLE t (x UNIQUE)")
        connection.execute("INSERT INTO t VALUES (1)")
        assert kind_of(_error(connection, "INSERT INTO t VALUES (1)")) is Kind.CLASH
        assert kind_of(_error(connection, "SELECT * FROM nowhere")) is Kind.OTHER
    finally:
        connection.close()


def test_the_words_do_not_matter_only_the_code() -> None:
    """A message that merely mentions "locked" or "full" is not taken for one."""
    assert kind_of(sqlite3.OperationalError("database is locked; disk full")) is Kind.OTHER


def test_postgresql_errors_are_read_from_their_sqlstate(postgres: PostgresServer) -> None:
    url = postgres.empty_database()
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE t (x integer UNIQUE)"))
            conn.execute(text("INSERT INTO t VALUES (1)"))
        with pytest.raises(DBAPIError) as clash, engine.begin() as conn:
            conn.execute(text("INSERT INTO t VALUES (1)"))  # 23505 unique_violation
        assert kind_of(clash.value) is Kind.CLASH
        with pytest.raises(DBAPIError) as read_only, engine.begin() as conn:
            conn.execute(text("SET TRANSACTION READ ONLY"))
            conn.execute(text("INSERT INTO t VALUES (2)"))  # 25006
        assert kind_of(read_only.value) is Kind.READ_ONLY
        with engine.connect() as holder, engine.connect() as waiter:
            holder.execute(text("LOCK TABLE t IN ACCESS EXCLUSIVE MODE"))
            waiter.execute(text("SET lock_timeout = '10ms'"))
            with pytest.raises(DBAPIError) as busy:
                waiter.execute(text("SELECT * FROM t"))  # 55P03 lock_not_available
            waiter.rollback()
            holder.rollback()
        assert kind_of(busy.value) is Kind.BUSY
    finally:
        engine.dispose()
        postgres.drop(url)
