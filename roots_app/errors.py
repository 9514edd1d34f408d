"""Typed errors raised by non-UI code; the UI and the CLI turn them into sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # loaded with a pack's problems only: `roots --version` loads this module
    from roots_app.domain.pack_problem import Problem, Refusal


class RootsError(Exception):
    """A problem the user can act on (as opposed to a bug).

    ``code`` names the kind of problem so the UI can pick a translated sentence; ``params``
    fills that sentence. ``str(error)`` is an English sentence for the command line and the log.
    """

    code = "error"

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message)
        self.params = params


class BadInputError(RootsError):
    """The user gave something we cannot use (a bad file, an unknown id, a malformed value)."""

    code = "bad_input"


class BadTextError(BadInputError):
    """Text with a character Roots does not keep (a control character, a lone surrogate)."""

    code = "bad_text"


class NotFoundError(BadInputError):
    """A record or file the user named does not exist."""

    code = "not_found"


class PackError(BadInputError):
    """A rubric pack file failed validation; ``problems`` lists (field path, reason) pairs,
    each with its code (domain/pack_problem.py), and ``refusal`` says why as a whole."""

    code = "bad_pack"

    def __init__(
        self,
        message: str,
        problems: list[Problem] | None = None,
        refusal: Refusal | None = None,  # None: Refusal.NOT_VALID, a pack with problems
    ) -> None:
        super().__init__(message)
        if refusal is None:
            from roots_app.domain.pack_problem import Refusal

            refusal = Refusal.NOT_VALID
        self.problems = problems or []
        self.refusal = refusal

    def __str__(self) -> str:
        lines = [self.args[0]]
        lines += [f"  {path or '(top level)'}: {reason}" for path, reason in self.problems]
        return "\n".join(lines)


class CrosswalkError(PackError):
    """A crosswalk file failed validation; ``problems`` lists (field path, reason) pairs."""

    code = "bad_crosswalk"


class StorageError(RootsError):
    """The database cannot be read or written (locked, damaged, full disk, no permission)."""

    code = "storage"


class DiskFullError(StorageError):
    """The disk (or the database's allowed size) is full: nothing was saved."""

    code = "disk_full"


class ReadOnlyError(StorageError):
    """Roots may not write to its database file or folder."""

    code = "read_only"


class ConnectionLostError(StorageError):
    """The district database's server could not be reached, or the connection dropped."""

    code = "connection_lost"


class DamagedDatabaseError(StorageError):
    """This computer's database file is damaged (failed its check, or is not a database)."""

    code = "damaged_database"


class NewerDatabaseError(StorageError):
    """The database was written by a newer Roots; we refuse to touch it."""

    code = "newer_database"


class ExportError(RootsError):
    """A file could not be written (folder not writable, disk full)."""

    code = "export"


class BundleError(BadInputError):
    """A .roots file that cannot be imported: damaged, hostile or inconsistent.

    ``reason`` is the English detail (which entry, which record, which field); the message says
    what to do. Nothing was changed when this is raised.
    """

    code = "bad_bundle"

    def __init__(self, reason: str, **params: object) -> None:
        super().__init__(
            f"This .roots file cannot be imported: {reason}. Nothing was changed; ask for the "
            "file to be exported again.",
            reason=reason,
            **params,
        )
        self.reason = reason


class StateFileError(BadInputError):
    """A file that cannot be read as the state's Priority 3 file (unknown layout, a rating out
    of range, a broken row, not text). ``reason`` is the English detail (which line, which
    column); nothing was changed when this is raised.
    """

    code = "bad_state_file"

    def __init__(self, reason: str, **params: object) -> None:
        super().__init__(
            f"This file cannot be imported as the state's Priority 3 file: {reason}. Nothing "
            "was changed.",
            reason=reason,
            **params,
        )
        self.reason = reason


class CopyError(RootsError):
    """copy-to stopped on ``cause`` and copied nothing: the target is as it was (the records
    and the state data go in one transaction). The sentence says what to do."""

    code = "copy_failed"

    def __init__(self, cause: RootsError) -> None:
        super().__init__(
            "copy-to copied nothing: the target database is as it was. What happened: "
            f"{cause} Put that right, then run copy-to again.",
            reason=str(cause),
        )
        self.cause = cause


class StaleEditError(RootsError):
    """Someone else saved this record after it was shown here; nothing was saved.

    ``current`` is the record as it is now (a domain object), for the person to compare with
    what they typed, which stays on screen.
    """

    code = "stale_edit"

    def __init__(self, message: str, current: object, **params: object) -> None:
        super().__init__(message, **params)
        self.current = current


class CancelledError(Exception):
    """The person pressed Stop on long work; nothing was written. Not a problem to report."""
