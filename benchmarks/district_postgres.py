"""``roots district --json`` on the 1,000-school demo district: PostgreSQL against SQLite.

Target (issue 7): on PostgreSQL within 1.5x of the SQLite figure. Starts a throwaway PostgreSQL
server (as the test suite does; needs initdb and pg_ctl) on a loopback port, and stops it.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import BIN, env, timed

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.postgres_server import PostgresServer, find_binaries

ROOTS = str(BIN / "roots")


def main() -> None:
    binaries = find_binaries()
    if binaries is None:
        sys.exit("No PostgreSQL server programs (initdb, pg_ctl) here: nothing measured.")
    server = PostgresServer(binaries)
    server.start()
    try:
        server.execute("CREATE DATABASE district")
        url = server.url("district")
        with tempfile.TemporaryDirectory() as folder:
            environ = env(Path(folder))
            figures = {}
            for name, options in (("SQLite", []), ("PostgreSQL", ["--db", url])):
                start = time.perf_counter()
                subprocess.run(
                    [ROOTS, *options, "demo", "--schools", "1000", "--years", "10"],
                    env=environ,
                    check=True,
                    capture_output=True,
                )
                print(f"{name}: demo district written in {time.perf_counter() - start:.1f} s")
                figures[name] = timed(
                    [ROOTS, *options, "district", "--year", "2024-25", "--json"], environ
                )
    finally:
        server.stop()
    ratio = figures["PostgreSQL"] / figures["SQLite"]
    print(f"roots district --json, SQLite: {figures['SQLite']:.3f} s")
    print(
        f"roots district --json, PostgreSQL: {figures['PostgreSQL']:.3f} s = {ratio:.2f}x "
        f"({'meets' if ratio <= 1.5 else 'MISSES'} the 1.5x target)"
    )


if __name__ == "__main__":
    main()
