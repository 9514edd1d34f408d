"""``roots demo --schools 1000 --years 10``: members' ratings written per second.

Target (DESIGN.md section 10): at least 80,000 ratings per second, counting the members' own
ratings (the teams' agreed levels are written too, and counted apart). Each run is a fresh
process on a fresh, migrated database; the rate is given over wall time and over the process's
CPU time (the machine may be shared), with median and worst of the runs. The floor beside it:
the sqlite3 module alone writing the same rows (already made, already converted) with the same
settings (the rollback journal of roots demo's large write), in one transaction, without the
role totals' per-rating trigger (roots demo sets it aside too, and adds the totals it counted).
"""

from __future__ import annotations

import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import BIN, env

RUNS = 3
TARGET = 80_000

# Run in a child process by main(): time the sqlite3 module alone on the demo's rows.
FLOOR = """
import sqlite3, sys, time
from roots_app.domain import demo_district, school_year
from roots_app.domain.ids import utcnow
from roots_app.services import demo, rubrics
from roots_app.services.context import open_roots
from roots_app.storage.models import Base

roots = open_roots(sys.argv[1])
pack, _ = rubrics.find(roots, demo.DEMO_PACK)
with roots.transaction() as session:
    pack_row = rubrics.snapshot(session, pack, _)
roots.close()
year = school_year.previous(school_year.current())
rows = demo_district.generate(pack, pack_row.id, 1000, 10, 2025, year, "device", utcnow())
prepared = []
for name in demo.TABLE_ORDER:
    table = rows.tables[name]
    columns = [*table.columns, *table.fixed]
    shared = tuple(
        str(v) if hasattr(v, "tzinfo") else int(v) if isinstance(v, bool) else v
        for v in table.fixed.values()
    )
    sql = f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    prepared.append((sql, [row + shared for row in table.rows]))
db = sqlite3.connect(f"{sys.argv[1]}/roots.sqlite3", isolation_level=None)
# The settings of roots demo's connection during a large write (Database.large_write).
for pragma in ("foreign_keys=ON", "journal_mode=DELETE", "synchronous=FULL", "cache_size=-65536"):
    db.execute(f"PRAGMA {pragma}")
start, cpu = time.perf_counter(), time.process_time()
db.execute("BEGIN")
# As roots demo does: the role totals' insert trigger stands aside while the rows go in.
db.execute("DROP TRIGGER IF EXISTS role_totals_rating_added")
for sql, params in prepared:
    db.executemany(sql, params)
db.execute("COMMIT")
db.close()
print(time.perf_counter() - start, time.process_time() - cpu)
"""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_demo() -> tuple[float, float, int, int]:
    """One ``roots demo`` on a fresh database: wall s, CPU s, ratings, agreed levels."""
    with tempfile.TemporaryDirectory() as folder:
        environ = env(Path(folder))
        subprocess.run(
            [str(BIN / "roots"), "schools"], env=environ, check=True, capture_output=True
        )  # create and migrate the database first
        cpu = _children_cpu()
        start = time.perf_counter()
        result = subprocess.run(
            [str(BIN / "roots"), "demo", "--schools", "1000", "--years", "10"],
            env=environ,
            check=True,
            capture_output=True,
            text=True,
        )
        seconds = time.perf_counter() - start
        cpu = _children_cpu() - cpu
    match = re.search(r"(\d+) ratings and (\d+) agreed levels", result.stdout)
    assert match, result.stdout
    return seconds, cpu, int(match.group(1)), int(match.group(2))


def run_floor() -> tuple[float, float]:
    """The sqlite3 module alone writing the same rows: wall s, CPU s."""
    with tempfile.TemporaryDirectory() as folder:
        environ = env(Path(folder))
        subprocess.run(
            [str(BIN / "roots"), "schools"], env=environ, check=True, capture_output=True
        )
        result = subprocess.run(
            [sys.executable, "-c", FLOOR, folder],
            env=environ,
            check=True,
            capture_output=True,
            text=True,
        )
    wall, cpu = result.stdout.split()
    return float(wall), float(cpu)


def main() -> None:
    demo_runs, floor_runs = [], []
    for _ in range(RUNS):  # interleaved, so both see the same load
        demo_runs.append(run_demo())
        floor_runs.append(run_floor())
    ratings, agreed = demo_runs[0][2], demo_runs[0][3]
    print(f"{ratings:,} members' ratings (and {agreed:,} agreed levels, counted apart)")
    for label, index in (("wall", 0), ("CPU", 1)):
        demo_s = [r[index] for r in demo_runs]
        floor_s = [r[index] for r in floor_runs]
        median, worst = statistics.median(demo_s), max(demo_s)
        verdict = "meets" if ratings / worst >= TARGET else "MISSES"
        print(
            f"{label:>4}: roots demo median {median:.2f} s = {ratings / median:,.0f} ratings/s, "
            f"worst {worst:.2f} s = {ratings / worst:,.0f}/s ({verdict} {TARGET:,}/s); "
            f"sqlite3 floor median {statistics.median(floor_s):.2f} s, worst {max(floor_s):.2f} "
            f"s; ratio {median / statistics.median(floor_s):.2f}x"
        )
    print(f"load average {os.getloadavg()[0]:.2f} over {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
