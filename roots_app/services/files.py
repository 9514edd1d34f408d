"""Writing the files Roots exports (PDFs, spreadsheets): all or nothing, with a clear error."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from roots_app.errors import ExportError


def write_file(path: Path, content: bytes) -> Path:
    """Write all or nothing: a temporary file in the same folder, renamed when complete."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".roots-", suffix=".part")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(content)
                out.flush()
                os.fsync(out.fileno())
            Path(temporary).replace(path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ExportError(
            f"{path} could not be written: {exc.strerror or exc}. Choose another folder or "
            "free some disk space; nothing was written.",
            path=str(path),
        ) from exc
    return path
