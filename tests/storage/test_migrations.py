"""The real migrations build the schema; newer databases are refused and left untouched."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from roots_app.errors import DamagedDatabaseError, NewerDatabaseError, StorageError
from roots_app.storage import migrate
from roots_app.storage.engine import backup_sqlite, make_engine, open_database
from roots_app.storage.models import Base


def test_head_constant_matches_the_migration_scripts() -> None:
    assert list(migrate.REVISIONS) == migrate.script_revisions()


def test_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.dispose()
    assert diff == []


def test_new_database_is_private_wal_with_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "roots.sqlite3"
    db = open_database(f"sqlite:///{path}")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.dispose()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_database_from_a_newer_version_is_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "roots.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer version of Roots"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_gives_a_storage_error(tmp_path: Path) -> None:
    path = tmp_path / "roots.sqlite3"
    path.write_bytes(b"this is not a database" * 200)
    before = path.read_bytes()
    with pytest.raises(DamagedDatabaseError, match="damaged"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_backup_is_a_consistent_copy(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    target = backup_sqlite(db.engine, tmp_path / "backups" / "copy.sqlite3")
    db.dispose()
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (migrate.HEAD,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_backup_is_taken_before_upgrading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An older schema is copied to backups/ before the migrations touch it."""
    path = tmp_path / "roots.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'older'")
    conn.close()
    monkeypatch.setattr(migrate, "REVISIONS", ("older", migrate.HEAD))
    upgraded: list[bool] = []

    def fake_upgrade(engine: object) -> None:  # the real scripts do not know "older"
        backups = list((tmp_path / "backups").glob("*.sqlite3"))
        upgraded.append(bool(backups))

    monkeypatch.setattr(migrate, "upgrade", fake_upgrade)
    open_database(f"sqlite:///{path}", backup_dir=tmp_path / "backups").dispose()
    assert upgraded == [True]
    backup = tmp_path / "backups" / "before-migration-from-older.sqlite3"
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("older",)
    conn.close()


def _database_at_0001(path: Path, orphan: bool = False) -> None:
    """A database built by the real 0001 script, with rows in every table that 0002 rebuilds
    (and, if asked, a rating whose member does not exist)."""
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0001")
    stamp = "'2025-01-01', '2025-01-01', 'd'"
    rows = [
        f"INSERT INTO schools (id, name, district, region, created_at, updated_at, updated_by)"
        f" VALUES ('s', 'Escuela', '', '', {stamp})",
        f"INSERT INTO teams (id, school_id, name, created_at, updated_at, updated_by)"
        f" VALUES ('t', 's', 'FAT', {stamp})",
        f"INSERT INTO members (id, team_id, display_name, role, active, position, created_at,"
        f" updated_at, updated_by) VALUES ('m', 't', 'Ana', 'family', 1, 0, {stamp})",
        "INSERT INTO rubric_packs (id, pack_id, version, content_hash, content, imported,"
        " created_at) VALUES ('p', 'x', '1.0.0', 'h', '{}', 0, '2025-01-01')",
    ]
    for assessment, status in (("a1", "agreed"), ("a2", "in_progress")):
        rows += [
            f"INSERT INTO assessments (id, team_id, pack_row_id, pack_id, pack_version,"
            f" school_year, status, current_category, current_rater, created_at, updated_at,"
            f" updated_by) VALUES ('{assessment}', 't', 'p', 'x', '1.0.0', '2024-25',"
            f" '{status}', '', 'team', {stamp})",
            f"INSERT INTO assessment_members VALUES ('{assessment}', 'm', 0)",
            f"INSERT INTO ratings (id, assessment_id, category_key, member_id, level, evidence,"
            f" created_at, updated_at, updated_by) VALUES ('r-{assessment}', '{assessment}',"
            f" 'k', 'm', 3, 'nota', {stamp})",
            f"INSERT INTO agreements (id, assessment_id, category_key, level, evidence, reason,"
            f" created_at, updated_at, updated_by) VALUES ('g-{assessment}', '{assessment}',"
            f" 'k', 3, 'acuerdo', '', {stamp})",
        ]
    with engine.begin() as conn:
        for row in rows:
            conn.exec_driver_sql(row)
    engine.dispose()
    if orphan:  # damage of the kind a crashed older program might leave
        with sqlite3.connect(path) as raw:
            raw.execute(
                "INSERT INTO ratings (id, assessment_id, category_key, member_id, level, evidence,"
                f" created_at, updated_at, updated_by) VALUES ('r-x', 'a1', 'k', 'ghost', 1, '',"
                f" {stamp})"
            )
        raw.close()


def test_upgrading_a_real_0001_database_keeps_its_data_and_backs_it_up(tmp_path: Path) -> None:
    path = tmp_path / "roots.sqlite3"
    _database_at_0001(path)
    db = open_database(f"sqlite:///{path}", backup_dir=tmp_path / "backups")
    with db.engine.connect() as conn:
        revealed = dict(conn.exec_driver_sql("SELECT id, revealed FROM assessments").all())
        version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        ratings = conn.exec_driver_sql("SELECT count(*) FROM ratings").scalar()
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.dispose()
    assert version == migrate.HEAD
    assert revealed == {"a1": 1, "a2": 0}  # agreed ones had been discussed: shown
    assert ratings == 2
    backup = tmp_path / "backups" / "before-migration-from-0001.sqlite3"
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("SELECT count(*) FROM assessments").fetchone() == (2,)
    conn.close()


def test_a_failed_upgrade_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "roots.sqlite3"
    _database_at_0001(path, orphan=True)
    with sqlite3.connect(path) as conn:
        before = list(conn.iterdump())
    conn.close()
    with pytest.raises(StorageError, match="records that do not exist"):
        open_database(f"sqlite:///{path}", backup_dir=tmp_path / "backups")
    with sqlite3.connect(path) as conn:
        assert list(conn.iterdump()) == before  # no half-done table rebuild left behind
    conn.close()


def test_0012_gives_schools_an_optional_lea_and_goes_back_down_and_up(tmp_path: Path) -> None:
    """Schools made before the LEAs keep their rows, with no LEA and no CDS code. Down again
    with foreign keys on (as a downgrade runs), the state tables go and the schools and their
    teams stay (on SQLite the two columns stay too, emptied); up again, all is as before."""
    from alembic import command

    path = tmp_path / "roots.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0011")
    stamp = "'2025-01-01', '2025-01-01', 'd'"
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO schools (id, name, district, region, created_at, updated_at, updated_by)"
            f" VALUES ('s', 'Escuela', 'LAUSD', '', {stamp})"
        )
        conn.exec_driver_sql(
            "INSERT INTO teams (id, school_id, name, created_at, updated_at, updated_by)"
            f" VALUES ('t', 's', 'FAT', {stamp})"
        )
    migrate.upgrade(engine)
    with engine.begin() as conn:
        row = conn.exec_driver_sql("SELECT name, lea_id, cds_code FROM schools").one()
        assert tuple(row) == ("Escuela", None, None)
        conn.exec_driver_sql(
            "INSERT INTO leas (id, cds_code, name, kind, created_at, updated_at, updated_by)"
            f" VALUES ('l', '19647330000000', 'LAUSD', 'district', {stamp})"
        )
        conn.exec_driver_sql("UPDATE schools SET lea_id = 'l', cds_code = '19647336000001'")
    config = migrate.alembic_config()
    with engine.begin() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        config.attributes["connection"] = conn
        command.downgrade(config, "0011")
    with engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
        assert not tables & {"leas", "state_results", "state_ratings"}
        row = conn.exec_driver_sql("SELECT name, lea_id, cds_code FROM schools").one()
        assert tuple(row) == ("Escuela", None, None)
        assert conn.exec_driver_sql("SELECT count(*) FROM teams").scalar() == 1
    migrate.upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert conn.exec_driver_sql("SELECT count(*) FROM leas").scalar() == 0
    assert diff == []
    engine.dispose()


def test_0013_keeps_sent_lines_in_their_own_table_and_goes_back_down_and_up(
    tmp_path: Path,
) -> None:
    """The lines an export keeps (a cache) live apart from the records: down, the table goes
    and nothing else changes; up again, it is back, empty."""
    from alembic import command

    engine = make_engine(f"sqlite:///{tmp_path / 'roots.sqlite3'}")
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO exchange_sent (table_name, first_id, digest, lines)"
            " VALUES ('teams', '', x'00', x'7b7d')"
        )
        before = [tuple(r) for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")]
        config = migrate.alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0012")
        after = [tuple(r) for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")]
    gone = [("exchange_sent",), ("sqlite_autoindex_exchange_sent_1",)]  # the table and its key
    assert sorted(set(before) - set(after)) == gone
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM exchange_sent").scalar() == 0
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    engine.dispose()
