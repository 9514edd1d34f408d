"""The district database: the same migrations on a real PostgreSQL server, a newer schema refused,
and a lost connection reported in words, then recovered from by itself."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from roots_app.errors import NewerDatabaseError, StorageError
from roots_app.services import schools
from roots_app.services.context import open_roots
from roots_app.storage import migrate
from roots_app.storage.engine import make_engine, open_database
from roots_app.storage.models import Base
from tests.postgres_server import PostgresServer


@pytest.fixture
def empty(postgres: PostgresServer) -> Iterator[str]:
    url = postgres.empty_database()
    yield url
    postgres.drop(url)


def test_migrations_build_exactly_the_models_on_postgresql(empty: str) -> None:
    db = open_database(empty)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    db.dispose()
    assert diff == []
    assert version == migrate.HEAD


def test_upgrading_a_0001_district_database_keeps_its_data(empty: str) -> None:
    engine = make_engine(empty)
    migrate.upgrade(engine, "0001")
    stamp = "'2025-01-01', '2025-01-01', 'd'"
    with engine.begin() as conn:
        for row in (
            "INSERT INTO schools (id, name, district, region, created_at, updated_at, updated_by)"
            f" VALUES ('s', 'Escuela', '', '', {stamp})",
            "INSERT INTO teams (id, school_id, name, created_at, updated_at, updated_by)"
            f" VALUES ('t', 's', 'FAT', {stamp})",
            "INSERT INTO rubric_packs (id, pack_id, version, content_hash, content, imported,"
            " created_at) VALUES ('p', 'x', '1.0.0', 'h', '{}', false, '2025-01-01')",
            "INSERT INTO assessments (id, team_id, pack_row_id, pack_id, pack_version,"
            " school_year, status, current_category, current_rater, created_at, updated_at,"
            f" updated_by) VALUES ('a', 't', 'p', 'x', '1.0.0', '2024-25', 'agreed', '', 'team',"
            f" {stamp})",
        ):
            conn.exec_driver_sql(row)
    engine.dispose()
    db = open_database(empty)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT revealed FROM assessments")).scalar() is True
        assert conn.execute(text("SELECT row_version FROM schools")).scalar() == 1
    db.dispose()


def test_a_newer_district_schema_is_refused_and_left_alone(empty: str) -> None:
    open_database(empty).dispose()
    engine = make_engine(empty)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(NewerDatabaseError, match="newer version of Roots"):
        open_database(empty)
    engine = make_engine(empty)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"
    engine.dispose()


@pytest.mark.logs_warnings
def test_a_lost_connection_is_said_in_words_and_the_next_try_reconnects(
    postgres: PostgresServer, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    url = postgres.new_database()
    roots = open_roots(tmp_path, url)
    name = url.rsplit("/", 1)[1]

    def drop_connections() -> None:  # the server restarts, or the network drops
        postgres.execute(
            f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"
        )

    try:
        schools.create_school(roots, "Before")
        drop_connections()
        schools.create_school(roots, "Between")  # an idle connection lost: checked, replaced
        with pytest.raises(StorageError) as lost, roots.transaction() as session:
            session.execute(text("SELECT 1"))
            drop_connections()  # lost in the middle of saving
            session.execute(text("SELECT 1"))
        assert lost.value.code == "connection_lost"
        assert "lost its connection to the database" in str(lost.value)
        schools.create_school(roots, "After")  # no restart needed
        names = [s.name for s in schools.list_schools(roots)]
        assert names == ["After", "Before", "Between"]
    finally:
        roots.close()
        postgres.drop(url)
