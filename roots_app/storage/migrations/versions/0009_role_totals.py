"""Role totals: the district's role averages kept up to date by the database on every write.

One row per rubric, school year, category and role: how many members' ratings (``raters``)
and the sum of their levels (``total``), over assessments not in the trash. Triggers keep it
true whoever writes (the app, the sample district, a .roots import, emptying the trash), so
``roots district`` reads 36 rows where it grouped 210,000 ratings at 5,000 schools. A row whose
count falls to zero is removed: the table is a function of the data. Migration 0008's
covering index on ratings, made for grouping them, goes.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

KEY = "pack_id, school_year, category_key, role"

# Add (or, with sign -1, take away) grouped counts and sums; {select} yields
# (pack_id, school_year, category_key, role, raters, total). The WHERE in every {select} also
# settles SQLite's parsing ambiguity between a join's ON and the upsert's ON CONFLICT.
UPSERT = (
    f"INSERT INTO role_totals ({KEY}, raters, total) {{select}} "
    f"ON CONFLICT ({KEY}) DO UPDATE SET "
    "raters = role_totals.raters + excluded.raters, total = role_totals.total + excluded.total"
)
PRUNE = "DELETE FROM role_totals WHERE raters = 0"

# One rating, through its assessment (not in the trash) and its member's role.
ONE_RATING = (
    "SELECT a.pack_id, a.school_year, {row}.category_key, m.role, {sign}1, {sign}{row}.level "
    "FROM assessments a, members m "
    "WHERE a.id = {row}.assessment_id AND m.id = {row}.member_id "
    "AND a.deleted_at IS NULL AND {row}.level IS NOT NULL"
)
# Every rated level of one assessment (its old or new year and rubric), by category and role.
OF_ASSESSMENT = (
    "SELECT {row}.pack_id, {row}.school_year, r.category_key, m.role, "
    "{sign}count(*), {sign}sum(r.level) "
    "FROM ratings r JOIN members m ON m.id = r.member_id "
    "WHERE r.assessment_id = {row}.id AND r.level IS NOT NULL AND {row}.deleted_at IS NULL "
    "GROUP BY r.category_key, m.role"
)
# Every rated level of one member, under its old or new role.
OF_MEMBER = (
    "SELECT a.pack_id, a.school_year, r.category_key, {row}.role, "
    "{sign}count(*), {sign}sum(r.level) "
    "FROM ratings r JOIN assessments a ON a.id = r.assessment_id "
    "WHERE r.member_id = {row}.id AND r.level IS NOT NULL AND a.deleted_at IS NULL "
    "GROUP BY a.pack_id, a.school_year, r.category_key"
)


def _add(select: str, row: str, sign: str) -> str:
    return UPSERT.format(select=select.format(row=row, sign=sign))


# trigger name -> (table, event, condition or None, statements)
TRIGGERS: dict[str, tuple[str, str, str | None, list[str]]] = {
    "role_totals_rating_added": ("ratings", "INSERT", None, [_add(ONE_RATING, "NEW", "")]),
    "role_totals_rating_removed": (
        "ratings",
        "DELETE",
        None,
        [_add(ONE_RATING, "OLD", "-"), PRUNE],
    ),
    "role_totals_rating_changed": (
        "ratings",
        "UPDATE",
        "OLD.level IS DISTINCT FROM NEW.level OR OLD.category_key <> NEW.category_key "
        "OR OLD.member_id <> NEW.member_id OR OLD.assessment_id <> NEW.assessment_id",
        [_add(ONE_RATING, "OLD", "-"), _add(ONE_RATING, "NEW", ""), PRUNE],
    ),
    # Trashed or restored, or moved to another year or rubric.
    "role_totals_assessment_changed": (
        "assessments",
        "UPDATE",
        "OLD.deleted_at IS DISTINCT FROM NEW.deleted_at OR OLD.school_year <> NEW.school_year "
        "OR OLD.pack_id <> NEW.pack_id",
        [_add(OF_ASSESSMENT, "OLD", "-"), _add(OF_ASSESSMENT, "NEW", ""), PRUNE],
    ),
    "role_totals_member_changed": (
        "members",
        "UPDATE",
        "OLD.role <> NEW.role",
        [_add(OF_MEMBER, "OLD", "-"), _add(OF_MEMBER, "NEW", ""), PRUNE],
    ),
}

BACKFILL = (
    f"INSERT INTO role_totals ({KEY}, raters, total) "
    "SELECT a.pack_id, a.school_year, r.category_key, m.role, count(*), sum(r.level) "
    "FROM ratings r JOIN assessments a ON a.id = r.assessment_id "
    "JOIN members m ON m.id = r.member_id "
    "WHERE a.deleted_at IS NULL AND r.level IS NOT NULL "
    "GROUP BY a.pack_id, a.school_year, r.category_key, m.role"
)


def _create_triggers(dialect: str) -> None:
    for name, (table, event, condition, statements) in TRIGGERS.items():
        if dialect == "postgresql":
            body = "; ".join(statements)
            check = f"IF {condition} THEN {body}; END IF;" if condition else f"{body};"
            op.execute(
                f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
                f"BEGIN {check} RETURN NULL; END $$"
            )
            op.execute(
                f"CREATE TRIGGER {name} AFTER {event} ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION {name}()"
            )
        else:
            # SQLite has no IS DISTINCT FROM: IS NOT is its null-safe inequality.
            when = f" WHEN {condition.replace('IS DISTINCT FROM', 'IS NOT')}" if condition else ""
            body = "".join(f"{statement}; " for statement in statements)
            op.execute(
                f"CREATE TRIGGER {name} AFTER {event} ON {table} FOR EACH ROW{when} BEGIN {body}END"
            )


def upgrade() -> None:
    op.create_table(
        "role_totals",
        sa.Column("pack_id", sa.String(64), nullable=False),
        sa.Column("school_year", sa.String(7), nullable=False),
        sa.Column("category_key", sa.String(64), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("raters", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "pack_id", "school_year", "category_key", "role", name="pk_role_totals"
        ),
    )
    op.execute(BACKFILL)
    _create_triggers(op.get_bind().dialect.name)
    # 0008's covering index was for grouping the ratings themselves; the totals replace that,
    # and the index only slowed every rating written (the sample district, .roots imports).
    with op.batch_alter_table("ratings") as batch:
        batch.drop_index("ix_ratings_assessment_level")


def downgrade() -> None:
    with op.batch_alter_table("ratings") as batch:
        batch.create_index(
            "ix_ratings_assessment_level", ["assessment_id", "member_id", "category_key", "level"]
        )
    postgresql = op.get_bind().dialect.name == "postgresql"
    for name, (table, *_) in TRIGGERS.items():
        op.execute(f"DROP TRIGGER {name}" + (f" ON {table}" if postgresql else ""))
        if postgresql:
            op.execute(f"DROP FUNCTION {name}()")
    op.drop_table("role_totals")
