"""Places saved with their record, and clashes found by the distance between them."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from crisisdesk.db.models import Notification, Place
from crisisdesk.domain.calendar.records import EVENT, NOTIFICATION
from crisisdesk.domain.enums import District
from crisisdesk.domain.events.rules import EventDraft, EventKind
from crisisdesk.domain.geo.points import GeoPoint, PlacedPoint, PlaceRole
from crisisdesk.services.calendar.clashes import clash_findings, clash_pairs
from crisisdesk.services.errors import ValidationFailed
from crisisdesk.services.register.live_checks import LiveChecks
from crisisdesk.services.settings import CLASH_DISTANCE_METRES
from tests.factories import local, notification_draft

# As the recorded Locatieserver answers give them (tests/data/pdok).
NEUDE = GeoPoint("Neude 11, 3512AE Utrecht", 52.09269, 5.1186, 136592.468, 456082.017, "Wijk 06 Binnenstad", "adr-f53c")
STADHUISBRUG = GeoPoint("Stadhuisbrug 1, 3511KP Utrecht", 52.09165, 5.11674, 136464.572, 455966.781, "Wijk 06 Binnenstad", "adr-3869")
GRIFTPARK = GeoPoint("Griftpark, Utrecht", 52.0999, 5.1269, 137164.139, 456882.121, "", "wgd-d7b5")
JAARBEURS = GeoPoint("Jaarbeursplein, Utrecht", 52.0885, 5.1086, 135905.383, 455618.425, "", "wgd-c062")


def at(point: GeoPoint, role: PlaceRole = PlaceRole.LOCATION) -> tuple[PlacedPoint, ...]:
    return (PlacedPoint(role, point),)


def test_a_chosen_address_is_stored_with_the_notification(service, database):
    route = (PlacedPoint(PlaceRole.LOCATION, NEUDE), PlacedPoint(PlaceRole.ROUTE_START, NEUDE),
             PlacedPoint(PlaceRole.ROUTE_END, STADHUISBRUG))
    record = service.create(notification_draft(location="Neude 11, 3512AE Utrecht", places=route))
    again = service.get(record.id)
    assert [(p.role, p.point) for p in again.places] == [
        (PlaceRole.LOCATION, NEUDE), (PlaceRole.ROUTE_START, NEUDE), (PlaceRole.ROUTE_END, STADHUISBRUG)]
    assert record.places == again.places


def test_a_save_without_places_keeps_them_and_an_empty_tuple_removes_them(service):
    record = service.create(notification_draft(places=at(NEUDE)))
    from crisisdesk.services.register.notifications import draft_from_record

    kept = service.update(record.id, replace(draft_from_record(record), places=None, purpose="Andere tekst"), record.version)
    assert [p.point for p in kept.places] == [NEUDE]
    gone = service.update(record.id, replace(draft_from_record(kept), places=()), kept.version)
    assert gone.places == ()


def test_the_place_is_written_in_the_records_own_transaction(service, database):
    """A save that fails leaves no place behind; the record and its point come together or not at all."""
    with pytest.raises(ValidationFailed):
        service.create(notification_draft(purpose="", places=at(NEUDE)))
    record = service.create(notification_draft(places=at(NEUDE)))
    with pytest.raises(Exception):  # noqa: B017 - a stale version: refused before anything is written
        service.update(record.id, replace(notification_draft(places=at(GRIFTPARK))), record.version + 5)
    with database.factory() as session:
        assert session.scalar(select(func.count(Place.id))) == 1
        assert session.scalar(select(Place.address)) == NEUDE.address
    service.delete(record.id)
    with database.factory() as session:
        assert session.scalar(select(func.count(Place.id))) == 0  # the point goes with its record


def test_a_sensitive_events_place_is_never_kept_as_a_point(desk):
    draft = EventDraft(kind=EventKind.OFFENDER_RETURN, title="Terugkeer (fictief)", start_at=local(2026, 3, 20, 9),
                       end_at=local(2026, 3, 20, 11), location="Griftpark", district=District.NOORDOOST, places=at(GRIFTPARK))
    record = desk.events.create(draft)
    assert record.places == ()


def _two_demonstrations(service, other_place: GeoPoint, other_district=District.NOORDOOST, other_location="Griftpark"):
    first = service.create(notification_draft(location="Neude 11", district=District.BINNENSTAD, places=at(NEUDE)))
    second = service.create(notification_draft(
        purpose="Tegen de bomenkap", location=other_location, district=other_district, places=at(other_place),
        start_at=local(2026, 3, 17, 15, 0), end_at=local(2026, 3, 17, 17, 0)))
    return first, second


def test_items_a_short_walk_apart_clash_by_distance_across_wijken(service, database):
    """Neude (Binnenstad) and the Stadhuisbrug 172 m away, filed under another wijk and another name."""
    first, second = _two_demonstrations(service, STADHUISBRUG, District.WEST, "Bij het stadhuis")
    with database.factory() as session:
        found = clash_findings(session, local(2026, 3, 1, 0, 0), local(2026, 4, 1, 0, 0))
    reason, distance = found[((NOTIFICATION, first.id), (NOTIFICATION, second.id))]
    assert reason == "nearby"
    assert distance == pytest.approx(172.2, abs=0.5)
    pairs = clash_pairs(database.factory(), local(2026, 3, 1, 0, 0), local(2026, 4, 1, 0, 0))
    assert [(p.first.id, p.second.id, p.reason, round(p.distance_m or 0)) for p in pairs] == [(first.id, second.id, "nearby", 172)]
    clashes = service.clashes_of(first.id, include_events=True)
    assert [(c.other_id, c.reason, round(c.distance_m or 0)) for c in clashes] == [(second.id, "nearby", 172)]


def test_items_further_apart_than_the_setting_do_not_clash(service, database, desk):
    first, second = _two_demonstrations(service, GRIFTPARK)  # about 1 km
    with database.factory() as session:
        assert clash_findings(session, local(2026, 3, 1, 0, 0), local(2026, 4, 1, 0, 0)) == {}
    desk.settings.set(CLASH_DISTANCE_METRES, "1200")
    with database.factory() as session:
        found = clash_findings(session, local(2026, 3, 1, 0, 0), local(2026, 4, 1, 0, 0))
    assert found[((NOTIFICATION, first.id), (NOTIFICATION, second.id))][0] == "nearby"
    desk.settings.set(CLASH_DISTANCE_METRES, "0")  # switched off
    assert service.clashes_of(first.id) == []


def test_same_wijk_and_close_by_tells_the_distance(service, database):
    first, _second = _two_demonstrations(service, STADHUISBRUG, District.BINNENSTAD, "Stadhuisbrug")
    [clash] = service.clashes_of(first.id)
    assert (clash.reason, round(clash.distance_m or 0)) == ("nearby", 172)


def test_close_by_but_not_at_the_same_time_is_no_clash(service, database):
    first = service.create(notification_draft(location="Neude", places=at(NEUDE)))
    service.create(notification_draft(location="Stadhuisbrug", district=District.WEST, places=at(STADHUISBRUG),
                                      start_at=local(2026, 3, 18, 14, 0), end_at=local(2026, 3, 18, 16, 0)))
    assert service.clashes_of(first.id, include_events=True) == []


def test_an_event_close_by_clashes_with_a_notification(service, desk, database):
    first = service.create(notification_draft(location="Neude", places=at(NEUDE)))
    event = desk.events.create(EventDraft(kind=EventKind.EVENT, title="Markt", start_at=local(2026, 3, 17, 12),
                                          end_at=local(2026, 3, 17, 18), location="Bij het stadhuis", district=District.WEST,
                                          places=at(STADHUISBRUG)))
    with database.factory() as session:
        found = clash_findings(session, local(2026, 3, 17, 0, 0), local(2026, 3, 18, 0, 0))
    assert found[((EVENT, event.id), (NOTIFICATION, first.id))][0] == "nearby"
    assert [(c.other_kind, c.reason) for c in desk.calendar.clashes_for(NOTIFICATION, first.id)] == [(EVENT, "nearby")]


def test_the_dialogs_live_check_finds_the_same_by_the_typed_point(service):
    _first, second = _two_demonstrations(service, STADHUISBRUG, District.WEST, "Bij het stadhuis")
    live = LiveChecks(service)
    answer = live.clashes(local(2026, 3, 17, 14, 0), local(2026, 3, 17, 16, 0), District.ZUID, "Ergens", point=NEUDE)
    nearby = [c for c in answer.clashes if c.other_id == second.id]
    assert [(c.reason, round(c.distance_m or 0)) for c in nearby] == [("nearby", 172)]
    without = live.clashes(local(2026, 3, 17, 14, 0), local(2026, 3, 17, 16, 0), District.ZUID, "Ergens")
    assert all(c.other_id != second.id for c in without.clashes)
    found = service.find_clashes(local(2026, 3, 17, 14, 0), local(2026, 3, 17, 16, 0), District.ZUID, "Ergens",
                                 include_events=True, point=NEUDE)
    assert [(c.other_id, c.reason, c.distance_m) for c in found] == [(c.other_id, c.reason, c.distance_m) for c in answer.clashes]


def test_a_withdrawn_notification_clashes_with_nothing_nearby(service):
    from crisisdesk.domain.enums import Status
    from crisisdesk.services.register.notifications import draft_from_record

    first, second = _two_demonstrations(service, STADHUISBRUG, District.WEST, "Bij het stadhuis")
    service.update(second.id, draft_from_record(second, status=Status.WITHDRAWN, places=None), second.version)
    assert service.clashes_of(first.id) == []


def test_the_distance_select_reads_each_pair_once(service, database):
    """Three demonstrations on one square: three pairs, each found once (not from both sides)."""
    records = [service.create(notification_draft(location=f"Neude {n}", district=District(d), places=at(NEUDE)))
               for n, d in ((1, "Binnenstad"), (2, "West"), (3, "Oost"))]
    with database.factory() as session:
        found = clash_findings(session, local(2026, 3, 1, 0, 0), local(2026, 4, 1, 0, 0))
    assert sorted(found) == sorted(
        ((NOTIFICATION, a.id), (NOTIFICATION, b.id)) for i, a in enumerate(records) for b in records[i + 1:])
    assert all(value == ("nearby", 0.0) for value in found.values())
    with database.factory() as session:
        assert session.scalar(select(func.count(Notification.id))) == 3


def test_the_grid_finds_exactly_the_pairs_a_double_loop_finds(service, database):
    """Forty demonstrations scattered around the centre: the grid's pairs are those of a
    plain comparison of every two (distance and widened times), no more and no fewer."""
    from random import Random

    from crisisdesk.domain.geo.points import distance_m

    rng = Random(18)
    made = []
    for n in range(40):
        point = GeoPoint(f"Punt {n}", 52.09, 5.12, 136600 + rng.uniform(-600, 600), 456000 + rng.uniform(-600, 600))
        start = local(2026, 3, 17, rng.randrange(8, 20), rng.choice((0, 30)))
        made.append(service.create(notification_draft(
            purpose=f"Demonstratie {n}", location=f"Plek {n}", district=District.BINNENSTAD if n % 2 else District.WEST,
            start_at=start, end_at=start + timedelta(hours=rng.choice((1, 2, 3))), places=at(point))))
    with database.factory() as session:
        found = clash_findings(session, local(2026, 3, 17, 0, 0), local(2026, 3, 18, 0, 0))
    nearby = {key for key, (_reason, distance) in found.items() if distance is not None}
    buffer = timedelta(minutes=60)
    expected = set()
    for i, a in enumerate(made):
        for b in made[i + 1:]:
            close = distance_m(a.places[0].point, b.places[0].point) <= 250
            overlap = b.start_at < a.end_at + buffer and b.end_at > a.start_at - buffer
            if close and overlap:
                expected.add(((NOTIFICATION, a.id), (NOTIFICATION, b.id)))
    assert expected and nearby == expected
    assert all(found[key][0] in ("nearby", "same_place") for key in expected)
