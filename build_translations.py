"""Hatch build hook: compile the Qt Linguist sources (i18n/*.ts) to .qm files for the wheel.

The .qm files are build output, never committed; PySide6 ships the lrelease tool that makes them.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def lrelease_path() -> Path:
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError(f"PySide6's lrelease was not found in {folder}")


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        # The .qm files land beside their sources in i18n/; pyproject's force-include of that
        # folder puts them in the wheel (adding them here as well would add them twice).
        root = Path(self.root)
        for source in sorted((root / "i18n").glob("*.ts")):
            target = source.with_suffix(".qm")
            subprocess.run(
                [str(lrelease_path()), "-silent", str(source), "-qm", str(target)], check=True
            )
