"""The disk fills up while a member is typing evidence: a sentence, and the text stays."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from roots_app.ui import messages
from tests.services.test_full_disk_and_read_only import _on_every_connection
from tests.ui.conftest import WindowFactory, remember


def test_typed_evidence_stays_on_screen_when_the_disk_is_full(
    qtbot: QtBot,
    make_window: WindowFactory,
    roots,
    assessment_id: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    remember(roots, assessment_id, "es")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        messages, "show_error", lambda _parent, error: shown.append(messages.sentence(error))
    )
    window = make_window()
    page = window.walkthrough
    qtbot.mouseClick(
        page.cover_start, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton
    )
    _on_every_connection(window.ctx.roots, lambda pages: f"PRAGMA max_page_count = {pages}")
    note = "Una nota larga. " * 1200  # 19,200 characters: more than the pages left
    page.evidence.setPlainText(note)
    page.flush()
    assert shown and shown[0][0] == "El disco está lleno, así que Roots no pudo guardar."
    assert page.evidence.toPlainText() == note  # nothing typed is lost
