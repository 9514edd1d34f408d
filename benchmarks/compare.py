"""Same output before and after a speed change: the comparison commands of two source trees.

Runs ``roots district`` (every year, JSON and text, English and Spanish), ``roots compare``
(a spread of schools, JSON and text) and ``roots export-table`` (.csv) with this working tree
and with another source tree of Roots, each on its own copy of the same demo data (the other
tree may not open a database this one has upgraded), and reports every output that differs
(byte for byte). Both trees run with this virtual environment; the demo is made by the other.

    git archive integ | (mkdir -p /tmp/base && tar -x -C /tmp/base)
    .venv/bin/python benchmarks/compare.py /tmp/base                   # 1,000-school demo
    .venv/bin/python benchmarks/compare.py /tmp/base --data /tmp/d/1000x10
"""

from __future__ import annotations

import argparse
import difflib
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from _common import env

HERE = Path(__file__).resolve().parent.parent
# The other tree's roots_app must win over this editable install: run from a neutral folder
# with the tree first on the path.
RUN = "import sys; from roots_app.cli import main; sys.exit(main(sys.argv[1:]))"


def run(source: Path, args: Sequence[str], environ: Mapping[str, str], cwd: Path) -> bytes:
    result = subprocess.run(
        [sys.executable, "-c", RUN, *args],
        env={**environ, "PYTHONPATH": str(source)},
        cwd=cwd,
        capture_output=True,
        check=False,
    )
    return b"exit %d\n" % result.returncode + result.stdout + result.stderr


def copy_data(source: Path, target: Path) -> None:
    """A consistent copy of a data folder's database (and its settings), for one tree."""
    target.mkdir(parents=True)
    for name in ("settings.json",):
        if (source / name).exists():
            (target / name).write_bytes((source / name).read_bytes())
    with (
        sqlite3.connect(source / "roots.sqlite3") as src,
        sqlite3.connect(target / "roots.sqlite3") as dest,
    ):
        src.backup(dest)
    src.close()
    dest.close()


def commands(database: Path, table: Path) -> list[list[str]]:
    with sqlite3.connect(database) as conn:
        years = [y for (y,) in conn.execute("SELECT DISTINCT school_year FROM assessments")]
        schools = [s for (s,) in conn.execute("SELECT id FROM schools ORDER BY name")]
    conn.close()
    years.sort()
    out: list[list[str]] = []
    for year in years:
        out.append(["district", "--year", year, "--json"])
    out.append(["--lang", "es", "district", "--year", years[-1], "--json"])
    out.append(["district", "--year", years[-1]])
    out.append(["district", "--year", "1990-91", "--json"])  # no assessments that year
    step = max(1, len(schools) // 25)
    for school in schools[::step]:
        out.append(["compare", "--school", school, "--json"])
    out.append(["--lang", "es", "compare", "--school", schools[0], "--json"])
    out.append(["compare", "--school", schools[0]])
    out.append(["compare", "--school", "no-such-school", "--json"])
    for language in ("en", "es"):
        out.append(["export-table", "--year", years[-1], "--lang", language, "-o", str(table)])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path, help="the other source tree (holds roots_app/)")
    parser.add_argument("--data", type=Path, help="a data folder with a demo district")
    args = parser.parse_args()
    before = args.before.resolve()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        data = args.data.resolve() if args.data else work / "data"
        if not (data / "roots.sqlite3").exists():
            demo = ["demo", "--schools", "1000", "--years", "10"]
            made = run(before, demo, env(data), work)
            if not made.startswith(b"exit 0"):
                sys.exit(made.decode(errors="replace"))
        trees = {before: work / "before", HERE: work / "after"}
        for folder in trees.values():
            copy_data(data, folder)
        differ = 0
        table = work / "table.csv"
        todo = commands(data / "roots.sqlite3", table)
        for command in todo:
            outputs = []
            for source, folder in trees.items():
                output = run(source, command, env(folder), work)
                if table.exists():
                    output += table.read_bytes()
                    table.unlink()
                outputs.append(output)
            if outputs[0] != outputs[1]:
                differ += 1
                print(f"DIFFERS: roots {' '.join(command)}")
                diff = difflib.unified_diff(
                    outputs[0].decode(errors="replace").splitlines(),
                    outputs[1].decode(errors="replace").splitlines(),
                    "before",
                    "after",
                    lineterm="",
                    n=1,
                )
                print("\n".join(list(diff)[:20]))
        print(f"{len(todo) - differ} of {len(todo)} outputs are identical.")
    raise SystemExit(1 if differ else 0)


if __name__ == "__main__":
    main()
