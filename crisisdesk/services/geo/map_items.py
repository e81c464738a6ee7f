"""The map's query: the notifications and events of a day (or period) with their places.

    items = MapItemsService(factory)
    items.day(date(2026, 12, 1))            -> DayMap   # at most DAY_LIMIT items
    items.period(start, end, limit=...)     -> DayMap
    items.places("notification", 12)        -> tuple[MapPlace, ...]   # for a dialog's map

One session, four statements whatever the day holds: the items (the calendar's
``items_in_period``), the clashes (the calendar's clash query, which finds clashes by
text, wijk and — once stored — distance), and the places of the notifications and of
the events, by id, in chunks. Withdrawn notifications and cancelled events are left out.
A busy day is bounded: the highest risk first, then by start, up to the limit.
Sensitive events (an offender's return) come without places and are never drawn.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from crisisdesk.db.models import Place
from crisisdesk.domain.calendar.records import EVENT, NOTIFICATION, CalendarItem
from crisisdesk.domain.geo.points import GeoPoint
from crisisdesk.domain.geo.records import DayMap, MapItem, MapPlace
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.services.calendar.clashes import clash_refs
from crisisdesk.services.calendar.service import items_in_period

DAY_LIMIT = 500
_CHUNK = 500

Ref = tuple[str, int]


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """Amsterdam midnight to the next midnight (23 or 25 hours on a DST day)."""
    return datetime.combine(day, time(0, 0), tzinfo=AMSTERDAM), datetime.combine(day + timedelta(days=1), time(0, 0), tzinfo=AMSTERDAM)


def place_of(row: Place) -> MapPlace:
    point = GeoPoint(row.address, row.lat, row.lon, row.rd_x, row.rd_y, row.wijk or "", row.source_id or "")
    return MapPlace(row.role, row.position or 0, point)


def places_by_record(session: Session, refs: Iterable[Ref]) -> dict[Ref, tuple[MapPlace, ...]]:
    """The stored places of each record in ``refs`` ((kind, id) pairs), by role and position."""
    wanted: dict[str, list[int]] = {NOTIFICATION: [], EVENT: []}
    for kind, ident in refs:
        wanted[kind].append(ident)
    found: dict[Ref, list[MapPlace]] = defaultdict(list)
    for kind, column in ((NOTIFICATION, Place.notification_id), (EVENT, Place.event_id)):
        ids = sorted(set(wanted[kind]))
        for first in range(0, len(ids), _CHUNK):
            statement = select(Place).where(column.in_(ids[first:first + _CHUNK])).order_by(column, Place.role, Place.position, Place.id)
            for row in session.scalars(statement):
                owner = row.notification_id if kind == NOTIFICATION else row.event_id
                if owner is not None:
                    found[(kind, owner)].append(place_of(row))
    return {ref: tuple(places) for ref, places in found.items()}


def _map_item(item: CalendarItem, places: Sequence[MapPlace], clash: bool) -> MapItem:
    return MapItem(
        kind=item.kind, id=item.id, title=item.title, start_at=item.start_at, end_at=item.end_at,
        location=item.location, category=item.category, risk=item.risk, risk_rank=item.risk_rank, clash=clash,
        sensitive=item.sensitive, places=() if item.sensitive else tuple(places),
    )


def map_items(session: Session, start: datetime, end: datetime, limit: int = DAY_LIMIT) -> DayMap:
    """The active items overlapping [start, end) with their places and clash flags."""
    found = items_in_period(session, start, end)
    chosen = sorted(found, key=lambda i: (-i.risk_rank, i.start_at, i.kind, i.id))[:max(0, limit)]
    chosen.sort(key=lambda i: (i.start_at, i.kind, i.id))
    refs = {item.ref for item in chosen}
    pairs = clash_refs(session, start, end)
    clashing = {ref for pair in pairs for ref in pair}
    places = places_by_record(session, (item.ref for item in chosen if not item.sensitive))
    items = tuple(_map_item(item, places.get(item.ref, ()), item.ref in clashing) for item in chosen)
    shown_pairs = tuple(sorted(pair for pair in pairs if pair[0] in refs and pair[1] in refs))
    return DayMap(items, len(found), shown_pairs)


class MapItemsService:
    """Read-only: what the Kaart tab and the dialogs' maps show."""

    def __init__(self, factory: sessionmaker) -> None:
        self._factory = factory

    def day(self, day: date, limit: int = DAY_LIMIT) -> DayMap:
        start, end = day_bounds(day)
        return self.period(start, end, limit)

    def period(self, start: datetime, end: datetime, limit: int = DAY_LIMIT) -> DayMap:
        with self._factory() as session:
            return map_items(session, start, end, limit)

    def places(self, kind: str, ident: int) -> tuple[MapPlace, ...]:
        """The stored places of one record (none for a sensitive event's dialog: it shows its own)."""
        if kind not in (NOTIFICATION, EVENT):
            raise ValueError(f"unknown record kind {kind!r}")
        with self._factory() as session:
            return places_by_record(session, [(kind, ident)]).get((kind, ident), ())
