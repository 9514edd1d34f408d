"""Shared helpers: run a command several times in a fresh process and take the median."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

BIN = Path(sys.executable).parent


def env(data_dir: Path) -> dict[str, str]:
    out = dict(os.environ)
    out["ROOTS_DATA_DIR"] = str(data_dir)
    out.setdefault("QT_QPA_PLATFORM", "offscreen")
    return out


def timed(cmd: Sequence[str], environ: dict[str, str], runs: int = 9) -> float:
    """Median wall time of ``runs`` runs, after one warm-up run (file cache, .pyc files)."""
    subprocess.run(cmd, env=environ, check=True, capture_output=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, env=environ, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)
