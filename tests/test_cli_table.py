"""The command line as a table (issue 15): one row per command, its service imported only when
it runs, every database it opened closed when it ends."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from roots_app import cli


def test_the_parser_and_version_import_no_service_and_no_sqlalchemy() -> None:
    code = (
        "import sys\n"
        "from roots_app import cli\n"
        "cli.build_parser()\n"
        "try:\n"
        "    cli.main(['--version'])\n"
        "except SystemExit as done:\n"
        "    assert done.code == 0\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'PySide6',"
        " 'reportlab', 'openpyxl') or m.startswith(('roots_app.services', 'roots_app.storage')))\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("roots ")


def test_every_row_is_a_command_with_its_own_handler() -> None:
    parser = cli.build_parser()
    names = [c.name for c in cli.COMMANDS]
    assert len(names) == len(set(names))
    for command in cli.COMMANDS:
        args = parser.parse_args([*command.name.split(), *_required(command.name)])
        assert args.handler is command.run, command.name
        assert hasattr(args, "json") == command.json, command.name


def _required(name: str) -> list[str]:
    """The fewest arguments each command accepts, so parsing it reaches its row."""
    return {
        "rubric validate": ["pack.json"],
        "rubric import": ["pack.json"],
        "crosswalk export": ["crosswalk.json"],
        "crosswalk import": ["crosswalk.json"],
        "show": ["A"],
        "plan-pdf": ["A", "-o", "x.pdf"],
        "plans-pdf": ["--year", "2025-26", "-o", "out"],
        "plan-actions": ["A", "-o", "x.csv"],
        "sheets": ["A", "-o", "x.pdf"],
        "read-sheets": ["A", "scan.pdf"],
        "compare": ["--school", "S"],
        "district": ["--year", "2025-26"],
        "export-table": ["--year", "2025-26", "-o", "x.csv"],
        "export-bundle": ["-o", "x.roots"],
        "import-bundle": ["x.roots"],
        "copy-to": ["sqlite:///x.db"],
        "backup": ["-o", "x.db"],
        "restore": ["x.db"],
        "import-state": ["Pr32024.txt"],
        "state": ["--lea", "19647330000000"],
        "export-state": ["--lea", "19647330000000", "-o", "x.csv"],
        "link-school": ["S", "--no-lea"],
        "state-draft": ["--lea", "19647330000000", "--text", "-"],
    }.get(name, [])


def test_copy_to_closes_both_databases_when_it_ends(tmp_path: Path) -> None:
    """Both the source and the target are released, so each file can be moved at once."""
    source, target = tmp_path / "here", tmp_path / "there.db"
    assert cli.main(["--data-dir", str(source), "demo", "--schools", "1", "--years", "1"]) == 0
    url = f"sqlite:///{target}"
    assert cli.main(["--data-dir", str(source), "copy-to", url, "--json"]) == 0
    # SQLite removes its -wal file when the last connection closes: one left was never closed.
    assert not list(tmp_path.glob("**/*-wal")), list(tmp_path.glob("**/*-wal"))
