"""Open the database: make the engine, check its schema version, migrate with a backup first."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from roots_app.errors import (
    BadInputError,
    CancelledError,
    ConnectionLostError,
    DamagedDatabaseError,
    NewerDatabaseError,
    StorageError,
)
from roots_app.storage import migrate

log = logging.getLogger(__name__)

# Pages per step of a backup that can be stopped (4 MB of 4 KB pages: a few ms each).
_BACKUP_STEP_PAGES = 1024


class Database:
    """The engine and a session factory; services open one session per user action."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)

    def session(self) -> Session:
        return self.sessions()

    def dispose(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy, not the sqlite3 module, start transactions (see _sqlite_begin): the
    # module's own handling commits DDL at once, so a failed migration would be half applied.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable at checkpoints, fast
    cursor.execute("PRAGMA busy_timeout=5000")  # a second writer waits instead of failing
    # Random UUID keys land all over the indexes; a 64 MB page cache keeps big writes fast.
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
        parsed.get_dialect()  # an unknown kind of database is found here, not at first use
    except (ArgumentError, NoSuchModuleError):
        # Not echoed: the address may hold a password.
        raise BadInputError(
            "That database address is not one Roots can use. Write it like "
            "postgresql+psycopg://user@server/roots (a district database) or "
            "sqlite:///path/to/roots.sqlite3 (a file)."
        ) from None
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        _create_private_file(Path(parsed.database))
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url)
    else:
        # A district server: a connection found dead is replaced before use (a restart, a
        # laptop waking up), and a server that does not answer fails in seconds, not minutes.
        engine = create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_begin(connection: Connection) -> None:
    """Every transaction, schema changes included, is one real SQLite transaction."""
    connection.exec_driver_sql("BEGIN")


def _create_private_file(path: Path) -> None:
    """Create the SQLite file readable by its user only, before SQLite makes it world-readable."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)


def open_database(url: str, backup_dir: Path | None = None) -> Database:
    """Open and, if needed, migrate the database; refuse one written by a newer Roots."""
    engine = make_engine(url)
    try:
        current = _current_revision(engine)
        if current == migrate.HEAD:
            return Database(engine)
        if current is not None and current not in migrate.REVISIONS:
            raise NewerDatabaseError(
                "This database was written by a newer version of Roots "
                f"(schema {current}); update Roots to open it. It was not changed.",
                revision=current,
            )
        if current is not None and backup_dir is not None and engine.dialect.name == "sqlite":
            backup_sqlite(engine, backup_dir / f"before-migration-from-{current}.sqlite3")
        migrate.upgrade(engine)
    except (StorageError, NewerDatabaseError):
        engine.dispose()
        raise
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        if engine.dialect.name != "sqlite":
            raise ConnectionLostError(
                f"Roots could not connect to the district database at {_where(engine)}: "
                f"{exc.orig}. Check the network and the connection settings, then try again.",
                detail=str(exc.orig),
            ) from exc
        if _damaged(exc):
            raise DamagedDatabaseError(
                f"The database file is damaged ({exc.orig}). It was not changed; restore a "
                "backup (roots backups, roots restore FILE).",
                detail=str(exc.orig),
                path=str(engine.url.database),
            ) from exc
        raise StorageError(
            f"The database could not be opened: {exc.orig}. "
            "Check that the file is a Roots database and that you may write to its folder.",
            detail=str(exc.orig),
        ) from exc
    return Database(engine)


def _damaged(exc: DBAPIError) -> bool:
    """SQLite's own words for a file that is not (or no longer) a sound database."""
    text = str(exc.orig).lower()
    return "not a database" in text or "malformed" in text or "corrupt" in text


def district_url(
    host: str, port: int, database: str, user: str, tls: str, password: str | None
) -> str:
    """A PostgreSQL URL from its parts, every part escaped. Without a password libpq looks in
    PGPASSWORD and the user's password file (~/.pgpass), so none need be stored by Roots."""
    url = URL.create(
        "postgresql+psycopg",
        username=user or None,
        password=password or None,
        host=host,
        port=port,
        database=database,
        query={"sslmode": tls} if tls else {},
    )
    return url.render_as_string(hide_password=False)


def probe(url: str) -> str:
    """Connect once and say what is there: "current", "empty", "older" or "newer" (schema)."""
    engine = make_engine(url)
    try:
        current = _current_revision(engine)
    except (OperationalError, DBAPIError) as exc:
        raise ConnectionLostError(
            f"Roots could not connect to the district database at {_where(engine)}: {exc.orig}",
            detail=str(exc.orig),
        ) from exc
    finally:
        engine.dispose()
    if current is None:
        return "empty"
    if current == migrate.HEAD:
        return "current"
    return "older" if current in migrate.REVISIONS else "newer"


def _where(engine: Engine) -> str:
    url = engine.url
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_sqlite(
    engine: Engine, target: Path, progress: Callable[[int, int], bool] | None = None
) -> Path:
    """A consistent copy through SQLite's backup API (never a raw copy of a live file).

    With ``progress(done, total)`` (pages) the copy goes in steps, so it can be stopped: False
    raises CancelledError and the unfinished file is removed. Between steps the database stays
    free for others (in WAL mode they never wait for a reader); a write by another connection
    makes SQLite start the copy again from the beginning.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    _create_private_file(target)
    raw = engine.raw_connection()
    try:
        source: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
        dest = sqlite3.connect(target)
        try:
            if progress is None:
                source.backup(dest)
            else:

                def step(_status: int, remaining: int, total: int) -> None:
                    if not progress(total - remaining, total):
                        raise CancelledError("The backup was stopped.")

                source.backup(dest, pages=_BACKUP_STEP_PAGES, progress=step)
            # A backup is one self-contained file: no write-ahead log beside it.
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    except CancelledError:
        target.unlink(missing_ok=True)
        raise
    finally:
        raw.close()
    log.info("Backed up the database to %s", target)
    return target
