"""Log to a rotating file in the data folder, so support can ask for one file."""

from __future__ import annotations

import logging
import logging.handlers
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
