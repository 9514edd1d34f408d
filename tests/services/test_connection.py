"""Choosing the database: the command line, the environment, then the Settings page's choice."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from roots_app import settings
from roots_app.errors import BadInputError, ConnectionLostError
from roots_app.services import connection
from tests.postgres_server import PostgresServer


def _district(**changes: str) -> settings.Settings:
    chosen = settings.Settings(database="district", db_host="db.district.org", db_user="coord")
    for name, value in changes.items():
        setattr(chosen, name, value)
    return chosen


def test_the_command_line_then_the_environment_then_settings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("ROOTS_DATABASE_URL", raising=False)
    assert connection.database_url(None, settings.Settings()) is None  # the local file
    url = connection.database_url(None, _district())
    assert url is not None
    parsed = make_url(url)
    assert (parsed.host, parsed.port, parsed.database, parsed.username) == (
        "db.district.org",
        5432,
        "roots",
        "coord",
    )
    assert parsed.password is None  # libpq's PGPASSWORD or ~/.pgpass supply it
    assert parsed.query["sslmode"] == "prefer"
    monkeypatch.setenv("ROOTS_DATABASE_URL", "postgresql+psycopg://env/x")
    assert connection.database_url(None, _district()) == "postgresql+psycopg://env/x"
    assert connection.database_url("sqlite:///cli.db", _district()) == "sqlite:///cli.db"


def test_every_part_is_escaped() -> None:
    district = connection.district_from(_district(db_user="ana@escuela", db_tls="verify-full"))
    parsed = make_url(district.url("p@ss:w/rd?&"))
    assert parsed.username == "ana@escuela"
    assert parsed.password == "p@ss:w/rd?&"
    assert parsed.query["sslmode"] == "verify-full"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"db_host": " "}, "server name and database name"),
        ({"db_port": "five"}, "'five' is not a port number"),
        ({"db_port": "70000"}, "'70000' is not a port number"),
    ],
)
def test_bad_settings_are_refused_in_words(changes: dict[str, str], message: str) -> None:
    with pytest.raises(BadInputError, match=message):
        connection.district_from(_district(**changes))


def test_the_password_is_never_written_to_the_settings_file(tmp_path: Path) -> None:
    chosen = _district()
    settings.save(tmp_path, chosen)
    text = (tmp_path / settings.SETTINGS_FILENAME).read_text("utf-8")
    assert "password" not in text.lower()
    district = connection.district_from(chosen)
    # Without a system keyring (as on this test machine) nothing is stored anywhere.
    if not connection.keyring_available():
        assert connection.save_password(district, "secret") is False
        assert connection.load_password(district) is None


def test_testing_a_connection_says_what_is_there(postgres: PostgresServer) -> None:
    empty = postgres.empty_database()
    current = postgres.new_database()
    try:
        for url, expected in ((empty, "empty"), (current, "current")):
            parsed = make_url(url)
            district = connection.District(
                parsed.host or "", parsed.port or 5432, parsed.database or "", "roots", "disable"
            )
            assert connection.test_connection(district, None) == expected
        nobody = connection.District("127.0.0.1", 1, "roots", "roots", "disable")
        with pytest.raises(ConnectionLostError, match="could not connect to the district"):
            connection.test_connection(nobody, None)
    finally:
        postgres.drop(empty)
        postgres.drop(current)
