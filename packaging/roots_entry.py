"""The frozen bundle's one entry point: ``roots`` is the command line, anything else the app.

One executable serves both names (on Linux ``roots`` is a link to ``roots-app``), so the bundle
carries its Python modules once.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    # Linux: `roots` is a link, so the name it was called by (argv[0]) decides. Windows has two
    # executables (roots.exe for the console, roots-app.exe without one): the file's own name.
    called = sys.executable if sys.platform == "win32" else sys.argv[0]
    if Path(called).stem == "roots":
        from roots_app.cli import main as run
    else:
        from roots_app.ui.launch import main as run
    return int(run() or 0)


if __name__ == "__main__":
    sys.exit(main())
