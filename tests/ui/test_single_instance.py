"""Issue 16: ``roots-app FILE.roots`` opens the import preview, and a second start (a second
double-click) hands its file to the Roots already open instead of starting another one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from roots_app.services import bundles
from roots_app.services.bundles import Scope
from roots_app.ui import launch, single_instance
from roots_app.ui.dialogs.import_preview import ImportPreviewDialog
from tests.ui.conftest import WindowFactory


def test_a_second_start_hands_its_file_to_the_roots_already_open(
    qtbot: QtBot, qapp, data_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    name = single_instance.server_name(data_dir)
    assert not single_instance.hand_over(name, None)  # nobody open yet: start normally
    listener = single_instance.Listener(name)
    try:
        file = tmp_path / "from the district.roots"
        with qtbot.waitSignal(listener.received, timeout=5000) as handed:
            assert launch._handed_over(data_dir, file)
        assert handed.args == [str(file.resolve())]
        with qtbot.waitSignal(listener.received, timeout=5000) as handed:
            assert single_instance.hand_over(name, None)  # no file: just come to the front
        assert handed.args == [""]
    finally:
        listener.server.close()
        listener.deleteLater()
    assert not single_instance.hand_over(name, None)  # closed: the next start is a new Roots


def test_each_data_folder_has_its_own_roots(tmp_path: Path) -> None:
    first = single_instance.server_name(tmp_path / "school")
    assert first == single_instance.server_name(tmp_path / "school")
    assert first != single_instance.server_name(tmp_path / "district")
    assert len(first) < 40  # a Unix socket path has room for about 100 characters


def test_a_socket_left_by_a_crashed_roots_is_taken_over(qtbot: QtBot, qapp, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    name = single_instance.server_name(data_dir)
    crashed = single_instance.Listener(name)
    socket_file = Path(crashed.server.fullServerName())
    crashed.server.close()
    crashed.deleteLater()
    socket_file.touch()  # what a killed process leaves behind
    listener = single_instance.Listener(name)
    try:
        assert listener.server.isListening()
        with qtbot.waitSignal(listener.received, timeout=5000):
            assert single_instance.hand_over(name, None)
    finally:
        listener.server.close()
        listener.deleteLater()


# The offscreen platform of the tests has no window stack to raise a window in.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_roots_file_given_at_start_opens_the_import_preview(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots,
    assessment_id: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    file = tmp_path / "from laptop.roots"
    bundles.export_bundle(roots, file, Scope(assessments=(assessment_id,)))
    previews: list[str] = []

    def preview(dialog: ImportPreviewDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        previews.append(dialog.windowTitle() + "\n" + dialog.summary.text())
        return QDialog.DialogCode.Rejected  # looked, imported nothing

    monkeypatch.setattr(ImportPreviewDialog, "exec", preview)
    window = make_window()
    window.showMinimized()
    launch.open_handed_file(window, str(file))
    qtbot.waitUntil(lambda: bool(previews), timeout=30_000)
    assert not window.isMinimized()
    assert "from laptop.roots" in previews[0]
