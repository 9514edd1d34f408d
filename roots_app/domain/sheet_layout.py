"""Where everything sits on a paper rating sheet: one geometry for printing and for reading.

The printer (reports) draws a sheet from these boxes and the scan reader (exchange) looks for
marks in the same boxes, so the two can never disagree about where a level's box is. All
measures are PDF points (1/72 inch) with the origin at the page's top-left corner and y growing
downwards, as in an image; the printer turns them round for ReportLab.

A page's machine-readable code (``SheetCode``) names the assessment, the sheet and the page, so
a stack of scanned pages can come back in any order, from several assessments, upside down.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

# Page sizes in points, portrait (the vocabulary's page-size choices).
PAGE_POINTS: dict[str, tuple[float, float]] = {"letter": (612.0, 792.0), "a4": (595.28, 841.89)}

CORNER_INSET = 24.0  # from the paper's edge to a corner mark: copiers lose the outer 5 mm
CORNER_SIZE = 14.0  # a filled black square in each corner, for alignment
MARGIN = 50.0  # content starts inside the corner marks
QR_SIZE = 84.0  # the code's square, top right (version 5 at 37 modules: ~2.3 pt a module)
HEADER_HEIGHT = 104.0  # title, name line, role boxes; the same on every page so rows line up
FOOTER_HEIGHT = 20.0  # "Sheet 4 of 30 · page 1 of 2"

ROW_TITLE = 19.0  # "3. Root title", on two lines when long or in both languages
ROW_GAP = 2.0
BOX_SIZE = 18.0  # one box per level: big enough for a tick at 150 dpi (37 px)
LABEL_HEIGHT = 18.0  # the level's name under its box, up to two short lines
EVIDENCE_HEIGHT = 28.0  # two lines for evidence, in the person's hand
ROW_SPACING = 8.0
ROW_HEIGHT = ROW_TITLE + ROW_GAP + BOX_SIZE + LABEL_HEIGHT + EVIDENCE_HEIGHT + ROW_SPACING

ROLE_BOX = 10.0  # blank sheets: a small box before each role's name

CODE_PREFIX = "ROOTS1"  # the payload's format; a page with another prefix is not a Roots sheet
RATING_PAGE = "r"  # a page with boxes to mark
GUIDE_PAGE = "g"  # a companion page with the level descriptors (nothing to read)


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle in points: left, top, width, height (y grows downwards)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)


@dataclass(frozen=True, slots=True)
class SheetCode:
    """What a page's QR code says: which assessment, sheet and page it is.

    ``member_id`` is set on a sheet printed for a named member and ``None`` on a blank sheet
    (whose person writes a name and ticks a role). ``pack_version`` is the rubric version the
    sheet was printed for: a sheet read against another version is refused.
    """

    assessment_id: str
    member_id: str | None
    sheet_no: int
    sheets: int
    page_no: int
    pages: int
    pack_version: str
    kind: str = RATING_PAGE

    def encode(self) -> str:
        """A short text for the QR code (UUIDs in base64, ~75 bytes: a version 5 code)."""
        member = _short_id(self.member_id) if self.member_id else "-"
        return "|".join(
            (
                CODE_PREFIX,
                _short_id(self.assessment_id),
                member,
                f"{self.sheet_no}/{self.sheets}",
                f"{self.page_no}/{self.pages}",
                self.kind,
                self.pack_version,
            )
        )

    @classmethod
    def decode(cls, text: str) -> SheetCode:
        """Reads a code's text; ``ValueError`` for anything that is not a Roots sheet's code."""
        parts = text.strip().split("|")
        if len(parts) != 7 or parts[0] != CODE_PREFIX:
            raise ValueError("not a Roots sheet code")
        _, assessment, member, sheet, page, kind, version = parts
        sheet_no, sheets = _fraction(sheet)
        page_no, pages = _fraction(page)
        if kind not in (RATING_PAGE, GUIDE_PAGE) or not version:
            raise ValueError("not a Roots sheet code")
        return cls(
            assessment_id=_long_id(assessment),
            member_id=None if member == "-" else _long_id(member),
            sheet_no=sheet_no,
            sheets=sheets,
            page_no=page_no,
            pages=pages,
            pack_version=version,
            kind=kind,
        )


@dataclass(frozen=True, slots=True)
class LevelBox:
    value: int  # the level this box stands for
    box: Box  # where a mark goes
    label: Box  # where the level's name is printed, under the box


@dataclass(frozen=True, slots=True)
class RowLayout:
    """One category: its title line, one box per level (lowest left), its evidence lines."""

    category_key: str
    number: int  # 1-based, in the pack's order
    title: Box
    levels: tuple[LevelBox, ...]
    evidence: Box


@dataclass(frozen=True, slots=True)
class PageLayout:
    page_no: int  # 1-based
    pages: int
    width: float
    height: float
    corners: tuple[Box, Box, Box, Box]  # top-left, top-right, bottom-left, bottom-right
    qr: Box
    title: Box  # the pack's title, the school, team and year
    name: Box  # the member's name, or a line to write one
    roles: tuple[tuple[str, Box], ...]  # blank sheets, first page: a box per role
    rows: tuple[RowLayout, ...]
    footer: Box  # the sheet and page in words


def rows_per_page(page_size: str) -> int:
    _, height = PAGE_POINTS[page_size]
    usable = height - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT
    return int(usable // ROW_HEIGHT)


def layout_sheet(
    category_keys: Sequence[str],
    level_values: Sequence[int],
    page_size: str,
    *,
    roles: Sequence[str] = (),
) -> tuple[PageLayout, ...]:
    """The pages of one sheet: the categories in the pack's order, as many per page as fit.

    ``roles`` (the role keys, in the order to print) is given for blank sheets only: their
    first page carries a box per role. ``level_values`` run from the lowest level to the
    highest, which is also left to right on paper.
    """
    if page_size not in PAGE_POINTS:
        raise ValueError(f"unknown page size {page_size!r}")
    if not category_keys or not level_values:
        raise ValueError("a sheet needs at least one category and one level")
    width, height = PAGE_POINTS[page_size]
    per_page = rows_per_page(page_size)
    chunks = [category_keys[i : i + per_page] for i in range(0, len(category_keys), per_page)]
    pages = len(chunks)
    content_w = width - 2 * MARGIN
    corners = (
        Box(CORNER_INSET, CORNER_INSET, CORNER_SIZE, CORNER_SIZE),
        Box(width - CORNER_INSET - CORNER_SIZE, CORNER_INSET, CORNER_SIZE, CORNER_SIZE),
        Box(CORNER_INSET, height - CORNER_INSET - CORNER_SIZE, CORNER_SIZE, CORNER_SIZE),
        Box(
            width - CORNER_INSET - CORNER_SIZE,
            height - CORNER_INSET - CORNER_SIZE,
            CORNER_SIZE,
            CORNER_SIZE,
        ),
    )
    qr = Box(width - MARGIN - QR_SIZE, MARGIN, QR_SIZE, QR_SIZE)
    text_w = content_w - QR_SIZE - 12
    title = Box(MARGIN, MARGIN, text_w, 30)
    name = Box(MARGIN, MARGIN + 34, text_w, 18)
    footer = Box(MARGIN, height - MARGIN - FOOTER_HEIGHT + 6, content_w, FOOTER_HEIGHT - 6)
    column = content_w / len(level_values)

    result = []
    number = 0
    for index, keys in enumerate(chunks):
        top = MARGIN + HEADER_HEIGHT
        rows = []
        for key in keys:
            number += 1
            box_top = top + ROW_TITLE + ROW_GAP
            levels = tuple(
                LevelBox(
                    value=value,
                    box=Box(
                        MARGIN + column * i + (column - BOX_SIZE) / 2, box_top, BOX_SIZE, BOX_SIZE
                    ),
                    label=Box(MARGIN + column * i + 2, box_top + BOX_SIZE + 1, column - 4, 17),
                )
                for i, value in enumerate(level_values)
            )
            evidence_top = box_top + BOX_SIZE + LABEL_HEIGHT
            rows.append(
                RowLayout(
                    category_key=key,
                    number=number,
                    title=Box(MARGIN, top, content_w, ROW_TITLE),
                    levels=levels,
                    evidence=Box(MARGIN, evidence_top, content_w, EVIDENCE_HEIGHT),
                )
            )
            top += ROW_HEIGHT
        role_boxes = _role_boxes(roles, content_w) if index == 0 else ()
        result.append(
            PageLayout(
                page_no=index + 1,
                pages=pages,
                width=width,
                height=height,
                corners=corners,
                qr=qr,
                title=title,
                name=name,
                roles=role_boxes,
                rows=tuple(rows),
                footer=footer,
            )
        )
    return tuple(result)


def _role_boxes(roles: Sequence[str], content_w: float) -> tuple[tuple[str, Box], ...]:
    """Role boxes in up to two lines under the name line, left of the code."""
    if not roles:
        return ()
    per_line = (len(roles) + 1) // 2
    step = (content_w - QR_SIZE - 12) / per_line
    boxes = []
    for i, role in enumerate(roles):
        line, col = divmod(i, per_line)
        boxes.append((role, Box(MARGIN + col * step, MARGIN + 60 + line * 20, ROLE_BOX, ROLE_BOX)))
    return tuple(boxes)


def _short_id(value: str) -> str:
    try:
        raw = uuid.UUID(value).bytes
    except ValueError:
        return value  # not a UUID (a test's or an import's own id): carried as it is
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _long_id(text: str) -> str:
    if len(text) == 22:
        try:
            return str(uuid.UUID(bytes=base64.urlsafe_b64decode(text + "==")))
        except (ValueError, TypeError):
            pass
    if not text or "|" in text:
        raise ValueError("not a Roots sheet code")
    return text


def _fraction(text: str) -> tuple[int, int]:
    number, _, total = text.partition("/")
    try:
        n, t = int(number), int(total)
    except ValueError:
        raise ValueError("not a Roots sheet code") from None
    if not 1 <= n <= t:
        raise ValueError("not a Roots sheet code")
    return n, t
