"""Where Roots keeps its data, logs and bundled resources."""

from __future__ import annotations

import os
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

APP_NAME = "Roots"
DB_FILENAME = "roots.sqlite3"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The user's data folder: --data-dir, else ROOTS_DATA_DIR, else the platform's folder."""
    chosen = override or os.environ.get("ROOTS_DATA_DIR")
    if chosen:
        path = Path(chosen).expanduser()
    else:
        import platformdirs  # imported here: only needed when no folder was given

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(mode=0o700, parents=True, exist_ok=True)  # a new folder: the user's only
    return path


def log_dir(base: Path) -> Path:
    """Log files live beside the data so one folder holds everything support may ask for."""
    path = base / "logs"
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def backup_dir(base: Path) -> Path:
    """The data folder's backups, readable by the user only."""
    path = base / "backups"
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def default_database_url(base: Path) -> str:
    return f"sqlite:///{base / DB_FILENAME}"


def _bundled(name: str) -> Traversable | Path:
    """A top-level resource folder: inside the wheel, or beside the package in a source tree."""
    packaged = resources.files("roots_app") / "_data" / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / name


def rubrics_dir() -> Traversable | Path:
    return _bundled("resources") / "rubrics"


def crosswalks_dir() -> Traversable | Path:
    return _bundled("resources") / "crosswalks"


def i18n_dir() -> Traversable | Path:
    return _bundled("i18n")


def icons_dir() -> Traversable | Path:
    return _bundled("resources") / "icons"
