"""The first paint of Home maps no ORM model; they are mapped just after it (issue 14)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from roots_app import paths
from roots_app.services import demo
from roots_app.services.context import Roots

MODELS = "roots_app.storage.models"


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


@pytest.mark.one_backend  # the data folder's own file, as the app opens it
def test_the_first_paint_of_a_districts_home_maps_no_orm_model(roots: Roots) -> None:
    demo.make_demo(roots, schools=6, years=2, seed=2)  # more than Home unfolds at start
    roots.settings.language = "es"
    roots.save_settings()
    roots.close()
    code = (
        "import sys\n"
        "from roots_app.ui import launch\n"
        "shown = []\n"
        "create = launch.create_window\n"
        "def spy(*args):\n"
        "    window = create(*args)\n"
        "    shown.append(window.pages.currentWidget() is window.home)\n"
        "    shown.append(window.home.model.rowCount())\n"
        "    return window\n"
        "launch.create_window = spy\n"
        "assert launch.main(['--startup-check']) == 0\n"
        f"print(shown, {MODELS!r} in sys.modules)\n"
    )
    result = _python(code)
    assert result.returncode == 0, result.stderr
    assert "first paint after" in result.stdout
    assert result.stdout.splitlines()[-1] == "[True, 6] False"


@pytest.mark.one_backend  # the data folder's own file, as the app opens it
def test_reopening_the_last_assessment_maps_no_orm_model_before_the_first_paint(
    roots: Roots,
) -> None:
    demo.make_demo(roots, schools=2, years=2, seed=2)
    roots.close()
    with sqlite3.connect(roots.data_dir / paths.DB_FILENAME) as db:
        (last,) = db.execute(
            "SELECT id FROM assessments ORDER BY school_year DESC, id LIMIT 1"
        ).fetchone()
    db.close()
    roots.settings.language = "es"
    roots.settings.last_assessment_id = last
    roots.save_settings()
    code = (
        "import sys\n"
        "from PySide6.QtCore import QEvent, QObject\n"
        "from roots_app.ui import launch\n"
        "shown = []\n"
        "create = launch.create_window\n"
        "def spy(*args):\n"
        "    window = create(*args)\n"
        "    shown.append(window.pages.currentWidget() is window.walkthrough)\n"
        "    shown.append(window.walkthrough.assessment.info.id)\n"
        "    window.installEventFilter(painted)\n"
        "    return window\n"
        "class Painted(QObject):\n"  # how many category sheets are made at the first paint
        "    def eventFilter(self, obj, event):\n"
        "        if event.type() == QEvent.Type.Paint and len(shown) == 2:\n"
        "            shown.append(len(obj.walkthrough.pager.sheets()))\n"
        "        return False\n"
        "painted = Painted()\n"
        "launch.create_window = spy\n"
        "assert launch.main(['--startup-check']) == 0\n"
        f"print(shown, {MODELS!r} in sys.modules)\n"
    )
    result = _python(code)
    assert result.returncode == 0, result.stderr
    assert "first paint after" in result.stdout
    # The next category's sheet is made after the paint, not before it.
    assert result.stdout.splitlines()[-1] == f"[True, {last!r}, 1] False"


def test_the_models_are_mapped_once_the_window_is_painted() -> None:
    code = (
        "import sys\n"
        "from PySide6.QtCore import QElapsedTimer\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "from roots_app.ui import launch\n"
        "app = QApplication([])\n"
        "window = QLabel('Roots')\n"
        "window.installEventFilter(launch._MapAfterFirstPaint(window))\n"
        f"before = {MODELS!r} in sys.modules\n"
        "window.show()\n"
        "clock = QElapsedTimer()\n"
        "clock.start()\n"
        f"while {MODELS!r} not in sys.modules and clock.elapsed() < 20_000:\n"
        "    app.processEvents()\n"
        "from roots_app.storage.models import Base\n"
        "mapped = [m for m in Base.registry.mappers if m.configured]\n"
        f"print(before, {MODELS!r} in sys.modules, len(mapped) == len(Base.registry.mappers))\n"
    )
    result = _python(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "False True True"
