"""Clashes between notifications and events, found by indexed SQL and a grid, never by a double loop.

Two items clash when they are in the same wijk, at the same place (the same text) or
within the clash distance of each other (``CLASH_DISTANCE_METRES``, default 250 m, between
their geocoded locations, in RD New) and their times,
each widened by the buffer (``CLASH_BUFFER_MINUTES``, default 60), overlap. Items that
only touch — the gap between them is exactly the buffer — do not clash. Every
counter-demonstration clashes with its demonstration, whatever the time. Withdrawn
notifications and cancelled events clash with nothing.

For a period the work is one SQL statement per pair type (notification×notification,
notification×event, event×event, counter-demonstrations); a pair of the same type with
both sides in the period is read once, not from each side. Each drives from the items
in the period (range on the ``start_at`` index, bounded below by the longest stored
duration) and joins the other side on its (district, start_at) or (location_key,
start_at) index, with the time bounds computed from the driving row. Pairs by distance
come from one more read — the located items around the period, each with its point —
paired on a grid of cells as wide as the clash distance (``_nearby_pairs``): no spatial
index is needed, and no pair is compared twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import math

from sqlalchemy import CompoundSelect, Executable, Float, SQLColumnExpression, and_, case, func, literal, or_, select, union_all
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased
from sqlalchemy.sql.expression import ColumnElement, FunctionElement

from crisisdesk.db.models import Event, Notification, Place
from crisisdesk.db.types import UTCDateTime
from crisisdesk.domain.enums import District, Status
from crisisdesk.domain.events.rules import EventKind, EventStatus, is_sensitive, neutral_title
from crisisdesk.domain.calendar.records import EVENT, NOTIFICATION, Clash, ClashPair, ClashSide, stronger
from crisisdesk.domain.geo.points import GeoPoint, PlaceRole
from crisisdesk.services.settings import CLASH_BUFFER_MINUTES, DEFAULT_CLASH_BUFFER_MINUTES, clash_distance_metres, read_setting


class add_minutes(FunctionElement):  # noqa: N801 - reads as SQL
    """``moment + N minutes`` in SQL, for a stored UTCDateTime column, on any backend."""

    type = UTCDateTime()
    inherit_cache = True
    name = "add_minutes"


@compiles(add_minutes, "sqlite")
def _add_minutes_sqlite(element, compiler, **kw):
    column, minutes = list(element.clauses)
    # SQLAlchemy stores "YYYY-MM-DD HH:MM:SS.ffffff"; produce exactly that shape so the
    # text comparison orders like the instants (milliseconds kept, as %f gives).
    return (
        f"(strftime('%Y-%m-%d %H:%M:%f', {compiler.process(column, **kw)}, "
        f"{compiler.process(minutes, **kw)} || ' minutes') || '000')"
    )


@compiles(add_minutes)
def _add_minutes_default(element, compiler, **kw):
    column, minutes = list(element.clauses)
    return f"({compiler.process(column, **kw)} + make_interval(mins => {compiler.process(minutes, **kw)}))"


def shifted(column: SQLColumnExpression[datetime], minutes: int) -> ColumnElement:
    return add_minutes(column, literal(int(minutes)))


@dataclass(frozen=True)
class _Table:
    model: type[Notification] | type[Event]
    kind: str
    title: InstrumentedAttribute[str]
    inactive: object

    def active(self, alias) -> ColumnElement:
        return alias.status != self.inactive

    def place_of(self, alias, place) -> ColumnElement:
        """The join of an item to its geocoded location (one row at most)."""
        owner = place.notification_id if self.model is Notification else place.event_id
        return and_(owner == alias.id, is_location(place))


def is_location(place) -> ColumnElement:
    """A record's geocoded location with RD coordinates.

    The role and position are compared through ``coalesce`` on purpose: that keeps
    SQLite from building an automatic index on them and scanning every location for
    each item, so a place is only ever reached through its record (the owner indexes).
    """
    return and_(func.coalesce(place.role, "") == PlaceRole.LOCATION.value, func.coalesce(place.position, 0) == 0,
                place.rd_x.is_not(None), place.rd_y.is_not(None))


_NOTIFICATIONS = _Table(Notification, NOTIFICATION, Notification.purpose, Status.WITHDRAWN)
_EVENTS = _Table(Event, EVENT, Event.title, EventStatus.CANCELLED)


def buffer_minutes(session: Session) -> int:
    return int(read_setting(session, CLASH_BUFFER_MINUTES, str(DEFAULT_CLASH_BUFFER_MINUTES)))


def longest_minutes(session: Session, model: type[Notification] | type[Event]) -> int:
    return session.scalar(select(func.max(model.duration_minutes))) or 0


def _columns(table: _Table, alias) -> list:
    return [alias.id, getattr(alias, table.title.key), alias.kind, alias.start_at, alias.end_at, alias.location, alias.district]


def side(kind: str, values) -> ClashSide:
    ident, title, item_kind, start, end, location, district = values
    if kind == EVENT and is_sensitive(EventKind(item_kind)):
        return ClashSide(kind, ident, neutral_title(EventKind(item_kind)), start, end, "", District(district))
    return ClashSide(kind, ident, title, start, end, location, District(district))


def _pair_selects(a_table: _Table, b_table: _Table, start: datetime, end: datetime, buffer: int, longest: dict, flip: bool) -> list:
    """Pairs (a in the period, b clashing with a): a same-wijk and a same-place-elsewhere select.

    Only ids and the reason come back (pairs by distance come from ``_nearby_pairs``): a busy month has tens of thousands of pairs, and the rows are read
    once, afterwards, for the items that need showing.
    """
    a = aliased(a_table.model, name="a")
    b = aliased(b_table.model, name="b")
    in_period = and_(
        a.start_at < end,
        a.start_at > start - timedelta(minutes=longest[a_table.kind]),
        a.end_at > start,
        a_table.active(a),
    )
    overlap = and_(
        b.start_at < shifted(a.end_at, buffer),
        b.start_at > shifted(a.start_at, -(buffer + longest[b_table.kind])),
        b.end_at > shifted(a.start_at, -buffer),
        b_table.active(b),
    )
    if a_table is b_table:  # a pair with both sides in the period is read once, from its lower id
        overlap = and_(overlap, or_(b.id > a.id, b.start_at >= end, b.end_at <= start))
    same_place = and_(a.location_key == b.location_key, a.location_key != "")
    reason = case((same_place, literal("same_place")), else_=literal("same_district"))
    ids = (b.id, a.id) if flip else (a.id, b.id)
    by_district = select(*ids, reason).select_from(a).join(b, and_(b.district == a.district, overlap)).where(in_period)
    by_place = (
        select(*ids, literal("same_place"))
        .select_from(a)
        .join(b, and_(b.location_key == a.location_key, b.district != a.district, overlap))
        .where(in_period, a.location_key != "")
    )
    return [by_district, by_place]


def _counter_statement(start: datetime, end: datetime, longest: int) -> CompoundSelect:
    counter = aliased(Notification, name="c")
    target = aliased(Notification, name="t")

    def in_period(alias):
        return and_(
            alias.start_at < end,
            alias.start_at > start - timedelta(minutes=longest),
            alias.end_at > start,
        )

    both_active = and_(_NOTIFICATIONS.active(counter), _NOTIFICATIONS.active(target))
    columns = [target.id, counter.id, literal("counter_demonstration")]
    from_counter = select(*columns).select_from(counter).join(target, target.id == counter.counter_to_id).where(in_period(counter), both_active)
    from_target = select(*columns).select_from(target).join(counter, counter.counter_to_id == target.id).where(in_period(target), both_active)
    return union_all(from_counter, from_target)


Ref = tuple[str, int]


def location_point(session: Session, kind: str, ident: int) -> GeoPoint | None:
    """The geocoded location of one notification or event, or None."""
    table = _NOTIFICATIONS if kind == NOTIFICATION else _EVENTS
    place = aliased(Place, name="p")
    row = session.execute(select(place).join(table.model, table.place_of(table.model, place)).where(table.model.id == ident)).scalar()
    if row is None:
        return None
    return GeoPoint(row.address, row.lat, row.lon, row.rd_x, row.rd_y, row.wijk, row.source_id)


def _located(session: Session, table: _Table, start: datetime, end: datetime, longest: int) -> list[tuple]:
    """(ref, start, end, x, y) of the active items with a geocoded location overlapping [start, end)."""
    place = aliased(Place, name="p")
    model = table.model
    statement = (
        select(model.id, model.start_at, model.end_at, place.rd_x, place.rd_y)
        .select_from(model)
        .join(place, table.place_of(model, place))
        .where(model.start_at < end, model.start_at > start - timedelta(minutes=longest), model.end_at > start,
               table.active(model))
    )
    return [((table.kind, ident), s, e, float(x), float(y)) for ident, s, e, x, y in session.execute(statement)
            if x is not None and y is not None]


def _nearby_pairs(session: Session, start: datetime, end: datetime, buffer: int, metres: int,
                  longest: dict) -> dict[tuple[Ref, Ref], float]:
    """Pairs within ``metres`` of each other whose times, widened by the buffer, overlap,
    at least one of them in [start, end): {(ref, ref): metres apart}.

    One indexed read of the located items around the period (start index, then each
    item's place by its owner index), then a grid of ``metres``-wide cells: each item is
    compared only with those in its own and the eight cells around it, and each pair once.
    SQLite has no spatial index to do this in the query itself.
    """
    if metres <= 0:
        return {}
    widen = timedelta(minutes=buffer)
    items = []
    for table in (_NOTIFICATIONS, _EVENTS):
        items += _located(session, table, start - widen, end + widen, longest[table.kind])
    cells: dict[tuple[int, int], list[int]] = {}
    for index, (_ref, _s, _e, x, y) in enumerate(items):
        cells.setdefault((int(x // metres), int(y // metres)), []).append(index)
    limit = metres * metres
    found: dict[tuple[Ref, Ref], float] = {}
    for index, (ref, a_start, a_end, x, y) in enumerate(items):
        cx, cy = int(x // metres), int(y // metres)
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for other in cells.get((cx + dx, cy + dy), ()):
                    if other <= index:
                        continue  # each pair once
                    o_ref, o_start, o_end, ox, oy = items[other]
                    squared = (x - ox) ** 2 + (y - oy) ** 2
                    if squared > limit or not (o_start < a_end + widen and o_end > a_start - widen):
                        continue
                    if not ((a_start < end and a_end > start) or (o_start < end and o_end > start)):
                        continue  # both only in the margin around the period
                    first, second = sorted((ref, o_ref))
                    found[(first, second)] = math.sqrt(squared)
    return found


def clash_refs(session: Session, start: datetime, end: datetime) -> dict[tuple[Ref, Ref], str]:
    """Every clash involving at least one item that overlaps [start, end), as
    {(ref, ref): reason} with the two refs in (kind, id) order."""
    return {key: reason for key, (reason, _distance) in clash_findings(session, start, end).items()}


def clash_findings(session: Session, start: datetime, end: datetime) -> dict[tuple[Ref, Ref], tuple[str, float | None]]:
    """As ``clash_refs``, with the distance in metres between the two geocoded locations
    when it is within the clash distance (else None)."""
    buffer = buffer_minutes(session)
    metres = clash_distance_metres(session)
    longest = {NOTIFICATION: longest_minutes(session, Notification), EVENT: longest_minutes(session, Event)}

    def pairs(a: _Table, b: _Table, flip: bool = False) -> list:
        return _pair_selects(a, b, start, end, buffer, longest, flip)

    statements: list[tuple[str, str, Executable]] = [
        (NOTIFICATION, NOTIFICATION, union_all(*pairs(_NOTIFICATIONS, _NOTIFICATIONS))),
        (NOTIFICATION, EVENT, union_all(*pairs(_NOTIFICATIONS, _EVENTS), *pairs(_EVENTS, _NOTIFICATIONS, True))),
        (EVENT, EVENT, union_all(*pairs(_EVENTS, _EVENTS))),
        (NOTIFICATION, NOTIFICATION, _counter_statement(start, end, longest[NOTIFICATION])),
    ]
    found: dict[tuple[Ref, Ref], tuple[str, float | None]] = {}
    for key, apart in _nearby_pairs(session, start, end, buffer, metres, longest).items():
        found[key] = ("nearby", apart)
    for first_kind, second_kind, statement in statements:
        for one, other, reason in session.execute(statement):
            if not (isinstance(one, int) and isinstance(other, int) and isinstance(reason, str)):
                raise TypeError(f"clash query returned an unexpected row: {(one, other, reason)!r}")
            first, second = sorted(((first_kind, one), (second_kind, other)))
            key = (first, second)
            known_reason, distance = found.get(key, (reason, None))
            found[key] = (reason if stronger(reason, known_reason) else known_reason, distance)
    return found


def load_sides(session: Session, refs: set[Ref]) -> dict[Ref, ClashSide]:
    sides: dict[Ref, ClashSide] = {}
    for table in (_NOTIFICATIONS, _EVENTS):
        ids = sorted(i for k, i in refs if k == table.kind)
        for chunk in (ids[n : n + 500] for n in range(0, len(ids), 500)):
            for values in session.execute(select(*_columns(table, table.model)).where(table.model.id.in_(chunk))):
                sides[(table.kind, values[0])] = side(table.kind, values)
    return sides


def clash_pairs(session: Session, start: datetime, end: datetime) -> list[ClashPair]:
    """Every clash involving at least one item that overlaps [start, end), with both sides."""
    found = clash_findings(session, start, end)
    sides = load_sides(session, {ref for key in found for ref in key})
    pairs = []
    for (one, other), (reason, distance) in found.items():
        first, second = sorted((sides[one], sides[other]), key=lambda s: (s.start_at, s.kind, s.id))
        pairs.append(ClashPair(first, second, reason, distance))
    return sorted(pairs, key=lambda p: (p.first.start_at, p.first.kind, p.first.id, p.second.start_at, p.second.kind, p.second.id))


def clashes_around(
    session: Session,
    start_at: datetime,
    end_at: datetime,
    district: District | None,
    location_key: str,
    exclude: tuple[str, int] | None = None,
    counter_to_id: int | None = None,
    tables: tuple[str, ...] = (NOTIFICATION, EVENT),
    point: GeoPoint | None = None,
) -> list[Clash]:
    """Items clashing with one (maybe unsaved) item: one indexed query per table, and one
    more per table for the items near ``point`` (its geocoded location, if it has one)."""
    buffer = timedelta(minutes=buffer_minutes(session))
    metres = clash_distance_metres(session) if point is not None and point.rd_x is not None and point.rd_y is not None else 0
    window_start, window_end = start_at - buffer, end_at + buffer
    found: dict[tuple[str, int], Clash] = {}
    for table in (t for t in (_NOTIFICATIONS, _EVENTS) if t.kind in tables):
        model = table.model
        earliest = window_start - timedelta(minutes=longest_minutes(session, model))
        in_window = and_(model.start_at < window_end, model.start_at > earliest, model.end_at > window_start, table.active(model))
        places = []
        if district is not None:
            places.append(model.district == district)
        if location_key:
            places.append(model.location_key == location_key)
        if places:
            statement = select(*_columns(table, model), model.location_key).where(in_window, or_(*places))
            for values in session.execute(statement):
                if exclude == (table.kind, values[0]):
                    continue
                other = side(table.kind, values[:7])
                reason = "same_place" if location_key and values[7] == location_key else "same_district"
                found[other.ref] = Clash.of(other, reason)
        if metres and point is not None and point.rd_x is not None and point.rd_y is not None:
            place = aliased(Place, name="p")
            x, y = literal(point.rd_x, Float), literal(point.rd_y, Float)
            dx, dy = place.rd_x - x, place.rd_y - y
            statement = (
                select(*_columns(table, model), dx * dx + dy * dy)
                .select_from(model)
                .join(place, table.place_of(model, place))
                .where(in_window, dx <= metres, -dx <= metres, dy <= metres, -dy <= metres, dx * dx + dy * dy <= metres * metres)
            )
            for values in session.execute(statement):
                if exclude == (table.kind, values[0]):
                    continue
                other = side(table.kind, values[:7])
                squared = values[7]
                distance = math.sqrt(max(0.0, float(squared))) if isinstance(squared, (int, float)) else 0.0
                known = found.get(other.ref)
                reason = known.reason if known is not None and stronger(known.reason, "nearby") else "nearby"
                found[other.ref] = Clash.of(other, reason, distance)
    if NOTIFICATION in tables:
        if counter_to_id is not None:
            for values in session.execute(select(*_columns(_NOTIFICATIONS, Notification)).where(Notification.id == counter_to_id)):
                known = found.get((NOTIFICATION, values[0]))
                found[(NOTIFICATION, values[0])] = Clash.of(side(NOTIFICATION, values), "counter_to", known.distance_m if known else None)
        if exclude is not None and exclude[0] == NOTIFICATION:
            statement = select(*_columns(_NOTIFICATIONS, Notification)).where(Notification.counter_to_id == exclude[1])
            for values in session.execute(statement):
                known = found.get((NOTIFICATION, values[0]))
                found[(NOTIFICATION, values[0])] = Clash.of(side(NOTIFICATION, values), "countered_by", known.distance_m if known else None)
    return sorted(found.values(), key=lambda c: (c.other_start_at, c.other_kind, c.other_id))
