"""``roots import-state`` of a 2,300-row state Priority 3 file (issue 19): within 5 s.

The file: 2,300 synthetic LEAs in the newest layout (2025: pipes, Windows-1252), every row
with its twelve ratings and nine narratives of about 700 characters (curly quotes, accents),
as large as the state's real files or larger. Each row against the floor (the interpreter and
the ORM) measured in the same run, and, since the issue's promise is a time ("within 5 s on
this machine"), also as seconds: median and worst, wall and CPU, with the load average.

- the preview (``--dry-run`` on an empty database: every LEA and result written, then rolled
  back), which the app runs before it imports;
- a first import, committed, into a fresh copy of an empty database each run (the copy is
  made by the measured process before it becomes ``roots``: a few milliseconds, counted);
- the same file again on a database that holds it (all unchanged: nothing written);
- a reissued file that changes every row, committed, into a fresh copy of that database.
"""

from __future__ import annotations

import random
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from _common import (
    FLOOR_SQLALCHEMY,
    ROOTS,
    Figures,
    env,
    load_average,
    measure,
    report,
    report_floor,
)

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


def in_a_copy(data: Path, command: Sequence[str]) -> list[str]:
    """``command`` run on a fresh copy of the data folder ``data`` (rebuilt every run, so
    each run commits into the same database), as one process that becomes ``roots``."""
    copy = data.with_name(data.name + "-copy")
    quoted = " ".join(shlex.quote(part) for part in command)
    script = f"rm -rf {shlex.quote(str(copy))} && cp -a {shlex.quote(str(data))} "
    script += f"{shlex.quote(str(copy))} && ROOTS_DATA_DIR={shlex.quote(str(copy))} exec {quoted}"
    return ["sh", "-c", script]


def seconds(name: str, figures: Figures) -> bool:
    """The row in seconds against the 5 s target: wall median and worst, CPU median and worst."""
    meets = figures.worst <= TARGET_SECONDS
    print(
        f"{name}: wall median {figures.median:.2f} s, worst {figures.worst:.2f} s; "
        f"CPU median {figures.median_cpu:.2f} s, worst {max(figures.cpu):.2f} s "
        f"({'meets' if meets else 'MISSES'} {TARGET_SECONDS:g} s, worst wall)"
    )
    return meets


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        first, reissued = base / "Pr32025.txt", base / "Pr32025-reissued.txt"
        make_file(first)
        make_file(reissued, change=1)
        print(f"{ROWS} rows, {first.stat().st_size / 2**20:.1f} MB (2025 layout, Windows-1252)")
        empty_dir, holding_dir = base / "empty", base / "holding"
        empty, holding = env(empty_dir), env(holding_dir)
        subprocess.run([ROOTS, "schools"], env=empty, check=True, capture_output=True)
        subprocess.run(
            [ROOTS, "import-state", str(first)], env=holding, check=True, capture_output=True
        )
        rounds = [
            (
                empty,
                {
                    "preview (2,300 new, rolled back)": [
                        ROOTS,
                        "import-state",
                        str(first),
                        "--dry-run",
                    ],
                    "first import (2,300 new, committed)": in_a_copy(
                        empty_dir, [ROOTS, "import-state", str(first)]
                    ),
                },
            ),
            (
                holding,
                {
                    "the same file again (2,300 unchanged)": [ROOTS, "import-state", str(first)],
                    "a reissued file (2,300 updated, committed)": in_a_copy(
                        holding_dir, [ROOTS, "import-state", str(reissued)]
                    ),
                },
            ),
        ]
        results = []
        for environ, commands in rounds:
            figures = measure({"floor": FLOOR_SQLALCHEMY, **commands}, environ, runs=5)
            results.append((commands, figures))
        every = True
        for number, (commands, figures) in enumerate(results, 1):
            floor = figures["floor"]
            report_floor(f"python -c 'import sqlalchemy.orm', round {number}", floor)
            target = round(TARGET_SECONDS / floor.median, 1)
            for name in commands:
                report(name, figures[name], floor, target)
        print(f"In seconds (the target: {TARGET_SECONDS:g} s on this machine):")
        for commands, figures in results:
            for name in commands:
                every = seconds(name, figures[name]) and every
        print("every row meets 5 s" if every else "a row MISSES 5 s")
        print(load_average())


if __name__ == "__main__":
    main()
