"""The layering of DESIGN.md section 3, checked by import-linter's contracts in pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_import_contracts_are_kept() -> None:
    tool = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert tool, "import-linter is a test dependency; install with .[test]"
    result = subprocess.run(
        [tool], cwd=REPO, capture_output=True, text=True, check=False, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def _contract(name: str) -> dict[str, object]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    return next(c for c in contracts if c["name"] == name)


def test_only_storage_uses_sqlalchemy_and_only_the_ui_uses_qt() -> None:
    """Issue 15: services and reports hold no SQLAlchemy; reports and logging hold no Qt."""
    sql = _contract("Only storage uses SQLAlchemy and Alembic")["source_modules"]
    assert {"roots_app.services", "roots_app.reports"} <= set(sql)  # type: ignore[arg-type]
    qt = _contract("Only the UI uses Qt")["source_modules"]
    assert {"roots_app.reports", "roots_app.logging_setup"} <= set(qt)  # type: ignore[arg-type]


def test_only_reports_uses_python_docx() -> None:
    """Issue 19: the narrative draft's Word document is written in reports/ only."""
    docx = _contract("Only reports uses python-docx")
    assert docx["forbidden_modules"] == ["docx"]
    assert {"roots_app.ui", "roots_app.services", "roots_app.domain", "roots_app.cli"} <= set(
        docx["source_modules"]  # type: ignore[arg-type]
    )
