"""One calm, legible look: Fusion, a warm palette, colour-blind-safe accents, 11 pt or more.

The person chooses a text size (100-200 %), high contrast, and light or dark (or the system's
colour scheme) in Settings; every colour of every window comes from here. Meeting mode (for a
projector) is the same look at 150 % or more with high contrast.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from roots_app.settings import Settings
from roots_app.ui import icons

# Okabe-Ito colours: distinguishable with every common colour-vision deficiency.
BLUE = "#0072B2"
ORANGE = "#E69F00"
GREEN = "#009E73"
VERMILLION = "#D55E00"
SKY = "#56B4E9"  # Okabe-Ito's sky blue: the accent lines on a dark window (blue is too dim)
INK = "#1F2328"
PAPER = "#FBFAF7"
MUTED = "#6B6B6B"  # disabled text: still readable, clearly not active
# Error text beside a field: red on paper; darker in the high-contrast meeting look; light red
# on a dark window, where the everyday red would be unreadable.
ERROR = "#B00020"
ERROR_CONTRAST = "#8A0019"
ERROR_ON_DARK = "#FF8A80"
# The text being read aloud (ui/read_aloud.py): a pale yellow behind dark ink, in every look.
READING = "#FFF1B8"
MEETING_SCALE = 1.5
BASE_POINTS = 11.0

# What Settings offers (kept as text in settings.json, which the command line reads too).
TEXT_SIZES = (100, 125, 150, 175, 200)
SCHEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class Appearance:
    """The person's choice: text size in percent, high contrast, light/dark or the system's."""

    text_size: int = 100
    contrast: bool = False
    scheme: str = "system"

    @classmethod
    def from_settings(cls, settings: Settings) -> Appearance:
        """Read from settings.json; a value Roots does not know gives the default."""
        size = int(settings.text_size) if settings.text_size.isdigit() else 100
        return cls(
            text_size=size if size in TEXT_SIZES else 100,
            contrast=settings.high_contrast == "yes",
            scheme=settings.colour_scheme if settings.colour_scheme in SCHEMES else "system",
        )

    def store(self, settings: Settings) -> None:
        """Write into ``settings`` (the caller saves them)."""
        settings.text_size = str(self.text_size)
        settings.high_contrast = "yes" if self.contrast else "no"
        settings.colour_scheme = self.scheme


@dataclass(frozen=True)
class Colours:
    """Every colour of one palette (light or dark, everyday or high contrast)."""

    window: str
    text: str
    base: str  # fields, lists, level cards
    alternate: str
    button: str
    disabled_text: str
    muted: str  # secondary text (hints, the key number on a level card)
    border: str
    sidebar: str
    meter: str  # a meter's empty part
    chosen: str  # a chosen level card's background
    primary_off: str  # a disabled primary button's background
    fill: str  # filled backgrounds with white text: selection, primary and checked buttons
    accent: str  # lines and borders in the accent colour: hover, chosen card, meters, charts
    focus: str  # the focus ring
    error: str
    link: str
    grid: str  # chart grid lines and an earlier year's line
    dark: bool
    contrast: bool


def colours(contrast: bool = False, dark: bool = False) -> Colours:
    """The colours of one palette. The focus ring's colour depends on light/dark only (as the
    accent), so that switching meeting mode never has to restyle every button (both_looks)."""
    if dark:
        return Colours(
            window="#000000" if contrast else "#1C1D1F",
            text="#FFFFFF" if contrast else "#E8E6E3",
            base="#000000" if contrast else "#26272A",
            alternate="#1A1A1A" if contrast else "#2E2F33",
            button="#000000" if contrast else "#2E3034",
            disabled_text="#A0A0A0",
            muted="#FFFFFF" if contrast else "#B0B3B8",
            border="#FFFFFF" if contrast else "#6B6E73",
            sidebar="#000000" if contrast else "#26272A",
            meter="#000000" if contrast else "#3A3C40",
            chosen="#0B3A57",
            primary_off="#2E3034",
            fill=BLUE,
            accent=SKY,
            focus=ORANGE,
            error=ERROR_ON_DARK,
            link=SKY,
            grid="#A0A0A0",
            dark=True,
            contrast=contrast,
        )
    return Colours(
        window="#FFFFFF" if contrast else PAPER,
        text="#000000" if contrast else INK,
        base="#FFFFFF",
        alternate="#F4F1EA",
        button="#FFFFFF" if contrast else "#F1EEE8",
        disabled_text=MUTED,
        muted=INK if contrast else "#5A5F66",
        border=INK if contrast else "#B9B4AA",
        sidebar="#FFFFFF" if contrast else "#EFEBE3",
        meter="#FFFFFF" if contrast else "#E2DDD3",
        chosen="#E3F0F8",
        primary_off="#F1EEE8",
        fill=BLUE,
        accent=BLUE,
        # Orange, dark enough for 3:1 beside paper, fields and the chosen card (Okabe-Ito's
        # orange has 2.2:1 on paper: a ring too faint to find).
        focus="#C05600",
        error=ERROR_CONTRAST if contrast else ERROR,
        link=BLUE,
        grid="#6B6B6B",
        dark=False,
        contrast=contrast,
    )


def error_colour(palette: QPalette, contrast: bool = False) -> str:
    """The colour of error text (labels with the role "error") on this palette's window."""
    if palette.color(QPalette.ColorRole.Window).lightness() < 128:
        return ERROR_ON_DARK
    return ERROR_CONTRAST if contrast else ERROR


def style(scale: float = 1.0, contrast: bool = False, dark: bool = False) -> str:
    """The style sheet; sizes scale with the text size, contrast hardens greys."""

    def pt(points: float) -> str:
        return f"{points * scale:.1f}pt"

    c = colours(contrast, dark)
    return f"""
QWidget#Sidebar {{ background: {c.sidebar}; }}
QListWidget#SidebarList {{ border: none; background: transparent; font-size: {pt(12)}; }}
QListWidget#SidebarList::item {{ padding: {round(10 / scale)}px 16px; border-radius: 6px; }}
QListWidget#SidebarList::item:selected {{ background: {c.fill}; color: white; }}
QLabel[role="heading"] {{ font-size: {pt(20)}; font-weight: 600; }}
QLabel[role="subheading"] {{ font-size: {pt(13)}; font-weight: 600; }}
QLabel[role="muted"] {{ color: {c.muted}; }}
QLabel[role="breadcrumb"] {{ color: {c.muted}; font-size: {pt(10.5)}; }}
QLabel[role="error"] {{ color: {c.error}; }}
QPushButton {{ padding: 6px 14px; }}
QPushButton:checked {{ background: {c.fill}; color: white; }}
QPushButton[primary="true"] {{ background: {c.fill}; color: white; border-radius: 4px;
    padding: 8px 18px; font-weight: 600; }}
QPushButton[primary="true"]:disabled {{ background: {c.primary_off}; color: {c.disabled_text}; }}
QPushButton:focus {{ border: 3px solid {c.focus}; border-radius: 4px; padding: 4px 12px; }}
QPushButton[primary="true"]:focus {{ padding: 5px 15px; }}
QComboBox:focus, QLineEdit:focus, QPlainTextEdit:focus, QTreeView:focus, QTableView:focus,
QListWidget:focus {{ border: 2px solid {c.focus}; }}
QProgressBar[role="meter"] {{ border: 1px solid {c.border}; border-radius: 6px;
    background: {c.meter}; min-height: 12px; max-height: 12px; }}
QProgressBar[role="meter"]::chunk {{ background: {c.accent}; border-radius: 5px; }}
LevelCard {{ background: {c.base}; border: 2px solid {c.border}; border-radius: 8px; }}
LevelCard:hover {{ border-color: {c.accent}; }}
LevelCard:focus {{ border: 3px dashed {c.focus}; }}
LevelCard:checked {{ background: {c.chosen}; border: 4px solid {c.accent}; }}
LevelCard:checked:focus {{ border: 4px dashed {c.focus}; }}
QLabel[reading="true"], QLineEdit[reading="true"], QPlainTextEdit[reading="true"],
QListWidget[reading="true"], QTableWidget[reading="true"] {{ background: {READING};
    color: {INK}; }}
LevelCard[reading="true"] {{ background: {READING}; border-color: {c.focus}; }}
"""


SP = QStyle.StandardPixmap
# Qt's stock icons (coloured, and different on every desktop) -> Roots' monochrome ones.
STANDARD_ICONS = {
    SP.SP_MessageBoxWarning: "warning",
    SP.SP_MessageBoxInformation: "information",
    SP.SP_MessageBoxQuestion: "question",
    SP.SP_MessageBoxCritical: "error",
    SP.SP_DialogOkButton: "check",
    SP.SP_DialogYesButton: "check",
    SP.SP_DialogApplyButton: "check",
    SP.SP_DialogSaveButton: "save",
    SP.SP_DialogCancelButton: "close",
    SP.SP_DialogNoButton: "close",
    SP.SP_DialogCloseButton: "close",
    SP.SP_DialogDiscardButton: "trash",
    SP.SP_DialogResetButton: "restore",
    SP.SP_DialogHelpButton: "question",
    SP.SP_TrashIcon: "trash",
    # Qt's own file chooser, where Roots asks where to save or what to open.
    SP.SP_DirIcon: "folder",
    SP.SP_DirOpenIcon: "folder",
    SP.SP_DirClosedIcon: "folder",
    SP.SP_DirLinkIcon: "folder",
    SP.SP_DirLinkOpenIcon: "folder",
    SP.SP_FileIcon: "file",
    SP.SP_FileLinkIcon: "file",
    SP.SP_DriveHDIcon: "computer",
    SP.SP_ComputerIcon: "computer",
    SP.SP_DesktopIcon: "computer",
    SP.SP_DirHomeIcon: "home",
    SP.SP_FileDialogNewFolder: "folder-new",
    SP.SP_FileDialogToParent: "arrow-up",
    SP.SP_FileDialogBack: "arrow-left",
    SP.SP_ArrowBack: "arrow-left",
    SP.SP_ArrowForward: "arrow-right",
    SP.SP_ArrowLeft: "arrow-left",
    SP.SP_ArrowRight: "arrow-right",
    SP.SP_ArrowUp: "arrow-up",
    SP.SP_FileDialogListView: "list",
    SP.SP_FileDialogDetailedView: "details",
}


class RootsStyle(QProxyStyle):
    """Fusion, with Roots' own icons wherever Qt would use a stock one (message boxes, dialog
    buttons on desktops that put icons on them)."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def standardIcon(
        self,
        standard_icon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        name = STANDARD_ICONS.get(standard_icon)
        if name is not None:
            return icons.icon(name, widget.palette() if widget is not None else None)
        return super().standardIcon(standard_icon, option, widget)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        # Fusion edges a check box or a radio button in a shade of the window: on a dark
        # window the box vanished. Edged in the text's colour, it shows in every palette.
        if element in _BOXES:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Text), 1))  # type: ignore[attr-defined]
            box = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)  # type: ignore[attr-defined]
            if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
                painter.drawEllipse(box)
            else:
                painter.drawRect(box)
            painter.restore()


_BOXES = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
)
_style: RootsStyle | None = None


def _palette(contrast: bool, dark: bool = False) -> QPalette:
    palette = QPalette()
    c = colours(contrast, dark)
    for role, colour in (
        (QPalette.ColorRole.Window, c.window),
        (QPalette.ColorRole.WindowText, c.text),
        (QPalette.ColorRole.Base, c.base),
        (QPalette.ColorRole.AlternateBase, c.alternate),
        (QPalette.ColorRole.Text, c.text),
        (QPalette.ColorRole.Highlight, c.fill),
        (QPalette.ColorRole.Accent, c.fill),  # Qt 6.6+: Fusion's checked and default parts
        (QPalette.ColorRole.HighlightedText, "#FFFFFF"),
        (QPalette.ColorRole.Button, c.button),
        (QPalette.ColorRole.ButtonText, c.text),
        (QPalette.ColorRole.ToolTipBase, c.base),
        (QPalette.ColorRole.ToolTipText, c.text),
        (QPalette.ColorRole.PlaceholderText, c.muted),
        (QPalette.ColorRole.BrightText, c.error),
        (QPalette.ColorRole.Link, c.link),
        (QPalette.ColorRole.LinkVisited, c.link),
        # Fusion draws bevels and frames from these: on a dark window, Qt's light defaults
        # would draw white edges.
        (QPalette.ColorRole.Light, QColor(c.button).lighter(130).name()),
        (QPalette.ColorRole.Midlight, QColor(c.button).lighter(115).name()),
        (QPalette.ColorRole.Mid, c.border),
        (QPalette.ColorRole.Dark, QColor(c.button).darker(160).name()),
        (QPalette.ColorRole.Shadow, "#000000"),
    ):
        palette.setColor(role, QColor(colour))
    # setColor(role, ...) sets every colour group: without these, disabled fields and buttons
    # looked exactly like enabled ones. Grey text (4.5:1 or more) on a window-coloured field.
    disabled = QPalette.ColorGroup.Disabled
    for role, colour in (
        (QPalette.ColorRole.WindowText, c.disabled_text),
        (QPalette.ColorRole.Text, c.disabled_text),
        (QPalette.ColorRole.ButtonText, c.disabled_text),
        (QPalette.ColorRole.Base, c.window),
        (QPalette.ColorRole.Button, c.window),
    ):
        palette.setColor(disabled, role, QColor(colour))
    return palette


@dataclass(frozen=True)
class _State:
    """What is on screen now: the person's choice, meeting mode, the system's scheme."""

    appearance: Appearance = Appearance()
    meeting: bool = False
    system_dark: bool | None = None  # None: ask Qt's style hints


_now = _State()


def _system_is_dark() -> bool:
    if _now.system_dark is not None:
        return _now.system_dark
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark() -> bool:
    """Whether the windows are dark now (the person's choice, or else the system's)."""
    scheme = _now.appearance.scheme
    return scheme == "dark" or (scheme == "system" and _system_is_dark())


def current() -> Colours:
    """The colours on screen now (for what draws itself: charts, the wheel, overlays)."""
    return colours(_now.appearance.contrast or _now.meeting, is_dark())


@dataclass(frozen=True)
class ChartColours:
    """What charts draw themselves (the wheel, the progress line): light or dark only, so that
    switching meeting mode never redraws them. Meaning is also in line styles and markers."""

    background: str
    text: str  # spoke and level numbers, axis labels
    grid: str
    agreed: str
    lowest: str
    highest: str
    earlier: str  # an earlier year's line
    point: str  # a member's point: filled with the background, edged with this


def chart_colours(dark: bool | None = None) -> ChartColours:
    """The charts' colours for a dark or light window (by default, the one on screen)."""
    if dark if dark is not None else is_dark():
        return ChartColours(
            background="#26272A",
            text="#E8E6E3",
            grid="#6B6E73",
            agreed=SKY,
            lowest="#F0762B",  # Okabe-Ito's vermillion, lighter: 3:1 on the dark chart
            highest=GREEN,
            earlier="#A0A0A0",
            point="#E8E6E3",
        )
    return ChartColours(
        background="#FFFFFF",
        text="#444444",
        grid="#C8C8C8",
        agreed=BLUE,
        lowest=VERMILLION,
        highest=GREEN,
        earlier="#777777",
        point="#444444",
    )


# A table cell's shade by level (the district table): lightness carries the order, so it
# survives greyscale printing. Light: darker is higher; dark: lighter is higher. Text on every
# shade reads at 4.5:1 or more.
LIGHT_SHADES = ("#F2F7FB", "#D6E6F2", "#AECDE6", "#7FB0D6")
DARK_SHADES = ("#1E2A33", "#1D3A52", "#1F4766", "#285C84")


def level_shades() -> tuple[str, ...]:
    """The four shades of the district table, for the window on screen."""
    return DARK_SHADES if is_dark() else LIGHT_SHADES


def overlay_colours() -> dict[str, str]:
    """The sheet review's marks over a scanned page (paper, whatever the palette): a clear
    reading, an unclear one, the other boxes. Meaning is also in the line widths."""
    return {"clear": GREEN, "unclear": ORANGE, "other": "#999999", "paper": "#FFFFFF"}


def _everyday_scale() -> float:
    return _now.appearance.text_size / 100


def _meeting_scale() -> float:
    return max(_everyday_scale(), MEETING_SCALE)


# A window with this property set to "true" shows the meeting look (see both_looks).
MEETING_PROPERTY = "meeting"
_IN_MEETING = f'*[{MEETING_PROPERTY}="true"] '


def _rules(sheet: str) -> list[str]:
    return [rule.strip() + " }" for rule in sheet.split("}") if rule.strip()]


def both_looks() -> str:
    """One style sheet for both looks: each rule of the everyday look, and right after it, where
    the meeting look differs, the meeting rule for what lies inside a window in meeting mode.

    Why: a new application style sheet restyles every widget of every window (0.25-0.3 s of
    CPU for the main window, seconds of wall time on a busy computer); with one sheet, switching
    restyles anew only the few widgets the differing rules name (see meeting_styled). The
    meeting rules come right after their everyday rules and weigh one property more, so they win
    over them and, as before, lose to the rules that follow (hover, focus, chosen)."""
    chosen, dark = _now.appearance, is_dark()
    everyday_sheet = style(_everyday_scale(), contrast=chosen.contrast, dark=dark)
    meeting_sheet = style(_meeting_scale(), contrast=True, dark=dark)
    out = []
    for everyday, meeting in zip(_rules(everyday_sheet), _rules(meeting_sheet), strict=True):
        out.append(everyday)
        if meeting != everyday:
            selectors, _, body = meeting.partition("{")
            inside = ", ".join(_IN_MEETING + s.strip() for s in selectors.split(","))
            out.append(f"{inside} {{{body}")
    return "\n".join(out) + "\n"


def meeting_styled(widget: QWidget) -> bool:
    """Whether a rule of the style sheet that differs between the looks names ``widget``."""
    return (
        widget.property("role") is not None
        or widget.objectName() in ("Sidebar", "SidebarList")
        or widget.inherits("LevelCard")
    )


def _fonts_and_colours(app: QApplication, meeting: bool) -> None:
    global _style, _now
    if _style is None:  # once: the application owns it, this keeps its Python half alive
        _style = RootsStyle()
        app.setStyle(_style)
        app.styleHints().colorSchemeChanged.connect(_system_scheme_changed)
    _now = replace(_now, meeting=meeting)
    app.setPalette(_palette(_now.appearance.contrast or meeting, is_dark()))
    base = app.property("roots_base_points")
    if base is None:  # follow a larger system size, never go below 11 pt
        base = max(BASE_POINTS, app.font().pointSizeF())
        app.setProperty("roots_base_points", base)
    font = QFont(app.font())
    font.setPointSizeF(float(base) * (_meeting_scale() if meeting else _everyday_scale()))
    app.setFont(font)


def apply(app: QApplication, meeting: bool = False, appearance: Appearance | None = None) -> None:
    """The chosen look (the default one unless ``appearance``), or (``meeting``) the projector
    look: 150 % or more and high contrast.

    The everyday look is the sheet of both looks, so that the main window can switch to the
    meeting look quickly (set_meeting); ``meeting`` here gives every window the meeting look
    at once, at the cost of restyling every widget."""
    global _now
    _now = _State(appearance or Appearance())  # the system's scheme is asked anew
    _fonts_and_colours(app, meeting)
    if meeting:
        app.setStyleSheet(style(_meeting_scale(), contrast=True, dark=is_dark()))
    else:
        app.setStyleSheet(both_looks())


def appearance() -> Appearance:
    """The person's choice on screen now."""
    return _now.appearance


def set_appearance(app: QApplication, chosen: Appearance) -> None:
    """Show ``chosen`` in every window at once, keeping meeting mode as it is (a new style
    sheet: every widget is restyled, as a change in Settings may)."""
    global _now
    meeting_only = app.styleSheet() not in ("", both_looks())  # apply(meeting=True) ran
    _now = replace(_now, appearance=chosen)
    _fonts_and_colours(app, _now.meeting)
    meeting_sheet = style(_meeting_scale(), contrast=True, dark=is_dark())
    sheet = meeting_sheet if meeting_only else both_looks()
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)


def _system_scheme_changed(scheme: Qt.ColorScheme) -> None:
    """The system switched between light and dark: follow it, unless the person chose one."""
    global _now
    _now = replace(_now, system_dark=scheme == Qt.ColorScheme.Dark)
    app = QApplication.instance()
    if _now.appearance.scheme == "system" and isinstance(app, QApplication):
        set_appearance(app, _now.appearance)


def set_meeting(app: QApplication, window: QWidget, on: bool) -> None:
    """Switch ``window`` (and the dialogs it opens) to the meeting look or back.

    What a new application style sheet does, without its cost: the widgets on screen are styled
    again from the rules they already matched (their fonts follow the new size), only the
    widgets that the differing rules name match rules anew, and every layout measures its items
    again. Hidden parts (other pages, tabs, dialogs) are styled when they are next shown."""
    _fonts_and_colours(app, on)
    sheet = both_looks()
    if app.styleSheet() != sheet:  # apply(meeting=True) ran: once, the slow way
        window.setProperty(MEETING_PROPERTY, on)
        app.setStyleSheet(sheet)
        return
    window.setProperty(MEETING_PROPERTY, on)
    _restyle(window)


class _RestyleWhenShown(QObject):
    """Styles a hidden part of a window again when it is next shown, before it is painted."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched.property(_PENDING):
            assert isinstance(watched, QWidget)
            watched.removeEventFilter(self)
            watched.setProperty(_PENDING, False)
            _restyle_one(watched)
            _restyle(watched)
        return False


_PENDING = "roots_restyle_when_shown"
_when_shown = _RestyleWhenShown()


def _restyle_one(widget: QWidget) -> None:
    style = widget.style()
    if meeting_styled(widget):
        style.unpolish(widget)  # forgets the rules it matched
    style.polish(widget)
    # As a new style sheet does: size hints are measured anew.
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))


def _restyle(parent: QWidget) -> None:
    """``parent``'s children and theirs, parents first; hidden ones when they are shown."""
    for child in parent.children():
        if not isinstance(child, QWidget):
            continue
        if child.isHidden():
            child.setProperty(_PENDING, True)
            child.installEventFilter(_when_shown)  # once: Qt does not install a filter twice
            continue
        _restyle_one(child)
        _restyle(child)
