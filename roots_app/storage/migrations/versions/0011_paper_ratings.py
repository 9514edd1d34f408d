"""Paper sheets: which ratings came from paper, and from which sheet.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Like paper_evidence, the rows go with their assessment or member (ON DELETE CASCADE).
    # Nothing to fill in: 0010 was never in a release, so no database has paper ratings to mark.
    op.create_table(
        "paper_ratings",
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("category_key", sa.String(length=64), nullable=False),
        sa.Column("level", sa.Integer(), nullable=True),
        sa.Column("sheet_no", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_paper_ratings_assessment_id_assessments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_paper_ratings_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_paper_ratings")),
        sa.UniqueConstraint(
            "assessment_id",
            "member_id",
            "category_key",
            name=op.f("uq_paper_ratings_assessment_id"),
        ),
    )
    op.create_index(
        op.f("ix_paper_ratings_member_id"), "paper_ratings", ["member_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_paper_ratings_member_id"), table_name="paper_ratings")
    op.drop_table("paper_ratings")
