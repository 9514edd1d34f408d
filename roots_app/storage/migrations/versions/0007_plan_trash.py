"""Plan focus areas and actions go to the trash too (deleted_at), instead of being removed.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("plan_focuses", "plan_actions"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("deleted_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    for table in ("plan_focuses", "plan_actions"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("deleted_at")
