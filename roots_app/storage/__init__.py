"""SQLAlchemy models, the database engine, queries and Alembic migrations."""
