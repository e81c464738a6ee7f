"""One calendar for notifications and events, with clashes marked.

API for the screens (times are aware; give the period in any zone, the records are UTC)::

    calendar = CalendarService(factory)
    calendar.items(start, end, include_inactive=False) -> list[CalendarItem]
        # notifications and events overlapping [start, end), by start; item.clash is
        # True when it clashes with anything (inside or outside the period)
    calendar.clashes(start, end) -> list[ClashPair]
        # every clash with at least one side overlapping [start, end)
    calendar.clashes_for(kind, id) -> list[Clash]
        # for a dialog: everything clashing with notification or event ``id``
    calendar.item(kind, id) -> CalendarItem    # e.g. to refresh one entry after an edit

``kind`` is ``calendar_records.NOTIFICATION`` ("notification") or ``EVENT`` ("event");
open the record with ``NotificationService.get`` / ``EventService.get``. Week and month
views: ask for the whole visible range, e.g. ``week_bounds(day)`` / ``month_bounds(day)``
(Amsterdam midnights, DST-safe).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, sessionmaker

from crisisdesk.db.models import Event, Notification
from crisisdesk.domain.enums import Risk, Status
from crisisdesk.domain.events.rules import EventRiskClass, EventStatus, MatchRiskClass, is_sensitive, public_title
from crisisdesk.domain.register.notifications import location_key
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.domain.calendar.records import EVENT, NOTIFICATION, CalendarItem, ClashPair, Clash
from crisisdesk.services.calendar.clashes import clash_pairs, clash_refs, clashes_around, location_point, longest_minutes
from crisisdesk.services.errors import NotFound

_RISK_RANK = {
    Risk.UNKNOWN: -1, Risk.LOW: 0, Risk.SOME: 1, Risk.HIGH: 2,
    EventRiskClass.ZERO: 0, EventRiskClass.A: 0, EventRiskClass.B: 1, EventRiskClass.C: 2,
    MatchRiskClass.A: 0, MatchRiskClass.B: 1, MatchRiskClass.C: 2,
}


def week_bounds(day: date) -> tuple[datetime, datetime]:
    """Monday 00:00 to the next Monday 00:00, Amsterdam time, as aware datetimes."""
    monday = day - timedelta(days=day.weekday())
    return _midnight(monday), _midnight(monday + timedelta(days=7))


def month_bounds(day: date) -> tuple[datetime, datetime]:
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return _midnight(first), _midnight(following)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=AMSTERDAM)


def notification_item(row: Notification) -> CalendarItem:
    return CalendarItem(
        kind=NOTIFICATION, id=row.id, title=row.purpose, start_at=row.start_at, end_at=row.end_at,
        location=row.location, district=row.district, category=row.kind.value, risk=row.risk.value,
        risk_rank=_RISK_RANK[row.risk], status=row.status.value, version=row.version,
        updated_at=row.updated_at, active=row.status != Status.WITHDRAWN,
    )


def event_item(row: Event) -> CalendarItem:
    risk = row.match_risk_class or row.risk_class
    sensitive = is_sensitive(row.kind)
    return CalendarItem(
        kind=EVENT, id=row.id, title=public_title(row), start_at=row.start_at, end_at=row.end_at,
        location="" if sensitive else row.location, district=row.district, category=row.kind.value,
        risk=risk.value if risk is not None else None, risk_rank=_RISK_RANK[risk] if risk is not None else -1,
        status=row.status.value, version=row.version, updated_at=row.updated_at, sensitive=sensitive,
        active=row.status != EventStatus.CANCELLED,
    )


def _calendar_item(row: object) -> CalendarItem:
    if isinstance(row, Notification):
        return notification_item(row)
    if isinstance(row, Event):
        return event_item(row)
    raise TypeError(f"not a calendar row: {type(row).__name__}")


def items_in_period(session: Session, start: datetime, end: datetime, include_inactive: bool = False) -> list[CalendarItem]:
    """Notifications and events overlapping [start, end), ordered by start (no clash flags)."""
    found: list[CalendarItem] = []
    tables: tuple[tuple[type[Notification] | type[Event], object], ...] = (
        (Notification, Status.WITHDRAWN), (Event, EventStatus.CANCELLED),
    )
    for model, inactive in tables:
        earliest = start - timedelta(minutes=longest_minutes(session, model))
        conditions = [model.start_at < end, model.start_at > earliest, model.end_at > start]
        if not include_inactive:
            conditions.append(model.status != inactive)
        found.extend(_calendar_item(row) for row in session.scalars(select(model).where(and_(*conditions))))
    return sorted(found, key=lambda item: (item.start_at, item.kind, item.id))


def flag_clashes(items: Iterable[CalendarItem], clashing: Iterable[tuple[str, int]]) -> list[CalendarItem]:
    """``items`` with ``clash`` set for those whose (kind, id) is in ``clashing``."""
    from dataclasses import replace

    clashing = set(clashing)
    return [replace(item, clash=item.ref in clashing) for item in items]


class CalendarService:
    def __init__(self, factory: sessionmaker) -> None:
        self._factory = factory

    def items(self, start: datetime, end: datetime, include_inactive: bool = False) -> list[CalendarItem]:
        with self._factory() as session:
            found = items_in_period(session, start, end, include_inactive)
            pairs = clash_refs(session, start, end)
            return flag_clashes(found, {ref for key in pairs for ref in key})

    def clashes(self, start: datetime, end: datetime) -> list[ClashPair]:
        with self._factory() as session:
            return clash_pairs(session, start, end)

    def item(self, kind: str, ident: int) -> CalendarItem:
        with self._factory() as session:
            row = session.get(Notification if kind == NOTIFICATION else Event, ident)
            if row is None:
                raise NotFound(kind, ident)
            return notification_item(row) if kind == NOTIFICATION else event_item(row)

    def clashes_for(self, kind: str, ident: int) -> list[Clash]:
        if kind not in (NOTIFICATION, EVENT):
            raise ValueError(f"unknown calendar kind {kind!r}")
        with self._factory() as session:
            row = session.get(Notification if kind == NOTIFICATION else Event, ident)
            if row is None:
                raise NotFound(kind, ident)
            inactive = row.status == (Status.WITHDRAWN if kind == NOTIFICATION else EventStatus.CANCELLED)
            counter_to = row.counter_to_id if kind == NOTIFICATION else None
            located = location_point(session, kind, ident)
            clashes = clashes_around(
                session, row.start_at, row.end_at, row.district, location_key(row.location),
                exclude=(kind, ident), counter_to_id=counter_to, point=located,
            )
            if inactive:  # a withdrawn or cancelled item clashes with nothing in time
                clashes = [c for c in clashes if c.reason in ("counter_to", "countered_by")]
            return clashes
