"""The demo command lays down the whole world once, and only notifications again."""

from __future__ import annotations

from sqlalchemy import func, select

from crisisdesk.db.models import CrisisScenario, Event, Notification
from crisisdesk.demo.world import seed_demo_world


def counts(factory) -> tuple[int, int, int]:
    with factory() as session:
        return tuple(session.scalar(select(func.count(model.id))) for model in (Notification, Event, CrisisScenario))


def test_first_run_adds_everything_second_only_notifications(database, fixed_now):
    seed_demo_world(database.factory, 150, seed=5, now=fixed_now)
    notifications, events, scenarios = counts(database.factory)
    assert notifications >= 150 and events > 0 and scenarios > 0
    seed_demo_world(database.factory, 50, seed=6, now=fixed_now)
    again = counts(database.factory)
    assert again[0] == notifications + 50
    assert again[1:] == (events, scenarios)
