"""Indexes for the comparisons: agreed and rated levels read from indexes alone, packs by snapshot.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The district reads (category, level) of every agreement of a year: with the level in the
    # index, SQLite never visits the rows (they carry the evidence texts).
    with op.batch_alter_table("agreements") as batch:
        batch.create_index(
            "ix_agreements_assessment_level", ["assessment_id", "category_key", "level"]
        )
    # The role averages of a year: every member rating of the year, joined to its member.
    with op.batch_alter_table("ratings") as batch:
        batch.create_index(
            "ix_ratings_assessment_level", ["assessment_id", "member_id", "category_key", "level"]
        )
    # Which pack snapshots are in use: one index probe per snapshot, not a pass over every
    # assessment of the rubric.
    with op.batch_alter_table("assessments") as batch:
        batch.create_index("ix_assessments_pack_row_id", ["pack_row_id"])


def downgrade() -> None:
    with op.batch_alter_table("assessments") as batch:
        batch.drop_index("ix_assessments_pack_row_id")
    with op.batch_alter_table("ratings") as batch:
        batch.drop_index("ix_ratings_assessment_level")
    with op.batch_alter_table("agreements") as batch:
        batch.drop_index("ix_agreements_assessment_level")
