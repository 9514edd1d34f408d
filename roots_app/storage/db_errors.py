"""What a database error means, read from the driver's own codes rather than its words.

One classifier for both backends (as qutebrowser's misc/sql.py does): SQLite's result codes
(``sqlite_errorcode`` / ``sqlite_errorname`` on sqlite3's errors) and PostgreSQL's SQLSTATE
(``sqlstate`` on psycopg's errors). Storage turns the kind into Roots' typed errors; nothing
above storage looks at a driver's exception.
"""

from __future__ import annotations

import errno
import sqlite3
from enum import Enum


class Kind(Enum):
    DAMAGED = "damaged"  # not (or no longer) a sound database
    BUSY = "busy"  # another writer held the lock longer than Roots waits
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    CANNOT_OPEN = "cannot_open"  # SQLite could not open (or create) a file it needs
    CONNECTION = "connection"  # the server went away or cannot be reached
    CLASH = "clash"  # a record breaks a constraint (a unique key, a reference, a check)
    OTHER = "other"


# SQLite's primary result codes (the low byte of an extended code).
_SQLITE = {
    sqlite3.SQLITE_CORRUPT: Kind.DAMAGED,
    sqlite3.SQLITE_NOTADB: Kind.DAMAGED,
    sqlite3.SQLITE_BUSY: Kind.BUSY,
    sqlite3.SQLITE_LOCKED: Kind.BUSY,
    sqlite3.SQLITE_FULL: Kind.DISK_FULL,
    sqlite3.SQLITE_READONLY: Kind.READ_ONLY,
    sqlite3.SQLITE_CANTOPEN: Kind.CANNOT_OPEN,
    sqlite3.SQLITE_CONSTRAINT: Kind.CLASH,
}
# A failed write is what a file-size limit or a quota gives (EFBIG, EDQUOT): SQLite reports it
# as this I/O error, not as "full".
_SQLITE_NAMES = {"SQLITE_IOERR_WRITE": Kind.DISK_FULL}
# PostgreSQL's SQLSTATE: exact codes first, then the class (its first two characters).
_SQLSTATE = {
    "55P03": Kind.BUSY,  # lock_not_available: lock_timeout ran out
    "53100": Kind.DISK_FULL,
    "25006": Kind.READ_ONLY,  # read_only_sql_transaction
    "57P01": Kind.CONNECTION,  # admin_shutdown
    "57P02": Kind.CONNECTION,  # crash_shutdown
    "57P03": Kind.CONNECTION,  # cannot_connect_now
}
_SQLSTATE_CLASS = {"08": Kind.CONNECTION, "23": Kind.CLASH}
_FULL_ERRNOS = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)
_DENIED_ERRNOS = (errno.EACCES, errno.EPERM, errno.EROFS)


def kind_of(exc: BaseException) -> Kind:
    """The kind of a driver's error, of SQLAlchemy's wrapper around one, or of an OSError."""
    # Imported here: commands that read a file with the sqlite3 module alone never load
    # SQLAlchemy (storage/file_reading.py), and only an error brings them here.
    from sqlalchemy.exc import DBAPIError, StatementError

    if isinstance(exc, DBAPIError):
        if exc.connection_invalidated:
            return Kind.CONNECTION
        exc = exc.orig if exc.orig is not None else exc
    elif isinstance(exc, StatementError):  # a value SQLAlchemy could not even send
        return Kind.CLASH
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        by_name = _SQLITE_NAMES.get(getattr(exc, "sqlite_errorname", ""))
        return by_name or _SQLITE.get(code & 0xFF, Kind.OTHER)
    state = getattr(exc, "sqlstate", None)
    if isinstance(state, str) and state:
        return _SQLSTATE.get(state) or _SQLSTATE_CLASS.get(state[:2], Kind.OTHER)
    number = getattr(exc, "errno", None)
    if number in _FULL_ERRNOS:
        return Kind.DISK_FULL
    if number in _DENIED_ERRNOS:
        return Kind.READ_ONLY
    return Kind.OTHER


def reason(exc: BaseException) -> str:
    """The driver's own sentence (for the detail of Roots' error, and the log)."""
    from sqlalchemy.exc import DBAPIError, StatementError

    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return str(exc.orig)
    if isinstance(exc, StatementError) and exc.orig is not None:
        return str(exc.orig)
    return str(exc)


def clash(exc: BaseException) -> str | None:
    """The driver's sentence when a statement failed over the data it wrote (a broken
    constraint, a value that cannot be stored), else None. Meant for what a transaction lets
    through: the errors storage explains itself (busy, damaged, full, read-only, a lost
    connection) were turned into Roots' errors already."""
    from sqlalchemy.exc import DBAPIError, StatementError

    if not isinstance(exc, StatementError):
        return None
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return None
    return reason(exc)
