"""Paper rating sheets: a set of pages per person, drawn exactly on ``domain.sheet_layout``.

Each sheet is its rating pages (a row per category, a box per level, lines for evidence) and
then its own companion guide with the level descriptors. The guide goes after every set, not
once per stack: each person rates with their own sheet and guide in hand (a stapled set), so
nobody rates blind while the one guide goes round the room. Every page, the guide's too,
carries the corner marks, a QR code naming the assessment, sheet and page, and the same in
words in the footer, so a scanned stack can come back in any order.

The scan reader looks for marks inside the layout's boxes: the boxes are drawn there and only
there, with a thin dark outline and nothing inside them.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from roots_app.domain import vocabulary
from roots_app.domain.assessment import AssessmentInfo
from roots_app.domain.people import Member
from roots_app.domain.rubric import RubricPack
from roots_app.domain.sheet_layout import (
    GUIDE_PAGE,
    MARGIN,
    PAGE_POINTS,
    QR_SIZE,
    Box,
    PageLayout,
    RowLayout,
    SheetCode,
    layout_sheet,
)
from roots_app.reports.fonts import BOLD, REGULAR, para_text, register_fonts

INK = colors.black  # boxes, corner marks and the code: the darkest a copier can print
MUTED = colors.HexColor("#4A4A4A")
RULE = colors.HexColor("#9A9A9A")  # evidence lines: visible to write on, light next to a mark
BOX_LINE = 1.0  # the level boxes' outline, in points
LABEL_SMALLEST = 5.5  # a level's name printed smaller than this is condensed instead
CONDENSED = 0.78  # horizontal scale of condensed level names
QUIET_MODULES = 4  # the white margin a QR code needs around it, in modules

# Fixed words, in English and Spanish ("%1", "%2"... as in reports.labels).
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "sheet_title": "Rating sheet",
        "guide_title": "What each level looks like",
        "guide_intro": "Read the level that fits best, then mark its box on your sheet.",
        "name": "Name:",
        "instruction": "Mark one box per row with an X or a tick.",
        "instruction_blank": "Write your name and tick your role. Mark one box per row "
        "with an X or a tick.",
        "evidence": "Evidence (what we see):",
        "footer": "Sheet %1 of %2 · page %3 of %4",
        "guide_footer": "Sheet %1 of %2 · guide, page %3 of %4",
    },
    "es": {
        "sheet_title": "Hoja de calificación",
        "guide_title": "Cómo se ve cada nivel",
        "guide_intro": "Lea el nivel que mejor corresponda y marque su casilla en la hoja.",
        "name": "Nombre:",
        "instruction": "Marque una casilla por fila con una X o una palomita.",
        "instruction_blank": "Escriba su nombre y marque su función. Marque una casilla por "
        "fila con una X o una palomita.",
        "evidence": "Evidencia (lo que vemos):",
        "footer": "Hoja %1 de %2 · página %3 de %4",
        "guide_footer": "Hoja %1 de %2 · guía, página %3 de %4",
    },
}


@dataclass(frozen=True, slots=True)
class SheetSet:
    """One sheet of the stack: a named member's, or a blank one (``member`` None)."""

    sheet_no: int
    member: Member | None


def word(language: str, key: str, *args: object) -> str:
    text = WORDS[language][key]
    for number in range(len(args), 0, -1):
        text = text.replace(f"%{number}", str(args[number - 1]))
    return text


def render_sheets(
    info: AssessmentInfo,
    pack: RubricPack,
    members: Sequence[Member],
    blanks: int,
    language: str = "en",
    page_size: str = "letter",
) -> bytes:
    """The stack as PDF bytes: a set per member (in the order given), then ``blanks`` blank sets.

    ``language`` is "en", "es" or "both"; ``page_size`` "letter" or "a4".
    """
    if language not in vocabulary.PDF_LANGUAGES:
        raise ValueError(f"language must be one of {vocabulary.PDF_LANGUAGES}, not {language!r}")
    if page_size not in PAGE_POINTS:
        raise ValueError(f"page_size must be one of {tuple(PAGE_POINTS)}, not {page_size!r}")
    if blanks < 0 or (not members and not blanks):
        raise ValueError("a stack needs at least one member or one blank sheet")
    register_fonts()
    languages = vocabulary.LANGUAGES if language == vocabulary.BOTH else (language,)
    sets = [SheetSet(i + 1, m) for i, m in enumerate(members)]
    sets += [SheetSet(len(sets) + i + 1, None) for i in range(blanks)]
    keys = [c.key for c in pack.categories]
    values = [lv.value for lv in pack.levels]
    named = layout_sheet(keys, values, page_size)
    blank = layout_sheet(keys, values, page_size, roles=list(vocabulary.ROLE_NAMES["en"]))
    width, height = PAGE_POINTS[page_size]
    guide = _Guide(pack, languages, width, height)

    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=(width, height),
        initialFontName=REGULAR,
        pageCompression=1,
        lang="es" if language == "es" else "en",
    )
    canvas.setTitle(" / ".join(word(lang, "sheet_title") for lang in languages))
    canvas.setSubject(f"{info.school_name} · {info.team_name} · {info.school_year}")
    canvas.setAuthor(info.school_name)
    canvas.setCreator("Roots")
    page = _Page(canvas, info, pack, languages, height)
    for sheet in sets:
        layouts = named if sheet.member else blank
        for layout in layouts:
            code = SheetCode(
                assessment_id=info.id,
                member_id=sheet.member.id if sheet.member else None,
                sheet_no=sheet.sheet_no,
                sheets=len(sets),
                page_no=layout.page_no,
                pages=layout.pages,
                pack_version=info.pack_version,
            )
            page.rating_page(layout, code, sheet.member)
            canvas.showPage()
        for number, blocks in enumerate(guide.pages, start=1):
            code = SheetCode(
                assessment_id=info.id,
                member_id=sheet.member.id if sheet.member else None,
                sheet_no=sheet.sheet_no,
                sheets=len(sets),
                page_no=number,
                pages=len(guide.pages),
                pack_version=info.pack_version,
                kind=GUIDE_PAGE,
            )
            page.frame(named[0], code)
            guide.draw(canvas, blocks, code, page)
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _fit(text: str, font: str, size: float, width: float, smallest: float = 4.5) -> float:
    """The largest font size up to ``size`` at which ``text`` fits ``width`` (not below
    ``smallest``)."""
    wide = stringWidth(text, font, size)
    if wide <= width:
        return size
    return max(smallest, size * width / wide)


def _wrap_two(text: str) -> list[str]:
    """``text`` in two lines of about equal length, cut at a space (one line if it has none)."""
    words = text.split()
    if len(words) < 2:
        return [text]
    best = min(
        range(1, len(words)),
        key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))),
    )
    return [" ".join(words[:best]), " ".join(words[best:])]


def _lines_in(
    choices: Sequence[Sequence[str]], font: str, size: float, width: float, height: float
) -> tuple[list[str], float]:
    """Of several ways to break a text into lines, the one printed biggest in the box."""
    best: tuple[list[str], float] = ([], 0.0)
    for lines in choices:
        fitted = min(_fit(line, font, size, width, 1) for line in lines)
        fitted = min(fitted, height / (len(lines) * 1.12))
        if fitted > best[1] + 0.05:
            best = (list(lines), fitted)
    return best[0], max(best[1], 4.0)


class _Page:
    """Draws what every page of a sheet has, in the layout's places."""

    def __init__(
        self,
        canvas: Canvas,
        info: AssessmentInfo,
        pack: RubricPack,
        languages: Sequence[str],
        height: float,
    ) -> None:
        self.c = canvas
        self.info = info
        self.pack = pack
        self.languages = languages
        self.height = height
        self.both = len(languages) > 1
        self.user = ParagraphStyle("user", fontName=REGULAR, fontSize=9, leading=11)
        self.name_style = ParagraphStyle("name", fontName=BOLD, fontSize=12, leading=14)

    def y(self, box: Box) -> float:
        """ReportLab's y (from the bottom) of the box's bottom edge."""
        return self.height - box.y - box.h

    def joined(self, key: str, *args: object) -> str:
        return " / ".join(word(lang, key, *args) for lang in self.languages)

    def frame(self, layout: PageLayout, code: SheetCode) -> None:
        """Corner marks, the code, the title lines and the footer."""
        c = self.c
        c.setFillColor(INK)
        for corner in layout.corners:
            c.rect(corner.x, self.y(corner), corner.w, corner.h, stroke=0, fill=1)
        self._qr(layout.qr, code.encode())
        title = layout.title
        heading = f"{self.joined('sheet_title')} — {_pack_title(self.pack, self.languages)}"
        c.setFont(BOLD, _fit(heading, BOLD, 12, title.w))
        c.setFillColor(INK)
        c.drawString(title.x, self.height - title.y - 12, heading)
        where = f"{self.info.school_name} · {self.info.team_name} · {self.info.school_year}"
        line = Paragraph(para_text(where), self.user)
        line.wrapOn(c, title.w, 12)
        line.drawOn(c, title.x, self.height - title.y - 28)
        footer = layout.footer
        key = "guide_footer" if code.kind == GUIDE_PAGE else "footer"
        text = self.joined(key, code.sheet_no, code.sheets, code.page_no, code.pages)
        c.setFont(REGULAR, _fit(text, REGULAR, 8, footer.w))
        c.setFillColor(MUTED)
        c.drawCentredString(footer.x + footer.w / 2, self.height - footer.y - footer.h + 3, text)

    def _qr(self, box: Box, payload: str) -> None:
        """The code at error level M, its quiet zone (4 modules) inside the box.

        ReportLab's QR widget draws a shape per module (0.3 s a page): the dark modules are
        drawn here as one path of row runs. Each code gets its own best mask pattern (13 ms):
        one mask shared by a whole stack left about one code in forty unreadable.
        """
        qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        qr.addData(payload)
        qr.version = qr.calculate_version()
        qr.makeImpl(False, qr.getBestMaskPattern())
        count = qr.getModuleCount()
        module = box.w / (count + 2 * QUIET_MODULES)
        left = box.x + QUIET_MODULES * module
        top = self.height - box.y - QUIET_MODULES * module
        path = self.c.beginPath()
        for r, row in enumerate(qr.modules):
            column = 0
            for dark, run in itertools.groupby(row):
                length = len(list(run))
                if dark:
                    path.rect(
                        left + column * module, top - (r + 1) * module, length * module, module
                    )
                column += length
        self.c.setFillColor(INK)
        self.c.drawPath(path, stroke=0, fill=1)

    def rating_page(self, layout: PageLayout, code: SheetCode, member: Member | None) -> None:
        c = self.c
        self.frame(layout, code)
        name = layout.name
        label = self.joined("name")
        c.setFont(REGULAR, 10)
        c.setFillColor(INK)
        c.drawString(name.x, self.height - name.y - 13, label)
        start = name.x + stringWidth(label, REGULAR, 10) + 6
        if member is not None:
            shown = Paragraph(para_text(member.display_name), self.name_style)
            shown.wrapOn(c, name.x + name.w - start, name.h)
            shown.drawOn(c, start, self.height - name.y - 15)
        else:
            c.setStrokeColor(INK)
            c.setLineWidth(0.6)
            c.line(start, self.height - name.y - 15, name.x + name.w, self.height - name.y - 15)
        self._roles(layout)
        instruction = self.joined("instruction_blank" if member is None else "instruction")
        size = _fit(instruction, REGULAR, 8.5, layout.width - 2 * MARGIN)
        c.setFont(REGULAR, size)
        c.setFillColor(MUTED)
        c.drawString(MARGIN, self.height - MARGIN - 101, instruction)
        for row in layout.rows:
            self._row(row)

    def _roles(self, layout: PageLayout) -> None:
        c = self.c
        boxes = layout.roles
        if not boxes:
            return
        step = boxes[1][1].x - boxes[0][1].x if len(boxes) > 1 else 100.0
        for role, box in boxes:
            c.setStrokeColor(INK)
            c.setLineWidth(BOX_LINE)
            c.setFillColor(colors.white)
            c.rect(box.x, self.y(box), box.w, box.h, stroke=1, fill=1)
            names = [vocabulary.role_name(lang, role) for lang in self.languages]
            room = step - box.w - 8
            choices = [names] if self.both else [names, _wrap_two(names[0])]
            lines, size = _lines_in(choices, REGULAR, 8, room, 18)
            c.setFillColor(INK)
            c.setFont(REGULAR, size)
            top = box.y + box.h / 2 - len(lines) * size * 1.1 / 2
            for i, text in enumerate(lines):
                c.drawString(
                    box.x + box.w + 4, self.height - top - (i + 1) * size * 1.1 + size * 0.2, text
                )

    def _row(self, row: RowLayout) -> None:
        c = self.c
        category = self.pack.category(row.category_key)
        titles = [category.title[lang] for lang in self.languages]
        title = f"{row.number}. " + " / ".join(titles)
        # A long title (or one in both languages) is printed on two lines rather than
        # squeezed into one line too small to read.
        two = [f"{row.number}. {titles[0]}", titles[1]] if len(titles) == 2 else None
        choices = [[title], two or _wrap_two(title)]
        lines, size = _lines_in(choices, BOLD, 10, row.title.w, row.title.h)
        c.setFillColor(INK)
        c.setFont(BOLD, size)
        for i, text in enumerate(lines):
            c.drawString(row.title.x, self.height - row.title.y - (i + 1) * size * 1.05, text)
        for level in row.levels:
            box = level.box
            c.setStrokeColor(INK)
            c.setLineWidth(BOX_LINE)
            c.setFillColor(colors.white)
            c.rect(box.x, self.y(box), box.w, box.h, stroke=1, fill=1)
            names = [self.pack.level(level.value).label[lang] for lang in self.languages]
            one, two = (" / ".join(names), names) if self.both else (names[0], _wrap_two(names[0]))
            choices = [[one], two]
            lines, size = _lines_in(choices, REGULAR, 7.5, level.label.w, level.label.h)
            squeeze = 1.0
            if size < LABEL_SMALLEST:  # long names in both languages: narrower letters
                squeeze = CONDENSED
                lines, size = _lines_in(
                    choices, REGULAR, 7.5, level.label.w / squeeze, level.label.h
                )
            c.setFillColor(INK)
            c.setFont(REGULAR, size)
            centre = level.label.x + level.label.w / 2
            for i, text in enumerate(lines):
                c.saveState()
                c.translate(centre, self.height - level.label.y - (i + 1) * size * 1.08)
                c.scale(squeeze, 1)
                c.drawCentredString(0, 0, text)
                c.restoreState()
        evidence = row.evidence
        # The caption sits on the first writing line, clear of the level names above it.
        first = self.height - evidence.y - evidence.h * 0.55
        label = self.joined("evidence")
        size = _fit(label, REGULAR, 6.5, evidence.w / 2)
        c.setFillColor(MUTED)
        c.setFont(REGULAR, size)
        c.drawString(evidence.x, first + 2, label)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        start = evidence.x + stringWidth(label, REGULAR, size) + 4
        c.line(start, first, evidence.x + evidence.w, first)
        last = self.height - evidence.y - evidence.h + 1
        c.line(evidence.x, last, evidence.x + evidence.w, last)


# A category on the guide: its title and table, each with the height it was wrapped to.
_Block = tuple[Paragraph, float, Table, float]


def _pack_title(pack: RubricPack, languages: Sequence[str]) -> str:
    titles = [pack.short_title[lang] or pack.title[lang] for lang in languages]
    return titles[0] if len(set(titles)) == 1 else " / ".join(titles)


class _Guide:
    """The companion pages: every category's level descriptors, in the sheet's language(s).

    The blocks are wrapped once and drawn for every sheet: a stack of 30 wraps the text once.
    """

    def __init__(
        self, pack: RubricPack, languages: Sequence[str], width: float, height: float
    ) -> None:
        self.width = width - 2 * MARGIN
        self.top = MARGIN + QR_SIZE + 10  # below the code, which every page carries
        self.bottom = height - MARGIN - 24  # above the footer
        self.height = height
        self.languages = languages
        self.pack = pack
        head = ParagraphStyle("gh", fontName=BOLD, fontSize=10, leading=12, spaceAfter=3)
        label = ParagraphStyle("gl", fontName=BOLD, fontSize=7.5, leading=9)
        text = ParagraphStyle("gt", fontName=REGULAR, fontSize=7, leading=8.4)
        other = ParagraphStyle("go", parent=text, textColor=MUTED)
        intro = ParagraphStyle("gi", fontName=REGULAR, fontSize=8.5, leading=10.5)
        self.intro = [
            Paragraph(para_text(word(lang, "guide_intro")), intro) for lang in self.languages
        ]
        column = self.width / len(pack.levels)
        blocks: list[tuple[Paragraph, Table]] = []
        for number, category in enumerate(pack.categories, start=1):
            title = f"{number}. " + " / ".join(category.title[lang] for lang in languages)
            cells = []
            for level in pack.levels:
                cell: list[Paragraph] = [
                    Paragraph(para_text(" / ".join(level.label[lang] for lang in languages)), label)
                ]
                descriptor = category.descriptors.get(level.value)
                for i, lang in enumerate(languages):
                    if descriptor is not None:
                        cell.append(Paragraph(para_text(descriptor[lang]), other if i else text))
                cells.append(cell)
            table = Table([cells], colWidths=[column] * len(pack.levels))
            table.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                        ("LEFTPADDING", (0, 0), (-1, -1), 3),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ]
                )
            )
            blocks.append((Paragraph(para_text(title), head), table))
        self.pages = self._paginate(blocks)

    def _paginate(self, blocks: list[tuple[Paragraph, Table]]) -> list[list[_Block]]:
        """Blocks to pages, a category never split; each wrapped once, with its heights."""
        pages: list[list[_Block]] = [[]]
        room = self.bottom - self.top - self._intro_height()
        used = 0.0
        for head, table in blocks:
            _, h1 = head.wrap(self.width, 1000)
            _, h2 = table.wrap(self.width, 1000)
            needed = h1 + 3 + h2 + 10
            if used + needed > room and pages[-1]:
                pages.append([])
                room = self.bottom - self.top
                used = 0.0
            pages[-1].append((head, h1, table, h2))
            used += needed
        return pages

    def _intro_height(self) -> float:
        return sum(p.wrap(self.width, 1000)[1] for p in self.intro) + 8

    def draw(
        self,
        canvas: Canvas,
        blocks: list[_Block],
        code: SheetCode,
        page: _Page,
    ) -> None:
        canvas.setFillColor(INK)
        heading = page.joined("guide_title")
        canvas.setFont(BOLD, _fit(heading, BOLD, 11, self.width - QR_SIZE - 12))
        canvas.drawString(MARGIN, self.height - MARGIN - 66, heading)
        y = self.top
        if code.page_no == 1:
            for paragraph in self.intro:
                _, h = paragraph.wrap(self.width, 1000)
                paragraph.drawOn(canvas, MARGIN, self.height - y - h)
                y += h
            y += 8
        for head, h1, table, h2 in blocks:
            head.drawOn(canvas, MARGIN, self.height - y - h1)
            table.drawOn(canvas, MARGIN, self.height - y - h1 - 3 - h2)
            y += h1 + 3 + h2 + 10
