"""Issue 18, appearance: text size, high contrast, light and dark (chosen or the system's),
kept in settings.json, shown in every window at once; readable text in every palette."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
)
from pytestqt.qtbot import QtBot

from roots_app import settings
from roots_app.services import assessments, schools
from roots_app.ui import theme
from roots_app.ui.widgets.appearance_settings import AppearanceSettings
from roots_app.ui.widgets.wheel import WheelView
from tests.ui.conftest import WindowFactory, remember
from tests.ui.screens import open_window, settle
from tests.ui.test_charts import NAMES, _assessment, _pack, _picture
from tests.ui.test_dialog_look import _ratio
from tests.ui.test_icons import REPO

PALETTES = [
    pytest.param(
        contrast, dark, id=f"{'dark' if dark else 'light'}{'-contrast' if contrast else ''}"
    )
    for dark, contrast in itertools.product((False, True), (False, True))
]
TEXT = 4.5  # WCAG AA, text
NON_TEXT = 3.0  # WCAG AA, the focus ring and other parts one must see


@pytest.fixture
def default_look(qapp: QApplication) -> Iterator[None]:
    yield
    theme.apply(qapp)


@pytest.mark.parametrize(("contrast", "dark"), PALETTES)
def test_every_text_and_background_pair_reads_at_4_5_to_1(contrast: bool, dark: bool) -> None:
    """The palette's own pairs, and the style sheet's (sidebar, buttons, cards, meters)."""
    palette = theme._palette(contrast, dark)
    c = theme.colours(contrast, dark)
    role, group = QPalette.ColorRole, QPalette.ColorGroup

    def colour(role: QPalette.ColorRole, group: QPalette.ColorGroup = group.Active) -> QColor:
        return palette.color(group, role)

    pairs = {
        "window text": (colour(role.WindowText), colour(role.Window)),
        "field text": (colour(role.Text), colour(role.Base)),
        "other rows": (colour(role.Text), colour(role.AlternateBase)),
        "button text": (colour(role.ButtonText), colour(role.Button)),
        "selection": (colour(role.HighlightedText), colour(role.Highlight)),
        "tooltip": (colour(role.ToolTipText), colour(role.ToolTipBase)),
        "placeholder": (colour(role.PlaceholderText), colour(role.Base)),
        "link": (colour(role.Link), colour(role.Base)),
        "link on the window": (colour(role.Link), colour(role.Window)),
        "disabled text": (colour(role.WindowText, group.Disabled), colour(role.Window)),
        "disabled field": (colour(role.Text, group.Disabled), colour(role.Base, group.Disabled)),
        "disabled button": (
            colour(role.ButtonText, group.Disabled),
            colour(role.Button, group.Disabled),
        ),
        "sidebar text": (QColor(c.text), QColor(c.sidebar)),
        "sidebar's chosen place": (QColor("white"), QColor(c.fill)),
        "primary and checked buttons": (QColor("white"), QColor(c.fill)),
        "disabled primary button": (QColor(c.disabled_text), QColor(c.primary_off)),
        "muted text": (QColor(c.muted), QColor(c.window)),
        "muted text in the sidebar": (QColor(c.muted), QColor(c.sidebar)),
        "level card": (QColor(c.text), QColor(c.base)),
        "level card's number": (QColor(c.muted), QColor(c.base)),
        "chosen level card": (QColor(c.text), QColor(c.chosen)),
        "chosen level card's number": (QColor(c.muted), QColor(c.chosen)),
        "error text": (QColor(c.error), QColor(c.window)),
        "error text in a field's row": (QColor(c.error), QColor(c.base)),
        "error colour the dialogs take": (
            QColor(theme.error_colour(palette, contrast)),
            colour(role.Window),
        ),
    }
    low = {name: round(_ratio(*pair), 2) for name, pair in pairs.items() if _ratio(*pair) < TEXT}
    assert not low, low


@pytest.mark.parametrize(("contrast", "dark"), PALETTES)
def test_the_focus_ring_stands_out_from_everything_it_is_drawn_on(
    contrast: bool, dark: bool
) -> None:
    c = theme.colours(contrast, dark)
    grounds = {"window": c.window, "field": c.base, "button": c.button, "chosen": c.chosen}
    grounds |= {"sidebar": c.sidebar}
    low = {
        name: round(_ratio(QColor(c.focus), QColor(ground)), 2)
        for name, ground in grounds.items()
        if _ratio(QColor(c.focus), QColor(ground)) < NON_TEXT
    }
    assert not low, low
    # Not the chosen card's border colour: a focused card and a chosen one look different.
    assert c.focus != c.accent and c.focus != c.border
    assert f"LevelCard:focus {{ border: 3px dashed {c.focus}; }}" in theme.style(1, contrast, dark)


@pytest.mark.parametrize(
    "chosen",
    [
        theme.Appearance(text_size=size, contrast=contrast, scheme=scheme)
        for size, contrast, scheme in itertools.product(
            (100, 150, 200), (False, True), theme.SCHEMES
        )
    ],
    ids=str,
)
def test_meeting_mode_restyles_what_differs_in_every_appearance(
    qapp: QApplication, default_look: None, chosen: theme.Appearance
) -> None:
    """Switching meeting mode restyles anew only what ``meeting_styled`` names: whatever the
    person chose, the rules that differ between the looks must name only those widgets."""
    theme.apply(qapp, appearance=chosen)
    differing = {
        rule.partition("{")[0].replace('*[meeting="true"]', "").strip()
        for rule in theme.both_looks().splitlines()
        if rule.startswith('*[meeting="true"]')
    }
    known = {
        "QWidget#Sidebar",
        "QListWidget#SidebarList",
        "QListWidget#SidebarList::item",  # its places' padding, less as their text grows
        'QLabel[role="heading"]',
        'QLabel[role="subheading"]',
        'QLabel[role="muted"]',
        'QLabel[role="breadcrumb"]',
        'QLabel[role="error"]',
        'QProgressBar[role="meter"]',
        "LevelCard",
    }
    assert differing <= known


def _remembered(roots, size: str, contrast: str, scheme: str) -> None:  # type: ignore[no-untyped-def]
    schools.create_school(roots, "Garfield")  # the app starts on Home
    roots.settings.language = "en"
    roots.settings.text_size, roots.settings.high_contrast = size, contrast
    roots.settings.colour_scheme = scheme
    roots.save_settings()


def test_the_chosen_look_is_shown_at_the_next_start(
    qtbot: QtBot, qapp: QApplication, make_window: WindowFactory, roots, default_look: None
) -> None:
    base = qapp.font().pointSizeF()
    _remembered(roots, "200", "yes", "dark")
    window = make_window()
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor("#000000")
    assert qapp.font().pointSizeF() == pytest.approx(base * 2)
    # The style sheet's sizes grow too: a heading is 20 pt at 100 %.
    titles = [w for w in window.findChildren(QLabel) if w.property("role") == "heading"]
    assert titles and all(t.font().pointSizeF() == pytest.approx(40) for t in titles)


def test_settings_shows_a_choice_everywhere_at_once_and_keeps_it(
    qtbot: QtBot, qapp: QApplication, make_window: WindowFactory, roots, default_look: None
) -> None:
    _remembered(roots, "100", "no", "light")
    window = make_window()
    base = qapp.font().pointSizeF()
    window.show_place("settings")
    box = window.settings_page.findChild(AppearanceSettings)
    assert box is not None
    box.text_size.setCurrentIndex(box.text_size.findData(175))
    box.scheme.setCurrentIndex(box.scheme.findData("dark"))
    qtbot.keyClick(box.contrast, Qt.Key.Key_Space)
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.75)
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor("#000000")
    saved = json.loads((roots.data_dir / settings.SETTINGS_FILENAME).read_text(encoding="utf-8"))
    assert (saved["text_size"], saved["high_contrast"], saved["colour_scheme"]) == (
        "175",
        "yes",
        "dark",
    )
    # Meeting mode on top of a chosen size: the larger of it and 150 %, then back.
    window.set_meeting_mode(True)
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.75)
    window.set_meeting_mode(False)
    box.text_size.setCurrentIndex(box.text_size.findData(125))
    window.set_meeting_mode(True)
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.5)
    window.set_meeting_mode(False)
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.25)


def test_the_system_s_dark_mode_is_followed_unless_one_is_chosen(
    qtbot: QtBot, qapp: QApplication, make_window: WindowFactory, roots, default_look: None
) -> None:
    _remembered(roots, "100", "no", "system")
    window = make_window()
    hints = qapp.styleHints()
    window_colour = lambda: qapp.palette().color(QPalette.ColorRole.Window)  # noqa: E731
    assert window_colour() == QColor(theme.PAPER)  # offscreen Qt reports no scheme: light
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_colour() == QColor(theme.colours(dark=True).window)
    assert window.palette().color(QPalette.ColorRole.Window) == window_colour()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window_colour() == QColor(theme.PAPER)
    window.show_place("settings")
    box = window.settings_page.findChild(AppearanceSettings)
    assert box is not None
    box.scheme.setCurrentIndex(box.scheme.findData("light"))
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # chosen light: stays light
    assert window_colour() == QColor(theme.PAPER)


def test_unknown_values_in_settings_give_the_default_look() -> None:
    kept = settings.Settings(text_size="900", high_contrast="maybe", colour_scheme="pink")
    assert theme.Appearance.from_settings(kept) == theme.Appearance()
    theme.Appearance(175, True, "dark").store(kept)
    assert theme.Appearance.from_settings(kept) == theme.Appearance(175, True, "dark")


def test_no_colour_is_written_outside_the_theme() -> None:
    """Dialogs, pages and widgets take every colour from ui/theme.py (which knows the palette)."""
    written = re.compile(r"[\"']#[0-9A-Fa-f]{3,8}[\"']|QColor\(\"|GlobalColor\.(white|black)")
    for source in (REPO / "roots_app" / "ui").rglob("*.py"):
        if source.name != "theme.py":
            assert not written.search(source.read_text(encoding="utf-8")), source


def test_the_wheel_is_drawn_again_in_dark_colours_when_the_window_turns_dark(
    qtbot: QtBot, qapp: QApplication, default_look: None
) -> None:
    theme.apply(qapp, appearance=theme.Appearance(scheme="light"))
    pack = _pack("cei-six-roots")
    wheel = WheelView()
    qtbot.addWidget(wheel)
    wheel.show()
    wheel.show_wheel(_assessment(pack), _picture(pack), "en", NAMES, show_members=True)
    light, dark = theme.chart_colours(dark=False), theme.chart_colours(dark=True)
    assert wheel.chart().backgroundBrush().color() == QColor(light.background)
    theme.set_appearance(qapp, theme.Appearance(scheme="dark"))
    chart = wheel.chart()
    assert chart.backgroundBrush().color() == QColor(dark.background)
    assert wheel.agreed.pen().color() == QColor(dark.agreed)
    assert wheel.points.borderColor() == QColor(dark.point)
    assert wheel.agreed.points(), "the agreed levels are drawn again, not lost"
    spokes = chart.axes(Qt.Orientation.Horizontal)[0]
    for ink in (spokes.labelsBrush().color(), wheel.numbers[0][2].brush().color()):
        assert _ratio(ink, QColor(dark.background)) >= TEXT
    for line in (dark.agreed, dark.lowest, dark.highest, dark.earlier, dark.point):
        assert _ratio(QColor(line), QColor(dark.background)) >= NON_TEXT, line


@pytest.mark.parametrize("dark", [False, True])
def test_district_shades_keep_the_text_readable(
    qapp: QApplication, default_look: None, dark: bool
) -> None:
    theme.apply(qapp, appearance=theme.Appearance(scheme="dark" if dark else "light"))
    for contrast in (False, True):
        text = QColor(theme.colours(contrast, dark).text)
        for shade in theme.level_shades():
            assert _ratio(text, QColor(shade)) >= TEXT, shade
    lightness = [QColor(shade).lightness() for shade in theme.level_shades()]
    assert lightness == sorted(lightness, reverse=not dark)  # the order reads in greyscale


@pytest.mark.parametrize(("contrast", "dark"), PALETTES)
def test_check_boxes_and_radio_buttons_show_their_box_in_every_palette(
    qtbot: QtBot, qapp: QApplication, default_look: None, contrast: bool, dark: bool
) -> None:
    theme.apply(qapp, appearance=theme.Appearance(100, contrast, "dark" if dark else "light"))
    window = QColor(theme.colours(contrast, dark).window)
    for box in (QCheckBox("High contrast"), QRadioButton("Dark")):
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        option = QStyleOptionButton()
        box.initStyleOption(option)
        element = (
            QStyle.SubElement.SE_CheckBoxIndicator
            if isinstance(box, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonIndicator
        )
        edge = box.style().subElementRect(element, option, box)
        image = box.grab().toImage()
        ratio = max(
            _ratio(image.pixelColor(x, edge.center().y()), window)
            for x in range(edge.left(), edge.center().x())
        )
        assert ratio >= NON_TEXT, type(box).__name__


def test_the_chosen_level_card_says_so_in_words_and_a_thicker_border_in_dark(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str, default_look: None
) -> None:
    """Meaning not in colour alone: the chosen card has a check mark and its words."""
    remember(roots, assessment_id, "es")
    roots.settings.colour_scheme, roots.settings.high_contrast = "dark", "yes"
    roots.save_settings()
    window = make_window()
    page = window.walkthrough
    page.cover_start.click()
    page.cards[2].click()
    marks = {card.value: card.mark.text() for card in page.cards if card.mark.isVisible()}
    assert marks == {page.cards[2].value: "✔ Elegido"}
    sheet = theme.both_looks()
    assert "LevelCard:checked { background: #0B3A57; border: 4px solid" in sheet
    assert "LevelCard { background: #000000; border: 2px solid #FFFFFF; border-radius" in sheet


def test_the_progress_trend_is_drawn_again_when_the_window_turns_dark(
    qtbot: QtBot, qapp: QApplication, make_window: WindowFactory, roots, default_look: None
) -> None:
    window = open_window(qtbot, make_window, roots, "en")
    window.open_assessment(assessments.list_assessments(roots)[0].id)
    window.show_place("progress")
    page = window.progress_page
    page.tabs.setCurrentIndex(1)
    settle(qtbot)
    assert page.trend_view is not None
    light = theme.chart_colours(dark=False).background
    assert page.trend_view.chart().backgroundBrush().color() == QColor(light)
    theme.set_appearance(qapp, theme.Appearance(scheme="dark"))
    dark = theme.chart_colours(dark=True)
    chart = page.trend_view.chart()
    assert chart.backgroundBrush().color() == QColor(dark.background)
    assert chart.series()[0].pen().color() == QColor(dark.agreed)
    for axis in chart.axes():
        assert _ratio(axis.labelsBrush().color(), QColor(dark.background)) >= TEXT


@pytest.mark.parametrize("size", [100, 200])
def test_the_sidebar_widens_for_the_longest_place_at_a_large_text_size(
    qtbot: QtBot, make_window: WindowFactory, roots, default_look: None, size: int
) -> None:
    _remembered(roots, str(size), "no", "dark")
    roots.settings.language = "es"  # "Configuración", "Vista del equipo"
    roots.save_settings()
    window = make_window()
    places = window.sidebar
    metrics = places.fontMetrics()
    for row in range(places.count()):
        text = places.item(row).text()
        assert metrics.horizontalAdvance(text) + 2 * 16 <= places.viewport().width(), text
    assert (places.width() == 200) == (size == 100)  # the everyday look is as before


def test_the_sidebar_scrolls_up_and_down_only_and_keeps_its_places_whole(
    qtbot: QtBot, make_window: WindowFactory, roots, default_look: None
) -> None:
    """200 % text: the places fit a 1024x700 window; in a lower one the list scrolls up and
    down, widened by its scroll bar, and never sideways (that cut the places' names)."""
    _remembered(roots, "200", "no", "light")
    roots.settings.language = "es"
    roots.save_settings()
    window = make_window()
    window.resize(1024, 700)
    window.show()
    settle(qtbot)
    places = window.sidebar
    assert places.verticalScrollBar().maximum() == 0  # all ten places in view
    wide = places.width()
    window.setMinimumSize(0, 0)
    window.resize(1024, 420)
    settle(qtbot)
    assert places.verticalScrollBar().maximum() > 0
    assert places.width() > wide
    assert places.horizontalScrollBar().maximum() == 0
    assert places.sizeHintForColumn(0) <= places.viewport().width()
    window.resize(1024, 700)
    settle(qtbot)
    assert places.width() == wide
