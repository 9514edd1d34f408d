"""Backups of this computer's database: taken by themselves, listed, and restored.

Automatic backups go to the data folder's ``backups/`` (readable by the user only): one when
the app starts on a new day (after the window is shown, in the background), one before each
upgrade, import and restore; the rotation in domain/backup_rotation.py decides which to keep.
Beside each backup a small index (``<backup>.json``) says what it holds, so listing backups
never reads them: a backup's pages are checked only when it is about to be restored. A district
database on PostgreSQL is backed up by its server (pg_dump, see the README), not by each computer.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from roots_app import paths
from roots_app.domain.backup_rotation import DAILY, Taken, to_delete
from roots_app.errors import BadInputError, DamagedDatabaseError, StorageError
from roots_app.services import files
from roots_app.services.context import Roots
from roots_app.storage import sqlite_files
from roots_app.storage.engine import backup_sqlite, open_database

log = logging.getLogger(__name__)

_NAME = re.compile(r"^roots-(\d{8}-\d{6})-([a-z-]+)\.sqlite3$")
_STAMP = "%Y%m%d-%H%M%S"
CHECK_EVERY_START_BELOW = 64 * 1024 * 1024


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    kind: str  # "daily", "before-import", "before-restore", "before-upgrade", ...
    size: int
    schools: int | None  # None: the file cannot be read (damaged)
    assessments: int | None
    newer: bool = False  # made by a newer Roots: cannot be restored by this one
    described: bool = True  # False: no index beside it yet (see describe); counts unknown

    @property
    def readable(self) -> bool:
        return self.schools is not None


def _index(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def _write_index(path: Path) -> sqlite_files.Contents | None:
    """Note beside a backup what it holds; None if it cannot be read as a Roots database."""
    try:
        contents = sqlite_files.contents(path)
    except StorageError as exc:
        log.info("Backup %s cannot be read: %s", path.name, exc)
        return None
    record = {
        "revision": contents.revision,
        "schools": contents.schools,
        "assessments": contents.assessments,
    }
    try:
        _index(path).write_text(json.dumps(record), encoding="utf-8")
    except OSError as exc:  # only an index: the backup itself is fine, described next time
        log.info("Could not write the index of %s: %s", path.name, exc)
    return contents


def _read_index(path: Path) -> sqlite_files.Contents | None:
    try:
        record = json.loads(_index(path).read_text(encoding="utf-8"))
        return sqlite_files.Contents(
            record["revision"], int(record["schools"]), int(record["assessments"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None  # none yet (an older Roots made it), or half-written: describe again


def _database_file(roots: Roots) -> Path | None:
    url = roots.db.engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _require_local(roots: Roots) -> Path:
    found = _database_file(roots)
    if found is None:
        raise BadInputError(
            "Roots is using the district database; its server keeps the backups (pg_dump). "
            "Backups here are for a database on this computer."
        )
    return found


def take(
    roots: Roots,
    kind: str,
    now: datetime | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> Path | None:
    """An automatic backup; None on a district database. Old ones are rotated away.

    ``progress(done, total)`` returning False stops it (CancelledError; no file is left).
    """
    if _database_file(roots) is None:
        return None
    now = now or datetime.now()
    try:
        folder = paths.backup_dir(roots.data_dir)
        target = _claim(folder, kind, now)
    except OSError as exc:  # a read-only data folder, a full disk
        raise sqlite_files.write_failure(exc, "Roots could not make a backup of its data") from exc
    # All or nothing: raises Roots' error and leaves no file.
    backup_sqlite(roots.db.engine, target, progress)
    _write_index(target)
    rotate(roots)
    return target


def _claim(folder: Path, kind: str, now: datetime) -> Path:
    """A new, empty backup file of its own: two programs backing up in the same second (two
    imports at once) must not write into one file. The second takes the next second's name."""
    for _ in range(60):
        target = folder / f"roots-{now.strftime(_STAMP)}-{kind}.sqlite3"
        try:
            os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except FileExistsError:
            now += timedelta(seconds=1)
            continue
        return target
    raise FileExistsError(f"no free backup name in {folder}")


def daily_due(roots: Roots, now: datetime | None = None) -> bool:
    """True when the day's backup is still to be taken (a local database, none taken today).

    Cheap (the names in the backup folder): the app asks before its first paint.
    """
    if _database_file(roots) is None:
        return False
    now = now or datetime.now()
    return not any(b.kind == DAILY and b.taken_at.date() == now.date() for b in _taken(roots))


def daily(
    roots: Roots,
    now: datetime | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> Path | None:
    """When the app starts: check the file, and take the day's backup if none was taken today.

    A damaged file raises DamagedDatabaseError (and is never backed up over a good backup).
    The app runs this in the background after its first paint when the backup is due
    (see ``daily_due``); ``progress`` as in ``take``.
    """
    live = _database_file(roots)
    if live is None:
        return None
    now = now or datetime.now()
    first_today = daily_due(roots, now)
    # Checking every page of a big file takes seconds: small ones at every start, big once a day.
    if first_today or live.stat().st_size < CHECK_EVERY_START_BELOW:
        stop = None if progress is None else lambda: not progress(0, 1)
        try:
            sqlite_files.check(live, stop)
        except StorageError as exc:
            raise DamagedDatabaseError(str(exc), path=str(live)) from exc
    return take(roots, DAILY, now, progress) if first_today else None


def newest_good(base: Path) -> Backup | None:
    """The newest backup that reads back whole (offered when the database is damaged).

    Pages are checked here, newest first, until one is whole: it is about to be restored.
    """
    for found in _list(base):
        try:
            contents = sqlite_files.check(found.path)
        except StorageError as exc:
            log.info("Backup %s is not usable: %s", found.path.name, exc)
            continue
        if not contents.newer_than_this_roots:
            return replace(
                found,
                schools=contents.schools,
                assessments=contents.assessments,
                newer=False,
                described=True,
            )
    return None


def replace_damaged(base: Path, backup: Path) -> Path:
    """Move the damaged database aside (kept for support) and put the backup in its place.

    Returns where the damaged file now is. Works without opening the damaged file.
    """
    contents = sqlite_files.check(backup)
    if contents.newer_than_this_roots:
        raise BadInputError(
            f"{backup.name} was made by a newer version of Roots; update Roots to restore it."
        )
    live = base / paths.DB_FILENAME
    aside = base / "damaged"
    aside.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now().strftime(_STAMP)
    kept = aside / f"roots-{stamp}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        sibling = live.with_name(live.name + suffix)
        if sibling.exists():
            sibling.replace(kept.with_name(kept.name + suffix))
    sqlite_files.copy(backup, live)
    live.chmod(0o600)
    log.warning("Replaced a damaged database with %s; the damaged file is %s", backup, kept)
    return kept


def _taken(roots: Roots) -> list[Taken]:
    out = []
    for path in paths.backup_dir(roots.data_dir).glob("roots-*.sqlite3"):
        match = _NAME.match(path.name)
        if match:
            out.append(Taken(path.name, datetime.strptime(match[1], _STAMP), match[2]))
    return out


def rotate(roots: Roots) -> list[str]:
    folder = paths.backup_dir(roots.data_dir)
    gone = to_delete(_taken(roots))
    for name in gone:
        (folder / name).unlink(missing_ok=True)
        _index(folder / name).unlink(missing_ok=True)
    return gone


def list_backups(roots: Roots) -> list[Backup]:
    """Every backup in the data folder, newest first, with what its index says it holds.

    No backup is opened: one without an index (made by an older Roots, or while opening the
    database) comes back with ``described`` False; ``describe`` fills it in.
    """
    return _list(roots.data_dir)


def list_in(base: Path) -> list[Backup]:
    """The backups in a data folder whose database cannot be opened (damaged)."""
    return _list(base)


def describe(backup: Backup) -> Backup:
    """What a backup holds, read from the file (a few pages) and kept in its index."""
    contents = _write_index(backup.path)
    if contents is None:
        return replace(backup, schools=None, assessments=None, newer=False, described=True)
    return replace(
        backup,
        schools=contents.schools,
        assessments=contents.assessments,
        newer=contents.newer_than_this_roots,
        described=True,
    )


def _list(base: Path) -> list[Backup]:
    found = []
    for path in paths.backup_dir(base).glob("*.sqlite3"):
        match = _NAME.match(path.name)
        stat = path.stat()
        if match:
            taken_at, kind = datetime.strptime(match[1], _STAMP), match[2]
        else:  # e.g. before-migration-from-0004.sqlite3, made while opening the database
            taken_at, kind = datetime.fromtimestamp(stat.st_mtime), "before-upgrade"
        contents = _read_index(path)
        if contents is None:
            found.append(Backup(path, taken_at, kind, stat.st_size, None, None, described=False))
            continue
        found.append(
            Backup(
                path,
                taken_at,
                kind,
                stat.st_size,
                contents.schools,
                contents.assessments,
                contents.newer_than_this_roots,
            )
        )
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def save_copy(roots: Roots, target: Path) -> Path:
    """A backup where the person chooses (``roots backup -o FILE``), all or nothing."""
    _require_local(roots)
    with files.atomic_path(target) as temporary:
        temporary.unlink()  # the backup API writes a fresh database file
        backup_sqlite(roots.db.engine, temporary)
    return target


def restore(roots: Roots, backup: Path) -> Path | None:
    """Put a backup back in place of the current data, after backing up the current data.

    The backup is checked first (readable, undamaged, not from a newer Roots); an older one is
    upgraded as it opens. ``roots`` then works on the restored data. Returns the backup of what
    was there before.
    """
    live = _require_local(roots)
    if not backup.is_file():
        raise BadInputError(f"There is no backup at {backup}.")
    contents = sqlite_files.check(backup)
    if contents.newer_than_this_roots:
        raise BadInputError(
            f"{backup.name} was made by a newer version of Roots; update Roots to restore it."
        )
    before = take(roots, "before-restore")
    url = str(roots.db.engine.url)
    roots.db.dispose()
    try:
        sqlite_files.restore(backup, live)
    finally:
        roots.db = open_database(
            url, backup_dir=paths.backup_dir(roots.data_dir), alone=roots.db.alone
        )
    log.info("Restored %s (the data before it is in %s)", backup, before)
    return before


def as_json(found: list[Backup]) -> list[dict[str, object]]:
    """The backups as JSON (``roots backups --json``)."""
    return [
        {
            "path": str(b.path),
            "taken_at": b.taken_at.isoformat(timespec="seconds"),
            "kind": b.kind,
            "bytes": b.size,
            "schools": b.schools,
            "assessments": b.assessments,
        }
        for b in found
    ]
