"""``roots import-state`` of a 2,300-row state Priority 3 file (issue 19): within 5 s.

The file: 2,300 synthetic LEAs in the 2025 layout (pipes, Windows-1252), every row with its
twelve ratings and nine narratives of about 700 characters (curly quotes, accents), some
9 MB, as large as the state's real files or larger. Three rows, each against the floor
(the interpreter and the ORM) in the same run:

- a first import (``--dry-run`` on an empty database: every LEA and result written, then
  rolled back, so each run finds the database empty again);
- the same file again on a database that holds it (all unchanged);
- a reissued file that changes every row (``--dry-run``: all updated).
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import FLOOR_SQLALCHEMY, ROOTS, env, load_average, measure, report, report_floor

REPO = Path(__file__).resolve().parent.parent
ROWS = 2_300
TARGET_SECONDS = 5.0
WORDS = (
    "Las familias participan en “Café con la directora” y en las noches de matemáticas; "
    "the LEA’s parent centers – open after school – offer training in families’ languages. "
)


def make_file(path: Path, change: int = 0) -> None:
    """The 2,300-row file; ``change`` shifts every rating (a reissued file)."""
    sys.path.insert(0, str(REPO))
    from tests.exchange.state_files import result, write

    rng = random.Random(2025)
    rows = []
    for n in range(ROWS):
        county = 1 + n % 58
        cds = f"{county:02d}{60000 + n:05d}0000000"
        levels = [(rng.randint(1, 5) + change - 1) % 5 + 1 for _ in range(12)]
        narrative = (WORDS * 4)[: rng.randint(500, 900)]
        rows.append(result(cds, f"Unified School District {n}", 2025, levels, narrative))
    write(path, 2025, rows)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        first, reissued = base / "Pr32025.txt", base / "Pr32025-reissued.txt"
        make_file(first)
        make_file(reissued, change=1)
        print(f"{ROWS} rows, {first.stat().st_size / 2**20:.1f} MB (Windows-1252, pipes)")
        empty, holding = env(base / "empty"), env(base / "holding")
        subprocess.run([ROOTS, "schools"], env=empty, check=True, capture_output=True)
        subprocess.run(
            [ROOTS, "import-state", str(first)], env=holding, check=True, capture_output=True
        )
        commands = {
            "floor": FLOOR_SQLALCHEMY,
            "first": [ROOTS, "import-state", str(first), "--dry-run"],
        }
        figures = measure(commands, empty, runs=5)
        again = measure(
            {
                "floor": FLOOR_SQLALCHEMY,
                "again": [ROOTS, "import-state", str(first)],
                "reissued": [ROOTS, "import-state", str(reissued), "--dry-run"],
            },
            holding,
            runs=5,
        )
        floor = figures["floor"]
        report_floor("python -c 'import sqlalchemy.orm'", floor)
        target = round(TARGET_SECONDS / floor.median, 1)
        report("first import (2,300 new)", figures["first"], floor, target)
        floor = again["floor"]
        report_floor("python -c 'import sqlalchemy.orm', second round", floor)
        target = round(TARGET_SECONDS / floor.median, 1)
        report("the same file again (2,300 unchanged)", again["again"], floor, target)
        report("a reissued file (2,300 updated)", again["reissued"], floor, target)
        print(f"target: {TARGET_SECONDS} s wall, as a ratio to the floor of its round")
        print(load_average())


if __name__ == "__main__":
    main()
