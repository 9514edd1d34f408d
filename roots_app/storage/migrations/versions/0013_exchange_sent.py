""".roots exchange: the lines a block of records was last sent as, compressed, copied while
the block is unchanged.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Empty: the first export after the upgrade writes it (a cache, storage/models.py).
    op.create_table(
        "exchange_sent",
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("first_id", sa.String(length=36), nullable=False),
        sa.Column("digest", sa.LargeBinary(), nullable=False),
        sa.Column("lines", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "first_id", name=op.f("pk_exchange_sent")),
    )

def downgrade() -> None:
    op.drop_table("exchange_sent")
