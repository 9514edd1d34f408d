"""Start-up of the bundled app against the same version run from its virtual environment.

Issue 16: the bundle starts no slower than the venv. Both run ``roots-app --startup-check``
(offscreen, in Spanish, on an empty data folder) in interleaved rounds with a bare PySide6
window as the floor (benchmarks/_common.py); the bundle's row is given against the venv's.
Build the bundle first (``packaging/build.py --bundle-only``), then from the repository root:

    .venv/bin/python packaging/measure_startup.py [--runs N] [--bundle dist/roots]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from _common import BIN, env, load_average, measure, report, report_floor  # noqa: E402
from startup import BASELINE  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "roots")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        (data / "settings.json").write_text('{"language": "es"}\n', encoding="utf-8")
        environ = env(data)
        environ.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: .pyc files are kept
        figures = measure(
            {
                "floor": (sys.executable, "-c", BASELINE),
                "venv": (str(BIN / "roots-app"), "--startup-check"),
                "bundle": (str(args.bundle / "roots-app"), "--startup-check"),
            },
            environ,
            runs=args.runs,
        )
    print(load_average())
    report_floor("a bare PySide6 window + sqlalchemy.orm", figures["floor"])
    report("venv", figures["venv"], figures["floor"], target=1.5)
    report("bundle", figures["bundle"], figures["floor"], target=1.5)
    report("bundle against the venv", figures["bundle"], figures["venv"], target=1.0)


if __name__ == "__main__":
    main()
