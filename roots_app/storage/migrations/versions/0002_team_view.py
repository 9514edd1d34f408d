"""Team view: private ratings until revealed, and when levels were set (changed since agreed).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assessments") as batch:
        batch.add_column(
            sa.Column("revealed", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("ratings") as batch:
        batch.add_column(sa.Column("level_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("agreements") as batch:
        batch.add_column(sa.Column("agreed_at", sa.DateTime(), nullable=True))
    # Existing agreed assessments were discussed together already: show their ratings.
    op.execute("UPDATE assessments SET revealed = status <> 'in_progress'")


def downgrade() -> None:
    with op.batch_alter_table("agreements") as batch:
        batch.drop_column("agreed_at")
    with op.batch_alter_table("ratings") as batch:
        batch.drop_column("level_at")
    with op.batch_alter_table("assessments") as batch:
        batch.drop_column("revealed")
