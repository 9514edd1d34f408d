"""Shared helpers: run commands in fresh processes, side by side with their floor.

The machine is shared, so a figure alone says little: ``measure`` runs the floor and the
measured commands interleaved, round after round, in one run, and each report gives the ratio
to the floor measured in that same run (median and worst), with the peak memory (max RSS) of
each process beside it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

BIN = Path(sys.executable).parent
ROOTS = str(BIN / "roots")

# The floor of the command line: the interpreter plus the ORM, which every command loads.
FLOOR_SQLALCHEMY = (sys.executable, "-c", "import sqlalchemy.orm")


def env(data_dir: Path) -> dict[str, str]:
    out = dict(os.environ)
    out["ROOTS_DATA_DIR"] = str(data_dir)
    # The warm-up round writes Roots' .pyc files, as an installed Roots has them: with this set
    # (some shells and CI images set it), every run compiled Roots' own modules again, 0.15-0.3 s
    # that the floors (site-packages, compiled at install) never pay.
    out.pop("PYTHONDONTWRITEBYTECODE", None)
    out.setdefault("QT_QPA_PLATFORM", "offscreen")
    return out


@dataclass(frozen=True)
class Figures:
    """Wall times (seconds), peak memory (bytes) and CPU times of several runs of one command."""

    times: tuple[float, ...]
    rss: tuple[int, ...]
    cpu: tuple[float, ...] = ()  # user + system seconds: steadier than wall time under load

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def worst(self) -> float:
        return max(self.times)

    @property
    def peak_rss(self) -> int:
        return max(self.rss)

    @property
    def median_cpu(self) -> float:
        return statistics.median(self.cpu)


def run_once(cmd: Sequence[str], environ: Mapping[str, str]) -> tuple[float, int, float]:
    """One run: wall time, the child's own peak RSS (from os.wait4, not a shared maximum) and
    its CPU time.

    Output goes to /dev/null (as to a file: the parent does not read it during the run); a
    failing command stops the benchmark with its error text.
    """
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        child = subprocess.Popen(
            list(cmd), env=dict(environ), stdout=subprocess.DEVNULL, stderr=errors
        )
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        if child.returncode != 0:
            errors.seek(0)
            text = errors.read().decode(errors="replace")
            sys.exit(f"{' '.join(cmd)} failed ({child.returncode}):\n{text}")
    return elapsed, usage.ru_maxrss * 1024, usage.ru_utime + usage.ru_stime  # RSS in KiB


def measure(
    commands: Mapping[str, Sequence[str]], environ: Mapping[str, str], runs: int = 9
) -> dict[str, Figures]:
    """Every command ``runs`` times, interleaved round by round, after one warm-up round.

    The warm-up fills the file cache and writes .pyc files; interleaving puts the floor and
    the measured commands under the same load, and the order turns each round so that no
    command always runs right after another.
    """
    names = list(commands)
    for name in names:
        run_once(commands[name], environ)
    times: dict[str, list[float]] = {name: [] for name in names}
    rss: dict[str, list[int]] = {name: [] for name in names}
    cpu: dict[str, list[float]] = {name: [] for name in names}
    for round_ in range(runs):
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            seconds, peak, used = run_once(commands[name], environ)
            times[name].append(seconds)
            rss[name].append(peak)
            cpu[name].append(used)
    return {name: Figures(tuple(times[name]), tuple(rss[name]), tuple(cpu[name])) for name in names}


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f} on {os.cpu_count()} CPUs"


def report(
    name: str,
    figures: Figures,
    floor: Figures,
    target: float,
    rss_target: float | None = None,
) -> bool:
    """Print one row: median and worst against the floor's, and peak RSS; True if it meets."""
    ratio = figures.median / floor.median
    worst = figures.worst / floor.worst
    memory = figures.peak_rss / floor.peak_rss
    cpu = figures.median_cpu / floor.median_cpu
    meets = ratio <= target and (rss_target is None or memory <= rss_target)
    verdict = "meets" if meets else "MISSES"
    rss_goal = f", RSS target {rss_target}x" if rss_target is not None else ""
    print(
        f"{name}: median {figures.median:.3f} s = {ratio:.2f}x, worst {figures.worst:.3f} s = "
        f"{worst:.2f}x, peak RSS {figures.peak_rss / 2**20:.1f} MB = {memory:.2f}x, "
        f"CPU {figures.median_cpu:.3f} s = {cpu:.2f}x ({verdict} the {target}x target{rss_goal})"
    )
    return meets


def report_floor(name: str, floor: Figures) -> None:
    print(
        f"floor ({name}): median {floor.median:.3f} s, worst {floor.worst:.3f} s, "
        f"peak RSS {floor.peak_rss / 2**20:.1f} MB, CPU {floor.median_cpu:.3f} s"
    )


def latest_year(environ: Mapping[str, str], options: Sequence[str] = ()) -> str:
    """The newest school year with an assessment (the demo ends at last year, whatever today).

    Straight from the SQLite file when there is one; otherwise (a server) through
    ``roots assessments --json``.
    """
    database = Path(environ["ROOTS_DATA_DIR"]) / "roots.sqlite3"
    if not options and database.exists():
        with sqlite3.connect(database) as conn:
            (year,) = conn.execute(
                "SELECT max(school_year) FROM assessments WHERE deleted_at IS NULL"
            ).fetchone()
        conn.close()
        return str(year)
    listing = subprocess.run(
        [ROOTS, *options, "assessments", "--json"],
        env=dict(environ),
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return max(a["school_year"] for a in json.loads(listing))


def timed(cmd: Sequence[str], environ: dict[str, str], runs: int = 9) -> float:
    """Median wall time of ``runs`` runs, after one warm-up run (file cache, .pyc files).

    Kept for the scripts that report a single figure; prefer ``measure`` with a floor.
    """
    return measure({"cmd": cmd}, environ, runs)["cmd"].median
