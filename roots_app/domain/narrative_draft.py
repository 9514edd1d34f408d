"""A draft of an LEA's nine Priority 3 narratives, assembled from its school teams' own words.

The state's tool asks, per section (relationships, partnerships, decision-making), for three
narratives: (a) strengths and progress, (b) focus areas for improvement, (c) how the LEA will
improve engagement of under-represented families. The draft fills them from the agreed
evidence and growth plans of the LEA's teams that assessed with the LCFF pack that school year,
each sentence attributed to its school, and never writes a word of its own beyond the fixed
words below (in English or Spanish) and the pack's practice titles and level names. Which
evidence goes where, per team and per practice of the section:

- (a) the team's strengths (its highest agreed practices, as its Team view shows them:
  ``consensus.strengths_and_growth``) that have agreed evidence;
- (b) the practices its growth plan chose as focus areas (with goal and why), then its growth
  areas (its lowest agreed practices) that are not in the plan, with their evidence if any;
- (c) the actions of its focus areas (not those dropped), then the agreed evidence of the
  section's other practices: so each practice's evidence appears once, and nothing a team
  wrote about the section is left out.

Where nothing is known, a narrative holds one placeholder line for the writer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from roots_app.domain.assessment import TEAM, Assessment
from roots_app.domain.consensus import strengths_and_growth
from roots_app.domain.plan import ActionStatus, Plan
from roots_app.domain.rubric import RubricPack
from roots_app.domain.state_report import SECTIONS, Lea
from roots_app.errors import BadInputError

PARTS: tuple[str, ...] = ("a", "b", "c")

# The draft's fixed words. The teams' own text is never translated: it stays as written.
WORDS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "title": "Priority 3 narratives: a draft",
        "lea": "{lea} ({cds}), school year {year}",
        "from": "Drafted by Roots from the agreed evidence and growth plans of {teams} on the "
        "LCFF Priority 3 pack. Every sentence is a team's own words, after the name of its "
        "school; edit the draft before you paste it into the state's tool.",
        "teams": "{n} team at {s} school",
        "teams_many": "{n} teams at {s} schools",
        "teams_one_school": "{n} teams at 1 school",
        "none": "No school team of this LEA assessed with the LCFF Priority 3 pack in {year}: "
        "every narrative below is yours to write. Link the LEA's schools to it and let their "
        "teams assess with that pack, then draft again.",
        "a": "Strengths and progress",
        "b": "Focus areas for improvement",
        "c": "How the LEA will improve engagement of under-represented families",
        "empty": "[No school team's evidence or plan speaks to this yet: write this narrative "
        "here.]",
        "level": "{label}, {value} of {top}",
        "focus": "focus area: {title} ({level})",
        "focus_unrated": "focus area: {title}",
        "goal": "goal: {text}",
        "why": "why: {text}",
        "no_evidence": "{title} ({level}), no evidence written",
        "action": "action for {title}: {text}",
        "owner": "who: {text}",
        "due": "by {date}",
    },
    "es": {
        "title": "Narrativas de la Prioridad 3: borrador",
        "lea": "{lea} ({cds}), año escolar {year}",
        "from": "Roots preparó este borrador con la evidencia acordada y los planes de "
        "crecimiento de {teams} con el paquete de la Prioridad 3 de LCFF. Cada oración son "
        "las palabras de un equipo, después del nombre de su escuela; revise el borrador antes "
        "de pegarlo en la herramienta del estado.",
        "teams": "{n} equipo de {s} escuela",
        "teams_many": "{n} equipos de {s} escuelas",
        "teams_one_school": "{n} equipos de 1 escuela",
        "none": "Ningún equipo escolar de esta LEA evaluó con el paquete de la Prioridad 3 de "
        "LCFF en {year}: usted escribirá cada narrativa. Vincule las escuelas de la LEA y pida "
        "a sus equipos que evalúen con ese paquete; luego prepare el borrador de nuevo.",
        "a": "Fortalezas y avances",
        "b": "Áreas de enfoque para mejorar",
        "c": "Cómo la LEA mejorará la participación de las familias con poca representación",
        "empty": "[Todavía no hay evidencia ni plan de un equipo escolar sobre esto: escriba "
        "aquí esta narrativa.]",
        "level": "{label}, {value} de {top}",
        "focus": "área de enfoque: {title} ({level})",
        "focus_unrated": "área de enfoque: {title}",
        "goal": "meta: {text}",
        "why": "por qué: {text}",
        "no_evidence": "{title} ({level}), sin evidencia escrita",
        "action": "acción para {title}: {text}",
        "owner": "quién: {text}",
        "due": "para el {date}",
    },
}


@dataclass(frozen=True, slots=True)
class TeamWork:
    """One team's assessment on the LCFF pack in the school year, and its growth plan."""

    school: str
    team: str
    assessment: Assessment
    plan: Plan


@dataclass(frozen=True, slots=True)
class Sentence:
    """One line of a narrative: ``source`` (the school, and the team when the school has
    several in the draft) said ``text``."""

    source: str
    text: str

    def __str__(self) -> str:
        return f"{self.source}: {self.text}"


@dataclass(frozen=True, slots=True)
class Narrative:
    key: str  # the state's: "1a" .. "3c"
    heading: str
    sentences: tuple[Sentence, ...]  # empty: the writer's (``NarrativeDraft.placeholder``)


@dataclass(frozen=True, slots=True)
class SectionDraft:
    key: str
    number: int
    title: str
    narratives: tuple[Narrative, ...]


@dataclass(frozen=True, slots=True)
class NarrativeDraft:
    lea: Lea
    school_year: str
    language: str
    teams: int
    schools: int
    sections: tuple[SectionDraft, ...]

    def words(self, key: str) -> str:
        return WORDS[self.language][key]

    @property
    def title(self) -> str:
        return self.words("title")

    @property
    def subtitle(self) -> str:
        return self.words("lea").format(
            lea=self.lea.name, cds=self.lea.cds_code, year=self.school_year
        )

    @property
    def introduction(self) -> str:
        if not self.teams:
            return self.words("none").format(year=self.school_year)
        if self.teams == 1:
            teams = self.words("teams").format(n=1, s=1)
        elif self.schools == 1:
            teams = self.words("teams_one_school").format(n=self.teams)
        else:
            teams = self.words("teams_many").format(n=self.teams, s=self.schools)
        return self.words("from").format(teams=teams)

    @property
    def placeholder(self) -> str:
        return self.words("empty")


def _level(pack: RubricPack, value: int, language: str) -> str:
    try:
        label = pack.level(value).label[language]
    except KeyError:  # a level the pack does not name: its number alone
        return f"{value}"
    return WORDS[language]["level"].format(label=label, value=value, top=pack.max_level)


def _sources(teams: Sequence[TeamWork]) -> list[str]:
    """Each team's attribution: its school, with the team's name when the school has more
    than one team (or assessment) in the draft."""
    per_school: dict[str, int] = {}
    for work in teams:
        per_school[work.school] = per_school.get(work.school, 0) + 1
    return [f"{w.school} ({w.team})" if per_school[w.school] > 1 else w.school for w in teams]


def _section_parts(
    work: TeamWork, source: str, section: str, language: str
) -> tuple[list[Sentence], list[Sentence], list[Sentence]]:
    """The team's sentences for narratives a, b and c of one section."""
    words = WORDS[language]
    assessment, pack = work.assessment, work.assessment.pack
    keys = [c.key for c in pack.categories if c.section == section]
    roots_and_growth = strengths_and_growth(assessment)
    focuses = [f for f in work.plan.focuses if f.category_key in keys]
    quoted: set[str] = set()
    strengths: list[Sentence] = []
    focus_areas: list[Sentence] = []
    families: list[Sentence] = []

    def title(key: str) -> str:
        return pack.category(key).title[language]

    def agreed(key: str) -> tuple[int | None, str]:
        rating = assessment.rating(TEAM, key)
        return rating.level, rating.evidence.strip()

    def evidence_sentence(key: str) -> Sentence:
        level, evidence = agreed(key)
        assert level is not None
        return Sentence(source, f"{title(key)} ({_level(pack, level, language)}): {evidence}")

    for key in keys:
        level, evidence = agreed(key)
        if key in roots_and_growth.strengths and evidence:
            strengths.append(evidence_sentence(key))
            quoted.add(key)
    for focus in focuses:
        level, _ = agreed(focus.category_key)
        if level is None:  # a focus whose level the team has not agreed yet
            text = words["focus_unrated"].format(title=title(focus.category_key))
        else:
            text = words["focus"].format(
                title=title(focus.category_key), level=_level(pack, level, language)
            )
        extras = [
            words[name].format(text=value.strip())
            for name, value in (("goal", focus.goal), ("why", focus.why))
            if value.strip()
        ]
        focus_areas.append(Sentence(source, "; ".join([text, *extras])))
        quoted.add(focus.category_key)
    for key in keys:
        level, evidence = agreed(key)
        if key in roots_and_growth.growth and key not in quoted and level is not None:
            if evidence:
                focus_areas.append(evidence_sentence(key))
            else:
                focus_areas.append(
                    Sentence(
                        source,
                        words["no_evidence"].format(
                            title=title(key), level=_level(pack, level, language)
                        ),
                    )
                )
            quoted.add(key)
    for focus in focuses:
        for action in focus.actions:
            if action.status is ActionStatus.DROPPED or not action.description.strip():
                continue
            said = words["action"].format(
                title=title(focus.category_key), text=action.description.strip()
            )
            details = []
            if action.owner.strip():
                details.append(words["owner"].format(text=action.owner.strip()))
            if action.due is not None:
                details.append(words["due"].format(date=action.due.isoformat()))
            if details:
                said += f" ({'; '.join(details)})"
            families.append(Sentence(source, said))
    for key in keys:
        level, evidence = agreed(key)
        if key not in quoted and level is not None and evidence:
            families.append(evidence_sentence(key))
    return strengths, focus_areas, families


def build_draft(
    lea: Lea,
    school_year: str,
    pack: RubricPack,
    teams: Sequence[TeamWork],
    language: str = "en",
) -> NarrativeDraft:
    """The nine narratives for ``lea`` in ``school_year`` from its teams' work (in the order
    given: by school, then team). ``pack`` is the LCFF pack, for the sections' titles."""
    if language not in WORDS:
        raise BadInputError(
            f"Choose the draft's language as one of {', '.join(WORDS)}.", value=language
        )
    sources = _sources(teams)
    sections = []
    for number, section in enumerate(SECTIONS, start=1):
        collected: tuple[list[Sentence], list[Sentence], list[Sentence]] = ([], [], [])
        for work, source in zip(teams, sources, strict=True):
            for into, found in zip(
                collected, _section_parts(work, source, section, language), strict=True
            ):
                into.extend(found)
        title = pack.section_title(section)
        sections.append(
            SectionDraft(
                section,
                number,
                title[language] if title is not None else section,
                tuple(
                    Narrative(f"{number}{part}", WORDS[language][part], tuple(said))
                    for part, said in zip(PARTS, collected, strict=True)
                ),
            )
        )
    return NarrativeDraft(
        lea,
        school_year,
        language,
        len(teams),
        len({work.school for work in teams}),
        tuple(sections),
    )


def as_text(draft: NarrativeDraft) -> str:
    """The draft as plain text to paste into the state's tool: one narrative a block, one
    sentence a line."""
    lines = [draft.title, draft.subtitle, "", draft.introduction]
    for section in draft.sections:
        lines += ["", "", f"{section.number}. {section.title}"]
        for narrative in section.narratives:
            lines += ["", f"{narrative.key}. {narrative.heading}"]
            lines += [str(s) for s in narrative.sentences] or [draft.placeholder]
    return "\n".join(lines) + "\n"
