"""The Qt item models obey Qt's model rules (pytest-qt's model tester) and show the right data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment

from roots_app.domain.assessment import TEAM
from roots_app.services import assessments, demo, listing, schools
from roots_app.ui.labels import status_label
from roots_app.ui.models.home_model import ID_ROLE, KIND_ROLE, HomeModel
from roots_app.ui.models.summary_model import SummaryModel


def test_home_model_follows_qt_rules_and_finds_assessments(qtmodeltester, roots) -> None:
    demo.make_demo(roots, schools=3, years=2, seed=3)
    infos = assessments.list_assessments(roots)
    model = HomeModel()
    model.set_data(schools.list_schools(roots), infos, lambda p: p.upper(), status_label)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    school = model.index(0, 0)
    team = model.index(0, 0, school)
    assert model.rowCount(team) == 2
    year = model.index(0, 0, team)
    assert model.data(year, KIND_ROLE) == "assessment"
    assert model.index(0, 1, team).data() == "CEI-SIX-ROOTS"
    assert model.team_of(year) == model.data(team, ID_ROLE)
    found = model.find_assessment(infos[-1].id)
    assert model.data(found, ID_ROLE) == infos[-1].id
    assert model.parent(model.parent(found)).data() == infos[-1].school_name
    # A name the column shortens with "…" is whole in its tooltip.
    assert school.data(Qt.ItemDataRole.ToolTipRole) == school.data()


def test_home_model_reads_a_teams_assessments_only_when_it_is_unfolded(
    qtmodeltester, roots
) -> None:  # type: ignore[no-untyped-def]
    demo.make_demo(roots, schools=3, years=2, seed=3)
    read: list[str] = []

    def load_team(team_id: str):  # type: ignore[no-untyped-def]
        read.append(team_id)
        return assessments.list_assessments(roots, team_id=team_id)

    model = HomeModel()
    overview = listing.overview(roots)
    model.set_teams(
        overview, listing.counts_by_team(roots), load_team, lambda p: p.upper(), status_label
    )
    team = model.index(0, 0, model.index(0, 0))
    assert read == [] and model.hasChildren(team) and model.rowCount(team) == 0
    assert model.canFetchMore(team)
    model.fetchMore(team)
    assert read == [model.data(team, ID_ROLE)] and model.rowCount(team) == 2
    assert not model.canFetchMore(team)
    eager = assessments.list_assessments(roots)
    wanted = next(i for i in eager if i.school_id == overview[-1].id)
    found = model.find_assessment(wanted.id, wanted.team_id)  # its team is read to find it
    assert model.data(found, ID_ROLE) == wanted.id and len(read) == 2
    qtmodeltester.check(model)  # reads the rest, as a view unfolding everything would


def test_summary_model_follows_qt_rules(qtmodeltester, roots, assessment_id) -> None:
    loaded = assessments.load(roots, assessment_id)
    assessments.rate(roots, loaded, TEAM, "inclusivity", 2, "<b>evidencia</b> & más")
    model = SummaryModel()
    model.set_assessment(assessments.load(roots, assessment_id), "es")
    qtmodeltester.check(model)
    assert model.rowCount() == 6
    assert model.columnCount() == 1 + 3 + 1
    row = [c.key for c in loaded.pack.categories].index("inclusivity")
    cell = model.index(row, 1)  # the team's column comes first
    assert cell.data() == "2 · Echando raíces"
    tooltip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert QTextDocumentFragment.fromHtml(tooltip).toPlainText() == "<b>evidencia</b> & más"


def test_numbers_use_the_interface_language_s_decimal_mark(qapp, tmp_path) -> None:
    from roots_app.ui import labels
    from roots_app.ui.i18n import Translations

    translations = Translations(tmp_path)
    translations.apply("es")
    try:
        assert (labels.number(2.5), labels.number(3.0), labels.change(-0.5)) == (
            "2,5",
            "3",
            "▼ −0,5",
        )
    finally:
        translations.apply("en")
    assert (labels.number(2.5), labels.change(1.0), labels.change(0), labels.number(None)) == (
        "2.5",
        "▲ +1",
        "= 0",
        "–",
    )


def test_district_model_shows_and_sorts_each_school_s_average_and_change(
    qtmodeltester, roots
) -> None:
    """The model works the averages and changes out once per district (for speed): the same
    numbers as the district's own rows, shown and sorted by."""
    from roots_app.domain import school_year
    from roots_app.services import compare
    from roots_app.ui.labels import average as one_decimal
    from roots_app.ui.labels import change
    from roots_app.ui.models.district_model import DistrictModel

    demo.make_demo(roots, schools=12, years=3, seed=21)
    view = compare.district(roots, school_year.previous(school_year.current()))
    model = DistrictModel()
    model.set_district(view.district, view.pack, "en")
    qtmodeltester.check(model)
    average, since = model.columnCount() - 2, model.columnCount() - 1
    by_name = {r.name: r for r in view.district.schools}
    assert any(r.change for r in by_name.values())

    def change_of_average(value):  # type: ignore[no-untyped-def]
        return change(value, of_average=True)

    # As shown: averages always with one decimal, changes of an average likewise.
    for column, shown, of in (
        (average, one_decimal, "average"),
        (since, change_of_average, "change"),
    ):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        names = [model.index(n, 0).data() for n in range(model.rowCount())]
        values = [getattr(by_name[name], of) for name in names]
        assert values == sorted(values, key=lambda v: -99.0 if v is None else v, reverse=True)
        assert [model.index(n, column).data() for n in range(model.rowCount())] == [
            shown(v) for v in values
        ]


def test_home_of_a_district_starts_folded_and_comes_back_to_the_open_assessment(
    qtbot, make_window, roots
) -> None:  # type: ignore[no-untyped-def]
    demo.make_demo(roots, schools=8, years=2, seed=5)
    roots.settings.language = "en"
    roots.save_settings()
    window = make_window()
    window.show_place("home")
    home = window.home
    model = home.model
    assert model.rowCount() == 8
    team = model.index(0, 0, model.index(0, 0))
    assert home.tree.isExpanded(team) is False and model.canFetchMore(team)  # not read yet
    last = assessments.list_assessments(roots)[-1]  # in the last school, folded away
    window.open_assessment(last.id)
    window.show_place("home")
    chosen = home.tree.currentIndex()
    assert model.data(chosen, ID_ROLE) == last.id
    assert home.selected_assessment() == last.id
    team = model.index(0, 0, model.index(0, 0))  # the list was read again
    home.tree.expand(team.parent())
    home.tree.expand(team)  # unfolding reads the team's assessments (as the view lays out)
    qtbot.waitUntil(lambda: model.rowCount(team) == 2)


def test_district_model_filters_and_sorts_in_one_pass_as_in_steps(qtmodeltester, roots) -> None:
    """Showing a year filters and sorts as it fills the model (one pass, not three): the rows
    are those that filling, sorting and filtering one after the other give."""
    from roots_app.domain import school_year
    from roots_app.services import compare
    from roots_app.ui.models.district_model import DistrictModel

    demo.make_demo(roots, schools=12, years=3, seed=21)
    view = compare.district(roots, school_year.previous(school_year.current()))
    region = sorted({s.region for s in view.district.schools if s.region})[0]

    def shown(model: DistrictModel) -> list[str]:
        return [model.index(n, 0).data() for n in range(model.rowCount())]

    for filters in (("", ""), (region, ""), ("", "a")):
        steps = DistrictModel()
        steps.set_district(view.district, view.pack, "en")
        steps.sort(steps.columnCount() - 1, Qt.SortOrder.DescendingOrder)
        steps.set_filters(*filters)
        once = DistrictModel()
        once.set_district(
            view.district, view.pack, "en", filters, (-1, Qt.SortOrder.DescendingOrder)
        )
        qtmodeltester.check(once)
        assert shown(once) == shown(steps)
        assert 0 < len(shown(once)) <= len(view.district.schools)
        once.sort(1, Qt.SortOrder.AscendingOrder)  # another order, then back: as before
        once.sort(once.columnCount() - 1, Qt.SortOrder.DescendingOrder)
        assert shown(once) == shown(steps)
