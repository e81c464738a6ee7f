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


def test_the_demo_world_has_places_for_its_map(database, fixed_now):
    from datetime import timedelta

    from crisisdesk.db.models import Place
    from crisisdesk.domain.events.rules import EventKind
    from crisisdesk.domain.timeutil import to_local
    from crisisdesk.services.geo.map_items import MapItemsService

    seed_demo_world(database.factory, 300, seed=7, now=fixed_now)
    with database.factory() as session:
        assert session.scalar(select(func.count(Place.id))) > 0
        sensitive = select(Event.id).where(Event.kind == EventKind.OFFENDER_RETURN)
        assert not session.scalar(select(func.count(Place.id)).where(Place.event_id.in_(sensitive)))
    service = MapItemsService(database.factory)
    days = [service.day(to_local(fixed_now).date() + timedelta(days=n)) for n in range(14)]
    assert any(item.on_map for day in days for item in day.items)


def test_a_demo_procession_gets_its_start_and_end_as_a_route(database, fixed_now, service):
    from crisisdesk.demo.places import seed_demo_places
    from crisisdesk.services.geo.map_items import MapItemsService
    from crisisdesk.domain.geo.records import route_of
    from factories import notification_draft

    march = service.create(notification_draft(location="Neude", route="Neude – Voorstraat – Onbekende steeg – Griftpark",
                                              route_start="Neude", route_end="Griftpark"))
    assert seed_demo_places(database.factory) == 3  # the location, the start and the end; unknown stops get none
    places = MapItemsService(database.factory).places("notification", march.id)
    assert [p.address for p in route_of(places)] == ["Neude, Utrecht", "Griftpark, Utrecht"]
