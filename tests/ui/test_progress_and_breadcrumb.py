"""Progress with a single year, and a breadcrumb that names the school on screen (issue 12)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from roots_app.services import assessments, demo
from tests.ui.conftest import WindowFactory, remember


def _two_schools(roots, years: int):  # type: ignore[no-untyped-def]
    demo.make_demo(roots, schools=2, years=years, seed=6)
    infos = assessments.list_assessments(roots)
    first = infos[0]
    other = next(i for i in infos if i.school_id != first.school_id)
    remember(roots, first.id)
    return first, other


def test_one_year_of_results_is_an_empty_state_not_a_chart(
    qtbot: QtBot, make_window: WindowFactory, roots
) -> None:
    first, _other = _two_schools(roots, years=1)
    window = make_window()
    window.show_place("progress")
    page = window.progress_page
    assert page.view is not None and page.view.progress.years == (first.school_year,)
    assert page.one_year.isVisible()
    assert page.one_year.text().startswith("A second year will show change here")
    assert not page.tabs.isTabEnabled(1) and not page.tabs.isTabEnabled(2)
    assert page.tabs.tabToolTip(2) == "A second year will show change here."
    assert page.tabs.currentIndex() == 0
    assert page.trend_view is None and page.wheel is None  # no chart of one dot was drawn


def test_two_years_show_the_charts(qtbot: QtBot, make_window: WindowFactory, roots) -> None:
    _two_schools(roots, years=2)
    window = make_window()
    window.show_place("progress")
    page = window.progress_page
    assert not page.one_year.isVisible()
    assert page.tabs.isTabEnabled(1) and page.tabs.isTabEnabled(2)
    assert page.tabs.tabToolTip(1) == ""


def test_the_breadcrumb_names_the_school_on_screen(
    qtbot: QtBot, make_window: WindowFactory, roots
) -> None:
    first, other = _two_schools(roots, years=1)
    window = make_window()
    for place in ("assess", "team", "plan", "summary", "progress"):
        window.show_place(place)
        assert window.breadcrumb.isVisible()
        assert window.breadcrumb.text().startswith(first.school_name), place
    window.show_place("district")
    assert not window.breadcrumb.isVisible()  # a list of every school: no one school is shown
    window.district_page.school_opened.emit(other.school_id)  # open another school there
    assert window.pages.currentWidget() is window.progress_page
    assert window.progress_page.view.school_name == other.school_name
    assert window.breadcrumb.text().startswith(other.school_name)
    assert first.school_name not in window.breadcrumb.text()
    window.show_place("team")  # back to the open assessment: its school again
    assert window.breadcrumb.text().startswith(first.school_name)
