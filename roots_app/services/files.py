"""Writing the files Roots exports (PDFs, spreadsheets, .roots files): all or nothing."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from roots_app.errors import ExportError


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary file next to ``path`` to write; it becomes ``path`` only if the block ends well.

    A failure (including a full disk or a folder that cannot be written) leaves no partial file
    behind and raises ExportError with a sentence for the user.
    """
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=folder, prefix=".roots-", suffix=".part")
        os.close(handle)
    except OSError as exc:
        raise _export_error(path, exc) from exc
    temporary = Path(name)
    try:
        yield temporary
        with temporary.open("rb+") as done:
            os.fsync(done.fileno())
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise _export_error(path, exc) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_file(path: Path, content: bytes) -> Path:
    """Write all or nothing: a temporary file in the same folder, renamed when complete."""
    with (
        atomic_path(path) as temporary,
        os.fdopen(os.open(temporary, os.O_WRONLY | os.O_TRUNC), "wb") as out,
    ):
        out.write(content)
    return path


def _export_error(path: Path, exc: OSError) -> ExportError:
    return ExportError(
        f"{path} could not be written: {exc.strerror or exc}. Choose another folder or "
        "free some disk space; nothing was written.",
        path=str(path),
    )
