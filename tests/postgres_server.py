"""A throwaway PostgreSQL server for the test suite: started in a temporary folder on a loopback
port, one fresh database per test (copied from a migrated template), stopped at the end.

The server refuses to run as root; as root it runs as the ``postgres`` user (``runuser``).
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

TEMPLATE = "roots_template"


def find_binaries() -> Path | None:
    """The folder with initdb and pg_ctl: on PATH, or Debian's versioned folder."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresServer:
    def __init__(self, binaries: Path) -> None:
        self.binaries = binaries
        self.root = Path(tempfile.mkdtemp(prefix="roots-pg-"))
        self.port = _free_port()
        self.user: str | None = None
        if os.geteuid() == 0:
            self.user = "postgres"
            owner = pwd.getpwnam(self.user)
            os.chown(self.root, owner.pw_uid, owner.pw_gid)
        self.counter = itertools.count()
        self.shared = ""

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.binaries / args[0]), *args[1:]]
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)

    def start(self) -> None:
        data = self.root / "data"
        self._run(
            "initdb",
            "-D",
            str(data),
            "-U",
            "roots",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        # A test server: durability off (a crash loses nothing we need), sockets in our folder.
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            "pg_ctl", "-D", str(data), "-l", str(self.root / "log"), "-o", options, "-w", "start"
        )

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://roots@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="roots", dbname="postgres", autocommit=True
        ) as connection:
            connection.execute(sql)  # type: ignore[arg-type]

    def make_template(self) -> None:
        """A database migrated by the real migrations, copied for every test (fast)."""
        from roots_app.storage.engine import open_database

        self.execute(f"CREATE DATABASE {TEMPLATE}")
        open_database(self.url(TEMPLATE)).dispose()

    def clean_database(self) -> str:
        """The shared test database, emptied: every table truncated, the schema kept. Much
        faster than a new database per test (each is an 8 MB copy)."""
        import psycopg

        if not self.shared:
            self.shared = self.new_database()
        name = self.shared.rsplit("/", 1)[1]
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="roots", dbname=name, autocommit=True
        ) as connection:
            connection.execute("SET lock_timeout = '20s'")  # a leaked transaction fails loudly
            tables = [
                row[0]
                for row in connection.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                    "AND tablename <> 'alembic_version'"
                )
            ]
            connection.execute(f"TRUNCATE {', '.join(tables)}")  # type: ignore[arg-type]
        return self.shared

    def drop(self, url: str) -> None:
        self.execute(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]} WITH (FORCE)")

    def new_database(self, template: str = TEMPLATE) -> str:
        """A new database, a copy of ``template`` (by default: empty, migrated)."""
        name = f"test_{os.getpid()}_{next(self.counter)}"
        self.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
        return self.url(name)

    def empty_database(self) -> str:
        """Without the schema: for tests of the migrations themselves."""
        name = f"empty_{os.getpid()}_{next(self.counter)}"
        self.execute(f"CREATE DATABASE {name}")
        return self.url(name)
