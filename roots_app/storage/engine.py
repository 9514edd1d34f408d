"""Open the database: make the engine, check its schema version, migrate with a backup first."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

# The SQLite dialect (the data folder's own file) loads with this module, not at the first
# connection: the app imports this module before PySide6, after which every import costs more
# (issue 14: the dialect's modules took ~28 ms of CPU after it, ~11 ms before it).
import sqlalchemy.dialects.sqlite  # noqa: F401
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from roots_app.errors import (
    BadInputError,
    CancelledError,
    ConnectionLostError,
    DamagedDatabaseError,
    DiskFullError,
    NewerDatabaseError,
    ReadOnlyError,
    StorageError,
)
from roots_app.storage import migrate, sqlite_files
from roots_app.storage.db_errors import Kind, kind_of

log = logging.getLogger(__name__)

# How long a save waits for another program's save (or import) to finish before it gives up
# with a sentence: SQLite's busy timeout, PostgreSQL's lock_timeout.
LOCK_WAIT_SECONDS = 5
# Below this size a database file is checked page by page when opened (tests lower it here).
QUICK_CHECK_BELOW = sqlite_files.QUICK_CHECK_BELOW
# The number of Roots' PostgreSQL advisory lock, held by every writing transaction.
_WRITE_LOCK = 0x526F6F7473  # "Roots"
# Execution option marking a transaction that may write (see Database).
LOCKING = "roots_locking"

# What a service holds for one unit of work and hands to the repositories, never using it
# itself: the services see no SQLAlchemy.
Unit = Session
# A transaction writing this many rows (~600 bytes each with their indexes: ~100 MB) is a
# large write (Database.large_write).
LARGE_WRITE_ROWS = 150_000
# Pages per step of a backup that can be stopped (4 MB of 4 KB pages: a few ms each).
_BACKUP_STEP_PAGES = 1024


class Database:
    """The engine and session factories; services open one session per user action.

    A writing session takes the database's write lock before its first read (SQLite: BEGIN
    IMMEDIATE; PostgreSQL: Roots' advisory lock), so what it reads cannot change under it and
    a second writer waits for the first, then reads what the first saved, instead of writing
    over it. A reading session takes no lock: it reads the last saved state while someone
    else writes.
    """

    def __init__(self, engine: Engine, alone: bool = False) -> None:
        self.engine = engine
        # Whether this process does one thing at a time with the database (a command), so a
        # large write may take the file to itself (large_write). The app's threads read while
        # another one writes: it never does.
        self.alone = alone
        self.sessions = sessionmaker(
            engine.execution_options(**{LOCKING: "write"}), expire_on_commit=False
        )
        self.reading_sessions = sessionmaker(engine, expire_on_commit=False)

    def session(self) -> Session:
        """A session for a unit of work that may write."""
        return self.sessions()

    def reading_session(self) -> Session:
        return self.reading_sessions()

    @contextmanager
    def transaction(self, writing: bool = True) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error; the
        database's own errors come out as Roots' errors (see _mapped_errors)."""
        session = self.session() if writing else self.reading_session()
        with self._mapped_errors(session), session.begin():
            yield session

    @contextmanager
    def dry_run(self) -> Iterator[Session]:
        """A unit of work that may write and is always rolled back: what it would do, not done."""
        session = self.session()
        with self._mapped_errors(session):
            session.begin()
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def _mapped_errors(self, session: Session) -> Iterator[None]:
        """The database's own errors, as Roots' errors with a sentence (for the CLI and the
        log; the UI picks its own translated words by the error's kind)."""
        try:
            yield
        except StaleDataError as exc:
            # Two saves of one record at the same moment on a district database: the row
            # changed between reading and writing it. Nothing of this one was saved.
            raise StorageError(
                "Someone else saved the same record at the same moment, so this was not "
                "saved. Look at it again, then try again.",
                detail=str(exc),
            ) from exc
        except DBAPIError as exc:
            kind = kind_of(exc)
            if isinstance(exc, OperationalError) and exc.connection_invalidated:
                # The server or the network went away.
                raise ConnectionLostError(
                    f"Roots lost its connection to the database ({exc.orig}). Nothing was "
                    "saved. Roots reconnects by itself when you try again.",
                    detail=str(exc.orig),
                ) from exc
            # Other errors than the driver's "operational" ones are the data's or a bug's,
            # except damage ("malformed" arrives as DatabaseError) and a lock given up on.
            if isinstance(exc, OperationalError) or kind in (Kind.DAMAGED, Kind.BUSY):
                raise saving_error(exc, kind, self._file()) from exc
            raise
        finally:
            session.close()

    @contextmanager
    def large_write(self, rows: int) -> Iterator[None]:
        """Around one transaction that writes about ``rows`` rows. From LARGE_WRITE_ROWS (a
        hundred megabytes or more: a sample district of a thousand schools, a district's
        .roots file into a new database), on SQLite, the rollback journal instead of the
        write-ahead log while it runs, when this process works with the database alone (a
        command: see ``alone``).

        SQLite's own advice: WAL suits small transactions, a rollback journal is faster past
        about 100 MB, because WAL writes every new page twice (into the log, then into the
        file at the checkpoint). Measured on the sample district of 1,000 schools: a fifth of
        SQLite's time. The price: while it runs, others cannot read once the write holds the
        file (they wait, as for a save), which is why the app never does it. The journal can
        only change while this is the database's one open connection; when another one is
        open (another program), nothing is switched, without waiting, and the write goes
        through WAL as ever. WAL comes back at the end, and at the start of every connection
        in any case (_sqlite_pragmas).
        """
        if (
            not self.alone
            or rows < LARGE_WRITE_ROWS
            or self.engine.dialect.name != "sqlite"
            or self._journal("DELETE") != "delete"
        ):
            yield
            return
        try:
            yield
        finally:
            self._journal("WAL")

    def _journal(self, mode: str) -> str | None:
        """Switch the SQLite file's journal; the mode it has afterwards (None: it is busy)."""
        raw = self.engine.raw_connection()
        try:
            cursor = raw.cursor()
            # Leaving WAL does not wait for the others (it would wait for them to close);
            # going back to it waits as a save does.
            if mode != "WAL":
                cursor.execute("PRAGMA busy_timeout=0")
            try:
                found = str(cursor.execute(f"PRAGMA journal_mode={mode}").fetchone()[0])
            except sqlite3.OperationalError as exc:
                if kind_of(exc) is not Kind.BUSY:
                    raise
                log.info("The journal stays as it is (%s not possible now): %s", mode, exc)
                return None
            finally:
                cursor.execute(f"PRAGMA busy_timeout={LOCK_WAIT_SECONDS * 1000}")
            # A rollback journal is only safe from a power cut at the moment of a commit with
            # FULL (SQLite's documentation); WAL is with NORMAL.
            cursor.execute("PRAGMA synchronous=" + ("NORMAL" if found == "wal" else "FULL"))
            return found
        finally:
            raw.close()

    def _file(self) -> str:
        url = self.engine.url
        return str(url.database) if url.get_backend_name() == "sqlite" else ""

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def undone(session: Unit) -> Iterator[None]:
    """What the block writes in ``session`` undone at its end (a savepoint rolled back), the
    rest of the unit of work kept: what a step would do, inside a larger unit."""
    savepoint = session.begin_nested()
    try:
        yield
    finally:
        savepoint.rollback()


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy, not the sqlite3 module, start transactions (see _sqlite_begin): the
    # module's own handling commits DDL at once, so a failed migration would be half applied.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # Always WAL, but during another connection's large write (Database.large_write: the file
    # is in the rollback journal's hands until it ends): this one then works in that mode,
    # without waiting for a switch that cannot happen.
    cursor.execute("PRAGMA busy_timeout=0")
    try:
        mode = cursor.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    except sqlite3.OperationalError as exc:
        if kind_of(exc) is not Kind.BUSY:
            raise
        mode = "delete"
    # WAL + NORMAL: durable at checkpoints, fast; a rollback journal needs FULL to be safe from
    # a power cut during a commit (SQLite's documentation).
    cursor.execute("PRAGMA synchronous=" + ("NORMAL" if mode == "wal" else "FULL"))
    # A second writer waits instead of failing (it starts with BEGIN IMMEDIATE, see
    # _sqlite_begin: SQLite never waits for a transaction that has read and then wants to write).
    cursor.execute(f"PRAGMA busy_timeout={LOCK_WAIT_SECONDS * 1000}")
    # Random UUID keys land all over the indexes; a 64 MB page cache keeps big writes fast.
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()


_UNUSABLE = (
    "That database address is not one Roots can use. Write it like "
    "postgresql+psycopg://user@server/roots (a district database) or "
    "sqlite:///path/to/roots.sqlite3 (a file)."
)


def make_engine(url: str) -> Engine:
    # The address is never echoed in a message: it may hold a password.
    try:
        parsed = make_url(url)
        backend = parsed.get_backend_name()
        parsed.get_dialect()  # an unknown kind of database is found here, not at first use
    except (ArgumentError, NoSuchModuleError, ValueError):
        raise BadInputError(_UNUSABLE) from None
    if backend not in ("sqlite", "postgresql"):  # the two Roots is built and tested for
        raise BadInputError(_UNUSABLE)
    if backend == "sqlite" and parsed.database not in (None, "", ":memory:"):
        _create_private_file(Path(parsed.database))
    try:
        if backend == "sqlite":
            engine = create_engine(parsed)
        else:
            # A district server: a connection found dead is replaced before use (a restart, a
            # laptop waking up), a server that does not answer fails in seconds, not minutes,
            # and a statement waiting for a lock gives up after LOCK_WAIT_SECONDS.
            engine = create_engine(
                parsed,
                pool_pre_ping=True,
                connect_args={
                    "connect_timeout": 10,
                    "options": f"-c lock_timeout={LOCK_WAIT_SECONDS * 1000}",
                },
            )
    except (ArgumentError, ImportError, ValueError, TypeError):
        raise BadInputError(_UNUSABLE) from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    else:
        event.listen(engine, "begin", _postgresql_begin)
    return engine


def _sqlite_begin(connection: Connection) -> None:
    """Every transaction, schema changes included, is one real SQLite transaction.

    A writing one takes the write lock at once (IMMEDIATE), waiting up to the busy timeout: a
    transaction that began by reading cannot wait for the lock later (SQLite refuses at once,
    to avoid a deadlock), and what it read might be out of date by then.
    """
    locking = connection.get_execution_options().get(LOCKING)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if locking else "BEGIN")


def _postgresql_begin(connection: Connection) -> None:
    """A writing transaction holds Roots' lock (waiting up to lock_timeout): two imports, or an
    import and a save, take turns, and each reads what the one before saved. (Row versions
    alone would not do: an import writes many rows at once without them.)"""
    if connection.get_execution_options().get(LOCKING):
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_WRITE_LOCK})")


def _create_private_file(path: Path) -> None:
    """Create the SQLite file readable by its user only, before SQLite makes it world-readable."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)


def open_database(url: str, backup_dir: Path | None = None, alone: bool = False) -> Database:
    """Open and, if needed, migrate the database; refuse one written by a newer Roots, one
    that is damaged, and one that holds something other than Roots' data. ``alone``: this
    process does one thing at a time with it (see Database.alone)."""
    engine = make_engine(url)
    try:
        _look_before_opening(engine)
        current = _current_revision(engine)
        if current == migrate.HEAD:
            return Database(engine, alone)
        if current is not None and current not in migrate.REVISIONS:
            raise NewerDatabaseError(
                "This database was written by a newer version of Roots "
                f"(schema {current}); update Roots to open it. It was not changed.",
                revision=current,
            )
        if current is None and _has_tables(engine):
            raise StorageError(
                "This database already holds other data: it is not a Roots database. Roots "
                "did not change it; choose an empty database or a Roots one.",
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
        raise storage_error(exc, str(engine.url.database)) from exc
    return Database(engine, alone)


def map_models() -> None:
    """Import the ORM model classes and configure their mappers now (~0.1 s of CPU): the app
    does it just after its first paint, which reads through Core (issue 14), so that its
    first action does not wait for it. Without this, the first query through them does it."""
    from sqlalchemy.orm import configure_mappers

    from roots_app.storage import models  # noqa: F401 - importing declares and maps them

    configure_mappers()


def saving_error(exc: DBAPIError, kind: Kind, path: str) -> StorageError:
    """Roots' error for a unit of work the database refused."""
    if kind is Kind.DISK_FULL:
        return DiskFullError(
            "The disk is full, so Roots could not save. Nothing was changed; free some space "
            "and try again.",
            detail=str(exc.orig),
        )
    if kind is Kind.READ_ONLY:
        return ReadOnlyError(
            "Roots may not write to its data file or folder. Nothing was changed; check the "
            "folder's permissions, or start Roots with another data folder.",
            detail=str(exc.orig),
        )
    if kind in (Kind.DAMAGED, Kind.BUSY):
        return storage_error(exc, path)
    return StorageError(
        f"Roots could not save to the database: {exc.orig}. Nothing was changed; close other "
        "copies of Roots and try again.",
        detail=str(exc.orig),
    )


def storage_error(exc: DBAPIError, path: str | None = None) -> StorageError:
    """Roots' error for what SQLite said when a database file could not be used."""
    kind = kind_of(exc)
    if kind is Kind.DAMAGED:
        return DamagedDatabaseError(
            f"The database file is damaged ({exc.orig}). It was not changed; restore a "
            "backup (roots backups, roots restore FILE).",
            detail=str(exc.orig),
            path=path or "",
        )
    if kind is Kind.BUSY:
        return StorageError(
            "Another copy of Roots (or another program) kept the database busy for more than "
            f"{LOCK_WAIT_SECONDS} seconds. Nothing was changed; close other copies of Roots and "
            "try again.",
            detail=str(exc.orig),
        )
    return StorageError(
        f"The database could not be opened: {exc.orig}. "
        "Check that the file is a Roots database and that you may write to its folder.",
        detail=str(exc.orig),
    )


def _look_before_opening(engine: Engine) -> None:
    """A file already there is looked at read-only first: damaged, or not Roots', it is refused
    unchanged. A small one is checked page by page (milliseconds): a damaged page in the
    middle is found now, before a save runs into it. Bigger ones are checked by the app's
    daily check; any statement that meets damage is reported as such (see storage_error)."""
    if engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        return
    path = Path(str(engine.url.database))
    try:
        size = path.stat().st_size
    except OSError:
        return
    if size > 0:
        sqlite_files.before_opening(path, check_pages=size < QUICK_CHECK_BELOW)


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


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

    All or nothing: a copy that fails (full disk, a folder Roots may not write to, a file busy
    for too long) leaves no file behind and raises Roots' error for it.

    With ``progress(done, total)`` (pages) the copy goes in steps, so it can be stopped: False
    raises CancelledError and the unfinished file is removed. Between steps the database stays
    free for others (in WAL mode they never wait for a reader); a write by another connection
    makes SQLite start the copy again from the beginning.
    """
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _create_private_file(target)
        raw = engine.raw_connection()
        try:
            source: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
            dest = sqlite3.connect(target)
            try:
                busy = sqlite_files.give_up_when_busy()
                if progress is None:
                    source.backup(dest, progress=busy)
                else:
                    report = progress

                    def step(status: int, remaining: int, total: int) -> None:
                        busy(status, remaining, total)
                        if not report(total - remaining, total):
                            raise CancelledError("The backup was stopped.")

                    source.backup(dest, pages=_BACKUP_STEP_PAGES, progress=step)
                # A backup is one self-contained file: no write-ahead log beside it.
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        finally:
            raw.close()
    except CancelledError:
        sqlite_files.remove(target)
        raise
    except (sqlite3.Error, OSError) as exc:
        sqlite_files.remove(target)
        raise sqlite_files.write_failure(exc, "Roots could not make a backup of its data") from exc
    log.info("Backed up the database to %s", target)
    return target
