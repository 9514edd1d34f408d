"""The README's quick start is what CI runs, and its two steps do not step on each other."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _quick_start() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1]
    block = section.split("```bash", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.strip() and not line.startswith("#")]


def test_the_app_and_the_tests_install_into_separate_environments() -> None:
    """Step 2 made its venv where step 1 had made the app's, and reinstalled over it."""
    app, tests = _quick_start()
    venvs = [re.search(r"python3 -m venv (\S+)", line) for line in (app, tests)]
    assert venvs[0] and venvs[1]
    app_venv, test_venv = venvs[0].group(1), venvs[1].group(1)
    assert app_venv != test_venv
    assert f"{test_venv}/" not in app and f"{app_venv}/" not in tests
    ignored = (REPO / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert f"{app_venv}/" in ignored and f"{test_venv}/" in ignored


def test_ci_runs_the_readme_test_command_exactly_and_lints_from_its_environment() -> None:
    _, tests = _quick_start()
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert tests in ci
    test_venv = re.search(r"python3 -m venv (\S+)", tests).group(1)  # type: ignore[union-attr]
    ruff = [line for line in ci if "ruff " in line and not line.startswith("#")]
    assert ruff and all(line.startswith(f"{test_venv}/bin/ruff ") for line in ruff)
