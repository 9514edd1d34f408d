"""The bundled TTF fonts for PDFs, and user text made safe for platypus Paragraph markup."""

from __future__ import annotations

import io
import re
import threading
from importlib.abc import Traversable
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from roots_app.paths import _bundled

REGULAR = "RootsSans"
BOLD = "RootsSans-Bold"
FALLBACK = "RootsFallback"  # CJK: DejaVu Sans has Latin, Greek, Cyrillic, Arabic, but no Han
# Emoji typed in evidence or names (🌱, ❤️): a monochrome outline font, since ReportLab cannot
# draw the colour bitmap fonts that systems use for emoji.
EMOJI = "RootsEmoji"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    FALLBACK: "DroidSansFallbackFull.ttf",
    EMOJI: "NotoEmoji-Regular.ttf",
}

_lock = threading.Lock()  # PDF batches run off the UI thread; register from one thread at a time
_covered: frozenset[int] = frozenset()
_extra_covered: dict[str, frozenset[int]] = {}

# Variation selectors (U+FE0E text style, U+FE0F emoji style), the zero-width joiner and the
# keycap mark belong to the character before them: they stay in its run, never start one.
_JOINERS = frozenset((0xFE0E, 0xFE0F, 0x200D, 0x20E3))
_EMOJI_STYLE = "\ufe0f"

# XML 1.0 refuses most C0 controls; a pasted note can carry them, and the parser must not choke.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# ReportLab 5.1 writes characters beyond U+FFFF (emoji) into the ToUnicode map as five hex
# digits, which PDF readers refuse: the emoji prints but cannot be searched, copied or
# extracted. The map's targets must be UTF-16BE, so rewrite those entries as surrogate pairs.
_NON_BMP_ENTRY = re.compile(r"^<([0-9A-F]{2})> <([0-9A-F]{5,6})>$", re.MULTILINE)
_original_to_unicode_cmap = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    cmap: str = _original_to_unicode_cmap(fontname, subset)
    return _NON_BMP_ENTRY.sub(
        lambda m: f"<{m[1]}> <{chr(int(m[2], 16)).encode('utf-16-be').hex().upper()}>", cmap
    )


def fonts_dir() -> Traversable | Path:
    """The bundled fonts folder: inside the wheel, or resources/fonts in a source tree."""
    return _bundled("resources") / "fonts"


def _load(name: str) -> TTFont:
    # Read the bytes ourselves: inside a wheel the folder may not be a real directory.
    data = (fonts_dir() / _FILES[name]).read_bytes()
    return TTFont(name, io.BytesIO(data))


def register_fonts() -> None:
    """Register the main fonts with ReportLab once per process; later calls return at once.

    The CJK fallback (4 MB, ~0.2 s to read) is registered only when a text needs it.
    """
    global _covered
    if _covered:
        return
    with _lock:
        if _covered:
            return
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        fonts = {name: _load(name) for name in (REGULAR, BOLD)}
        for font in fonts.values():
            pdfmetrics.registerFont(font)
        # <b> inside a Paragraph looks the family up, so map every style of the family.
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(REGULAR, bold, italic, BOLD if bold else REGULAR)
                addMapping(BOLD, bold, italic, BOLD)
        _covered = frozenset(fonts[REGULAR].face.charToGlyph) & frozenset(
            fonts[BOLD].face.charToGlyph
        )


def _extra(name: str) -> frozenset[int]:
    """Register a fallback font (CJK or emoji) on first need; returns the characters it covers."""
    covered = _extra_covered.get(name)
    if covered is not None:
        return covered
    with _lock:
        if name not in _extra_covered:
            font = _load(name)
            pdfmetrics.registerFont(font)
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(name, bold, italic, name)
            _extra_covered[name] = frozenset(font.face.charToGlyph)
    return _extra_covered[name]


def _font_for(char: str, following: str) -> str | None:
    """The fallback font for ``char`` (None: the main font), given the character after it."""
    code = ord(char)
    emoji_style = following == _EMOJI_STYLE
    if code in _covered and not emoji_style:
        return None
    if code in _extra(EMOJI):
        return EMOJI  # also "❤️": DejaVu has a text heart, but U+FE0F asks for the emoji
    if code in _covered:
        return None
    if code in _extra(FALLBACK):
        return FALLBACK
    return None


# A run of Arabic-script letters, with the spaces and marks between them.
_ARABIC_RUN = re.compile(
    r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"
    r"(?:[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\s]*"
    r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff])?"
)


def _visual_arabic(text: str) -> str:
    """Arabic runs shaped (joined letter forms) and put in visual order, since ReportLab
    draws glyphs left to right as given. PDF readers read such runs back in logical order.
    A run longer than a line still wraps, and then its lines read in the wrong order: fine
    for names and short notes, which is what Roots prints in Arabic."""
    if not _ARABIC_RUN.search(text):
        return text
    import arabic_reshaper
    from bidi import get_display

    def visual(match: re.Match[str]) -> str:
        # No-break spaces keep the run on one line: wrapped, its lines would read backwards.
        return get_display(arabic_reshaper.reshape(match.group(0))).replace(" ", "\u00a0")

    return _ARABIC_RUN.sub(visual, text)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para_text(text: str) -> str:
    """User text as Paragraph markup that prints exactly as typed, in every script we bundle.

    Markup characters are escaped (a note containing ``<b>`` prints ``<b>``), newlines become
    line breaks, and runs of characters the main font lacks are switched to a fallback font
    that has them: emoji to Noto Emoji, Chinese, Japanese and Korean to Droid Sans Fallback.
    Characters no font has are left in the main font, which prints its "missing" box rather
    than dropping them silently.
    """
    register_fonts()
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
    text = _visual_arabic(text)
    out: list[str] = []
    run: list[str] = []
    run_font: str | None = None

    def flush() -> None:
        if not run:
            return
        chunk = _escape("".join(run))
        out.append(f'<font name="{run_font}">{chunk}</font>' if run_font else chunk)
        run.clear()

    for index, char in enumerate(text):
        if char == "\n":
            flush()
            out.append("<br/>")
            continue
        code = ord(char)
        if code in _JOINERS and run:
            if code in (_covered if run_font is None else _extra(run_font)):
                run.append(char)
            continue  # a selector the run's font lacks would print as a box; it only styles
        following = text[index + 1 : index + 2]
        # Most text is in the main font: decide that without a call (100,000-character notes).
        font = (
            None if code in _covered and following != _EMOJI_STYLE else _font_for(char, following)
        )
        if font != run_font:
            flush()
            run_font = font
        run.append(char)
    flush()
    return "".join(out)
