"""storage.bulk.insert_rows: shared values written as SQL literals on SQLite read back as given."""

from __future__ import annotations

from sqlalchemy import text

from roots_app.domain.ids import new_id, utcnow
from roots_app.services import schools
from roots_app.services.context import Roots
from roots_app.storage import bulk


def test_shared_values_with_quotes_and_flags_read_back_as_given(roots: Roots) -> None:
    now = utcnow()
    team = schools.create_team(roots, schools.create_school(roots, "Escuela"), "Equipo")
    shared = {
        "team_id": team,
        "role": "family",
        "active": False,  # a flag, converted for the database
        "created_at": now,
        "updated_at": now,
        "updated_by": "it's 'quoted'); DROP TABLE x; --",  # up to 36
    }
    rows = [(new_id(), f"Persona {n}", n) for n in range(3)]
    with roots.transaction() as session:
        written = bulk.insert_rows(
            session, "members", ("id", "display_name", "position"), rows, shared
        )
    assert written == 3
    with roots.reading() as session:
        found = session.execute(
            text(
                "SELECT id, display_name, position, active, updated_by FROM members "
                "WHERE team_id = :team ORDER BY position"
            ),
            {"team": team},
        ).all()
    assert [tuple(row[:3]) for row in found] == rows
    assert {(bool(row[3]), row[4]) for row in found} == {(False, shared["updated_by"])}
    assert schools.get_team(roots, team).members[0].display_name == "Persona 0"
