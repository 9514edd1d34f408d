"""A hard crash (Python itself dying, e.g. in Qt's C++ code) leaves its traceback in
logs/fatal.log, and the next start offers it once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from roots_app import logging_setup


def test_a_hard_crash_is_written_down_and_offered_once(tmp_path: Path) -> None:
    code = (
        "import faulthandler, pathlib, sys\n"
        "from roots_app import logging_setup\n"
        "logging_setup.enable_fatal_log(pathlib.Path(sys.argv[1]))\n"
        "faulthandler._sigsegv()\n"
    )
    crashed = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, timeout=60, check=False
    )
    assert crashed.returncode != 0
    offered = logging_setup.previous_fatal(tmp_path)
    assert offered is not None and "Fatal Python error" in offered
    assert logging_setup.previous_fatal(tmp_path) is None  # offered once
    (kept,) = (tmp_path / "logs").glob("fatal-*.log")  # and kept for support
    assert "Fatal Python error" in kept.read_text()


def test_a_clean_run_leaves_nothing_to_offer(tmp_path: Path) -> None:
    code = (
        "import pathlib, sys\n"
        "from roots_app import logging_setup\n"
        "logging_setup.enable_fatal_log(pathlib.Path(sys.argv[1]))\n"
    )
    subprocess.run([sys.executable, "-c", code, str(tmp_path)], check=True, timeout=60)
    assert logging_setup.previous_fatal(tmp_path) is None
