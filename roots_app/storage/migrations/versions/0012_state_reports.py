"""The state's Priority 3 reports: LEAs, schools' LEA and CDS code, state results (issue 19).

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0010"
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
    op.create_table(
        "leas",
        sa.Column("cds_code", sa.String(length=14), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        *_tracked(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leas")),
        sa.UniqueConstraint("cds_code", name=op.f("uq_leas_cds_code")),
    )
    with op.batch_alter_table("schools") as batch:
        batch.add_column(sa.Column("lea_id", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("cds_code", sa.String(length=14), nullable=True))
        batch.create_index(batch.f("ix_schools_lea_id"), ["lea_id"], unique=False)
        batch.create_foreign_key(batch.f("fk_schools_lea_id_leas"), "leas", ["lea_id"], ["id"])
    op.create_table(
        "state_results",
        sa.Column("lea_id", sa.String(length=36), nullable=False),
        sa.Column("school_year", sa.String(length=7), nullable=False),
        sa.Column("file_year", sa.Integer(), nullable=False),
        sa.Column("layout", sa.String(length=8), nullable=False),
        sa.Column("lea_name", sa.String(length=200), nullable=False),
        sa.Column("performance", sa.String(length=40), nullable=True),
        sa.Column("meeting_date", sa.Date(), nullable=True),
        sa.Column("narratives", sa.Text(), nullable=False),
        sa.Column("additional_info", sa.Text(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["lea_id"], ["leas.id"], name=op.f("fk_state_results_lea_id_leas")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_state_results")),
        sa.UniqueConstraint("lea_id", "school_year", name=op.f("uq_state_results_lea_id")),
    )
    # A result's ratings go with it (ON DELETE CASCADE).
    op.create_table(
        "state_ratings",
        sa.Column("result_id", sa.String(length=36), nullable=False),
        sa.Column("category_key", sa.String(length=64), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["result_id"],
            ["state_results.id"],
            name=op.f("fk_state_ratings_result_id_state_results"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("result_id", "category_key", name=op.f("pk_state_ratings")),
    )


def downgrade() -> None:
    op.drop_table("state_ratings")
    op.drop_table("state_results")
    with op.batch_alter_table("schools") as batch:
        batch.drop_constraint(batch.f("fk_schools_lea_id_leas"), type_="foreignkey")
        batch.drop_index(batch.f("ix_schools_lea_id"))
        batch.drop_column("cds_code")
        batch.drop_column("lea_id")
    op.drop_table("leas")
