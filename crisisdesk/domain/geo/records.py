"""What the map shows: a notification or event with its stored places, frozen.

Filled by ``services.geo.map_items``; drawn by the screen's map and the briefing's maps.
A sensitive event (an offender's return) never carries a place: it is listed by its
neutral title and time only, never drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from crisisdesk.domain.geo.points import GeoPoint, PlaceRole

_ROUTE_ORDER = {PlaceRole.ROUTE_START: 0, PlaceRole.ROUTE_VIA: 1, PlaceRole.ROUTE_END: 2}


@dataclass(frozen=True)
class MapPlace:
    """One stored point of a record: its role, its order within the role, the point."""

    role: PlaceRole
    position: int
    point: GeoPoint


def location_of(places: tuple[MapPlace, ...]) -> GeoPoint | None:
    """The record's location; without one, the start of its route."""
    for role in (PlaceRole.LOCATION, PlaceRole.ROUTE_START):
        for place in places:
            if place.role == role:
                return place.point
    return None


def route_of(places: tuple[MapPlace, ...]) -> tuple[GeoPoint, ...]:
    """The route's points in order: start, the via points by position, end ("" when < 2)."""
    route = sorted((p for p in places if p.role in _ROUTE_ORDER), key=lambda p: (_ROUTE_ORDER[p.role], p.position))
    points = tuple(p.point for p in route)
    return points if len(points) >= 2 else ()


@dataclass(frozen=True)
class MapItem:
    """A notification or event of the chosen day, with what the map needs.

    ``category`` is the kind's code (``ManifestationKind`` or ``EventKind`` value);
    ``risk_rank``: -1 unknown, 0 low, 1 some, 2 high (as the calendar's). ``clash``: it
    clashes with something (the calendar's clash query).
    """

    kind: str  # "notification" | "event"
    id: int
    title: str
    start_at: datetime
    end_at: datetime
    location: str
    category: str
    risk: str | None
    risk_rank: int
    clash: bool = False
    sensitive: bool = False
    places: tuple[MapPlace, ...] = ()

    @property
    def ref(self) -> tuple[str, int]:
        return (self.kind, self.id)

    @property
    def point(self) -> GeoPoint | None:
        return location_of(self.places)

    @property
    def route(self) -> tuple[GeoPoint, ...]:
        return route_of(self.places)

    @property
    def on_map(self) -> bool:
        return self.point is not None


@dataclass(frozen=True)
class DayMap:
    """The items of one day (at most ``limit``; ``total`` counts them all) and the clashing
    pairs among them as (ref, ref)."""

    items: tuple[MapItem, ...]
    total: int
    clash_pairs: tuple[tuple[tuple[str, int], tuple[str, int]], ...] = ()

    @property
    def truncated(self) -> bool:
        return self.total > len(self.items)


@dataclass(frozen=True)
class MapImage:
    """A map drawn off-screen: PNG bytes of ``width`` × ``height`` pixels and the
    attribution the tile service requires to be printed with it."""

    png: bytes
    width: int
    height: int
    attribution: str
