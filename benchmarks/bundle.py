""".roots exchange: a school's 10 years, and the whole 1,000-school sample district.

Targets (issue 6): importing one school's 10 years (1 team, 10 members, 6 categories) within
1.5x of ``roots --version``. Issue 14, the whole 1,000-school district, each beside its floor in
the same run (median, worst, CPU and peak memory): export <= 3x ``sqlite3 DB .dump`` and the
same size twice; import into an empty database <= 5x loading that dump with ``sqlite3``;
re-import of the same file <= 5 s with no backup taken. Needs the ``sqlite3`` shell.

    python benchmarks/bundle.py              # both
    python benchmarks/bundle.py --school     # only the quick one
    python benchmarks/bundle.py --district [--schools 1000] [--runs 3] [--keep DIR] [--export]

``--export``: the export alone (not the imports).
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

from _common import BIN, env, load_average, measure, report, report_floor, run_once, timed

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


def _option(name: str, default: str) -> str:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def _sqlite3() -> str:
    found = shutil.which("sqlite3")
    if found is None:
        sys.exit("the floors need the sqlite3 command-line shell (apt-get install sqlite3)")
    return found


def _backups(data: Path) -> int:
    return len(list((data / "backups").glob("*.sqlite3")))


def district(work: Path) -> None:
    """Export, import into an empty database and re-import of the whole sample district,
    each beside its floor: ``sqlite3 DB .dump`` and loading that dump with ``sqlite3``.

    Targets (issue 14): export <= 3x the dump, the same size twice; import <= 5x loading the
    dump; re-import <= 5 s and no backup. ``--schools N`` (1000) and ``--runs N`` (3) to change
    the size; ``--keep DIR`` keeps the district in DIR and reuses it; ``--export`` stops after
    the export.
    """
    schools, runs = int(_option("--schools", "1000")), int(_option("--runs", "3"))
    sqlite = _sqlite3()
    keep = Path(_option("--keep", str(work)))
    source = keep / f"district-{schools}"
    if not (source / "roots.sqlite3").exists():
        seconds, _ = run(["demo", "--schools", str(schools), "--years", "10"], source)
        print(f"demo district of {schools} schools made in {seconds:.1f} s")
    database = source / "roots.sqlite3"
    dump = work / "dump.sql"
    with dump.open("w") as out:
        subprocess.run([sqlite, str(database), ".dump"], stdout=out, check=True)
    bundle, again = work / "district.roots", work / "again.roots"
    # Exported from a copy whose records were never sent (so a kept district's first export
    # is a first export again): the first notes every record as sent and keeps its line.
    exported_from = work / "exported"
    shutil.copytree(source, exported_from)
    subprocess.run([ROOTS, "schools"], env=env(exported_from), check=True, capture_output=True)
    copy = exported_from / "roots.sqlite3"
    subprocess.run(
        [sqlite, str(copy), "DELETE FROM exchange_sent; DELETE FROM exchange_state; VACUUM"],
        check=True,
    )
    before = copy.stat().st_size
    first_wall, first_rss, first_cpu = run_once(
        [ROOTS, "export-bundle", "--all", "-o", str(bundle)], env(exported_from)
    )
    sizes = [bundle.stat().st_size]
    subprocess.run(
        [ROOTS, "export-bundle", "--all", "-o", str(again)],
        env=env(exported_from),
        check=True,
        capture_output=True,
    )
    sizes.append(again.stat().st_size)
    kept = subprocess.run(
        [sqlite, str(copy), "SELECT sum(length(lines)) FROM exchange_sent"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    print(load_average())
    print(
        f"first export: {first_wall:.1f} s, CPU {first_cpu:.1f} s, "
        f"peak RSS {first_rss / 2**20:.0f} MB; "
        f"file {sizes[0] / 1e6:.2f} MB, a second export {sizes[1] / 1e6:.2f} MB "
        f"({'the same size' if abs(sizes[0] - sizes[1]) < 64 else 'GROWS'}); database "
        f"{before / 1e6:.0f} MB before, {copy.stat().st_size / 1e6:.0f} MB after "
        f"(the records' histories and the kept lines, {int(kept or 0) / 1e6:.1f} MB of them)"
    )
    # The floor dumps the same data without the lines kept (a cache: dumping it too would
    # only make the floor slower).
    floor = work / "floor.sqlite3"
    subprocess.run([sqlite, str(copy), f"VACUUM INTO '{floor}'"], check=True)
    subprocess.run([sqlite, str(floor), "DROP TABLE exchange_sent; VACUUM"], check=True)
    exported = measure(
        {
            "floor": [sqlite, str(floor), ".dump"],
            "export": [ROOTS, "export-bundle", "--all", "-o", str(bundle)],
        },
        env(exported_from),
        runs,
    )
    report_floor("sqlite3 .dump", exported["floor"])
    report("export-bundle --all", exported["export"], exported["floor"], 3.0)
    print(load_average())
    if "--export" in sys.argv:
        return

    empty = empty_database(work / "empty")
    target, loaded = work / "target", work / "loaded.sqlite3"
    shell = "/bin/sh"
    imported = measure(
        {
            "floor": [shell, "-c", f'rm -f "{loaded}" && exec {sqlite} "{loaded}" < "{dump}"'],
            "import": [
                shell,
                "-c",
                f'rm -rf "{target}" && cp -r "{empty}" "{target}" && '
                f'ROOTS_DATA_DIR="{target}" exec {ROOTS} import-bundle "{bundle}"',
            ],
        },
        env(target),
        runs,
    )
    report_floor("sqlite3 loading the dump", imported["floor"])
    report("import-bundle into an empty database", imported["import"], imported["floor"], 5.0)

    before = _backups(target)
    reimported = measure(
        {
            "floor": [shell, "-c", f'rm -f "{loaded}" && exec {sqlite} "{loaded}" < "{dump}"'],
            "re-import": [ROOTS, "import-bundle", str(bundle)],
        },
        env(target),
        runs,
    )
    figures, floor = reimported["re-import"], reimported["floor"]
    report_floor("sqlite3 loading the dump", floor)
    taken = _backups(target) - before
    verdict = "meets" if figures.worst <= 5 and taken == 0 else "MISSES"
    print(
        f"import-bundle again (no change): median {figures.median:.2f} s = "
        f"{figures.median / floor.median:.2f}x the floor, worst {figures.worst:.2f} s, "
        f"CPU {figures.median_cpu:.2f} s, peak RSS {figures.peak_rss / 2**20:.1f} MB; "
        f"{taken} backup(s) taken ({verdict} the target: 5 s at worst, no backup)"
    )
    print(load_average())


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        if "--district" not in sys.argv:
            school(Path(folder))
        if "--school" not in sys.argv:
            district(Path(folder))


if __name__ == "__main__":
    main()
