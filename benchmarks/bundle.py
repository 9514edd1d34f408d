""".roots exchange: a school's 10 years, and the whole 1,000-school sample district.

Targets (issue 6): importing one school's 10 years (1 team, 10 members, 6 categories) within
1.5x of ``roots --version``; exporting and importing the whole district works, with bounded
memory (peak resident memory is reported for each command).

    python benchmarks/bundle.py            # both
    python benchmarks/bundle.py --school   # only the quick one
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import BIN, env, timed

ROOTS = str(BIN / "roots")


# ``roots`` run in a process that reports its own peak resident memory on the last stderr line.
MEASURED = (
    "import resource, sys\n"
    "from roots_app.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def run(args: list[str], data: Path) -> tuple[float, float]:
    """Seconds and peak memory (MB) of one ``roots`` command in a fresh process."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", MEASURED, *args],
        env=env(data),
        check=True,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - start
    return seconds, int(done.stderr.split()[-1]) / 1024


def empty_database(folder: Path) -> Path:
    """A migrated, empty data folder to copy for each run (migrating is not importing)."""
    subprocess.run([ROOTS, "schools"], env=env(folder), check=True, capture_output=True)
    return folder


def school(work: Path) -> None:
    source = work / "source"
    subprocess.run(
        [ROOTS, "demo", "--schools", "1", "--years", "10", "--seed", "3"],
        env=env(source),
        check=True,
        capture_output=True,
    )
    found = json.loads(
        subprocess.run(
            [ROOTS, "schools", "--json"], env=env(source), check=True, capture_output=True
        ).stdout
    )
    members = len(found[0]["teams"][0]["members"])
    bundle = work / "school.roots"
    run(["export-bundle", "--school", found[0]["id"], "-o", str(bundle)], source)
    template = empty_database(work / "template")
    times = []
    for n in range(10):
        target = work / f"target-{n}"
        shutil.copytree(template, target)
        seconds, _ = run(["import-bundle", str(bundle)], target)
        times.append(seconds)
    first = statistics.median(times[1:])
    again = timed([ROOTS, "import-bundle", str(bundle)], env(work / "target-0"))
    version = timed([ROOTS, "--version"], env(work / "target-0"))
    print(f"roots --version: {version:.3f} s")
    for name, seconds in (("first import", first), ("re-import (no change)", again)):
        ratio = seconds / version
        print(
            f"import-bundle, 1 school x 10 years ({members} members), {name}: {seconds:.3f} s "
            f"= {ratio:.2f}x ({'meets' if ratio <= 1.5 else 'MISSES'} the 1.5x target)"
        )


def district(work: Path) -> None:
    source = work / "district"
    seconds, _ = run(["demo", "--schools", "1000", "--years", "10"], source)
    print(f"demo district made in {seconds:.1f} s")
    bundle = work / "district.roots"
    seconds, peak = run(["export-bundle", "--all", "-o", str(bundle)], source)
    size = bundle.stat().st_size / 1e6
    print(
        f"export-bundle --all, 1,000 schools x 10 years: {seconds:.1f} s, {size:.0f} MB file, "
        f"peak memory {peak:.0f} MB"
    )
    target = empty_database(work / "target")
    seconds, peak = run(["import-bundle", str(bundle)], target)
    print(f"import-bundle into an empty database: {seconds:.1f} s, peak memory {peak:.0f} MB")
    seconds, peak = run(["import-bundle", str(bundle)], target)
    print(f"import-bundle again (no change): {seconds:.1f} s, peak memory {peak:.0f} MB")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        school(Path(folder))
        if "--school" not in sys.argv:
            district(Path(folder))


if __name__ == "__main__":
    main()
