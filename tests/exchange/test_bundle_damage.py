"""Damaged and hostile .roots files: each is refused with a telling BundleError, nothing changes.

One good file is exported from a small sample district; every test rewrites it with zipfile,
changing one thing. Where the point is not the checksum, the manifest's sha256, bytes and
records are recomputed so the damage reaches the deeper check. The receiving database already
holds data (another demo district and the good file), and its full SQLite dump must be the same
after every refused import. Property tests add random byte-level damage, random field values and
random manifests.
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import re
import shutil
import struct
import uuid
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from roots_app import cli
from roots_app.domain import school_year
from roots_app.domain.assessment import check_on_team, check_taking_part
from roots_app.domain.merge import Outcome
from roots_app.domain.paper import PaperSheet
from roots_app.domain.plan import Action, check_dates, check_focus_count
from roots_app.domain.text import refused_character
from roots_app.errors import BadInputError, BundleError
from roots_app.exchange import bundle_file, pack_file
from roots_app.exchange.bundle_file import CHUNK, MANIFEST, MAX_LINE_BYTES
from roots_app.exchange.bundle_records import TABLES
from roots_app.services import assessments, bundles, demo, plans, sheets
from roots_app.services.bundles import Scope
from roots_app.services.context import Roots, open_roots
from roots_app.storage import exchange_repo
from tests.conftest import laptop
from tests.dbdump import dump
from tests.postgres_server import PostgresServer

PACK = "packs/cei-six-roots@1.0.2.json"
NOT_A_ZIP = re.escape("it is not a .roots file, or it is damaged (not a readable zip)")
Entries = dict[str, bytes]

# -- the good file and the receiving database ----------------------------------------------------


@pytest.fixture(scope="module")
def good_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small district (2 schools, 2 years) with one plan focus and action, exported whole."""
    folder = tmp_path_factory.mktemp("good")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ROOTS_DATA_DIR", str(folder / "source"))
        source = laptop(folder / "source")
        try:
            demo.make_demo(source, 2, 2, 7)
            first = assessments.list_assessments(source)[0]
            assessment = assessments.load(source, first.id)
            key = assessment.pack.categories[0].key
            focus = plans.add_focus(source, assessment, key, "More families at meetings")
            plans.save_action(
                source,
                focus,
                Action(
                    id="",
                    description="Phone tree before each meeting",
                    owner="Ana",
                    start=date(2025, 9, 1),
                    due=date(2025, 12, 1),
                ),
            )
            # Paper sheets (format 2): a blank sheet's participant and a named sheet, each
            # with a scan of its handwriting, so the paper tables are damaged too.
            ok, png = cv2.imencode(".png", np.full((12, 40), 90, np.uint8))
            assert ok
            scans = {key: png.tobytes()}
            member = assessment.present[0].id
            sheets.save_sheet(source, first.id, PaperSheet(member, None, None, {key: 2}, scans))
            blank = PaperSheet(None, "Rosa Díaz", "family", {key: 3}, scans, sheet_no=4)
            sheets.save_sheet(source, first.id, blank)
            path = folder / "district.roots"
            bundles.export_bundle(source, path, bundles.Scope())
            with zipfile.ZipFile(path) as archive:
                assert "data/paper_evidence.jsonl" in archive.namelist()
        finally:
            source.close()
    return path


def _fill_receiver(receiver: Roots, good_file: Path) -> None:
    try:
        demo.make_demo(receiver, 1, 1, 11)
        bundles.import_bundle(receiver, good_file)
    finally:
        receiver.close()


@pytest.fixture(scope="module")
def receiver_template(tmp_path_factory: pytest.TempPathFactory, good_file: Path) -> Path:
    """A data folder with another demo district and the good file already imported."""
    folder = tmp_path_factory.mktemp("receiver") / "data"
    _fill_receiver(laptop(folder), good_file)
    return folder


_PG_RECEIVERS: dict[Path, str] = {}  # good file -> its template database on the test server


@pytest.fixture
def receiver(
    receiver_template: Path,
    good_file: Path,
    tmp_path: Path,
    backend: str,
    request: pytest.FixtureRequest,
) -> Iterator[Roots]:
    """A fresh copy of the receiving database for each test, on the test's backend."""
    folder = tmp_path / "receiver"
    if backend == "postgresql":
        server: PostgresServer = request.getfixturevalue("postgres")
        if good_file not in _PG_RECEIVERS:
            url = server.new_database()
            _fill_receiver(open_roots(tmp_path / "template", url), good_file)
            _PG_RECEIVERS[good_file] = url.rsplit("/", 1)[1]
        url = server.new_database(template=_PG_RECEIVERS[good_file])
        opened = open_roots(folder, url)
        yield opened
        opened.close()
        server.drop(url)
        return
    shutil.copytree(receiver_template, folder)
    opened = laptop(folder)
    yield opened
    opened.close()


# -- rewriting the zip -----------------------------------------------------------------------


def read_entries(path: Path) -> Entries:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def manifest_of(entries: Entries) -> dict[str, Any]:
    return json.loads(entries[MANIFEST])


def set_manifest(entries: Entries, manifest: dict[str, Any]) -> None:
    entries[MANIFEST] = json.dumps(manifest, ensure_ascii=False, indent=1).encode()


def fix_manifest(entries: Entries) -> None:
    """Make the manifest's sha256, bytes and records agree with the entries as they are now."""
    manifest = manifest_of(entries)
    for name, entry in manifest["entries"].items():
        if name in entries:
            content = entries[name]
            entry["sha256"] = hashlib.sha256(content).hexdigest()
            entry["bytes"] = len(content)
            if name.endswith(".jsonl"):
                entry["records"] = sum(1 for line in content.split(b"\n") if line.strip())
    set_manifest(entries, manifest)


def write_zip(path: Path, items: Entries | list[tuple[str, bytes]]) -> Path:
    pairs = list(items.items()) if isinstance(items, dict) else items
    with (
        warnings.catch_warnings(),  # zipfile warns about a duplicated name; that is the point
        zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive,
    ):
        warnings.simplefilter("ignore")
        for name, content in pairs:
            info = zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
    return path


def records(entries: Entries, table: str) -> list[dict[str, Any]]:
    content = entries[f"data/{table}.jsonl"].decode()
    return [json.loads(line) for line in content.splitlines() if line.strip()]


def set_lines(entries: Entries, table: str, lines: list[bytes]) -> None:
    entries[f"data/{table}.jsonl"] = b"".join(line + b"\n" for line in lines)


def set_records(entries: Entries, table: str, rows: list[Any]) -> None:
    set_lines(entries, table, [_line(r) for r in rows])


def _line(row: Any) -> bytes:
    """As Roots writes it (UTF-8); a lone surrogate can only be written as a \\u escape."""
    text = json.dumps(row, ensure_ascii=False, separators=(",", ":"))
    try:
        return text.encode()
    except UnicodeEncodeError:
        return json.dumps(row, separators=(",", ":")).encode()


def damaged(
    good_file: Path, folder: Path, change: Callable[[Entries], None], fix: bool = True
) -> Path:
    """The good file with ``change`` made to its entries; the manifest is fixed unless not."""
    entries = read_entries(good_file)
    change(entries)
    if fix:
        fix_manifest(entries)
    return write_zip(folder / "bad.roots", entries)


def refused(receiver: Roots, path: Path, match: str, dry_run: bool = False) -> BundleError:
    before = dump(receiver)
    with pytest.raises(BundleError, match=match) as caught:
        bundles.import_bundle(receiver, path, dry_run=dry_run)
    assert isinstance(caught.value, BadInputError)
    assert str(caught.value).startswith("This .roots file cannot be imported: ")
    assert dump(receiver) == before, "a refused import changed the database"
    return caught.value


def refused_or_imported(receiver: Roots, path: Path) -> None:
    """The property of every random file: BundleError and no change, or a clean import."""
    before = dump(receiver)
    try:
        bundles.import_bundle(receiver, path)
    except BundleError as error:
        event(f"refused: {re.sub(r'[0-9a-f-]{36}|line [0-9]+', '…', error.reason)[:60]}")
        assert dump(receiver) == before, "a refused import changed the database"
    else:
        event("imported")
        keeps_the_services_rules(receiver)


def keeps_the_services_rules(roots: Roots) -> None:
    """What an import let in, the services would have let in too (one validation, two doors)."""
    with roots.transaction() as session:
        rows = {
            spec.name: list(exchange_repo.stream(session, spec.name, spec.names, Scope()))
            for spec in TABLES
        }
    for spec in TABLES:
        for row in rows[spec.name]:
            for value in row.values():
                assert not isinstance(value, str) or refused_character(value) is None, row
    teams = {a["id"]: a["team_id"] for a in rows["assessments"]}
    member_teams = {m["id"]: m["team_id"] for m in rows["members"]}
    present: dict[str, set[str]] = {}
    for a in rows["assessments"]:
        school_year.parse(a["school_year"])
    for p in rows["assessment_members"]:
        check_on_team(teams[p["assessment_id"]], {p["member_id"]: member_teams[p["member_id"]]})
        present.setdefault(p["assessment_id"], set()).add(p["member_id"])
    for r in rows["ratings"]:
        check_taking_part(r["member_id"], present.get(r["assessment_id"], set()))
    focuses = Counter(f["assessment_id"] for f in rows["plan_focuses"])
    for count in focuses.values():
        check_focus_count(count)
    actions = {a["id"] for a in rows["plan_actions"]}
    for a in rows["plan_actions"]:
        check_dates(a["start"], a["due"])
        assert a["carried_from"] is None or a["carried_from"] in actions


# -- the rewriting itself is harmless --------------------------------------------------------


def test_a_rewritten_good_file_still_imports(
    good_file: Path, receiver: Roots, roots: Roots, tmp_path: Path
) -> None:
    copy = damaged(good_file, tmp_path, lambda entries: None)
    before = dump(receiver)
    report = bundles.import_bundle(receiver, copy)
    assert report.total(Outcome.CONFLICT) == 0
    assert report.total(Outcome.ADDED) == 0
    assert dump(receiver) == before
    fresh = bundles.import_bundle(roots, copy)
    assert fresh.counts["plan_actions"][Outcome.ADDED] == 1
    listed = manifest_of(read_entries(good_file))["entries"].values()
    assert fresh.total(Outcome.ADDED) == sum(entry["records"] for entry in listed)


# -- files that are not zips at all -----------------------------------------------------------


@pytest.mark.parametrize("keep", [0.02, 0.3, 0.5, 0.9, 0.999, -1, -22, -23])
def test_a_truncated_file_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path, keep: float
) -> None:
    content = good_file.read_bytes()
    cut = int(len(content) * keep) if keep > 0 else len(content) + int(keep)
    bad = tmp_path / "cut.roots"
    bad.write_bytes(content[:cut])
    refused(receiver, bad, NOT_A_ZIP)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        random.Random(3).randbytes(5_000),
        b"PK\x03\x04" + random.Random(4).randbytes(300),
        b"roots-bundle\n",
        b"PK\x05\x06" + bytes(18),  # an empty zip: no manifest
    ],
    ids=["empty", "random", "zip-magic-then-noise", "text", "empty-zip"],
)
def test_a_file_that_is_not_a_zip_is_refused(
    receiver: Roots, tmp_path: Path, content: bytes
) -> None:
    bad = tmp_path / "bad.roots"
    bad.write_bytes(content)
    refused(receiver, bad, f"{NOT_A_ZIP}|it has no manifest")


def test_a_zip_claiming_a_version_zipfile_cannot_read_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path
) -> None:
    """One flipped byte in the central directory's "version needed" (here 10.9): zipfile
    raises NotImplementedError, which escaped as a crash (found by the random-damage test)."""
    content = bytearray(good_file.read_bytes())
    entry = content.index(b"PK\x01\x02")  # the first central directory header
    content[entry + 6] = 109  # version needed to extract: 10.9
    bad = tmp_path / "future.roots"
    bad.write_bytes(bytes(content))
    refused(receiver, bad, NOT_A_ZIP)


def test_a_folder_is_refused(receiver: Roots, tmp_path: Path) -> None:
    folder = tmp_path / "folder.roots"
    folder.mkdir()
    refused(receiver, folder, "is a folder, not a file")


def test_a_missing_path_is_refused(receiver: Roots, tmp_path: Path) -> None:
    refused(receiver, tmp_path / "nowhere.roots", "there is no file at")


def test_a_pipe_or_a_device_is_refused_without_being_opened(
    receiver: Roots, tmp_path: Path
) -> None:
    """A pipe used to wait for a writer forever (and /dev/zero never ends)."""
    import os

    pipe = tmp_path / "pipe.roots"
    os.mkfifo(pipe)
    refused(receiver, pipe, "pipe.roots is a pipe, not a file")
    refused(receiver, Path("/dev/zero"), "/dev/zero is a device, not a file", dry_run=True)


# -- checksums and the manifest ---------------------------------------------------------------


@pytest.mark.parametrize("name", ["data/ratings.jsonl", "data/schools.jsonl", PACK])
def test_a_changed_byte_is_caught_by_the_checksum(
    good_file: Path, receiver: Roots, tmp_path: Path, name: str
) -> None:
    def flip(entries: Entries) -> None:
        content = bytearray(entries[name])
        content[len(content) // 2] ^= 0x01
        entries[name] = bytes(content)

    bad = damaged(good_file, tmp_path, flip, fix=False)
    refused(receiver, bad, re.escape(f"the entry {name} does not match its checksum"))


@pytest.mark.parametrize("name", ["data/schools.jsonl", PACK])
def test_an_entry_whose_compressed_data_is_broken_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path, name: str
) -> None:
    bad = write_zip(tmp_path / "broken.roots", read_entries(good_file))
    break_deflate_stream(bad, name)
    refused(receiver, bad, re.escape(f"the entry {name} is damaged"))


@pytest.mark.parametrize(
    ("key", "value", "match"),
    [
        ("format_version", 3, r"made by a newer version of Roots \(format 3"),
        ("format_version", 99, r"made by a newer version of Roots \(format 99"),
        ("format_version", 0, "no valid format version"),
        ("format_version", "1", "no valid format version"),
        ("format_version", True, "no valid format version"),
        ("format_version", None, "no valid format version"),
        ("format", "roots-backup", "does not describe a .roots file"),
        ("format", None, "does not describe a .roots file"),
        ("entries", [], r"manifest is not valid \(entries\)"),
        ("packs", {}, r"manifest is not valid \(packs\)"),
        ("member_names", "yes", r"manifest is not valid \(member_names\)"),
        ("exported_by", "x" * 37, r"manifest is not valid \(exported_by\)"),
        ("created_at", 20250101, r"manifest is not valid \(created_at\)"),
    ],
)
def test_a_bad_manifest_field_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path, key: str, value: Any, match: str
) -> None:
    def change(entries: Entries) -> None:
        manifest = manifest_of(entries)
        if value is None:
            del manifest[key]
        else:
            manifest[key] = value
        set_manifest(entries, manifest)

    refused(receiver, damaged(good_file, tmp_path, change, fix=False), match)


@pytest.mark.parametrize(
    ("edit", "match"),
    [
        (lambda e: e["data/schools.jsonl"].update(bytes=-1), "(bytes)"),
        (lambda e: e["data/schools.jsonl"].update(sha256=7), "(sha256)"),
        (lambda e: e["data/schools.jsonl"].update(records="2"), "(records)"),
        (lambda e: e.update({"data/passwords.jsonl": {}}), "(entry data/passwords.jsonl)"),
        (lambda e: e.update({"data/schools.json": {}}), "(entry data/schools.json)"),
        (lambda e: e.update({"packs/other@1.json": {}}), "(entry packs/other@1.json)"),
        (lambda e: e.update({"data/teams.jsonl": "x"}), "(entry data/teams.jsonl)"),
    ],
    ids=[
        "negative-bytes",
        "sha-number",
        "records-text",
        "unknown-table",
        "wrong-suffix",
        "unlisted-pack",
        "entry-not-object",
    ],
)
def test_a_bad_manifest_entry_is_refused(
    good_file: Path,
    receiver: Roots,
    tmp_path: Path,
    edit: Callable[[dict[str, Any]], None],
    match: str,
) -> None:
    def change(entries: Entries) -> None:
        manifest = manifest_of(entries)
        edit(manifest["entries"])
        set_manifest(entries, manifest)

    bad = damaged(good_file, tmp_path, change, fix=False)
    refused(receiver, bad, re.escape(f"its manifest is not valid {match}"))


def test_a_missing_manifest_is_refused(good_file: Path, receiver: Roots, tmp_path: Path) -> None:
    bad = damaged(good_file, tmp_path, lambda e: e.pop(MANIFEST), fix=False)
    refused(receiver, bad, re.escape("it has no manifest (it is not a .roots file)"))


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\xff\xfe\x00{", b"", b"[" * 100_000, b'{"a":' * 50_000],
    ids=["syntax", "not-utf8", "empty", "nested-lists", "nested-objects"],
)
def test_a_manifest_that_is_not_json_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path, content: bytes
) -> None:
    bad = damaged(good_file, tmp_path, lambda e: e.update({MANIFEST: content}), fix=False)
    refused(receiver, bad, "its manifest is not valid JSON")


@pytest.mark.parametrize("content", [b"[]", b"null", b'"roots-bundle"', b"1"])
def test_a_manifest_that_is_not_an_object_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path, content: bytes
) -> None:
    bad = damaged(good_file, tmp_path, lambda e: e.update({MANIFEST: content}), fix=False)
    refused(receiver, bad, "its manifest does not describe a .roots file")


def test_a_huge_manifest_is_refused(good_file: Path, receiver: Roots, tmp_path: Path) -> None:
    def pad(entries: Entries) -> None:
        entries[MANIFEST] = entries[MANIFEST] + b" " * bundle_file.MAX_MANIFEST_BYTES

    bad = damaged(good_file, tmp_path, pad, fix=False)
    refused(receiver, bad, re.escape("the entry manifest.json is too large"))


# -- entries: missing, extra, twice, outside the archive ---------------------------------------


@pytest.mark.parametrize("name", ["data/teams.jsonl", "data/plan_actions.jsonl", PACK])
def test_an_entry_listed_in_the_manifest_but_missing_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path, name: str
) -> None:
    bad = damaged(good_file, tmp_path, lambda e: e.pop(name), fix=False)
    refused(receiver, bad, re.escape(f"the entry {name} is missing"))


def test_a_listed_pack_without_its_entry_in_the_manifest_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path
) -> None:
    def change(entries: Entries) -> None:
        del entries[PACK]
        manifest = manifest_of(entries)
        del manifest["entries"][PACK]
        set_manifest(entries, manifest)

    bad = damaged(good_file, tmp_path, change, fix=False)
    refused(receiver, bad, re.escape("the rubric pack cei-six-roots 1.0.2 is missing"))


@pytest.mark.parametrize("name", ["notes.txt", "data/extra.jsonl", "packs/x@1.json", "data/"])
def test_an_entry_the_manifest_does_not_list_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path, name: str
) -> None:
    bad = damaged(good_file, tmp_path, lambda e: e.update({name: b"{}\n"}), fix=False)
    refused(receiver, bad, re.escape(f"it has an entry the manifest does not list ({name})"))


@pytest.mark.parametrize("name", ["data/schools.jsonl", MANIFEST, PACK])
def test_a_duplicated_entry_name_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path, name: str
) -> None:
    items = list(read_entries(good_file).items())
    items.append((name, dict(items)[name]))
    bad = write_zip(tmp_path / "twice.roots", items)
    refused(receiver, bad, re.escape(f"the entry {name} appears twice"))


@pytest.mark.parametrize(
    "name",
    [
        "../evil",
        "/abs",
        "/etc/passwd",
        "data/../../x",
        "data/../manifest.json",
        "C:\\x",
        "C:/x",
        "c:x",
        "\\abs",
        "data\\..\\..\\x",
        "data\\schools.jsonl",
        "..\\evil",
        "..",
    ],
)
def test_an_entry_name_that_leaves_the_archive_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path, name: str
) -> None:
    def change(entries: Entries) -> None:
        entries[name] = b"owned\n"
        manifest = manifest_of(entries)
        manifest["entries"][name] = {"sha256": "", "bytes": 0}
        set_manifest(entries, manifest)

    bad = damaged(good_file, tmp_path, change, fix=False)
    refused(receiver, bad, re.escape(f"it has an entry that points outside the file ({name!r})"))


def test_too_many_entries_are_refused(good_file: Path, receiver: Roots, tmp_path: Path) -> None:
    def add(entries: Entries) -> None:
        for i in range(bundle_file.MAX_ENTRIES):
            entries[f"extra/{i}"] = b""

    bad = damaged(good_file, tmp_path, add, fix=False)
    refused(receiver, bad, f"entries; a .roots file has at most {bundle_file.MAX_ENTRIES}")


def test_an_encrypted_looking_entry_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path
) -> None:
    bad = write_zip(tmp_path / "encrypted.roots", read_entries(good_file))
    patch_headers(bad, "data/teams.jsonl", flag_bits=0x1)
    refused(receiver, bad, re.escape("the entry data/teams.jsonl is encrypted"))


# -- sizes: huge entries, zip bombs, absurd lines ---------------------------------------------


def patch_headers(
    path: Path, name: str, *, flag_bits: int | None = None, file_size: int | None = None
) -> None:
    """Rewrite fields of one entry's headers in place (what a hand-made hostile zip does)."""
    content = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
        start = archive.start_dir
    local = info.header_offset
    assert content[local : local + 4] == b"PK\x03\x04"
    position = start
    while content[position : position + 4] == b"PK\x01\x02":
        name_length, extra_length, comment_length = struct.unpack_from(
            "<HHH", content, position + 28
        )
        if content[position + 46 : position + 46 + name_length] == name.encode():
            if flag_bits is not None:
                struct.pack_into("<H", content, position + 8, flag_bits)
                struct.pack_into("<H", content, local + 6, flag_bits)
            if file_size is not None:
                struct.pack_into("<I", content, position + 24, file_size)
                struct.pack_into("<I", content, local + 22, file_size)
            path.write_bytes(bytes(content))
            return
        position += 46 + name_length + extra_length + comment_length
    raise AssertionError(f"{name} not found")


def break_deflate_stream(path: Path, name: str) -> None:
    """Make the entry's first deflate block header name the reserved block type 3."""
    content = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    assert info.compress_type == zipfile.ZIP_DEFLATED
    name_length, extra_length = struct.unpack_from("<HH", content, info.header_offset + 26)
    start = info.header_offset + 30 + name_length + extra_length
    content[start] = 0b111  # final block, type 3 (invalid)
    path.write_bytes(bytes(content))


def test_an_entry_above_the_size_limit_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle_file, "MAX_ENTRY_BYTES", 60_000)  # ratings are ~80 KB
    refused(
        receiver,
        good_file,
        re.escape("the entry data/ratings.jsonl does not have the size the manifest gives"),
    )


def test_files_above_the_total_limit_are_refused(
    good_file: Path, receiver: Roots, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle_file, "MAX_TOTAL_BYTES", 100_000)
    refused(receiver, good_file, "it is larger than Roots can import")


def test_an_entry_whose_size_is_not_the_manifests_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path
) -> None:
    def change(entries: Entries) -> None:
        manifest = manifest_of(entries)
        manifest["entries"]["data/teams.jsonl"]["bytes"] -= 1
        set_manifest(entries, manifest)

    bad = damaged(good_file, tmp_path, change, fix=False)
    refused(receiver, bad, re.escape("the entry data/teams.jsonl does not have the size"))


def test_a_highly_compressible_entry_is_refused_before_it_is_unpacked(
    good_file: Path, receiver: Roots, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 16 MB of newlines packs into ~16 KB; the limit is lowered so the size alone refuses it.
    monkeypatch.setattr(bundle_file, "MAX_ENTRY_BYTES", 1_000_000)
    read: list[str] = []
    real_stream = bundle_file.BundleReader._stream

    def spy(self: bundle_file.BundleReader, name: str, check: bool = True) -> Iterator[bytes]:
        read.append(name)
        return real_stream(self, name, check)

    monkeypatch.setattr(bundle_file.BundleReader, "_stream", spy)
    bomb = b"\n" * (16 << 20)
    entries = read_entries(good_file)
    entries["data/agreements.jsonl"] = bomb
    manifest = manifest_of(entries)
    manifest["entries"]["data/agreements.jsonl"].update(
        sha256=hashlib.sha256(bomb).hexdigest(), bytes=len(bomb), records=0
    )
    set_manifest(entries, manifest)
    bad = write_zip(tmp_path / "bomb.roots", entries)
    assert bad.stat().st_size < 1_000_000
    refused(receiver, bad, re.escape("the entry data/agreements.jsonl does not have the size"))
    assert read == [MANIFEST], "the bomb was unpacked before it was refused"


def test_a_zip_bomb_lying_about_its_size_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path
) -> None:
    # The headers and the manifest claim 600 bytes; inflating gives 16 MB. Reading must stop
    # at what was claimed (and notice) rather than unpack it all.
    claimed = 600

    def change(entries: Entries) -> None:
        entries["data/schools.jsonl"] = entries["data/schools.jsonl"] + b" " * (16 << 20)

    bad = damaged(good_file, tmp_path, change)
    entries = read_entries(bad)
    manifest = manifest_of(entries)
    manifest["entries"]["data/schools.jsonl"]["bytes"] = claimed
    set_manifest(entries, manifest)
    write_zip(bad, entries)
    patch_headers(bad, "data/schools.jsonl", file_size=claimed)
    refused(receiver, bad, re.escape("the entry data/schools.jsonl is damaged"))


@pytest.mark.parametrize(
    "line",
    [b"[" * 100_000, b'{"id":' * 100_000, b"[" * 100_000 + b"]" * 100_000],
    ids=["open-lists", "open-objects", "closed-lists"],
)
def test_a_deeply_nested_line_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path, line: bytes
) -> None:
    bad = damaged(good_file, tmp_path, lambda e: set_lines(e, "teams", [line]))
    refused(receiver, bad, re.escape("data/teams.jsonl line 1 is not valid JSON"))


@pytest.mark.parametrize("newline", [True, False])
def test_a_line_longer_than_the_limit_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path, newline: bool
) -> None:
    assert CHUNK > MAX_LINE_BYTES
    line = b'{"id":"' + b"a" * (CHUNK + MAX_LINE_BYTES) + b'"}'

    def change(entries: Entries) -> None:
        set_lines(entries, "schools", [line])
        if not newline:
            entries["data/schools.jsonl"] = entries["data/schools.jsonl"].rstrip(b"\n")

    bad = damaged(good_file, tmp_path, change)
    refused(receiver, bad, re.escape("data/schools.jsonl line 1 is too long"))


def test_a_record_line_over_the_limit_inside_one_chunk_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path
) -> None:
    def change(entries: Entries) -> None:
        rows = records(entries, "agreements")
        # 170,000 characters written as \u escapes: each field within its limit, the line not.
        rows[0]["evidence"] = "é" * 100_000
        rows[0]["reason"] = "é" * 70_000
        lines = [json.dumps(r).encode() for r in rows]
        assert MAX_LINE_BYTES < len(lines[0]) < CHUNK
        set_lines(entries, "agreements", lines)

    bad = damaged(good_file, tmp_path, change)
    refused(receiver, bad, re.escape("data/agreements.jsonl line 1 is too long"))


# -- lines and records ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [b"{not json", b'{"id": 1,}', b"\xff\xfe{}", b"{'id': 1}", b"", b"\x00"],
    ids=["syntax", "trailing-comma", "not-utf8", "single-quotes", "empty-line", "nul"],
)
def test_a_line_that_is_not_json_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path, line: bytes
) -> None:
    def change(entries: Entries) -> None:
        lines = entries["data/members.jsonl"].split(b"\n")
        lines[1] = line
        entries["data/members.jsonl"] = b"\n".join(lines)

    bad = damaged(good_file, tmp_path, change)
    refused(receiver, bad, re.escape("data/members.jsonl line 2 is not valid JSON"))


@pytest.mark.parametrize("line", [b"[]", b'["id", "name"]', b'"school"', b"42", b"null", b"NaN"])
def test_a_line_that_is_not_an_object_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path, line: bytes
) -> None:
    def change(entries: Entries) -> None:
        set_lines(entries, "schools", [line, *entries["data/schools.jsonl"].splitlines()])

    bad = damaged(good_file, tmp_path, change)
    refused(receiver, bad, re.escape("data/schools.jsonl line 1 is not a record (a JSON object)"))


MISSING = object()
UUID = "0190a6f2-2b4c-7d3e-8f10-123456789abc"


@pytest.mark.parametrize(
    ("table", "field", "value", "match"),
    [
        ("schools", "name", MISSING, "field 'name' is missing"),
        ("ratings", "level", MISSING, "field 'level' is missing"),
        ("plan_actions", "carried_from", MISSING, "field 'carried_from' is missing"),
        ("schools", "password", "x", "unexpected field 'password'"),
        ("assessment_members", "_seen", [], "unexpected field '_seen'"),
        ("schools", "name", 42, "field 'name': expected text"),
        ("members", "display_name", ["Ana"], "field 'display_name': expected text"),
        ("ratings", "evidence", None, "field 'evidence': expected text"),
        ("ratings", "level", "3", "field 'level': expected a whole number from 0 to 100"),
        ("ratings", "level", True, "field 'level': expected a whole number from 0 to 100"),
        ("ratings", "level", 3.0, "field 'level': expected a whole number from 0 to 100"),
        ("ratings", "level", 101, "field 'level': expected a whole number from 0 to 100"),
        ("ratings", "level", 99, "has level 99, which the rubric cei-six-roots@1.0.2 does not"),
        ("agreements", "level", 0, "has level 0, which the rubric cei-six-roots@1.0.2 does not"),
        ("members", "role", "king", "field 'role': expected one of "),
        ("members", "role", "", "field 'role': expected one of "),
        ("members", "active", "yes", "field 'active': expected true or false"),
        ("members", "position", -1, "field 'position': expected a whole number from 0"),
        ("assessments", "status", "finished", "field 'status': expected one of "),
        ("plan_actions", "status", "maybe", "field 'status': expected one of "),
        ("plan_actions", "due", "2025-02-30", "field 'due': expected a date like 2026-01-31"),
        ("plan_actions", "start", 20250101, "field 'start': expected a date like 2026-01-31"),
        ("schools", "created_at", "yesterday", "field 'created_at': expected a time like"),
        ("schools", "updated_at", "2025-01-01T00:00:00", "expected a time with its UTC offset"),
        ("teams", "id", "not-a-uuid", "field 'id': expected a record id"),
        ("teams", "id", UUID.upper(), "field 'id': expected a record id"),
        ("teams", "id", "{" + UUID + "}", "field 'id': expected a record id"),
        ("teams", "school_id", 7, "field 'school_id': expected a record id"),
        ("plan_actions", "carried_from", "x", "field 'carried_from': expected a record id"),
        ("schools", "name", "Nul\x00School", "field 'name': has a character Roots does not"),
        ("schools", "name", "x" * 201, "field 'name': longer than 200 characters"),
        ("ratings", "evidence", "x" * 100_001, "field 'evidence': longer than 100,000"),
        ("schools", "updated_by", "d" * 37, "field 'updated_by': longer than 36"),
        ("assessments", "school_year", "2025", "field 'school_year': expected a school year"),
        ("assessments", "pack_version", "one", "field 'pack_version': expected a version"),
        ("assessments", "pack_id", "Six Roots", "field 'pack_id': expected a key"),
        ("assessments", "revealed", 1, "field 'revealed': expected true or false"),
        ("ratings", "category_key", "no-such-category", "category (no-such-category)"),
        ("schools", "_seen", "abc", "field '_seen': expected a list of at most 32"),
        ("schools", "_seen", ["zz"], "field '_seen': expected fingerprints of 16 hex"),
        ("schools", "_seen", ["0" * 16] * 33, "field '_seen': expected a list of at most 32"),
    ],
)
def test_a_record_with_a_bad_field_is_refused(
    good_file: Path,
    receiver: Roots,
    tmp_path: Path,
    table: str,
    field: str,
    value: Any,
    match: str,
) -> None:
    def change(entries: Entries) -> None:
        rows = records(entries, table)
        if value is MISSING:
            del rows[0][field]
        else:
            rows[0][field] = value
        set_records(entries, table, rows)

    bad = damaged(good_file, tmp_path, change)
    refused(receiver, bad, re.escape(match))


@pytest.mark.parametrize(
    ("table", "field", "value"),
    [
        pytest.param(
            "members",
            "role",
            ["family"],
        ),
        pytest.param(
            "assessments",
            "status",
            {"agreed": True},
        ),
        pytest.param(
            "plan_actions",
            "status",
            [],
        ),
        pytest.param(
            "schools",
            "created_at",
            "0001-01-01T00:00:00+01:00",
        ),
        pytest.param(
            "ratings",
            "level_at",
            "9999-12-31T23:59:59-01:00",
        ),
        pytest.param(
            "schools",
            "name",
            "School \ud800",
        ),
        pytest.param(
            "ratings",
            "evidence",
            "\udfff",
        ),
    ],
)
def test_a_bad_field_value_gives_a_bundle_error_not_a_crash(
    good_file: Path, receiver: Roots, tmp_path: Path, table: str, field: str, value: Any
) -> None:
    def change(entries: Entries) -> None:
        rows = records(entries, table)
        rows[0][field] = value
        set_records(entries, table, rows)

    bad = damaged(good_file, tmp_path, change)
    before = dump(receiver)
    try:
        with pytest.raises(BundleError, match=f"field '{field}'"):
            bundles.import_bundle(receiver, bad)
    finally:
        assert dump(receiver) == before  # the transaction is rolled back even on the crash


@pytest.mark.parametrize(("table", "field"), [("schools", "id"), ("assessments", "school_year")])
def test_a_value_with_a_trailing_newline_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path, table: str, field: str
) -> None:
    def change(entries: Entries) -> None:
        rows = records(entries, table)
        rows[0][field] += "\n"
        set_records(entries, table, rows)

    refused(receiver, damaged(good_file, tmp_path, change), f"field '{field}'")


# -- references, moves and duplicates ---------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "field", "parent"),
    [
        ("ratings", "assessment_id", "assessments"),
        ("ratings", "member_id", "members"),
        ("teams", "school_id", "schools"),
        ("members", "team_id", "teams"),
        ("assessments", "team_id", "teams"),
        ("assessment_members", "member_id", "members"),
        ("agreements", "assessment_id", "assessments"),
        ("plan_focuses", "assessment_id", "assessments"),
        ("plan_actions", "focus_id", "plan_focuses"),
    ],
)
def test_a_reference_to_an_unknown_record_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path, table: str, field: str, parent: str
) -> None:
    unknown = str(uuid.uuid4())

    def change(entries: Entries) -> None:
        rows = records(entries, table)
        rows[-1][field] = unknown
        set_records(entries, table, rows)

    bad = damaged(good_file, tmp_path, change)
    refused(
        receiver,
        bad,
        re.escape(f"refers to a record of {parent} ({unknown}) that is neither in the file"),
    )


def test_an_unknown_reference_is_refused_in_an_empty_database_too(
    good_file: Path, roots: Roots, tmp_path: Path
) -> None:
    def change(entries: Entries) -> None:
        rows = records(entries, "teams")
        rows[0]["school_id"] = UUID
        set_records(entries, "teams", rows)

    refused(roots, damaged(good_file, tmp_path, change), f"of schools \\({UUID}\\)")


@pytest.mark.parametrize(
    ("table", "field", "parent", "what"),
    [
        ("teams", "school_id", "schools", "school"),
        ("members", "team_id", "teams", "team"),
        ("assessments", "team_id", "teams", "team"),
    ],
)
def test_a_record_cannot_move_to_another_parent(
    good_file: Path,
    receiver: Roots,
    tmp_path: Path,
    table: str,
    field: str,
    parent: str,
    what: str,
) -> None:
    def change(entries: Entries) -> None:
        rows = records(entries, table)
        others = [p["id"] for p in records(entries, parent) if p["id"] != rows[0][field]]
        rows[0][field] = others[0]
        set_records(entries, table, rows)

    bad = damaged(good_file, tmp_path, change)
    refused(receiver, bad, f"belongs to a different {what} than the same record here")


@pytest.mark.parametrize("table", ["schools", "ratings", "assessment_members", "plan_actions"])
def test_the_same_record_twice_in_one_entry_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path, table: str
) -> None:
    def change(entries: Entries) -> None:
        rows = records(entries, table)
        set_records(entries, table, [*rows, rows[0]])

    bad = damaged(good_file, tmp_path, change)
    refused(receiver, bad, re.escape(f"a record appears twice in data/{table}.jsonl"))


def test_the_same_rating_twice_under_another_id_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path
) -> None:
    def change(entries: Entries) -> None:
        rows = records(entries, "ratings")
        set_records(entries, "ratings", [*rows, {**rows[0], "id": UUID}])

    bad = damaged(good_file, tmp_path, change)
    refused(receiver, bad, re.escape("a record appears twice in data/ratings.jsonl"))


def test_the_same_record_twice_far_apart_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path
) -> None:
    def change(entries: Entries) -> None:
        rows = records(entries, "schools")
        filler = [{**rows[0], "id": str(uuid.uuid4())} for _ in range(bundles.BATCH - 1)]
        set_records(entries, "schools", [rows[0], *filler, rows[1], rows[0]])

    bad = damaged(good_file, tmp_path, change)
    refused(receiver, bad, re.escape("a record appears twice in data/schools.jsonl"))


@pytest.mark.parametrize("change", [+1, -1])
def test_a_record_count_that_is_not_the_manifests_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path, change: int
) -> None:
    entries = read_entries(good_file)
    manifest = manifest_of(entries)
    expected = manifest["entries"]["data/members.jsonl"]["records"]
    manifest["entries"]["data/members.jsonl"]["records"] = expected + change
    set_manifest(entries, manifest)
    bad = write_zip(tmp_path / "count.roots", entries)
    refused(
        receiver,
        bad,
        re.escape(
            f"data/members.jsonl has {expected} records where the manifest says {expected + change}"
        ),
    )


def test_dry_run_refuses_the_same_files(good_file: Path, receiver: Roots, tmp_path: Path) -> None:
    def change(entries: Entries) -> None:
        rows = records(entries, "ratings")
        rows[0]["level"] = 99
        set_records(entries, "ratings", rows)

    refused(receiver, damaged(good_file, tmp_path, change), "has level 99", dry_run=True)


# -- what the services refuse, the import refuses (issue 13) --------------------------------


def _add_focuses(entries: Entries, count: int) -> None:
    """``count`` more focus areas for the plan that has one, each on another category."""
    focuses = records(entries, "plan_focuses")
    pack = the_pack(entries)
    taken = {f["category_key"] for f in focuses}
    free = [c["key"] for c in pack["categories"] if c["key"] not in taken]
    extra = [
        {**focuses[0], "id": str(uuid.uuid4()), "category_key": key, "position": n + 1, "_seen": []}
        for n, key in enumerate(free[:count])
    ]
    set_records(entries, "plan_focuses", [*focuses, *extra])


def _other_team_member(entries: Entries, assessment_id: str) -> str:
    team = next(a["team_id"] for a in records(entries, "assessments") if a["id"] == assessment_id)
    return next(m["id"] for m in records(entries, "members") if m["team_id"] != team)


def _rating_by_an_absent_member(entries: Entries) -> None:
    rows = records(entries, "ratings")
    rows[0]["member_id"] = _other_team_member(entries, rows[0]["assessment_id"])
    set_records(entries, "ratings", rows)


def _member_of_another_team(entries: Entries) -> None:
    rows = records(entries, "assessment_members")
    rows[0]["member_id"] = _other_team_member(entries, rows[0]["assessment_id"])
    set_records(entries, "assessment_members", rows)


def _due_before_start(entries: Entries) -> None:
    rows = records(entries, "plan_actions")
    rows[0].update(start="2025-12-01", due="2025-09-01")
    set_records(entries, "plan_actions", rows)


def _carried_from_nowhere(entries: Entries) -> None:
    rows = records(entries, "plan_actions")
    rows[0]["carried_from"] = UUID
    set_records(entries, "plan_actions", rows)


def _set_field(table: str, field: str, value: Any) -> Callable[[Entries], None]:
    def change(entries: Entries) -> None:
        rows = records(entries, table)
        rows[0][field] = value
        set_records(entries, table, rows)

    return change


def _duplicate_key(table: str, field: str, value: Any) -> Callable[[Entries], None]:
    """The same key twice in one record: JSON readers disagree on which one counts."""

    def change(entries: Entries) -> None:
        lines = entries[f"data/{table}.jsonl"].splitlines()
        extra = json.dumps({field: value})[1:-1].encode()
        lines[0] = lines[0][:-1] + b"," + extra + b"}"
        set_lines(entries, table, lines)

    return change


@pytest.mark.parametrize(
    ("change", "match"),
    [
        (_due_before_start, "plan_actions.jsonl line 1: the due date is before the start date"),
        (lambda e: _add_focuses(e, 4), "a plan has at most 3 focus areas"),
        (lambda e: _add_focuses(e, 3), "a plan has at most 3 focus areas"),
        (_rating_by_an_absent_member, "a rating by a member who is not taking part"),
        (_member_of_another_team, "a member of another team takes part in an assessment"),
        (_set_field("assessments", "school_year", "9999-99"), "field 'school_year': '9999-99'"),
        (_set_field("assessments", "school_year", "2025-25"), "field 'school_year': '2025-25'"),
        (_carried_from_nowhere, f"carried from an action \\({UUID}\\) that is neither"),
        (_duplicate_key("schools", "name", "Other"), "data/schools.jsonl line 1: the field 'name'"),
        (_duplicate_key("ratings", "level", 1), "data/ratings.jsonl line 1: the field 'level'"),
    ],
    ids=[
        "due-before-start",
        "five-focus-areas",
        "four-focus-areas",
        "absent-rater",
        "other-team",
        "year-9999-99",
        "year-2025-25",
        "carried-from-nowhere",
        "duplicate-name",
        "duplicate-level",
    ],
)
def test_what_the_services_refuse_is_refused_in_a_file(
    good_file: Path, receiver: Roots, tmp_path: Path, change: Callable[[Entries], None], match: str
) -> None:
    refused(receiver, damaged(good_file, tmp_path, change), match)


def test_a_duplicated_key_in_the_manifest_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path
) -> None:
    entries = read_entries(good_file)
    entries[MANIFEST] = entries[MANIFEST].rstrip()[:-1] + b', "member_names": false}'
    refused(
        receiver,
        write_zip(tmp_path / "twice.roots", entries),
        "its manifest is not valid \\(the field 'member_names' appears twice\\)",
    )


def test_a_plan_merged_over_three_focus_areas_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path
) -> None:
    """Two here (and one in the trash) plus one more in the file is three: imported. Three
    here plus that one would be four: the file cannot be imported."""
    entries = read_entries(good_file)
    focus = records(entries, "plan_focuses")[0]
    assessment = assessments.load(receiver, focus["assessment_id"])
    keys = [c.key for c in assessment.pack.categories]
    assert focus["category_key"] == keys[0]
    plans.add_focus(receiver, assessment, keys[5])
    plans.remove_focus(receiver, plans.add_focus(receiver, assessment, keys[4]))
    _add_focuses(entries, 1)  # on keys[1]
    fix_manifest(entries)
    one_more = write_zip(tmp_path / "one-more.roots", entries)
    preview = bundles.preview_import(receiver, one_more)
    assert preview.counts["plan_focuses"][Outcome.ADDED] == 1
    plans.add_focus(receiver, assessment, keys[3])
    refused(receiver, one_more, re.escape("a plan has at most 3 focus areas"))


@pytest.mark.parametrize(
    ("table", "field", "value"),
    [
        ("schools", "name", "Nul\x00School"),
        ("schools", "district", "bell\x07"),
        ("members", "display_name", "Ana \x1b[31mred"),
        ("ratings", "evidence", "del\x7f"),
        ("plan_actions", "description", "c1 \x9b2J"),
        ("schools", "name", "School \ud800"),
        ("ratings", "evidence", "\udfff"),
    ],
)
def test_text_the_services_refuse_is_refused_in_a_file(
    good_file: Path, receiver: Roots, tmp_path: Path, table: str, field: str, value: str
) -> None:
    bad = damaged(good_file, tmp_path, _set_field(table, field, value))
    refused(receiver, bad, f"field '{field}': has a character Roots does not keep")


def test_a_pack_with_a_lone_surrogate_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path
) -> None:
    def change(entries: Entries) -> None:
        data = the_pack(entries)
        data.update(id="evil-pack", version="9.9.9")
        data["title"]["en"] = "Six \ud800 Roots"
        name = "packs/evil-pack@9.9.9.json"
        with_pack(entries, {}, "evil-pack", "9.9.9", content_hash="0" * 64)
        entries[name] = json.dumps(data).encode()  # ASCII: the surrogate as a \u escape

    bad = damaged(good_file, tmp_path, change)
    refused(receiver, bad, re.escape("its rubric pack evil-pack@9.9.9 is not valid (title.en:"))


# -- rubric packs ---------------------------------------------------------------------------


def with_pack(
    entries: Entries, data: Any, pack_id: str, version: str, content_hash: str | None = None
) -> None:
    """Add a pack entry, listed in the manifest (content hash computed unless given)."""
    name = f"packs/{pack_id}@{version}.json"
    entries[name] = json.dumps(data, ensure_ascii=False).encode()
    manifest = manifest_of(entries)
    manifest["packs"].append(
        {
            "id": pack_id,
            "version": version,
            "content_hash": content_hash or pack_file.content_hash(data),
        }
    )
    manifest["entries"][name] = {"sha256": "", "bytes": 0}
    set_manifest(entries, manifest)


def the_pack(entries: Entries) -> dict[str, Any]:
    return json.loads(entries[PACK])


def test_an_unknown_pack_that_fails_validation_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path
) -> None:
    def change(entries: Entries) -> None:
        data = the_pack(entries)
        data.update(id="evil-pack", version="9.9.9")
        del data["levels"]
        with_pack(entries, data, "evil-pack", "9.9.9")

    bad = damaged(good_file, tmp_path, change)
    error = refused(receiver, bad, re.escape("its rubric pack evil-pack@9.9.9 is not valid ("))
    assert "'levels' is a required property" in error.reason


def test_a_pack_whose_levels_break_the_rules_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path
) -> None:
    def change(entries: Entries) -> None:
        data = the_pack(entries)
        data.update(id="evil-pack", version="9.9.9")
        data["levels"][0]["value"] = 7
        with_pack(entries, data, "evil-pack", "9.9.9")

    bad = damaged(good_file, tmp_path, change)
    refused(receiver, bad, "its rubric pack evil-pack@9.9.9 is not valid .*level values")


def test_a_pack_that_does_not_match_its_content_hash_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path
) -> None:
    def change(entries: Entries) -> None:
        data = the_pack(entries)
        data["title"]["en"] = "Six Roots, quietly edited"
        entries[PACK] = json.dumps(data).encode()

    bad = damaged(good_file, tmp_path, change)
    refused(
        receiver,
        bad,
        re.escape("its rubric pack cei-six-roots@1.0.2 does not match its fingerprint"),
    )


def edited_pack(entries: Entries) -> None:
    """The shipped pack with a changed title under the same id and version, hashed anew."""
    data = the_pack(entries)
    data["title"]["en"] = "Six Roots, quietly edited"
    entries[PACK] = json.dumps(data).encode()
    manifest = manifest_of(entries)
    manifest["packs"][0]["content_hash"] = pack_file.content_hash(data)
    set_manifest(entries, manifest)


def test_a_pack_that_differs_from_the_installed_one_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path
) -> None:
    bad = damaged(good_file, tmp_path, edited_pack)
    refused(
        receiver,
        bad,
        re.escape("its rubric pack cei-six-roots@1.0.2 differs from the cei-six-roots@1.0.2 "),
    )


def test_a_pack_that_differs_from_the_shipped_one_is_refused(
    good_file: Path, roots: Roots, tmp_path: Path
) -> None:
    bad = damaged(good_file, tmp_path, edited_pack)
    refused(
        roots,
        bad,
        re.escape("its rubric pack cei-six-roots@1.0.2 differs from the cei-six-roots@1.0.2 "),
    )


def test_a_pack_named_differently_inside_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path
) -> None:
    def change(entries: Entries) -> None:
        data = the_pack(entries)
        data["version"] = "1.0.2"
        with_pack(entries, data, "cei-six-roots", "1.0.3")

    bad = damaged(good_file, tmp_path, change)
    refused(receiver, bad, re.escape("its rubric pack cei-six-roots@1.0.3 is named differently"))


@pytest.mark.parametrize(
    ("content", "match"),
    [
        (b"{not json", "its rubric pack evil-pack@9.9.9 is not valid JSON"),
        (b"[" * 100_000, "its rubric pack evil-pack@9.9.9 is not valid JSON"),
        (b"\xff\xfe{}", re.escape("the rubric pack packs/evil-pack@9.9.9.json is not UTF-8 text")),
        (b"[]", "its rubric pack evil-pack@9.9.9 does not match its fingerprint"),
    ],
    ids=["syntax", "nested", "not-utf8", "list"],
)
def test_a_pack_that_is_not_a_json_object_is_refused(
    good_file: Path, receiver: Roots, tmp_path: Path, content: bytes, match: str
) -> None:
    def change(entries: Entries) -> None:
        with_pack(entries, {}, "evil-pack", "9.9.9")
        entries["packs/evil-pack@9.9.9.json"] = content

    refused(receiver, damaged(good_file, tmp_path, change), match)


@pytest.mark.slow
def test_a_huge_pack_is_refused(good_file: Path, receiver: Roots, tmp_path: Path) -> None:
    def change(entries: Entries) -> None:
        data = the_pack(entries)
        data.update(id="evil-pack", version="9.9.9", padding="x" * pack_file.MAX_PACK_BYTES)
        with_pack(entries, data, "evil-pack", "9.9.9")

    bad = damaged(good_file, tmp_path, change)
    refused(receiver, bad, re.escape("the entry packs/evil-pack@9.9.9.json is too large"))


@pytest.mark.slow
def test_a_deeply_nested_pack_is_refused(good_file: Path, receiver: Roots, tmp_path: Path) -> None:
    entries = read_entries(good_file)
    for depth in range(600, 1000, 4):  # the depth that crashes depends on the stack in use
        try:  # only the import may run out of stack; building the file stops the loop
            nested = json.loads("[" * depth + "]" * depth)
            case = dict(entries)
            data = {"id": "evil-pack", "version": "9.9.9", "levels": nested}
            with_pack(case, data, "evil-pack", "9.9.9")
            fix_manifest(case)
        except RecursionError:
            break
        bad = write_zip(tmp_path / "nested.roots", case)
        refused(receiver, bad, "its rubric pack evil-pack@9.9.9 is not")


# -- the command line -------------------------------------------------------------------------


@pytest.mark.parametrize("flags", [[], ["--dry-run"], ["--json"], ["--dry-run", "--json"]])
def test_the_command_line_refuses_a_bad_file_with_exit_2(
    good_file: Path,
    receiver: Roots,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    flags: list[str],
) -> None:
    bad = damaged(good_file, tmp_path, lambda e: e.pop("data/teams.jsonl"), fix=False)
    before = dump(receiver)
    handlers = list(logging.getLogger().handlers)
    try:
        where = ["--data-dir", str(receiver.data_dir), "--db", str(receiver.db.engine.url)]
        code = cli.main([*where, "import-bundle", str(bad), *flags])
    finally:
        for handler in logging.getLogger().handlers:
            if handler not in handlers:  # the CLI's log file: do not leak it to other tests
                logging.getLogger().removeHandler(handler)
                handler.close()
    out, err = capsys.readouterr()
    assert code == 2
    assert "cannot be imported" in err
    assert "the entry data/teams.jsonl is missing" in err
    assert "Nothing was changed" in err
    assert "Traceback" not in err
    assert out == ""
    assert dump(receiver) == before


# -- property tests -------------------------------------------------------------------------

PROPERTY = settings(
    max_examples=100,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

_damage = st.lists(
    st.one_of(
        st.tuples(st.just("flip"), st.integers(0, 10**9), st.integers(1, 255)),
        st.tuples(st.just("insert"), st.integers(0, 10**9), st.binary(min_size=1, max_size=8)),
        st.tuples(st.just("delete"), st.integers(0, 10**9), st.integers(1, 64)),
        st.tuples(st.just("truncate"), st.integers(0, 10**9), st.none()),
    ),
    min_size=1,
    max_size=4,
)


@pytest.mark.slow
@settings(PROPERTY, max_examples=120)
@given(damage=_damage)
def test_random_byte_damage_is_refused_or_harmless(
    good_file: Path, receiver: Roots, tmp_path: Path, damage: list[tuple[str, int, Any]]
) -> None:
    content = bytearray(good_file.read_bytes())
    for kind, where, what in damage:
        at = where % (len(content) + 1)
        if kind == "flip" and at < len(content):
            content[at] ^= what
        elif kind == "insert":
            content[at:at] = what
        elif kind == "delete":
            del content[at : at + what]
        elif kind == "truncate":
            del content[at:]
    bad = tmp_path / "random.roots"
    bad.write_bytes(bytes(content))
    refused_or_imported(receiver, bad)


def _json_values() -> st.SearchStrategy[Any]:
    """Any JSON value, with values that mean something somewhere in a .roots file."""
    interesting = st.sampled_from(
        [
            "",
            " ",
            "\x00",
            "\ud800",
            "Ana \x1b[2J",
            "9999-99",
            "2025-12-01",
            "x" * 201,
            UUID,
            UUID.upper(),
            "cei-six-roots",
            "1.0.0",
            "2025-26",
            "2025-02-30",
            "2025-01-01T00:00:00",
            "2025-01-01T00:00:00+00:00",
            "family",
            "agreed",
            "done",
            "relationships",
            -1,
            0,
            5,
            99,
            2**63,
            1e308,
        ]
    )
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(),
        st.text(max_size=40),
        interesting,
    )
    return st.recursive(
        scalars,
        lambda children: st.one_of(
            st.lists(children, max_size=4),
            st.dictionaries(st.text(max_size=10), children, max_size=4),
        ),
        max_leaves=12,
    )


JSON_VALUES = _json_values()
CHOICE_FIELDS = {"role", "status"}
ONE_IN_FIVE = (False, False, False, False, True)


@pytest.mark.slow
@settings(PROPERTY, max_examples=150)
@given(data=st.data())
def test_random_field_values_are_refused_or_harmless(
    good_file: Path, receiver: Roots, tmp_path: Path, data: st.DataObject
) -> None:
    entries = read_entries(good_file)
    tables = [
        name.removeprefix("data/").removesuffix(".jsonl")
        for name, entry in manifest_of(entries)["entries"].items()
        if name.startswith("data/") and entry["records"]
    ]
    table = data.draw(st.sampled_from(sorted(tables)), label="table")
    rows = records(entries, table)
    index = data.draw(st.integers(0, len(rows) - 1), label="record")
    record = rows[index]
    # Values seen anywhere in the file reach the deeper checks: references, moves, rubrics.
    every_id = sorted({r["id"] for t in tables for r in records(entries, t) if "id" in r})
    fields = [*record, "unexpected"]
    for _ in range(data.draw(st.integers(1, 3), label="changes")):
        field = data.draw(st.sampled_from(fields), label="field")
        if field in record and data.draw(st.sampled_from(ONE_IN_FIVE), label="remove?"):
            del record[field]
            continue
        same_field = [r[field] for r in rows if field in r] or [None]
        value = data.draw(
            st.one_of(
                st.sampled_from(same_field),
                st.sampled_from(every_id),
                JSON_VALUES,
            ),
            label="value",
        )
        record[field] = value
    if data.draw(st.sampled_from(ONE_IN_FIVE), label="copy record?"):
        rows.append(dict(record))
    set_records(entries, table, rows)
    fix_manifest(entries)
    refused_or_imported(receiver, write_zip(tmp_path / "fields.roots", entries))


@pytest.mark.slow
@settings(PROPERTY, max_examples=100)
@given(data=st.data())
def test_random_manifests_are_refused_or_harmless(
    good_file: Path, receiver: Roots, tmp_path: Path, data: st.DataObject
) -> None:
    entries = read_entries(good_file)
    manifest = manifest_of(entries)
    kind = data.draw(st.sampled_from(["bytes", "json", "edited"]), label="kind")
    if kind == "bytes":
        content = data.draw(st.binary(max_size=300), label="manifest")
    elif kind == "json":
        content = json.dumps(data.draw(JSON_VALUES, label="manifest")).encode()
    else:
        where = data.draw(
            st.sampled_from([manifest, manifest["packs"][0], *manifest["entries"].values()]),
            label="part",
        )
        key = data.draw(st.sampled_from([*where, "unexpected"]), label="key")
        where[key] = data.draw(JSON_VALUES, label="value")
        content = json.dumps(manifest).encode()
    entries[MANIFEST] = content
    refused_or_imported(receiver, write_zip(tmp_path / "manifest.roots", entries))
