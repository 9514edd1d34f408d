"""Team view for a 30-member team on a 12-category rubric, and switching category.

Targets (issue 3, DESIGN.md section 10): the team view renders in under one frame (16 ms)
after the data is loaded; switching category in the walkthrough takes under one frame.
Measured in one process on the offscreen platform, median of many repetitions.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from roots_app.domain.people import Role
from roots_app.services import assessments, schools
from roots_app.services.context import open_roots
from roots_app.ui import theme
from roots_app.ui.context import UiContext
from roots_app.ui.i18n import Translations
from roots_app.ui.main_window import MainWindow

FRAME_MS = 16.0


def median_ms(action: Callable[[], None], app: QApplication, repeat: int = 40) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        app.processEvents()  # layout and paint happen here
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    app = QApplication([])
    theme.apply(app)
    roots = open_roots(tempfile.mkdtemp())
    school = schools.create_school(roots, "Benchmark School")
    team = schools.create_team(
        roots, school, "FAT", [(f"Member {i:02d}", Role.FAMILY) for i in range(30)]
    )
    members = [m.id for m in schools.get_team(roots, team).members]
    assessment_id = assessments.start(roots, team, "lcff-priority-3", "2025-26", members)
    loaded = assessments.load(roots, assessment_id)
    for n, member in enumerate(members):
        for c, category in enumerate(loaded.pack.categories):
            assessments.rate(
                roots,
                loaded,
                member,
                category.key,
                1 + (n + c) % 5,
                f"Note from member {n} on {category.key}",
            )
    assessments.set_revealed(roots, assessment_id, True)
    loaded = assessments.load(roots, assessment_id)

    window = MainWindow(UiContext(roots, Translations(roots.data_dir / "cache")))
    window.resize(1280, 860)
    window.show()
    window._load(assessment_id)
    window.show_place("team")
    app.processEvents()
    team_view = window.team_view
    open_ms = median_ms(lambda: team_view.open(loaded), app)
    step = iter(range(10**6))
    switch_team_ms = median_ms(lambda: team_view.go_to(next(step) % 12), app)
    team_view.tabs.setCurrentIndex(1)
    wheel_ms = median_ms(team_view._draw_wheel, app)
    window.show_place("assess")
    walk = window.walkthrough
    walk.start_turn()
    app.processEvents()
    steps = iter(range(10**6))
    switch_walk_ms = median_ms(lambda: walk.go_to(next(steps) % 12), app)
    for name, value in (
        ("team view: open with 30 members x 12 categories", open_ms),
        ("team view: switch category", switch_team_ms),
        ("team view: redraw the wheel", wheel_ms),
        ("walkthrough: switch category", switch_walk_ms),
    ):
        verdict = "meets" if value < FRAME_MS else "MISSES"
        print(f"{name}: {value:.1f} ms ({verdict} the {FRAME_MS:.0f} ms frame)")
    window.close()
    roots.close()


if __name__ == "__main__":
    main()
