"""Issue 3's journey on real widgets: three members rate the Six Essential Roots in turns on one
laptop without seeing each other's ratings; the team view shows the spread and flags the right
categories; the team agrees every level with evidence; the wheel shows it; all survives a
restart. In English and in Spanish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from roots_app.domain.assessment import TEAM, Status
from roots_app.services import assessments
from tests.ui.answers import answer_boxes
from tests.ui.conftest import WindowFactory, remember
from tests.ui.test_walkthrough_keys import Mod, _type, focused, scroll_of

# Levels each member gives the six roots, in order.
RATINGS = {
    "Ana García": [3, 1, 4, 2, 5, 3],
    "Luis Pérez": [3, 3, 4, 2, 2, 3],
    "Mei Chen": [4, 3, 4, 5, 2, 3],
}
# Root 1: 3,3,4 close. Root 2: 1,3,3 -> far apart, Ana stands alone. Root 3: all 4.
# Root 4: 2,2,5 -> far apart, Mei stands alone. Root 5: 5,2,2 -> far apart, Ana alone.
FAR_APART = {1, 3, 4}
AGREED = [3, 3, 4, 2, 3, 3]
WORDS = {
    "en": {
        "far": "Far apart",
        "alone": "stands alone",
        "pass": "Pass the laptop to",
        "agreed": "Agreed",
        "close": "Close",
    },
    "es": {
        "far": "Muy separados",
        "alone": "queda sola",
        "pass": "Pase la computadora a",
        "agreed": "Acordada",
        "close": "Cerca",
    },
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_three_members_rate_in_turns_then_agree_as_a_team(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str, language: str
) -> None:
    words = WORDS[language]
    remember(roots, assessment_id, language)
    window = make_window()
    page = window.walkthrough
    members = {m.display_name: m.id for m in page.assessment.present}
    assert list(members) == list(RATINGS)

    for turn, (name, levels) in enumerate(RATINGS.items()):
        assert page.on_cover
        assert page.cover_title.text().startswith(words["pass"])
        assert name in page.cover_title.text()
        qtbot.keyClick(page.cover_start, Qt.Key.Key_Space)
        assert page.rater == members[name]
        for index, level in enumerate(levels):
            assert page.index == index
            # Nothing the previous members chose is on screen for this member.
            assert not any(card.isChecked() for card in page.cards), (name, index)
            page.setFocus()
            qtbot.keyClick(page, Qt.Key.Key_0 + level)
            page.evidence.setFocus()
            qtbot.keyClicks(page.evidence, f"note {turn}-{index}")
            if index < len(levels) - 1:
                qtbot.keyClick(page.evidence, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClick(page.next_button, Qt.Key.Key_Space)  # "done": hand over

    team = window.team_view
    assert window.pages.currentWidget() is team  # after the last member, the team view
    assert team.table_model.index(0, 1).data() not in ("1", "3")  # still hidden
    assert team.notes.toPlainText() != ""
    assert "note 0-0" not in team.notes.toPlainText()
    team.reveal_button.setFocus()
    qtbot.keyClick(team.reveal_button, Qt.Key.Key_Space)
    assert team.assessment.revealed

    flagged = {row for row in range(6) if words["far"] in team.table_model.index(row, 4).data()}
    assert flagged == FAR_APART
    assert team.table_model.index(0, 4).data() == words["close"]
    assert words["alone"] in team.table_model.index(1, 4).data()
    assert "Ana García" in team.table_model.index(1, 4).data()
    assert team.table_model.index(1, 1).data() == "1"  # lowest
    assert team.table_model.index(1, 3).data() == "3"  # median

    team.tabs.setCurrentIndex(0)
    for index, level in enumerate(AGREED):
        assert team.index == index
        team.setFocus()
        qtbot.keyClick(team, Qt.Key.Key_0 + level)
        team.evidence.setFocus()
        qtbot.keyClicks(team.evidence, f"team saw {index}")
        if index == 1:
            team.reason.setFocus()
            qtbot.keyClicks(team.reason, "Ana explained her 1")
        qtbot.keyClick(team.evidence, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    team.flush()

    team.tabs.setCurrentIndex(1)  # the wheel
    agreed_series = next(
        s for s in team.wheel.chart().series() if s.name() == team.tr("Agreed level")
    )
    marks = team.wheel.marks[agreed_series].points()  # a marker on each spoke (at n + 0.5)
    assert [(int(p.x()), p.y()) for p in marks] == list(enumerate(AGREED))
    assert "team saw" not in team.wheel.accessibleDescription()  # levels, in words
    stored = assessments.load(window.ctx.roots, assessment_id)
    assert stored.info.status is Status.AGREED

    window.close()
    window.ctx.roots.close()
    restarted = make_window()
    restarted.show_place("team")
    again = restarted.team_view
    assert again.assessment.revealed
    assert [again.table_model.index(r, 5).data().split(" · ")[0] for r in range(6)] == [
        str(v) for v in AGREED
    ]
    stored = assessments.load(restarted.ctx.roots, assessment_id)
    for index, category in enumerate(stored.pack.categories):
        agreed = stored.rating(TEAM, category.key)
        assert (agreed.level, agreed.evidence) == (AGREED[index], f"team saw {index}")
        for turn, (name, levels) in enumerate(RATINGS.items()):
            rating = stored.rating(members[name], category.key)
            assert (rating.level, rating.evidence) == (levels[index], f"note {turn}-{index}")
    assert stored.rating(TEAM, stored.pack.categories[1].key).reason == "Ana explained her 1"
    restarted.show_place("summary")
    assert words["agreed"] in restarted.summary.status.text()


def test_names_roles_or_anonymous(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str
) -> None:
    loaded = assessments.load(roots, assessment_id)
    key = loaded.pack.categories[0].key
    for member, level in zip(loaded.present, (1, 3, 3), strict=True):
        assessments.rate(roots, loaded, member.id, key, level, f"from {member.display_name}")
    assessments.set_revealed(roots, assessment_id, True)
    remember(roots, assessment_id)
    window = make_window()
    window.show_place("team")
    team = window.team_view
    assert "Ana García" in team.notes.toPlainText()
    team.identity.setCurrentIndex(team.identity.findData("roles"))
    assert "Ana García (" not in team.notes.toPlainText()
    assert "Family member (1)" in team.notes.toPlainText()
    team.identity.setCurrentIndex(team.identity.findData("anonymous"))
    assert "Family member" not in team.notes.toPlainText()
    assert "Member " in team.notes.toPlainText()
    assert "Ana García" not in team.table_model.index(0, 4).data()


def test_meeting_mode_is_large_and_leaves_cleanly(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str, qapp
) -> None:
    remember(roots, assessment_id)
    window = make_window()
    normal = qapp.font().pointSizeF()
    window.meeting_action.trigger()
    assert qapp.font().pointSizeF() == pytest.approx(normal * 1.5)
    assert window.isFullScreen()
    assert not window.side.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert qapp.font().pointSizeF() == pytest.approx(normal)
    assert not window.meeting_mode
    assert window.side.isVisible()


def _settled(qapp, window):  # type: ignore[no-untyped-def]
    """The window's picture once it has settled (leaving full screen takes a few rounds of
    events, however the widgets are styled)."""
    image = None
    for _ in range(10):
        qapp.processEvents()
        image, before = window.grab().toImage(), image
        if image == before:
            break
    return image


def _geometry(window):  # type: ignore[no-untyped-def]
    """Where every shown widget of the window is, and its font size."""
    return [
        (type(w).__name__, w.objectName(), w.geometry(), w.font().pointSizeF())
        for w in window.findChildren(QWidget)
        if w.isVisible()
    ]


@pytest.mark.slow  # a layout walk at two text sizes: CI runs it, the quick set does not
def test_meeting_mode_looks_as_if_every_widget_were_styled_again(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str, qapp
) -> None:
    """Meeting mode restyles only what it must, and hidden pages when they are shown (it
    restyled every widget, which took seconds): each screen must look exactly as after
    restyling every widget, both ways, on the page shown and on one hidden at the switch, and
    the level cards re-measured (they stayed on two lines after leaving meeting mode)."""
    remember(roots, assessment_id)
    window = make_window()
    window.resize(1024, 700)
    window.show_place("team")
    team = window.team_view
    team.go_to(1)  # a chosen card, muted labels, headings on screen
    qtbot.keyClick(team.pager, Qt.Key.Key_1)

    def as_if_all_restyled() -> None:
        quick, where = _settled(qapp, window), _geometry(window)
        qapp.setStyleSheet(qapp.styleSheet() + " ")  # a new sheet: every widget styled again
        assert _settled(qapp, window) == quick
        assert _geometry(window) == where

    heading = team.title.font().pointSizeF()
    _settled(qapp, window)
    cards = [c.geometry() for c in team.pager.cards]
    window.meeting_action.trigger()  # on, on the page shown
    assert window.meeting_mode and window.isFullScreen()
    assert team.title.font().pointSizeF() == pytest.approx(heading * 1.5)
    as_if_all_restyled()
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # off, on the page shown
    assert not window.meeting_mode and not window.isFullScreen()
    as_if_all_restyled()
    assert [c.geometry() for c in team.pager.cards] == cards  # as many lines as before
    assert team.title.font().pointSizeF() == pytest.approx(heading)
    window.meeting_action.trigger()  # on, then a page hidden until now
    window.show_place("assess")
    as_if_all_restyled()
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # off, then the page hidden since
    window.show_place("team")
    as_if_all_restyled()
    assert [c.geometry() for c in team.pager.cards] == cards
    assert team.title.font().pointSizeF() == pytest.approx(heading)
    window.show_place("assess")  # the walkthrough's five cards stand in one row at 1024x700
    walk = window.walkthrough
    walk.start_turn()
    _settled(qapp, window)
    assert len({c.y() for c in walk.cards}) == 1
    window.meeting_action.trigger()
    as_if_all_restyled()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    as_if_all_restyled()
    assert len({c.y() for c in walk.cards}) == 1
    # The walkthrough keeps a sheet per category, the next one made while the page is idle:
    # one made before a switch and hidden at it looks as after a full restyle when shown.
    qtbot.waitUntil(lambda: len(walk.pager.sheets()) > 1)
    window.meeting_action.trigger()
    walk.go_to(1)
    as_if_all_restyled()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    walk.go_to(0)
    as_if_all_restyled()
    walk.go_to(1)
    as_if_all_restyled()
    assert len({c.y() for c in walk.cards}) == 1


def test_a_dialog_opened_in_meeting_mode_has_the_meeting_look(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str, qapp
) -> None:
    """Dialogs of the window follow its look: large text and the high-contrast error colour
    in meeting mode, the everyday ones after it (one style sheet holds both looks)."""
    from PySide6.QtGui import QColor

    from roots_app.domain.people import Team
    from roots_app.ui import theme
    from roots_app.ui.dialogs.team import TeamDialog

    remember(roots, assessment_id)
    window = make_window()
    looks = {}
    for on in (True, False):
        window.set_meeting_mode(on)
        dialog = TeamDialog(Team("t1", "s1", "Garfield Family Action Team"), window)
        qtbot.addWidget(dialog)
        dialog.error.setText("Type a name.")
        dialog.show()
        qapp.processEvents()
        looks[on] = (
            dialog.error.palette().color(dialog.error.foregroundRole()),
            dialog.error.font().pointSizeF(),
        )
        dialog.close()
    assert looks[True][0] == QColor(theme.ERROR_CONTRAST)
    assert looks[False][0] == QColor(theme.ERROR)
    assert looks[True][1] == pytest.approx(looks[False][1] * 1.5)


def test_meeting_mode_restyles_every_widget_a_differing_rule_names(qapp) -> None:
    """Switching restyles anew only what ``meeting_styled`` says; a rule added to the sheet that
    differs between the looks must name widgets it knows, or they would keep the old look."""
    from PySide6.QtWidgets import QLabel, QListWidget

    from roots_app.ui import theme
    from roots_app.ui.widgets.level_card import LevelCard

    meeting = [r for r in theme.both_looks().splitlines() if r.startswith('*[meeting="true"]')]
    selectors = {r.partition("{")[0].replace('*[meeting="true"]', "").strip() for r in meeting}
    assert selectors == {
        "QWidget#Sidebar",
        "QListWidget#SidebarList",
        "QListWidget#SidebarList::item",  # its padding shrinks with the text scale
        'QLabel[role="heading"]',
        'QLabel[role="subheading"]',
        'QLabel[role="muted"]',
        'QLabel[role="breadcrumb"]',
        'QLabel[role="error"]',
        'QProgressBar[role="meter"]',
        "LevelCard",
    }
    sidebar, sidebar_list, label = QWidget(), QListWidget(), QLabel()
    sidebar.setObjectName("Sidebar")
    sidebar_list.setObjectName("SidebarList")
    assert not theme.meeting_styled(label)
    label.setProperty("role", "muted")
    for widget in (sidebar, sidebar_list, label, LevelCard(1)):
        assert theme.meeting_styled(widget)


def test_the_rubric_s_guiding_questions_open_each_category(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str
) -> None:
    remember(roots, assessment_id, "es")
    window = make_window()
    window.show_place("team")
    team = window.team_view
    category = team.assessment.pack.categories[0]
    assert category.questions
    shown = QTextDocumentFragment.fromHtml(team.questions.text()).toPlainText()  # a list
    assert shown.startswith("Preguntas para conversar:")
    for question in category.questions:
        assert question["es"] in shown


def _agree_cards(team) -> list:  # type: ignore[no-untyped-def]
    """The team view's level choices, found by what a screen reader hears."""
    found = [
        b for b in team.findChildren(QAbstractButton) if b.accessibleName().startswith("Agree on")
    ]
    return sorted(found, key=lambda b: b.accessibleName())


def _agreed_on_screen(team) -> set[str]:  # type: ignore[no-untyped-def]
    return {b.accessibleName().split(":")[0][-6:] for b in _agree_cards(team) if b.isChecked()}


def _agreed_stored(roots, assessment_id: str, index: int) -> set[str]:  # type: ignore[no-untyped-def]
    stored = assessments.load(roots, assessment_id)
    level = stored.rating(TEAM, stored.pack.categories[index].key).level
    return set() if level is None else {f"{level} of 5"}


@pytest.fixture
def team_agreeing(qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str):  # type: ignore[no-untyped-def]
    assessments.set_revealed(roots, assessment_id, True)
    remember(roots, assessment_id)
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_place("team")
    return window, window.team_view


def test_the_team_view_shows_only_the_agreed_level_stored_on_every_path(
    qtbot: QtBot, team_agreeing, assessment_id: str
) -> None:
    window, team = team_agreeing
    roots = window.ctx.roots
    team.setFocus()
    qtbot.keyClick(team, Qt.Key.Key_3)
    assert _agreed_stored(roots, assessment_id, 0) == {"3 of 5"}
    assert _agreed_on_screen(team) == {"3 of 5"}
    paths = (
        ("Next", lambda: team.next_button.click(), 1),
        ("Alt+Right", lambda: qtbot.keyClick(team, Qt.Key.Key_Right, Mod.AltModifier), 2),
        ("Previous", lambda: team.previous_button.click(), 1),
        ("Alt+Left", lambda: qtbot.keyClick(team, Qt.Key.Key_Left, Mod.AltModifier), 0),
        ("Right", lambda: qtbot.keyClick(team, Qt.Key.Key_Right), 1),
        ("jump", lambda: team.go_to(4), 4),
        ("back", lambda: team.go_to(0), 0),
        ("table", lambda: team._table_opened(team.table_model.index(5, 0)), 5),
    )
    for name, move, index in paths:
        move()
        assert team.index == index, name
        assert _agreed_on_screen(team) == _agreed_stored(roots, assessment_id, index), name
    team.go_to(0)
    _agree_cards(team)[2].click()  # clicking the agreed level again clears it
    assert _agreed_stored(roots, assessment_id, 0) == set()
    assert _agreed_on_screen(team) == set()


def test_only_a_digit_as_typed_agrees_a_level(
    qtbot: QtBot, team_agreeing, assessment_id: str
) -> None:
    window, team = team_agreeing
    roots = window.ctx.roots
    team.setFocus()
    for modifiers in (Mod.ControlModifier, Mod.AltModifier, Mod.MetaModifier):
        qtbot.keyClick(team, Qt.Key.Key_2, modifiers)
        _type(team, Qt.Key.Key_4, modifiers | Mod.KeypadModifier, "4")
    assert _agreed_stored(roots, assessment_id, 0) == set()
    assert _agreed_on_screen(team) == set()
    _type(team, Qt.Key.Key_4, Mod.KeypadModifier, "4")
    assert _agreed_stored(roots, assessment_id, 0) == {"4 of 5"}
    _type(team, Qt.Key.Key_1, Mod.ShiftModifier, "1")  # a layout with Shift for digits
    assert _agreed_stored(roots, assessment_id, 0) == {"1 of 5"}
    _type(team, Qt.Key.Key_NumberSign, Mod.ShiftModifier, "#")
    assert _agreed_stored(roots, assessment_id, 0) == {"1 of 5"}


def test_alt_right_from_the_agreed_evidence_lands_on_the_level_choices(
    qtbot: QtBot, team_agreeing, assessment_id: str
) -> None:
    window, team = team_agreeing
    roots = window.ctx.roots
    team.evidence.setFocus()
    qtbot.keyClicks(team.evidence, "Two cafes")
    qtbot.keyClick(team.evidence, Qt.Key.Key_Right, Mod.AltModifier)
    assert team.index == 1
    assert QApplication.focusWidget() in _agree_cards(team)
    for key in (Qt.Key.Key_2, Qt.Key.Key_4):
        qtbot.keyClick(focused(), key)
    assert team.evidence.toPlainText() == ""
    assert _agreed_stored(roots, assessment_id, 1) == {"4 of 5"}
    stored = assessments.load(roots, assessment_id)
    assert stored.rating(TEAM, stored.pack.categories[0].key).evidence == "Two cafes"
    # Arrows move between the level choices; Space chooses.
    card = QApplication.focusWidget()
    qtbot.keyClick(card, Qt.Key.Key_Left)
    assert QApplication.focusWidget() is _agree_cards(team)[2]
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert _agreed_stored(roots, assessment_id, 1) == {"3 of 5"}
    assert team.index == 1


def test_each_category_opens_at_its_top_and_agreeing_is_in_view(
    qtbot: QtBot, team_agreeing
) -> None:
    window, team = team_agreeing
    window.resize(1280, 800)
    cards = _agree_cards(team)
    scroll = scroll_of(cards[0])
    viewport = scroll.viewport()
    qtbot.waitUntil(lambda: viewport.height() < 800)
    for card in cards:  # visible without scrolling at 1280x800
        place = card.mapTo(viewport, card.rect().bottomRight())
        assert viewport.rect().contains(place), card.accessibleName()
    window.resize(1024, 700)
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    for move in (
        lambda: team.next_button.click(),
        lambda: qtbot.keyClick(team, Qt.Key.Key_Right, Mod.AltModifier),
        lambda: team.go_to(0),
    ):
        bar.setValue(bar.maximum())
        move()
        assert bar.value() == 0, team.index


def test_an_agreed_level_saved_elsewhere_first_is_asked_about_and_shown(
    qtbot: QtBot, team_agreeing, roots, assessment_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another computer agreed this category after the screen was drawn: the person decides,
    and the screen shows what is stored afterwards."""
    window, team = team_agreeing
    answer = {"button": "Use theirs"}

    def decide(box: QMessageBox) -> int:
        chosen = next(b for b in box.buttons() if b.text().replace("&", "") == answer["button"])
        chosen.click()
        return 0

    answer_boxes(monkeypatch, decide)
    elsewhere = assessments.load(roots, assessment_id)
    key = elsewhere.pack.categories[0].key
    assessments.agree(roots, elsewhere, key, 2, "Theirs")
    team.setFocus()
    qtbot.keyClick(team, Qt.Key.Key_4)
    assert _agreed_stored(window.ctx.roots, assessment_id, 0) == {"2 of 5"}
    assert _agreed_on_screen(team) == {"2 of 5"}
    assert team.evidence.toPlainText() == "Theirs"

    assessments.agree(roots, assessments.load(roots, assessment_id), key, 3, "Again")
    answer["button"] = "Keep mine"
    qtbot.keyClick(team, Qt.Key.Key_5)
    assert _agreed_stored(window.ctx.roots, assessment_id, 0) == {"5 of 5"}
    assert _agreed_on_screen(team) == {"5 of 5"}


@pytest.mark.parametrize("language", ["en", "es"])
def test_five_level_cards_stand_in_one_row_at_1024x700(
    qtbot: QtBot, make_window: WindowFactory, roots, assessment_id: str, language: str
) -> None:
    """DESIGN 8b: the level choices are cards of equal width in one row. The team view's cards
    show the label only (the descriptor is in the tooltip): at 1024x700 all five fit."""
    remember(roots, assessment_id, language)
    window = make_window()
    window.resize(1024, 700)
    window.show_place("team")
    team = window.team_view
    for index in range(len(team.assessment.pack.categories)):
        team.go_to(index)
        qtbot.waitUntil(lambda: len({c.y() for c in team.pager.cards}) == 1, timeout=2000)
        assert len({c.width() for c in team.pager.cards}) == 1, [
            c.width() for c in team.pager.cards
        ]
