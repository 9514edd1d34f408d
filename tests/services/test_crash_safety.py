"""Killed mid-save (SIGKILL: a power cut, a frozen laptop's forced shutdown): afterwards the
database passes its integrity check and every save Roots confirmed is there."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from roots_app.services import assessments, bundles, demo
from roots_app.services.context import open_roots

pytestmark = [
    pytest.mark.one_backend,  # about this computer's SQLite file
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]

# The worker saves in a loop and prints a line only after each save has returned (confirmed).
WORKER = """
import sys
from pathlib import Path
from roots_app.domain.plan import Action
from roots_app.services import assessments, bundles, plans
from roots_app.services.context import open_roots

roots = open_roots(Path(sys.argv[1]))
assessment = assessments.load(roots, sys.argv[2])
bundle = Path(sys.argv[3])
members = [m.id for m in assessment.present]
keys = [c.key for c in assessment.pack.categories]
existing = plans.get(roots, assessment.id).focuses
focus = existing[0].id if existing else plans.add_focus(roots, assessment, keys[0], "Goal")
levels = [lv.value for lv in assessment.pack.levels]
n = int(sys.argv[4])  # each run counts on from where the one before could have reached
while True:
    n += 1
    member, key = members[n % len(members)], keys[n % len(keys)]
    assessments.rate(roots, assessment, member, key, levels[n % len(levels)], f"n={n}")
    print(f"rating {member} {key} {n}", flush=True)
    plans.save_action(roots, focus, Action("", f"action n={n}"))
    print(f"action {n}", flush=True)
    if n % 7 == 0:
        bundles.import_bundle(roots, bundle)
        print(f"import {n}", flush=True)
"""


@pytest.mark.slow
def test_killed_while_saving_loses_nothing_confirmed(data_dir: Path, tmp_path: Path) -> None:
    roots = open_roots(data_dir)
    demo.make_demo(roots, 2, 1, 5)
    assessment_id = assessments.list_assessments(roots)[0].id
    bundle = tmp_path / "district.roots"
    bundles.export_bundle(roots, bundle, bundles.Scope())
    roots.close()
    database = data_dir / "roots.sqlite3"
    chance = random.Random(20261123)

    for run in range(6):
        start = run * 1_000_000
        before = len([a for f in plans_of_path(data_dir, assessment_id) for a in f.actions])
        worker = subprocess.Popen(
            [sys.executable, "-c", WORKER, str(data_dir), assessment_id, str(bundle), str(start)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "ROOTS_DATA_DIR": str(data_dir)},
        )
        time.sleep(chance.uniform(1.0, 2.5))  # the worker's start-up, then a few saves
        worker.send_signal(signal.SIGKILL)
        out, err = worker.communicate(timeout=30)
        assert worker.returncode == -signal.SIGKILL, err
        confirmed: dict[tuple[str, str], int] = {}
        actions = 0
        for line in out.splitlines():
            kind, *rest = line.split()
            if kind == "rating":
                confirmed[(rest[0], rest[1])] = int(rest[2])
            elif kind == "action":
                actions += 1

        with sqlite3.connect(database) as check:
            assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert check.execute("PRAGMA foreign_key_check").fetchall() == []
        check.close()
        roots = open_roots(data_dir)
        try:
            stored = assessments.load(roots, assessment_id).ratings
            for (member, key), n in confirmed.items():
                saved = int(stored[(member, key)].evidence.removeprefix("n="))
                assert saved >= n  # the confirmed save, or a later one of the same rating
            plan_actions = [a for f in plans_of(roots, assessment_id) for a in f.actions]
            assert len(plan_actions) >= before + actions  # every confirmed action is kept
        finally:
            roots.close()


def plans_of_path(data_dir: Path, assessment_id: str):  # type: ignore[no-untyped-def]
    roots = open_roots(data_dir)
    try:
        return plans_of(roots, assessment_id)
    finally:
        roots.close()


def plans_of(roots, assessment_id: str):  # type: ignore[no-untyped-def]
    from roots_app.services import plans

    return plans.get(roots, assessment_id).focuses
