"""Reading and writing .roots files: a zip of a manifest, rubric packs and JSON-lines data.

The format is described in docs/bundle-format.md. Reading trusts nothing: the zip's own
structure, every name, size and checksum is checked against the manifest before a single record
is handed on, and each record is checked field by field as it is read (bundle_records.py).
Files are read and written as streams, so a whole district fits in bounded memory.
"""

from __future__ import annotations

import hashlib
import json
import queue
import stat
import threading
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from roots_app.domain.merge import one_shot
from roots_app.domain.text import refused_character
from roots_app.errors import BundleError
from roots_app.exchange.bundle_records import BY_NAME, FieldError, TableSpec
from roots_app.exchange.pack_file import MAX_PACK_BYTES

FORMAT = "roots-bundle"
# 2: paper sheets' records (issue 17). A file without them is still written as format 1, so
# a Roots from before them reads it; one with them tells that Roots to update.
FORMAT_VERSION = 2
MANIFEST = "manifest.json"
SUFFIX = ".roots"

MAX_MANIFEST_BYTES = 1_000_000
MAX_ENTRY_BYTES = 2 * 1024**3  # the 1,000-school sample district's ratings are ~150 MB
MAX_TOTAL_BYTES = 4 * 1024**3
MAX_LINE_BYTES = 1_000_000  # one record; long notes are 100,000 characters at most
# (an evidence scan's record is longer: TableSpec.max_line)
MAX_ENTRIES = 64
CHUNK = 1 << 20
# Deflate's level: 4 compresses a district's records a quarter faster than the default (6),
# for a file 4-5% larger (issue 14: compressing was what an export waited for).
COMPRESS_LEVEL = 4

_ENCODE = one_shot(json.JSONEncoder(ensure_ascii=False, separators=(",", ":")))

Progress = Callable[[int, int], None]  # (done, total): bytes checked or records written


def encode_line(record: Mapping[str, Any]) -> bytes:
    """A record as the line a file carries (UTF-8 JSON, without the line feed)."""
    return _ENCODE(record).encode("utf-8")


@dataclass(frozen=True, slots=True)
class PackEntry:
    pack_id: str
    version: str
    content_hash: str  # pack_file.content_hash of the pack, checked after reading

    @property
    def entry(self) -> str:
        return f"packs/{self.pack_id}@{self.version}.json"


@dataclass(frozen=True, slots=True)
class Entry:
    sha256: str
    size: int
    records: int = 0


@dataclass(frozen=True, slots=True)
class Manifest:
    format_version: int
    app_version: str
    created_at: str
    exported_by: str
    scope: str
    member_names: bool  # False: exported for the district, roles only
    packs: tuple[PackEntry, ...]
    entries: Mapping[str, Entry]

    @property
    def total_records(self) -> int:
        return sum(e.records for e in self.entries.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": self.format_version,
            "app_version": self.app_version,
            "created_at": self.created_at,
            "exported_by": self.exported_by,
            "scope": self.scope,
            "member_names": self.member_names,
            "packs": [
                {"id": p.pack_id, "version": p.version, "content_hash": p.content_hash}
                for p in self.packs
            ],
            "entries": {
                name: {"sha256": e.sha256, "bytes": e.size, "records": e.records}
                for name, e in sorted(self.entries.items())
            },
        }


@dataclass(frozen=True, slots=True)
class Joined:
    """Lines already joined, each ending in a line feed (a kept block of an export's)."""

    data: bytes
    count: int


class BundleWriter:
    """Streams a .roots file to ``path`` (the caller makes it atomic with a temporary name)."""

    def __init__(self, path: Path, app_version: str, created_at: str, exported_by: str) -> None:
        self.path = path
        self.app_version = app_version
        self.created_at = created_at
        self.exported_by = exported_by
        self.packs: list[PackEntry] = []
        self.entries: dict[str, Entry] = {}
        self.zip = zipfile.ZipFile(
            path,
            "w",
            compression=zipfile.ZIP_DEFLATED,
            allowZip64=True,
            compresslevel=COMPRESS_LEVEL,
        )

    def add_pack(self, pack_id: str, version: str, content_hash: str, content: str) -> None:
        pack = PackEntry(pack_id, version, content_hash)
        if pack in self.packs:
            return
        self.packs.append(pack)
        self._write(pack.entry, [content.encode("utf-8")])

    def add_lines(self, spec: TableSpec, batches: Iterable[Sequence[bytes] | Joined]) -> int:
        """Write records already encoded (``encode_line``), a batch of lines at a time (one
        call per record cost more than the compression); returns how many were written."""
        count = 0

        def chunks() -> Iterator[bytes]:
            nonlocal count
            for lines in batches:
                if isinstance(lines, Joined):
                    count += lines.count
                    yield lines.data
                elif lines:
                    count += len(lines)
                    yield b"\n".join(lines) + b"\n"

        self._write(spec.entry, chunks())
        self.entries[spec.entry] = Entry(
            self.entries[spec.entry].sha256, self.entries[spec.entry].size, count
        )
        return count

    def _write(self, name: str, chunks: Iterable[bytes]) -> None:
        """Compress and checksum in a second thread while the caller makes the next chunk
        (zlib and hashlib let go of Python while they work): a district's export spent a
        third of its time compressing, waiting for the database in between."""
        digest = hashlib.sha256()
        size = 0
        info = zipfile.ZipInfo(name, date_time=time.localtime()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        # What ZipFile.open(name) sets from the file's own level (3.11 names it so; 3.13 keeps
        # the name as an alias of compress_level); a ZipInfo given to it keeps its own.
        info._compresslevel = COMPRESS_LEVEL  # type: ignore[attr-defined]
        with self.zip.open(info, "w", force_zip64=True) as out:
            pending: queue.Queue[bytes | None] = queue.Queue(maxsize=4)
            failed: list[BaseException] = []

            def work() -> None:
                while (chunk := pending.get()) is not None:
                    if failed:
                        continue  # only emptying the queue, so the caller never waits
                    try:
                        digest.update(chunk)
                        out.write(chunk)
                    except BaseException as exc:  # a full disk: raised in the caller's thread
                        failed.append(exc)

            worker = threading.Thread(target=work, name="roots-bundle-writer", daemon=True)
            worker.start()
            try:
                for chunk in chunks:
                    if failed:
                        break
                    size += len(chunk)
                    pending.put(chunk)
            finally:
                pending.put(None)
                worker.join()
            if failed:
                raise failed[0]
        self.entries[name] = Entry(digest.hexdigest(), size)

    def finish(self, scope: str, member_names: bool) -> Manifest:
        needed = max(
            (BY_NAME[_table_of(name)].since for name in self.entries if name.startswith("data/")),
            default=1,
        )
        manifest = Manifest(
            format_version=needed,
            app_version=self.app_version,
            created_at=self.created_at,
            exported_by=self.exported_by,
            scope=scope,
            member_names=member_names,
            packs=tuple(self.packs),
            entries=dict(self.entries),
        )
        text = json.dumps(manifest.to_json(), ensure_ascii=False, indent=1)
        self.zip.writestr(MANIFEST, text.encode("utf-8"))
        self.zip.close()
        return manifest

    def abort(self) -> None:
        self.zip.close()


class BundleReader:
    """Opens a .roots file and refuses it unless its structure and every checksum are right."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.zip: zipfile.ZipFile | None = None
        self.manifest: Manifest

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()
            self.zip = None

    def open(self, progress: Progress | None = None) -> Manifest:
        """Check the whole file (structure, sizes, checksums); returns its manifest."""
        try:
            mode = self.path.stat().st_mode
            # Never opened: a pipe waits for a writer forever, /dev/zero never ends.
            if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
                kind = (
                    "a pipe"
                    if stat.S_ISFIFO(mode)
                    else "a device"
                    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
                    else "a special file"
                )
                raise BundleError(f"{self.path} is {kind}, not a file")
            self.zip = zipfile.ZipFile(self.path)
        except FileNotFoundError:
            raise BundleError(f"there is no file at {self.path}") from None
        except IsADirectoryError:
            raise BundleError(f"{self.path} is a folder, not a file") from None
        # NotImplementedError: a damaged header can claim a zip version or a compression
        # this zipfile does not know (found by random damage, issue 13's property test).
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            EOFError,
            ValueError,
            NotImplementedError,
        ):
            raise BundleError(
                "it is not a .roots file, or it is damaged (not a readable zip)"
            ) from None
        except OSError as exc:
            raise BundleError(f"it could not be read ({exc.strerror or exc})") from None
        infos = self._check_names()
        self.manifest = _parse_manifest(self._read_small(infos[MANIFEST], MAX_MANIFEST_BYTES))
        expected = {MANIFEST, *self.manifest.entries}
        missing = sorted(expected - set(infos))
        if missing:
            raise BundleError(f"the entry {missing[0]} is missing")
        extra = sorted(set(infos) - expected)
        if extra:
            raise BundleError(f"it has an entry the manifest does not list ({extra[0]})")
        for pack in self.manifest.packs:
            if pack.entry not in self.manifest.entries:
                raise BundleError(f"the rubric pack {pack.pack_id} {pack.version} is missing")
        total = 0
        for name, entry in self.manifest.entries.items():
            info = infos[name]
            if info.file_size != entry.size or entry.size > MAX_ENTRY_BYTES:
                raise BundleError(f"the entry {name} does not have the size the manifest gives")
            total += entry.size
        if total > MAX_TOTAL_BYTES:
            raise BundleError("it is larger than Roots can import (over 4 GB unpacked)")
        done = 0
        for name in sorted(self.manifest.entries):
            for chunk in self._stream(name):
                done += len(chunk)
                if progress is not None:
                    progress(done, max(1, total))
        return self.manifest

    def pack_text(self, pack: PackEntry) -> str:
        assert self.zip is not None
        raw = self._read_small(self.zip.getinfo(pack.entry), MAX_PACK_BYTES)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise BundleError(f"the rubric pack {pack.entry} is not UTF-8 text") from None

    def records(self, spec: TableSpec) -> Iterator[dict[str, Any]]:
        """The table's records, each checked; the checksum is checked again at the end."""
        if spec.entry not in self.manifest.entries:
            return
        expected = self.manifest.entries[spec.entry].records
        count = 0
        pending = b""
        for chunk in self._stream(spec.entry):
            pending += chunk
            lines = pending.split(b"\n")
            pending = lines.pop()
            if len(pending) > spec.max_line:
                raise BundleError(f"{spec.entry} line {count + 1} is too long")
            for line in lines:
                count += 1
                if len(line) > spec.max_line:
                    raise BundleError(f"{spec.entry} line {count} is too long")
                yield _parse_line(spec, line, count)
        if pending.strip():
            count += 1
            yield _parse_line(spec, pending, count)
        if count != expected:
            raise BundleError(
                f"{spec.entry} has {count} records where the manifest says {expected}"
            )

    def _check_names(self) -> dict[str, zipfile.ZipInfo]:
        assert self.zip is not None
        infos: dict[str, zipfile.ZipInfo] = {}
        members = self.zip.infolist()
        if len(members) > MAX_ENTRIES:
            raise BundleError(
                f"it has {len(members)} entries; a .roots file has at most {MAX_ENTRIES}"
            )
        for info in members:
            name = info.filename
            parts = name.replace("\\", "/").split("/")
            if name.startswith(("/", "\\")) or ".." in parts or ":" in name or "\\" in name:
                raise BundleError(f"it has an entry that points outside the file ({name!r})")
            if name in infos:
                raise BundleError(f"the entry {name} appears twice")
            if info.flag_bits & 0x1:
                raise BundleError(f"the entry {name} is encrypted")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise BundleError(f"the entry {name} uses a compression Roots does not read")
            infos[name] = info
        if MANIFEST not in infos:
            raise BundleError("it has no manifest (it is not a .roots file)")
        return infos

    def _read_small(self, info: zipfile.ZipInfo, limit: int) -> bytes:
        if info.file_size > limit:
            raise BundleError(f"the entry {info.filename} is too large")
        return b"".join(self._stream(info.filename, check=info.filename != MANIFEST))

    def _stream(self, name: str, check: bool = True) -> Iterator[bytes]:
        """The entry's bytes, counted against its size and checked against its SHA-256."""
        assert self.zip is not None
        entry = self.manifest.entries.get(name) if check else None
        limit = entry.size if entry is not None else MAX_MANIFEST_BYTES
        digest = hashlib.sha256()
        size = 0
        try:
            with self.zip.open(name) as handle:
                for chunk in _chunks(handle):
                    size += len(chunk)
                    if size > limit:
                        raise BundleError(f"the entry {name} is larger than it says")
                    digest.update(chunk)
                    yield chunk
        except (
            zipfile.BadZipFile,
            zlib.error,  # a broken deflate stream
            EOFError,
            ValueError,
            NotImplementedError,
            OSError,
        ) as exc:
            raise BundleError(f"the entry {name} is damaged ({exc})") from None
        except RuntimeError:  # zipfile's "encrypted, password required"
            raise BundleError(f"the entry {name} is encrypted") from None
        if entry is not None and digest.hexdigest() != entry.sha256:
            raise BundleError(
                f"the entry {name} does not match its checksum (the file was changed)"
            )


def _chunks(handle: IO[bytes]) -> Iterator[bytes]:
    while chunk := handle.read(CHUNK):
        yield chunk


class DuplicateKeyError(ValueError):
    """A key given twice in one JSON object: readers disagree on which one counts."""

    def __init__(self, key: str) -> None:
        super().__init__(f"the field {key[:40]!r} appears twice")


def _one_of_each(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise DuplicateKeyError(key)
            seen.add(key)
    return found


def loads(raw: bytes | str) -> Any:
    """JSON as Roots reads it from a file: a key given twice in an object is refused."""
    return json.loads(raw, object_pairs_hook=_one_of_each)


# One decoder for every line: json.loads builds a decoder and guesses the encoding per call.
_LINE_DECODER = json.JSONDecoder(object_pairs_hook=_one_of_each)
_BOM = b"\xef\xbb\xbf"


def _parse_line(spec: TableSpec, line: bytes, number: int) -> dict[str, Any]:
    if not line.startswith(_BOM):
        # The common case, decoded as json.loads decodes UTF-8 bytes; anything it refuses goes
        # the whole way below, so the answer and its message stay exactly loads'.
        try:
            raw = _LINE_DECODER.decode(line.decode("utf-8", "surrogatepass"))
        except (ValueError, RecursionError):
            pass
        else:
            return _parsed(spec, raw, number)
    where = _where(spec, number)
    try:
        raw = loads(line)
    except DuplicateKeyError as exc:
        raise BundleError(f"{where}: {exc}") from None
    except (ValueError, RecursionError):  # JSONDecodeError, bad UTF-8, absurd nesting
        raise BundleError(f"{where} is not valid JSON") from None
    return _parsed(spec, raw, number)


def _where(spec: TableSpec, number: int) -> str:
    """Where a record is, for a message: made only then, not for every line read."""
    return f"{spec.entry} line {number}"


def _parsed(spec: TableSpec, raw: Any, number: int) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise BundleError(f"{_where(spec, number)} is not a record (a JSON object)")
    try:
        return spec.parse(raw)
    except FieldError as exc:
        raise BundleError(f"{_where(spec, number)}: {exc}") from None


def _parse_manifest(raw: bytes) -> Manifest:
    try:
        data = loads(raw)
    except DuplicateKeyError as exc:
        raise BundleError(f"its manifest is not valid ({exc})") from None
    except (ValueError, RecursionError):
        raise BundleError("its manifest is not valid JSON") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BundleError("its manifest does not describe a .roots file")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BundleError("its manifest has no valid format version")
    if version > FORMAT_VERSION:
        raise BundleError(
            f"it was made by a newer version of Roots (format {version}; this Roots reads "
            f"format {FORMAT_VERSION}); update Roots to import it"
        )
    try:
        packs = tuple(
            PackEntry(_str(p, "id", 64), _str(p, "version", 32), _str(p, "content_hash", 64))
            for p in _list(data, "packs")
        )
        entries: dict[str, Entry] = {}
        raw_entries = data.get("entries")
        if not isinstance(raw_entries, dict):
            raise ValueError("entries")
        for name, value in raw_entries.items():
            if name.startswith("data/"):
                table = _table_of(name)
                if table not in BY_NAME or not name.endswith(".jsonl"):
                    raise ValueError(f"entry {name}")
                if BY_NAME[table].since > version:  # format 1 never had paper sheets
                    raise ValueError(f"entry {name} in format {version}")
            elif not any(name == p.entry for p in packs):
                raise ValueError(f"entry {name}")
            if not isinstance(value, dict):
                raise ValueError(f"entry {name}")
            entries[name] = Entry(
                sha256=_str(value, "sha256", 64),
                size=_int(value, "bytes"),
                records=_int(value, "records") if "records" in value else 0,
            )
        return Manifest(
            format_version=version,
            app_version=_str(data, "app_version", 40),
            created_at=_str(data, "created_at", 40),
            exported_by=_str(data, "exported_by", 36),
            scope=_str(data, "scope", 200),
            member_names=_bool(data, "member_names"),
            packs=packs,
            entries=entries,
        )
    except ValueError as exc:
        raise BundleError(f"its manifest is not valid ({exc})") from None


def _table_of(entry: str) -> str:
    return entry.removeprefix("data/").removesuffix(".jsonl")


def _str(data: Any, key: str, limit: int) -> str:
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, str) or len(value) > limit or refused_character(value):
        raise ValueError(key)
    return value


def _int(data: Mapping[str, Any], key: str) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(key)
    return value


def _bool(data: Mapping[str, Any], key: str) -> bool:
    value = data.get(key)
    if not isinstance(value, bool):
        raise ValueError(key)
    return value


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key)
    if not isinstance(value, list) or len(value) > MAX_ENTRIES:
        raise ValueError(key)
    return value
