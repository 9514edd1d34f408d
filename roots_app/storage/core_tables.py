"""Light descriptions of the tables the Core reads use (start-up's listing, the one read of an
assessment, the comparisons): `table()` and `column()`, not the ORM models, so that a read
through them never maps the model classes (storage.models; issue 14).

One description per table, with every column any of those reads names: a query selects only
the columns it names. Columns stay untyped, so rows come back as the driver gives them
(the district reads tens of thousands), except those whose value a reader needs converted:
booleans and times, which SQLite stores as numbers and text.
"""

from __future__ import annotations

from sqlalchemy import Boolean, DateTime, column, table

schools_t = table(
    "schools",
    column("id"),
    column("name"),
    column("district"),
    column("region"),
    column("deleted_at"),
    column("lea_id"),
)
leas_t = table("leas", column("id"), column("cds_code"), column("name"), column("kind"))
teams_t = table("teams", column("id"), column("school_id"), column("name"), column("deleted_at"))
members_t = table(
    "members",
    column("id"),
    column("team_id"),
    column("display_name"),
    column("role"),
    column("active", Boolean),
)
packs_t = table(
    "rubric_packs",
    column("id"),
    column("pack_id"),
    column("version"),
    column("content"),
    column("content_hash"),
    column("imported", Boolean),
)
assessments_t = table(
    "assessments",
    column("id"),
    column("team_id"),
    column("pack_row_id"),
    column("pack_id"),
    column("pack_version"),
    column("school_year"),
    column("status"),
    column("current_category"),
    column("current_rater"),
    column("revealed", Boolean),
    column("deleted_at"),
)
present_t = table(
    "assessment_members", column("assessment_id"), column("member_id"), column("position")
)
ratings_t = table(
    "ratings",
    column("assessment_id"),
    column("member_id"),
    column("category_key"),
    column("level"),
    column("evidence"),
    column("row_version"),
    column("level_at", DateTime),
)
agreements_t = table(
    "agreements",
    column("assessment_id"),
    column("category_key"),
    column("level"),
    column("evidence"),
    column("reason"),
    column("row_version"),
    column("agreed_at", DateTime),
)
role_totals_t = table(
    "role_totals",
    column("pack_id"),
    column("school_year"),
    column("category_key"),
    column("role"),
    column("raters"),
    column("total"),
)
focuses_t = table(
    "plan_focuses", column("assessment_id"), column("category_key"), column("deleted_at")
)
