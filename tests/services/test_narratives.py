"""The narrative draft (issue 19): the nine narratives from the LEA's teams' agreed evidence and
growth plans, sentence by sentence, attributed to their schools, in both languages; saved as a
.docx read back with python-docx and as plain text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from roots_app.domain.narrative_draft import as_text
from roots_app.domain.people import Role
from roots_app.domain.plan import Action, ActionStatus
from roots_app.errors import BadInputError, NotFoundError
from roots_app.services import assessments, narratives, plans, schools, state, trash
from roots_app.services.context import Roots
from tests.exchange.state_files import result, write

LAUSD, ACOE = "19647330000000", "01100170000000"
YEAR = "2024-25"


def _leas(roots: Roots, tmp_path: Path) -> None:
    rows = [
        result(LAUSD, "Los Angeles Unified", 2025, [3] * 12),
        result(ACOE, "Alameda County Office of Education", 2025, [2] * 12),
    ]
    state.import_file(roots, write(tmp_path / "Pr32025.txt", 2025, rows))


def _school(roots: Roots, name: str, lea: str | None = LAUSD) -> str:
    school = schools.create_school(roots, name)
    if lea:
        state.set_school_lea(roots, school, lea)
    return school


def _assess(
    roots: Roots,
    school: str,
    agreed: dict[int, tuple[int, str]],
    team: str = "Family Action Team",
    year: str = YEAR,
    pack: str = "lcff-priority-3",
) -> str:
    """A team's assessment with agreed (level, evidence) by category index."""
    team_id = schools.create_team(roots, school, team, [("Ana", Role.FAMILY)])
    member = schools.get_team(roots, team_id).members[0].id
    found = assessments.start(roots, team_id, pack, year, [member])
    keys = [c.key for c in assessments.load(roots, found).pack.categories]
    for index, (level, evidence) in agreed.items():
        assessments.agree(roots, assessments.load(roots, found), keys[index], level, evidence)
    return found


def _focus(roots: Roots, assessment_id: str, index: int, goal: str, why: str) -> str:
    loaded = assessments.load(roots, assessment_id)
    focus = plans.add_focus(roots, loaded, loaded.pack.categories[index].key)
    plans.update_focus(roots, focus, goal, why)
    return focus


# Lincoln: strengths 0 (4) and 1 (5); growth 3 (2, the plan's focus) and 8 (1); the rest 3.
LINCOLN = {
    0: (4, "Staff call every family in the first month."),
    1: (5, "The front office greets families in “Spanish” and English; café\ncon pan."),
    2: (3, "Family culture nights twice a year."),
    3: (2, "Letters home are in English only."),
    4: (3, ""),
    5: (3, "Homework packets in two languages."),
    6: (3, ""),
    7: (3, ""),
    8: (1, "Nobody has been trained yet."),
    9: (3, ""),
    10: (3, ""),
    11: (3, ""),
}
# Washington: every practice 3, but 4 at 2 (no evidence) and 9 at 4: the extremes only.
WASHINGTON = dict.fromkeys(range(12), (3, "")) | {4: (2, ""), 9: (4, "Academy graduates vote.")}


def _district(roots: Roots, tmp_path: Path) -> None:
    _leas(roots, tmp_path)
    lincoln = _school(roots, "Lincoln Elementary")
    washington = _school(roots, "Washington Middle")
    elsewhere = _school(roots, "Oakland Tech", lea=ACOE)
    found = _assess(roots, lincoln, LINCOLN)
    focus = _focus(
        roots, found, 3, "Every letter home in the family's language", "A third are translated."
    )
    plans.save_action(
        roots,
        focus,
        Action("", "Translate the weekly newsletter", "Ms. Ruiz", due=date(2025, 3, 1)),
    )
    plans.save_action(roots, focus, Action("", "Hire a translator", status=ActionStatus.DROPPED))
    plans.save_action(roots, focus, Action("", "Call every new family"))
    _assess(roots, washington, WASHINGTON)
    # None of these belongs in the draft: another LEA, another year, another rubric, the trash.
    _assess(roots, elsewhere, {0: (5, "Not this LEA.")})
    _assess(roots, lincoln, {0: (5, "Last year.")}, team="Last year", year="2023-24")
    _assess(roots, lincoln, {0: (4, "Another rubric.")}, team="CEI", pack="cei-six-roots")
    trash.delete(roots, "assessment", _assess(roots, washington, {0: (5, "Trashed.")}, "Old"))


def _said(made: narratives.NarrativeDraft) -> dict[str, list[str]]:
    return {n.key: [str(s) for s in n.sentences] for sec in made.sections for n in sec.narratives}


def test_the_draft_sentence_by_sentence(roots: Roots, tmp_path: Path) -> None:
    _district(roots, tmp_path)
    made = narratives.draft(roots, LAUSD, YEAR)
    assert (made.school_year, made.teams, made.schools) == (YEAR, 2, 2)
    assert [s.title for s in made.sections] == [
        "Building Relationships Between School Staff and Families",
        "Building Partnerships for Student Outcomes",
        "Seeking Input for Decision-Making",
    ]
    assert _said(made) == {
        "1a": [
            "Lincoln Elementary: Staff capacity to build trusting relationships (Full "
            "Implementation, 4 of 5): Staff call every family in the first month.",
            "Lincoln Elementary: Welcoming environments for all families (Full Implementation "
            "and Sustainability, 5 of 5): The front office greets families in “Spanish” and "
            "English; café\ncon pan.",
        ],
        "1b": [
            "Lincoln Elementary: focus area: Two-way communication in families' languages "
            "(Beginning Development, 2 of 5); goal: Every letter home in the family's language; "
            "why: A third are translated.",
        ],
        "1c": [
            "Lincoln Elementary: action for Two-way communication in families' languages: "
            "Translate the weekly newsletter (who: Ms. Ruiz; by 2025-03-01)",
            "Lincoln Elementary: action for Two-way communication in families' languages: "
            "Call every new family",
            "Lincoln Elementary: Learning about families' strengths, cultures and languages "
            "(Initial Implementation, 3 of 5): Family culture nights twice a year.",
        ],
        "2a": [],
        "2b": [
            "Washington Middle: Professional learning for partnering with families (Beginning "
            "Development, 2 of 5), no evidence written",
        ],
        "2c": [
            "Lincoln Elementary: Information and resources for learning at home (Initial "
            "Implementation, 3 of 5): Homework packets in two languages.",
        ],
        "3a": [
            "Washington Middle: Family capacity to take part in decisions (Full Implementation, "
            "4 of 5): Academy graduates vote.",
        ],
        "3b": [
            "Lincoln Elementary: Staff capacity to engage families in decisions (Exploration "
            "and Research, 1 of 5): Nobody has been trained yet.",
        ],
        "3c": [],
    }
    text = as_text(made)
    assert text.count(made.placeholder) == 2  # 2a and 3c: nothing known, said plainly
    assert "Not this LEA" not in text and "Last year" not in text
    assert "Another rubric" not in text and "Trashed" not in text
    assert "Hire a translator" not in text  # a dropped action


def test_the_draft_in_spanish_keeps_the_teams_words(roots: Roots, tmp_path: Path) -> None:
    _district(roots, tmp_path)
    made = narratives.draft(roots, LAUSD, YEAR, "es")
    said = _said(made)
    assert said["1a"][0] == (
        "Lincoln Elementary: Capacidad del personal para construir relaciones de confianza "
        "(Implementación completa, 4 de 5): Staff call every family in the first month."
    )
    assert said["1b"][0].startswith("Lincoln Elementary: área de enfoque: ")
    assert said["1b"][0].endswith(
        "; meta: Every letter home in the family's language; por qué: A third are translated."
    )
    assert said["1c"][0].endswith(
        ": Translate the weekly newsletter (quién: Ms. Ruiz; para el 2025-03-01)"
    )
    assert said["2b"][0].endswith(", sin evidencia escrita")
    headings = [(n.key, n.heading) for n in made.sections[0].narratives]
    assert headings == [
        ("1a", "Fortalezas y avances"),
        ("1b", "Áreas de enfoque para mejorar"),
        ("1c", "Cómo la LEA mejorará la participación de las familias con poca representación"),
    ]
    assert made.sections[2].title == "Búsqueda de opiniones para la toma de decisiones"
    text = as_text(made)
    assert text.startswith(
        "Narrativas de la Prioridad 3: borrador\n"
        "Los Angeles Unified (19647330000000), año escolar 2024-25\n\n"
        "Roots preparó este borrador con la evidencia acordada y los planes de crecimiento de "
        "2 equipos de 2 escuelas"
    )
    assert "[Todavía no hay evidencia" in text


def test_two_teams_at_one_school_are_told_apart(roots: Roots, tmp_path: Path) -> None:
    _leas(roots, tmp_path)
    lincoln = _school(roots, "Lincoln Elementary")
    _assess(roots, lincoln, {0: (4, "Ours."), 1: (2, "")}, team="Parents")
    _assess(roots, lincoln, {0: (3, ""), 1: (5, "Theirs.")}, team="Staff")
    made = narratives.draft(roots, LAUSD)  # the newest year the teams assessed
    assert (made.school_year, made.teams, made.schools) == (YEAR, 2, 1)
    said = _said(made)
    assert said["1a"] == [
        "Lincoln Elementary (Parents): Staff capacity to build trusting relationships (Full "
        "Implementation, 4 of 5): Ours.",
        "Lincoln Elementary (Staff): Welcoming environments for all families (Full "
        "Implementation and Sustainability, 5 of 5): Theirs.",
    ]
    assert said["1b"] == [
        "Lincoln Elementary (Parents): Welcoming environments for all families (Beginning "
        "Development, 2 of 5), no evidence written",
        "Lincoln Elementary (Staff): Staff capacity to build trusting relationships (Initial "
        "Implementation, 3 of 5), no evidence written",
    ]
    assert "2 teams at 1 school" in made.introduction


def test_an_lea_with_no_teams_gets_every_narrative_to_write(roots: Roots, tmp_path: Path) -> None:
    _leas(roots, tmp_path)
    _school(roots, "Lincoln Elementary")  # a school, but no team assessed with the LCFF pack
    made = narratives.draft(roots, ACOE, "2024-25")
    assert made.teams == 0
    assert all(not n.sentences for s in made.sections for n in s.narratives)
    text = as_text(made)
    assert text.count(made.placeholder) == 9
    assert "No school team of this LEA assessed with the LCFF Priority 3 pack in 2024-25" in text
    assert [line for line in text.splitlines() if line[:2] in {"1a", "2b", "3c"}] == [
        "1a. Strengths and progress",
        "2b. Focus areas for improvement",
        "3c. How the LEA will improve engagement of under-represented families",
    ]


def test_saved_as_word_document_and_plain_text(roots: Roots, tmp_path: Path) -> None:
    _district(roots, tmp_path)
    for language in ("en", "es"):
        made = narratives.draft(roots, LAUSD, YEAR, language)
        docx_path = narratives.save(roots, LAUSD, YEAR, tmp_path / f"d-{language}.docx", language)
        text_path = narratives.save(roots, LAUSD, YEAR, tmp_path / f"d-{language}.txt", language)
        assert text_path.read_text(encoding="utf-8") == as_text(made)
        document = Document(str(docx_path))
        paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
        assert paragraphs[0] == ("Title", made.title)
        assert paragraphs[1] == ("Normal", made.subtitle)
        headings = [t for style, t in paragraphs if style == "Heading 2"]
        assert len(headings) == 9
        assert headings[0] == f"1a. {made.sections[0].narratives[0].heading}"
        body = [t for style, t in paragraphs[3:] if style == "Normal"]
        expected = [
            str(s) if n.sentences else made.placeholder
            for sec in made.sections
            for n in sec.narratives
            for s in (n.sentences or (None,))
        ]
        assert body == expected
        first = next(p for p in document.paragraphs if p.text == expected[0])
        assert (first.runs[0].text, first.runs[0].bold) == ("Lincoln Elementary:", True)
        placeholder = next(p for p in document.paragraphs if p.text == made.placeholder)
        assert placeholder.runs[0].italic
        tag = {"en": "en-US", "es": "es-US"}[language]
        assert document.core_properties.language == tag
        assert document.core_properties.created.year > 2013  # not the template's
        lang = document.styles["Normal"].element.rPr.find(qn("w:lang"))
        assert lang.get(qn("w:val")) == tag


def test_bad_input_is_refused(roots: Roots, tmp_path: Path) -> None:
    _leas(roots, tmp_path)
    with pytest.raises(NotFoundError, match="no LEA with CDS code 19000000000000"):
        narratives.draft(roots, "19000000000000")
    with pytest.raises(BadInputError, match="not a CDS code"):
        narratives.draft(roots, "1964733")
    with pytest.raises(BadInputError):
        narratives.draft(roots, LAUSD, "2024")
    with pytest.raises(BadInputError, match=r"\.docx or \.txt"):
        narratives.save(roots, LAUSD, None, tmp_path / "draft.pdf")
    assert not (tmp_path / "draft.pdf").exists()
