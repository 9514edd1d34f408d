"""The growth plan PDF, read back with pypdf: every text a user typed or a team agreed is in it."""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Group, String

from roots_app.domain.assessment import TEAM, Assessment, AssessmentInfo, Rating, Status
from roots_app.domain.people import Member, Role
from roots_app.domain.plan import Action, ActionStatus, Focus, Plan, PlanReport
from roots_app.domain.rubric import RubricPack
from roots_app.exchange.pack_file import load_pack_file
from roots_app.reports import labels
from roots_app.reports.fonts import EMOJI, FALLBACK, para_text
from roots_app.reports.plan_pdf import render_plan
from roots_app.reports.wheel_drawing import WheelSeries, wheel_drawing

RUBRICS = Path(__file__).resolve().parents[2] / "resources" / "rubrics"

SCHOOL = "Escuela Primaria Dolores Huerta & <Amigos>"
HOSTILE = "<b>bold?</b> & <font color=red>x</font>"
CHINESE = "学校的家庭参与"
ARABIC = "مشاركة الأسرة"
ACCENTS = "Reunión de padres: ¿qué aprendimos? Ñandú, café, naïve, Œuvre 😀"
LONG_NOTE = (
    "Inicio de la nota larga. "
    + "Las familias vienen al Centro de Padres cada martes y comparten ideas. " * 70
)[:4978] + " fin de la nota larga."
LONG_ACTION = (
    "Start of the long action. " + "Call every family in their home language and listen. " * 95
)[:4976] + " end of the long action."

EVIDENCE = [
    HOSTILE,
    LONG_NOTE,
    ACCENTS,
    f"{CHINESE}: 家长每月开会",
    f"{ARABIC} في المدرسة",
    "Line one of the evidence\nLine two after a newline",
]
ACTIONS = [
    Action(
        "a1",
        HOSTILE,
        owner="Luis Pérez",
        start=date(2025, 9, 1),
        due=date(2025, 10, 15),
        resources="Parent Center room",
        measure="30 families attend",
        status=ActionStatus.UNDER_WAY,
    ),
    Action(
        "a2",
        "Bilingual welcome desk every morning",
        owner="王小明",
        due=date(2026, 1, 31),
        status=ActionStatus.NOT_STARTED,
        carried_from="old-1",
    ),
    Action("a3", LONG_ACTION, owner="Fátima", measure="Calls logged", status=ActionStatus.DONE),
    Action(
        "a4",
        f"Family night: {ARABIC} 😀",
        owner="فاطمة الزهراء",
        resources=CHINESE,
        measure="Survey: 80% feel welcome",
        status=ActionStatus.DROPPED,
    ),
]


def _pack() -> RubricPack:
    return load_pack_file(RUBRICS / "cei-six-roots.json")


def _info(year: str) -> AssessmentInfo:
    return AssessmentInfo(
        f"as-{year}",
        "s1",
        SCHOOL,
        "t1",
        "Family Action Team — Huerta",
        "cei-six-roots",
        "1.0.0",
        year,
        Status.FINAL,
    )


def make_report() -> PlanReport:
    """A full plan: members in three scripts, every category agreed, last year behind it."""
    pack = _pack()
    members = (
        Member("m1", "t1", "María José Hernández", Role.FAMILY),
        Member("m2", "t1", "王小明", Role.FAMILY),
        Member("m3", "t1", "فاطمة الزهراء", Role.COMMUNITY_PARTNER),
        Member("m4", "t1", "Luis Pérez", Role.TEACHER),
        Member("m5", "t1", "Dr. Ana O'Connor", Role.ADMINISTRATOR),
    )
    ratings: dict[tuple[str, str], Rating] = {}
    for index, category in enumerate(pack.categories):
        for offset, member in enumerate(members):
            if (index + offset) % 7 == 6:
                continue  # someone skipped a category now and then
            level = 1 + (index + offset * 2) % pack.max_level
            ratings[(member.id, category.key)] = Rating(category.key, member.id, level)
        agreed = 1 + (index * 2) % pack.max_level
        ratings[(TEAM, category.key)] = Rating(
            category.key,
            TEAM,
            agreed,
            EVIDENCE[index % len(EVIDENCE)],
            reason="Talked it through" if index == 0 else "",
        )
    assessment = Assessment(_info("2025-26"), pack, members, ratings)
    last = {
        (TEAM, c.key): Rating(c.key, TEAM, 1 + i % 3)
        for i, c in enumerate(pack.categories)
        if i != 2  # one category was not agreed last year
    }
    previous = Assessment(_info("2024-25"), pack, members[:3], last)
    keys = [c.key for c in pack.categories]
    plan = Plan(
        assessment.id,
        (
            Focus(
                "f1",
                keys[0],
                goal=f"Goal with {HOSTILE}",
                why="Lowest level.\nFamilies asked.",
                actions=tuple(ACTIONS[:2]),
            ),
            Focus("f2", keys[3], goal=f"Meta: {CHINESE}", why=ARABIC, actions=tuple(ACTIONS[2:])),
        ),
    )
    return PlanReport(assessment, plan, previous, date(2026, 3, 5))


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


_ARABIC_RUN = re.compile(r"[\u0600-\u06ff\s]+")
_RUNS = re.compile(r"[\u0600-\u06ff](?:[\u0600-\u06ff\s]*[\u0600-\u06ff])?|[^\u0600-\u06ff]+")


def _squash(text: str) -> str:
    # Wrapping puts line breaks anywhere a space was (or between Chinese characters), so
    # compare with all whitespace removed: characters and their order still have to match.
    # NFKC turns Arabic's joined presentation forms back into plain letters.
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _contains(haystack: str, needle: str) -> bool:
    """Whether needle's characters are in the text in order.

    Arabic is printed shaped and in visual order; pypdf reads right-to-left runs back in
    logical order, so after NFKC the typed text must come back exactly.
    """
    text = _squash(haystack)
    return all(_squash(run) in text for run in _RUNS.findall(needle))


@pytest.fixture(scope="module")
def report() -> PlanReport:
    return make_report()


@pytest.fixture(scope="module")
def rendered(report: PlanReport) -> Iterator[dict[str, tuple[bytes, list[str]]]]:
    out = {}
    for language in ("en", "es", "both"):
        pdf = render_plan(report, language)
        out[language] = (pdf, _pages(pdf))
    yield out


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_category_level_and_note_is_printed(
    rendered: dict[str, tuple[bytes, list[str]]], report: PlanReport, language: str
) -> None:
    pdf, pages = rendered[language]
    assert pdf.startswith(b"%PDF")
    text = "\n".join(pages)
    pack = report.assessment.pack
    assert _contains(text, SCHOOL)
    assert _contains(text, labels.label(language, "plan_title"))
    for category in pack.categories:
        assert _contains(text, category.title[language]), category.key
        level = report.assessment.rating(TEAM, category.key).level
        assert level is not None
        assert _contains(text, pack.level(level).label[language])
        assert _contains(text, category.descriptors[level][language])
    for note in EVIDENCE:
        if note is LONG_NOTE:
            continue
        assert _contains(text, note), note
    for action in ACTIONS:
        if action.description is not LONG_ACTION:
            assert _contains(text, action.description), action.id
        assert _contains(text, action.owner), action.id
    assert _contains(text, labels.label(language, "carried"))
    for status in ActionStatus:
        assert _contains(text, labels.status_label(language, status))


@pytest.mark.parametrize("language", ["en", "both"])
def test_categories_and_action_rows_stay_on_one_page(
    rendered: dict[str, tuple[bytes, list[str]]], report: PlanReport, language: str
) -> None:
    _, pages = rendered[language]
    pack = report.assessment.pack
    for category in pack.categories:
        agreed = report.assessment.rating(TEAM, category.key)
        if agreed.evidence is LONG_NOTE or agreed.level is None:
            continue  # taller than a page: it has to flow on
        # The descriptor is printed only in the category's own block.
        on = [
            i for i, p in enumerate(pages) if _contains(p, category.descriptors[agreed.level]["en"])
        ]
        assert len(on) == 1, category.key
        assert _contains(pages[on[0]], agreed.evidence), category.key
    for action in ACTIONS:
        if action.description is LONG_ACTION:
            continue
        cells = [action.description, action.owner, action.measure]
        cells.append(labels.status_label("en", action.status))
        assert any(all(_contains(p, c) for c in cells) for p in pages), action.id


def test_hostile_markup_prints_literally(rendered: dict[str, tuple[bytes, list[str]]]) -> None:
    text = "\n".join(rendered["en"][1])
    assert HOSTILE in re.sub(r"\s+", " ", text)  # spaces and all, exactly as typed
    assert _contains(text, "Dolores Huerta & <Amigos>")


def test_five_thousand_characters_print_from_start_to_end(
    rendered: dict[str, tuple[bytes, list[str]]],
) -> None:
    assert len(LONG_NOTE) == len(LONG_ACTION) == 5000
    text = "\n".join(rendered["en"][1])
    assert _contains(text, LONG_NOTE[:60]) and _contains(text, LONG_NOTE[-60:])
    assert _contains(text, LONG_ACTION[:60]) and _contains(text, LONG_ACTION[-60:])
    # Nothing in the middle was lost either: every repetition of the sentence is there.
    assert _squash(text).count(_squash("Call every family in their home language")) >= 90


def test_chinese_arabic_and_emoji_are_in_the_text(
    rendered: dict[str, tuple[bytes, list[str]]],
) -> None:
    text = "\n".join(rendered["en"][1])
    assert _contains(text, CHINESE)
    assert _contains(text, "王小明")
    assert _contains(text, "😀")
    for arabic in (ARABIC, "فاطمة الزهراء", f"{ARABIC} في المدرسة"):
        assert _contains(text, arabic), arabic
    assert not _contains(text, "مشاركة المدرسة")  # the helper does not accept any order


def test_only_the_bundled_fonts_are_used_and_embedded(
    rendered: dict[str, tuple[bytes, list[str]]],
) -> None:
    names = set()
    for page in PdfReader(io.BytesIO(rendered["both"][0])).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            names.add(str(font["/BaseFont"]).split("+")[-1])
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None and "/FontFile2" in descriptor.get_object(), font
    assert names == {"DejaVuSans", "DejaVuSans-Bold", "DroidSansFallback"}


@pytest.mark.parametrize("language", ["en", "es", "both"])
def test_every_page_says_page_x_of_y(
    rendered: dict[str, tuple[bytes, list[str]]], language: str
) -> None:
    _, pages = rendered[language]
    total = len(pages)
    assert total >= 5  # cover, wheel, categories, plan, and the long texts' overflow
    for number, page in enumerate(pages, start=1):
        for lang in ("en", "es") if language == "both" else (language,):
            assert labels.label(lang, "page_of", number, total) in page, (number, page[-200:])


def test_both_languages_print_both_and_user_text_once(
    rendered: dict[str, tuple[bytes, list[str]]], report: PlanReport
) -> None:
    text = "\n".join(rendered["both"][1])
    for category in report.assessment.pack.categories:
        assert _contains(text, category.title["en"])
        assert _contains(text, category.title["es"])
    for key in ("plan_title", "evidence", "col_owner", "signoff_title"):
        assert _contains(text, labels.label("en", key))
        assert _contains(text, labels.label("es", key))
    assert _squash(text).count(_squash(HOSTILE)) == _squash("\n".join(rendered["en"][1])).count(
        _squash(HOSTILE)
    )


@pytest.mark.parametrize(("page_size", "expected"), [("letter", (612, 792)), ("a4", (595, 842))])
def test_page_size(report: PlanReport, page_size: str, expected: tuple[int, int]) -> None:
    pdf = render_plan(report, "en", page_size)
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == expected
    assert reader.metadata is not None and "Growth plan" in (reader.metadata.title or "")


def test_a_plan_without_last_year_or_focus_still_renders(report: PlanReport) -> None:
    bare = PlanReport(report.assessment, Plan(report.assessment.id), None, date(2026, 3, 5))
    text = "\n".join(_pages(render_plan(bare, "es")))
    assert _contains(text, labels.label("es", "no_focus"))
    assert not _contains(text, labels.label("es", "legend_last_year", "2024-25"))


def test_para_text_escapes_markup_and_switches_font_for_chinese() -> None:
    assert para_text("<b>&</b>") == "&lt;b&gt;&amp;&lt;/b&gt;"
    assert para_text("a\nb") == "a<br/>b"
    assert para_text("Hola 学校 ok") == f'Hola <font name="{FALLBACK}">学校</font> ok'
    assert "font" not in para_text(f"{ARABIC} café 😀")  # the main font has these


def test_dates_in_both_languages_are_written_as_in_each_language(
    rendered: dict[str, tuple[bytes, list[str]]],
) -> None:
    """The bilingual plan printed ISO dates (2025-09-01) in the action table."""
    both, english, spanish = ("\n".join(rendered[g][1]) for g in ("both", "en", "es"))
    for text, dates in (
        (english, ["Sep 1, 2025", "Oct 15, 2025", "Jan 31, 2026"]),
        (spanish, ["1 sep 2025", "15 oct 2025", "31 ene 2026"]),
        (both, ["Sep 1, 2025", "1 sep 2025", "Oct 15, 2025", "15 oct 2025", "31 ene 2026"]),
    ):
        for day in dates:
            assert day in text, day
    assert not re.search(r"20\d\d-\d\d-\d\d", both)
    assert "March 5, 2026" in both and "5 de marzo de 2026" in both  # the cover's date


def test_the_action_column_is_wide_enough_for_a_short_sentence(
    rendered: dict[str, tuple[bytes, list[str]]],
) -> None:
    """A thin Action column broke "Bilingual welcome desk every morning" into three lines."""
    for language in ("en", "both"):
        lines = "\n".join(rendered[language][1]).splitlines()
        assert any("Bilingual welcome desk every" in line for line in lines), language


def test_english_is_spelled_the_american_way() -> None:
    british = re.compile(r"centre|colour|behaviour|organis|licence|programme", re.IGNORECASE)
    assert not [text for text in labels.EN.values() if british.search(text)]
    assert "center" in labels.label("en", "wheel_intro")


def _fonts_drawing(pdf: bytes, wanted: str) -> dict[str, bool]:
    """The fonts that draw a text containing ``wanted``: base name -> embedded in the file."""
    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:

        def visit(text: str, cm: object, tm: object, font: object, size: object) -> None:
            if isinstance(font, dict) and wanted in text:
                descriptor = font["/FontDescriptor"]
                name = str(font["/BaseFont"]).split("+")[-1]
                found[name] = "/FontFile2" in descriptor.get_object()

        page.extract_text(visitor_text=visit)
    return found


def test_emoji_in_evidence_names_and_notes_print_with_the_emoji_font(
    report: PlanReport,
) -> None:
    """🌱 is in no main font (it printed as a box); ❤️ asks for the emoji, not DejaVu's heart."""
    a = report.assessment
    key = a.pack.categories[0].key
    ratings = dict(a.ratings)
    ratings[(TEAM, key)] = Rating(
        key, TEAM, 3, "Huerto escolar 🌱 con las familias ❤️", reason="Sembramos 🌱 juntos"
    )
    members = (Member("m9", "t1", "Ana ❤️ Ruiz", Role.FAMILY), *a.present)
    focus = report.plan.focuses[0]
    action = Action("a9", "Plant day 🌱", owner="Ana ❤️", due=date(2026, 4, 2))
    plan = Plan(a.id, (replace(focus, actions=(action,)),))
    changed = Assessment(a.info, a.pack, members, ratings)
    pdf = render_plan(PlanReport(changed, plan, None, date(2026, 3, 5)), "es")
    text = "\n".join(_pages(pdf))
    for typed in ("Huerto escolar 🌱 con las familias ❤️", "Sembramos 🌱", "Ana ❤️ Ruiz"):
        assert _contains(text, typed), typed
    assert _fonts_drawing(pdf, "🌱") == {"NotoEmoji-Regular": True}
    assert _fonts_drawing(pdf, "❤") == {"NotoEmoji-Regular": True}


def test_para_text_uses_the_emoji_font_only_where_the_main_font_cannot() -> None:
    assert para_text("Huerto 🌱") == f'Huerto <font name="{EMOJI}">🌱</font>'
    assert para_text("Te ❤️!") == f'Te <font name="{EMOJI}">❤️</font>!'
    assert para_text("❤ 😀") == "❤ 😀"  # DejaVu's own text heart and face are fine
    assert para_text("🌱\ufe0e") == f'<font name="{EMOJI}">🌱\ufe0e</font>'


def test_labels_have_the_same_keys_and_placeholders() -> None:
    assert labels.EN.keys() == labels.ES.keys()
    for key, english in labels.EN.items():
        # Same placeholders, in any order ("March 5, 2026" and "5 de marzo de 2026").
        assert sorted(re.findall(r"%\d", english)) == sorted(re.findall(r"%\d", labels.ES[key])), (
            key
        )
    for role in Role:
        assert labels.role_label("es", role) and labels.role_label("en", role, plural=True)


@pytest.mark.parametrize("spokes", [3, 12, 20])
def test_wheel_numbers_every_spoke_and_rejects_too_few(spokes: int) -> None:
    levels = tuple((i % 5) + 1 for i in range(spokes))
    drawing = wheel_drawing(5, WheelSeries(levels, "now"), WheelSeries(levels[::-1], "before"))

    def strings(group: Group) -> Iterator[str]:
        for node in group.contents:
            if isinstance(node, String):
                yield node.text
            elif isinstance(node, Group):
                yield from strings(node)

    texts = list(strings(drawing))
    assert all(str(n) in texts for n in range(1, spokes + 1))
    assert "now" in texts and "before" in texts
    with pytest.raises(ValueError):
        wheel_drawing(5, WheelSeries((1, 2), "too few"))


def _numbered(what: str, length: int) -> str:
    """``length`` characters of numbered sentences, so a lost or repeated piece is noticed."""
    sentences = (f"{what} {i:05d} sigue aquí, completa. " for i in range(10**5))
    text = ""
    for sentence in sentences:
        if len(text) + len(sentence) > length:
            break
        text += sentence
    return text + "x" * (length - len(text))


def _in_order(haystack: str, text: str) -> bool:
    """Every sentence of ``text`` is in ``haystack``, once each and in order."""
    squashed = _squash(haystack)
    at = 0
    for sentence in text.split(". "):
        found = squashed.find(_squash(sentence), at)
        if found < 0:
            return False
        at = found + len(_squash(sentence))
    return True


def _without_footers(pages: list[str]) -> str:
    """The pages' text without footers, which pypdf reads in among the text that runs on."""
    footer = f"{labels.label('en', 'plan_title')} · {SCHOOL} · 2025-26"
    out = []
    for number, page in enumerate(pages, start=1):
        page = page.replace(labels.label("en", "page_of", number, len(pages)), "")
        out.append(page.replace(footer, ""))
    return "\n".join(out)


@pytest.mark.slow
def test_texts_of_100000_characters_are_printed_whole(report: PlanReport) -> None:
    """Such a plan took 82-96 s to print (issue 13); it is cut into paragraphs, nothing lost.

    The time is measured by benchmarks/plan_pdf.py, not here.
    """
    evidence = _numbered("Nota", 100_000)
    action = _numbered("Acción", 100_000)
    digits = "".join(f"{i:05d}" for i in range(20_000))  # 100,000 characters, no space at all
    assessment = report.assessment
    first = assessment.pack.categories[0].key
    ratings = dict(assessment.ratings)
    ratings[(TEAM, first)] = replace(ratings[(TEAM, first)], evidence=evidence, reason=digits)
    focus = replace(
        report.plan.focuses[0],
        goal=_numbered("Meta", 100_000),
        actions=(Action("long", action, owner="Fátima", measure=digits),),
    )
    long = replace(
        report,
        assessment=replace(assessment, ratings=ratings),
        plan=replace(report.plan, focuses=(focus,)),
    )
    text = _without_footers(_pages(render_plan(long, "en")))
    assert len(evidence) == len(action) == len(digits) == len(focus.goal) == 100_000
    for typed in (evidence, action, focus.goal):
        assert _in_order(text, typed)
    assert _squash(text).count(digits) == 2  # the reason and the measure, each in one piece
