"""ROOTS_NO_QT=1: PySide6 cannot be imported, to prove that the core runs without Qt.

``tests/conftest.py`` installs the blocker in the test process and puts this folder first on
``PYTHONPATH``, so that Python runs this file at start-up in every process a test starts (the
``roots`` command line, crash-safety workers) and they cannot import Qt either.
"""

from __future__ import annotations

import importlib.abc
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

BLOCKED = ("PySide6", "shiboken6")


class NoQt(importlib.abc.MetaPathFinder):
    """Refuses Qt's modules before any other finder looks for them."""

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        if fullname.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"{fullname} is blocked (ROOTS_NO_QT=1)", name=fullname)
        return None


def install() -> None:
    if not any(type(finder).__name__ == "NoQt" for finder in sys.meta_path):
        sys.meta_path.insert(0, NoQt())


install()
