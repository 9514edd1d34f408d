"""A believable sample district: bilingual school names, teams with turnover, ratings that grow.

Plain data only (dicts of column values); storage writes them in bulk. The same seed always
gives the same district, so screenshots, benchmarks and tests can rely on it.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from roots_app.domain import school_year
from roots_app.domain.ids import ordered_ids
from roots_app.domain.people import Role
from roots_app.domain.rubric import RubricPack

_NAMED_FOR = [
    "César Chávez",
    "Dolores Huerta",
    "Sonia Sotomayor",
    "Frida Kahlo",
    "Rosa Parks",
    "Maya Angelou",
    "Roberto Clemente",
    "Gabriela Mistral",
    "Thurgood Marshall",
    "Ellen Ochoa",
    "Sally Ride",
    "Octavio Paz",
    "Mae Jemison",
    "José Martí",
    "Ruth Bader Ginsburg",
    "Benito Juárez",
    "Amelia Earhart",
    "Pablo Neruda",
    "Fred Korematsu",
    "Sylvia Mendez",
]
_PLACES = [
    "Lincoln Heights",
    "Boyle Heights",
    "Echo Park",
    "Highland Park",
    "Pico-Union",
    "Van Nuys",
    "Pacoima",
    "Watts",
    "Wilmington",
    "Sylmar",
    "El Sereno",
    "Huntington Park",
    "Westlake",
    "Koreatown",
    "San Pedro",
    "Canoga Park",
    "Arleta",
    "Sun Valley",
]
_KINDS = [
    "Elementary School",
    "Middle School",
    "High School",
    "Escuela Primaria",
    "Academia",
    "Community School",
    "Span School",
    "Learning Center",
]
# Region names and the team's evidence come in the language of the person who asked for the
# sample district; each list is in the same order in both, so a seed gives the same district.
_REGIONS = {
    "en": ["North", "South", "East", "West", "Central"],
    "es": ["Norte", "Sur", "Este", "Oeste", "Centro"],
}
_DISTRICT = {"en": "Sample District", "es": "Distrito de ejemplo"}
_TEAM = {"en": "Family Action Team", "es": "Equipo de Acción Familiar"}
# Every sample school's district is one of these names: how Roots knows the sample is here
# ("Distrito Demo" is what earlier versions wrote).
DISTRICTS = (*_DISTRICT.values(), "Distrito Demo")
_FIRST = [
    "María",
    "José",
    "Guadalupe",
    "Luis",
    "Ana",
    "Carlos",
    "Rosa",
    "Miguel",
    "Lucía",
    "Jorge",
    "Sofía",
    "Juan",
    "Carmen",
    "Ángel",
    "Patricia",
    "David",
    "Linda",
    "James",
    "Mei",
    "Nguyen",
    "Aisha",
    "Tomás",
    "Hyun-woo",
    "Imelda",
    "Óscar",
    "Keisha",
    "Yolanda",
    "Daniel",
    "Noemí",
]
_LAST = [
    "García",
    "Hernández",
    "López",
    "Martínez",
    "González",
    "Rodríguez",
    "Pérez",
    "Sánchez",
    "Ramírez",
    "Flores",
    "Kim",
    "Nguyen",
    "Johnson",
    "Williams",
    "Cruz",
    "Morales",
    "Reyes",
    "Ortiz",
    "Chen",
    "Castillo",
    "Jiménez",
    "Vásquez",
    "Brown",
    "Núñez",
    "Peña",
]
_EVIDENCE = {
    "en": [
        "Family nights now have interpretation in Spanish and Korean.",
        "Parent meetings are in the evening so that more families can come.",
        "Only a few parents spoke at the last School Site Council meeting.",
        "The parent center opened on Saturdays this year.",
        "Teachers call home with good news, not only problems.",
        "The budget summary was shared in plain language for the first time.",
        "Some letters still go home in English only.",
        "Parent leaders co-planned the literacy night with the coordinator.",
        "Staff training on welcoming families happened twice this year.",
        "Families asked for more information about the LCAP goals.",
        "The principal attends every ELAC meeting and answers questions.",
        "Community partners run the after-school tutoring with parent volunteers.",
    ],
    "es": [
        "Las noches familiares ahora tienen interpretación en español y coreano.",
        "Las reuniones de padres son en la tarde para que más familias puedan venir.",
        "Solo unos pocos padres hablaron en la última reunión del Consejo Escolar.",
        "El centro de padres abrió los sábados este año.",
        "Los maestros llaman a casa con buenas noticias, no solo por problemas.",
        "Por primera vez se compartió el resumen del presupuesto en palabras sencillas.",
        "Todavía hay cartas que llegan a casa solo en inglés.",
        "Padres líderes planearon la noche de lectura junto con la coordinadora.",
        "El personal se capacitó dos veces este año en cómo recibir a las familias.",
        "Las familias pidieron más información sobre las metas del LCAP.",
        "La directora asiste a cada reunión del ELAC y responde preguntas.",
        "Organizaciones de la comunidad dan tutorías después de clases con padres voluntarios.",
    ],
}
LANGUAGES = tuple(_EVIDENCE)
_ROLE_MIX = [
    Role.FAMILY,
    Role.FAMILY,
    Role.FAMILY,
    Role.FAMILY,
    Role.TEACHER,
    Role.TEACHER,
    Role.ADMINISTRATOR,
    Role.COMMUNITY_PARTNER,
    Role.STAFF,
    Role.STUDENT,
    Role.FAMILY,
]


@dataclass
class DemoTable:
    """One table's rows as tuples in ``columns`` order; ``fixed`` holds what every row shares.

    Tuples, not dicts: half a million rows are built and written, and a dict per row cost more
    than the database's own work.
    """

    columns: tuple[str, ...]
    fixed: dict[str, Any]
    rows: list[tuple[Any, ...]] = field(default_factory=list)


@dataclass
class DemoRows:
    """Rows to insert, by table name, in an order that satisfies the foreign keys."""

    tables: dict[str, DemoTable] = field(default_factory=dict)

    def count(self, table: str) -> int:
        found = self.tables.get(table)
        return len(found.rows) if found else 0

    def dicts(self, table: str) -> Iterator[dict[str, Any]]:
        """Each row of ``table`` with its shared values, as column -> value."""
        found = self.tables.get(table)
        if found is None:
            return
        for row in found.rows:
            yield {**dict(zip(found.columns, row, strict=True)), **found.fixed}


def school_names(rng: random.Random, count: int) -> Iterator[str]:
    used: set[str] = set()
    while len(used) < count:
        kind = rng.choice(_KINDS)
        base = rng.choice(_NAMED_FOR if rng.random() < 0.6 else _PLACES)
        name = f"{kind} {base}" if kind.startswith(("Escuela", "Academia")) else f"{base} {kind}"
        if name in used:
            name = f"{name} {len(used) + 1}"
        used.add(name)
        yield name


def generate(
    pack: RubricPack,
    pack_row_id: str,
    schools: int,
    years: int,
    seed: int,
    last_year: str,
    device: str,
    now: datetime,
    language: str = "en",
) -> DemoRows:
    """Schools with one Family Action Team each and one assessment of ``pack`` per year.

    Regions, the team's name and evidence are in ``language`` ("en" or "es"); the seed alone
    decides everything else, so both languages give the same district.
    """
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {language!r}")
    regions, evidence_texts = _REGIONS[language], _EVIDENCE[language]
    rng = random.Random(seed)
    new_id = ordered_ids(rng, now)
    stamp = {"created_at": now, "updated_at": now, "updated_by": device}
    rows = DemoRows(
        {
            "schools": DemoTable(
                ("id", "name", "region"),
                {"district": _DISTRICT[language], "deleted_at": None, **stamp},
            ),
            "teams": DemoTable(
                ("id", "school_id"), {"name": _TEAM[language], "deleted_at": None, **stamp}
            ),
            "members": DemoTable(
                ("id", "team_id", "display_name", "role", "position"), {"active": True, **stamp}
            ),
            "assessments": DemoTable(
                ("id", "team_id", "school_year"),
                {
                    "pack_row_id": pack_row_id,
                    "pack_id": pack.id,
                    "pack_version": pack.version,
                    "status": "agreed",
                    "current_category": pack.categories[0].key,
                    "current_rater": "team",
                    "revealed": True,
                    "deleted_at": None,
                    **stamp,
                },
            ),
            "assessment_members": DemoTable(("assessment_id", "member_id", "position"), {}),
            "ratings": DemoTable(
                ("id", "assessment_id", "category_key", "member_id", "level", "evidence"),
                {"level_at": now, **stamp},
            ),
            "agreements": DemoTable(
                ("id", "assessment_id", "category_key", "level", "evidence"),
                {"reason": "", "agreed_at": now, **stamp},
            ),
        }
    )
    add_school = rows.tables["schools"].rows.append
    add_team = rows.tables["teams"].rows.append
    add_assessment = rows.tables["assessments"].rows.append
    add_present = rows.tables["assessment_members"].rows.extend
    add_rating = rows.tables["ratings"].rows.append
    add_agreement = rows.tables["agreements"].rows.append
    first_year = school_year.parse(last_year) - years + 1
    year_names = [school_year.format_year(first_year + offset) for offset in range(years)]
    max_level = pack.max_level
    keys = [c.key for c in pack.categories]
    # The innermost loop runs once per rating (half a million times for 1,000 schools), so it
    # draws its numbers the way rng.choice does, without its two calls per draw: the same
    # numbers in the same order, so a seed still gives the same district.
    random_ = rng.random
    getrandbits = rng.getrandbits
    step_count, step_bits = len(_LEVEL_STEPS), len(_LEVEL_STEPS).bit_length()
    evidence_count, evidence_bits = len(evidence_texts), len(evidence_texts).bit_length()
    for name in school_names(rng, schools):
        school_id = new_id()
        add_school((school_id, name, rng.choice(regions)))
        team_id = new_id()
        add_team((team_id, school_id))
        roster: list[str] = []
        # Where the school starts, and how fast it grows, per category.
        start = {k: rng.uniform(1, max_level * 0.6) for k in keys}
        growth = {k: rng.uniform(-0.1, 0.45) for k in keys}
        for offset in range(years):
            roster = _turnover(rng, new_id, rows.tables["members"].rows, roster, team_id)
            present = [m for m in roster if random_() < 0.85] or roster[:1]
            assessment_id = new_id()
            add_assessment((assessment_id, team_id, year_names[offset]))
            add_present(
                (assessment_id, member_id, position) for position, member_id in enumerate(present)
            )
            for key in keys:
                true_level = start[key] + growth[key] * offset + rng.gauss(0, 0.3)
                agreed = min(max_level, max(1, round(true_level)))
                for member_id in present:
                    drawn = getrandbits(step_bits)  # rng.choice(_LEVEL_STEPS)
                    while drawn >= step_count:
                        drawn = getrandbits(step_bits)
                    level = agreed + _LEVEL_STEPS[drawn]
                    if level < 1:
                        level = 1
                    elif level > max_level:
                        level = max_level
                    if random_() < 0.25:
                        drawn = getrandbits(evidence_bits)  # rng.choice(_EVIDENCE)
                        while drawn >= evidence_count:
                            drawn = getrandbits(evidence_bits)
                        evidence = evidence_texts[drawn]
                    else:
                        evidence = ""
                    add_rating((new_id(), assessment_id, key, member_id, level, evidence))
                agreement_id = new_id()
                add_agreement(
                    (agreement_id, assessment_id, key, agreed, rng.choice(evidence_texts))
                )
    return rows


# A member's own level next to the agreed one: mostly the same, sometimes one off.
_LEVEL_STEPS = (-1, 0, 0, 0, 1)


def _turnover(
    rng: random.Random,
    new_id: Callable[[], str],
    members: list[tuple[Any, ...]],
    roster: list[str],
    team_id: str,
) -> list[str]:
    """Members come and go between years, as they do on real teams."""
    kept = [m for m in roster if rng.random() < 0.75]
    wanted = rng.randint(6, 10)
    while len(kept) < wanted:
        member_id = new_id()
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        members.append((member_id, team_id, name, rng.choice(_ROLE_MIX).value, len(members)))
        kept.append(member_id)
    return kept
