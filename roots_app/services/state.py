"""The state's Priority 3 files: import them, and see what an LEA reported beside its teams.

An import reads and checks the whole file first, then writes in one transaction; a preview
(``dry_run``) is the same import rolled back, so it says exactly what importing will do. The
same file twice changes nothing; a reissued file updates the rows that changed. The state's
results live in their own tables: they never enter a team's or a school's median.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from roots_app.domain import school_year, versions
from roots_app.domain.crosswalk import (
    Crosswalk,
    MappedLevel,
    lineage_practices,
    mapped_medians,
    read_through_lineages,
    version_key,
)
from roots_app.domain.rubric import RubricPack
from roots_app.domain.state_report import (
    KIND_NAMES,
    LCFF_PACK,
    PERFORMANCE_NAMES,
    PRACTICE_KEYS,
    SECTIONS,
    Lea,
    PracticeYear,
    StateBeside,
    StateResult,
    lea_kind,
    state_beside,
    team_levels,
)
from roots_app.errors import (
    BadInputError,
    CancelledError,
    CrosswalkError,
    NotFoundError,
    StateFileError,
)
from roots_app.exchange import pack_file, state_file
from roots_app.services.context import Roots
from roots_app.services.files import save_table
from roots_app.storage import comparison_repo, packs_repo, state_repo
from roots_app.storage.engine import Unit, undone

NEW, UPDATED, UNCHANGED = "new", "updated", "unchanged"
# How a mapped median is made (domain/crosswalk.py), in the words of --lang.
MAPPED_SCALE = {
    "en": "Each team's agreed levels are placed on the LCFF 1-5 scale (a rubric's lowest "
    "level is 1, its highest 5, evenly between); per team, the median of the categories "
    "linked to a practice; then the median over the teams.",
    "es": "Los niveles acordados por cada equipo se colocan en la escala de 1 a 5 de LCFF (el "
    "nivel más bajo de una rúbrica es 1, el más alto 5, a la misma distancia entre ellos); por "
    "equipo, la mediana de las categorías vinculadas a una práctica; luego, la mediana de los "
    "equipos.",
}
# How levels on another version of a mapped rubric are read (domain/crosswalk.py), in the
# words of --lang (those of VERSIONS_RULE, seen from the crosswalk's categories).
MAPPED_VERSIONS = {
    "en": "Levels a team agreed on a version of CEI, PTA or Family Empowerment whose categories "
    "the crosswalk does not name are read in the categories of the version it does name "
    "through that version's lineage: a renamed category keeps its level, categories merged "
    "into one each take its level, a category split in parts takes the median of the parts' "
    "levels (and the other way round for an older version); a category new in the team's "
    "version, linked to no practice, stays out. Such mapped medians are marked as mapped from "
    "another version.",
    "es": "Los niveles que un equipo acordó con una versión de CEI, la PTA o Empoderamiento "
    "familiar cuyas categorías no nombra la correspondencia se leen en las categorías de la "
    "versión que sí nombra según el linaje de esa versión: una categoría con otro nombre "
    "conserva su nivel, las categorías fusionadas en una toman cada una su nivel, una "
    "categoría dividida en partes toma la mediana de los niveles de las partes (y al revés "
    "para una versión anterior); una categoría nueva en la versión del equipo, sin vínculo "
    "con ninguna práctica, queda fuera. Esas medianas se marcan como por correspondencia "
    "desde otra versión.",
}
PROGRESS_EVERY = 100  # rows read between two progress reports
# How the teams' levels on another version of the LCFF pack are read, in the words of --lang
# (the rule of domain/versions.py, seen from the state's practices).
VERSIONS_RULE = {
    "en": "Levels a team agreed on another version of the LCFF pack are read in the state's "
    "practices through that version's lineage: a renamed practice keeps its level, practices "
    "merged into one each take its level, a practice split in parts takes the median of the "
    "parts' levels (and the other way round for a version older than the practices'); such "
    "medians are marked as mapped.",
    "es": "Los niveles que un equipo acordó con otra versión del paquete de LCFF se leen en "
    "las prácticas del estado según el linaje de esa versión: una práctica con otro nombre "
    "conserva su nivel, las prácticas fusionadas en una toman cada una su nivel, una práctica "
    "dividida en partes toma la mediana de los niveles de las partes (y al revés para una "
    "versión anterior a la de las prácticas); esas medianas se marcan como por "
    "correspondencia entre versiones.",
}


@dataclass(frozen=True)
class RowOutcome:
    cds_code: str
    lea_name: str
    school_year: str
    outcome: str  # NEW, UPDATED or UNCHANGED
    lea_added: bool  # the LEA itself was not known before


@dataclass(frozen=True)
class StateImport:
    """What an import did (or, as a preview, would do)."""

    path: Path
    layout: str  # the years of the layout found
    delimiter: str
    encoding: str
    rows_in_file: int
    outcomes: tuple[RowOutcome, ...]
    dry_run: bool

    def count(self, outcome: str) -> int:
        return sum(1 for o in self.outcomes if o.outcome == outcome)

    @property
    def leas_added(self) -> int:
        return len({o.cds_code for o in self.outcomes if o.lea_added})

    def to_json(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "layout": self.layout,
            "delimiter": "tab" if self.delimiter == "\t" else "pipe",
            "encoding": {"cp1252": "windows-1252", "utf-8-sig": "utf-8"}.get(
                self.encoding, self.encoding
            ),
            "rows_in_file": self.rows_in_file,
            "dry_run": self.dry_run,
            "new": self.count(NEW),
            "updated": self.count(UPDATED),
            "unchanged": self.count(UNCHANGED),
            "leas_added": self.leas_added,
            "rows": [
                {
                    "cds_code": o.cds_code,
                    "lea": o.lea_name,
                    "school_year": o.school_year,
                    "outcome": o.outcome,
                    "lea_added": o.lea_added,
                }
                for o in self.outcomes
            ],
        }


def check_cds(value: str, what: str = "The CDS code") -> str:
    """A 14-digit CDS code as text, or BadInputError saying so."""
    code = value.strip()
    if len(code) != 14 or not code.isascii() or not code.isdigit():
        raise BadInputError(
            f"{what} '{value}' is not a CDS code: write its 14 digits, like 19647330000000.",
            value=value,
        )
    return code


def import_file(
    roots: Roots,
    path: Path,
    lea: str | None = None,
    dry_run: bool = False,
    progress: Callable[[int, int], bool] | None = None,
    expected_rows: int = 0,
) -> StateImport:
    """Import every row of a state file, or only the row of the LEA with CDS code ``lea``.

    The whole file is read and checked before anything is written: a bad file raises
    StateFileError (or BadInputError) and changes nothing. ``progress(rows read, rows
    expected)`` is told every PROGRESS_EVERY rows (``expected_rows``: a preview's count, else
    the file's line breaks, at least as many as rows); answering False stops with
    CancelledError, nothing written.
    """

    if progress is not None and not expected_rows:
        expected_rows = _lines_after_header(path)

    def report(done: int) -> None:
        if progress is not None and not progress(done, max(expected_rows, done + 1)):
            raise CancelledError()

    only = check_cds(lea) if lea is not None else None
    facts: state_file.FileFacts | None = None
    rows: list[StateResult] = []
    total = 0
    for facts, result in state_file.iter_results(path):  # noqa: B007 - the same every row
        total += 1
        if only is None or result.cds_code == only:
            rows.append(result)
        if total % PROGRESS_EVERY == 0:
            report(total)
    if facts is None:
        raise StateFileError("it has a header line and no rows")
    if only is not None and not rows:
        raise BadInputError(
            f"{path.name} has no row for the LEA {only}; nothing was changed. Check the CDS "
            "code, or import every row.",
            value=only,
        )
    unit = roots.dry_run() if dry_run else roots.transaction()
    with unit as session:
        outcomes = _merge(session, rows, roots.device)
        report(total)  # Stop here still rolls the whole import back
    if progress is not None:
        progress(total, total)
    return StateImport(
        path,
        facts.layout.years,
        facts.delimiter,
        facts.encoding,
        total,
        tuple(outcomes),
        dry_run,
    )


def _lines_after_header(path: Path) -> int:
    """How many line breaks follow the header: an estimate of the rows from above (a quoted
    narrative may hold line breaks) for the progress bar; 0 if the file cannot be read (the
    reader then says why)."""
    try:
        with path.open("rb") as data:
            breaks = sum(chunk.count(b"\n") for chunk in iter(lambda: data.read(1 << 20), b""))
    except OSError:
        return 0
    return max(breaks - 1, 0)


def _merge(session: Unit, rows: list[StateResult], device: str) -> list[RowOutcome]:
    known = state_repo.leas(session)
    newest = state_repo.newest_years(session)
    stored = state_repo.results(session, years={r.school_year for r in rows})
    unknown = {r.cds_code: r for r in rows if r.cds_code not in known}
    added = state_repo.add_leas(
        session, (Lea(c, r.lea_name, lea_kind(c, r.lea_name)) for c, r in unknown.items()), device
    )
    known.update((found.cds_code, found) for found in added)
    outcomes: list[RowOutcome] = []
    new: list[tuple[str, StateResult]] = []
    changed: list[tuple[str, StateResult]] = []
    for result in rows:
        year = result.school_year
        kind = lea_kind(result.cds_code, result.lea_name)
        found = known[result.cds_code]
        if (found.name, found.kind) != (result.lea_name, kind) and year >= newest.get(
            found.id, year
        ):
            # The newest file names the LEA; an older file imported later does not rename it.
            state_repo.rename_lea(session, found.id, result.lea_name, kind, device)
            known[result.cds_code] = Lea(found.cds_code, result.lea_name, kind, found.id)
        before = stored.get((found.id, year))
        if before is None:
            new.append((found.id, result))
            outcome = NEW
        elif before[1].same_report(result):
            outcome = UNCHANGED
        else:
            changed.append((before[0], result))
            outcome = UPDATED
        outcomes.append(
            RowOutcome(result.cds_code, result.lea_name, year, outcome, result.cds_code in unknown)
        )
    state_repo.add_results(session, new, device)
    state_repo.replace_results(session, changed, device)
    return outcomes


# What copy-to did with the source's imported crosswalk.
CROSSWALK_NONE = "none"  # the source uses the shipped one: nothing to carry
CROSSWALK_COPIED = "copied"
CROSSWALK_UNCHANGED = "unchanged"  # the target has the same one
CROSSWALK_KEPT = "kept"  # the target's own is newer, or the same version: kept
CROSSWALK_REFUSED = "refused"  # it names packs or categories the target does not have


@dataclass(frozen=True)
class StateCopy:
    """What copy-to carried of the state data into the target (issue 19)."""

    leas_added: int
    results: dict[str, int]  # NEW, UPDATED, UNCHANGED: the state's results by (LEA, year)
    schools_linked: int  # schools whose LEA or own CDS code the copy set
    schools_unchanged: int  # schools the source links that were linked so already
    crosswalk: str  # CROSSWALK_*
    crosswalk_problem: str = ""  # why it was refused

    @property
    def changed(self) -> bool:
        return bool(
            self.leas_added
            or self.results[NEW]
            or self.results[UPDATED]
            or self.schools_linked
            or self.crosswalk == CROSSWALK_COPIED
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "leas_added": self.leas_added,
            "results": dict(self.results),
            "schools_linked": self.schools_linked,
            "schools_unchanged": self.schools_unchanged,
            "crosswalk": self.crosswalk,
            "crosswalk_problem": self.crosswalk_problem or None,
        }


@dataclass(frozen=True)
class SourceState:
    """The state data copy-to carries, as read from the source (read_state)."""

    results: list[StateResult]  # by file year, then CDS code
    leas: dict[str, Lea]
    links: dict[str, tuple[str | None, str | None]]  # school id -> (LEA CDS, own CDS)
    crosswalk: tuple[str, str] | None  # the imported one: (content, content hash)


def read_state(source: Roots) -> SourceState:
    """What copy-to carries of the source's state data, read in one go."""
    with source.reading() as session:
        found = sorted(
            (r for _, r in state_repo.results(session).values()),
            key=lambda r: (r.file_year, r.cds_code),
        )
        links = {
            school: codes
            for school, codes in state_repo.every_school_code(session).items()
            if codes != (None, None)
        }
        return SourceState(found, state_repo.leas(session), links, packs_repo.crosswalk(session))


def copy_state(
    target: Roots,
    session: Unit,
    source: SourceState,
    before_writing: Callable[[], None] | None = None,
) -> StateCopy:
    """The source's state data merged into the target in the caller's unit of work (copy-to:
    the same one as its records, so both land or neither), by the state import's rules: LEAs
    by CDS code (the target's others stay); results by (LEA, school year), new, updated (the
    source's differs: it replaces the target's, as importing that file would) or unchanged,
    the LEA named by its newest year; a school's LEA and own CDS code where the source has
    them (a school the source left unlinked keeps the target's); the imported crosswalk if
    the target has none or an older version (same version, other content: the target's
    kept), checked against the target's packs as the unit sees them (the records' import may
    have installed some). ``before_writing`` is called once if anything is to change (and
    before the first write). Twice: nothing changes."""
    from roots_app.exchange import crosswalk_file
    from roots_app.services import crosswalk

    found, links = source.results, source.links
    carried: tuple[Crosswalk, str, str] | None = None
    outcome, problem = CROSSWALK_NONE, ""
    if source.crosswalk is not None:
        content, content_hash = source.crosswalk
        data = json.loads(content)
        try:
            crosswalk.validate_data(target, data, session)
        except CrosswalkError as exc:
            outcome = CROSSWALK_REFUSED
            where = "; ".join(f"{path}: {reason}" for path, reason in exc.problems)
            problem = f"{exc.args[0]} {where}".strip()
        else:
            carried = (
                crosswalk_file.crosswalk_from_data(data, content_hash),
                content,
                content_hash,
            )

    def merged() -> StateCopy:
        known = state_repo.leas(session)
        # An LEA without results (none is made so today) still arrives, by its CDS code.
        skip = known.keys() | {r.cds_code for r in found}
        alone = [lea for code, lea in source.leas.items() if code not in skip]
        added = len(state_repo.add_leas(session, alone, target.device))
        outcomes = _merge(session, found, target.device)
        added += len({o.cds_code for o in outcomes if o.lea_added})
        leas = state_repo.leas(session)
        here = state_repo.every_school_code(session)
        changes: dict[str, tuple[str | None, str | None]] = {}
        unchanged = 0
        for school, (lea_code, own) in links.items():
            if school not in here:  # removed here for good
                continue
            now = here[school]
            wanted = (lea_code or now[0], own or now[1])
            if wanted == now:
                unchanged += 1
                continue
            code = wanted[0]
            changes[school] = (leas[code].id if code else None, wanted[1])
        state_repo.relink_schools(session, changes, target.device)
        result = outcome
        if carried is not None:
            walk, content, content_hash = carried
            mine = packs_repo.crosswalk(session)  # (content, content hash) or None
            if mine is not None and mine[1] == content_hash:
                result = CROSSWALK_UNCHANGED
            elif mine is not None and version_key(json.loads(mine[0])["version"]) >= (
                version_key(walk.version)
            ):
                result = CROSSWALK_KEPT
            else:
                packs_repo.replace_crosswalk(session, walk.version, content_hash, content)
                result = CROSSWALK_COPIED
        return StateCopy(
            added,
            {
                kind: sum(1 for o in outcomes if o.outcome == kind)
                for kind in (NEW, UPDATED, UNCHANGED)
            },
            len(changes),
            unchanged,
            result,
            problem,
        )

    if before_writing is not None:
        # Tried under a savepoint, rolled back: whether anything is to change (and so a
        # backup is due before the first write).
        with undone(session):
            preview = merged()
        if not preview.changed:
            return preview  # what the copy itself would say: nothing written
        before_writing()
    return merged()


def find_lea(roots: Roots, cds: str) -> Lea:
    code = check_cds(cds)
    with roots.reading() as session:
        found = state_repo.lea(session, code)
    if found is None:
        raise NotFoundError(
            f"There is no LEA with CDS code {code}: import the state's file with its row first.",
            id=code,
        )
    return found


def list_leas(roots: Roots) -> list[Lea]:
    with roots.reading() as session:
        return sorted(state_repo.leas(session).values(), key=lambda found: found.name)


def lea_overview(roots: Roots) -> list[tuple[Lea, tuple[str, ...], int]]:
    """Every LEA by name: its state results' school years and its number of schools."""
    with roots.reading() as session:
        return state_repo.lea_overview(session)


def set_school_lea(roots: Roots, school_id: str, lea_cds: str | None) -> None:
    """Say which LEA a school belongs to (None: none); its teams then count in that LEA's
    state view."""
    lea_id = find_lea(roots, lea_cds).id if lea_cds else None
    with roots.transaction() as session:
        state_repo.set_school(session, school_id, roots.device, lea_id=lea_id)


def set_school_cds(roots: Roots, school_id: str, cds: str | None) -> None:
    """A school's own 14-digit CDS code (None: none)."""
    own = check_cds(cds, "The school's CDS code") if cds else None
    with roots.transaction() as session:
        state_repo.set_school(session, school_id, roots.device, cds_code=own)


def link_school(roots: Roots, school_id: str, lea_cds: str | None, cds: str | None) -> None:
    """A school's LEA and its own CDS code at once (None: none), both checked before either
    is written (the app's school dialog)."""
    own = check_cds(cds, "The school's CDS code") if cds else None
    lea_id = find_lea(roots, lea_cds).id if lea_cds else None
    with roots.transaction() as session:
        state_repo.set_school(session, school_id, roots.device, lea_id=lea_id, cds_code=own)


def school_links(roots: Roots, school_id: str) -> tuple[str, Lea | None, str | None]:
    """A school's name, its LEA (None: none) and its own CDS code (None: none)."""
    with roots.reading() as session:
        found = state_repo.school_links(session, school_id)
    if found is None:
        raise NotFoundError(f"There is no school with id {school_id}.", id=school_id)
    return found


def school_codes(roots: Roots) -> dict[str, tuple[Lea | None, str | None]]:
    """Per school id: its LEA (None: none) and its own CDS code (None: none); a school with
    neither is not in the mapping."""
    with roots.reading() as session:
        return state_repo.school_codes(session)


def state_view(
    roots: Roots,
    cds: str,
    year: str | None = None,
    mapped: Crosswalk | None = None,
    school: str | None = None,
) -> StateBeside:
    """Per school year and practice: the LEA's state level beside its teams' median on the
    LCFF pack, the difference, the changes, the result and the meeting date; with a
    crosswalk (``mapped``), also the teams on other rubrics in LCFF terms, marked as mapped.
    ``school`` (one of the LEA's schools): only that school's teams beside the state."""
    if year is not None:
        school_year.parse(year)  # refuses anything but 2025-26
    found = find_lea(roots, cds)
    if school is not None:
        name, lea, _ = school_links(roots, school)
        if lea is None or lea.id != found.id:
            raise BadInputError(
                f"{name} is not a school of {found.name} ({found.cds_code}): link it to that "
                "LEA first.",
                id=school,
            )
    with roots.reading() as session:
        results = [r for _, r in state_repo.results(session, lea_id=found.id).values()]
        agreed = state_repo.agreed_levels(session, found.id, LCFF_PACK, school)
        routes: dict[str, versions.Route | None] = {}
        used = {row[2] for row in agreed}
        if used:
            known = _pack_versions(session, LCFF_PACK)
            target = _practice_version(known).version
            routes = {v: versions.route_between(known.values(), v, target) for v in used}
        others, scales = [], {}
        lineages: dict[str, list[RubricPack]] = {}  # for categories the crosswalk does not name
        if mapped is not None:
            others = state_repo.mapped_levels(session, found.id, mapped.packs, school)
            scales = {
                row: pack_file.pack_from_data(
                    json.loads(packs_repo.content(session, row))
                ).max_level
                for row in {other[4] for other in others}
            }
            lineages = {
                pack: list(_pack_versions(session, pack).values())
                for pack in {o[2] for o in others if not mapped.knows(o[2], o[5])}
            }
    medians, through = None, set()
    if mapped is not None:
        read = read_through_lineages(
            mapped,
            (
                MappedLevel(year_, assessment, pack, version, scales[row], key, level)
                for year_, assessment, pack, version, row, key, level in others
            ),
            lineages,
        )
        medians = mapped_medians(mapped, read)
        through = lineage_practices(mapped, read)
    levels = team_levels(agreed, routes)
    return state_beside(found, results, (), [year] if year else (), medians, levels, through)


def _pack_versions(session: Unit, pack_id: str) -> dict[str, RubricPack]:
    """Every version of a pack known here, shipped or stored, by version."""
    from roots_app.services import rubrics

    known = {p.version: p for p, _ in rubrics.bundled() if p.id == pack_id}
    for content in comparison_repo.pack_texts(session, pack_id):
        pack = pack_file.pack_from_data(json.loads(content))
        known[pack.version] = pack
    return known


def _practice_version(known: dict[str, RubricPack]) -> RubricPack:
    """The newest version whose categories hold the state's twelve practices: a later one
    that renames or merges practices is read back into it."""
    fitting = [
        pack for pack in known.values() if set(PRACTICE_KEYS) <= {c.key for c in pack.categories}
    ]
    return max(fitting or known.values(), key=lambda p: versions.version_key(p.version))


def practice_pack(roots: Roots) -> RubricPack:
    """The version of the LCFF pack the state's practices are titled and grouped by."""
    with roots.reading() as session:
        return _practice_version(_pack_versions(session, LCFF_PACK))


def practice_titles(roots: Roots, language: str = "en") -> dict[str, str]:
    """The state's practice titles in the language, by key (from ``practice_pack``)."""
    return {c.key: c.title[language] for c in practice_pack(roots).categories}


def export_view(
    roots: Roots,
    cds: str,
    year: str | None,
    path: Path,
    language: str = "en",
    mapped: Crosswalk | None = None,
    school: str | None = None,
) -> Path:
    """An LEA's state report (one year, or every year with None) as .csv or .xlsx; with a
    crosswalk, the teams on other rubrics too, in columns headed as mapped; with a school,
    only its teams."""
    from roots_app.exchange import comparison_table

    def rows() -> list[list[str]]:
        view = state_view(roots, cds, year, mapped, school)
        titles = practice_titles(roots, language)
        return comparison_table.state_rows(view, titles, language, mapped is not None)

    return save_table(path, "State", rows)


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if value == int(value) else value


def _mapped_json(practice: PracticeYear) -> dict[str, Any]:
    return {
        "mapped": _number(practice.mapped),
        "mapped_count": practice.mapped_count,
        "mapped_packs": list(practice.mapped_packs),
        "mapped_difference": _number(practice.mapped_difference),
        # The mapped median takes levels from another version of a rubric (MAPPED_VERSIONS).
        "mapped_lineage": practice.mapped_lineage,
    }


def view_json(
    view: StateBeside,
    titles: dict[str, str],
    language: str = "en",
    mapped: tuple[Crosswalk, bool] | None = None,
) -> dict[str, Any]:
    """``roots state --json``: ``titles`` are the practices' titles in the language;
    ``mapped``: the crosswalk the view was mapped through and whether it was imported here
    (then every practice has its mapped median, marked as such)."""
    performance = PERFORMANCE_NAMES[language]
    lea = view.lea
    document = {
        "lea": {
            "cds_code": lea.cds_code,
            "name": lea.name,
            "kind": lea.kind.value,
            "kind_label": KIND_NAMES[language][lea.kind],
        },
        "rubric": LCFF_PACK,
        "sections": list(SECTIONS),
        "years": [
            {
                "year": y.year,
                "reported": y.reported,
                "performance": y.performance.value if y.performance else None,
                "performance_label": performance[y.performance] if y.performance else None,
                "meeting_date": y.meeting_date.isoformat() if y.meeting_date else None,
                "practices": [
                    {
                        "key": p.key,
                        "title": titles.get(p.key, p.key),
                        "state": p.state,
                        "teams": _number(p.teams),
                        "teams_count": p.teams_count,
                        "difference": _number(p.difference),
                        "state_change": _number(p.state_change.value) if p.state_change else None,
                        "state_change_since": p.state_change.since if p.state_change else None,
                        "teams_change": _number(p.teams_change.value) if p.teams_change else None,
                        "teams_change_since": p.teams_change.since if p.teams_change else None,
                        # The teams' median (or its change) takes levels from another version
                        # of the LCFF pack, read through its lineage (VERSIONS_RULE).
                        "teams_mapped": p.teams_mapped,
                        "teams_reworded": p.teams_reworded,
                        "teams_change_mapped": p.teams_change_mapped,
                        "inferred": y.inferred(p.key),
                    }
                    | (_mapped_json(p) if mapped else {})
                    for p in y.practices
                ],
            }
            for y in view.years
        ],
    }
    if any(p.teams_mapped or p.teams_change_mapped for y in view.years for p in y.practices):
        document["versions_rule"] = VERSIONS_RULE[language]
    if mapped is not None:
        crosswalk, imported = mapped
        about: dict[str, str] = {
            "crosswalk": f"{crosswalk.id}@{crosswalk.version}",
            "origin": "imported" if imported else "shipped",
            "title": crosswalk.title[language],
            "provenance": crosswalk.provenance[language],
            "description": crosswalk.description[language],
            "scale": MAPPED_SCALE[language],
        }
        if any(p.mapped_lineage for y in view.years for p in y.practices):
            about["versions_rule"] = MAPPED_VERSIONS[language]
        document["mapped"] = about
    return document
