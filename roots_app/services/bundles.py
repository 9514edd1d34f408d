"""Exporting and importing .roots files: the offline exchange between laptops.

Export streams a scope (chosen assessments, a school, everything) into a file and remembers the
version of each record it sent. Import checks the whole file first, then merges it record by
record in one transaction under the rules in domain/merge.py: added, updated, unchanged, or a
conflict that waits for a person. A preview is the same import rolled back, so what it shows is
exactly what importing will do.
"""

from __future__ import annotations

import hashlib
import json
import logging
import marshal
import tempfile
import zlib
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Generator, Iterator, Mapping
from contextlib import ExitStack, closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from roots_app import __version__
from roots_app.domain.ids import utcnow
from roots_app.domain.merge import Outcome, Resolution, merged_seen
from roots_app.errors import BadInputError, BundleError, CancelledError, CopyError, RootsError
from roots_app.exchange.bundle_file import (
    BundleReader,
    BundleWriter,
    Joined,
    Manifest,
    encode_line,
)
from roots_app.exchange.bundle_records import NAMES_ONLY, RATINGS, SEEN, TABLES, TableSpec
from roots_app.services import backups, files, state
from roots_app.services.bundle_merge import BATCH, Conflict, ImportReport, Merger, batched
from roots_app.services.context import Roots
from roots_app.services.state import StateCopy
from roots_app.storage import bulk, db_errors, exchange_repo
from roots_app.storage.engine import Unit
from roots_app.storage.exchange_repo import Scope, State

Progress = Callable[[int, int], bool | None]  # (done, total) in thousandths; False stops

log = logging.getLogger(__name__)

__all__ = ["Conflict", "ExportResult", "ImportReport", "Scope", "export_bundle", "import_bundle"]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    counts: dict[str, int]

    @property
    def records(self) -> int:
        return sum(self.counts.values())


# -- export -----------------------------------------------------------------------------------


def export_bundle(
    roots: Roots,
    path: Path,
    scope: Scope,
    member_names: bool = True,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the scope to ``path`` (all or nothing); raises CancelledError if progress says stop."""
    counts: dict[str, int] = {}
    with roots.transaction() as session, files.atomic_path(path) as temporary:
        scope = exchange_repo.with_carried_sources(session, scope)
        sizes = {s.name: exchange_repo.count(session, s.name, scope) for s in TABLES}
        # Paper sheets' tables travel only when they hold something (a file without them stays
        # format 1, readable by an older Roots), and what can name a person only with names.
        sent = [
            s
            for s in TABLES
            if (s.since == 1 or sizes[s.name]) and (member_names or s.name not in NAMES_ONLY)
        ]
        total = sum(sizes[s.name] for s in sent)
        done = 0
        report = _scaled(progress, 0, 1000)

        def tick(records: int) -> None:
            nonlocal done
            done += records
            report(done, total)

        writer = BundleWriter(temporary, __version__, utcnow().isoformat(), roots.device)
        try:
            packs = exchange_repo.packs_in_scope(session, scope)
            for pack in packs:
                writer.add_pack(pack.pack_id, pack.version, pack.content_hash, pack.content)
            unlinked = exchange_repo.carried_from_unsent(session, scope)
            for spec in sent:
                # Closed even when the writer stops early: the rows' cursor goes with it.
                with closing(_outgoing(session, spec, scope, member_names, tick, unlinked)) as out:
                    counts[spec.name] = writer.add_lines(spec, out)
            writer.finish(_scope_label(scope), member_names)
        except BaseException:
            writer.abort()
            raise
    return ExportResult(path, counts)


def _scope_label(scope: Scope) -> str:
    if scope.school is not None:
        return f"school {scope.school}"
    if scope.assessments:
        return f"{len(scope.assessments)} assessment(s)"
    return "everything"


def _outgoing(
    session: Unit,
    spec: TableSpec,
    scope: Scope,
    member_names: bool,
    tick: Callable[[int], None],
    unlinked: set[str],
) -> Generator[list[bytes] | Joined, None, None]:
    """The scope's records as lines, a batch at a time, each with its history; remembers
    what was sent."""
    anonymous = spec.name in ANONYMIZED and not member_names
    if spec.tracked and not anonymous and spec.name not in NOT_KEPT and scope.everything:
        yield from _kept_or_new(session, spec, tick, unlinked)
        return
    rows = exchange_repo.stream(session, spec.name, spec.names, scope)
    for batch in batched(rows, BATCH):
        tick(len(batch))
        if not spec.tracked:
            yield [encode_line(spec.to_json(row)) for row in batch]
            continue
        known = exchange_repo.states(session, spec.name, [r["id"] for r in batch])
        sent: dict[str, State] = {}
        lines = []
        for row in batch:
            line, state = _encoded(spec, row, known.get(row["id"], State(())), anonymous, unlinked)
            if state is not None:
                sent[row["id"]] = state
            lines.append(line)
        exchange_repo.save_states(session, spec.name, sent)
        yield lines


# Not kept as lines: a scan's line is its image again (twice the space; base64 is quick).
NOT_KEPT = frozenset({"paper_evidence"})


def _kept_or_new(
    session: Unit,
    spec: TableSpec,
    tick: Callable[[int], None],
    unlinked: set[str],
) -> Iterator[list[bytes] | Joined]:
    """Every record of the table as lines, a block at a time (models.ExchangeSentRow): a
    block's kept lines while none of its records changed (the same ids and versions, the same
    history), else its records encoded again and kept for the next export.

    Encoding half a million records (and their fingerprints) was most of a district's export;
    lines copied are the lines that would be written again. A block holding an action whose
    carried-from link cannot travel in this file is written for this file alone.
    """
    kept = exchange_repo.sent_blocks(session, spec.name)
    firsts = [first for first, _ in kept]
    digests: list[bytes | None] = [digest for _, digest in kept]
    if not firsts or firsts[0] != "":  # the records before the first block: a new one
        firsts.insert(0, "")
        digests.insert(0, None)
    layout, most = spec.layout.encode(), exchange_repo.STREAM_BATCH
    at, first, block = 0, "", cast("list[tuple[str, int]]", [])

    def done() -> Iterator[list[bytes] | Joined]:  # the block from ``first`` ends here
        if not block:
            if digests[at] is not None:  # its records are gone
                exchange_repo.drop_blocks(session, spec.name, [first])
            return
        tick(len(block))
        ids = [i for i, _ in block]
        # marshal's version 2: the same bytes for the same ids and versions, at C speed.
        digest = hashlib.blake2b(layout + marshal.dumps(block, 2), digest_size=16).digest()
        if digest == digests[at] and (not unlinked or unlinked.isdisjoint(ids)):
            packed = exchange_repo.sent_block(session, spec.name, first)
            yield Joined(zlib.decompress(packed), len(block))
        else:
            yield _block_encoded(session, spec, first, ids, digest, unlinked)

    with closing(exchange_repo.versions(session, spec.name)) as batches:
        for batch in batches:
            start = 0
            while start < len(batch):
                following = firsts[at + 1] if at + 1 < len(firsts) else None
                end = len(batch) if following is None else bisect_left(batch, (following,), start)
                block += batch[start:end]
                start = end
                while len(block) > most:  # too many for one block: the first cut off
                    block, rest = block[:most], block[most:]
                    yield from done()
                    digests[at], first, block = None, rest[0][0], rest
                if start < len(batch):  # the next block's records begin
                    yield from done()
                    at += 1
                    first, block = firsts[at], []
    yield from done()
    gone = firsts[at + 1 :]  # blocks past the last record
    if gone:
        exchange_repo.drop_blocks(session, spec.name, gone)


def _block_encoded(
    session: Unit, spec: TableSpec, first: str, ids: list[str], digest: bytes, unlinked: set[str]
) -> list[bytes]:
    """A block's records encoded, kept for the next export (unless one's link cannot travel)."""
    rows = exchange_repo.rows_by_id(session, spec.name, spec.names, ids)
    known = exchange_repo.states(session, spec.name, ids)
    states: dict[str, State] = {}
    lines = []
    for record_id in ids:
        line, new = _encoded(
            spec, rows[record_id], known.get(record_id, State(())), False, unlinked
        )
        if new is not None:
            states[record_id] = new
        lines.append(line)
    keep = unlinked.isdisjoint(ids)
    # Kept: the block written now carries the new histories (not kept: its old lines go).
    exchange_repo.save_states(session, spec.name, states, outdate=not keep)
    if keep:
        packed = zlib.compress(b"\n".join(lines) + b"\n", SENT_LEVEL)
        exchange_repo.save_block(session, spec.name, first, digest, packed)
    return lines


# Kept blocks compressed fast (zlib's level 1, 12x): 18 MB for a 253 MB district, not 268 MB.
SENT_LEVEL = 1


def _encoded(
    spec: TableSpec, row: dict[str, Any], state: State, anonymous: bool, unlinked: set[str]
) -> tuple[bytes, State | None]:
    """A tracked record's line, and its new history here (None: unchanged)."""
    outgoing = _as_sent(spec, row, unlinked)
    record = spec.to_json(outgoing)
    seen = state.seen
    if outgoing is not row:  # the copy sent descends from the version here
        seen = merged_seen(seen, [spec.fingerprint(row)])
    new: State | None = None
    if anonymous:
        # Roles only: a name (or a paper sheet's number, which tells who wrote it on the
        # printed list) never leaves, and this copy is not a version of the record.
        record[SEEN] = list(seen)
        record.update(ANONYMIZED[spec.name])
    else:
        current = spec.fingerprint(outgoing)
        # The earlier versions only: the receiver works the copy's own fingerprint out from
        # its content. (Sending it too made every export after the first larger.)
        record[SEEN] = [f for f in seen if f != current]
        if current not in seen or seen != state.seen:
            new = State(merged_seen(seen, [current]), state.deleted)
    return encode_line(record), new


# Roles only: the fields blanked. The merge keeps its own value for a field a file leaves blank.
ANONYMIZED: dict[str, dict[str, Any]] = {
    "members": {"display_name": ""},
    "paper_ratings": {"sheet_no": None},
}


def _as_sent(spec: TableSpec, row: dict[str, Any], unlinked: set[str]) -> dict[str, Any]:
    """The row as the file carries it: without characters the text rule refuses (saved before
    it existed), and without a carried-from link to an action the file cannot hold."""
    sendable = spec.sendable(row)
    if spec.name == "plan_actions" and row["id"] in unlinked:
        sendable = {**sendable, "carried_from": None}
    return row if sendable is row else dict(sendable)


@dataclass(frozen=True)
class CopyReport:
    """What copy-to did: the records (as a .roots import), then the state data (None in a
    dry run: it is copied only for real, once the schools it links have arrived)."""

    imported: ImportReport
    state: StateCopy | None

    def to_json(self) -> dict[str, Any]:
        return self.imported.to_json() | {
            "state": None if self.state is None else self.state.to_json()
        }


def copy_database(
    source: Roots,
    target: Roots,
    default: Resolution | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> CopyReport:
    """Everything in ``source`` merged into ``target`` (moving to the district database), with
    the import's rules: nothing duplicated, conflicts listed or settled by ``default``.

    .roots files carry no state data (a district imports the state's file itself); so after
    the records, the state data is merged by the state service's rules (state.copy_state), in
    the same transaction of the target: all of it lands, or nothing (CopyError, saying why).
    """
    with tempfile.TemporaryDirectory(prefix="roots-copy-") as folder:
        path = Path(folder) / "everything.roots"
        exporting, importing = _scaled(progress, 0, 400), _scaled(progress, 400, 1000)
        try:
            export_bundle(source, path, Scope(), progress=lambda d, t: exporting(d, t))
            if not dry_run:
                return _copied(source, target, path, default, lambda d, t: importing(d, t))
        except RootsError as exc:
            raise CopyError(exc) from exc
        report = import_bundle(
            target, path, default=default, dry_run=True, progress=lambda d, t: importing(d, t)
        )
        return CopyReport(report, None)


def _copied(
    source: Roots, target: Roots, path: Path, default: Resolution | None, progress: Progress
) -> CopyReport:
    """The file's records and the source's state data merged into the target in one
    transaction, after one backup before its first write."""
    carried = state.read_state(source)
    with BundleReader(path) as reader:
        settled, backup = _Settled(target, _opened(reader, progress)), _Backup(target)
        with _clashes(_copy_clash), target.transaction() as session:
            report = _merged(session, reader, settled, {}, default, False, progress, backup)
            # The import backs the target up before its first write; if it wrote nothing,
            # the state copy does, before its own first write.
            copied = state.copy_state(target, session, carried, None if backup.taken else backup)
        settled.remember()  # committed: the database now holds what the file brings
    progress(1000, 1000)
    return CopyReport(report, copied)


# -- import -----------------------------------------------------------------------------------


def preview_import(roots: Roots, path: Path, progress: Progress | None = None) -> ImportReport:
    """What importing would do, without changing anything."""
    return import_bundle(roots, path, dry_run=True, progress=progress)


def import_bundle(
    roots: Roots,
    path: Path,
    resolutions: Mapping[tuple[str, str], Resolution] | None = None,
    default: Resolution | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Merge the file into the database in one transaction.

    A conflict is settled by ``resolutions[(table, record id)]`` or else ``default``; with
    neither it is left as it is (ours kept, theirs not recorded) and listed in the report.
    """
    with BundleReader(path) as reader:
        settled = _Settled(roots, _opened(reader, progress))
        # A preview is the same import, rolled back at its end; it needs no backup.
        unit = roots.dry_run() if dry_run else roots.transaction()
        backup = _Backup(roots, needed=not dry_run)
        rows = 0 if dry_run else settled.manifest.total_records
        with roots.db.large_write(rows), _clashes(), unit as session:
            report = _merged(
                session, reader, settled, resolutions or {}, default, dry_run, progress, backup
            )
        settled.remember()  # committed: the database now holds what the file brings
    if progress is not None:
        progress(1000, 1000)
    return report


def _opened(reader: BundleReader, progress: Progress | None) -> Manifest:
    """The file opened and checked whole, before the database is touched."""
    checking = _scaled(progress, 0, 200)
    return reader.open(lambda done, total: checking(done, total))


class _Backup:
    """The "before-import" backup, taken the first time it is called: before the first write,
    from the last saved state (the unit of work has only read so far)."""

    def __init__(self, roots: Roots, needed: bool = True) -> None:
        self.roots = roots
        self.taken = not needed

    def __call__(self) -> None:
        if not self.taken:
            self.taken = True
            backups.take(self.roots, "before-import")


def _file_clash(detail: str) -> RootsError:
    return BundleError(
        "its records do not fit together (one of them clashes with another)", detail=detail
    )


def _copy_clash(detail: str) -> RootsError:
    # copy-to's file is its own: the sentence names the databases, and the database's words.
    return BadInputError(
        f"A record of this database does not fit the target database ({detail}).", detail=detail
    )


@contextmanager
def _clashes(error: Callable[[str], RootsError] = _file_clash) -> Iterator[None]:
    """A write the database refuses because records clash (commit included), as Roots' error."""
    try:
        yield
    except Exception as exc:
        detail = db_errors.clash(exc)
        if detail is None:
            raise
        raise error(detail) from exc


def _merged(
    session: Unit,
    reader: BundleReader,
    settled: _Settled,
    resolutions: Mapping[tuple[str, str], Resolution],
    default: Resolution | None,
    dry_run: bool,
    progress: Progress | None,
    backup: Callable[[], None],
) -> ImportReport:
    """The opened file's records merged in the caller's unit of work."""
    manifest = settled.manifest
    entry = manifest.entries.get(RATINGS.entry)
    ratings = entry.records if entry is not None else 0
    # ``writing`` ends before the unit: the role totals are counted before the commit.
    with ExitStack() as writing:

        def before_writing() -> None:
            # The file is whole and the import is about to change something: worth a backup.
            # Called once (by the merger). A file of many ratings: their role totals are
            # counted once at the end, not by a trigger per rating (issue 14).
            backup()
            writing.enter_context(bulk.role_totals_for(session, ratings))

        if settled.already(session):
            return settled.report(applied=not dry_run)
        merger = Merger(session, reader, manifest, resolutions, default, before_writing)
        merger.install_packs()
        merging = _scaled(progress, 200, 1000)
        for spec in TABLES:
            merger.merge(spec, lambda done: merging(done, manifest.total_records))
        report = merger.report(applied=not dry_run)
        if not dry_run and not report.conflicts:
            settled.reached(session)
    return report


class _Settled:
    """Files whose import left nothing to change, and the database they left.

    Importing such a file again into that same data (the digest of every row an import reads,
    exchange_repo.content_digest) finds every record unchanged: each one is here now, or its
    version is in the record's history, or it was removed here. So that import is answered
    from the manifest's counts without reading half a million records again. Kept in the data
    folder (a cache: lost or damaged, the import simply runs in full).
    """

    FILE = "settled-imports.json"
    KEEP = 8

    def __init__(self, roots: Roots, manifest: Manifest) -> None:
        self.path = roots.data_dir / self.FILE
        self.manifest = manifest
        # The whole manifest but the moment it was written: every checksum and record count,
        # the packs' content hashes, the names flag (the records themselves are checksummed).
        # And this Roots: the rubric packs it ships are part of the check.
        what = {k: v for k, v in manifest.to_json().items() if k != "created_at"}
        what["reader"] = __version__
        self.file = hashlib.sha256(json.dumps(what, sort_keys=True).encode()).hexdigest()
        self.database: str | None = None

    def _known(self) -> dict[str, str]:
        try:
            found = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(found, dict):
            return {}
        return {k: v for k, v in found.items() if isinstance(k, str) and isinstance(v, str)}

    def already(self, session: Unit) -> bool:
        """True when this file was imported into exactly the data here."""
        digest = self._known().get(self.file)
        return digest is not None and digest == exchange_repo.content_digest(session)

    def report(self, applied: bool) -> ImportReport:
        counts: dict[str, Counter[Outcome]] = {}
        for spec in TABLES:
            entry = self.manifest.entries.get(spec.entry)
            counts[spec.name] = Counter(
                {Outcome.UNCHANGED: entry.records} if entry and entry.records else {}
            )
        return ImportReport(self.manifest, applied, counts)

    def reached(self, session: Unit) -> None:
        """The import is done (not yet committed): note the data it leaves."""
        self.database = exchange_repo.content_digest(session)

    def remember(self) -> None:
        if self.database is None:
            return
        known = self._known()
        known.pop(self.file, None)
        known[self.file] = self.database
        kept = dict(list(known.items())[-self.KEEP :])
        try:
            files.write_file(self.path, json.dumps(kept, indent=1).encode("utf-8"))
        except (OSError, RootsError) as exc:  # only a shortcut: the next import runs in full
            log.info("Could not note the imported file in %s: %s", self.path, exc)


def _scaled(progress: Progress | None, low: int, high: int) -> Callable[[int, int], None]:
    """Maps one phase's (done, total) onto thousandths ``low``..``high`` of the whole."""
    last = -1

    def report(done: int, total: int) -> None:
        nonlocal last
        if progress is None:
            return
        total = max(1, total)
        value = low + (high - low) * min(done, total) // total
        if value != last:
            last = value
            if progress(value, 1000) is False:
                raise CancelledError

    return report
