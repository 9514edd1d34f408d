"""Which automatic backups are kept."""

from __future__ import annotations

from datetime import datetime, timedelta

from roots_app.domain.backup_rotation import Taken, to_delete


def _daily(days_ago: int, hour: int = 9) -> Taken:
    when = datetime(2026, 11, 23, hour) - timedelta(days=days_ago)
    return Taken(f"d{days_ago}-{hour}", when, "daily")


def test_the_last_seven_days_and_four_weeks_are_kept() -> None:
    backups = [_daily(n) for n in range(60)]
    gone = set(to_delete(backups))
    kept = {b.name for b in backups} - gone
    assert {f"d{n}-9" for n in range(7)} <= kept  # the last 7 days
    assert len(kept) <= 7 + 4
    assert "d59-9" in gone
    # One per week further back: four distinct weeks, the newest of each.
    weeks = {b.taken_at.isocalendar()[:2] for b in backups if b.name in kept}
    assert len(weeks) >= 4


def test_two_backups_on_one_day_keep_the_newest() -> None:
    gone = to_delete([_daily(0, 8), _daily(0, 17)])
    assert gone == ["d0-8"]


def test_backups_before_a_step_keep_the_last_ten_and_leave_daily_ones_alone() -> None:
    steps = [
        Taken(f"s{n}", datetime(2026, 1, 1) + timedelta(hours=n), "before-import")
        for n in range(15)
    ]
    gone = to_delete([*steps, _daily(0)])
    assert gone == [f"s{n}" for n in range(5)]  # oldest first
