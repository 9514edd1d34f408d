"""Alembic environment: runs on the connection the app hands over (see storage/migrate.py)."""

from alembic import context

from roots_app.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only alter tables by copying them: batch mode does that
)
with context.begin_transaction():
    context.run_migrations()
