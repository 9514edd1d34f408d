"""Log to a rotating file in the data folder, so support can ask for one file."""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import logging.handlers
from datetime import datetime
from pathlib import Path

from roots_app import paths

LOG_FILENAME = "roots.log"


def setup(base: Path, level: int = logging.INFO) -> Path:
    """Send log records to ``<data>/logs/roots.log`` (1 MB x 5 files); returns the file."""
    target = paths.log_dir(base) / LOG_FILENAME
    root = logging.getLogger()
    if any(getattr(h, "roots_file", False) for h in root.handlers):
        return target
    try:
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:  # read-only data folder: still run, log to stderr instead
        handler = logging.StreamHandler()
    handler.roots_file = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return target


FATAL_FILENAME = "fatal.log"
_fatal_file = None  # kept open for the whole run: faulthandler writes to it when Python dies


def previous_fatal(base: Path) -> str | None:
    """What a hard crash (Python itself dying) wrote last time, if anything; the file is then
    renamed (kept for support) so it is offered once."""
    target = paths.log_dir(base) / FATAL_FILENAME
    try:
        text = target.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return None
    if not text:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    with contextlib.suppress(OSError):
        target.replace(target.with_name(f"fatal-{stamp}.log"))
    return text


def enable_fatal_log(base: Path) -> Path | None:
    """Have Python write a traceback to ``logs/fatal.log`` if it crashes hard (a crash in Qt's
    C++ code, a segmentation fault), so the next start can offer it."""
    global _fatal_file
    target = paths.log_dir(base) / FATAL_FILENAME
    try:
        _fatal_file = target.open("w", encoding="utf-8")
    except OSError:
        return None
    faulthandler.enable(file=_fatal_file, all_threads=True)
    return target
