"""Reading an up-to-date SQLite file with the sqlite3 module alone, for one-shot commands.

``roots plan-pdf`` runs in a fresh process: importing SQLAlchemy alone cost twice its floor (a
one-page ReportLab document), so it reads the few rows it prints here instead (issue 14; a Core
read of the assessment alone, SQLAlchemy imported for it, took plan-pdf from 1.8x to 3.9x the
floor's CPU time, past its 3x target). The queries are those of ``listing_repo.assessment``
(the one read of an assessment, which ``assessments_repo.load`` uses too) and ``plans_repo``;
an assessment's rows become a record through the same function
(``assessment_record.record_from_rows``), so only the fetching differs, and tests check both
give the same records (tests/storage/test_assessment_reads.py, tests/services/test_quick_read.py).
Values come back as SQLAlchemy gives them (aware UTC times, dates, bools).

Anything this reader is not sure of is left to the normal way of opening: ``open_file`` gives
None for a file that is missing, empty, older or newer than this Roots, or that SQLite refuses,
and the ``*_or_none`` readers give None for what is not there, so the caller's normal path
migrates, refuses or reports it exactly as before.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from roots_app.domain.plan import Action, ActionStatus, Focus, Plan
from roots_app.storage import migrate, sqlite_files
from roots_app.storage.assessment_record import AssessmentRecord, record_from_rows

T = TypeVar("T")


def _date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


class FileReader:
    """A read-only connection to a Roots SQLite file at this Roots' schema revision."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def close(self) -> None:
        self.connection.close()

    def assessment_or_none(self, assessment_id: str) -> AssessmentRecord | None:
        """The assessment (not in the trash) with its pack, members present and ratings: the
        rows ``listing_repo.assessment`` fetches, made into a record by the same function."""
        db = self.connection
        head = db.execute(
            "SELECT a.id, s.id, s.name, t.id, t.name, a.pack_id, a.pack_version, a.school_year,"
            " a.status, a.current_category, a.current_rater, a.revealed, p.content,"
            " p.content_hash"
            " FROM assessments a JOIN teams t ON a.team_id = t.id"
            " JOIN schools s ON t.school_id = s.id"
            " JOIN rubric_packs p ON p.id = a.pack_row_id"
            " WHERE a.deleted_at IS NULL AND a.id = ?",
            (assessment_id,),
        ).fetchone()
        if head is None:
            return None
        present = db.execute(
            "SELECT m.id, m.team_id, m.display_name, m.role, m.active FROM members m"
            " JOIN assessment_members am ON am.member_id = m.id"
            " WHERE am.assessment_id = ? ORDER BY am.position",
            (assessment_id,),
        ).fetchall()
        ratings = db.execute(
            "SELECT category_key, member_id, level, evidence, row_version, level_at"
            " FROM ratings WHERE assessment_id = ?",
            (assessment_id,),
        ).fetchall()
        agreements = db.execute(
            "SELECT category_key, level, evidence, reason, row_version, agreed_at"
            " FROM agreements WHERE assessment_id = ?",
            (assessment_id,),
        ).fetchall()
        return record_from_rows(head, present, ratings, agreements)

    def plan(self, assessment_id: str) -> Plan:
        """The assessment's growth plan: focus areas and actions not in the trash, in order."""
        db = self.connection
        focuses = db.execute(
            "SELECT id, category_key, goal, why, row_version FROM plan_focuses"
            " WHERE assessment_id = ? AND deleted_at IS NULL ORDER BY position",
            (assessment_id,),
        ).fetchall()
        actions: dict[str, list[Action]] = defaultdict(list)
        if focuses:
            marks = ", ".join("?" * len(focuses))
            for row in db.execute(
                "SELECT focus_id, id, description, owner, start, due, resources, measure,"
                " status, carried_from, row_version FROM plan_actions"
                f" WHERE focus_id IN ({marks}) AND deleted_at IS NULL ORDER BY position",
                [f[0] for f in focuses],
            ):
                actions[row[0]].append(
                    Action(
                        row[1],
                        row[2],
                        row[3],
                        _date(row[4]),
                        _date(row[5]),
                        row[6],
                        row[7],
                        ActionStatus(row[8]),
                        row[9],
                        row[10],
                    )
                )
        return Plan(
            assessment_id,
            tuple(
                Focus(focus_id, key, goal, why, tuple(actions[focus_id]), version)
                for focus_id, key, goal, why, version in focuses
            ),
        )

    def has_paper(self, assessment_id: str) -> bool:
        """Whether any rating or evidence of the assessment came from a paper sheet."""
        found = self.connection.execute(
            "SELECT 1 FROM paper_ratings WHERE assessment_id = ?"
            " UNION ALL SELECT 1 FROM paper_evidence WHERE assessment_id = ? LIMIT 1",
            (assessment_id, assessment_id),
        ).fetchone()
        return found is not None

    def previous_assessment(self, team_id: str, pack_id: str, school_year: str) -> str | None:
        """The same team's assessment on the same rubric in the given (earlier) school year."""
        found = self.connection.execute(
            "SELECT id FROM assessments WHERE team_id = ? AND pack_id = ? AND school_year = ?"
            " AND deleted_at IS NULL ORDER BY created_at DESC LIMIT 1",
            (team_id, pack_id, school_year),
        ).fetchone()
        return None if found is None else str(found[0])


def open_file(path: Path) -> FileReader | None:
    """A reader of the file, or None when the normal way of opening must deal with it."""
    try:
        size = path.stat().st_size
    except OSError:
        return None
    if size == 0:
        return None
    # The same look as every opening: a damaged or foreign file is refused with its sentence.
    sqlite_files.before_opening(path, check_pages=size < sqlite_files.QUICK_CHECK_BELOW)
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        connection.execute("BEGIN")  # one snapshot for every read, as a reading session has
    except sqlite3.Error:
        revision = None
    if revision is None or revision[0] != migrate.HEAD:
        connection.close()
        return None
    return FileReader(connection)


def read(path: Path, work: Callable[[FileReader], T]) -> T | None:
    """What ``work`` reads from the file, or None when the normal way of opening must deal with
    it: the file is not an up-to-date Roots file, or SQLite refused a read (the normal way meets
    the same trouble and says what it is)."""
    reader = open_file(path)
    if reader is None:
        return None
    try:
        return work(reader)
    except sqlite3.Error:
        return None
    finally:
        reader.close()
