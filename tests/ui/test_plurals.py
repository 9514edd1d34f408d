"""Counts read right in both languages: "1 member", "2 members"; "1 integrante", "2 integrantes"
(never "1 members"). English takes its plural forms from i18n/roots_app_en.ts."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from roots_app.domain.people import Role
from roots_app.domain.plan import Action, ActionStatus
from roots_app.services import assessments, plans, schools
from roots_app.ui.counts import Counts
from roots_app.ui.i18n import Translations
from tests.ui.conftest import WindowFactory, remember

COUNTS = {
    "en": [
        "1 school",
        "2 schools",
        "1 assessment",
        "2 assessments",
        "1 plan was saved in /tmp.",
        "2 plans were saved in /tmp.",
        "1 item (schools, members, ratings, plans…) was saved in a.roots.",
        "12,345 items (schools, members, ratings, plans…) were saved in a.roots.",
    ],
    "es": [
        "1 escuela",
        "2 escuelas",
        "1 evaluación",
        "2 evaluaciones",
        "Se guardó 1 plan en /tmp.",
        "Se guardaron 2 planes en /tmp.",
        "Se guardó 1 elemento (escuelas, integrantes, calificaciones, planes…) en a.roots.",
        "Se guardaron 12.345 elementos (escuelas, integrantes, calificaciones, planes…) en "
        "a.roots.",
    ],
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_counted_messages_say_one_and_two(qapp, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    """The saved-plans and saved-file messages and the backups' school and assessment counts."""
    translations = Translations(tmp_path)
    translations.apply(language)
    try:
        counts = Counts()
        said = [
            counts.schools(1),
            counts.schools(2),
            counts.assessments(1),
            counts.assessments(2),
            counts.plans_saved(1, "/tmp"),
            counts.plans_saved(2, "/tmp"),
            counts.items_saved(1, "a.roots"),
            counts.items_saved(12345, "a.roots"),
        ]
    finally:
        translations.apply("en")  # the interface language is process-wide
    assert said == COUNTS[language]


HOME = {"en": ["1 member", "2 members"], "es": ["1 integrante", "2 integrantes"]}
TEAM_VIEW = {
    "en": ["0 of 1 member has rated every category.", "0 of 2 members have rated every category."],
    "es": [
        "0 de 1 integrante ha calificado todas las categorías.",
        "0 de 2 integrantes han calificado todas las categorías.",
    ],
}
CARRIED = {
    "en": ["1 open action carried forward.", "2 open actions carried forward."],
    "es": [
        "Se trajo 1 acción pendiente del año pasado.",
        "Se trajeron 2 acciones pendientes del año pasado.",
    ],
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_home_team_view_and_plan_say_one_and_two(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots,
    language: str,  # type: ignore[no-untyped-def]
) -> None:
    school = schools.create_school(roots, "Escuela Primaria Dolores Huerta")
    one = schools.create_team(roots, school, "ELAC", [("Ana García", Role.FAMILY)])
    two = schools.create_team(
        roots,
        school,
        "Family Action Team",
        [("Luis Pérez", Role.TEACHER), ("Mei Chen", Role.STAFF)],
    )
    started = {}
    for team_id in (one, two):
        members = [m.id for m in schools.get_team(roots, team_id).members]
        old = assessments.start(roots, team_id, "cei-six-roots", "2024-25", members)
        focus = plans.add_focus(roots, assessments.load(roots, old), "inclusivity", goal="Goal")
        for n in range(len(members)):  # one open action for one member, two for two
            plans.save_action(roots, focus, Action("", f"Call {n}", status=ActionStatus.UNDER_WAY))
        started[team_id] = assessments.start(roots, team_id, "cei-six-roots", "2025-26", members)
    remember(roots, started[one], language)
    window = make_window()

    window.show_place("home")
    model = window.home.model
    teams = {
        model.index(r, 0, model.index(0, 0)).data(): model.index(r, 1, model.index(0, 0)).data()
        for r in range(model.rowCount(model.index(0, 0)))
    }
    assert [teams["ELAC"], teams["Family Action Team"]] == HOME[language]

    seen_team: list[str] = []
    seen_plan: list[str] = []
    for team_id in (one, two):
        window.open_assessment(started[team_id])
        window.show_place("team")
        seen_team.append(window.team_view.privacy.text())
        window.show_place("plan")
        window.plan_page.carry_button.click()
        seen_plan.append(window.plan_page.saved.text())
    # Ratings are private until revealed: the count ends the sentence that says so.
    endings = [
        text[-len(done) :] for text, done in zip(seen_team, TEAM_VIEW[language], strict=True)
    ]
    assert endings == TEAM_VIEW[language], seen_team
    assert seen_plan == CARRIED[language]


def test_counted_texts_are_tr_calls_lupdate_sees_as_plurals() -> None:
    """``QCoreApplication.translate(ctx, "%n …", "", n)`` is not a plural to pyside6-lupdate:
    its forms never reach the catalogues, and English would say "1 plans"."""
    import ast

    repo = Path(__file__).resolve().parents[2]
    found = []
    for path in sorted((repo / "roots_app" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and any(
                    isinstance(a, ast.Constant) and "%n" in str(a.value).replace("%Ln", "%n")
                    for a in node.args[:2]
                )
            ):
                found.append(f"{path.relative_to(repo)}:{node.lineno}")
    assert found == []
