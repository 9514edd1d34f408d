"""``roots``: the command-line companion for coordinators, district staff and scripts.

It shares the services with the desktop app and never imports Qt. Exit status: 0 done,
2 bad input (what and where on stderr; nothing changed), 1 a bug.

Each command is one row of ``COMMANDS``: its handler and its option groups. A handler imports
its service when it runs, and every database it opens is closed by the ``ExitStack`` it is given.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from roots_app import __version__, logging_setup
from roots_app.domain import vocabulary
from roots_app.errors import BadInputError, NotFoundError, RootsError

if TYPE_CHECKING:
    from roots_app.services.context import Roots

log = logging.getLogger("roots_app.cli")

EXIT_OK, EXIT_BUG, EXIT_BAD_INPUT = 0, 1, 2

# A command's handler: its arguments, and the stack that closes every database it opened.
Handler = Callable[[argparse.Namespace, contextlib.ExitStack], int]

# Control characters a name may carry (\x1b starts a terminal escape code); \t and \n are ours.
# The bidirectional controls too (U+202E turns the rest of a line around, "Trojan Source"): the
# text keeps them, the terminal shows them escaped.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _harmless(text: str) -> str:
    """Control characters written as ``\\u001b``: shown, never acted on by the terminal.

    The same spelling is a valid escape inside a JSON string, so --json output stays JSON.
    """
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class _HarmlessOutput:
    """Standard output for every listing: what the records hold cannot drive the terminal."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(_harmless(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def _open(args: argparse.Namespace, opened: contextlib.ExitStack, db: str | None = None) -> Roots:
    """The database of --db (or ``db``), closed when the command ends (a server connection is
    released). A command does one thing at a time with it (``alone``)."""
    from roots_app.services.context import open_roots

    roots = open_roots(args.data_dir, db or args.db, alone=True)
    opened.callback(roots.close)
    return roots


def _print_json(document: object) -> None:
    # Compact on purpose: with indent, json falls back to its pure-Python encoder, which took
    # longer than the district query itself. Pipe through `python -m json.tool` to read it.
    sys.stdout.write(json.dumps(document, ensure_ascii=False, separators=(",", ":")))
    sys.stdout.write("\n")


def cmd_rubrics(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app.services import rubrics

    roots = _open(args, opened)
    packs = rubrics.installed(roots, every_version=True)
    if args.json:
        _print_json([rubrics.as_json(p, args.lang) for p in packs])
    else:
        for p in packs:
            print(
                f"{p.ref:36} {len(p.levels)} levels, {len(p.categories):2} categories  "
                f"{p.title[args.lang]}"
            )
    return EXIT_OK


def cmd_rubric_validate(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app.services import rubrics

    pack = rubrics.validate_file(Path(args.file))
    print(
        f"{args.file}: valid rubric pack {pack.ref} "
        f"({len(pack.levels)} levels, {len(pack.categories)} categories)"
    )
    return EXIT_OK


def cmd_rubric_import(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app.services import rubrics

    roots = _open(args, opened)
    pack = rubrics.import_file(roots, Path(args.file))
    print(f"Installed {pack.ref}: {pack.title[args.lang]}")
    if note := rubrics.unchecked_lineage(roots, pack):
        print(f"Note: {note}")
    return EXIT_OK


def _crosswalk_said(found: Any, lang: str) -> str:
    packs = len(found.packs)
    return (
        f"{found.id}@{found.version}: {len(found.links)} categories of {packs} "
        f"pack{'s' if packs != 1 else ''} linked to the LCFF practices. {found.title[lang]}"
    )


def cmd_crosswalk_export(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app.services import crosswalk

    roots = _open(args, opened)
    found, imported = crosswalk.current(roots)
    crosswalk.export_file(roots, Path(args.file))
    origin = "imported here" if imported else "shipped with Roots"
    print(f"Wrote the crosswalk ({origin}) to {args.file}: {_crosswalk_said(found, args.lang)}")
    return EXIT_OK


def cmd_crosswalk_import(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app.services import crosswalk

    found = crosswalk.import_file(_open(args, opened), Path(args.file))
    print(f"Now using the crosswalk in {args.file}: {_crosswalk_said(found, args.lang)}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app.services import demo

    if args.schools < 1 or args.years < 1 or args.years > 30:
        raise BadInputError("--schools must be at least 1 and --years between 1 and 30.")
    result = demo.make_demo(
        _open(args, opened),
        args.schools,
        args.years,
        args.seed,
        again=args.again,
        language=args.lang,
    )
    print(
        f"Added {result.schools} schools, {result.assessments} assessments, "
        f"{result.ratings} ratings and {result.agreed} agreed levels."
    )
    return EXIT_OK


def cmd_schools(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app.services import schools, state

    roots = _open(args, opened)
    found = schools.list_schools(roots)
    if args.json:
        _print_json(schools.as_json(found, state.school_codes(roots)))
    else:
        for s in found:
            print(f"{s.id}  {s.name}  ({len(s.teams)} team{'s' if len(s.teams) != 1 else ''})")
    return EXIT_OK


def cmd_assessments(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app.services import assessments

    found = assessments.list_assessments(_open(args, opened), args.school, args.year)
    if args.json:
        _print_json(assessments.infos_json(found))
    else:
        for a in found:
            print(
                f"{a.id}  {a.school_year}  {a.pack_id:26} {a.status.value:12} "
                f"{a.school_name} / {a.team_name}"
            )
    return EXIT_OK


def cmd_show(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app.services import assessments, sheets

    roots = _open(args, opened)
    document = assessments.as_json(
        assessments.load(roots, args.assessment),
        args.lang,
        sheets.paper_ratings(roots, args.assessment),  # which ratings came from paper sheets
    )
    if args.json:
        _print_json(document)
        return EXIT_OK
    print(
        f"{document['school']['name']} / {document['team']['name']}  "  # type: ignore[index]
        f"{document['school_year']}  {document['rubric']['title']}"
    )  # type: ignore[index]
    words = _SHOW_WORDS[args.lang]
    for category in document["categories"]:  # type: ignore[attr-defined]
        agreed = category["agreed_label"] or "-"
        levels = ", ".join(str(r["level"] or "-") for r in category["ratings"])
        flags = [words[name] for name in ("far_apart", "changed_since_agreed") if category[name]]
        flags += [words["standing_alone"]] if category["standing_alone"] else []
        print(
            f"  {category['title']}: {words['agreed']} {agreed}; "
            f"{words['members']} {levels or '-'}" + (f"  [{', '.join(flags)}]" if flags else "")
        )
    return EXIT_OK


# The fixed words of `roots show`, in the language of --lang (the rubric texts follow it too).
_SHOW_WORDS = {
    "en": {
        "agreed": "agreed",
        "members": "members",
        "far_apart": "far apart",
        "changed_since_agreed": "changed since agreed",
        "standing_alone": "a rating stands alone",
    },
    "es": {
        "agreed": "nivel acordado",
        "members": "integrantes",
        "far_apart": "muy separados",
        "changed_since_agreed": "cambió desde que se acordó",
        "standing_alone": "una calificación queda sola",
    },
}


def _pdf_language(args: argparse.Namespace) -> str:
    """The sub-command's own --lang when given, else the global one (as plan-actions does)."""
    return str(args.pdf_lang or args.lang)


def cmd_plan_pdf(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app.services import quick_read

    # The data folder's own file is read without SQLAlchemy (issue 14: its import alone was
    # twice this command's floor); anything else is opened the normal way.
    output, language = Path(args.output), _pdf_language(args)
    path = quick_read.export_plan_pdf(
        args.data_dir, args.db, args.assessment, output, language, args.page_size
    )
    if path is None:
        from roots_app.services import plans

        path = plans.export_pdf(
            _open(args, opened), args.assessment, output, language, args.page_size
        )
    print(f"Wrote {path}")
    return EXIT_OK


def cmd_sheets(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app.services import sheets

    path = sheets.export_sheets(
        _open(args, opened),
        args.assessment,
        Path(args.output),
        args.member or (),
        args.blank,
        _pdf_language(args),
        args.page_size,
    )
    sets = len(dict.fromkeys(args.member or ())) + args.blank
    print(f"Wrote {path}: {sets} sheet{'s' if sets != 1 else ''}")
    return EXIT_OK


def cmd_plans_pdf(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app.services import plans

    def progress(done: int, total: int) -> bool:
        if args.verbose:
            print(f"{done}/{total}", file=sys.stderr)
        return True

    written = plans.export_year(
        _open(args, opened),
        args.year,
        Path(args.output),
        _pdf_language(args),
        args.page_size,
        progress,
    )
    if not written:
        print(f"There are no assessments in {args.year}: no plans were printed.")
        return EXIT_OK
    print(f"Wrote {len(written)} plan{'s' if len(written) != 1 else ''} to {args.output}")
    return EXIT_OK


def cmd_plan_actions(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app.services import plans

    language = args.table_lang or args.lang
    path = plans.export_actions(_open(args, opened), args.assessment, Path(args.output), language)
    print(f"Wrote {path}")
    return EXIT_OK


def cmd_compare(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app.services import compare

    view = compare.school_progress(_open(args, opened), args.school, args.rubric, args.lea)
    document = compare.progress_json(view, args.lang)
    if args.json:
        _print_json(document)
        return EXIT_OK
    print(f"{view.school_name}  ({view.pack.title[args.lang]})")
    mapped = any(category["mapped"] for category in document["categories"])
    wide = 12 if mapped else 8  # room for "3.5 mapped"
    print("  " + " ".join(f"{y:>{wide}}" for y in document["years"]))
    for category in document["categories"]:
        cells = [
            f"{category['levels'][y]}{' mapped' if y in category['mapped'] else ''}"
            if y in category["levels"]
            else "-"
            for y in document["years"]
        ]
        changed = " (wording changed)" if category["wording_changed"] else ""
        print(f"  {' '.join(f'{c:>{wide}}' for c in cells)}  {category['title']}{changed}")
    if mapped:
        print(f"mapped: {document['mapping']}")
    return EXIT_OK


def cmd_district(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app.services import compare

    view = compare.district(_open(args, opened), args.year, args.rubric, args.lea)
    document = compare.district_json(view, args.lang)
    if args.json:
        _print_json(document)
        return EXIT_OK
    lea = f" of {view.lea.name} ({view.lea.cds_code})" if view.lea else ""
    print(
        f"{document['year']}: {len(document['schools'])} schools{lea} "
        f"(change compared with {document['compared_with']})"
    )
    for school in sorted(document["schools"], key=lambda s: s["name"]):
        change = school["change"]
        shown = "-" if change is None else f"{change:+}"
        mapped = " (mapped)" if school["mapped"] or school["changes_mapped"] else ""
        print(f"  {school['average']!s:>5} {shown:>6}  {school['name']}{mapped}")
    if any(school["mapped"] or school["changes_mapped"] for school in document["schools"]):
        print(f"mapped: {document['mapping']}")
    return EXIT_OK


def cmd_export_table(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app.services import compare

    language = args.table_lang or args.lang
    path = compare.export_table(
        _open(args, opened), args.year, Path(args.output), language, args.rubric, args.lea
    )
    print(f"Wrote {path}")
    return EXIT_OK


def cmd_export_bundle(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app.services import bundles

    if bool(args.assessments) + bool(args.school) + bool(args.all) != 1:
        raise BadInputError("Name assessments, or give --school ID, or --all (one of them).")
    scope = bundles.Scope(assessments=tuple(args.assessments), school=args.school)
    roots = _open(args, opened)
    _check_scope(roots, scope)
    result = bundles.export_bundle(
        roots, Path(args.output), scope, member_names=not args.no_names, progress=_progress(args)
    )
    counts = ", ".join(f"{n} {table}" for table, n in result.counts.items() if n)
    print(f"Wrote {result.path}: {counts or 'no records'}.")
    return EXIT_OK


def _check_scope(roots: Roots, scope: Any) -> None:
    from roots_app.services import assessments, listing, schools

    if scope.school is not None and scope.school not in {s.id for s in schools.list_schools(roots)}:
        raise NotFoundError(f"There is no school {scope.school}.", id=scope.school)
    if scope.school is None and not scope.assessments and not listing.has_schools(roots):
        raise BadInputError(
            "There is nothing to export: this database has no schools yet; no file was written."
        )
    for assessment_id in scope.assessments:
        assessments.load(roots, assessment_id)  # raises NotFoundError with the id


def _progress(args: argparse.Namespace) -> Callable[[int, int], None] | None:
    if not getattr(args, "verbose", False):
        return None

    def show(done: int, total: int) -> None:
        print(f"\r{done * 100 // total:3d}%", end="", file=sys.stderr, flush=True)
        if done == total:
            print(file=sys.stderr)

    return show


def _resolution(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from roots_app.domain.merge import Resolution

    if args.keep_mine:
        return Resolution.KEEP_MINE
    if args.take_theirs:
        return Resolution.TAKE_THEIRS
    return None


def cmd_import_bundle(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app.services import bundles

    report = bundles.import_bundle(
        _open(args, opened),
        Path(args.file),
        default=_resolution(args),
        dry_run=args.dry_run,
        progress=_progress(args),
    )
    return _print_report(report, args, args.file)


def cmd_read_sheets(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app.services import assessments

    try:
        from roots_app.services import sheet_reading
    except ImportError as missing:  # the installers' bundles leave OpenCV out (issue 16)
        raise BadInputError(
            f"This installation of Roots cannot read scans ({missing.name} is not installed). "
            "Install Roots with pip (see the README), or type the sheets in in the app."
        ) from None

    roots = _open(args, opened)
    reading = sheet_reading.read_scans(roots, args.assessment, [Path(p) for p in args.scans])
    if not reading.pages:
        for problem in reading.problems:
            print(f"roots: {problem.sentence}", file=sys.stderr)
        raise BadInputError(
            f"No page of {', '.join(args.scans)} is a rating sheet of assessment "
            f"{args.assessment}; nothing was saved."
        )
    # Unclear rows are never saved; the clear ones are, unless this is a dry run.
    outcomes = None if args.dry_run else sheet_reading.save_clear(roots, reading)
    if args.json:
        document = sheet_reading.as_json(reading, assessments.load(roots, args.assessment))
        if outcomes is not None:
            document["saved"] = sheet_reading.outcomes_json(outcomes)
        _print_json(document)
    else:
        names = {s.member_id: s.member_name for s in reading.sheets if s.member_id}
        for page in reading.pages:
            code = page.code
            who = names.get(code.member_id, "") if code.member_id else "blank"
            print(
                f"{page.source} page {page.page_index}: sheet {code.sheet_no} of {code.sheets} "
                f"({who}), page {code.page_no} of {code.pages}"
            )
            if page.role is not None:
                role = page.role.role or "-"
                if page.role.state == "unclear":
                    role = f"unclear ({page.role.reason})"
                print(f"  role: {role}")
            for row in page.rows:
                if row.state == "clear":
                    said = str(row.level)
                else:
                    said = f"unclear ({row.reason})" if row.state == "unclear" else "none"
                print(f"  {row.category_key}: {said}")
        for problem in reading.problems:
            print(f"not read: {problem.sentence}")
        unclear = sum(len(sheet.unclear) for sheet in reading.sheets)

        def count(n: int, word: str) -> str:
            return f"{n} {word}{'s' if n != 1 else ''}"

        print(
            f"{count(len(reading.pages), 'page')} of {count(len(reading.sheets), 'sheet')} read; "
            f"{count(unclear, 'unclear mark')} to settle; "
            f"{count(len(reading.problems), 'page')} not read."
        )
        for outcome in outcomes or ():
            sheet = outcome.sheet
            who = sheet.member_name or f"blank sheet {sheet.sheet_no}"
            if outcome.saved is None:
                print(f"not saved: {who}: no role is clearly ticked")
                continue
            saved = outcome.saved
            print(
                f"saved: {who}: {count(len(saved.saved), 'level')} saved, "
                f"{len(saved.unchanged)} unchanged, {len(sheet.unclear)} unclear not saved"
            )
            for conflict in saved.conflicts:
                print(
                    f"  conflict: {conflict.category_key}: {conflict.saved} saved before, "
                    f"{conflict.sheet} on paper; kept as saved"
                )
    return EXIT_OK


def cmd_copy_to(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app.errors import CopyError
    from roots_app.services import bundles

    source = _open(args, opened)
    target = _open(args, opened, args.target)
    words = _STATE_WORDS[args.lang]
    try:
        report = bundles.copy_database(
            source,
            target,
            default=_resolution(args),
            dry_run=args.dry_run,
            progress=_progress(args),
        )
    except CopyError as exc:  # all or nothing: the target is as it was
        failed = words["copy_failed"].format(reason=exc.params["reason"])
        print(f"roots: {_harmless(failed)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.json:
        _print_json(report.to_json())
        return EXIT_OK
    _print_report(report.imported, args, "this database")
    copied = report.state
    if copied is None:
        print(words["copy_dry_run"])
        return EXIT_OK
    numbers = (
        *(copied.results[kind] for kind in ("new", "updated", "unchanged")),
        copied.leas_added,
    )
    said = [forms[n != 1].format(n=n) for forms, n in zip(words["counts"], numbers, strict=True)]
    schools = words["copy_schools"].format(
        linked=copied.schools_linked, same=copied.schools_unchanged
    )
    walk = words["copy_crosswalk"][copied.crosswalk].format(problem=copied.crosswalk_problem)
    print(
        words["copy_state"].format(
            counts=", ".join(said[:3]), leas=said[3], schools=schools, crosswalk=walk
        )
    )
    return EXIT_OK


def _print_report(report: Any, args: argparse.Namespace, what: str) -> int:
    from roots_app.domain.merge import Outcome, Resolution

    if args.json:
        _print_json(report.to_json())
        return EXIT_OK
    verb = "Would import" if args.dry_run else "Imported"
    print(
        f"{verb} {what}: {report.total(Outcome.ADDED)} added, "
        f"{report.total(Outcome.UPDATED)} updated, {report.total(Outcome.UNCHANGED)} unchanged, "
        f"{report.total(Outcome.CONFLICT)} in conflict."
    )
    for ref in report.packs_installed:
        print(f"  rubric pack {ref} installed from the file")
    for note in report.notes:
        print(f"  note: {note}")
    decided = {
        None: "left as it is here",
        Resolution.KEEP_MINE: "kept yours",
        Resolution.TAKE_THEIRS: "took theirs",
    }
    for conflict in report.conflicts:
        where = " / ".join(
            part
            for part in (conflict.school, conflict.team, conflict.year, conflict.member)
            if part
        )
        print(
            f"  conflict in {conflict.table} ({where}): "
            f"{', '.join(conflict.differences)}; {decided[conflict.resolution]}"
        )
    if report.unresolved:
        print(
            "Conflicts were left as they are here. Import the file in the Roots app to choose "
            "for each one, or run again with --keep-mine or --take-theirs."
        )
    return EXIT_OK


# The fixed words of `roots import-state` and `roots state`, in the language of --lang.
_STATE_WORDS: dict[str, dict[str, Any]] = {
    "en": {
        "would": "Would import",
        "did": "Imported",
        "read": "{layout} layout, {sep}, {encoding}; {rows} rows in the file",
        "tab": "tabs",
        "pipe": "pipes",
        # (one, several) per count: new, updated, unchanged results; LEAs added.
        "counts": (
            ("{n} new", "{n} new"),
            ("{n} updated", "{n} updated"),
            ("{n} unchanged", "{n} unchanged"),
            ("{n} LEA added", "{n} LEAs added"),
        ),
        "new": "new",
        "updated": "updated",
        "unchanged": "unchanged",
        "more": "... and {n} more",
        "no_report": "no state report",
        "meeting": "board meeting",
        "columns": ("state", "teams", "diff.", "change", "practice"),
        "mapped_column": "mapped",
        "mapped": "mapped: the median of the LEA's school teams on {packs} that year, in LCFF "
        "terms through the crosswalk {crosswalk} ({origin}): Roots' own reading, not an "
        "official one.",
        "shipped": "shipped with Roots",
        "imported": "imported here",
        "inferred": "* matched to this practice by column order only (2019 and 2021 files)",
        "teams": "teams: the median of the agreed levels of the LEA's school teams on the "
        "LCFF pack that year",
        "versions": "† mapped from another version: the median takes levels agreed on "
        "another version of the LCFF pack.",
        "mapped_versions": "† mapped from another version: the mapped median takes levels "
        "agreed on another version of its rubric.",
        "nothing": "Nothing is known for {lea} in {year}.",
        "school": "{school}: LEA {lea}; its own CDS code {cds}.",
        "none": "none",
        "one_school": "teams: only those of {school}",
        "lea_line": "{cds}  {name} ({kind}; {years}; {schools})",
        "lea_years": "state reports {years}",
        "lea_schools": ("{n} school linked", "{n} schools linked"),
        "no_leas": "No LEA yet: import the state's Priority 3 file (roots import-state FILE).",
        # copy-to: the state data after the records.
        "copy_state": "State data: results {counts}; {leas}; schools: {schools}; {crosswalk}.",
        "copy_schools": "{linked} linked, {same} unchanged",
        "copy_crosswalk": {
            "none": "no imported crosswalk to copy",
            "copied": "the imported crosswalk copied",
            "unchanged": "the imported crosswalk unchanged",
            "kept": "the target's own crosswalk kept (the same or a newer version)",
            "refused": "the imported crosswalk not copied: {problem}",
        },
        "copy_dry_run": "State data (LEAs, the state's results, schools' LEA and CDS code, an "
        "imported crosswalk) is copied only when copy-to runs without --dry-run.",
        "copy_failed": "copy-to copied nothing: the target database is as it was. What "
        "happened: {reason} Put that right, then run copy-to again.",
    },
    "es": {
        "would": "Se importaría",
        "did": "Se importó",
        "read": "diseño de {layout}, separado por {sep}, {encoding}; {rows} filas en el archivo",
        "tab": "tabulaciones",
        "pipe": "barras verticales",
        "counts": (
            ("{n} nuevo", "{n} nuevos"),
            ("{n} actualizado", "{n} actualizados"),
            ("{n} sin cambios", "{n} sin cambios"),
            ("{n} LEA agregada", "{n} LEA agregadas"),
        ),
        "new": "nuevo",
        "updated": "actualizado",
        "unchanged": "sin cambios",
        "more": "... y {n} más",
        "no_report": "sin informe al estado",
        "meeting": "reunión del consejo",
        "columns": ("estado", "equipos", "dif.", "cambio", "práctica"),
        "mapped_column": "corresp.",
        "mapped": "corresp.: la mediana de los equipos de las escuelas de la LEA con {packs} "
        "ese año, en términos de LCFF según la correspondencia {crosswalk} ({origin}): una "
        "lectura propia de Roots, no una oficial.",
        "shipped": "incluida en Roots",
        "imported": "importada aquí",
        "inferred": "* asignada a esta práctica solo por el orden de las columnas (archivos "
        "de 2019 y 2021)",
        "teams": "equipos: la mediana de los niveles acordados por los equipos de las escuelas "
        "de la LEA con el paquete de LCFF ese año",
        "versions": "† por correspondencia desde otra versión: la mediana toma niveles "
        "acordados con otra versión del paquete de LCFF.",
        "mapped_versions": "† por correspondencia desde otra versión: la mediana por "
        "correspondencia toma niveles acordados con otra versión de su rúbrica.",
        "nothing": "No hay datos de {lea} en {year}.",
        "school": "{school}: LEA {lea}; su propio código CDS {cds}.",
        "none": "ninguno",
        "one_school": "equipos: solo los de {school}",
        "lea_line": "{cds}  {name} ({kind}; {years}; {schools})",
        "lea_years": "informes al estado {years}",
        "lea_schools": ("{n} escuela vinculada", "{n} escuelas vinculadas"),
        "no_leas": "Todavía no hay ninguna LEA: importe el archivo de Prioridad 3 del estado "
        "(roots import-state ARCHIVO).",
        "copy_state": "Datos del estado: resultados {counts}; {leas}; escuelas: {schools}; "
        "{crosswalk}.",
        "copy_schools": "{linked} vinculadas, {same} sin cambios",
        "copy_crosswalk": {
            "none": "ninguna correspondencia importada que copiar",
            "copied": "se copió la correspondencia importada",
            "unchanged": "la correspondencia importada, sin cambios",
            "kept": "se conservó la correspondencia propia del destino (la misma versión o una "
            "más reciente)",
            "refused": "no se copió la correspondencia importada: {problem}",
        },
        "copy_dry_run": "Los datos del estado (LEA, resultados del estado, la LEA y el código CDS "
        "de las escuelas, una correspondencia importada) solo se copian cuando copy-to se "
        "ejecuta sin --dry-run.",
        "copy_failed": "copy-to no copió nada: la base de datos de destino quedó como estaba. "
        "Qué pasó: {reason} Resuélvalo y vuelva a ejecutar copy-to.",
    },
}
_LISTED_ROWS = 20  # rows an import lists by name; a whole state file has some 2,300


def cmd_import_state(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app.services import state

    done = state.import_file(_open(args, opened), Path(args.file), args.lea, args.dry_run)
    if args.json:
        _print_json(done.to_json())
        return EXIT_OK
    words = _STATE_WORDS[args.lang]
    document = done.to_json()
    read = words["read"].format(
        layout=done.layout,
        sep=words["tab" if done.delimiter == "\t" else "pipe"],
        encoding=document["encoding"],
        rows=done.rows_in_file,
    )
    numbers = (
        done.count(state.NEW),
        done.count(state.UPDATED),
        done.count(state.UNCHANGED),
        done.leas_added,
    )
    said = [forms[n != 1].format(n=n) for forms, n in zip(words["counts"], numbers, strict=True)]
    counts = f"{', '.join(said[:3])}; {said[3]}"
    print(f"{words['would' if args.dry_run else 'did']} {done.path.name} ({read}): {counts}.")
    changed = [o for o in done.outcomes if o.outcome != state.UNCHANGED]
    for outcome in changed[:_LISTED_ROWS]:
        print(
            f"  {words[outcome.outcome]:12} {outcome.cds_code}  {outcome.school_year}  "
            f"{outcome.lea_name}"
        )
    if len(changed) > _LISTED_ROWS:
        print("  " + words["more"].format(n=len(changed) - _LISTED_ROWS))
    return EXIT_OK


def cmd_link_school(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app.services import state

    if not (args.lea or args.no_lea or args.cds or args.no_cds):
        raise BadInputError("Give --lea CDS or --no-lea, and/or --cds CODE or --no-cds.")
    roots = _open(args, opened)
    state.school_links(roots, args.school)  # an unknown school: said before any change
    if args.lea or args.no_lea:
        state.set_school_lea(roots, args.school, args.lea)
    if args.cds or args.no_cds:
        state.set_school_cds(roots, args.school, args.cds)
    name, lea, own = state.school_links(roots, args.school)
    words = _STATE_WORDS[args.lang]
    shown = f"{lea.name} ({lea.cds_code})" if lea else words["none"]
    print(words["school"].format(school=name, lea=shown, cds=own or words["none"]))
    return EXIT_OK


def _signed(value: float | int | None) -> str:
    return "-" if value is None else f"{value:+g}"


def cmd_leas(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app.domain.state_report import KIND_NAMES
    from roots_app.services import state

    found = state.lea_overview(_open(args, opened))
    kinds = KIND_NAMES[args.lang]
    if args.json:
        _print_json(
            [
                {
                    "cds_code": lea.cds_code,
                    "name": lea.name,
                    "kind": lea.kind.value,
                    "kind_label": kinds[lea.kind],
                    "school_years": list(years),
                    "schools": schools,
                }
                for lea, years, schools in found
            ]
        )
        return EXIT_OK
    words = _STATE_WORDS[args.lang]
    if not found:
        print(words["no_leas"])
    for lea, years, schools in found:
        reported = words["lea_years"].format(years=", ".join(years)) if years else None
        print(
            words["lea_line"].format(
                cds=lea.cds_code,
                name=lea.name,
                kind=kinds[lea.kind],
                years=reported or words["no_report"],
                schools=words["lea_schools"][schools != 1].format(n=schools),
            )
        )
    return EXIT_OK


def cmd_state(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app.services import rubrics, state

    roots = _open(args, opened)
    mapped = None
    if args.mapped:
        from roots_app.services import crosswalk

        mapped = crosswalk.current(roots)
    view = state.state_view(roots, args.lea, args.year, mapped[0] if mapped else None, args.school)
    document = state.view_json(view, state.practice_titles(roots, args.lang), args.lang, mapped)
    school = None
    if args.school:
        school = {"id": args.school, "name": state.school_links(roots, args.school)[0]}
    document["school"] = school
    if args.json:
        _print_json(document)
        return EXIT_OK
    words = _STATE_WORDS[args.lang]
    lea = document["lea"]
    print(f"{lea['name']} ({lea['cds_code']}), {lea['kind_label']}")
    if school is not None:
        print(words["one_school"].format(school=school["name"]))
    if not document["years"]:
        print(words["nothing"].format(lea=lea["name"], year=args.year or "-"))
        return EXIT_OK
    inferred = False
    for year in document["years"]:
        said = words["no_report"]
        if year["reported"]:
            said = year["performance_label"] or "-"
            if year["meeting_date"]:
                said += f"; {words['meeting']} {year['meeting_date']}"
        print(f"{year['year']}: {said}")
        state_word, teams_word, diff_word, change_word, practice_word = words["columns"]
        extra = f" {words['mapped_column']:>9}" if mapped else ""
        print(
            f"  {state_word:>7} {teams_word:>8} {diff_word:>6} {change_word:>7}{extra}  "
            f"{practice_word}"
        )
        for p in year["practices"]:
            mark = "*" if p["inferred"] else ""
            inferred = inferred or bool(mark)
            teams = "-" if p["teams"] is None else f"{p['teams']:g} ({p['teams_count']})"
            if p["teams_mapped"]:
                teams += "†"  # said in words under the table
            state_level = "-" if p["state"] is None else f"{p['state']}{mark}"
            if mapped:
                value = p["mapped"]
                said = "-" if value is None else f"{round(value, 2):g} ({p['mapped_count']})"
                if p["mapped_lineage"]:
                    said += "†"  # said in words under the table
                extra = f" {said:>9}"
            print(
                f"  {state_level:>7} {teams:>8} {_signed(p['difference']):>6} "
                f"{_signed(p['state_change']):>7}{extra}  {p['title']}"
            )
    print(words["teams"])
    if any(p["teams_mapped"] for y in document["years"] for p in y["practices"]):
        print(words["versions"])
        print(document["versions_rule"])
    if mapped:
        crosswalk_, imported = mapped
        titles = {p.id: p.short_title[args.lang] for p in rubrics.installed(roots)}
        packs = ", ".join(titles.get(p, p) for p in crosswalk_.packs)
        print(
            words["mapped"].format(
                packs=packs,
                crosswalk=f"{crosswalk_.id}@{crosswalk_.version}",
                origin=words["imported" if imported else "shipped"],
            )
        )
        print(state.MAPPED_SCALE[args.lang])
        if "versions_rule" in document["mapped"]:
            print(words["mapped_versions"])
            print(document["mapped"]["versions_rule"])
    if inferred:
        print(words["inferred"])
    return EXIT_OK


def cmd_export_state(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app.services import state

    roots = _open(args, opened)
    mapped = None
    if args.mapped:
        from roots_app.services import crosswalk

        mapped = crosswalk.current(roots)[0]
    language = args.table_lang or args.lang
    path = state.export_view(
        roots, args.lea, args.year, Path(args.output), language, mapped, args.school
    )
    print(f"Wrote {path}")
    return EXIT_OK


# `roots state-draft`'s line after writing, in the language of --lang.
_DRAFT_WORDS = {
    "en": "Wrote {path}: {year}, {teams} team(s) at {schools} school(s); {filled} of 9 "
    "narratives have the teams' sentences, the others a line for you to write.",
    "es": "Se escribió {path}: {year}, {teams} equipo(s) de {schools} escuela(s); {filled} de "
    "las 9 narrativas tienen oraciones de los equipos, las demás una línea para que usted "
    "escriba.",
}


def cmd_state_draft(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app.domain.narrative_draft import as_text
    from roots_app.services import narratives

    made = narratives.draft(_open(args, opened), args.lea, args.year, args.lang)
    if args.text == "-":  # to paste straight from the terminal
        print(as_text(made), end="")
        return EXIT_OK
    path = Path(args.docx or args.text)
    narratives.write(made, path, narratives.DOCX if args.docx else narratives.TEXT)
    filled = sum(1 for s in made.sections for n in s.narratives if n.sentences)
    print(
        _DRAFT_WORDS[args.lang].format(
            path=path, year=made.school_year, teams=made.teams, schools=made.schools, filled=filled
        )
    )
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app.services import backups

    path = backups.save_copy(_open(args, opened), Path(args.output))
    print(f"Backed up the database to {path}")
    return EXIT_OK


def cmd_backups(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app import paths
    from roots_app.errors import DamagedDatabaseError
    from roots_app.services import backups

    try:
        found = backups.list_backups(_open(args, opened))
    except DamagedDatabaseError:
        if args.db:
            raise
        # The damaged-database message sends people here: the list needs no database.
        found = backups.list_in(paths.data_dir(args.data_dir))
    if args.json:
        _print_json(backups.as_json(found))
        return EXIT_OK
    for b in found:
        holds = f"{b.schools} schools, {b.assessments} assessments" if b.readable else "DAMAGED"
        print(f"{b.taken_at:%Y-%m-%d %H:%M}  {b.kind:16} {holds:34} {b.path}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, opened: contextlib.ExitStack) -> int:
    from roots_app import paths
    from roots_app.errors import DamagedDatabaseError
    from roots_app.services import backups

    try:
        roots = _open(args, opened)
    except DamagedDatabaseError:
        if args.db:
            raise
        # The current file cannot even be opened: it is moved aside, not backed up.
        kept = backups.replace_damaged(paths.data_dir(args.data_dir), Path(args.file))
        print(f"Restored {args.file}. The damaged database is kept in {kept}.")
        return EXIT_OK
    try:
        before = backups.restore(roots, Path(args.file))
    except DamagedDatabaseError:
        if args.db:
            raise
        # The damage was found only now (a big file is not checked at every opening).
        opened.close()  # let go of the damaged file before it is moved aside
        kept = backups.replace_damaged(paths.data_dir(args.data_dir), Path(args.file))
        print(f"Restored {args.file}. The damaged database is kept in {kept}.")
        return EXIT_OK
    print(f"Restored {args.file}. What was there before is kept in {before}.")
    return EXIT_OK


Option = Callable[[Any], object]  # adds its arguments to a parser or a group


def _arg(*flags: str, **settings: Any) -> Option:
    return lambda parser: parser.add_argument(*flags, **settings)


def _together(*options: Option) -> Option:
    def add(parser: Any) -> None:
        for option in options:
            option(parser)

    return add


def _one_of(*options: Option, required: bool = False) -> Option:
    def add(parser: Any) -> None:
        _together(*options)(parser.add_mutually_exclusive_group(required=required))

    return add


# Option groups shared by several commands.
JSON = _arg("--json", action="store_true", help="print one JSON document")
VERBOSE = _arg("--verbose", action="store_true", help="show progress on stderr")
ASSESSMENT = _arg("assessment", metavar="ASSESSMENT")
YEAR = _arg("--year", required=True, metavar="YYYY-YY")
OUTPUT = _arg("-o", "--output", required=True)
RUBRIC = _arg("--rubric", default=vocabulary.DEFAULT_RUBRIC, metavar="ID")
TABLE_LANGUAGE = _arg("--lang", dest="table_lang", choices=vocabulary.LANGUAGES, default=None)
STATE_SCHOOL = _arg(
    "--school", metavar="ID", help="only the teams of this school (one of the LEA's schools)"
)
LEA_FILTER = _arg(
    "--lea", metavar="CDS", help="only the schools of this LEA (its 14-digit CDS code)"
)
PDF = _together(
    OUTPUT,
    _arg(
        "--lang",
        dest="pdf_lang",
        choices=vocabulary.PDF_LANGUAGES,
        default=None,
        help="language of the PDF (default: the global --lang); both = English and "
        "Spanish side by side",
    ),
    _arg("--page-size", choices=vocabulary.PAGE_SIZES, default=vocabulary.DEFAULT_PAGE_SIZE),
)


def _merging(dry_run: str, keep_mine: str, take_theirs: str) -> Option:
    """import-bundle's and copy-to's choices, each in its own words."""
    return _together(
        _arg("--dry-run", action="store_true", help=dry_run),
        _one_of(
            _arg("--keep-mine", action="store_true", help=keep_mine),
            _arg("--take-theirs", action="store_true", help=take_theirs),
        ),
        VERBOSE,
    )


@dataclass(frozen=True)
class Command:
    """One row of the command line: ``name`` is ``"rubric validate"`` for a group's action."""

    name: str
    help: str
    run: Handler
    options: tuple[Option, ...] = ()
    json: bool = False


GROUPS = {
    "rubric": ("check or add a rubric pack file", "rubric_command", "ACTION"),
    "crosswalk": (
        "the crosswalk from CEI, PTA and Family Empowerment to the LCFF practices",
        "crosswalk_command",
        "ACTION",
    ),
}

COMMANDS = (
    Command("rubrics", "list installed rubric packs", cmd_rubrics, json=True),
    Command(
        "rubric validate",
        "check a pack file without installing it",
        cmd_rubric_validate,
        (_arg("file"),),
    ),
    Command(
        "rubric import",
        "install a pack file (or a new version of one)",
        cmd_rubric_import,
        (_arg("file"),),
    ),
    Command(
        "crosswalk export",
        "write the crosswalk in use to a file a district can change",
        cmd_crosswalk_export,
        (_arg("file", metavar="FILE"),),
    ),
    Command(
        "crosswalk import",
        "use the crosswalk in a file in place of the shipped one (checked first)",
        cmd_crosswalk_import,
        (_arg("file", metavar="FILE"),),
    ),
    Command(
        "demo",
        "fill the database with a realistic sample district",
        cmd_demo,
        (
            _arg("--schools", type=int, default=12),
            _arg("--years", type=int, default=4),
            _arg("--seed", type=int, default=2025),
            _arg(
                "--again",
                action="store_true",
                help="add another sample district even if one is here",
            ),
        ),
    ),
    Command("schools", "list schools, teams and members", cmd_schools, json=True),
    Command(
        "assessments",
        "list assessments",
        cmd_assessments,
        (_arg("--school", metavar="ID"), _arg("--year", metavar="YYYY-YY")),
        json=True,
    ),
    Command(
        "show",
        "one assessment: members, ratings, agreed levels",
        cmd_show,
        (ASSESSMENT,),
        json=True,
    ),
    Command(
        "plan-pdf", "print one assessment's growth plan as PDF", cmd_plan_pdf, (ASSESSMENT, PDF)
    ),
    Command(
        "sheets",
        "print paper rating sheets for an assessment: one per member and/or blank ones",
        cmd_sheets,
        (
            ASSESSMENT,
            PDF,
            _arg(
                "--member",
                action="append",
                metavar="ID",
                help="a member taking part (repeat for more): a sheet with their name",
            ),
            _arg("--blank", type=int, default=0, metavar="N", help="N sheets to write a name on"),
        ),
    ),
    Command(
        "plans-pdf",
        "print the growth plan of every assessment of a year, one PDF each",
        cmd_plans_pdf,
        (YEAR, VERBOSE, PDF),
    ),
    Command(
        "plan-actions",
        "save a plan's actions as a spreadsheet (.csv or .xlsx, by the file name)",
        cmd_plan_actions,
        (ASSESSMENT, OUTPUT, TABLE_LANGUAGE),
    ),
    Command(
        "compare",
        "one school's agreed levels per category for every year, with changes",
        cmd_compare,
        (_arg("--school", required=True, metavar="ID"), RUBRIC, LEA_FILTER),
        json=True,
    ),
    Command(
        "district",
        "every school's agreed levels in a year, change and distribution",
        cmd_district,
        (YEAR, RUBRIC, LEA_FILTER),
        json=True,
    ),
    Command(
        "export-table",
        "save the district view of a year as .csv or .xlsx (by the file name)",
        cmd_export_table,
        (YEAR, OUTPUT, RUBRIC, TABLE_LANGUAGE, LEA_FILTER),
    ),
    Command(
        "export-bundle",
        "save assessments, a school or everything as a .roots file for another computer",
        cmd_export_bundle,
        (
            _arg("assessments", nargs="*", metavar="ASSESSMENT"),
            _arg("--school", metavar="ID"),
            _arg("--all", action="store_true", help="every school"),
            _arg("-o", "--output", required=True, metavar="FILE.roots"),
            _arg("--no-names", action="store_true", help="leave member names out (roles only)"),
            VERBOSE,
        ),
    ),
    Command(
        "import-bundle",
        "merge a .roots file into this database (nothing is overwritten silently)",
        cmd_import_bundle,
        (
            _arg("file", metavar="FILE.roots"),
            _merging(
                "show what would change; change nothing",
                "settle every conflict by keeping this copy",
                "settle every conflict with the file's copy",
            ),
        ),
        json=True,
    ),
    Command(
        "read-sheets",
        "read scanned rating sheets (PDF, PNG, JPEG, TIFF) of an assessment",
        cmd_read_sheets,
        (
            ASSESSMENT,
            _arg("scans", nargs="+", metavar="SCAN"),
            _arg("--dry-run", action="store_true", help="show what the sheets say; save nothing"),
        ),
        json=True,
    ),
    Command(
        "copy-to",
        "copy this database into another one (the district's), merging as import-bundle does",
        cmd_copy_to,
        (
            _arg("target", metavar="URL", help="e.g. postgresql+psycopg://host/roots"),
            _merging("show what would change", "keep the target's copy", "take this database's"),
        ),
        json=True,
    ),
    Command(
        "import-state",
        "import the state's yearly Priority 3 file (Pr3YYYY.txt): every LEA's row, or one",
        cmd_import_state,
        (
            _arg("file", metavar="FILE"),
            _arg("--lea", metavar="CDS", help="only the row of this LEA (its 14-digit CDS code)"),
            _arg("--dry-run", action="store_true", help="show what would change; change nothing"),
        ),
        json=True,
    ),
    Command(
        "leas",
        "list the LEAs (from the state's files): CDS code, name, kind, years reported, schools",
        cmd_leas,
        json=True,
    ),
    Command(
        "state",
        "what an LEA reported to the state, beside its school teams' agreed levels",
        cmd_state,
        (
            _arg("--lea", required=True, metavar="CDS", help="the LEA's 14-digit CDS code"),
            _arg("--year", metavar="YYYY-YY", help="only this school year"),
            _arg(
                "--mapped",
                action="store_true",
                help="also the teams on CEI, PTA or Family Empowerment, mapped to the LCFF "
                "practices through the crosswalk",
            ),
            STATE_SCHOOL,
        ),
        json=True,
    ),
    Command(
        "export-state",
        "save an LEA's state report (every year, or one) as .csv or .xlsx (by the file name)",
        cmd_export_state,
        (
            _arg("--lea", required=True, metavar="CDS", help="the LEA's 14-digit CDS code"),
            _arg("--year", metavar="YYYY-YY", help="only this school year"),
            OUTPUT,
            TABLE_LANGUAGE,
            _arg(
                "--mapped",
                action="store_true",
                help="two more columns: the teams on CEI, PTA or Family Empowerment, mapped to "
                "the LCFF practices through the crosswalk",
            ),
            STATE_SCHOOL,
        ),
    ),
    Command(
        "state-draft",
        "draft an LEA's nine Priority 3 narratives from its school teams' evidence and plans",
        cmd_state_draft,
        (
            _arg("--lea", required=True, metavar="CDS", help="the LEA's 14-digit CDS code"),
            _arg(
                "--year",
                metavar="YYYY-YY",
                help="the school year (default: the newest its teams assessed with the LCFF pack)",
            ),
            _one_of(
                _arg("--docx", metavar="FILE", help="save as an editable Word document"),
                _arg("--text", metavar="FILE", help="save as plain text (- prints it)"),
                required=True,
            ),
        ),
    ),
    Command(
        "link-school",
        "say which LEA a school belongs to (its teams then count in `roots state`) and its "
        "own CDS code",
        cmd_link_school,
        (
            _arg("school", metavar="SCHOOL"),
            _one_of(
                _arg("--lea", metavar="CDS", help="the LEA's 14-digit CDS code"),
                _arg("--no-lea", action="store_true", help="the school belongs to no LEA"),
            ),
            _one_of(
                _arg("--cds", metavar="CODE", help="the school's own 14-digit CDS code"),
                _arg("--no-cds", action="store_true", help="forget the school's own CDS code"),
            ),
        ),
    ),
    Command(
        "backup",
        "save a consistent copy of this computer's database",
        cmd_backup,
        (_arg("-o", "--output", required=True, metavar="FILE"),),
    ),
    Command("backups", "list the automatic backups in the data folder", cmd_backups, json=True),
    Command(
        "restore",
        "put a backup back (what is there now is backed up first)",
        cmd_restore,
        (_arg("file", metavar="FILE"),),
    ),
)


def build_parser() -> argparse.ArgumentParser:
    """The parser, built from COMMANDS; a command's service is imported only when it runs."""
    parser = argparse.ArgumentParser(
        prog="roots", description="Roots command-line companion: rubrics, schools, assessments."
    )
    parser.add_argument("--version", action="version", version=f"roots {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL (env ROOTS_DATABASE_URL); default: the SQLite file in the data folder",
    )
    parser.add_argument("--data-dir", metavar="DIR", help="data folder (env ROOTS_DATA_DIR)")
    parser.add_argument(
        "--lang",
        choices=vocabulary.LANGUAGES,
        default=vocabulary.DEFAULT_LANGUAGE,
        help="language of the output: rubric texts, PDFs, tables, the sample district",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    groups: dict[str, Any] = {}
    for command in COMMANDS:
        group, _, action = command.name.rpartition(" ")
        if group:
            if group not in groups:
                text, dest, metavar = GROUPS[group]
                groups[group] = sub.add_parser(group, help=text).add_subparsers(
                    dest=dest, required=True, metavar=metavar
                )
            p = groups[group].add_parser(action, help=command.help)
        else:
            p = sub.add_parser(action, help=command.help, description=command.help)
        p.set_defaults(handler=command.run)
        for option in ((JSON,) if command.json else ()) + command.options:
            option(p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if argv is not None:  # called from a program of its own (a test, a script): as it is
        return _run(argv)
    # The `roots` program: one command, then the process ends (issue 14). Python's cycle
    # collector passed over the imported modules' objects again and again while they loaded
    # (SQLAlchemy's are many), and once more at exit, over everything: 0.1-0.2 s of CPU that
    # frees nothing the system does not take back. Cycles are still collected, less often.
    gc.set_threshold(10_000, 10, 10)
    try:
        return _run(sys.argv[1:])
    finally:
        gc.freeze()  # after the databases are closed and the output written (as roots-app)


def _run(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    sys.stdout = _HarmlessOutput(sys.stdout)  # type: ignore[assignment]
    try:
        from roots_app import paths

        logging_setup.setup(paths.data_dir(args.data_dir))
        with contextlib.ExitStack() as opened:  # closes every database the command opened
            return int(args.handler(args, opened))
    except RootsError as exc:
        print(f"roots: {_harmless(str(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `roots ... | head`: the reader left; not an error
        sys.stdout = Path(os.devnull).open("w")  # noqa: SIM115 - quiets the exit flush
        return EXIT_OK
    except Exception:
        # The command line may hold a database address with its password: redacted here,
        # and the log's formatter redacts whatever else a traceback quotes.
        log.exception("Unexpected error in roots %s", logging_setup.redact(str(sys.argv[1:])))
        import traceback

        print(logging_setup.redact(traceback.format_exc()), end="", file=sys.stderr)
        print(
            "roots: this is a bug in Roots; please report it with the text above.", file=sys.stderr
        )
        return EXIT_BUG
    finally:
        if isinstance(sys.stdout, _HarmlessOutput):  # not after a broken pipe: devnull stays
            sys.stdout = sys.stdout.stream


if __name__ == "__main__":
    sys.exit(main())
