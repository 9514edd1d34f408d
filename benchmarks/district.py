"""``roots district --json`` and ``roots compare --json`` on the demo district, against the floor.

Targets (DESIGN.md section 10), as ratios to ``python -c "import sqlalchemy.orm"`` measured in
the same run: at 1,000 schools x 10 years, ``district --json`` within 1.5x (peak RSS within 2x
the floor's) and ``compare --json`` within 1.3x; at 5,000 schools x 10 years, ``district
--json`` within 2x. Both use the latest year of the demo. At 1,000 schools also ``district
--lea`` (issue 19: an LEA of half the schools, its role averages grouped from their ratings),
within district's 1.5x.

    .venv/bin/python benchmarks/district.py                 # 1,000 and 5,000 schools
    .venv/bin/python benchmarks/district.py --schools 1000  # one size only
    .venv/bin/python benchmarks/district.py --keep /tmp/d   # keep (and reuse) the demo data
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import tempfile
from pathlib import Path

from _common import (
    FLOOR_SQLALCHEMY,
    ROOTS,
    env,
    latest_year,
    load_average,
    measure,
    report,
    report_floor,
)

# schools -> (district --json median target, its peak-RSS target, compare --json target)
TARGETS = {1000: (1.5, 2.0, 1.3), 5000: (2.0, None, None)}


def demo_folder(base: Path, schools: int) -> Path:
    """A data folder holding the demo district of this size (made once, kept with --keep)."""
    folder = base / f"{schools}x10"
    if not (folder / "roots.sqlite3").exists():
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [ROOTS, "demo", "--schools", str(schools), "--years", "10"],
            env=env(folder),
            check=True,
            capture_output=True,
        )
    return folder


def first_school(folder: Path) -> str:
    with sqlite3.connect(folder / "roots.sqlite3") as conn:
        (school,) = conn.execute(
            "SELECT id FROM schools WHERE deleted_at IS NULL ORDER BY name LIMIT 1"
        ).fetchone()
    conn.close()
    return str(school)


LEA = "19647330000000"


def with_lea(folder: Path) -> str:
    """One LEA holding every other school (by name) of the demo, as an imported state file
    and Change school… leave it; its CDS code (issue 19's --lea)."""
    with sqlite3.connect(folder / "roots.sqlite3") as conn:
        if conn.execute("SELECT 1 FROM leas WHERE cds_code = ?", (LEA,)).fetchone() is None:
            conn.execute(
                "INSERT INTO leas (id, cds_code, name, kind, created_at, updated_at, updated_by,"
                " row_version) VALUES ('bench-lea', ?, 'Unified', 'district',"
                " '2026-01-01', '2026-01-01', 'bench', 1)",
                (LEA,),
            )
            ids = [row[0] for row in conn.execute("SELECT id FROM schools ORDER BY name")]
            conn.executemany(
                "UPDATE schools SET lea_id = 'bench-lea' WHERE id = ?", [(i,) for i in ids[::2]]
            )
    conn.close()
    return LEA


def bench(base: Path, schools: int, runs: int) -> bool:
    folder = demo_folder(base, schools)
    environ = env(folder)
    year = latest_year(environ)
    district_target, rss_target, compare_target = TARGETS[schools]
    commands = {
        "floor": FLOOR_SQLALCHEMY,
        "district": (ROOTS, "district", "--year", year, "--json"),
    }
    if compare_target is not None:
        commands["compare"] = (ROOTS, "compare", "--school", first_school(folder), "--json")
        lea = with_lea(folder)
        commands["district --lea"] = (ROOTS, "district", "--year", year, "--lea", lea, "--json")
    figures = measure(commands, environ, runs)
    print(f"\n{schools:,} schools x 10 years, year {year}, {runs} runs ({load_average()})")
    report_floor("python -c 'import sqlalchemy.orm'", figures["floor"])
    meets = report(
        "roots district --json", figures["district"], figures["floor"], district_target, rss_target
    )
    if compare_target is not None:
        meets &= report(
            "roots compare --json", figures["compare"], figures["floor"], compare_target
        )
        meets &= report(
            "roots district --lea (half the schools) --json",
            figures["district --lea"],
            figures["floor"],
            district_target,
            rss_target,
        )
    return meets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schools", type=int, choices=sorted(TARGETS), action="append")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--keep", type=Path, help="keep the demo data here (reused next time)")
    args = parser.parse_args()
    sizes = args.schools or sorted(TARGETS)
    if args.keep:
        results = [bench(args.keep, n, args.runs) for n in sizes]
    else:
        with tempfile.TemporaryDirectory() as folder:
            results = [bench(Path(folder), n, args.runs) for n in sizes]
    print(f"\nafter: {load_average()}")
    if not all(results):
        print("Some targets were missed (see MISSES above).")


if __name__ == "__main__":
    main()
