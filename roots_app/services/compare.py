"""Compare across years (one school) and across schools (one year), for screens and tables."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from roots_app.domain import comparison, school_year, versions, vocabulary
from roots_app.domain.comparison import District, SchoolProgress
from roots_app.domain.rubric import RubricPack
from roots_app.errors import NotFoundError
from roots_app.exchange import pack_file
from roots_app.services.context import Roots
from roots_app.services.files import save_table
from roots_app.storage import comparison_repo
from roots_app.storage.engine import Unit

if TYPE_CHECKING:  # the state's types load with an LEA filter only
    from roots_app.domain.state_report import Lea

DEFAULT_PACK = vocabulary.DEFAULT_RUBRIC
# An agreed level as the comparison reads it: a level, or a merge's median (domain.versions).
Agreed = tuple[str, str, str, str, float]


# The rule, for those who read the JSON (the views and the README say it too).
MAPPING_RULE = (
    "Levels scored on an earlier version of the rubric are shown in the newest version's "
    "categories: a renamed category keeps its level, a merged one takes the median of its "
    "sources' levels, each category split from one takes its level; such levels are listed "
    "as mapped."
)


@dataclass(frozen=True)
class ProgressView:
    school_id: str
    school_name: str
    pack: RubricPack
    progress: SchoolProgress


@dataclass(frozen=True)
class DistrictView:
    pack: RubricPack
    district: District
    lea: Lea | None = None  # the LEA whose schools only are shown; None: every school


def _lea(session: Unit, cds: str | None) -> Lea | None:
    """The LEA of a filter given by its CDS code (None: no filter); BadInputError for a code
    that is not one, NotFoundError for an LEA that is not here."""
    if cds is None:
        return None
    from roots_app.domain.state_report import Lea, LeaKind  # only with a filter, as below
    from roots_app.services.state import check_cds  # only with a filter: it loads the reader

    code = check_cds(cds)
    found = comparison_repo.lea(session, code)
    if found is None:
        raise NotFoundError(
            f"There is no LEA with CDS code {code}: import the state's file with its row first.",
            id=code,
        )
    lea_id, cds_code, name, kind = found
    return Lea(cds_code, name, LeaKind(kind), lea_id)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while a year of the district is built, then resume it.

    The rows, tuples and dicts made here hold no reference cycles, yet making tens of
    thousands of them sets off full collections that pass over every object of the program
    (the ORM's, the screens'): 0.1 s of CPU at 5,000 schools for nothing to collect.
    """
    if not gc.isenabled():  # paused already (another year being built): leave it to that one
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _newest_pack(contents: list[str], pack_id: str, roots: Roots) -> RubricPack:
    if contents:
        return pack_file.pack_from_data(json.loads(contents[-1]))
    # Only when nothing was assessed on this rubric: the rubric services map the ORM models,
    # which `roots district` and `roots compare` otherwise never need.
    from roots_app.services import rubrics

    return rubrics.find(roots, pack_id)[0]


def _wording_changed(contents: list[str]) -> set[str]:
    """Categories whose title or level descriptors differ between the versions used."""
    seen: dict[str, str] = {}
    changed: set[str] = set()
    for content in contents:
        for category in json.loads(content)["categories"]:
            text = json.dumps([category["title"], category["descriptors"]], sort_keys=True)
            if seen.setdefault(category["key"], text) != text:
                changed.add(category["key"])
    return changed


def schools(roots: Roots, lea: str | None = None) -> list[tuple[str, str]]:
    """(id, name) of every school not in the trash, or of the LEA's with CDS code ``lea``."""
    with roots.reading() as session:
        found = _lea(session, lea)
        rows = comparison_repo.schools(session, found.id if found else None)
    return [(school_id, name) for school_id, name, _ in rows]


def _version_map(session: Unit, contents: list[str]) -> versions.VersionMap | None:
    """How the versions used read in the newest used, when more than one was used and a
    lineage is crossed; None otherwise (read by key, as one version)."""
    if len(contents) < 2:
        return None
    pack = pack_file.pack_from_data(json.loads(contents[-1]))
    # Every version known, not only those used: a lineage may name one nobody scored on.
    # Only here, with several versions used, are the shipped packs read (services.rubrics).
    from roots_app.services import rubrics

    known = {p.version: p for p, _ in rubrics.bundled() if p.id == pack.id}
    for content in [*comparison_repo.pack_texts(session, pack.id), *contents]:
        found = pack_file.pack_from_data(json.loads(content))
        known[found.version] = found
    mapping = versions.version_map(known.values(), pack.version)
    return mapping if mapping.routes else None


def _focus_keys(
    focus: list[tuple[str, str, str]], mapping: versions.VersionMap | None
) -> list[tuple[str, str]]:
    """(year, category) of the focus areas, an older version's in the newest categories."""
    if mapping is None:
        return [(year, key) for year, key, _ in focus]
    out = []
    for year, key, version in focus:
        route = mapping.route(version)
        if route is None:
            out.append((year, key))
        else:
            out += [(year, new) for new, sources in route.sources.items() if key in sources]
    return out


def school_progress(
    roots: Roots, school_id: str, pack_id: str = DEFAULT_PACK, lea: str | None = None
) -> ProgressView:
    """One school's years; with ``lea`` (a CDS code), only a school of that LEA."""
    with roots.reading() as session, comparison_repo.small_page_cache(session):
        found = _lea(session, lea)
        name = comparison_repo.school_name(session, school_id, found.id if found else None)
        if name is None and found is not None:
            raise NotFoundError(
                f"There is no school with id {school_id} in the LEA {found.name} "
                f"({found.cds_code}).",
                id=school_id,
            )
        if name is None:
            raise NotFoundError(f"There is no school with id {school_id}.", id=school_id)
        contents = comparison_repo.pack_versions(session, pack_id, school_id)
        mapping = _version_map(session, contents)
        rows: Sequence[Agreed]  # a level, or a merge's median (a half level)
        if mapping is None:
            rows = comparison_repo.agreed_for_school(session, school_id, pack_id)
            mapped = versions.MappedRows([])
        else:
            versioned = comparison_repo.versioned_for_school(session, school_id, pack_id)
            mapped = versions.map_rows(versioned, mapping)
            rows = mapped.rows
        focus = _focus_keys(comparison_repo.focus_for_school(session, school_id, pack_id), mapping)
    pack = _newest_pack(contents, pack_id, roots)
    progress = comparison.school_progress(
        school_id,
        rows,
        [c.key for c in pack.categories],
        focus,
        _wording_changed(contents),
        mapped.mapped,
        mapped.reworded,
    )
    return ProgressView(school_id, name, pack, progress)


def district(
    roots: Roots, year: str, pack_id: str = DEFAULT_PACK, lea: str | None = None
) -> DistrictView:
    """Every school's year; with ``lea`` (a CDS code), the schools of that LEA only, their
    distribution and role averages."""
    previous = school_year.previous(year)  # also checks the year's form
    years = [year, previous]
    with _no_cycle_collection():
        with roots.reading() as session, comparison_repo.small_page_cache(session):
            found = _lea(session, lea)
            lea_id = found.id if found else None
            contents = comparison_repo.pack_versions(session, pack_id)
            newest = _used_pack(contents)
            keys = [c.key for c in newest.categories] if newest else []
            mapping = _version_map(session, contents)
            assessed: Sequence[comparison.AssessedRow] = []
            mapped: versions.MappedRows | None = None
            if mapping is not None:  # a year scored on an older version: newest categories
                versioned = comparison_repo.versioned_for_years(session, years, pack_id, lea_id)
                mapped = versions.map_rows(versioned, mapping)
            elif keys:  # one version, or versions read by key: each assessment's row as stored
                assessed = comparison_repo.assessed_for_years(session, years, pack_id, keys, lea_id)
            schools = comparison_repo.schools(session, lea_id)
            roles = comparison_repo.role_averages(session, year, pack_id, lea_id)
        if mapped is None:
            view = comparison.district_of_assessments(year, schools, assessed, keys, roles)
        else:
            view = comparison.district(
                year, schools, mapped.rows, keys, roles, mapped.mapped, mapped.reworded
            )
        pack = newest or _newest_pack(contents, pack_id, roots)
        return DistrictView(pack, view, found)


def _used_pack(contents: list[str]) -> RubricPack | None:
    """The newest version assessments used (None: none used this rubric)."""
    return pack_file.pack_from_data(json.loads(contents[-1])) if contents else None


def _number(value: float | None) -> float | int | None:
    """3.0 -> 3, 2.5 -> 2.5, 0.333 -> 0.33: levels read as levels, means stay short."""
    if value is None:
        return None
    whole = int(value)
    return whole if whole == value else round(value, 2)


def progress_json(view: ProgressView, language: str = "en") -> dict[str, Any]:
    progress = view.progress
    return {
        "school": {"id": view.school_id, "name": view.school_name},
        "rubric": {"id": view.pack.id, "version": view.pack.version},
        "years": list(progress.years),
        "categories": [
            {
                "key": c.key,
                "title": _title(view.pack, c.key, language),
                "levels": {y: _number(v) for y, v in c.levels.items()},
                "changes": {
                    y: {
                        "change": _number(ch.value),
                        "since": ch.since,
                        "direction": ch.direction,
                        "mapped": c.change_mapped(y),
                    }
                    for y, ch in c.changes.items()
                },
                "focus_years": sorted(c.focus_years, key=school_year.parse),
                "wording_changed": c.key in progress.wording_changed,
                # Years whose level was scored on an earlier version and is shown through the
                # lineage (domain.versions), and those from before a change of wording.
                "mapped": sorted(c.mapped_years, key=school_year.parse),
                "reworded": sorted(c.reworded_years, key=school_year.parse),
            }
            for c in progress.categories
        ],
        "mapping": MAPPING_RULE,
    }


def district_json(view: DistrictView, language: str = "en") -> dict[str, Any]:
    with _no_cycle_collection():
        return _district_json(view, language)


def _district_json(view: DistrictView, language: str) -> dict[str, Any]:
    d = view.district
    keys = [c.key for c in view.pack.categories]
    return {
        "year": d.year,
        "compared_with": d.previous,
        "lea": None if view.lea is None else {"cds_code": view.lea.cds_code, "name": view.lea.name},
        "rubric": {"id": view.pack.id, "version": view.pack.version},
        "categories": [{"key": k, "title": _title(view.pack, k, language)} for k in keys],
        "schools": [
            {
                "id": s.school_id,
                "name": s.name,
                "region": s.region,
                "levels": {k: _number(v) for k, v in s.levels.items()},
                "changes": {k: _number(v) for k, v in s.changes.items()},
                "change": _number(s.change),
                "average": _number(s.average),
                # Categories whose level this year, or whose change, comes through the lineage
                # from an earlier version; those whose wording changed on the way.
                "mapped": sorted(s.mapped),
                "changes_mapped": sorted(s.mapped_changes),
                "reworded": sorted(s.reworded),
            }
            for s in d.schools
        ],
        "mapping": MAPPING_RULE,
        "distribution": {
            k: {str(level): count for level, count in sorted(d.distribution.get(k, {}).items())}
            for k in keys
        },
        "roles": {
            k: [
                {
                    "role": g.role,
                    "raters": g.raters,
                    "average": _number(g.average),
                    "suppressed": g.suppressed,
                }
                for g in d.roles.get(k, ())
            ]
            for k in keys
        },
    }


def _title(pack: RubricPack, key: str, language: str) -> str:
    try:
        return pack.category(key).title[language]
    except KeyError:  # a category only an older version had
        return key


def export_table(
    roots: Roots,
    year: str,
    path: Path,
    language: str = "en",
    pack_id: str = DEFAULT_PACK,
    lea: str | None = None,
) -> Path:
    """The district view of a year (of one LEA's schools) as .csv or .xlsx (by the file's
    ending)."""
    from roots_app.exchange import comparison_table

    def rows() -> list[list[str]]:
        view = district(roots, year, pack_id, lea)
        return comparison_table.district_rows(view.district, view.pack, language)

    return save_table(path, "District", rows)


def export_progress(
    roots: Roots, school_id: str, path: Path, language: str = "en", pack_id: str = DEFAULT_PACK
) -> Path:
    """One school's progress as .csv or .xlsx (by the file's ending)."""
    from roots_app.exchange import comparison_table

    def rows() -> list[list[str]]:
        view = school_progress(roots, school_id, pack_id)
        return comparison_table.progress_rows(view.progress, view.pack, language)

    return save_table(path, "Progress", rows)
