"""Merging a .roots file into the database: one import's rules, record by record.

The merger works in the transaction the import (or its preview) opened; it never commits. Its
result is an ImportReport: what was added, updated or unchanged, and the conflicts a person
settles.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice
from operator import itemgetter
from typing import Any, TypeVar

from roots_app.domain.assessment import check_on_team, check_taking_part
from roots_app.domain.merge import Copy, Outcome, Resolution, decide, merged_seen
from roots_app.domain.plan import MAX_FOCUS, check_focus_count
from roots_app.domain.rubric import RubricPack
from roots_app.domain.text import Text
from roots_app.errors import BadInputError, BundleError, PackError
from roots_app.exchange import bundle_file, pack_file
from roots_app.exchange.bundle_file import BundleReader, Manifest
from roots_app.exchange.bundle_records import SEEN, TableSpec
from roots_app.services import rubrics
from roots_app.storage import exchange_repo, packs_repo
from roots_app.storage.engine import Unit
from roots_app.storage.exchange_repo import State

BATCH = 1_000
MAX_CONFLICTS_LISTED = 2_000  # beyond this the report counts them; the file likely is wrong

T = TypeVar("T")


@dataclass
class Conflict:
    """One record both sides changed since they last met; a person keeps one version."""

    table: str
    record_id: str  # the local record
    mine: dict[str, Any]  # content fields, as JSON values
    theirs: dict[str, Any]
    school: str = ""
    team: str = ""
    year: str = ""
    member: str = ""
    category: Text | None = None
    levels: dict[int, Text] = field(default_factory=dict)  # the rubric's level names
    resolution: Resolution | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.table, self.record_id)

    @property
    def differences(self) -> list[str]:
        return [name for name in self.mine if self.mine[name] != self.theirs.get(name)]


@dataclass
class ImportReport:
    manifest: Manifest
    applied: bool
    counts: dict[str, Counter[Outcome]] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    packs_installed: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. a pack's lineage not checked

    def total(self, outcome: Outcome) -> int:
        return sum(c[outcome] for c in self.counts.values())

    @property
    def unresolved(self) -> list[Conflict]:
        return [c for c in self.conflicts if c.resolution is None]

    def to_json(self) -> dict[str, Any]:
        return {
            "applied": self.applied,
            "exported_by": self.manifest.exported_by,
            "created_at": self.manifest.created_at,
            "member_names": self.manifest.member_names,
            **{o.value: self.total(o) for o in Outcome},
            "tables": {name: {o.value: c[o] for o in Outcome} for name, c in self.counts.items()},
            "packs_installed": self.packs_installed,
            "notes": self.notes,
            "conflicts": [
                {
                    "table": c.table,
                    "id": c.record_id,
                    "school": c.school,
                    "team": c.team,
                    "year": c.year,
                    "member": c.member,
                    "category": c.category["en"] if c.category else "",
                    "fields": c.differences,
                    "mine": {k: c.mine[k] for k in c.differences},
                    "theirs": {k: c.theirs.get(k) for k in c.differences},
                    "resolution": c.resolution.value if c.resolution else None,
                }
                for c in self.conflicts
            ],
        }


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _listed(problems: Sequence[tuple[str, str]]) -> str:
    return "; ".join(f"{p or 'top level'}: {r}" for p, r in problems[:3])


class Merger:
    """One import: the transaction's session and what was learnt while merging table by table."""

    def __init__(
        self,
        session: Unit,
        reader: BundleReader,
        manifest: Manifest,
        resolutions: Mapping[tuple[str, str], Resolution],
        default: Resolution | None,
        before_writing: Callable[[], None] | None = None,
    ) -> None:
        self.session = session
        # Called once, before the first write: an import that changes nothing needs no backup.
        self.before_writing = before_writing
        self.reader = reader
        self.manifest = manifest
        self.resolutions = resolutions
        self.default = default
        self.counts: dict[str, Counter[Outcome]] = {}
        self.conflicts: list[Conflict] = []
        self.installed: list[str] = []
        self.notes: list[str] = []
        self.new_packs: list[RubricPack] = []  # installed from the file, lineage unchecked
        self.pack_rows: dict[tuple[str, str], str] = {}  # (pack id, version) -> rubric_packs.id
        self.packs_by_row: dict[str, RubricPack] = {}
        self.scales: dict[str, tuple[frozenset[str], frozenset[int]]] = {}
        self.assessment_pack: dict[str, str] = {}  # assessment id -> rubric_packs.id
        self.remap: dict[str, dict[str, str]] = defaultdict(dict)  # their id -> our id
        self.skipped: dict[str, set[str]] = defaultdict(set)  # removed here; children follow
        self.met: dict[str, set[int]] = defaultdict(set)
        self.plans: set[str] = set()  # assessments whose focus areas the file brings
        self.carried: set[str] = set()  # actions the file's actions were carried from
        # Tables none of whose records had a state (exchanged, or removed here) when their merge
        # began: see _merge_batch.
        self.stateless: set[str] = set()
        self.done = 0

    def report(self, applied: bool) -> ImportReport:
        return ImportReport(
            self.manifest, applied, self.counts, self.conflicts, self.installed, self.notes
        )

    # -- rubric packs

    def install_packs(self) -> None:
        bundled = {p.ref: p for p, _ in rubrics.bundled()}
        for entry in self.manifest.packs:
            ref = f"{entry.pack_id}@{entry.version}"
            try:
                data = bundle_file.loads(self.reader.pack_text(entry))
            except (ValueError, RecursionError):
                raise BundleError(f"its rubric pack {ref} is not valid JSON") from None
            if problems := pack_file.text_problems(data):  # cannot even be fingerprinted
                raise BundleError(f"its rubric pack {ref} is not valid ({_listed(problems)})")
            if not isinstance(data, dict) or pack_file.content_hash(data) != entry.content_hash:
                raise BundleError(f"its rubric pack {ref} does not match its fingerprint")
            if data.get("id") != entry.pack_id or data.get("version") != entry.version:
                raise BundleError(f"its rubric pack {ref} is named differently inside")
            stored = packs_repo.stored(self.session, entry.pack_id, entry.version)
            try:
                here = rubrics.same_version(ref, stored[1] if stored else None, entry.content_hash)
            except PackError:
                raise BundleError(
                    f"its rubric pack {ref} differs from the {ref} installed here; the pack "
                    "needs a new version number"
                ) from None
            row_id = (
                stored[0]
                if stored is not None and here
                else self._install(ref, data, bundled.get(ref))
            )
            self.pack_rows[(entry.pack_id, entry.version)] = row_id
        self._check_lineages()

    def _check_lineages(self) -> None:
        """A new pack's lineage against the version it continues, once every pack of the file
        is in (the file may bring both): sources it does not have refuse the file; a version
        not here is noted."""
        if not any(pack.lineage for pack in self.new_packs):
            return
        here = {pack.ref: pack for pack, _ in rubrics.bundled()}
        for pack_id, version, content, content_hash, _ in packs_repo.every_version(self.session):
            if f"{pack_id}@{version}" not in here:
                here[f"{pack_id}@{version}"] = pack_file.pack_from_data(
                    json.loads(content), content_hash
                )
        for pack in self.new_packs:
            versions = {p.version: p for p in here.values() if p.id == pack.id}
            try:
                note = rubrics.lineage_note(pack, versions)
            except PackError as exc:
                raise BundleError(
                    f"its rubric pack {pack.ref} is not valid ({_listed(exc.problems)})"
                ) from None
            if note is not None:
                self.notes.append(note)

    def _install(self, ref: str, data: dict[str, Any], shipped: RubricPack | None) -> str:
        """Store the pack from the file (validated first); returns its rubric_packs id."""
        if shipped is not None:
            try:
                rubrics.same_version(ref, shipped.content_hash, pack_file.content_hash(data))
            except PackError:
                raise BundleError(
                    f"its rubric pack {ref} differs from the {ref} that comes with Roots"
                ) from None
        try:
            pack = pack_file.validate(data)
        except PackError as exc:
            raise BundleError(
                f"its rubric pack {ref} is not valid ({_listed(exc.problems)})"
            ) from None
        content = json.dumps(data, ensure_ascii=False, indent=2)
        if shipped is None:
            self.installed.append(ref)
            self.new_packs.append(pack)
        self._writing()
        return packs_repo.add(
            self.session, pack.id, pack.version, pack.content_hash, content, shipped is None
        ).id

    def _pack_of(self, assessment_id: str) -> RubricPack:
        if assessment_id not in self.assessment_pack:
            self.assessment_pack.update(exchange_repo.pack_rows_of(self.session, [assessment_id]))
        row_id = self.assessment_pack[assessment_id]  # the assessment exists: checked before
        if row_id not in self.packs_by_row:
            content = packs_repo.content(self.session, row_id)
            self.packs_by_row[row_id] = pack_file.pack_from_data(json.loads(content))
        return self.packs_by_row[row_id]

    def _writing(self) -> None:
        if self.before_writing is not None:
            hook, self.before_writing = self.before_writing, None
            hook()

    # -- records

    def merge(self, spec: TableSpec, progress: Callable[[int], None]) -> None:
        counts = self.counts.setdefault(spec.name, Counter())
        if spec.tracked and not exchange_repo.has_states(self.session, spec.name):
            self.stateless.add(spec.name)
        for batch in batched(self.reader.records(spec), BATCH):
            self._merge_batch(spec, batch, counts)
            self.done += len(batch)
            progress(self.done)
        self._check_table(spec)

    def _merge_batch(
        self, spec: TableSpec, batch: list[dict[str, Any]], counts: Counter[Outcome]
    ) -> None:
        # Each record once: a key's hash is remembered for the whole entry (a number per record,
        # not the keys themselves: a district has half a million).
        met = self.met[spec.name]
        key_of = itemgetter(*spec.match_on)  # one value, or a tuple of two or more
        for record in batch:
            marker = hash(key_of(record))
            if marker in met:
                raise BundleError(f"a record appears twice in {spec.entry} ({record.get('id')})")
            met.add(marker)
        for name, parent in spec.refers.items():
            moved = self.remap[parent]
            for record in batch:
                record[name] = moved.get(record[name], record[name])
        batch = self._parents_exist(spec, batch, counts)
        self._check_rubric(spec, batch)
        self._check_rules(spec, batch)
        if not spec.tracked:
            self._merge_untracked(spec, batch, counts)
            return
        if spec.match_on == ("id",):
            by_id = exchange_repo.by_id(
                self.session, spec.name, spec.names, [r["id"] for r in batch]
            )
            local = [by_id.get(r["id"]) for r in batch]
        else:
            keys = [key_of(r) for r in batch]  # tuples: two fields or more
            by_key = exchange_repo.by_key(self.session, spec.name, spec.names, spec.match_on, keys)
            local = [by_key.get(k) for k in keys]
        if spec.name in self.stateless:
            # No state when this table's merge began, and the only ones written since are of
            # records of earlier batches, which no record of this batch is or matches (each
            # record once, checked above): none to read (an import into an empty database).
            known: dict[str, State] = {}
        else:
            ids = {r["id"] for r in batch} | {row["id"] for row in local if row is not None}
            known = exchange_repo.states(self.session, spec.name, ids)
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        changed: dict[str, State] = {}
        for record, mine in zip(batch, local, strict=True):
            theirs_seen = record.pop(SEEN)
            if mine is None:
                state = known.get(record["id"])
                incoming = Copy(spec.fingerprint(record), theirs_seen)
                outcome = decide(None, incoming, deleted_here=bool(state and state.deleted))
                counts[outcome] += 1
                if outcome is Outcome.ADDED:
                    inserts.append(self._new_row(spec, record))
                    changed[record["id"]] = State(merged_seen(theirs_seen, [incoming.fingerprint]))
                else:
                    self.skipped[spec.name].add(record["id"])
                continue
            self._check_same_place(spec, record, mine)
            if mine["id"] != record["id"]:
                self.remap[spec.name][record["id"]] = mine["id"]
                record["id"] = mine["id"]
            if spec.name == "members" and not (
                self.manifest.member_names and record["display_name"]
            ):
                # A roles-only file, or a name that never reached the sender (it got a roles-only
                # file): a name not sent is not a change to "no name". The services never save
                # an empty name, so an empty one in a file always means "not sent".
                record["display_name"] = mine["display_name"]
            if spec.name == "paper_ratings" and not self.manifest.member_names:
                record["sheet_no"] = mine["sheet_no"]  # not sent in a roles-only file
            state = known.get(mine["id"], State(()))
            ours = Copy(spec.fingerprint(mine), state.seen)
            incoming = Copy(spec.fingerprint(record), theirs_seen)
            outcome = decide(ours, incoming)
            counts[outcome] += 1
            take = outcome is Outcome.UPDATED
            if outcome is Outcome.CONFLICT:
                resolution = self.resolutions.get((spec.name, mine["id"]), self.default)
                self._conflict(spec, mine, record, resolution)
                if resolution is None:
                    continue
                take = resolution is Resolution.TAKE_THEIRS
            if take:
                updates.append({c: record[c] for c in spec.names})
                seen = merged_seen(
                    state.seen, [ours.fingerprint], theirs_seen, [incoming.fingerprint]
                )
            else:
                seen = merged_seen(state.seen, theirs_seen, [incoming.fingerprint])
            if seen != state.seen:
                changed[mine["id"]] = State(seen, state.deleted)
        if inserts or updates or changed:
            self._writing()
        exchange_repo.insert(self.session, spec.name, inserts)
        exchange_repo.update_rows(self.session, spec.name, updates)
        exchange_repo.save_states(self.session, spec.name, changed, known)

    def _merge_untracked(
        self, spec: TableSpec, batch: list[dict[str, Any]], counts: Counter[Outcome]
    ) -> None:
        keys = [tuple(r[k] for k in spec.match_on) for r in batch]
        found = exchange_repo.by_key(self.session, spec.name, spec.names, spec.match_on, keys)
        new = [r for r, k in zip(batch, keys, strict=True) if k not in found]
        if new:
            self._writing()
        exchange_repo.insert(self.session, spec.name, new)
        counts[Outcome.ADDED] += len(new)
        counts[Outcome.UNCHANGED] += len(batch) - len(new)

    def _parents_exist(
        self, spec: TableSpec, batch: list[dict[str, Any]], counts: Counter[Outcome]
    ) -> list[dict[str, Any]]:
        """Every reference must lead somewhere; records under one removed here are skipped."""
        for name, parent in spec.refers.items():
            wanted = {r[name] for r in batch}
            missing = wanted - exchange_repo.existing_ids(self.session, parent, wanted)
            gone = missing & self.skipped[parent]
            if missing - gone:
                raise BundleError(
                    f"a record in {spec.entry} refers to a record of {parent} "
                    f"({sorted(missing - gone)[0]}) that is neither in the file nor here"
                )
            if gone:
                kept = [r for r in batch if r[name] not in gone]
                counts[Outcome.UNCHANGED] += len(batch) - len(kept)
                if spec.tracked:
                    self.skipped[spec.name].update(r["id"] for r in batch if r[name] in gone)
                batch = kept
        return batch

    def _check_rubric(self, spec: TableSpec, batch: list[dict[str, Any]]) -> None:
        """Categories and levels must exist in the rubric the assessment was scored on."""
        if spec.name == "assessments":
            for record in batch:
                if (record["pack_id"], record["pack_version"]) not in self.pack_rows and (
                    packs_repo.stored(self.session, record["pack_id"], record["pack_version"])
                    is None
                ):
                    raise BundleError(
                        f"an assessment uses the rubric pack {record['pack_id']} "
                        f"{record['pack_version']}, which is neither in the file nor here"
                    )
            return
        if "category_key" not in spec.names:
            return
        assessments = {r["assessment_id"] for r in batch}
        unknown = assessments - self.assessment_pack.keys()
        self.assessment_pack.update(exchange_repo.pack_rows_of(self.session, unknown))
        scales = {a: self._scale(self._pack_of(a)) for a in assessments}  # once per assessment
        for record in batch:
            keys, levels = scales[record["assessment_id"]]
            if record["category_key"] not in keys:
                raise BundleError(
                    f"a record in {spec.entry} is for a category ({record['category_key']}) "
                    f"that the rubric {self._pack_of(record['assessment_id']).ref} does not have"
                )
            level = record.get("level")
            if level is not None and level not in levels:
                raise BundleError(
                    f"a record in {spec.entry} has level {level}, which the rubric "
                    f"{self._pack_of(record['assessment_id']).ref} does not have"
                )

    def _check_rules(self, spec: TableSpec, batch: list[dict[str, Any]]) -> None:
        """The rules the services keep (from the domain, as they ask them) that need records
        already here: who takes part, and which plans and actions the file touches."""
        try:
            if spec.name == "assessment_members":
                teams = exchange_repo.teams_of(
                    self.session, "assessments", {r["assessment_id"] for r in batch}
                )
                members = exchange_repo.teams_of(
                    self.session, "members", {r["member_id"] for r in batch}
                )
                for record in batch:
                    member = record["member_id"]
                    check_on_team(teams[record["assessment_id"]], {member: members.get(member)})
            elif spec.name == "ratings":
                present = exchange_repo.present_members(
                    self.session, {r["assessment_id"] for r in batch}
                )
                for record in batch:
                    check_taking_part(record["member_id"], present[record["assessment_id"]])
        except BadInputError as exc:
            what = {
                "assessment_members": "a member of another team takes part in an assessment",
                "ratings": "it has a rating by a member who is not taking part in its assessment",
            }[spec.name]
            raise BundleError(f"{what} ({spec.entry}: {exc})") from None
        if spec.name == "plan_focuses":
            self.plans.update(r["assessment_id"] for r in batch)
        elif spec.name == "plan_actions":
            self.carried.update(r["carried_from"] for r in batch if r["carried_from"])

    def _check_table(self, spec: TableSpec) -> None:
        """Rules over a whole table, once all its records are in."""
        if spec.name == "plan_focuses":
            for batch in batched(sorted(self.plans), BATCH):
                counts = exchange_repo.focus_counts(self.session, batch)
                for assessment_id, count in sorted(counts.items()):
                    try:
                        check_focus_count(count)
                    except BadInputError:
                        place = exchange_repo.place_of(
                            self.session, "assessments", {"id": assessment_id}
                        )
                        raise BundleError(
                            f"a plan has at most {MAX_FOCUS} focus areas, and the plan of "
                            f"{place.team or assessment_id} ({place.year}) would have {count}; "
                            "remove one here or where the file was made, then try again"
                        ) from None
        elif spec.name == "plan_actions":
            for batch in batched(sorted(self.carried), BATCH):
                wanted = set(batch)
                here = exchange_repo.existing_ids(self.session, "plan_actions", wanted)
                removed = exchange_repo.states(self.session, "plan_actions", wanted - here)
                missing = sorted(wanted - here - {i for i, s in removed.items() if s.deleted})
                if missing:
                    raise BundleError(
                        f"an action in {spec.entry} is carried from an action ({missing[0]}) "
                        "that is neither in the file nor here"
                    )

    def _scale(self, pack: RubricPack) -> tuple[frozenset[str], frozenset[int]]:
        found = self.scales.get(pack.ref)
        if found is None:
            found = self.scales[pack.ref] = (
                frozenset(c.key for c in pack.categories),
                frozenset(lv.value for lv in pack.levels),
            )
        return found

    def _check_same_place(
        self, spec: TableSpec, record: dict[str, Any], mine: dict[str, Any]
    ) -> None:
        """A record keeps its place: the file may not move it under another team or assessment."""
        fixed = [*spec.refers, *spec.match_on]
        if spec.name == "assessments":
            fixed += ["pack_id", "pack_version"]
        for name in fixed:
            if name != "id" and record[name] != mine[name]:
                raise BundleError(
                    f"the record {record['id']} in {spec.entry} belongs to a different "
                    f"{name.removesuffix('_id')} than the same record here"
                )

    def _new_row(self, spec: TableSpec, record: dict[str, Any]) -> dict[str, Any]:
        row = {c: record[c] for c in spec.names}
        if spec.name == "assessments":
            key = (record["pack_id"], record["pack_version"])
            pack_row = self.pack_rows.get(key)
            if pack_row is None:
                found = packs_repo.stored(self.session, *key)
                assert found is not None  # checked by _check_rubric
                pack_row = found[0]
            row.update(pack_row_id=pack_row, current_category="", current_rater="team")
        return row

    def _conflict(
        self,
        spec: TableSpec,
        mine: dict[str, Any],
        theirs: dict[str, Any],
        resolution: Resolution | None,
    ) -> None:
        if len(self.conflicts) >= MAX_CONFLICTS_LISTED:
            return
        shown = [
            f.name
            for f in spec.fields
            if f.content and f.name not in spec.refers and f.name not in spec.match_on
        ]
        mine_json, theirs_json = spec.to_json(mine), spec.to_json(theirs)
        conflict = Conflict(
            table=spec.name,
            record_id=mine["id"],
            mine={k: mine_json[k] for k in shown},
            theirs={k: theirs_json[k] for k in shown},
            resolution=resolution,
        )
        self._describe(conflict, spec.name, mine)
        self.conflicts.append(conflict)

    def _describe(self, conflict: Conflict, table: str, row: dict[str, Any]) -> None:
        """Where the record sits, in words a person recognises."""
        place = exchange_repo.place_of(self.session, table, row)
        conflict.school, conflict.team = place.school, place.team
        conflict.year, conflict.member = place.year, place.member
        if place.assessment_id is not None and place.category_key:
            pack = self._pack_of(place.assessment_id)
            conflict.levels = {lv.value: lv.label for lv in pack.levels}
            if place.category_key in {c.key for c in pack.categories}:
                conflict.category = pack.category(place.category_key).title
