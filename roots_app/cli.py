"""``roots``: the command-line companion for coordinators, district staff and scripts.

It shares the services with the desktop app and never imports Qt. Exit status: 0 done,
2 bad input (what and where on stderr; nothing changed), 1 a bug.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from roots_app import __version__
from roots_app.errors import BadInputError, NotFoundError, RootsError

if TYPE_CHECKING:
    from roots_app.services.context import Roots

log = logging.getLogger("roots_app.cli")

EXIT_OK, EXIT_BUG, EXIT_BAD_INPUT = 0, 1, 2


_opened: list[Roots] = []

# Control characters a name may carry (\x1b starts a terminal escape code); \t and \n are ours.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


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


def _open(args: argparse.Namespace) -> Roots:
    from roots_app.services.context import open_roots

    roots = open_roots(args.data_dir, args.db)
    _opened.append(roots)  # closed when the command ends (a server connection is released)
    return roots


def _print_json(document: object) -> None:
    # Compact on purpose: with indent, json falls back to its pure-Python encoder, which took
    # longer than the district query itself. Pipe through `python -m json.tool` to read it.
    sys.stdout.write(json.dumps(document, ensure_ascii=False, separators=(",", ":")))
    sys.stdout.write("\n")


def _pack_json(pack: Any, lang: str) -> dict[str, Any]:
    return {
        "id": pack.id,
        "version": pack.version,
        "title": {code: pack.title[code] for code in pack.languages},
        "provenance": pack.provenance[lang],
        "levels": [{"value": lv.value, "label": lv.label[lang]} for lv in pack.levels],
        "categories": [{"key": c.key, "title": c.title[lang]} for c in pack.categories],
        "content_hash": pack.content_hash,
    }


def cmd_rubrics(args: argparse.Namespace) -> int:
    from roots_app.services import rubrics

    roots = _open(args)
    packs = rubrics.installed(roots, every_version=True)
    if args.json:
        _print_json([_pack_json(p, args.lang) for p in packs])
    else:
        for p in packs:
            print(
                f"{p.ref:36} {len(p.levels)} levels, {len(p.categories):2} categories  "
                f"{p.title[args.lang]}"
            )
    return EXIT_OK


def cmd_rubric_validate(args: argparse.Namespace) -> int:
    from roots_app.services import rubrics

    pack = rubrics.validate_file(Path(args.file))
    print(
        f"{args.file}: valid rubric pack {pack.ref} "
        f"({len(pack.levels)} levels, {len(pack.categories)} categories)"
    )
    return EXIT_OK


def cmd_rubric_import(args: argparse.Namespace) -> int:
    from roots_app.services import rubrics

    pack = rubrics.import_file(_open(args), Path(args.file))
    print(f"Installed {pack.ref}: {pack.title[args.lang]}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from roots_app.services import demo

    if args.schools < 1 or args.years < 1 or args.years > 30:
        raise BadInputError("--schools must be at least 1 and --years between 1 and 30.")
    result = demo.make_demo(_open(args), args.schools, args.years, args.seed, again=args.again)
    print(
        f"Added {result.schools} schools, {result.assessments} assessments, "
        f"{result.ratings} ratings and {result.agreed} agreed levels."
    )
    return EXIT_OK


def cmd_schools(args: argparse.Namespace) -> int:
    from roots_app.services import schools

    found = schools.list_schools(_open(args))
    if args.json:
        _print_json(
            [
                {
                    "id": s.id,
                    "name": s.name,
                    "district": s.district,
                    "region": s.region,
                    "teams": [
                        {
                            "id": t.id,
                            "name": t.name,
                            "members": [
                                {"id": m.id, "name": m.display_name, "role": m.role.value}
                                for m in t.members
                            ],
                        }
                        for t in s.teams
                    ],
                }
                for s in found
            ]
        )
    else:
        for s in found:
            print(f"{s.id}  {s.name}  ({len(s.teams)} team{'s' if len(s.teams) != 1 else ''})")
    return EXIT_OK


def cmd_assessments(args: argparse.Namespace) -> int:
    from roots_app.domain import school_year
    from roots_app.services import assessments

    if args.year:
        school_year.parse(args.year)
    found = assessments.list_assessments(_open(args), args.school, args.year)
    if args.json:
        _print_json(
            [
                {
                    "id": a.id,
                    "school_id": a.school_id,
                    "school": a.school_name,
                    "team_id": a.team_id,
                    "team": a.team_name,
                    "rubric": a.pack_id,
                    "rubric_version": a.pack_version,
                    "school_year": a.school_year,
                    "status": a.status.value,
                }
                for a in found
            ]
        )
    else:
        for a in found:
            print(
                f"{a.id}  {a.school_year}  {a.pack_id:26} {a.status.value:12} "
                f"{a.school_name} / {a.team_name}"
            )
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from roots_app.services import assessments

    document = assessments.as_json(assessments.load(_open(args), args.assessment), args.lang)
    if args.json:
        _print_json(document)
        return EXIT_OK
    print(
        f"{document['school']['name']} / {document['team']['name']}  "  # type: ignore[index]
        f"{document['school_year']}  {document['rubric']['title']}"
    )  # type: ignore[index]
    for category in document["categories"]:  # type: ignore[attr-defined]
        agreed = category["agreed_label"] or "-"
        levels = ", ".join(str(r["level"] or "-") for r in category["ratings"])
        flags = [name for name in ("far_apart", "changed_since_agreed") if category[name]]
        flags += ["standing_alone"] if category["standing_alone"] else []
        print(
            f"  {category['title']}: agreed {agreed}; members {levels or '-'}"
            + (f"  [{', '.join(flags)}]" if flags else "")
        )
    return EXIT_OK


def cmd_plan_pdf(args: argparse.Namespace) -> int:
    from roots_app.services import plans

    path = plans.export_pdf(
        _open(args), args.assessment, Path(args.output), args.pdf_lang, args.page_size
    )
    print(f"Wrote {path}")
    return EXIT_OK


def cmd_plans_pdf(args: argparse.Namespace) -> int:
    from roots_app.services import plans

    def progress(done: int, total: int) -> bool:
        if args.verbose:
            print(f"{done}/{total}", file=sys.stderr)
        return True

    written = plans.export_year(
        _open(args), args.year, Path(args.output), args.pdf_lang, args.page_size, progress
    )
    if not written:
        print(f"There are no assessments in {args.year}: no plans were printed.")
        return EXIT_OK
    print(f"Wrote {len(written)} plan{'s' if len(written) != 1 else ''} to {args.output}")
    return EXIT_OK


def cmd_plan_actions(args: argparse.Namespace) -> int:
    from roots_app.services import plans

    language = args.table_lang or args.lang
    path = plans.export_actions(_open(args), args.assessment, Path(args.output), language)
    print(f"Wrote {path}")
    return EXIT_OK


def cmd_compare(args: argparse.Namespace) -> int:
    from roots_app.services import compare

    view = compare.school_progress(_open(args), args.school, args.rubric)
    document = compare.progress_json(view, args.lang)
    if args.json:
        _print_json(document)
        return EXIT_OK
    print(f"{view.school_name}  ({view.pack.title[args.lang]})")
    print("  " + " ".join(f"{y:>8}" for y in document["years"]))
    for category in document["categories"]:
        cells = [str(category["levels"].get(y, "-")) for y in document["years"]]
        print(f"  {' '.join(f'{c:>8}' for c in cells)}  {category['title']}")
    return EXIT_OK


def cmd_district(args: argparse.Namespace) -> int:
    from roots_app.services import compare

    view = compare.district(_open(args), args.year, args.rubric)
    document = compare.district_json(view, args.lang)
    if args.json:
        _print_json(document)
        return EXIT_OK
    print(
        f"{document['year']}: {len(document['schools'])} schools "
        f"(change compared with {document['compared_with']})"
    )
    for school in sorted(document["schools"], key=lambda s: s["name"]):
        change = school["change"]
        shown = "-" if change is None else f"{change:+}"
        print(f"  {school['average']!s:>5} {shown:>6}  {school['name']}")
    return EXIT_OK


def cmd_export_table(args: argparse.Namespace) -> int:
    from roots_app.services import compare

    language = args.table_lang or args.lang
    path = compare.export_table(_open(args), args.year, Path(args.output), language, args.rubric)
    print(f"Wrote {path}")
    return EXIT_OK


def cmd_export_bundle(args: argparse.Namespace) -> int:
    from roots_app.services import bundles

    if bool(args.assessments) + bool(args.school) + bool(args.all) != 1:
        raise BadInputError("Name assessments, or give --school ID, or --all (one of them).")
    scope = bundles.Scope(assessments=tuple(args.assessments), school=args.school)
    roots = _open(args)
    _check_scope(roots, scope)
    result = bundles.export_bundle(
        roots, Path(args.output), scope, member_names=not args.no_names, progress=_progress(args)
    )
    counts = ", ".join(f"{n} {table}" for table, n in result.counts.items() if n)
    print(f"Wrote {result.path}: {counts or 'no records'}.")
    return EXIT_OK


def _check_scope(roots: Roots, scope: Any) -> None:
    from roots_app.services import assessments, schools

    if scope.school is not None and scope.school not in {s.id for s in schools.list_schools(roots)}:
        raise NotFoundError(f"There is no school {scope.school}.", id=scope.school)
    if scope.school is None and not scope.assessments and not schools.has_schools(roots):
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


def cmd_import_bundle(args: argparse.Namespace) -> int:
    from roots_app.services import bundles

    report = bundles.import_bundle(
        _open(args),
        Path(args.file),
        default=_resolution(args),
        dry_run=args.dry_run,
        progress=_progress(args),
    )
    return _print_report(report, args, args.file)


def cmd_copy_to(args: argparse.Namespace) -> int:
    from roots_app.services import bundles
    from roots_app.services.context import open_roots

    source = _open(args)
    target = open_roots(args.data_dir, args.target)
    _opened.append(target)
    report = bundles.copy_database(
        source, target, default=_resolution(args), dry_run=args.dry_run, progress=_progress(args)
    )
    return _print_report(report, args, "this database")


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


def cmd_backup(args: argparse.Namespace) -> int:
    from roots_app.services import backups

    path = backups.save_copy(_open(args), Path(args.output))
    print(f"Backed up the database to {path}")
    return EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    from roots_app.services import backups

    found = backups.list_backups(_open(args))
    if args.json:
        _print_json(
            [
                {
                    "path": str(b.path),
                    "taken_at": b.taken_at.isoformat(timespec="seconds"),
                    "kind": b.kind,
                    "bytes": b.size,
                    "schools": b.schools,
                    "assessments": b.assessments,
                }
                for b in found
            ]
        )
        return EXIT_OK
    for b in found:
        holds = f"{b.schools} schools, {b.assessments} assessments" if b.readable else "DAMAGED"
        print(f"{b.taken_at:%Y-%m-%d %H:%M}  {b.kind:16} {holds:34} {b.path}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from roots_app import paths
    from roots_app.errors import DamagedDatabaseError
    from roots_app.services import backups

    try:
        roots = _open(args)
    except DamagedDatabaseError:
        if args.db:
            raise
        # The current file cannot even be opened: it is moved aside, not backed up.
        kept = backups.replace_damaged(paths.data_dir(args.data_dir), Path(args.file))
        print(f"Restored {args.file}. The damaged database is kept in {kept}.")
        return EXIT_OK
    before = backups.restore(roots, Path(args.file))
    print(f"Restored {args.file}. What was there before is kept in {before}.")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
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
        "--lang", choices=("en", "es"), default="en", help="language of rubric texts in the output"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(
        name: str,
        handler: Callable[[argparse.Namespace], int],
        text: str,
        json_option: bool = False,
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=text, description=text)
        p.set_defaults(handler=handler)
        if json_option:
            p.add_argument("--json", action="store_true", help="print one JSON document")
        return p

    command("rubrics", cmd_rubrics, "list installed rubric packs", json_option=True)
    rubric = sub.add_parser("rubric", help="check or add a rubric pack file")
    rubric_sub = rubric.add_subparsers(dest="rubric_command", required=True, metavar="ACTION")
    validate = rubric_sub.add_parser("validate", help="check a pack file without installing it")
    validate.add_argument("file")
    validate.set_defaults(handler=cmd_rubric_validate)
    imp = rubric_sub.add_parser("import", help="install a pack file (or a new version of one)")
    imp.add_argument("file")
    imp.set_defaults(handler=cmd_rubric_import)
    demo = command("demo", cmd_demo, "fill the database with a realistic sample district")
    demo.add_argument("--schools", type=int, default=12)
    demo.add_argument("--years", type=int, default=4)
    demo.add_argument("--seed", type=int, default=2025)
    demo.add_argument(
        "--again", action="store_true", help="add another sample district even if one is here"
    )
    command("schools", cmd_schools, "list schools, teams and members", json_option=True)
    assess = command("assessments", cmd_assessments, "list assessments", json_option=True)
    assess.add_argument("--school", metavar="ID")
    assess.add_argument("--year", metavar="YYYY-YY")
    show = command(
        "show", cmd_show, "one assessment: members, ratings, agreed levels", json_option=True
    )
    show.add_argument("assessment", metavar="ASSESSMENT")

    def pdf_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("-o", "--output", required=True)
        p.add_argument(
            "--lang",
            dest="pdf_lang",
            choices=("en", "es", "both"),
            default="en",
            help="language of the PDF; both = English and Spanish side by side",
        )
        p.add_argument("--page-size", choices=("letter", "a4"), default="letter")

    plan_pdf = command("plan-pdf", cmd_plan_pdf, "print one assessment's growth plan as PDF")
    plan_pdf.add_argument("assessment", metavar="ASSESSMENT")
    pdf_options(plan_pdf)
    plans_pdf = command(
        "plans-pdf",
        cmd_plans_pdf,
        "print the growth plan of every assessment of a year, one PDF each",
    )
    plans_pdf.add_argument("--year", required=True, metavar="YYYY-YY")
    plans_pdf.add_argument("--verbose", action="store_true", help="show progress on stderr")
    pdf_options(plans_pdf)
    actions = command(
        "plan-actions",
        cmd_plan_actions,
        "save a plan's actions as a spreadsheet (.csv or .xlsx, by the file name)",
    )
    actions.add_argument("assessment", metavar="ASSESSMENT")
    actions.add_argument("-o", "--output", required=True)
    actions.add_argument("--lang", dest="table_lang", choices=("en", "es"), default=None)
    compare = command(
        "compare",
        cmd_compare,
        "one school's agreed levels per category for every year, with changes",
        json_option=True,
    )
    compare.add_argument("--school", required=True, metavar="ID")
    compare.add_argument("--rubric", default="cei-six-roots", metavar="ID")
    district = command(
        "district",
        cmd_district,
        "every school's agreed levels in a year, change and distribution",
        json_option=True,
    )
    district.add_argument("--year", required=True, metavar="YYYY-YY")
    district.add_argument("--rubric", default="cei-six-roots", metavar="ID")
    table = command(
        "export-table",
        cmd_export_table,
        "save the district view of a year as .csv or .xlsx (by the file name)",
    )
    table.add_argument("--year", required=True, metavar="YYYY-YY")
    table.add_argument("-o", "--output", required=True)
    table.add_argument("--rubric", default="cei-six-roots", metavar="ID")
    table.add_argument("--lang", dest="table_lang", choices=("en", "es"), default=None)
    export_bundle = command(
        "export-bundle",
        cmd_export_bundle,
        "save assessments, a school or everything as a .roots file for another computer",
    )
    export_bundle.add_argument("assessments", nargs="*", metavar="ASSESSMENT")
    export_bundle.add_argument("--school", metavar="ID")
    export_bundle.add_argument("--all", action="store_true", help="every school")
    export_bundle.add_argument("-o", "--output", required=True, metavar="FILE.roots")
    export_bundle.add_argument(
        "--no-names", action="store_true", help="leave member names out (roles only)"
    )
    export_bundle.add_argument("--verbose", action="store_true", help="show progress on stderr")
    import_bundle = command(
        "import-bundle",
        cmd_import_bundle,
        "merge a .roots file into this database (nothing is overwritten silently)",
        json_option=True,
    )
    import_bundle.add_argument("file", metavar="FILE.roots")
    import_bundle.add_argument(
        "--dry-run", action="store_true", help="show what would change; change nothing"
    )
    choice = import_bundle.add_mutually_exclusive_group()
    choice.add_argument(
        "--keep-mine", action="store_true", help="settle every conflict by keeping this copy"
    )
    choice.add_argument(
        "--take-theirs", action="store_true", help="settle every conflict with the file's copy"
    )
    import_bundle.add_argument("--verbose", action="store_true", help="show progress on stderr")
    copy_to = command(
        "copy-to",
        cmd_copy_to,
        "copy this database into another one (the district's), merging as import-bundle does",
        json_option=True,
    )
    copy_to.add_argument("target", metavar="URL", help="e.g. postgresql+psycopg://host/roots")
    copy_to.add_argument("--dry-run", action="store_true", help="show what would change")
    copy_choice = copy_to.add_mutually_exclusive_group()
    copy_choice.add_argument("--keep-mine", action="store_true", help="keep the target's copy")
    copy_choice.add_argument("--take-theirs", action="store_true", help="take this database's")
    copy_to.add_argument("--verbose", action="store_true", help="show progress on stderr")
    backup = command("backup", cmd_backup, "save a consistent copy of this computer's database")
    backup.add_argument("-o", "--output", required=True, metavar="FILE")
    command("backups", cmd_backups, "list the automatic backups in the data folder", True)
    restore = command(
        "restore", cmd_restore, "put a backup back (what is there now is backed up first)"
    )
    restore.add_argument("file", metavar="FILE")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    sys.stdout = _HarmlessOutput(sys.stdout)  # type: ignore[assignment]
    try:
        from roots_app import logging_setup, paths

        logging_setup.setup(paths.data_dir(args.data_dir))
        try:
            return int(args.handler(args))
        finally:
            while _opened:
                _opened.pop().close()
    except RootsError as exc:
        print(f"roots: {_harmless(str(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `roots ... | head`: the reader left; not an error
        sys.stdout = Path(os.devnull).open("w")  # noqa: SIM115 - quiets the exit flush
        return EXIT_OK
    except Exception:
        log.exception("Unexpected error in roots %s", sys.argv[1:])
        import traceback

        traceback.print_exc()
        print(
            "roots: this is a bug in Roots; please report it with the text above.", file=sys.stderr
        )
        return EXIT_BUG
    finally:
        if isinstance(sys.stdout, _HarmlessOutput):  # not after a broken pipe: devnull stays
            sys.stdout = sys.stdout.stream


if __name__ == "__main__":
    sys.exit(main())
