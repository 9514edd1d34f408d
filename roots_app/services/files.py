"""Writing the files Roots exports (PDFs, spreadsheets, .roots files): all or nothing."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from roots_app.errors import BadInputError, ExportError


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary file next to ``path`` to write; it becomes ``path`` only if the block ends well.

    A failure (including a full disk or a folder that cannot be written) leaves no partial file
    behind and raises ExportError with a sentence for the user. ``path`` must be a regular file
    or a new path: a device, pipe or folder there would otherwise be replaced by the file.
    """
    refuse_unless_file(path)
    folder = path.parent
    _refuse_unless_folder(folder)
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
        refuse_unless_file(path)  # again: it may have appeared while the file was being made
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


_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISFIFO, "a pipe"),
    (stat.S_ISSOCK, "a socket"),
)


def refuse_unless_file(path: Path) -> None:
    """Raise ExportError unless ``path`` is a regular file (or a link to one) or does not exist."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # a new path (or one that cannot be looked at: writing it gives the sentence)
    if stat.S_ISREG(mode):
        return
    kind = next((name for is_kind, name in _KINDS if is_kind(mode)), "a special file")
    raise ExportError(
        f"{path} is {kind}, not a file. Choose a file name to save to; nothing was written.",
        path=str(path),
    )


def _refuse_unless_folder(folder: Path) -> None:
    """``plans-pdf -o`` names a folder: a pipe or device there is refused like a file's."""
    try:
        mode = folder.stat().st_mode
    except OSError:
        return  # made by atomic_path, or its error says why it cannot be
    if stat.S_ISDIR(mode) or stat.S_ISREG(mode):
        return  # a file where the folder should be: making the folder fails with a sentence
    kind = next((name for is_kind, name in _KINDS if is_kind(mode)), "a special file")
    raise ExportError(
        f"{folder} is {kind}, not a folder. Choose a folder to save to; nothing was written.",
        path=str(folder),
    )


def _export_error(path: Path, exc: OSError) -> ExportError:
    return ExportError(
        f"{path} could not be written: {exc.strerror or exc}. Choose another folder or "
        "free some disk space; nothing was written.",
        path=str(path),
    )


def save_table(path: Path, sheet: str, rows: Callable[[], list[list[str]]]) -> Path:
    """Write a table (``rows`` makes it, once the ending is known to be right) as .csv or
    .xlsx, chosen by the file's ending: the District, Progress and State report exports."""
    from roots_app.exchange import comparison_table

    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise BadInputError("Save the table as a .csv or .xlsx file.", path=str(path))
    table = rows()
    if suffix == ".csv":
        return write_file(path, comparison_table.to_csv(table))
    return write_file(path, comparison_table.to_xlsx(table, sheet=sheet))
