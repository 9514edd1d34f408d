"""``roots district --json`` on the 1,000-school demo district: PostgreSQL against SQLite.

Target (issue 7): on PostgreSQL within 1.5x of the SQLite figure. Starts a throwaway PostgreSQL
server (as the test suite does; needs initdb and pg_ctl) on a loopback port, and stops it. Both
run interleaved with the floor (``python -c "import sqlalchemy.orm"``), on the latest year.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import (
    FLOOR_SQLALCHEMY,
    ROOTS,
    env,
    latest_year,
    load_average,
    measure,
    report,
    report_floor,
)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.postgres_server import PostgresServer, find_binaries


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
            backends = {"SQLite": [], "PostgreSQL": ["--db", url]}
            for name, options in backends.items():
                start = time.perf_counter()
                subprocess.run(
                    [ROOTS, *options, "demo", "--schools", "1000", "--years", "10"],
                    env=environ,
                    check=True,
                    capture_output=True,
                )
                print(f"{name}: demo district written in {time.perf_counter() - start:.1f} s")
            year = latest_year(environ)
            commands = {"floor": FLOOR_SQLALCHEMY}
            for name, options in backends.items():
                commands[name] = (ROOTS, *options, "district", "--year", year, "--json")
            figures = measure(commands, environ)
    finally:
        server.stop()
    print(f"year {year} ({load_average()})")
    report_floor("python -c 'import sqlalchemy.orm'", figures["floor"])
    report("roots district --json, SQLite", figures["SQLite"], figures["floor"], 1.5, 2.0)
    report("roots district --json, PostgreSQL", figures["PostgreSQL"], figures["floor"], 1.5)
    ratio = figures["PostgreSQL"].median / figures["SQLite"].median
    print(
        f"PostgreSQL against SQLite: {ratio:.2f}x "
        f"({'meets' if ratio <= 1.5 else 'MISSES'} the 1.5x target)"
    )


if __name__ == "__main__":
    main()
