"""Hermetic fixtures: every test gets its own data folder and a database built by the migrations."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from roots_app.domain.people import Role
from roots_app.services import assessments, schools
from roots_app.services.context import Roots, open_roots

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder; the user's own folder and database are never touched."""
    folder = tmp_path / "data"
    monkeypatch.setenv("ROOTS_DATA_DIR", str(folder))
    monkeypatch.delenv("ROOTS_DATABASE_URL", raising=False)
    return folder


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


@pytest.fixture
def roots(data_dir: Path) -> Iterator[Roots]:
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
