"""Issue 16: Help > About names the version and the licences of what Roots carries."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import qVersion
from pytestqt.qtbot import QtBot

from roots_app import __version__
from roots_app.ui import messages
from roots_app.ui.dialogs import about
from roots_app.ui.dialogs.about import AboutDialog
from tests.ui.conftest import WindowFactory


def test_about_shows_the_version_and_the_licences(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[AboutDialog] = []

    def shown(dialog: AboutDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        seen.append(dialog)
        return 0

    monkeypatch.setattr(AboutDialog, "exec", shown)
    window = make_window()
    window.about_action.trigger()
    (dialog,) = seen
    text = dialog.findChildren(type(dialog.versions))
    shown_text = "\n".join(label.text() for label in text)
    assert f"Roots {__version__}" in shown_text
    assert f"Qt {qVersion()}" in dialog.versions.text()
    assert "Lesser General Public License version 3" in dialog.licences.text()
    assert "SIL Open Font License" in dialog.licences.text()
    # In a source checkout the licence texts are packaging/licenses (in a bundle: beside it).
    folder = about.licences_dir()
    assert folder is not None and (folder / "LGPL-3.0.txt").is_file()
    assert dialog.open_licences.isVisibleTo(dialog)


def test_about_with_the_no_dialog_switch_logs_instead(
    qtbot: QtBot,
    make_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Help > About goes through ui/messages.py: with ROOTS_NO_DIALOGS it shows nothing."""

    def shown(dialog: AboutDialog) -> int:
        raise AssertionError("the About dialog was shown")

    monkeypatch.setattr(AboutDialog, "exec", shown)
    monkeypatch.setenv(messages.NO_DIALOGS, "1")
    window = make_window()
    with caplog.at_level(logging.INFO, logger=messages.log.name):
        window.about_action.trigger()
    logged = [r.getMessage() for r in caplog.records if r.name == messages.log.name]
    assert len(logged) == 1
    assert logged[0].startswith(f"Not shown (ROOTS_NO_DIALOGS): Roots {__version__}")
    assert f"Qt {qVersion()}" in logged[0]
