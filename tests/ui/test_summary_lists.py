"""Issue 12: the Summary's two lists are named by what they hold (the highest and the lowest
agreed levels), not with words that read as a level's name ("Deep roots" is level 5)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from roots_app.services import assessments, demo
from tests.ui.conftest import WindowFactory, remember

HEADINGS = {
    "en": ("✔ Highest agreed levels, to celebrate", "↗ Lowest agreed levels, to consider"),
    "es": ("✔ Niveles acordados más altos, para celebrar", "↗ Niveles acordados más bajos"),
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_summary_names_its_lists_by_what_they_hold(
    qtbot: QtBot, make_window: WindowFactory, roots, language: str
) -> None:
    demo.make_demo(roots, schools=1, years=1, language=language)
    first = assessments.list_assessments(roots)[0]
    remember(roots, first.id, language)
    window = make_window()
    window.show_place("summary")
    text = window.summary.roots_label.text()
    lines = text.splitlines()
    assert len(lines) == 2, text
    for line, heading in zip(lines, HEADINGS[language], strict=True):
        assert line.startswith(heading), line
    pack = assessments.load(roots, first.id).pack
    for level in pack.levels:  # no heading reads as a level's name
        for line in lines:
            assert not line[2:].startswith(level.label[language]), line
