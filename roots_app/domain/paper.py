"""What one paper rating sheet says, and what saving it did.

The scan reader, the typing-in screen and the command line all hand a ``PaperSheet`` to
``services.sheets.save_sheet`` and get a ``SheetSaved`` back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

# What a row of a scanned sheet says: one level clearly marked, something a person must settle,
# or no mark. The scan reader writes them; the review screen reads them without loading it.
CLEAR, UNCLEAR, NONE = "clear", "unclear", "none"


@dataclass(frozen=True, slots=True)
class PaperSheet:
    """One sheet's marks.

    ``member_id`` is set for a sheet printed with a member's name. A blank sheet has it None
    and carries the ``name`` written on it (None: not read; the participant is then called
    "Paper sheet N" until someone renames them) and the ``role`` ticked (a role key of
    ``domain.people.Role``). ``levels`` maps each category key to the level marked, or None
    for no mark (nothing is saved for it). ``evidence`` holds the scan of a category's evidence
    lines as PNG bytes. ``sheet_no`` is the number printed on the sheet ("Sheet 4 of 30").
    """

    member_id: str | None
    name: str | None
    role: str | None
    levels: Mapping[str, int | None]
    evidence: Mapping[str, bytes] = field(default_factory=dict)
    sheet_no: int | None = None


@dataclass(frozen=True, slots=True)
class PaperConflict:
    """A category whose saved level differs from the sheet's: left as saved unless
    ``overwrite`` was asked for."""

    category_key: str
    saved: int
    sheet: int


@dataclass(frozen=True, slots=True)
class SheetSaved:
    """What saving one sheet did."""

    member_id: str  # whose ratings they are (a blank sheet's new or matched participant)
    new_member: bool  # a blank sheet seen for the first time: a participant joined the team
    saved: tuple[str, ...]  # category keys whose level was saved (new or overwritten)
    unchanged: tuple[str, ...]  # the sheet says what is saved already
    conflicts: tuple[PaperConflict, ...]  # differ from what is saved; see ``overwritten``
    overwritten: bool = False  # the conflicts were replaced by the sheet's levels
    evidence_saved: tuple[str, ...] = ()  # category keys whose evidence scan was stored

    @property
    def changed(self) -> bool:
        return bool(self.new_member or self.saved or self.evidence_saved)


@dataclass(frozen=True, slots=True)
class PaperRating:
    """What a saved sheet said for one member's category, for showing it (team view, PDF).

    ``level`` is the level marked (None: no mark, only writing); ``sheet_no`` the number
    printed on the sheet, when it had one; ``handwriting`` whether a scan of the evidence
    lines is kept (``services.sheets.handwriting`` gives it).
    """

    member_id: str
    category_key: str
    level: int | None
    sheet_no: int | None
    handwriting: bool

    def is_source_of(self, level: int | None) -> bool:
        """The rating's level (as saved now) is the one this sheet marked: it came from paper.

        A level changed on the laptop afterwards is not paper's any more.
        """
        return self.level is not None and self.level == level
