"""Fill the database with a sample district (``roots demo`` and "Explore a sample district")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from operator import itemgetter

from roots_app.domain import demo_district, school_year, vocabulary
from roots_app.domain.ids import utcnow
from roots_app.errors import BadInputError
from roots_app.services import rubrics
from roots_app.services.context import Roots
from roots_app.storage import bulk, listing_repo

DEMO_PACK = vocabulary.DEFAULT_RUBRIC
TABLE_ORDER = (
    "schools",
    "teams",
    "members",
    "assessments",
    "assessment_members",
    "ratings",
    "agreements",
)


@dataclass(frozen=True)
class DemoResult:
    schools: int
    assessments: int
    ratings: int  # members' own ratings
    agreed: int  # the team's agreed levels (one per category of each assessment)


def has_demo(roots: Roots) -> bool:
    """Whether sample schools are here already (not counting those in the trash)."""
    with roots.transaction() as session:
        return listing_repo.count_schools(session, demo_district.DISTRICTS) > 0


def _offset(report: Callable[[int, int], None], before: int, total: int, done: int) -> None:
    """Progress of one table's rows as progress of the whole sample district."""
    report(before + done, total)


def _role_totals(rows: demo_district.DemoRows, pack_id: str) -> list[bulk.RoleTotal]:
    """The members' ratings of the sample by year, category and role: counts and level sums,
    as the database's role totals keep them (counted here: cheaper than grouping in SQL)."""
    role = {m["id"]: m["role"] for m in rows.dicts("members")}
    year = {a["id"]: a["school_year"] for a in rows.dicts("assessments")}
    ratings = rows.tables.get("ratings")
    if ratings is None:
        return []
    fields = itemgetter(
        *(ratings.columns.index(c) for c in ("assessment_id", "category_key", "member_id", "level"))
    )
    sums: dict[tuple[str, str, str], list[int]] = {}
    for assessment, key, member, level in map(fields, ratings.rows):
        if level is None:
            continue
        group = (year[assessment], key, role[member])
        found = sums.get(group)
        if found is None:
            sums[group] = [1, level]
        else:
            found[0] += 1
            found[1] += level
    return [(pack_id, y, k, str(r), n, total) for (y, k, r), (n, total) in sums.items()]


def make_demo(
    roots: Roots,
    schools: int = 12,
    years: int = 4,
    seed: int = 2025,
    progress: Callable[[int, int], None] | None = None,
    again: bool = False,
    language: str = "en",
) -> DemoResult:
    """Add ``schools`` schools with ``years`` years of agreed assessments each, at once;
    regions, team names and evidence in ``language`` ("en" or "es").

    A second sample district is only added when asked for (``again``): two copies of every
    sample school would be confusing to look through.
    """
    if not again and has_demo(roots):
        raise BadInputError(
            "A sample district is here already; nothing was added. Open it, or add another "
            "copy on purpose (roots demo --again).",
            reason="demo_exists",
        )
    pack, content = rubrics.find(roots, DEMO_PACK)
    last_year = school_year.previous(school_year.current())
    # About how many rows: a member's rating and the team's level per category (~7 members).
    rows_expected = schools * years * len(pack.categories) * 8
    with roots.db.large_write(rows_expected), roots.transaction() as session:
        pack_row = rubrics.snapshot(session, pack, content)
        rows = demo_district.generate(
            pack, pack_row.id, schools, years, seed, last_year, roots.device, utcnow(), language
        )
        total = sum(rows.count(name) for name in TABLE_ORDER)
        written = 0
        with bulk.ratings_counted_apart(session, partial(_role_totals, rows, pack.id)):
            for name in TABLE_ORDER:
                table = rows.tables.get(name)
                if table is None:
                    continue
                step = partial(_offset, progress, written, total) if progress else None
                bulk.insert_rows(session, name, table.columns, table.rows, table.fixed, step)
                written += len(table.rows)
    return DemoResult(
        schools=rows.count("schools"),
        assessments=rows.count("assessments"),
        ratings=rows.count("ratings"),
        agreed=rows.count("agreements"),
    )
