"""``roots district --json`` and ``roots compare --json`` on the 1,000-school demo district.

Target (DESIGN.md section 10, issue 5): each within 1.5x of ``python -c "import sqlalchemy.orm"``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import BIN, env, timed


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        environ = env(Path(folder))
        roots = str(BIN / "roots")
        subprocess.run(
            [roots, "demo", "--schools", "1000", "--years", "10"],
            env=environ,
            check=True,
            capture_output=True,
        )
        schools = json.loads(
            subprocess.run(
                [roots, "schools", "--json"],
                env=environ,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        )
        baseline = timed([sys.executable, "-c", "import sqlalchemy.orm"], environ)
        year = "2024-25"
        district = timed([roots, "district", "--year", year, "--json"], environ)
        compare = timed([roots, "compare", "--school", schools[0]["id"], "--json"], environ)
    print(f"baseline (python -c 'import sqlalchemy.orm'): {baseline:.3f} s")
    for name, seconds in (("roots district --json", district), ("roots compare --json", compare)):
        ratio = seconds / baseline
        print(
            f"{name}, 1,000 schools x 10 years: {seconds:.3f} s = {ratio:.2f}x "
            f"({'meets' if ratio <= 1.5 else 'MISSES'} the 1.5x target)"
        )


if __name__ == "__main__":
    main()
