"""One-shot commands answered from the data folder's SQLite file without SQLAlchemy (issue 14).

``roots plan-pdf`` is a fresh process for one PDF: importing SQLAlchemy alone cost twice its
floor (a one-page ReportLab document). When the database is the data folder's own file, at this
Roots' schema, the rows are read with the sqlite3 module (``storage/file_reading.py``) into the
same domain objects the services build. Everything else (a district database, ``--db``, a file
to create, migrate or refuse, an assessment that is not there) goes the normal way, so what the
user sees does not change. This module imports neither SQLAlchemy nor the other services.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from roots_app import paths, settings
from roots_app.domain import school_year, vocabulary
from roots_app.domain.assessment import Assessment
from roots_app.domain.plan import PlanReport
from roots_app.errors import BadInputError
from roots_app.exchange import pack_file
from roots_app.services import connection
from roots_app.services.files import write_file
from roots_app.storage import file_reading
from roots_app.storage.assessment_record import AssessmentRecord
from roots_app.storage.file_reading import FileReader


def assessment_from(record: AssessmentRecord) -> Assessment:
    """The assessment a stored record describes, with its pack."""
    pack = pack_file.pack_from_data(json.loads(record.pack_content), record.pack_hash)
    return Assessment(
        info=record.info,
        pack=pack,
        present=record.present,
        ratings=record.ratings,
        current_category=record.current_category or pack.categories[0].key,
        current_rater=record.current_rater,
        revealed=record.revealed,
        rated_at=record.rated_at,
        agreed_at=record.agreed_at,
    )


def check_print_choices(language: str, page_size: str) -> None:
    """A PDF's language and page size, refused with a sentence unless Roots knows them."""
    if language not in vocabulary.PDF_LANGUAGES:
        raise BadInputError(f"Choose the language as one of {', '.join(vocabulary.PDF_LANGUAGES)}.")
    if page_size not in vocabulary.PAGE_SIZES:
        raise BadInputError(f"Choose the page size as one of {', '.join(vocabulary.PAGE_SIZES)}.")


def plan_report(reader: FileReader, assessment_id: str) -> PlanReport | None:
    """What ``plans.report`` gives, read from the file; None if the assessment is not there,
    or if it has ratings or handwriting from paper sheets: those (rare, and a plan with scans
    is slow to print anyway) go the normal way, so the paper part has one home, the services."""
    record = reader.assessment_or_none(assessment_id)
    if record is None or reader.has_paper(assessment_id):
        return None
    assessment = assessment_from(record)
    info = assessment.info
    previous = None
    found = reader.previous_assessment(
        info.team_id, info.pack_id, school_year.previous(info.school_year)
    )
    if found is not None:
        previous_record = reader.assessment_or_none(found)
        if previous_record is None:
            return None
        previous = assessment_from(previous_record)
    return PlanReport(
        assessment=assessment,
        plan=reader.plan(assessment_id),
        previous=previous,
        generated_on=date.today(),
    )


def export_plan_pdf(
    data_dir: str | Path | None,
    db_url: str | None,
    assessment_id: str,
    path: Path,
    language: str,
    page_size: str,
) -> Path | None:
    """Write the plan PDF as ``plans.export_pdf`` does; None when it must be done that way."""
    base = paths.data_dir(data_dir)
    chosen = settings.load(base)
    if connection.database_url(db_url, chosen) is not None:
        return None
    report = file_reading.read(
        base / paths.DB_FILENAME, lambda reader: plan_report(reader, assessment_id)
    )
    if report is None:
        return None
    check_print_choices(language, page_size)
    from roots_app.reports.plan_pdf import render_plan  # ReportLab loads only to print

    members = settings.shown_members(chosen, assessment_id)
    return write_file(path, render_plan(report, language, page_size, members))
