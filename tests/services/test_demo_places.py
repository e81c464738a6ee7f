"""The demo's places get real coordinates, in bulk, once."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from crisisdesk.db.models import Event, Notification, Place
from crisisdesk.demo import seed_demo
from crisisdesk.demo.events import seed_demo_events
from crisisdesk.demo.places import PLACES, cbs_wijk, seed_demo_places
from crisisdesk.domain.enums import District
from crisisdesk.domain.events.rules import EventKind
from crisisdesk.domain.geo.locatieserver import district_for_wijk
from crisisdesk.domain.geo.points import GeoPoint, distance_m

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


def test_known_places_get_points_and_a_second_run_adds_none(database):
    seed_demo(database.factory, 300, seed=5, now=NOW)
    seed_demo_events(database.factory, seed=5, now=NOW, extra=20)
    added = seed_demo_places(database.factory)
    assert added > 100
    assert seed_demo_places(database.factory) == 0
    known = {name for name, *_rest in PLACES}
    with database.factory() as session:
        rows = session.execute(select(Notification.location, Place.address, Place.wijk, Notification.district)
                               .join(Place, Place.notification_id == Notification.id).where(Place.role == "location")).all()
        assert rows and all(location in known and address == f"{location}, Utrecht" for location, address, _w, _d in rows)
        table = {name: district for name, district, *_rest in PLACES}
        assert all(district_for_wijk(wijk) == table[location] for location, _a, wijk, _d in rows)  # the place's own wijk
        sensitive = select(func.count(Place.id)).join(Event, Place.event_id == Event.id).where(Event.kind == EventKind.OFFENDER_RETURN)
        assert session.scalar(sensitive) == 0


def test_the_table_is_utrechts_geography():
    points = {name: GeoPoint(name, lat, lon, x, y) for name, _d, lat, lon, x, y in PLACES}
    assert all(district_for_wijk(cbs_wijk(d)) == d for d in District)
    assert 200 < distance_m(points["Neude"], points["Stadhuisbrug"]) < 250
    for point in points.values():  # RD New and WGS84 tell the same place (to a few metres)
        plain = distance_m(point, points["Domplein"])
        wgs84 = distance_m(GeoPoint("", point.lat, point.lon), GeoPoint("", points["Domplein"].lat, points["Domplein"].lon))
        assert abs(plain - wgs84) < 1 + 0.003 * wgs84
