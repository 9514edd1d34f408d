"""The state's Priority 3 reports: LEAs, schools' LEA and CDS code, state results (issue 19).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
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
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # Added in place, not by batch mode's copy of the table: teams refer to schools, and a
        # downgrade runs with foreign keys on (SQLite can neither drop such a table nor drop a
        # foreign-key column then). A downgrade leaves the two columns; they may be here.
        existing = {c["name"] for c in sa.inspect(bind).get_columns("schools")}
        if "lea_id" not in existing:
            op.execute(
                "ALTER TABLE schools ADD COLUMN lea_id VARCHAR(36) "
                "CONSTRAINT fk_schools_lea_id_leas REFERENCES leas (id)"
            )
        if "cds_code" not in existing:
            op.execute("ALTER TABLE schools ADD COLUMN cds_code VARCHAR(14)")
    else:
        op.add_column("schools", sa.Column("lea_id", sa.String(length=36), nullable=True))
        op.add_column("schools", sa.Column("cds_code", sa.String(length=14), nullable=True))
        op.create_foreign_key(
            op.f("fk_schools_lea_id_leas"), "schools", "leas", ["lea_id"], ["id"]
        )
    op.create_index(op.f("ix_schools_lea_id"), "schools", ["lea_id"], unique=False)
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
    op.drop_index(op.f("ix_schools_lea_id"), table_name="schools")
    if op.get_bind().dialect.name == "sqlite":
        # The columns stay, emptied (see upgrade): 0010's code never reads them.
        op.execute("UPDATE schools SET lea_id = NULL, cds_code = NULL")
    else:
        op.drop_constraint(op.f("fk_schools_lea_id_leas"), "schools", type_="foreignkey")
        op.drop_column("schools", "cds_code")
        op.drop_column("schools", "lea_id")
    op.drop_table("leas")
