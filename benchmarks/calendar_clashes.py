"""Clash detection at scale: a month of the calendar and one record, 100k notifications.

    python benchmarks/calendar_clashes.py [--notifications 100000] [--events 2000] [--runs 5]

Seeds a SQLite database in benchmarks/out/ (cached per size) with ``seed_demo`` (the
same generator as ``crisisdesk demo``), ``seed_demo_events`` and ``seed_demo_places`` (the
demo squares' coordinates), then prints medians of:
- ``CalendarService.clashes`` for a month (every clash with a side in the month, with
  both sides loaded) — with clashes by distance (the default 250 m) and without (0 m) —
  ``CalendarService.items`` for that month (with clash flags) and for a week;
- ``CalendarService.clashes_for`` one busy notification and one event;
- the 7-day overview.
Nothing here asserts; compare the figures with the 100-200 ms a screen may take.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


def seeded(notifications: int, events: int) -> str:
    from crisisdesk.db.database import open_database
    from crisisdesk.demo import seed_demo
    from crisisdesk.demo.events import seed_demo_events
    from crisisdesk.demo.places import seed_demo_places

    OUT.mkdir(exist_ok=True)
    path = OUT / f"calendar-places-{notifications}-{events}.sqlite"
    url = f"sqlite:///{path}"
    if not path.exists():
        db = open_database(url)
        started = time.perf_counter()
        seed_demo(db.factory, notifications, seed=2026, now=NOW)
        seed_demo_events(db.factory, seed=2026, now=NOW, extra=events)
        placed = time.perf_counter()
        points = seed_demo_places(db.factory)
        print(f"{points} demo places in {time.perf_counter() - placed:.1f} s")
        print(f"seeded {notifications} notifications + {events} events in {time.perf_counter() - started:.1f} s")
        db.dispose()
    return url


def median_ms(action, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notifications", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from crisisdesk.db.database import open_database
    from crisisdesk.db.models import Event, Notification
    from crisisdesk.domain.timeutil import to_local
    from crisisdesk.services.calendar.service import CalendarService, month_bounds, week_bounds
    from crisisdesk.services.calendar.overview import OverviewService

    db = open_database(seeded(args.notifications, args.events))
    calendar = CalendarService(db.factory)
    with db.factory() as session:
        print(f"rows: {session.scalar(select(func.count(Notification.id)))} notifications, "
              f"{session.scalar(select(func.count(Event.id)))} events")
        busy = session.scalar(
            select(Notification.id).where(Notification.start_at >= NOW, Notification.district == "Binnenstad")
            .order_by(Notification.start_at).limit(1)
        )
        event = session.scalar(select(Event.id).where(Event.start_at >= NOW).order_by(Event.start_at).limit(1))
    month = month_bounds(to_local(NOW).date())
    week = week_bounds(to_local(NOW).date())
    from crisisdesk.services.settings import CLASH_DISTANCE_METRES, SettingsService

    settings = SettingsService(db.factory)

    def without_distance(action):
        def run():
            settings.set(CLASH_DISTANCE_METRES, "0")
            try:
                return action()
            finally:
                settings.set(CLASH_DISTANCE_METRES, "250")
        return run

    figures = [
        ("clashes(month)", lambda: calendar.clashes(*month)),
        ("clashes(month), no distance", without_distance(lambda: calendar.clashes(*month))),
        ("items(month) with clash flags", lambda: calendar.items(*month)),
        ("items(week) with clash flags", lambda: calendar.items(*week)),
        (f"clashes_for(notification {busy})", lambda: calendar.clashes_for("notification", busy)),
        (f"clashes_for(event {event})", lambda: calendar.clashes_for("event", event)),
        ("week_overview", lambda: OverviewService(db.factory).week_overview(NOW)),
    ]
    for name, action in figures:
        action()  # warm the caches once
        ms, result = median_ms(action, args.runs)
        size = len(result.starting) if hasattr(result, "starting") else len(result)
        print(f"{name:<40} {ms:8.1f} ms   ({size} results)")
    db.dispose()


if __name__ == "__main__":
    main()
