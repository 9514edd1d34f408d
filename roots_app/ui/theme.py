"""One calm, legible look: Fusion, a warm palette, colour-blind-safe accents, 11 pt or more.

Meeting mode (for a projector) is the same look at 150% with higher contrast.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from roots_app.ui import icons

# Okabe-Ito colours: distinguishable with every common colour-vision deficiency.
BLUE = "#0072B2"
ORANGE = "#E69F00"
GREEN = "#009E73"
VERMILLION = "#D55E00"
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


def error_colour(palette: QPalette, contrast: bool = False) -> str:
    """The colour of error text (labels with the role "error") on this palette's window."""
    if palette.color(QPalette.ColorRole.Window).lightness() < 128:
        return ERROR_ON_DARK
    return ERROR_CONTRAST if contrast else ERROR


def style(scale: float = 1.0, contrast: bool = False, error: str = ERROR) -> str:
    """The style sheet; sizes scale with meeting mode, contrast hardens greys to black."""

    def pt(points: float) -> str:
        return f"{points * scale:.1f}pt"

    muted = INK if contrast else "#5A5F66"
    border = INK if contrast else "#B9B4AA"
    return f"""
QWidget#Sidebar {{ background: {"#FFFFFF" if contrast else "#EFEBE3"}; }}
QListWidget#SidebarList {{ border: none; background: transparent; font-size: {pt(12)}; }}
QListWidget#SidebarList::item {{ padding: 10px 16px; border-radius: 6px; }}
QListWidget#SidebarList::item:selected {{ background: {BLUE}; color: white; }}
QLabel[role="heading"] {{ font-size: {pt(20)}; font-weight: 600; }}
QLabel[role="subheading"] {{ font-size: {pt(13)}; font-weight: 600; }}
QLabel[role="muted"] {{ color: {muted}; }}
QLabel[role="breadcrumb"] {{ color: {muted}; font-size: {pt(10.5)}; }}
QLabel[role="error"] {{ color: {error}; }}
QPushButton {{ padding: 6px 14px; }}
QPushButton:checked {{ background: {BLUE}; color: white; }}
QPushButton[primary="true"] {{ background: {BLUE}; color: white; border-radius: 4px;
    padding: 8px 18px; font-weight: 600; }}
QPushButton[primary="true"]:disabled {{ background: #DAD6CE; color: {MUTED}; }}
QPushButton:focus {{ border: 3px solid {ORANGE}; border-radius: 4px; padding: 4px 12px; }}
QPushButton[primary="true"]:focus {{ padding: 5px 15px; }}
QComboBox:focus, QLineEdit:focus, QPlainTextEdit:focus, QTreeView:focus, QTableView:focus,
QListWidget:focus {{ border: 2px solid {ORANGE}; }}
QProgressBar[role="meter"] {{ border: 1px solid {border}; border-radius: 6px;
    background: {"#FFFFFF" if contrast else "#E2DDD3"}; min-height: 12px; max-height: 12px; }}
QProgressBar[role="meter"]::chunk {{ background: {BLUE}; border-radius: 5px; }}
LevelCard {{ background: white; border: 2px solid {border}; border-radius: 8px; }}
LevelCard:hover {{ border-color: {BLUE}; }}
LevelCard:focus {{ border: 3px dashed {ORANGE}; }}
LevelCard:checked {{ background: #E3F0F8; border: 4px solid {BLUE}; }}
LevelCard:checked:focus {{ border: 4px dashed {ORANGE}; }}
QLabel[reading="true"], QLineEdit[reading="true"], QPlainTextEdit[reading="true"],
QListWidget[reading="true"], QTableWidget[reading="true"] {{ background: {READING};
    color: {INK}; }}
LevelCard[reading="true"] {{ background: {READING}; border-color: {ORANGE}; }}
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


_style: RootsStyle | None = None


def _palette(contrast: bool) -> QPalette:
    palette = QPalette()
    paper = "#FFFFFF" if contrast else PAPER
    ink = "#000000" if contrast else INK
    for role, colour in (
        (QPalette.ColorRole.Window, paper),
        (QPalette.ColorRole.WindowText, ink),
        (QPalette.ColorRole.Base, "#FFFFFF"),
        (QPalette.ColorRole.AlternateBase, "#F4F1EA"),
        (QPalette.ColorRole.Text, ink),
        (QPalette.ColorRole.Highlight, BLUE),
        (QPalette.ColorRole.HighlightedText, "#FFFFFF"),
        (QPalette.ColorRole.Button, "#FFFFFF" if contrast else "#F1EEE8"),
        (QPalette.ColorRole.ButtonText, ink),
        (QPalette.ColorRole.ToolTipBase, "#FFFFFF"),
        (QPalette.ColorRole.ToolTipText, ink),
    ):
        palette.setColor(role, QColor(colour))
    # setColor(role, ...) sets every colour group: without these, disabled fields and buttons
    # looked exactly like enabled ones. Grey text (4.5:1 on paper) on a paper-coloured field.
    disabled = QPalette.ColorGroup.Disabled
    for role, colour in (
        (QPalette.ColorRole.WindowText, MUTED),
        (QPalette.ColorRole.Text, MUTED),
        (QPalette.ColorRole.ButtonText, MUTED),
        (QPalette.ColorRole.Base, paper),
        (QPalette.ColorRole.Button, paper),
    ):
        palette.setColor(disabled, role, QColor(colour))
    return palette


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
    everyday_sheet = style(1.0, contrast=False, error=error_colour(_palette(False), False))
    meeting_sheet = style(
        MEETING_SCALE, contrast=True, error=error_colour(_palette(True), contrast=True)
    )
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
    global _style
    if _style is None:  # once: the application owns it, this keeps its Python half alive
        _style = RootsStyle()
        app.setStyle(_style)
    app.setPalette(_palette(contrast=meeting))
    base = app.property("roots_base_points")
    if base is None:  # follow a larger system size, never go below 11 pt
        base = max(BASE_POINTS, app.font().pointSizeF())
        app.setProperty("roots_base_points", base)
    font = QFont(app.font())
    font.setPointSizeF(float(base) * (MEETING_SCALE if meeting else 1.0))
    app.setFont(font)


def apply(app: QApplication, meeting: bool = False) -> None:
    """The everyday look, or (``meeting``) the projector look: 150% and high contrast.

    The everyday look is the sheet of both looks, so that the main window can switch to the
    meeting look quickly (set_meeting); ``meeting`` here gives every window the meeting look
    at once, at the cost of restyling every widget."""
    _fonts_and_colours(app, meeting)
    if meeting:
        palette = _palette(contrast=True)
        app.setStyleSheet(
            style(MEETING_SCALE, contrast=True, error=error_colour(palette, contrast=True))
        )
    else:
        app.setStyleSheet(both_looks())


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
