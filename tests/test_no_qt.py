"""The ROOTS_NO_QT=1 pass (CI's second run of the core's tests): Qt cannot be imported there."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

from tests.conftest import NO_QT

pytestmark = pytest.mark.skipif(not NO_QT, reason="only in the ROOTS_NO_QT=1 pass")


def test_pyside6_cannot_be_imported_here() -> None:
    with pytest.raises(ModuleNotFoundError, match="ROOTS_NO_QT"):
        importlib.import_module("PySide6.QtCore")
    assert not [name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6")]


def test_nor_in_the_processes_tests_start() -> None:
    result = subprocess.run(
        [sys.executable, "-c", "import PySide6.QtCore"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert "blocked (ROOTS_NO_QT=1)" in result.stderr
