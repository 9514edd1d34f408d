"""Writing exported files: only onto a regular file or a new path, never onto a device or pipe."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from roots_app.errors import ExportError
from roots_app.services import files


def test_a_new_path_and_an_existing_file_are_written(tmp_path: Path) -> None:
    new = files.write_file(tmp_path / "sub" / "new.csv", b"a,b\n")
    assert new.read_bytes() == b"a,b\n"
    files.write_file(new, b"c,d\n")
    assert new.read_bytes() == b"c,d\n"


def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return path


def _device_link(tmp_path: Path) -> Path:
    path = tmp_path / "full"
    path.symlink_to("/dev/full")
    return path


def _folder(tmp_path: Path) -> Path:
    path = tmp_path / "folder"
    path.mkdir()
    return path


@pytest.mark.parametrize(
    ("make", "kind", "is_kind"),
    [
        (_fifo, "a pipe", stat.S_ISFIFO),
        (_device_link, "a device", stat.S_ISCHR),
        (_folder, "a folder", stat.S_ISDIR),
    ],
    ids=["fifo", "dev-full", "folder"],
)
def test_anything_but_a_file_is_refused_and_left_alone(
    tmp_path: Path, make: Callable[[Path], Path], kind: str, is_kind: Callable[[int], bool]
) -> None:
    target = make(tmp_path)
    with pytest.raises(ExportError, match=f"is {kind}, not a file") as caught:
        files.write_file(target, b"data")
    assert "nothing was written" in str(caught.value)
    assert is_kind(target.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no temporary file left
