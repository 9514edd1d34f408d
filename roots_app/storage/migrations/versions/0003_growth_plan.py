"""Growth plan: focus categories with goals, and their actions.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _tracked() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "plan_focuses",
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("category_key", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["assessment_id"], ["assessments.id"],
            name=op.f("fk_plan_focuses_assessment_id_assessments"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_focuses")),
        sa.UniqueConstraint(
            "assessment_id", "category_key", name=op.f("uq_plan_focuses_assessment_id")
        ),
    )
    op.create_table(
        "plan_actions",
        sa.Column("focus_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("resources", sa.Text(), nullable=False),
        sa.Column("measure", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("carried_from", sa.String(length=36), nullable=True),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["focus_id"], ["plan_focuses.id"], name=op.f("fk_plan_actions_focus_id_plan_focuses")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_actions")),
    )
    with op.batch_alter_table("plan_actions") as batch:
        batch.create_index(batch.f("ix_plan_actions_focus_id"), ["focus_id"], unique=False)


def downgrade() -> None:
    op.drop_table("plan_actions")
    op.drop_table("plan_focuses")
