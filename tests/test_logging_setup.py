"""The log file: private to its user, and never a password in it (issue 13, item 3)."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest

from roots_app import logging_setup

ADDRESS = "postgresql+psycopg://coordinator:s3cr:et@db.district.example:5432/roots"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level = root.level
    target = logging_setup.setup(tmp_path)
    handler = next(  # this folder's (a command run in this process may have left its own)
        h
        for h in root.handlers
        if getattr(h, "roots_file", False) and Path(h.baseFilename) == Path(target)
    )
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    handler.maxBytes = 2_000  # rotate within the test
    try:
        yield target
    finally:
        root.removeHandler(handler)
        handler.close()
        root.setLevel(level)


@pytest.mark.logs_warnings
def test_no_log_line_or_traceback_holds_a_password(log_file: Path) -> None:
    log = logging.getLogger("roots_app.test")
    for n in range(30):
        log.info("Opening %s (try %d)", ADDRESS, n)
    try:
        raise ValueError(f"could not use {ADDRESS}; also host=db password=hunter2 user=x")
    except ValueError:
        log.exception("Unexpected error in roots %s", ["--db", ADDRESS, "schools"])
    written = sorted(log_file.parent.glob("roots.log*"))
    assert len(written) > 1  # rotated: every file counts
    text = "".join(p.read_text(encoding="utf-8") for p in written)
    assert "coordinator:***@db.district.example" in text
    assert "s3cr" not in text and "hunter2" not in text
    for each in written:
        assert each.stat().st_mode & 0o777 == 0o600, each


def test_redact_leaves_addresses_without_a_password_alone() -> None:
    plain = "sqlite:////home/ana/roots.sqlite3 and postgresql+psycopg://ana@server/roots"
    assert logging_setup.redact(plain) == plain
