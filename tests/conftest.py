"""Hermetic fixtures: every test gets its own data folder and a database built by the migrations."""

from __future__ import annotations

import logging
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from roots_app import paths
from roots_app.domain.people import Role
from roots_app.services import assessments, schools
from roots_app.services.context import Roots, open_roots
from tests.postgres_server import PostgresServer, find_binaries

REPO = Path(__file__).resolve().parent.parent

# ROOTS_NO_QT=1 (with -p no:pytest-qt, which loads Qt): PySide6 cannot be imported, here and in
# the processes tests start. CI runs the domain, storage, services, exchange and CLI tests so.
NO_QT = os.environ.get("ROOTS_NO_QT") == "1"
if NO_QT:
    _NO_QT_SITE = str(Path(__file__).resolve().parent / "no_qt")
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (_NO_QT_SITE, os.environ.get("PYTHONPATH")) if p
    )
    import tests.no_qt.sitecustomize  # noqa: F401 - installs the blocker in this process


# Tests of these run twice: on SQLite and on a real PostgreSQL server (issue 7).
BOTH_BACKENDS = ("tests/storage/", "tests/services/", "tests/exchange/", "tests/test_cli.py")
# ROOTS_TEST_POSTGRES: "require" (CI: no server is a failure), "skip", or "auto" (the default:
# run when the server binaries are here, and say loudly at the end when they are not).
POSTGRES_MODE = os.environ.get("ROOTS_TEST_POSTGRES", "auto")
_postgres_missing: list[str] = []


def pytest_addoption(parser: pytest.Parser) -> None:
    if NO_QT:  # pytest-qt is off: its settings in pyproject.toml are known here, and unused
        parser.addini("qt_api", "pytest-qt's, unused without Qt")
        parser.addini("qt_log_level_fail", "pytest-qt's, unused without Qt")
        parser.addini("qt_log_ignore", "pytest-qt's, unused without Qt", type="linelist")


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    if NO_QT and config.pluginmanager.has_plugin("pytest-qt"):
        raise pytest.UsageError("ROOTS_NO_QT=1 needs -p no:pytest-qt (pytest-qt imports Qt)")
    if NO_QT and "PySide6" in sys.modules:
        raise pytest.UsageError("ROOTS_NO_QT=1, but PySide6 was imported before the blocker")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    path = Path(metafunc.definition.path).relative_to(REPO).as_posix()
    if not path.startswith(BOTH_BACKENDS) or metafunc.definition.get_closest_marker("one_backend"):
        return
    names = set(metafunc.fixturenames)
    if path != "tests/test_cli.py" and not names & {"roots", "receiver"}:
        return  # no database of the test's own (pure checks, or it names its databases itself)
    backends = ["sqlite"] if POSTGRES_MODE == "skip" else ["sqlite", "postgresql"]
    metafunc.parametrize("backend", backends, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    binaries = find_binaries()
    if binaries is None:
        if POSTGRES_MODE == "require":
            pytest.fail("ROOTS_TEST_POSTGRES=require, but no PostgreSQL server binaries were found")
        _postgres_missing.append("no initdb/pg_ctl found")
        pytest.skip("PostgreSQL server binaries not found: the PostgreSQL half was NOT run")
    server = PostgresServer(binaries)
    server.start()
    try:
        server.make_template()
        yield server
    finally:
        server.stop()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _postgres_missing:
        terminalreporter.write_sep(
            "!",
            "PostgreSQL tests were NOT run (no server binaries): only SQLite was tested",
            red=True,
        )


@pytest.fixture(autouse=True)
def data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, backend: str, request: pytest.FixtureRequest
) -> Path:
    """A fresh data folder; the user's own folder and database are never touched.

    On the PostgreSQL backend the folder's database is a fresh one on the test server.
    """
    folder = tmp_path / "data"
    monkeypatch.setenv("ROOTS_DATA_DIR", str(folder))
    monkeypatch.delenv("ROOTS_DATABASE_URL", raising=False)
    if backend == "postgresql":
        server: PostgresServer = request.getfixturevalue("postgres")
        monkeypatch.setenv("ROOTS_DATABASE_URL", server.clean_database())
    return folder


def laptop(folder: Path, template: Path | None = None) -> Roots:
    """Another computer: its own data folder and SQLite file, whatever the test's backend.

    With ``template`` (the ``migrated_template`` fixture) a new folder starts from a copy of the
    file the migrations build, as the ``roots`` fixture's does; without it they run here.
    """
    if template is not None:
        copy_template(template, folder)
    return open_roots(folder, f"sqlite:///{folder / paths.DB_FILENAME}")


@pytest.fixture(autouse=True)
def fail_on_logged_warnings(
    caplog: pytest.LogCaptureFixture, request: pytest.FixtureRequest
) -> Iterator[None]:
    """A warning logged by Roots is a failure, unless the test is marked ``logs_warnings``."""
    caplog.set_level(logging.INFO)
    yield
    if request.node.get_closest_marker("logs_warnings"):
        return
    unexpected = [
        r
        for r in caplog.get_records("call")
        if r.levelno >= logging.WARNING and r.name.startswith("roots_app")
    ]
    if unexpected:
        pytest.fail("Unexpected log warnings: " + "; ".join(r.getMessage() for r in unexpected))


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file built by the real migrations, as open_roots builds a new one; copied
    into each test's data folder instead of migrating again (a tenth of a second or more each).

    The database holds nothing per computer (the device id is in settings.json, not copied).
    """
    folder = tmp_path_factory.mktemp("migrated")
    laptop(folder).close()
    return folder / paths.DB_FILENAME


def with_migrated_database(data_dir: Path, request: pytest.FixtureRequest) -> None:
    """Put a copy of the migrated template where open_roots looks for the test's database.

    Only into a data folder without one, on SQLite (the PostgreSQL backend has its own template).
    The tests of the migrations (tests/storage/test_migrations.py) and of opening a folder
    (a laptop() without a template, open_roots on the data folder, the command line) start
    from an empty folder.
    """
    if os.environ.get("ROOTS_DATABASE_URL") or (data_dir / paths.DB_FILENAME).exists():
        return
    copy_template(request.getfixturevalue("migrated_template"), data_dir)


def copy_template(template: Path, folder: Path) -> None:
    """A copy of the migrated template as ``folder``'s database, unless it has one."""
    target = folder / paths.DB_FILENAME
    if target.exists():
        return
    paths.data_dir(folder)  # created as Roots creates it (the user's only)
    shutil.copy(template, target)  # with the template's mode: readable by its user only


@pytest.fixture
def roots(data_dir: Path, request: pytest.FixtureRequest) -> Iterator[Roots]:
    with_migrated_database(data_dir, request)
    opened = open_roots(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def team(roots: Roots) -> tuple[str, list[str]]:
    """A school with a team of three members; returns (team id, member ids)."""
    school_id = schools.create_school(roots, "Escuela Primaria Dolores Huerta")
    team_id = schools.create_team(
        roots,
        school_id,
        "Family Action Team",
        [
            ("Ana García", Role.FAMILY),
            ("Luis Pérez", Role.TEACHER),
            ("Mei Chen", Role.ADMINISTRATOR),
        ],
    )
    return team_id, [m.id for m in schools.get_team(roots, team_id).members]


@pytest.fixture
def assessment_id(roots: Roots, team: tuple[str, list[str]]) -> str:
    team_id, members = team
    return assessments.start(roots, team_id, "cei-six-roots", "2025-26", members)
