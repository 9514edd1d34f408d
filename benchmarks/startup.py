"""Desktop start to first painted window, against a bare PySide6 window + sqlalchemy.orm.

Target (DESIGN.md section 10): within 1.5x of the baseline, on the current data.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import BIN, env, timed

BASELINE = """
import sqlalchemy.orm
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("hello"))
class Quit(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
window.installEventFilter(Quit(window))
window.show()
app.exec()
"""


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        environ = env(data)
        baseline = timed([sys.executable, "-c", BASELINE], environ)
        results = {}
        subprocess.run(
            [str(BIN / "roots"), "demo", "--schools", "1000", "--years", "10"],
            env=environ,
            check=True,
            capture_output=True,
        )
        # First start after the demo shows the welcome page (no language chosen yet).
        results["welcome page, 1,000-school district"] = timed(
            [str(BIN / "roots-app"), "--startup-check"], environ
        )
        (data / "settings.json").write_text('{"language": "es"}', encoding="utf-8")
        results["home page in Spanish, 1,000-school district"] = timed(
            [str(BIN / "roots-app"), "--startup-check"], environ
        )
        with sqlite3.connect(data / "roots.sqlite3") as conn:
            (last,) = conn.execute("SELECT id FROM assessments LIMIT 1").fetchone()
        conn.close()
        (data / "settings.json").write_text(
            json.dumps({"language": "es", "last_assessment_id": last}), encoding="utf-8"
        )
        results["reopening the last assessment, 1,000-school district"] = timed(
            [str(BIN / "roots-app"), "--startup-check"], environ
        )
    print(f"baseline (bare PySide6 window + import sqlalchemy.orm): {baseline:.3f} s")
    for name, seconds in results.items():
        ratio = seconds / baseline
        verdict = "meets" if ratio <= 1.5 else "MISSES"
        print(
            f"roots-app --startup-check, {name}: {seconds:.3f} s = {ratio:.2f}x "
            f"({verdict} the 1.5x target)"
        )


if __name__ == "__main__":
    main()
