"""Which database Roots opens, and the district database's connection settings.

Order: ``--db`` on the command line, then ``ROOTS_DATABASE_URL``, then the Settings page's
choice, then the SQLite file in the data folder. A district password is kept in the system
keyring when there is one; otherwise libpq's own PGPASSWORD or password file (~/.pgpass)
supply it. It is never written to the settings file.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from roots_app import settings as settings_module
from roots_app.errors import BadInputError

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Roots district database"
TLS_MODES = ("prefer", "require", "verify-full", "disable")


@dataclass(frozen=True)
class District:
    host: str
    port: int
    database: str
    user: str
    tls: str = "prefer"

    @property
    def account(self) -> str:
        """How the password is filed in the keyring."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None) -> str:
        from roots_app.storage import engine  # here: the data folder's file needs no SQLAlchemy

        return engine.district_url(
            self.host, self.port, self.database, self.user, self.tls, password
        )


def district_from(chosen: settings_module.Settings) -> District:
    """The district connection in the settings, checked."""
    host, name, user = chosen.db_host.strip(), chosen.db_name.strip(), chosen.db_user.strip()
    if not host or not name:
        raise BadInputError(
            "Give the district database's server name and database name.", field="server"
        )
    try:
        port = int(chosen.db_port or "5432")
    except ValueError:
        raise BadInputError(
            f"'{chosen.db_port}' is not a port number (usually 5432).",
            field="port",
            value=chosen.db_port,
        ) from None
    if not 0 < port < 65536:
        raise BadInputError(
            f"'{port}' is not a port number (usually 5432).", field="port", value=str(port)
        )
    tls = chosen.db_tls if chosen.db_tls in TLS_MODES else "prefer"
    return District(host, port, name, user, tls)


def database_url(base_url: str | None, chosen: settings_module.Settings) -> str | None:
    """The URL to open, or None for the data folder's SQLite file."""
    if base_url:
        return base_url
    if os.environ.get("ROOTS_DATABASE_URL"):
        return os.environ["ROOTS_DATABASE_URL"]
    if chosen.database != "district":
        return None
    district = district_from(chosen)
    return district.url(load_password(district))


def _keyring():  # type: ignore[no-untyped-def]
    """The system keyring, or None where there is none (a bare Linux, a test machine)."""
    try:
        import keyring
        from keyring.backends import chainer, fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            return None
        if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
            return None
        return keyring
    except Exception as exc:  # any keyring trouble means: none here
        log.info("No system keyring: %s", exc)
        return None


def keyring_available() -> bool:
    return _keyring() is not None


def load_password(district: District) -> str | None:
    store = _keyring()
    if store is None:
        return None
    try:
        return store.get_password(KEYRING_SERVICE, district.account)
    except Exception as exc:
        log.info("Could not read the keyring: %s", exc)
        return None


def save_password(district: District, password: str) -> bool:
    """Keep the password in the system keyring; False if there is none (nothing is written)."""
    store = _keyring()
    if store is None:
        return False
    try:
        if password:
            store.set_password(KEYRING_SERVICE, district.account, password)
        return True
    except Exception as exc:
        log.info("Could not write the keyring: %s", exc)
        return False


def test_connection(district: District, password: str | None) -> str:
    """Connect once: "current", "empty", "older" or "newer"; ConnectionLostError says why not."""
    from roots_app.storage import engine

    return engine.probe(district.url(password or load_password(district)))
