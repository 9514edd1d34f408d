"""The database tables, as typed SQLAlchemy 2 models.

Every row has a UUID made where it was created, created/updated times and the device that last
changed it, so files merged between laptops match records instead of duplicating them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from roots_app.domain.ids import new_id, utcnow

# Named constraints keep Alembic batch migrations on SQLite and PostgreSQL in step.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stored as naive UTC (portable to every backend), read back as aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return value.replace(tzinfo=UTC) if value is not None else None


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Tracked:
    """Columns every exchangeable record carries."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(36), default="")  # device id
    # Counts the record's updates. Two people on one district database: an edit based on an
    # older version is caught (the ORM also checks it on every flush), never silently saved.
    row_version: Mapped[int] = mapped_column(Integer, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy's declared_attr
        return {"version_id_col": cls.__table__.c.row_version}  # type: ignore[attr-defined]


class SchoolRow(Tracked, Base):
    __tablename__ = "schools"
    name: Mapped[str] = mapped_column(String(200))
    district: Mapped[str] = mapped_column(String(200), default="")
    region: Mapped[str] = mapped_column(String(200), default="")
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # The LEA (district, county office, charter) the school belongs to, and the school's own
    # 14-digit CDS code: both optional (migration 0012, issue 19).
    lea_id: Mapped[str | None] = mapped_column(ForeignKey("leas.id"), index=True, default=None)
    cds_code: Mapped[str | None] = mapped_column(String(14), default=None)


class LeaRow(Tracked, Base):
    """A local educational agency, known by its CDS code (text: leading zeros matter)."""

    __tablename__ = "leas"
    cds_code: Mapped[str] = mapped_column(String(14), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))


class StateResultRow(Tracked, Base):
    """What an LEA reported to the state for Priority 3 for one school year (its state file
    row). Never a team's rating: nothing here enters a team's or school's median."""

    __tablename__ = "state_results"
    __table_args__ = (UniqueConstraint("lea_id", "school_year"),)
    lea_id: Mapped[str] = mapped_column(ForeignKey("leas.id"))
    school_year: Mapped[str] = mapped_column(String(7))
    file_year: Mapped[int] = mapped_column(Integer)
    layout: Mapped[str] = mapped_column(String(8))  # the published layout it was read from
    lea_name: Mapped[str] = mapped_column(String(200))  # as the file named the LEA that year
    performance: Mapped[str | None] = mapped_column(String(40), default=None)
    meeting_date: Mapped[date | None] = mapped_column(Date, default=None)
    narratives: Mapped[str] = mapped_column(Text, default="{}")  # JSON: key -> text
    additional_info: Mapped[str] = mapped_column(Text, default="")


class StateRatingRow(Base):
    """One practice's reported level (0 = no rating) of a state result."""

    __tablename__ = "state_ratings"
    result_id: Mapped[str] = mapped_column(
        ForeignKey("state_results.id", ondelete="CASCADE"), primary_key=True
    )
    category_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    level: Mapped[int] = mapped_column(Integer)


class TeamRow(Tracked, Base):
    __tablename__ = "teams"
    school_id: Mapped[str] = mapped_column(ForeignKey("schools.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class MemberRow(Tracked, Base):
    __tablename__ = "members"
    team_id: Mapped[str] = mapped_column(ForeignKey("teams.id"), index=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)  # order on the team list


class PackRow(Base):
    """A rubric pack version as installed or as scored: the full text, kept for good."""

    __tablename__ = "rubric_packs"
    __table_args__ = (UniqueConstraint("pack_id", "version"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    pack_id: Mapped[str] = mapped_column(String(64))
    version: Mapped[str] = mapped_column(String(32))
    content_hash: Mapped[str] = mapped_column(String(64))
    content: Mapped[str] = mapped_column(Text)  # the pack file's JSON
    imported: Mapped[bool] = mapped_column(Boolean, default=False)  # by a user, not bundled
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AssessmentRow(Tracked, Base):
    __tablename__ = "assessments"
    __table_args__ = (
        Index("ix_assessments_team_year", "team_id", "school_year"),
        # The district view: one rubric, one or two years.
        Index("ix_assessments_pack_year", "pack_id", "school_year"),
        Index("ix_assessments_pack_row_id", "pack_row_id"),  # which pack snapshots are used
    )
    team_id: Mapped[str] = mapped_column(ForeignKey("teams.id"))
    pack_row_id: Mapped[str] = mapped_column(ForeignKey("rubric_packs.id"))
    pack_id: Mapped[str] = mapped_column(String(64), index=True)
    pack_version: Mapped[str] = mapped_column(String(32))
    school_year: Mapped[str] = mapped_column(String(7), index=True)
    status: Mapped[str] = mapped_column(String(16), default="in_progress")
    current_category: Mapped[str] = mapped_column(String(64), default="")
    current_rater: Mapped[str] = mapped_column(String(36), default="team")
    # Members' ratings stay private (one laptop, taking turns) until the facilitator reveals.
    revealed: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class PresentRow(Base):
    """A member present at (taking part in) an assessment."""

    __tablename__ = "assessment_members"
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessments.id"), primary_key=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class RatingRow(Tracked, Base):
    """A member's own level for a category."""

    __tablename__ = "ratings"
    __table_args__ = (
        UniqueConstraint("assessment_id", "category_key", "member_id"),
        # No covering index for the district's role averages since migration 0009: they read
        # role_totals, and the index only slowed every rating written.
    )
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessments.id"))
    category_key: Mapped[str] = mapped_column(String(64))
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"), index=True)
    level: Mapped[int | None] = mapped_column(Integer, default=None)
    evidence: Mapped[str] = mapped_column(Text, default="")
    level_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)  # level set


class AgreementRow(Tracked, Base):
    """The team's agreed level for a category, with its evidence."""

    __tablename__ = "agreements"
    __table_args__ = (
        UniqueConstraint("assessment_id", "category_key"),
        # Covers the comparisons' reads: the agreed levels without visiting the rows.
        Index("ix_agreements_assessment_level", "assessment_id", "category_key", "level"),
    )
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessments.id"))
    category_key: Mapped[str] = mapped_column(String(64))
    level: Mapped[int | None] = mapped_column(Integer, default=None)
    evidence: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    agreed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)  # level set


class PaperSheetRow(Tracked, Base):
    """A blank paper sheet saved as a participant: what the sheet said, to know it again.

    The name and role are kept as written on the sheet (the member may be renamed later), so
    saving the same sheet again finds the same participant instead of adding another.
    """

    __tablename__ = "paper_sheets"
    assessment_id: Mapped[str] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    sheet_no: Mapped[int | None] = mapped_column(Integer, default=None)
    name_on_sheet: Mapped[str | None] = mapped_column(String(200), default=None)
    role_on_sheet: Mapped[str] = mapped_column(String(32))


class PaperEvidenceRow(Tracked, Base):
    """The scan of a rating's evidence lines from a paper sheet (PNG): the handwriting."""

    __tablename__ = "paper_evidence"
    __table_args__ = (UniqueConstraint("assessment_id", "member_id", "category_key"),)
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    category_key: Mapped[str] = mapped_column(String(64))
    image: Mapped[bytes] = mapped_column(LargeBinary)


class PaperRatingRow(Tracked, Base):
    """What a saved paper sheet said for one rating: the level marked and the sheet's number.

    The rating came from paper while its level is still this one (``services.sheets``).
    """

    __tablename__ = "paper_ratings"
    __table_args__ = (UniqueConstraint("assessment_id", "member_id", "category_key"),)
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    category_key: Mapped[str] = mapped_column(String(64))
    level: Mapped[int | None] = mapped_column(Integer, default=None)
    sheet_no: Mapped[int | None] = mapped_column(Integer, default=None)


class FocusRow(Tracked, Base):
    """A focus category of an assessment's growth plan, with its goal."""

    __tablename__ = "plan_focuses"
    __table_args__ = (UniqueConstraint("assessment_id", "category_key"),)
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessments.id"))
    category_key: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(Integer, default=0)
    goal: Mapped[str] = mapped_column(Text, default="")
    why: Mapped[str] = mapped_column(Text, default="")
    # In the trash (this computer only: a trashed area is not sent in .roots files).
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class ActionRow(Tracked, Base):
    """One action of a focus: who does what by when, and how the team will know it worked."""

    __tablename__ = "plan_actions"
    focus_id: Mapped[str] = mapped_column(ForeignKey("plan_focuses.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    start: Mapped[date | None] = mapped_column(Date, default=None)
    due: Mapped[date | None] = mapped_column(Date, default=None)
    resources: Mapped[str] = mapped_column(Text, default="")
    measure: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="not_started")
    carried_from: Mapped[str | None] = mapped_column(String(36), default=None)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class ExchangeStateRow(Base):
    """What this database knows about a record's versions from .roots files (docs/bundle-format.md).

    ``seen`` lists fingerprints of versions this copy has sent or received, oldest first: an
    incoming version already in it is old news; an incoming version that lists ours among its own
    predecessors replaces ours; anything else is a conflict for a person to decide. ``deleted``
    marks a record removed here after it was exchanged, so a file cannot bring it back.
    """

    __tablename__ = "exchange_state"
    table_name: Mapped[str] = mapped_column(String(32), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seen: Mapped[str] = mapped_column(Text, default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class ExchangeSentRow(Base):
    """The lines a block of records was last sent as in a .roots file, compressed (migration
    0013, issue 14).

    A table's records are cut into blocks by id: a block holds the records from its
    ``first_id`` to the next block's (the first from the lowest id), at most
    exchange_repo.STREAM_BATCH of them. A whole-database export copies a block's lines as they
    are while its ``digest`` (of the table's layout, exchange/bundle_records.TableSpec.layout,
    and the block's ids and ``row_version``s; every change raises the version) is the one they
    were written at; a new history in ``exchange_state`` empties the digest
    (exchange_repo.save_states). Encoding half a million records again was most of a district's
    export; one compressed block, not a plain line per record: the lines of a 253 MB district
    take 18 MB, not 268 MB. A cache: emptied, the next export writes it again.
    """

    __tablename__ = "exchange_sent"
    table_name: Mapped[str] = mapped_column(String(32), primary_key=True)
    first_id: Mapped[str] = mapped_column(String(36), primary_key=True)  # "" for the lowest
    digest: Mapped[bytes] = mapped_column(LargeBinary)  # empty: to be written again
    lines: Mapped[bytes] = mapped_column(LargeBinary)  # zlib of the lines, "\n" between


# Kept by database triggers (migration 0009), never written by Roots itself: per rubric, school
# year, category and role, how many members' ratings and the sum of their levels, over
# assessments not in the trash. The district's role averages read it. A table, not a mapped
# class: nothing loads it as objects.
role_totals = Table(
    "role_totals",
    Base.metadata,
    Column("pack_id", String(64), primary_key=True),
    Column("school_year", String(7), primary_key=True),
    Column("category_key", String(64), primary_key=True),
    Column("role", String(32), primary_key=True),
    Column("raters", Integer, nullable=False),
    Column("total", Integer, nullable=False),
)
