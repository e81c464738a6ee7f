"""The map's query: a day's notifications and events with their places, clash flags and
pairs, bounded, without withdrawn items and without a sensitive event's place."""

from __future__ import annotations

from datetime import date

from crisisdesk.desk import Desk
from crisisdesk.domain.enums import Risk, Status
from crisisdesk.domain.events.rules import EventKind
from crisisdesk.domain.geo.points import PlaceRole
from crisisdesk.services.geo.map_items import MapItemsService
from crisisdesk.services.register.notifications import draft_from_record
from tests.map_helpers import DOMPLEIN, JAARBEURSPLEIN, MALIEBAAN, NEUDE, STATION, add_place
from tests.ui.desk_helpers import event, local, notification

DAY = date(2026, 4, 2)


def make_desk(database, fixed_now) -> Desk:
    return Desk(database, user="tester", clock=lambda: fixed_now)


def test_the_days_items_come_with_their_location_route_and_clashes(database, fixed_now):
    desk = make_desk(database, fixed_now)
    march = desk.notifications.create(notification("Mars voor het klimaat", local(2026, 4, 2, 13), local(2026, 4, 2, 16),
                                                   location="Neude", risk=Risk.HIGH))
    rally = desk.notifications.create(notification("Tegenbetoging", local(2026, 4, 2, 14), local(2026, 4, 2, 15),
                                                   location="Neude", risk=Risk.LOW))
    fair = desk.events.create(event("Voorjaarsmarkt", local(2026, 4, 2, 10), local(2026, 4, 2, 18)))
    desk.notifications.create(notification("Morgen", local(2026, 4, 3, 13), local(2026, 4, 3, 14), location="Domplein"))
    add_place(database.factory, notification_id=march.id, where=NEUDE)
    add_place(database.factory, notification_id=march.id, role=PlaceRole.ROUTE_END, where=MALIEBAAN)
    add_place(database.factory, notification_id=march.id, role=PlaceRole.ROUTE_START, where=NEUDE)
    add_place(database.factory, notification_id=march.id, role=PlaceRole.ROUTE_VIA, where=DOMPLEIN, position=1)
    add_place(database.factory, notification_id=march.id, role=PlaceRole.ROUTE_VIA, where=STATION, position=0)
    add_place(database.factory, notification_id=rally.id, where=NEUDE)
    add_place(database.factory, event_id=fair.id, where=JAARBEURSPLEIN)

    day = MapItemsService(database.factory).day(DAY)

    assert [item.title for item in day.items] == ["Voorjaarsmarkt", "Mars voor het klimaat", "Tegenbetoging"]
    assert day.total == 3 and not day.truncated
    by_title = {item.title: item for item in day.items}
    mars = by_title["Mars voor het klimaat"]
    assert mars.point.address == "Neude, Utrecht"
    assert [p.address for p in mars.route] == ["Neude, Utrecht", "Stationsplein, Utrecht", "Domplein, Utrecht", "Maliebaan, Utrecht"]
    assert mars.risk_rank == 2 and mars.clash and by_title["Tegenbetoging"].clash
    assert not by_title["Voorjaarsmarkt"].clash
    assert by_title["Voorjaarsmarkt"].point.lat == JAARBEURSPLEIN[1]
    assert day.clash_pairs == ((("notification", march.id), ("notification", rally.id)),)


def test_withdrawn_items_are_left_out_and_a_sensitive_event_has_no_place(database, fixed_now):
    desk = make_desk(database, fixed_now)
    gone = desk.notifications.create(notification("Ingetrokken", local(2026, 4, 2, 13), local(2026, 4, 2, 14)))
    desk.notifications.update(gone.id, draft_from_record(gone, status=Status.WITHDRAWN), gone.version)
    secret = desk.events.create(event("Terugkeer J. de Vries", local(2026, 4, 2, 9), local(2026, 4, 2, 10),
                                      location="Kerkstraat 12", kind=EventKind.OFFENDER_RETURN))
    add_place(database.factory, notification_id=gone.id, where=NEUDE)
    add_place(database.factory, event_id=secret.id, where=DOMPLEIN)

    day = MapItemsService(database.factory).day(DAY)

    assert [item.id for item in day.items] == [secret.id]
    only = day.items[0]
    assert only.sensitive and only.places == () and only.point is None
    assert "Vries" not in only.title and only.location == ""
    # the event's own dialog may show its stored point
    assert MapItemsService(database.factory).places("event", secret.id)[0].point.address == "Domplein, Utrecht"


def test_a_busy_day_is_bounded_and_keeps_the_highest_risk(database, fixed_now):
    desk = make_desk(database, fixed_now)
    for hour in range(8, 20):
        desk.notifications.create(notification(f"Item {hour}", local(2026, 4, 2, hour), local(2026, 4, 2, hour, 30),
                                               location=f"Plein {hour}", risk=Risk.HIGH if hour == 19 else Risk.LOW))
    day = MapItemsService(database.factory).day(DAY, limit=5)
    assert day.total == 12 and day.truncated and len(day.items) == 5
    assert "Item 19" in [item.title for item in day.items]
    assert [item.start_at for item in day.items] == sorted(item.start_at for item in day.items)


def test_the_days_bounds_follow_amsterdam_time_on_a_dst_day(database, fixed_now):
    desk = make_desk(database, fixed_now)
    # 29 March 2026: clocks go forward; 23:30 local is still that day
    late = desk.notifications.create(notification("Laat", local(2026, 3, 29, 23, 30), local(2026, 3, 30, 0, 30)))
    assert [i.id for i in MapItemsService(database.factory).day(date(2026, 3, 29)).items] == [late.id]
