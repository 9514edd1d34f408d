"""Take screenshots of the main pages, for people to look at (run under xvfb-run).

    xvfb-run -s "-screen 0 1280x860x24" python tools/screenshots.py OUT [en|es] [WxH] [TEXT%] [LOOK]

WxH is the window size (default 1240x820); TEXT% a larger system text size, e.g. 150. LOOK is
the appearance chosen in Settings, words joined by commas: light or dark, contrast, and a text
size in percent, e.g. dark,contrast,200.

Uses a throwaway data folder with the sample district; nothing of yours is touched.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def paper_handwriting(window, out: Path, language: str, assessment_id: str) -> None:  # type: ignore[no-untyped-def]
    """The team view with a paper sheet's rating and its handwriting, and the scan opened."""
    import io

    from PIL import Image, ImageDraw

    from roots_app.domain.paper import PaperSheet
    from roots_app.services import assessments, sheets
    from roots_app.ui.widgets.handwriting import HandwritingDialog

    roots = window.ctx.roots
    loaded = assessments.load(roots, assessment_id)
    key = loaded.pack.categories[0].key
    image = Image.new("L", (900, 120), 255)
    draw = ImageDraw.Draw(image)
    draw.text((12, 12), "Parents ran the welcome table at the open house", fill=25)
    draw.line((12, 70, 860, 78), fill=40, width=3)
    png = io.BytesIO()
    image.save(png, "PNG")
    member = loaded.present[0].id
    sheet = PaperSheet(member, None, None, {key: 4}, {key: png.getvalue()}, 4)
    sheets.save_sheet(roots, assessment_id, sheet, overwrite=True)
    if not loaded.revealed:
        assessments.set_revealed(roots, assessment_id, True)
    window.show_place("team")
    team = window.team_view
    team.tabs.setCurrentIndex(0)
    team.reload()
    team.go_to(0)
    from PySide6.QtWidgets import QScrollArea

    holder = team.handwriting.parentWidget()
    while holder is not None and not isinstance(holder, QScrollArea):
        holder = holder.parentWidget()
    if holder is not None:  # the scans sit under the members' notes: scrolled into view
        QTest.qWait(100)
        holder.ensureWidgetVisible(team.handwriting)
    QTest.qWait(250)
    window.grab().save(str(out / f"{language}-4-team-paper.png"))
    dialog = HandwritingDialog(team.handwriting.scans[0], window)
    dialog.show()
    QTest.qWait(250)
    dialog.grab().save(str(out / f"{language}-4-team-paper-open.png"))
    dialog.close()
    window.set_meeting_mode(True)  # larger text: the scans' row must grow with it
    if holder is not None:
        QTest.qWait(100)
        holder.ensureWidgetVisible(team.handwriting)
    QTest.qWait(250)
    window.grab().save(str(out / f"{language}-4-team-paper-meeting.png"))
    window.set_meeting_mode(False)


def version_trends(window, data: Path, out: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    """Progress and District after a new CEI version that renames, merges and adds categories:
    the years scored on 1.0.2 shown in 2.0.0's categories, marked †."""
    import json

    from roots_app import paths
    from roots_app.domain import school_year
    from roots_app.services import assessments, rubrics, schools

    roots = window.ctx.roots
    pack = json.loads((paths.rubrics_dir() / "cei-six-roots.json").read_text(encoding="utf-8"))
    old = {c["key"]: c for c in pack["categories"]}
    renamed = dict(old["relationships"], key="trusting-relationships")
    renamed["title"] = {"en": "Trusting relationships", "es": "Relaciones de confianza"}
    merged = dict(old["families-as-experts"], key="shared-expertise")
    merged["title"] = {"en": "Shared expertise", "es": "Saberes compartidos"}
    voice = dict(old["inclusivity"], key="family-voice")
    voice["title"] = {"en": "Family voice", "es": "La voz de las familias"}
    pack["version"] = "2.0.0"
    pack["categories"] = [
        renamed,
        merged,
        old["committed-leaders"],
        old["inclusivity"],
        old["community-friendly-systems"],
        voice,
    ]
    pack["lineage"] = {
        "previous_version": "1.0.2",
        "categories": [
            {"key": "trusting-relationships", "from": ["relationships"]},
            {
                "key": "shared-expertise",
                "from": ["families-as-experts", "engagement-expertise"],
                "reworded": True,
            },
            {"key": "family-voice", "from": []},
        ],
    }
    path = data / "cei-2.0.0.json"
    path.write_text(json.dumps(pack), encoding="utf-8")
    rubrics.import_file(roots, path)
    school = schools.list_schools(roots)[0]
    latest = max(i.school_year for i in assessments.list_assessments(roots, school.id))
    year = school_year.format_year(school_year.parse(latest) + 1)
    started = assessments.start(roots, school.teams[0].id, "cei-six-roots", year, [])
    loaded = assessments.load(roots, started)
    for n, category in enumerate(loaded.pack.categories):
        assessments.agree(roots, loaded, category.key, 2 + n % 3, "")
    window.show_place("district")
    page = window.district_page
    page.refresh()
    page.year.setCurrentIndex(max(0, page.year.findData(latest)))
    for _ in range(100):
        QTest.qWait(50)
        if page.view is not None and page.view.district.year == latest:
            break
    QTest.qWait(250)
    window.grab().save(str(out / f"{language}-8-district-versions.png"))
    window.show_place("progress")
    window.progress_page.open_school(school.id)
    window.progress_page.tabs.setCurrentIndex(0)
    QTest.qWait(250)
    window.grab().save(str(out / f"{language}-8-progress-versions.png"))


def main() -> None:
    out = Path(sys.argv[1])
    language = sys.argv[2] if len(sys.argv) > 2 else "en"
    width, height = (int(n) for n in (sys.argv[3] if len(sys.argv) > 3 else "1240x820").split("x"))
    text_scale = int(sys.argv[4]) / 100 if len(sys.argv) > 4 else 1.0
    look = sys.argv[5].split(",") if len(sys.argv) > 5 else []
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="roots-shots-"))

    from roots_app import settings
    from roots_app.services import assessments, demo
    from roots_app.services.context import open_roots
    from roots_app.ui import theme
    from roots_app.ui.context import UiContext
    from roots_app.ui.i18n import Translations
    from roots_app.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    app.setProperty("roots_base_points", theme.BASE_POINTS * text_scale)
    theme.apply(app)
    roots = open_roots(data)
    chosen = theme.Appearance(
        text_size=next((int(word) for word in look if word.isdigit()), 100),
        contrast="contrast" in look,
        scheme=next((word for word in look if word in theme.SCHEMES), "system"),
    )
    chosen.store(roots.settings)  # the window shows it as it starts, as after a restart
    translations = Translations(data / "cache")
    ctx = UiContext(roots, translations)

    def shot(name: str) -> None:
        # A real event loop for a moment: deferred deletes and layout requests must run, or
        # a page shows widgets of the category before (processEvents alone does not do both).
        QTest.qWait(250)
        window.grab().save(str(out / f"{language}-{name}.png"))

    window = MainWindow(ctx)
    window.resize(width, height)
    window.show()
    window.start()
    ctx.set_language(language)
    shot("1-welcome")
    demo.make_demo(roots, schools=12, years=5, language=language)
    settings.save(data, roots.settings)
    window.show_place("home")
    shot("2-home")
    window.home.tree.expand(window.home.model.index(0, 0))  # its teams and their member counts
    shot("2-home-teams")
    window.home.tree.collapseAll()
    first = assessments.list_assessments(roots)[0]
    window.open_assessment(first.id)
    window.walkthrough.go_to(1)
    window.activateWindow()
    window.walkthrough.cards[1].setFocus()  # show the keyboard focus as a user would see it
    shot("3-walkthrough")
    window.show_place("team")
    shot("4-team-agree")
    window.team_view.tabs.setCurrentIndex(1)
    shot("4-team-wheel")
    window.team_view.tabs.setCurrentIndex(2)
    shot("4-team-table")
    window.show_place("summary")
    shot("4-summary")
    from roots_app.domain.plan import Action, suggested_focus
    from roots_app.services import plans

    loaded = assessments.load(roots, first.id)
    for key in suggested_focus(loaded)[:2]:
        focus = plans.add_focus(roots, loaded, key, goal="More families lead decisions")
        plans.save_action(roots, focus, Action("", "Monthly café with interpreters", "Rosa"))
    window.show_place("plan")
    shot("4-plan")
    from PySide6.QtWidgets import QScrollArea

    actions = window.plan_page.actions
    holder = actions.parentWidget()
    while holder is not None:  # the actions' table, under the focus areas with large text
        if isinstance(holder, QScrollArea):
            holder.ensureWidgetVisible(actions)
        holder = holder.parentWidget()
    shot("4-plan-actions")
    window.show_place("district")
    for _ in range(50):
        app.processEvents()
        if window.district_page.view is not None:
            break
        import time

        time.sleep(0.05)
    shot("7-district")
    if _into_view(window.district_page.distribution):  # large text: the page scrolls to it
        shot("7-district-categories")
    window.show_place("progress")
    shot("7-progress")
    window.progress_page.tabs.setCurrentIndex(1)
    shot("7-progress-trend")
    window.progress_page.tabs.setCurrentIndex(2)
    shot("7-progress-wheels")
    window.show_place("team")
    window.team_view.tabs.setCurrentIndex(0)
    window.set_meeting_mode(True)
    shot("6-meeting-mode")
    window.show_place("assess")  # a page hidden when the mode changed: styled as it shows
    shot("6-meeting-walkthrough")
    window.set_meeting_mode(False)
    shot("6-after-meeting-walkthrough")  # the page shown when the mode changed
    window.show_place("team")
    shot("6-after-meeting-team")  # hidden when the mode changed
    from datetime import datetime, timedelta

    from roots_app.services import backups

    older = backups.take(roots, "before-import", datetime.now() - timedelta(days=3))
    if older is not None:  # as an older Roots left it: no index, described when listed
        older.with_name(older.name + ".json").unlink()
    backups.take(roots, "daily")
    window.show_place("settings")
    shot("5-settings")
    page = window.settings_page
    page.scroll.ensureWidgetVisible(page.backups)
    while page.backups.describing is not None:
        app.processEvents()
    shot("5-settings-backups")
    window.show_place("rubrics")
    shot("5-rubrics")
    rubrics_page = window.rubrics_page
    bad = data / "district-rubric.json"
    bad.write_text('{"format": 1, "id": "district-compact", "version": "1.0"}', encoding="utf-8")
    rubrics_page.import_pack(bad)  # a refused file: its problems listed on the page
    shot("5-rubrics-refused")
    pack_editor(rubrics_page, out, language)
    from roots_app.services import schools
    from roots_app.ui.dialogs.team import TeamDialog

    team = schools.get_team(roots, schools.list_schools(roots)[0].teams[0].id)
    team_dialog = TeamDialog(team, window)
    team_dialog.show()
    for _ in range(5):
        app.processEvents()
    team_dialog.grab().save(str(out / f"{language}-5-team-dialog.png"))
    team_dialog.close()
    read_aloud(window, out, language)
    sheet_entry(window, out, language)
    exchange_dialogs(roots, ctx, data, out, language, first.id)
    questions(window, out, language)
    state_report(window, data, out, language)
    version_trends(window, data, out, language)
    state_versions(window, data, out, language)
    paper_handwriting(window, out, language, first.id)  # last: it saves a paper sheet
    window.close()


def pack_editor(page, out: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    """The pack editor on a new version of the last pack: a category, one added (its problems
    listed), and the preview."""
    page.table.selectRow(page.table.rowCount() - 1)
    editor = page.edit_pack("version")

    def grab(name: str) -> None:
        QTest.qWait(250)
        editor.grab().save(str(out / f"{language}-5-pack-editor-{name}.png"))

    editor.choose(("category", 1))
    editor.fields["categories[1].title"]["es"].setFocus()
    grab("1-category")
    editor.add_category()
    grab("2-added")
    editor.tabs.setCurrentIndex(1)
    editor.choose(("category", 0))
    grab("3-preview")
    editor.undo_stack.setClean()  # closed without asking
    editor.close()


def state_versions(window, data: Path, out: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    """The State report after an LCFF 2.0.0 that renames practice 2 and merges 9 and 10: a team
    scoring on it in 2024-25 is read back into the state's practices, marked †."""
    import json

    from roots_app import paths
    from roots_app.services import assessments, rubrics, schools, state

    roots = window.ctx.roots
    lea = "19647330000000"
    pack = json.loads((paths.rubrics_dir() / "lcff-priority-3.json").read_text(encoding="utf-8"))
    old = {c["key"]: c for c in pack["categories"]}
    welcoming = dict(old["welcoming-environments"], key="welcoming-spaces")
    welcoming["title"] = {"en": "Welcoming spaces", "es": "Espacios acogedores"}
    decisions = dict(old["staff-capacity-decision-making"], key="decision-capacity")
    decisions["title"] = {"en": "Capacity for shared decisions", "es": "Capacidad de decidir"}
    merged = ("staff-capacity-decision-making", "family-capacity-decision-making")
    swapped = {"welcoming-environments": welcoming, merged[0]: decisions}
    pack["categories"] = [
        swapped.get(c["key"], c) for c in pack["categories"] if c["key"] != merged[1]
    ]
    pack["version"] = "2.0.0"
    pack["lineage"] = {
        "previous_version": "1.0.2",
        "categories": [
            {"key": "welcoming-spaces", "from": ["welcoming-environments"]},
            {"key": "decision-capacity", "from": list(merged), "reworded": True},
        ],
    }
    path = data / "lcff-2.0.0.json"
    path.write_text(json.dumps(pack), encoding="utf-8")
    rubrics.import_file(roots, path)
    school = schools.create_school(roots, "Escuela Nueva Versión")
    state.set_school_lea(roots, school, lea)
    team = schools.create_team(roots, school, "FAT", [])
    made = assessments.start(roots, team, "lcff-priority-3", "2024-25", [])
    for n, category in enumerate(assessments.load(roots, made).pack.categories):
        assessments.agree(roots, assessments.load(roots, made), category.key, 1 + n % 5, "")
    window.show_place("state")
    page = window.state_page
    page.views.setCurrentIndex(0)
    page.refresh(lea)
    page.year.setCurrentIndex(max(0, page.year.findData("2024-25")))
    QTest.qWait(250)
    window.grab().save(str(out / f"{language}-9-state-versions.png"))
    page.views.setCurrentIndex(1)
    QTest.qWait(250)
    window.grab().save(str(out / f"{language}-9-state-versions-chart.png"))
    page.views.setCurrentIndex(0)


def questions(window, out: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    """Two of Roots' real questions, shown and answered "Cancel" (nothing changes): one that
    can be undone (move to the trash), one that cannot (empty the trash)."""
    from PySide6.QtWidgets import QMessageBox

    from roots_app.ui.dialogs.trash import TrashDialog

    names = iter(["9-question-trash", "9-question-for-good"])

    def grab(box: QMessageBox) -> int:
        box.show()
        for _ in range(5):
            QApplication.processEvents()
        box.grab().save(str(out / f"{language}-{next(names)}.png"))
        box.close()
        return 0

    QMessageBox.exec = grab  # type: ignore[method-assign]
    window.show_place("home")
    window.home.tree.setCurrentIndex(window.home.model.index(0, 0))
    window.home.move_to_trash()
    TrashDialog(window.ctx, window).empty()


def read_aloud(window, out: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    """Read aloud with Qt's mock engine: the sentence where there is no voice for the language
    (the mock has no Spanish one), a level card lit while it is read, and Settings' section."""
    import os

    from roots_app.ui.read_aloud import ENGINE_ENV, ReadAloud
    from roots_app.ui.widgets.speech_settings import SpeechSettings

    os.environ[ENGINE_ENV] = "mock"
    window.show_place("assess")
    page = window.walkthrough
    page.go_to(1)
    button = page.read_button
    button.use(ReadAloud(window.ctx.roots.settings, engine="mock", languages=("en",)))
    button.toggle()  # in Spanish: no voice, and the sentence says so
    if language == "es":
        window.grab().save(str(out / f"{language}-11-read-aloud-no-voice.png"))
    button.note.setVisible(False)
    # Lit as if read in the language on screen (the mock engine speaks it as it can).
    button.use(ReadAloud(window.ctx.roots.settings, engine="mock", languages=(language,)))
    button.toggle()
    while button.active and button.reader is not None and button.reader.index < 2:
        QTest.qWait(50)
    window.grab().save(str(out / f"{language}-11-read-aloud-summary.png"))
    while button.active and button.reader is not None and page.cards[1] is not button._lit:
        QTest.qWait(50)
    window.grab().save(str(out / f"{language}-11-read-aloud-card.png"))
    button.stop()
    window.show_place("settings")
    section = window.settings_page.findChild(SpeechSettings)
    section.voice.setFocus()  # lists the voices
    window.settings_page.scroll.ensureWidgetVisible(section)
    QTest.qWait(250)
    window.grab().save(str(out / f"{language}-11-read-aloud-settings.png"))


def sheet_entry(window, out: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    """Typing in a paper sheet twice: whose sheet, a category, the two entries differing."""
    from roots_app.ui.pages.sheet_entry import SheetEntry

    window.show_place("assess")
    window.type_sheets_action.trigger()
    entry = window.findChild(SheetEntry)

    def grab(name: str) -> None:
        QTest.qWait(250)
        entry.grab().save(str(out / f"{language}-10-sheet-{name}.png"))

    grab("1-who")
    entry.next()
    for number in (3, 2):
        entry.type_number(number)
        entry.next()
    entry.type_number(4)
    grab("2-typing")
    while entry.stack.currentWidget() is entry.typing_page:
        entry.next()
    grab("3-handover")
    entry.start_second()
    for number in (3, 2, 3, 1, 5, 5, 5, 5, 5, 5, 5, 5, 5)[: len(entry.keys)]:
        entry.type_number(number)
        entry.next()
    grab("4-differences")
    entry.close()
    from roots_app.services import assessments
    from roots_app.ui.dialogs.sheets_print import PrintSheetsDialog

    loaded = assessments.load(window.ctx.roots, window.assessment.id)
    dialog = PrintSheetsDialog(
        window.ctx.roots.settings, loaded.info, loaded.present, language, out, window
    )
    dialog.show()
    QTest.qWait(250)
    dialog.grab().save(str(out / f"{language}-10-sheet-0-print.png"))
    dialog.close()


def _state_file(path: Path, file_year: int, rows: list[tuple[str, str, list[int]]]) -> Path:
    """A state Priority 3 file in the 2023-2025 layout (tab-separated, Windows-1252)."""
    from roots_app.exchange.state_file import LAYOUTS

    layout = next(found for found in LAYOUTS if found.name == "2023")
    lines = ["\t".join(layout.published(field) for field in layout.columns)]
    for cds, name, levels in rows:
        values = {
            "cds": cds,
            "lea": name,
            "priority": "3",
            "performance": "Met",
            "additional_info": "",
            "meeting_date": f"6/{file_year - 2004}/{file_year}",
            "year": str(file_year),
        }
        for field in layout.columns:
            if field.startswith("n"):
                values[field] = "Las familias participan en el café mensual con intérpretes."
            elif field.startswith("r"):
                values[field] = str(levels[int(field[1:]) - 1])
        lines.append("\t".join(values[field] for field in layout.columns))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def _into_view(widget) -> bool:  # type: ignore[no-untyped-def]
    """Scroll the scrolling page holding ``widget`` to it; False if the page did not scroll."""
    from PySide6.QtWidgets import QScrollArea

    holder = widget.parentWidget()
    while holder is not None and not isinstance(holder, QScrollArea):
        holder = holder.parentWidget()
    if holder is None or holder.verticalScrollBar().maximum() == 0:
        return False
    holder.ensureWidgetVisible(widget, 0, 0)
    return True


def state_report(window, data: Path, out: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    """Issue 19: the State report empty, the import preview, and an LEA beside its teams."""
    from roots_app.services import assessments, schools, state
    from roots_app.ui.dialogs.state_import import StateImportDialog

    roots = window.ctx.roots
    window.show_place("state")
    QTest.qWait(250)
    window.grab().save(str(out / f"{language}-9-state-empty.png"))
    lea = "19647330000000"
    others = [(f"19{n:05d}0000000", f"Distrito escolar {n}", [3] * 12) for n in range(60000, 60040)]
    older = _state_file(
        data / "Pr32024.txt", 2024, [(lea, "Unified", [2, 3, 3, 2, 4, 0, 1, 2, 3, 3, 4, 3])]
    )
    newer = _state_file(
        data / "Pr32025.txt",
        2025,
        [(lea, "Unified", [4, 3, 3, 2, 5, 0, 2, 2, 3, 4, 5, 3]), *others],
    )
    state.import_file(roots, older)
    roots.settings.state_lea = lea
    preview = state.import_file(roots, newer, dry_run=True)
    dialog = StateImportDialog(preview, lea, window)
    dialog.show()
    QTest.qWait(250)
    dialog.grab().save(str(out / f"{language}-9-state-import.png"))
    dialog.close()
    state.import_file(roots, newer, lea=lea)
    for found in schools.list_schools(roots)[:4]:  # four schools' teams on the LCFF rubric
        state.set_school_lea(roots, found.id, lea)
        team = found.teams[0].id
        member = schools.get_team(roots, team).members[0].id
        for year, shift in (("2023-24", 0), ("2024-25", 1)):
            made = assessments.start(roots, team, "lcff-priority-3", year, [member])
            loaded = assessments.load(roots, made)
            for n, category in enumerate(loaded.pack.categories[:8]):
                level = min(5, 1 + (n + len(found.name) + shift) % 5)
                assessments.agree(roots, assessments.load(roots, made), category.key, level, "")
    window.show_place("state")
    window.state_page.refresh(lea)
    QTest.qWait(250)
    window.grab().save(str(out / f"{language}-9-state-report.png"))
    if _into_view(window.state_page.views):  # large text: the page scrolls to its table
        QTest.qWait(250)
        window.grab().save(str(out / f"{language}-9-state-report-table.png"))
    # Teams on the other rubrics, in LCFF terms through the crosswalk (marked as mapped).
    for n, found in enumerate(schools.list_schools(roots)[4:7]):
        state.set_school_lea(roots, found.id, lea)
        team = found.teams[0].id
        member = schools.get_team(roots, team).members[0].id
        pack = ("pta-national-standards", "cei-six-roots", "lausd-family-empowerment")[n]
        made = assessments.start(roots, team, pack, "2024-25", [member])
        loaded = assessments.load(roots, made)
        for k, category in enumerate(loaded.pack.categories):
            level = 1 + (k + n) % loaded.pack.max_level
            assessments.agree(roots, assessments.load(roots, made), category.key, level, "")
    window.state_page.refresh(lea)
    window.state_page.mapped_box.setChecked(True)
    QTest.qWait(250)
    window.grab().save(str(out / f"{language}-9-state-mapped.png"))
    if _into_view(window.state_page.views):  # large text: the mapped table itself
        QTest.qWait(250)
        window.grab().save(str(out / f"{language}-9-state-mapped-table.png"))
    window.state_page.mapped_box.setChecked(False)

    from roots_app.services import narratives  # the narrative draft of the year shown, to read

    for suffix in (".txt", ".docx"):
        narratives.save(roots, lea, "2024-25", out / f"{language}-9-state-draft{suffix}", language)

    leas_in_the_app(window, out, language, lea)


def leas_in_the_app(window, out: Path, language: str, lea: str) -> None:  # type: ignore[no-untyped-def]
    """Issue 19: the State report's chart, District and Progress of one LEA, Change school."""
    from roots_app.services import schools, state
    from roots_app.ui.dialogs.school_team import SchoolTeamDialog

    window.state_page.views.setCurrentIndex(1)
    _into_view(window.state_page.views)
    QTest.qWait(250)
    window.grab().save(str(out / f"{language}-9-state-chart.png"))
    window.state_page.views.setCurrentIndex(0)
    window.show_place("district")
    district = window.district_page
    district.lea.setCurrentIndex(district.lea.findData(lea))
    for _ in range(100):  # loaded in the background
        QTest.qWait(100)
        if district.view is not None and district.view.lea is not None:
            break
    window.grab().save(str(out / f"{language}-9-district-lea.png"))
    window.show_place("progress")
    QTest.qWait(250)
    window.grab().save(str(out / f"{language}-9-progress-lea.png"))
    district.lea.setCurrentIndex(0)  # all schools again, for the shots after
    roots = window.ctx.roots
    school = schools.list_schools(roots)[0]
    dialog = SchoolTeamDialog(
        window, school.name, state.list_leas(roots), (lea, "19647336018634"), edit=True
    )
    dialog.cds.setText("1964733")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()  # a bad code: a sentence
    dialog.show()
    QTest.qWait(250)
    dialog.grab().save(str(out / f"{language}-9-change-school.png"))
    dialog.close()


def exchange_dialogs(roots, ctx, data: Path, out: Path, language: str, assessment_id: str) -> None:  # type: ignore[no-untyped-def]
    """The .roots dialogs: what to save, and an import preview with a conflict to settle."""
    from roots_app.services import assessments, bundles, schools
    from roots_app.services.context import open_roots
    from roots_app.ui.dialogs.export_bundle import ExportBundleDialog
    from roots_app.ui.dialogs.import_preview import ImportPreviewDialog

    scope = bundles.Scope(assessments=(assessment_id,))
    laptop = open_roots(data / "laptop")
    bundles.export_bundle(roots, data / "out.roots", scope)
    bundles.import_bundle(laptop, data / "out.roots")
    here, there = assessments.load(roots, assessment_id), assessments.load(laptop, assessment_id)
    key = here.pack.categories[0].key
    assessments.agree(roots, here, key, 2, "Families came to two of the three cafés.")
    assessments.agree(laptop, there, key, 3, "Café attendance doubled after we added childcare.")
    bundles.export_bundle(laptop, data / "back.roots", scope)
    report = bundles.preview_import(roots, data / "back.roots")
    info = here.info
    for name, dialog in (
        ("8-save-roots", ExportBundleDialog(schools.list_schools(roots), info, info.school_id)),
        ("8-import-preview", ImportPreviewDialog(report, "back.roots", language)),
    ):
        dialog.show()
        for _ in range(5):
            QApplication.processEvents()
        dialog.grab().save(str(out / f"{language}-{name}.png"))
        dialog.close()
    laptop.close()


if __name__ == "__main__":
    main()
