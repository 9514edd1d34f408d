"""``roots demo --schools 1000 --years 10``: ratings written per second.

Target (DESIGN.md section 10): at least 50,000 ratings per second.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
import time
from pathlib import Path

from _common import BIN, env


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        environ = env(Path(folder))
        subprocess.run(
            [str(BIN / "roots"), "schools"], env=environ, check=True, capture_output=True
        )  # create and migrate the database first
        start = time.perf_counter()
        result = subprocess.run(
            [str(BIN / "roots"), "demo", "--schools", "1000", "--years", "10"],
            env=environ,
            check=True,
            capture_output=True,
            text=True,
        )
        seconds = time.perf_counter() - start
        size = (Path(folder) / "roots.sqlite3").stat().st_size
    # The target counts every rating written: the members' and the teams' agreed levels.
    match = re.search(r"(\d+) ratings and (\d+) agreed levels", result.stdout)
    assert match, result.stdout
    ratings = int(match.group(1)) + int(match.group(2))
    rate = ratings / seconds
    verdict = "meets" if rate >= 50_000 else "MISSES"
    print(result.stdout.strip())
    print(
        f"{ratings:,} ratings in {seconds:.2f} s = {rate:,.0f} ratings/s "
        f"({verdict} the 50,000/s target); database {size / 1e6:.0f} MB"
    )


if __name__ == "__main__":
    main()
