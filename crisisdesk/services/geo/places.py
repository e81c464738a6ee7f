"""The geocoded points of a notification or an event, written in the record's own transaction.

A record's places are replaced as a whole when its save brings them (``places`` on the
draft is a tuple); a save without them (None) leaves the stored points alone. The rows
go with their record: deleting it deletes them (ON DELETE CASCADE), so retention and
erasure need nothing of their own.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from crisisdesk.db.models import Place
from crisisdesk.domain.calendar.records import EVENT, NOTIFICATION
from crisisdesk.domain.geo.points import GeoPoint, PlacedPoint, PlaceRole

_ADDRESS_LIMIT = 300  # the column's length
_WIJK_LIMIT = 100
_SOURCE_LIMIT = 200


def _owner(kind: str):
    if kind == NOTIFICATION:
        return Place.notification_id
    if kind == EVENT:
        return Place.event_id
    raise ValueError(f"no places for {kind!r}")


def replace_places(session: Session, kind: str, record_id: int, places: Iterable[PlacedPoint]) -> None:
    """The record's points become exactly ``places`` (inside the caller's transaction)."""
    owner = _owner(kind)
    session.execute(delete(Place).where(owner == record_id))
    positions: dict[PlaceRole, int] = {}
    for placed in places:
        position = positions.get(placed.role, 0)
        positions[placed.role] = position + 1
        point = placed.point
        session.add(Place(
            notification_id=record_id if kind == NOTIFICATION else None,
            event_id=record_id if kind == EVENT else None,
            role=placed.role,
            position=position,
            address=point.address[:_ADDRESS_LIMIT],
            lat=point.lat,
            lon=point.lon,
            rd_x=point.rd_x,
            rd_y=point.rd_y,
            wijk=point.wijk[:_WIJK_LIMIT],
            source_id=point.source_id[:_SOURCE_LIMIT],
        ))


def placed(row: Place) -> PlacedPoint:
    point = GeoPoint(row.address, row.lat, row.lon, row.rd_x, row.rd_y, row.wijk, row.source_id)
    return PlacedPoint(PlaceRole(row.role), point, row.position)


def places_of(session: Session, kind: str, record_id: int) -> tuple[PlacedPoint, ...]:
    """The record's points in the order they were saved (a route: start, via…, end)."""
    owner = _owner(kind)
    rows = session.scalars(select(Place).where(owner == record_id).order_by(Place.id))
    return tuple(placed(row) for row in rows)
