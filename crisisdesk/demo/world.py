"""The whole demo world in one call: notifications, then what builds on them.

Notifications can be added again and again (``crisisdesk demo --count N`` adds N);
the events, scenarios, checklists, the prepared exercise and the map's places are laid down once per
database, the first time, so a second run does not duplicate Koningsdag.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker

from crisisdesk.db.models import Event, Notification
from crisisdesk.demo.places import seed_demo_places
from crisisdesk.demo import seed_demo
from crisisdesk.demo.checklists import seed_demo_checklists
from crisisdesk.demo.events import seed_demo_events
from crisisdesk.demo.exercise import seed_demo_exercise
from crisisdesk.demo.mail import seed_demo_mail
from crisisdesk.demo.profile import UTRECHT
from crisisdesk.services.profile import read_profile, write_profile


def seed_demo_world(
    factory: sessionmaker,
    count: int,
    seed: int = 2026,
    now: datetime | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    workers: int | None = 1,
) -> int:
    """Adds ``count`` notifications and, in a fresh database, the rest.

    Returns how many notifications were added in all: ``count``, plus in a fresh
    database the few demonstrations the events need for their deliberate clashes.
    """
    before = _notifications(factory)
    with factory() as session:
        fresh = not session.scalar(select(func.count(Event.id)))
    seed_demo(
        factory, count, seed=seed, now=now, on_progress=on_progress, is_cancelled=is_cancelled, workers=workers
    )
    if fresh and not (is_cancelled and is_cancelled()):
        seed_demo_profile(factory)
        seed_demo_events(factory, seed=seed, now=now)
        seed_demo_checklists(factory, seed=seed, now=now)
        seed_demo_exercise(factory, seed=seed, now=now)
        seed_demo_mail(factory, now=now)  # two notifications taken in from sample e-mails
    if not (is_cancelled and is_cancelled()):
        seed_demo_places(factory)  # the known squares' coordinates: map and clashes by distance
    return _notifications(factory) - before


def seed_demo_profile(factory: sessionmaker) -> None:
    """The demo municipality's profile (Utrecht), unless the database has one already."""
    with factory.begin() as session:
        if not read_profile(session).name:
            write_profile(session, UTRECHT)


def _notifications(factory: sessionmaker) -> int:
    with factory() as session:
        return session.scalar(select(func.count(Notification.id))) or 0
