"""One calendar: items of both registers, clashes by indexed SQL, the 7-day overview."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from random import Random

import pytest
from sqlalchemy import insert

from crisisdesk.db.models import Event, Notification
from crisisdesk.domain.enums import Channel, District, ManifestationKind, PlaceType, Risk, Status
from crisisdesk.domain.events.rules import EventDraft, EventKind, EventStatus, PermitStatus
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.services.calendar.service import CalendarService, month_bounds, week_bounds
from crisisdesk.services.calendar.clashes import clash_pairs
from crisisdesk.services.events.service import EventService, draft_from_event
from crisisdesk.services.register.notifications import draft_from_record
from crisisdesk.services.calendar.overview import OverviewService
from crisisdesk.services.settings import CLASH_BUFFER_MINUTES, SettingsService


def local(*args) -> datetime:
    return datetime(*args, tzinfo=AMSTERDAM)


DAY = (local(2026, 3, 16), local(2026, 3, 17))


def demo(start, end, place="Domplein", district=District.BINNENSTAD, **changes) -> NotificationDraft:
    return NotificationDraft(
        kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC, purpose=changes.pop("purpose", "Mars"),
        start_at=start, end_at=end, location=place, district=district, received_at=local(2026, 3, 10, 9),
        organiser_name="J. Jansen", **changes,
    )


def event(start, end, place="Neude", district=District.BINNENSTAD, **changes) -> EventDraft:
    values = dict(kind=EventKind.EVENT, title="Festival", start_at=start, end_at=end, location=place, district=district)
    values.update(changes)
    return EventDraft(**values)


@pytest.fixture
def events(database, fixed_now):
    return EventService(database.factory, clock=lambda: fixed_now, user="tester")


@pytest.fixture
def calendar(database):
    return CalendarService(database.factory)


def refs(pairs) -> set:
    return {(p.first.ref, p.second.ref, p.reason) for p in pairs}


def test_items_of_both_registers_in_the_period(service, events, calendar):
    n = service.create(demo(local(2026, 3, 16, 10), local(2026, 3, 16, 12)))
    e = events.create(event(local(2026, 3, 15, 20), local(2026, 3, 16, 1)))  # overnight into the day
    events.create(event(local(2026, 3, 17, 0), local(2026, 3, 17, 2)))  # starts when the day ends: not in it
    items = calendar.items(*DAY)
    assert [i.ref for i in items] == [("event", e.id), ("notification", n.id)]
    assert items[1].title == "Mars" and items[1].risk == Risk.UNKNOWN.value


@pytest.mark.parametrize(
    ("start", "end", "clash"),
    [
        ((12, 59), (14, 0), True),  # 59 minutes after the other ends: inside the 1 h buffer
        ((13, 0), (14, 0), False),  # exactly the buffer: the items only touch
        ((8, 0), (9, 0), False),  # ends exactly one hour before the other starts
        ((8, 0), (9, 1), True),
    ],
)
def test_buffer_edges_between_a_notification_and_an_event(service, events, calendar, start, end, clash):
    n = service.create(demo(local(2026, 3, 16, 10), local(2026, 3, 16, 12), place="Neude"))
    e = events.create(event(local(2026, 3, 16, *start), local(2026, 3, 16, *end), place="Vredenburg"))
    expected = {(("notification", n.id), ("event", e.id))} if clash else set()
    found = {tuple(sorted((p.first.ref, p.second.ref), key=lambda r: r[0] == "event")) for p in calendar.clashes(*DAY)}
    assert found == expected
    assert bool(calendar.clashes_for("event", e.id)) == clash
    assert bool(calendar.clashes_for("notification", n.id)) == clash
    from_notification = service.find_clashes(n.start_at, n.end_at, n.district, n.location, n.id, include_events=True)
    assert [(c.other_kind, c.other_id) for c in from_notification] == ([("event", e.id)] if clash else [])
    assert service.find_clashes(n.start_at, n.end_at, n.district, n.location, n.id) == []  # the old API: notifications only
    assert [i.clash for i in calendar.items(*DAY)] == [clash, clash]


def test_touching_items_do_not_clash_with_no_buffer(database, service, calendar):
    SettingsService(database.factory).set(CLASH_BUFFER_MINUTES, "0")
    service.create(demo(local(2026, 3, 16, 10), local(2026, 3, 16, 12)))
    service.create(demo(local(2026, 3, 16, 12), local(2026, 3, 16, 13)))
    assert calendar.clashes(*DAY) == []
    service.create(demo(local(2026, 3, 16, 11, 59), local(2026, 3, 16, 13)))
    assert len(calendar.clashes(*DAY)) == 2


def test_same_place_across_wijken_same_wijk_and_different_wijk(service, events, calendar):
    a = service.create(demo(local(2026, 3, 16, 10), local(2026, 3, 16, 12), place="Máximapark", district=District.LEIDSCHE_RIJN))
    b = events.create(event(local(2026, 3, 16, 11), local(2026, 3, 16, 15), place="máximapark ", district=District.VLEUTEN_DE_MEERN))
    c = events.create(event(local(2026, 3, 16, 11), local(2026, 3, 16, 15), place="Berlijnplein", district=District.LEIDSCHE_RIJN))
    events.create(event(local(2026, 3, 16, 11), local(2026, 3, 16, 15), place="Griftpark", district=District.NOORDOOST))
    assert refs(calendar.clashes(*DAY)) == {
        (("notification", a.id), ("event", b.id), "same_place"),
        (("notification", a.id), ("event", c.id), "same_district"),
    }


def test_event_with_event_and_cancelled_or_withdrawn_items_clash_with_nothing(service, events, calendar):
    first = events.create(event(local(2026, 3, 16, 10), local(2026, 3, 16, 18)))
    second = events.create(event(local(2026, 3, 16, 12), local(2026, 3, 16, 14), title="Markt", place="Vredenburg"))
    assert refs(calendar.clashes(*DAY)) == {(("event", first.id), ("event", second.id), "same_district")}
    events.update(second.id, draft_from_event(second, status=EventStatus.CANCELLED), second.version)
    n = service.create(demo(local(2026, 3, 16, 11), local(2026, 3, 16, 12)))
    service.update(n.id, draft_from_record(n, status=Status.WITHDRAWN), n.version)
    assert calendar.clashes(*DAY) == []
    assert calendar.clashes_for("event", first.id) == []


def test_a_counter_demonstration_clashes_whatever_the_time(service, calendar):
    main = service.create(demo(local(2026, 3, 16, 10), local(2026, 3, 16, 12), place="Neude"))
    counter = service.create(demo(local(2026, 3, 16, 18), local(2026, 3, 16, 19), place="Griftpark",
                                  district=District.NOORDOOST, counter_to_id=main.id, purpose="Tegenbetoging"))
    assert refs(calendar.clashes(*DAY)) == {(("notification", main.id), ("notification", counter.id), "counter_demonstration")}
    assert [(c.other_id, c.reason) for c in calendar.clashes_for("notification", counter.id)] == [(main.id, "counter_to")]
    assert [(c.other_id, c.reason) for c in calendar.clashes_for("notification", main.id)] == [(counter.id, "countered_by")]
    # Also found when only one side lies in the period asked for.
    assert len(calendar.clashes(local(2026, 3, 16, 17), local(2026, 3, 16, 20))) == 1


def test_a_returning_offender_clashes_under_its_neutral_title(service, events, calendar):
    secret = events.create(event(local(2026, 3, 16, 9), local(2026, 3, 16, 11), kind=EventKind.OFFENDER_RETURN,
                                 title="Terugkeer K. Pietersen", place="Zamenhofdreef 1"))
    service.create(demo(local(2026, 3, 16, 10), local(2026, 3, 16, 12)))
    (pair,) = calendar.clashes(*DAY)
    assert pair.first.ref == ("event", secret.id)
    assert pair.first.title == secret.public_title and pair.first.location == ""
    assert "Pietersen" not in repr(calendar.items(*DAY))


def test_the_overview_shows_what_starts_pending_decisions_permits_and_clashes(service, events, database, fixed_now):
    soon = service.create(demo(fixed_now + timedelta(days=2), fixed_now + timedelta(days=2, hours=2)))
    events.create(event(fixed_now + timedelta(days=2, hours=1), fixed_now + timedelta(days=2, hours=3)))
    service.create(demo(fixed_now + timedelta(days=8), fixed_now + timedelta(days=8, hours=1)))  # outside the week
    permit = events.create(event(
        fixed_now + timedelta(days=30), fixed_now + timedelta(days=30, hours=5), title="Stadsfestival",
        permit_status=PermitStatus.APPLIED, permit_applied_at=fixed_now - timedelta(weeks=12, days=-3),
    ))
    overdue = events.create(event(
        fixed_now + timedelta(days=40), fixed_now + timedelta(days=40, hours=5), title="Wielerronde",
        kind=EventKind.SPORTS_EVENT, permit_status=PermitStatus.APPLIED, permit_applied_at=fixed_now - timedelta(weeks=13),
    ))
    overview = OverviewService(database.factory, clock=lambda: fixed_now).week_overview()
    assert [i.title for i in overview.starting] == ["Mars", "Festival"]
    assert all(i.clash for i in overview.starting)
    assert [d.id for d in overview.decisions_pending] == [soon.id]
    assert [(p.id, p.overdue) for p in overview.permit_deadlines] == [(overdue.id, True), (permit.id, False)]
    assert len(overview.clashes) == 1


def test_week_and_month_bounds_are_amsterdam_midnights_across_dst():
    start, end = week_bounds(datetime(2026, 3, 25).date())  # the week of the spring change
    assert (start.isoformat(), end.isoformat()) == ("2026-03-23T00:00:00+01:00", "2026-03-30T00:00:00+02:00")
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(days=7, hours=-1)
    start, end = month_bounds(datetime(2026, 10, 10).date())
    assert (start.day, end.month, end.day) == (1, 11, 1)


def _bulk(factory, rng: Random, count: int, kind: str, first_id: int) -> list[dict]:
    base = datetime(2026, 5, 1, tzinfo=UTC)
    places = ["Neude", "Domplein", "Vredenburg", "Griftpark", "Máximapark"]
    districts = [District.BINNENSTAD, District.OOST, District.LEIDSCHE_RIJN, District.WEST, District.ZUID]
    rows = []
    for number in range(count):
        start = base + timedelta(minutes=15 * rng.randrange(0, 4 * 24 * 60))
        duration = rng.choice([30, 60, 90, 120, 240, 600])
        place = rng.choice(places)
        row = dict(
            id=first_id + number, start_at=start, end_at=start + timedelta(minutes=duration), duration_minutes=duration,
            location=place, location_key=place.lower(), district=rng.choice(districts), created_at=base,
            created_by="t", updated_at=base, updated_by="t", version=1,
        )
        if kind == "notification":
            row.update(kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC, purpose=f"n{number}",
                       received_at=base, channel=Channel.FORM, risk=Risk.LOW, rule_name="r", notice_deadline=base,
                       on_time=True, status=Status.WITHDRAWN if number % 50 == 0 else Status.RECEIVED,
                       counter_to_id=first_id + number - 1 if number % 97 == 1 else None)
        else:
            row.update(kind=EventKind.EVENT, title=f"e{number}", permit_status=PermitStatus.NOT_REQUIRED,
                       advice_fire="not_needed", advice_police="not_needed", advice_ghor="not_needed",
                       fireworks_rule="none", fireworks_zones=[], status=EventStatus.REGISTERED)
        rows.append(row)
    with factory.begin() as session:
        session.execute(insert(Notification if kind == "notification" else Event), rows)
    return rows


def _brute_force(notifications, events, start, end, buffer):
    items = [("notification", r) for r in notifications if r["status"] != Status.WITHDRAWN]
    items += [("event", r) for r in events]
    in_period = [(k, r) for k, r in items if r["start_at"] < end and r["end_at"] > start]
    near: dict = {}
    for k, r in items:  # candidates share a wijk or a place; nothing else can clash
        near.setdefault(("d", r["district"]), []).append((k, r))
        near.setdefault(("p", r["location_key"]), []).append((k, r))
    pairs = set()
    pad = timedelta(minutes=buffer)
    for ka, a in in_period:
        for kb, b in near[("d", a["district"])] + near[("p", a["location_key"])]:
            if (ka, a["id"]) != (kb, b["id"]) and b["start_at"] < a["end_at"] + pad and b["end_at"] > a["start_at"] - pad:
                pairs.add(frozenset({(ka, a["id"]), (kb, b["id"])}))
    by_id = {r["id"]: r for r in notifications}
    for r in notifications:
        other = by_id.get(r["counter_to_id"])
        if other and Status.WITHDRAWN not in (r["status"], other["status"]):
            if (r["start_at"] < end and r["end_at"] > start) or (other["start_at"] < end and other["end_at"] > start):
                pairs.add(frozenset({("notification", r["id"]), ("notification", other["id"])}))
    return pairs


def test_the_clash_query_agrees_with_a_brute_force_check_at_10k_rows(database):
    rng = Random(7)
    notifications = _bulk(database.factory, rng, 10_000, "notification", 1)
    events = _bulk(database.factory, rng, 300, "event", 1)
    start, end = datetime(2026, 5, 10, tzinfo=UTC), datetime(2026, 5, 12, tzinfo=UTC)
    with database.factory() as session:
        found = {frozenset({p.first.ref, p.second.ref}) for p in clash_pairs(session, start, end)}
    expected = _brute_force(notifications, events, start, end, 60)
    assert len(expected) > 500  # a real test: plenty of clashes of every type
    assert found == expected


def test_a_pair_of_notifications_in_the_period_is_read_once(database, service, calendar):
    from sqlalchemy import union_all

    from crisisdesk.services.calendar import clashes

    inside = [service.create(demo(local(2026, 3, 16, h), local(2026, 3, 16, h + 2))) for h in range(3)]
    before = service.create(demo(local(2026, 3, 15, 21), local(2026, 3, 15, 23, 30)))  # within the buffer of the first
    pairs = calendar.clashes(*DAY)
    assert {(p.first.id, p.second.id) for p in pairs} == {
        (before.id, inside[0].id), (inside[0].id, inside[1].id), (inside[0].id, inside[2].id), (inside[1].id, inside[2].id),
    }
    with database.factory() as session:
        longest = {clashes.NOTIFICATION: clashes.longest_minutes(session, clashes.Notification),
                   clashes.EVENT: clashes.longest_minutes(session, clashes.Event)}
        statement = union_all(*clashes._pair_selects(clashes._NOTIFICATIONS, clashes._NOTIFICATIONS, *DAY,
                                                     clashes.buffer_minutes(session), longest, False))
        read = session.execute(statement).all()
    assert len(read) == 4  # each pair once, not from both sides (the one before the day: from the side in it)
