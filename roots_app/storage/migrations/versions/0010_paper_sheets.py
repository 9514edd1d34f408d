"""Paper rating sheets: blank sheets saved as participants, and the scans of evidence lines.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _tracked() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"),
    ]


def upgrade() -> None:
    # Rows go with their assessment or member (ON DELETE CASCADE): emptying the trash needs
    # to know nothing of paper.
    op.create_table(
        "paper_sheets",
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("sheet_no", sa.Integer(), nullable=True),
        sa.Column("name_on_sheet", sa.String(length=200), nullable=True),
        sa.Column("role_on_sheet", sa.String(length=32), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_paper_sheets_assessment_id_assessments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_paper_sheets_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_paper_sheets")),
    )
    op.create_index(
        op.f("ix_paper_sheets_assessment_id"), "paper_sheets", ["assessment_id"], unique=False
    )
    op.create_table(
        "paper_evidence",
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("category_key", sa.String(length=64), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_paper_evidence_assessment_id_assessments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_paper_evidence_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_paper_evidence")),
        sa.UniqueConstraint(
            "assessment_id",
            "member_id",
            "category_key",
            name=op.f("uq_paper_evidence_assessment_id"),
        ),
    )
    op.create_index(
        op.f("ix_paper_evidence_member_id"), "paper_evidence", ["member_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_paper_evidence_member_id"), table_name="paper_evidence")
    op.drop_table("paper_evidence")
    op.drop_index(op.f("ix_paper_sheets_assessment_id"), table_name="paper_sheets")
    op.drop_table("paper_sheets")
