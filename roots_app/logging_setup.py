"""Log to a rotating file in the data folder, so support can ask for one file."""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import logging.handlers
import os
import re
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from roots_app import paths

LOG_FILENAME = "roots.log"

# A password inside an address: scheme://user:PASSWORD@host, and password=... in a key/value
# connection string or a URL's query.
_URL_PASSWORD = re.compile(r"(://[^:/?#@\s]*:)[^\s'\"]*(@)")  # up to the last @: it may hold one
_KEY_PASSWORD = re.compile(r"(?i)(\bpassword\s*=\s*)('[^']*'|[^\s&;]+)")


def redact(text: str) -> str:
    """``text`` with every password in a database address replaced by ***."""
    return _KEY_PASSWORD.sub(r"\1***", _URL_PASSWORD.sub(r"\1***\2", text))


class _Redacting(logging.Formatter):
    """No log line, traceback included, ever holds a password (issue 13, item 3)."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _PrivateFile(logging.handlers.RotatingFileHandler):
    """The log, and each file it rotates to, readable by the user only (like the database)."""

    def _open(self) -> IO[Any]:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        Path(self.baseFilename).chmod(0o600)  # a file from an older Roots was made 0644
        return open(descriptor, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: PTH123


def setup(base: Path, level: int = logging.INFO) -> Path:
    """Send log records to ``<data>/logs/roots.log`` (1 MB x 5 files); returns the file."""
    target = paths.log_dir(base) / LOG_FILENAME
    root = logging.getLogger()
    for existing in [h for h in root.handlers if getattr(h, "roots_file", False)]:
        if getattr(existing, "baseFilename", None) == str(target.absolute()):
            return target  # already writing there
        # Another data folder's log (a second command run in this process, or a test): the
        # records from now on belong to this folder.
        root.removeHandler(existing)
        existing.close()
    try:
        handler: logging.Handler = _PrivateFile(
            target, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:  # read-only data folder: still run, say warnings and errors on stderr
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)  # a normal run prints nothing there
    handler.roots_file = True  # type: ignore[attr-defined]
    handler.setFormatter(_Redacting("%(asctime)s %(levelname)s %(name)s: %(message)s"))
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
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        _fatal_file = open(descriptor, "w", encoding="utf-8")  # noqa: PTH123, SIM115 - kept open
    except OSError:
        return None
    faulthandler.enable(file=_fatal_file, all_threads=True)
    return target
