"""Per-computer preferences (language, this device's id), kept as JSON in the data folder.

Not Qt's QSettings: the command line needs the device id too and must not import Qt.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

from roots_app.domain import vocabulary

log = logging.getLogger(__name__)

SETTINGS_FILENAME = "settings.json"
LANGUAGES = vocabulary.LANGUAGES


@dataclass
class Settings:
    language: str = ""  # "" until the user has chosen on the welcome page
    device_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    last_assessment_id: str = ""
    last_place: str = ""  # the sidebar place shown when Roots was closed ("" = the walkthrough)
    window_geometry: str = ""
    pdf_language: str = ""  # "" = the interface language
    page_size: str = vocabulary.DEFAULT_PAGE_SIZE
    open_after_export: str = "yes"
    export_folder: str = ""
    bundle_member_names: str = "yes"  # .roots files: "no" = roles only (for the district)
    state_lea: str = ""  # the CDS code of the LEA whose state rows are imported and shown
    lea_filter: str = ""  # District and Progress: the CDS code of the LEA shown ("" = all schools)
    # How the team view, the summary and the plan PDF name members, per assessment: JSON
    # {assessment id: "names" | "roles" | "anonymous"}; see shown_members().
    members_shown: str = ""
    # Where the data is: "local" (the SQLite file in the data folder) or "district" (a shared
    # PostgreSQL server). The password is never kept here: see services/connection.py.
    database: str = "local"
    db_host: str = ""
    db_port: str = "5432"
    db_name: str = "roots"
    db_user: str = ""
    db_tls: str = "prefer"  # libpq's sslmode: disable, prefer, require, verify-full
    # Read aloud (ui/read_aloud.py): the voice's name ("" = the system's voice for the language
    # on screen), the speed (-1.0 slowest to 1.0 fastest, 0 = the voice's own) and the
    # text-to-speech engine ("" = the system's; ROOTS_SPEECH_ENGINE overrides it, for tests).
    speech_voice: str = ""
    speech_rate: str = "0"
    speech_engine: str = ""
    # Appearance (ui/theme.py reads them): text size in percent (100-200), high contrast,
    # and "system" (follow the computer's light or dark), "light" or "dark".
    text_size: str = "100"
    high_contrast: str = "no"
    colour_scheme: str = "system"

    @property
    def language_chosen(self) -> bool:
        return self.language in LANGUAGES


MEMBERS_SHOWN = ("names", "roles", "anonymous")  # names; roles only; nobody


def _members_shown(settings: Settings) -> dict[str, str]:
    try:
        found = json.loads(settings.members_shown or "{}")
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def shown_members(settings: Settings, assessment_id: str) -> str:
    """How members of this assessment are named: as last chosen in the team view, else names."""
    mode = _members_shown(settings).get(assessment_id)
    return mode if mode in MEMBERS_SHOWN else "names"


def remember_shown_members(settings: Settings, assessment_id: str, mode: str) -> None:
    """Keep the team view's choice for this assessment (the caller saves the settings)."""
    if mode not in MEMBERS_SHOWN:
        raise ValueError(f"members are shown as one of {MEMBERS_SHOWN}, not {mode!r}")
    chosen = _members_shown(settings)
    chosen[assessment_id] = mode
    settings.members_shown = json.dumps(chosen, sort_keys=True)


def load(base: Path) -> Settings:
    """Read the settings; a missing or damaged file gives defaults (and a new one is saved)."""
    path = base / SETTINGS_FILENAME
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        with contextlib.suppress(OSError):  # not ours to change: still read it
            if path.stat().st_mode & 0o077:  # written by an older Roots, readable by others
                path.chmod(0o600)
        known = {k: v for k, v in raw.items() if k in Settings.__dataclass_fields__}
        settings = Settings(**{k: str(v) for k, v in known.items()})
    except FileNotFoundError:
        settings = Settings()
        save(base, settings)
    except (OSError, ValueError, TypeError, AttributeError) as exc:
        log.warning("Settings file %s unreadable (%s); using defaults", path, exc)
        settings = Settings()
        save(base, settings)
    return settings


def save(base: Path, settings: Settings) -> None:
    """Write atomically (temp file then rename) so a crash never leaves half a file."""
    path = base / SETTINGS_FILENAME
    tmp = path.with_suffix(".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Readable by the user only, like the database: it says where the district server is.
        descriptor = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(descriptor, "w", encoding="utf-8") as out:  # noqa: PTH123 - a descriptor
            out.write(json.dumps(asdict(settings), indent=2))
        tmp.chmod(0o600)  # a temporary file left by an older Roots keeps its old mode
        tmp.replace(path)
    except OSError as exc:  # a read-only folder must not stop the app; the choice is just not kept
        log.warning("Could not save settings to %s: %s", path, exc)
