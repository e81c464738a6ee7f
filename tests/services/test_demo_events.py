"""Demo events: every kind, every scenario kind, deliberate clashes, the same for the same seed."""

from __future__ import annotations

from datetime import timedelta

from crisisdesk.domain.events.rules import EventKind
from crisisdesk.domain.scenarios.rules import ScenarioKind
from crisisdesk.services.calendar.service import CalendarService
from crisisdesk.demo.events import seed_demo_events
from crisisdesk.services.events.service import EventQuery, EventService
from crisisdesk.services.scenarios.service import ScenarioService


def test_every_kind_with_clashes_and_deterministic(database, fixed_now, tmp_path):
    from crisisdesk.db.database import open_database

    assert seed_demo_events(database.factory, seed=3, now=fixed_now, extra=40) > 40
    rows = EventService(database.factory).page(EventQuery(), limit=1000)
    assert {r.kind for r in rows} == set(EventKind)
    assert {s.kind for s in ScenarioService(database.factory).list()} == set(ScenarioKind)
    assert all(s.grip_level for s in ScenarioService(database.factory).list())
    offender = next(r for r in rows if r.kind == EventKind.OFFENDER_RETURN)
    assert offender.location == "" and "Voorbeeld" not in offender.title
    clashes = CalendarService(database.factory).clashes(fixed_now, fixed_now + timedelta(days=7))
    assert {c.reason for c in clashes} >= {"same_place", "counter_demonstration"}

    other = open_database(f"sqlite:///{tmp_path / 'again.sqlite'}")
    try:
        seed_demo_events(other.factory, seed=3, now=fixed_now, extra=40)
        again = EventService(other.factory).page(EventQuery(), limit=1000)
    finally:
        other.dispose()
    assert [(r.title, r.start_at, r.district) for r in again] == [(r.title, r.start_at, r.district) for r in rows]
