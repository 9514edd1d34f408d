"""Desktop start to first painted window, against a bare PySide6 window + sqlalchemy.orm.

Target (DESIGN.md section 10): within 1.5x of the baseline (median), on an empty data folder
and on a 1,000-school x 10-year district with 10 backups: with the backups in the OS cache,
with them out of it (evicted before every run with posix_fadvise), and on the first start of a
day (the day's backup is due: it runs after the first paint, in the background).

The cases and the baseline run in interleaved rounds, so a busy machine slows them alike; each
line gives the median and the worst run and their ratios to the baseline's median and worst.
Also printed: how many backup files a start opens (none, whatever the number of backups).

    .venv/bin/python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from _common import BIN, env, run_once

from roots_app.services import backups as roots_backups
from roots_app.services.context import open_roots

BASELINE = """
import sqlalchemy.orm
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("hello"))
class Quit(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
window.installEventFilter(Quit(window))
window.show()
app.exec()
"""

# roots-app --startup-check with an audit hook: which files under backups/ the start opens.
OPENS = """
import os, sys
folder = os.path.join(os.environ["ROOTS_DATA_DIR"], "backups")
opened = set()
def hook(event, args):
    if event in ("open", "sqlite3.connect") and args and folder in str(args[0]):
        opened.add(str(args[0]))
sys.addaudithook(hook)
from roots_app.ui.launch import main
code = main(["--startup-check"])
print("backup files opened:", len(opened))
sys.exit(code)
"""

BACKUPS = 10


def _environ(data: Path) -> dict[str, str]:
    out = env(data)
    # As installed: Python keeps the compiled modules (a development shell may forbid it).
    out.pop("PYTHONDONTWRITEBYTECODE", None)
    return out


def _evict(folder: Path) -> None:
    """Drop the backups' pages from the OS cache (posix_fadvise: no privileges needed)."""
    for path in folder.iterdir():
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fdatasync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def _not_backed_up_today(folder: Path, aside: Path) -> None:
    """Today's backup moved aside: the next start is the day's first (put back after it)."""
    today = datetime.now().strftime("%Y%m%d")
    for path in folder.glob(f"roots-{today}-*-daily.sqlite3*"):
        path.rename(aside / path.name)


def _settings(data: Path, **values: str) -> None:
    path = data / "settings.json"
    chosen = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    chosen.update(values)
    path.write_text(json.dumps(chosen), encoding="utf-8")


def _run(cmd: list[str], environ: dict[str, str]) -> tuple[float, float]:
    """Wall time and the process's own CPU time (user + system: steadier on a busy machine)."""
    seconds, _, cpu = run_once(cmd, environ)
    return seconds, cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app = [str(BIN / "roots-app"), "--startup-check"]
    with tempfile.TemporaryDirectory() as folder:
        empty, district = Path(folder) / "empty", Path(folder) / "district"
        empty.mkdir()
        district.mkdir()
        environ = _environ(district)
        subprocess.run(
            [str(BIN / "roots"), "demo", "--schools", "1000", "--years", "10"],
            env=environ,
            check=True,
            capture_output=True,
        )
        _settings(district, language="es")
        backups = district / "backups"
        backups.mkdir(exist_ok=True)
        for path in backups.iterdir():
            path.unlink()
        # Ten earlier days' backups of the whole district (copies, as an older Roots made them).
        yesterday = datetime.now() - timedelta(days=1)
        for day in range(BACKUPS):
            stamp = (yesterday - timedelta(days=day)).strftime("%Y%m%d-080000")
            with sqlite3.connect(district / "roots.sqlite3") as live:
                target = sqlite3.connect(backups / f"roots-{stamp}-daily.sqlite3")
                live.backup(target)
                target.close()
            live.close()
        with sqlite3.connect(district / "roots.sqlite3") as conn:
            (last,) = conn.execute(
                "SELECT id FROM assessments ORDER BY school_year DESC LIMIT 1"
            ).fetchone()
        conn.close()
        reopen = Path(folder) / "reopen"
        shutil.copytree(district, reopen, ignore=shutil.ignore_patterns("backups"))
        _settings(reopen, last_assessment_id=last)

        def nothing() -> None:
            pass

        baseline = [sys.executable, "-c", BASELINE]
        cases: dict[str, tuple[list[str], dict[str, str], Callable[[], None]]] = {
            "baseline (bare PySide6 window + import sqlalchemy.orm)": (
                baseline,
                _environ(empty),
                nothing,
            ),
            "empty data folder (welcome page)": (app, _environ(empty), nothing),
            f"1,000 schools x 10 years, {BACKUPS} backups in the OS cache, Home": (
                app,
                environ,
                nothing,
            ),
            f"same, {BACKUPS} backups NOT in the OS cache": (
                app,
                environ,
                lambda: _evict(backups),
            ),
            "same, first start of the day (daily backup due)": (
                app,
                environ,
                lambda: _not_backed_up_today(backups, Path(folder) / "aside"),
            ),
            "1,000 x 10, reopening the last assessment": (app, _environ(reopen), nothing),
        }
        # Today's backup, so that the other cases start as a day's later starts do.
        for data in (district, reopen, empty):
            roots = open_roots(data)
            roots_backups.take(roots, "daily")
            roots.close()
        # Warm-up: the empty folder's database is created and compiled modules are written.
        for cmd, environ_, _ in cases.values():
            subprocess.run(cmd, env=environ_, check=True, capture_output=True)
        times: dict[str, list[float]] = {name: [] for name in cases}
        cpus: dict[str, list[float]] = {name: [] for name in cases}
        aside = Path(folder) / "aside"
        aside.mkdir()
        for _ in range(args.runs):
            for name, (cmd, environ_, before) in cases.items():
                before()
                seconds, cpu = _run(cmd, environ_)
                times[name].append(seconds)
                cpus[name].append(cpu)
                for path in aside.iterdir():  # today's backup back, for the other cases
                    path.rename(backups / path.name)
        _evict(backups)
        opens = subprocess.run(
            [sys.executable, "-c", OPENS],
            env=environ,
            check=True,
            capture_output=True,
            text=True,
            cwd=folder,  # roots_app as installed (or from PYTHONPATH), not from this folder
        ).stdout.strip()
    load = os.getloadavg()
    print(f"load average during the run: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    first = next(iter(cases))
    base, base_cpu = times[first], statistics.median(cpus[first])
    base_median, base_worst = statistics.median(base), max(base)
    for name, measured in times.items():
        median, worst = statistics.median(measured), max(measured)
        cpu = statistics.median(cpus[name])
        line = f"{name}: median {median:.3f} s, worst {worst:.3f} s, CPU {cpu:.3f} s"
        if measured is not base:
            ratio = median / base_median
            verdict = "meets" if ratio <= 1.5 else "MISSES"
            line += (
                f" = {ratio:.2f}x median, {worst / base_worst:.2f}x worst, "
                f"{cpu / base_cpu:.2f}x CPU ({verdict} the 1.5x target)"
            )
        print(line)
    print(f"start with {BACKUPS} backups evicted from the OS cache: {opens.splitlines()[-1]}")


if __name__ == "__main__":
    main()
