"""A geocoded point and the distance between two of them.

A point carries both coordinate systems as the geocoder returned them: RD New
(EPSG:28992, metres, exact for distances inside the Netherlands) and WGS84 (EPSG:4326,
for the web map's tiles). Nothing is converted by hand.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

EARTH_RADIUS_M = 6_371_008.8


class PlaceRole(StrEnum):
    """What a point is to its record."""

    LOCATION = "location"
    ROUTE_START = "route_start"
    ROUTE_VIA = "route_via"
    ROUTE_END = "route_end"


@dataclass(frozen=True)
class GeoPoint:
    """An address that resolved: what the advisor chose from the suggestions."""

    address: str
    lat: float
    lon: float
    rd_x: float | None = None
    rd_y: float | None = None
    wijk: str = ""  # the wijk's name as the geocoder gave it ("" when unknown)
    source_id: str = ""  # the geocoder's own id of the result, to look it up again


def distance_m(a: GeoPoint, b: GeoPoint) -> float:
    """Distance in metres: planar in RD New when both points have it, else great-circle."""
    if a.rd_x is not None and a.rd_y is not None and b.rd_x is not None and b.rd_y is not None:
        return math.hypot(a.rd_x - b.rd_x, a.rd_y - b.rd_y)
    phi1, phi2 = math.radians(a.lat), math.radians(b.lat)
    dphi = phi2 - phi1
    dlmb = math.radians(b.lon - a.lon)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(h)))


@dataclass(frozen=True)
class PlacedPoint:
    """A point in its role for one record (a route's via points in ``position`` order)."""

    role: PlaceRole
    point: GeoPoint
    position: int = 0


def point_for(places: tuple[PlacedPoint, ...] | None, role: PlaceRole) -> GeoPoint | None:
    """The (first) point of ``role`` among a record's places, or None."""
    for placed in places or ():
        if placed.role == role:
            return placed.point
    return None
