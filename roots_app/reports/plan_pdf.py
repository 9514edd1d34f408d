"""The growth plan PDF: cover, wheel, a block per category, focus areas and actions, sign-off.

Everything a user typed goes through ``fonts.para_text`` (printed exactly as typed, in any
script we bundle); every fixed text comes from ``labels``. In "both" mode each label and rubric
text appears in English and Spanish, while user text is printed once.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any, TypeAlias

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from roots_app.domain.assessment import TEAM
from roots_app.domain.consensus import category_consensus
from roots_app.domain.people import Role
from roots_app.domain.plan import Action, Focus, PlanReport
from roots_app.domain.rubric import Category
from roots_app.domain.text import Text
from roots_app.reports import labels
from roots_app.reports.fonts import BOLD, REGULAR, para_text, register_fonts
from roots_app.reports.wheel_drawing import (
    MAX_SPOKES,
    MIN_SPOKES,
    WheelSeries,
    agreed_levels,
    wheel_drawing,
)

PAGE_SIZES = {"letter": letter, "a4": A4}
LANGUAGE_CHOICES = ("en", "es", "both")
MEMBERS_SHOWN = ("names", "roles", "anonymous")  # as settings.MEMBERS_SHOWN (no import: layers)
MARGIN = 0.75 * inch
FRAME_PADDING = 6  # SimpleDocTemplate's frame keeps 6 pt inside the margins on every side
FOOTER_Y = 0.42 * inch

INK = colors.HexColor("#1F1F1F")
MUTED = colors.HexColor("#5A5A5A")
ACCENT = colors.HexColor("#17365D")
RULE = colors.HexColor("#B8C2CF")
HEADER_FILL = colors.HexColor("#E6EBF2")

# Action table columns as shares of the frame width (they add up to 1). The action itself gets
# the most room; start and due share one column (a range, one date per line), which is wide
# enough on A4 for "– Sep 30, 2026", and "Responsable" and "○ Sin empezar" fit on one line.
ACTION_COLUMNS = (
    ("col_action", 0.295),
    ("col_owner", 0.14),
    ("col_dates", 0.15),
    ("col_resources", 0.125),
    ("col_measure", 0.145),
    ("col_status", 0.145),
)
CELL_PAD = 3
SIDE_PAD = 2.5
# Typed text longer than this prints as several paragraphs (see _pieces for where it is cut).
# ReportLab wraps a paragraph again, whole, for every page it spills onto: one paragraph of
# 100,000 characters took over a minute; pieces of this size keep each wrap small.
PIECE = 1500


def render_plan(
    report: PlanReport, language: str = "en", page_size: str = "letter", members: str = "names"
) -> bytes:
    """The growth plan as PDF bytes; language "en", "es" or "both"; page size "letter" or "a4".

    ``members`` follows the team view's privacy choice: "names", "roles" (no names) or
    "anonymous" (neither names nor roles; the sign-off rows stay, blank, to sign by hand).
    """
    if members not in MEMBERS_SHOWN:
        raise ValueError(f"members must be one of {MEMBERS_SHOWN}, not {members!r}")
    if language not in LANGUAGE_CHOICES:
        raise ValueError(f"language must be one of {LANGUAGE_CHOICES}, not {language!r}")
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page_size must be one of {tuple(PAGE_SIZES)}, not {page_size!r}")
    register_fonts()
    size = PAGE_SIZES[page_size]
    words = _Words(language)
    info = report.assessment.info
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{words.plain('plan_title')} — {info.school_name} — {info.school_year}",
        subject=words.plain("plan_subject"),
        author=f"{info.team_name}, {info.school_name}",
        creator="Roots",
        initialFontName=REGULAR,  # else every page names Helvetica, a font the PDF never uses
        initialFontSize=10,
        lang="es" if language == "es" else "en",
    )
    width, height = doc.width - 2 * FRAME_PADDING, doc.height - 2 * FRAME_PADDING
    footer = _footer(words, info.school_name, info.school_year)
    doc.build(
        _story(report, words, width, height, members),
        onFirstPage=footer,
        onLaterPages=footer,
        canvasmaker=_numbered_canvas(words.page_of),
    )
    return buffer.getvalue()


# Inside _Words its method date() hides the type of that name.
Day: TypeAlias = date


class _Words:
    """Fixed texts in the chosen language, or in both (English first, then Spanish)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.languages = ("en", "es") if language == "both" else (language,)
        self.both = language == "both"

    def _texts(self, make: Callable[[str], str]) -> list[str]:
        texts: list[str] = []
        for lang in self.languages:
            text = make(lang)
            if text not in texts:  # "#" or a number reads the same in both: print it once
                texts.append(text)
        return texts

    def each(self, make: Callable[[str], str]) -> str:
        """One text per language, made by ``make(lang)``, inline as "English / Español"."""
        return " / ".join(self._texts(make))

    def each_lines(self, make: Callable[[str], str]) -> str:
        """As markup, one language per line: for headings, table heads and whole sentences."""
        return "<br/>".join(para_text(t) for t in self._texts(make))

    def plain(self, key: str, *args: object) -> str:
        return self.each(lambda lang: labels.label(lang, key, *args))

    def mark(self, key: str, *args: object) -> str:
        return para_text(self.plain(key, *args))

    def lines(self, key: str, *args: object) -> str:
        return self.each_lines(lambda lang: labels.label(lang, key, *args))

    def stacked(self, text: Text, second_color: str = "#5A5A5A") -> str:
        """Rubric text as markup: one language, or English above a grey Spanish line."""
        if not self.both:
            return para_text(text[self.language])
        english, spanish = text["en"], text["es"]
        if english == spanish:
            return para_text(english)
        return f'{para_text(english)}<br/><font color="{second_color}">{para_text(spanish)}</font>'

    def date(self, day: date | None, short: bool = False) -> str:
        if day is None:
            return labels.label("en", "none")
        return self.each(lambda lang: labels.date_label(lang, day, short=short))

    def date_range(self, start: Day | None, due: Day | None) -> str:
        """Start and due as markup, "Sep 1, 2025 / – Oct 15, 2025", one line per date and
        language; the dates are written as in the single-language plan, in both."""
        if start is None and due is None:
            return labels.label("en", "none")

        def one(lang: str) -> str:
            first = labels.date_label(lang, start, short=True) if start else ""
            last = labels.date_label(lang, due, short=True) if due else ""
            if first and last:
                return f"{para_text(first)}<br/>– {para_text(last)}"
            return para_text(f"{first} –") if first else para_text(f"– {last}")

        return "<br/>".join(one(lang) for lang in self.languages)

    def page_of(self, page: int, total: int) -> str:
        return self.plain("page_of", page, total)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=10, leading=13.5, textColor=INK, spaceAfter=4
    )

    def make(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "body_part": make("body_part", spaceAfter=0),  # a piece of a long text, not its end
        "muted": make("muted", textColor=MUTED),
        "cell": make("cell", fontSize=8.5, leading=10.5, spaceAfter=0),
        "cell_head": make("cell_head", fontName=BOLD, fontSize=8.5, leading=10.5, spaceAfter=0),
        "eyebrow": make("eyebrow", fontName=BOLD, fontSize=10, leading=13, textColor=ACCENT),
        "title": make(
            "title", fontName=BOLD, fontSize=26, leading=31, textColor=ACCENT, spaceAfter=10
        ),
        "school": make("school", fontName=BOLD, fontSize=18, leading=23, spaceAfter=2),
        "team": make("team", fontSize=13, leading=17, textColor=MUTED, spaceAfter=14),
        "h1": make(
            "h1",
            fontName=BOLD,
            fontSize=17,
            leading=21,
            textColor=ACCENT,
            spaceBefore=18,  # dropped at the top of a page, kept after a table
            spaceAfter=8,
        ),
        "h2": make("h2", fontName=BOLD, fontSize=13, leading=16.5, spaceBefore=4, spaceAfter=4),
        "h3": make("h3", fontName=BOLD, fontSize=10, leading=13, spaceBefore=4, spaceAfter=1),
        "tag": make("tag", fontName=BOLD, fontSize=9, leading=12, textColor=ACCENT),
        # A heading and a scan's line stay with what follows (plain flowables, not KeepTogether:
        # a category's notes are measured outside a canvas, see _height).
        "h3_next": make(
            "h3_next", fontName=BOLD, fontSize=10, leading=13, spaceBefore=4, keepWithNext=1
        ),
        "scan_caption": make("scan_caption", textColor=MUTED, spaceAfter=2, keepWithNext=1),
    }


# A table cell: a paragraph, or the pieces of a long text.
_Cell: TypeAlias = Paragraph | list[Paragraph]


@dataclass(frozen=True, slots=True)
class _Column:
    key: str
    width: float


def _story(
    report: PlanReport, words: _Words, width: float, height: float, members: str
) -> list[Flowable]:
    """The plan's sections in order, each made by its own small builder."""
    styles = _styles()

    def section(kind: type[_Section]) -> list[Flowable]:
        return kind(report, words, width, height, members, styles).flowables()

    return [
        *section(_Cover),
        PageBreak(),
        *section(_WheelPage),
        *section(_Categories),
        PageBreak(),
        *section(_FocusAreas),
        *section(_SignOff),
    ]


class _Section:
    """What every section shares: the report, its words, the frame's size, styles, helpers.

    Each subclass builds one section's flowables (``flowables``).
    """

    def __init__(
        self,
        report: PlanReport,
        words: _Words,
        width: float,
        height: float,
        members: str,
        styles: dict[str, ParagraphStyle],
    ) -> None:
        self.report = report
        self.a = report.assessment
        self.pack = report.assessment.pack
        self.words = words
        self.width = width
        self.height = height
        self.s = styles
        self.numbers = {c.key: i + 1 for i, c in enumerate(self.pack.categories)}
        self.members = members  # as the team view shows them (see render_plan)

    def flowables(self) -> list[Flowable]:
        raise NotImplementedError

    def p(self, markup: str, style: str = "body") -> Paragraph:
        return Paragraph(markup, self.s[style])

    def typed(self, text: str, style: str = "body", suffix: str = "") -> list[Paragraph]:
        """What a user typed, all of it, as one paragraph or (when very long) several."""
        pieces = [para_text(piece) for piece in _pieces(text)]
        pieces[-1] += suffix
        part = f"{style}_part" if f"{style}_part" in self.s else style
        return [self.p(m, part if i < len(pieces) - 1 else style) for i, m in enumerate(pieces)]

    def _grid_style(self, header: bool = True) -> TableStyle:
        return TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else empty cells name Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL if header else colors.white),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), SIDE_PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), SIDE_PAD),
                ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD),
                ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD + 1),
            ]
        )


class _Cover(_Section):
    """The cover: school, team, year, rubric, and who took part."""

    def flowables(self) -> list[Flowable]:
        w, info = self.words, self.a.info
        rows = [
            (w.lines("school_year"), para_text(info.school_year)),
            (
                w.lines("rubric"),
                w.each_lines(
                    lambda g: labels.label(
                        g, "rubric_version", self.pack.title[g], self.pack.version
                    )
                ),
            ),
            (w.lines("generated_on"), para_text(w.date(self.report.generated_on))),
        ]
        facts = self._label_table(rows)
        out: list[Flowable] = [
            Spacer(1, 0.6 * inch),
            self.p(w.lines("family_action_team"), "eyebrow"),
            self.p(w.lines("plan_title"), "title"),
            self.p(para_text(info.school_name), "school"),
            self.p(para_text(info.team_name), "team"),
            facts,
            Spacer(1, 18),
            self.p(w.lines("members_present"), "h2"),
        ]
        out.append(self.members_table())
        return out

    def _label_table(self, rows: Sequence[tuple[str, str]]) -> Table:
        data = [[self.p(k, "h3"), self.p(v)] for k, v in rows]
        label_width = 0.3 * self.width
        table = Table(data, colWidths=[label_width, self.width - label_width], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def members_table(self) -> Flowable:
        if not self.a.present:
            return self.p(self.words.lines("no_members"), "muted")
        if self.members == "anonymous":  # how many, nothing about who
            return self.p(str(len(self.a.present)))
        rows = []
        for role in Role:  # the enum's order: families first, as the team is for families
            names = [m.display_name for m in self.a.present if m.role == role]
            if names:
                heading = self.words.each_lines(partial(labels.role_label, role=role, plural=True))
                shown = [str(len(names))] if self.members == "roles" else names
                rows.append((heading, "<br/>".join(para_text(n) for n in shown)))
        return self._label_table(rows)


class _WheelPage(_Section):
    """The wheel of agreed levels (and last year's) and its summary table."""

    def flowables(self) -> list[Flowable]:
        w = self.words
        keys = [c.key for c in self.pack.categories]
        previous = self.report.previous
        out: list[Flowable] = [self.p(w.lines("wheel_title"), "h1")]
        if self.pack.scale_name is not None:
            out.append(self.p(w.stacked(self.pack.scale_name), "tag"))

        def intro(g: str) -> str:
            text = labels.label(g, "wheel_intro")
            if previous is not None:
                text += " " + labels.label(g, "wheel_intro_previous")
            return text

        out.append(self.p(w.each_lines(intro), "muted"))
        if MIN_SPOKES <= len(keys) <= MAX_SPOKES:  # outside that a wheel is unreadable; table only
            current = WheelSeries(
                agreed_levels(self.a, keys), w.plain("legend_this_year", self.a.info.school_year)
            )
            last = None
            if previous is not None:
                last = WheelSeries(
                    agreed_levels(previous, keys),
                    w.plain("legend_last_year", previous.info.school_year),
                )
            radius = min(135.0, self.width / 2 - 40)
            out.append(wheel_drawing(self.pack.max_level, current, last, self.width, radius))
            out.append(Spacer(1, 10))
        out.append(self.summary_table())
        return out

    def summary_table(self) -> Table:
        w = self.words
        previous = self.report.previous
        head = ["summary_number", "summary_category", "summary_agreed"]
        if previous is not None:
            head += ["summary_last_year", "summary_change"]
        data: list[list[Flowable]] = [[self.p(w.lines(k), "cell_head") for k in head]]
        keys = [c.key for c in self.pack.categories]
        last = dict(zip(keys, agreed_levels(previous, keys), strict=True)) if previous else {}
        for category in self.pack.categories:
            level = self.a.rating(TEAM, category.key).level
            row = [
                self.p(str(self.numbers[category.key]), "cell"),
                self.p(w.stacked(category.title), "cell"),
                self.p(self._level_short(level), "cell"),
            ]
            if previous is not None:
                before = last[category.key]
                row.append(self.p(str(before) if before is not None else "—", "cell"))
                row.append(self.p(_change(level, before), "cell"))
            data.append(row)
        shares = [0.06, 0.54, 0.2, 0.1, 0.1] if previous is not None else [0.06, 0.64, 0.3]
        table = Table(data, colWidths=[s * self.width for s in shares], repeatRows=1)
        table.setStyle(self._grid_style())
        return table

    def _level_short(self, level: int | None) -> str:
        if level is None:
            return self.words.lines("not_agreed")
        found = self.pack.level(level)
        return f"{level} · " + para_text(self.words.each(lambda g: found.label[g]))


class _Categories(_Section):
    """One block per category: agreed level, what it looks like, spread, evidence."""

    def flowables(self) -> list[Flowable]:
        # A long summary table spills onto a page of its own; the categories may share it.
        out: list[Flowable] = [CondPageBreak(0.4 * self.height)]
        title = self.p(self.words.lines("categories_title"), "h1")
        for index, category in enumerate(self.pack.categories):
            head, notes = self.category_block(category)
            if index == 0:  # the section's title stays with its first category
                head.insert(0, title)
            if _height([*head, *notes], self.width, self.height) <= self.height:
                # A category block never splits across pages...
                out.append(KeepTogether([*head, *notes]))
            else:
                # ...unless it is taller than a page (pages of evidence): then it starts right
                # here rather than leaving most of a page blank, and only its notes flow on.
                out.extend([KeepTogether(head), *notes])
        return out

    def category_block(self, category: Category) -> tuple[list[Flowable], list[Flowable]]:
        """The block's heading, level, descriptor and spread; then its notes (evidence, reason)."""
        w = self.words
        agreed = self.a.rating(TEAM, category.key)
        number = self.numbers[category.key]
        block: list[Flowable] = [
            _Rule(self.width),
            self.p(f"{number}. {w.stacked(category.title)}", "h2"),
        ]
        if category.key in self.report.plan.focus_keys():
            block.append(self.p("◆ " + w.mark("focus_tag"), "tag"))

        level_text = w.lines("not_agreed")
        if agreed.level is not None:
            level = self.pack.level(agreed.level)
            max_level = self.pack.max_level
            level_text = w.each(
                lambda g: para_text(
                    labels.label(g, "level_of", agreed.level, max_level, level.label[g])
                )
            )
        block.append(self.p(f"<b>{w.mark('agreed_level')}:</b> {level_text}"))
        if self.report.previous is not None:
            (before,) = agreed_levels(self.report.previous, [category.key])
            shown = (
                w.each(lambda g: labels.label(g, "last_year_level", self._level_name(before, g)))
                if before is not None
                else w.plain("last_year_level", "—")
            )
            block.append(self.p(para_text(shown), "muted"))

        if agreed.level is not None and agreed.level in category.descriptors:
            block.append(self.p(w.mark("what_it_looks_like"), "h3"))
            block.append(self.descriptor(category.descriptors[agreed.level]))

        block.append(self.p(w.mark("member_ratings"), "h3"))
        block.append(self.p(self._spread(category), "body"))

        block.append(self.p(w.mark("evidence"), "h3"))
        notes: list[Flowable] = []
        if agreed.evidence.strip():
            notes.extend(self.typed(agreed.evidence))
        else:
            notes.append(self.p(w.lines("no_evidence"), "muted"))
        if agreed.reason.strip():
            notes.append(self.p(w.mark("reason"), "h3"))
            notes.extend(self.typed(agreed.reason))
        notes.extend(self.handwriting(category))
        notes.append(Spacer(1, 8))
        return block, notes

    def handwriting(self, category: Category) -> list[Flowable]:
        """The scans of members' handwritten evidence from paper sheets (issue 17), each under
        a line saying whose (as members are shown) and from which sheet."""
        w = self.words
        out: list[Flowable] = []
        for member in self.a.present:
            scan = self.report.handwriting.get((member.id, category.key))
            if scan is None:
                continue
            image = _scan_image(scan, self.width)
            if image is None:
                continue
            said = self.report.paper.get((member.id, category.key))
            parts = []
            if self.members == "names":
                parts.append(para_text(member.display_name))
            elif self.members == "roles":
                parts.append(para_text(w.each(partial(labels.role_label, role=member.role))))
            # The sheet's number tells who wrote it: printed only beside their name.
            if self.members == "names" and said is not None and said.sheet_no is not None:
                parts.append(w.mark("paper_sheet", said.sheet_no))
            else:
                parts.append(w.mark("paper_sheet_any"))
            level = self.a.rating(member.id, category.key).level
            if said is not None and said.is_source_of(level):
                parts.append(w.mark("paper_level", level))
            if not out:  # the heading stays with the first scan (keepWithNext)
                out.append(self.p(w.mark("handwriting"), "h3_next"))
            out.extend([self.p(" · ".join(parts), "scan_caption"), image])
        return out

    def _level_name(self, value: int, language: str) -> str:
        try:
            return f"{value} · {self.pack.level(value).label[language]}"
        except KeyError:  # last year's pack had a level this one does not
            return str(value)

    def descriptor(self, text: Text) -> Flowable:
        if not self.words.both:
            return self.p(para_text(text[self.words.language]))
        # Side by side: a reader follows one column, and both fit in the space of one.
        half = self.width / 2
        table = Table(
            [[self.p(para_text(text["en"])), self.p(para_text(text["es"]), "muted")]],
            colWidths=[half, half],
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (0, 0), 0),
                    ("LEFTPADDING", (1, 0), (1, 0), 8),
                    ("LINEBEFORE", (1, 0), (1, 0), 0.6, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def _spread(self, category: Category) -> str:
        w = self.words
        found = category_consensus(self.a, category)
        if found.lowest is None or found.highest is None or found.median is None:
            return w.lines("no_ratings")
        low, high, med = found.lowest, found.highest, found.median
        rated, total = len(found.levels), len(self.a.present)
        text = w.each_lines(
            lambda g: labels.label(
                g, "ratings_spread", low, high, labels.number_label(g, med), rated, total
            )
        )
        if found.far_apart:
            text += "<br/>" + w.lines("far_apart")
        return text


class _FocusAreas(_Section):
    """The focus areas with their goals, reasons and action tables."""

    def flowables(self) -> list[Flowable]:
        w = self.words
        out: list[Flowable] = [self.p(w.lines("focus_title"), "h1")]
        if not self.report.plan.focuses:
            out.append(self.p(w.lines("no_focus"), "muted"))
        for index, focus in enumerate(self.report.plan.focuses, start=1):
            out.extend(self.focus(index, focus))
        return out

    def focus(self, index: int, focus: Focus) -> list[Flowable]:
        w = self.words
        try:
            title = self.pack.category(focus.category_key).title
            number = f"{self.numbers[focus.category_key]}. "
        except KeyError:  # the pack no longer has this category: show its key as typed
            title, number = Text.of(focus.category_key, focus.category_key), ""
        head: list[Flowable] = [
            _Rule(self.width),
            self.p(w.mark("focus_n", index), "tag"),
            self.p(number + w.stacked(title), "h2"),
            self.p(w.mark("goal"), "h3"),
            *(self.typed(focus.goal) if focus.goal.strip() else [self.p("—")]),
            self.p(w.mark("why"), "h3"),
            *(self.typed(focus.why) if focus.why.strip() else [self.p("—")]),
            Spacer(1, 4),
        ]
        tables = self.action_tables(focus.actions)
        if not tables:
            return [KeepTogether([*head, self.p(w.lines("no_actions"), "muted")]), Spacer(1, 10)]
        # The heading travels with the start of its table, never alone at a page's foot: with
        # less room than the heading and a few rows need, the focus area starts a new page.
        room = min(_height(head, self.width, self.height) + 90, self.height)
        return [CondPageBreak(room), KeepTogether(head), *tables, Spacer(1, 12)]

    def _action_columns(self) -> list[_Column]:
        return [_Column(key, share * self.width) for key, share in ACTION_COLUMNS]

    def _action_row(self, action: Action) -> list[_Cell]:
        """One paragraph per cell; a very long text is a list of them (see ``typed``)."""
        w = self.words
        carried = ""
        if action.carried_from:
            carried = f'<br/><font size="7.5" color="#5A5A5A">{w.lines("carried")}</font>'

        def cell(text: str, suffix: str = "") -> _Cell:
            pieces = self.typed(text if text.strip() else "—", "cell", suffix)
            return pieces[0] if len(pieces) == 1 else pieces

        return [
            cell(action.description, carried),
            cell(action.owner),
            self.p(w.date_range(action.start, action.due), "cell"),
            cell(action.resources),
            cell(action.measure),
            self.p(w.each_lines(lambda g: labels.status_label(g, action.status)), "cell"),
        ]

    def action_tables(self, actions: Sequence[Action]) -> list[Flowable]:
        """The action table, as few tables as possible; a row never splits across pages.

        Rows move whole to the next page. Only a row taller than a whole page (someone pasted
        pages of text into one action) cannot: that action is printed as a card across the
        full width, one field per line, which may split inside its longest field rather than
        fail to print (in a narrow column it would also run over several pages).
        """
        if not actions:
            return []
        columns = self._action_columns()
        header = [self.p(self.words.lines(c.key), "cell_head") for c in columns]
        header_height = _row_height(header, columns)
        room = self.height - header_height - 24
        tables: list[Flowable] = []
        pending: list[list[_Cell]] = []

        for action in actions:
            row = self._action_row(action)
            if _row_height(row, columns, room) > room:
                if pending:
                    tables.append(self._action_table([header, *pending], columns))
                    pending = []
                tables.extend([Spacer(1, 6), *self._action_card(header, row), Spacer(1, 6)])
            else:
                pending.append(row)
        if pending:
            tables.append(self._action_table([header, *pending], columns))
        return tables

    def _action_table(self, data: Sequence[Sequence[_Cell]], columns: Sequence[_Column]) -> Table:
        table = Table(
            data, colWidths=[c.width for c in columns], repeatRows=1, splitByRow=1, hAlign="LEFT"
        )
        style = self._grid_style()
        style.add("LINEAFTER", (0, 0), (-2, -1), 0.4, RULE)
        table.setStyle(style)
        return table

    def _action_card(self, header: list[Paragraph], row: list[_Cell]) -> list[Flowable]:
        """The action as label and text, one small table per piece of a long text.

        One table holding every piece would be wrapped again, whole, for every page it runs
        onto; pieces that each fit a page flow on like the paragraphs of a note.
        """
        label_width = 0.2 * self.width
        out: list[Flowable] = []
        for field, (label, value) in enumerate(zip(header, row, strict=True)):
            pieces = value if isinstance(value, list) else [value]
            for index, piece in enumerate(pieces):
                table = Table(
                    [[label if index == 0 else "", piece]],
                    colWidths=[label_width, self.width - label_width],
                    splitByRow=1,
                    splitInRow=1,
                    hAlign="LEFT",
                )
                first, last = index == 0, index == len(pieces) - 1
                table.setStyle(self._card_style(field == 0 and first, first, last))
                out.append(table)
        return out

    def _card_style(self, top: bool, first: bool, last: bool) -> TableStyle:
        """The grid of ``_grid_style`` around a card; no line or gap between pieces of a text."""
        style = TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
                ("LINEBEFORE", (0, 0), (0, -1), 0.6, RULE),
                ("LINEAFTER", (-1, 0), (-1, -1), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), SIDE_PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), SIDE_PAD),
                ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD if first else 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD + 1 if last else 0),
            ]
        )
        if top:
            style.add("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE)
        if last:
            style.add("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)
        return style


class _SignOff(_Section):
    """The sign-off table: one row per member present, signed by hand."""

    def flowables(self) -> list[Flowable]:
        w = self.words
        heads = ["col_name", "col_role", "col_signature", "col_date"]
        data: list[list[Flowable]] = [[self.p(w.lines(k), "cell_head") for k in heads]]
        for member in self.a.present:  # without names, each person prints theirs by hand
            role = w.each_lines(partial(labels.role_label, role=member.role))
            name = para_text(member.display_name) if self.members == "names" else ""
            data.append(
                [
                    self.p(name, "cell"),
                    self.p(role if self.members != "anonymous" else "", "cell"),
                    "",
                    "",
                ]
            )
        data.extend([["", "", "", ""] for _ in range(2)])  # for anyone who joins the sign-off
        shares = [0.3, 0.22, 0.3, 0.18]
        table = Table(data, colWidths=[s * self.width for s in shares], repeatRows=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.6, INK),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
                    ("TOPPADDING", (0, 1), (-1, -1), 16),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        block: list[Flowable] = [
            self.p(w.lines("signoff_title"), "h1"),
            self.p(w.lines("signoff_intro")),
            Spacer(1, 4),
            table,
        ]
        return [KeepTogether(block)]


SCAN_DPI = 200  # a scan is printed at about the size it was written...
SCAN_HEIGHT = 1.5 * inch  # ...but never taller than this, nor wider than the frame


def _scan_image(png: bytes, width: float) -> Image | None:
    """A scan of handwriting as an image flowable scaled to fit; None if it cannot be read."""
    try:
        pixels_wide, pixels_high = ImageReader(io.BytesIO(png)).getSize()
    except (OSError, ValueError):  # the bytes were checked as PNG when saved; never fail a plan
        return None
    if pixels_wide <= 0 or pixels_high <= 0:
        return None
    wide, high = pixels_wide * 72 / SCAN_DPI, pixels_high * 72 / SCAN_DPI
    scale = min(1.0, width / wide, SCAN_HEIGHT / high)
    image = Image(io.BytesIO(png), width=wide * scale, height=high * scale)
    image.hAlign = "LEFT"
    return image


def _change(level: int | None, before: int | None) -> str:
    if level is None or before is None:
        return "—"
    diff = level - before
    return f"+{diff}" if diff > 0 else ("0" if diff == 0 else f"−{-diff}")


def _height(flowables: Sequence[Flowable], width: float, limit: float = float("inf")) -> float:
    """How tall flowables stand one above the other in a frame this wide.

    Past ``limit`` the rest is not measured (a long text need not be wrapped to learn that
    it is taller than a page): the result is then some height above ``limit``.
    """
    total = 0.0
    for flowable in flowables:
        _, height = flowable.wrap(width, 1e6)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        if total > limit:
            break
    return total


def _row_height(
    row: Sequence[_Cell], columns: Sequence[_Column], limit: float = float("inf")
) -> float:
    """How tall a table row will be: its tallest cell, wrapped to the column, plus padding.

    As in ``_height``, a cell is measured only until the row is known to be past ``limit``.
    """
    tallest = 0.0
    for cell, column in zip(row, columns, strict=True):
        pieces = cell if isinstance(cell, list) else [cell]
        tallest = max(tallest, _height(pieces, column.width - 2 * SIDE_PAD, limit))
        if tallest > limit:
            break
    return tallest + 2 * CELL_PAD + 1


def _pieces(text: str, size: int = PIECE) -> list[str]:
    """``text`` in pieces of at most ``size`` characters, cut where a reader least notices.

    That is a line break, else a sentence's end, else a space, in the piece's second half; the
    space or line break at the cut is left out (the new paragraph stands for it). A text with
    none of them is cut where the piece is full.
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size + 1]
        for mark in ("\n", ". ", " "):
            found = window.rfind(mark)
            if found >= size // 2:
                cut = found + len(mark) - 1  # the space or line break that ends the mark
                pieces.append(window[:cut])
                start += cut + 1
                break
        else:
            pieces.append(window[:size])
            start += size
    pieces.append(text[start:])
    return pieces


class _Rule(Flowable):
    """A thin line across the frame, to separate one category or focus area from the next."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width = width
        self.height = 6

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.8)
        self.canv.line(0, self.height, self.width, self.height)


def _footer(words: _Words, school: str, year: str) -> Callable[[Canvas, Any], None]:
    """Draws the left of the footer (plan, school, year); the page count is drawn on save."""
    style = ParagraphStyle("footer", fontName=REGULAR, fontSize=8, leading=10, textColor=MUTED)

    def draw(canvas: Canvas, doc: Any) -> None:
        # User text (the school's name) needs para_text, so the footer is a Paragraph.
        text = para_text(f"{words.plain('plan_title')} · {school} · {year}")
        para = Paragraph(text, style)
        _, height = para.wrap(doc.width * 0.62, MARGIN)
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        line_y = FOOTER_Y + max(height, 10) + 4
        left, right = doc.leftMargin + FRAME_PADDING, doc.leftMargin + doc.width - FRAME_PADDING
        canvas.line(left, line_y, right, line_y)
        para.drawOn(canvas, left, FOOTER_Y + max(height, 10) - height)
        canvas.restoreState()

    return draw


def _numbered_canvas(page_of: Callable[[int, int], str]) -> type[Canvas]:
    """A canvas that holds pages back until the end, so each can say "Page X of Y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                self._page_number(number, total)
                super().showPage()
            super().save()

        def _page_number(self, number: int, total: int) -> None:
            width, _ = self._pagesize
            self.saveState()
            self.setFont(REGULAR, 8)
            self.setFillColor(MUTED)
            self.drawRightString(
                width - MARGIN - FRAME_PADDING, FOOTER_Y + 2, page_of(number, total)
            )
            self.restoreState()

    return NumberedCanvas
