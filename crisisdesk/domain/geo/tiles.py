"""Web-Mercator tile maths (EPSG:3857, the "GoogleMapsCompatible" tile matrix set).

PDOK's BRT-Achtergrondkaart in EPSG:3857 uses the usual scheme: at zoom ``z`` the world
is 2**z × 2**z tiles of 256 × 256 pixels, tile (0, 0) in the north-west corner. A point
is placed by its "world pixel": its position in pixels on the whole map at that zoom.
Everything here is pure arithmetic; fetching and caching live in ``services.geo.tiles``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

TILE_SIZE = 256
MIN_ZOOM = 6  # the Netherlands fills a small window
MAX_ZOOM = 19  # street level; PDOK's EPSG:3857 matrix set goes up to 19
MAX_LAT = 85.05112878  # Web Mercator's edge

# Utrecht's centre (Domtoren): the map's start when there is nothing to show.
UTRECHT = (52.0907, 5.1214)
UTRECHT_ZOOM = 13


@dataclass(frozen=True, order=True)
class TileKey:
    """One tile: zoom, column (west → east) and row (north → south)."""

    z: int
    x: int
    y: int

    def valid(self) -> bool:
        side = 1 << self.z
        return 0 <= self.z <= MAX_ZOOM and 0 <= self.x < side and 0 <= self.y < side

    def url(self, template: str) -> str:
        """The tile's address from a template with ``{z}``, ``{x}`` and ``{y}``."""
        return template.replace("{z}", str(self.z)).replace("{x}", str(self.x)).replace("{y}", str(self.y))

    def file_name(self) -> str:
        """A name safe on every file system (no separators, no reserved characters)."""
        return f"{self.z}_{self.x}_{self.y}.png"


def world_size(zoom: int) -> int:
    """The whole map's width (and height) in pixels at ``zoom``."""
    return TILE_SIZE << zoom


def world_pixel(lat: float, lon: float, zoom: int) -> tuple[float, float]:
    """(x, y) of a WGS84 point in world pixels at ``zoom`` (y grows southwards)."""
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    size = world_size(zoom)
    x = (lon + 180.0) / 360.0 * size
    phi = math.radians(lat)
    y = (1.0 - math.log(math.tan(phi) + 1.0 / math.cos(phi)) / math.pi) / 2.0 * size
    return x, y


def lat_lon(x: float, y: float, zoom: int) -> tuple[float, float]:
    """The WGS84 (lat, lon) of a world pixel at ``zoom``: the inverse of ``world_pixel``."""
    size = world_size(zoom)
    lon = x / size * 360.0 - 180.0
    n = math.pi * (1.0 - 2.0 * y / size)
    lat = math.degrees(math.atan(math.sinh(n)))
    return lat, lon


def tiles_covering(left: float, top: float, right: float, bottom: float, zoom: int) -> list[TileKey]:
    """The tiles that cover a rectangle of world pixels, row by row; none outside the world."""
    side = 1 << zoom
    first_x = max(0, math.floor(left / TILE_SIZE))
    last_x = min(side - 1, math.floor((right - 1e-9) / TILE_SIZE))
    first_y = max(0, math.floor(top / TILE_SIZE))
    last_y = min(side - 1, math.floor((bottom - 1e-9) / TILE_SIZE))
    return [TileKey(zoom, x, y) for y in range(first_y, last_y + 1) for x in range(first_x, last_x + 1)]


def fit_zoom(points: Iterable[tuple[float, float]], width: int, height: int, margin: int = 24,
             max_zoom: int = 17, min_zoom: int = MIN_ZOOM) -> tuple[int, float, float]:
    """The highest zoom (≤ ``max_zoom``) at which all (lat, lon) ``points`` fit in
    ``width`` × ``height`` pixels with ``margin`` around them; with their centre.

    Returns (zoom, centre lat, centre lon); Utrecht's centre when there are no points.
    """
    chosen = list(points)
    if not chosen:
        return UTRECHT_ZOOM, UTRECHT[0], UTRECHT[1]
    inner_w, inner_h = max(1, width - 2 * margin), max(1, height - 2 * margin)
    zoom = max_zoom
    while True:
        xs, ys = zip(*(world_pixel(lat, lon, zoom) for lat, lon in chosen), strict=True)
        if (max(xs) - min(xs) <= inner_w and max(ys) - min(ys) <= inner_h) or zoom <= min_zoom:
            centre = lat_lon((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2, zoom)
            return zoom, centre[0], centre[1]
        zoom -= 1


@dataclass(frozen=True)
class Viewport:
    """A window of ``width`` × ``height`` pixels on the map at ``zoom``, centred on a point."""

    zoom: int
    centre_lat: float
    centre_lon: float
    width: int
    height: int

    @property
    def origin(self) -> tuple[float, float]:
        """The world pixel of the window's top-left corner."""
        x, y = world_pixel(self.centre_lat, self.centre_lon, self.zoom)
        return x - self.width / 2, y - self.height / 2

    def pixel(self, lat: float, lon: float) -> tuple[float, float]:
        """Where a point falls in the window (may be outside it)."""
        x, y = world_pixel(lat, lon, self.zoom)
        left, top = self.origin
        return x - left, y - top

    def tiles(self) -> list[tuple[TileKey, int, int]]:
        """The tiles under the window with the window pixel of their top-left corner."""
        left, top = self.origin
        found = []
        for key in tiles_covering(left, top, left + self.width, top + self.height, self.zoom):
            found.append((key, round(key.x * TILE_SIZE - left), round(key.y * TILE_SIZE - top)))
        return found

    @classmethod
    def fitting(cls, points: Sequence[tuple[float, float]], width: int, height: int, margin: int = 24,
                max_zoom: int = 17) -> Viewport:
        zoom, lat, lon = fit_zoom(points, width, height, margin, max_zoom)
        return cls(zoom, lat, lon, width, height)
