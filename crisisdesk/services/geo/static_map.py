"""A map drawn off-screen into a PNG, for paper: tiles composed with Pillow, markers,
routes and clash lines drawn on top, the attribution in the corner. Qt-free.

    image = render_map(source, markers, lines, width=480, height=300)   # MapImage
    # raises TileUnavailable when the tile service cannot be reached

Markers use the same shapes, colours and letters as the screen's map
(``domain.geo.markers``); a marker's ``label`` (a number in the briefing) is written
beside it so the legend under the map can name it.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from PIL import Image, ImageDraw, ImageFont

from crisisdesk.domain.geo.markers import CLASH, ROUTE, MarkerStyle, shape_points, spread
from crisisdesk.domain.geo.records import MapImage
from crisisdesk.domain.geo.tiles import Viewport
from crisisdesk.services.geo.tiles import TileSource

BACKGROUND = "#e9ecef"
MARKER_RADIUS = 12  # pixels: about 4 mm on paper at the briefing's scale


@dataclass(frozen=True)
class MapMarker:
    lat: float
    lon: float
    style: MarkerStyle
    label: str = ""


@dataclass(frozen=True)
class MapLine:
    points: tuple[tuple[float, float], ...]  # (lat, lon)
    colour: str = ROUTE
    width: int = 3
    dashed: bool = False


@lru_cache(maxsize=8)
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    from crisisdesk.resources import resource_path

    try:
        return ImageFont.truetype(str(resource_path("fonts", "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")), size)
    except OSError:
        return ImageFont.load_default()


def _dashed(draw: ImageDraw.ImageDraw, a: tuple[float, float], b: tuple[float, float], colour: str, width: int,
            dash: float = 7.0) -> None:
    (x0, y0), (x1, y1) = a, b
    length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
    if length == 0:
        return
    steps = int(length // dash)
    for i in range(0, steps + 1, 2):
        t0, t1 = i * dash / length, min(1.0, (i + 1) * dash / length)
        draw.line([(x0 + (x1 - x0) * t0, y0 + (y1 - y0) * t0), (x0 + (x1 - x0) * t1, y0 + (y1 - y0) * t1)], fill=colour, width=width)


def draw_marker(draw: ImageDraw.ImageDraw, x: float, y: float, style: MarkerStyle, label: str = "", r: int = MARKER_RADIUS) -> None:
    if style.clash:
        draw.ellipse([x - r - 6, y - r - 6, x + r + 6, y + r + 6], outline=CLASH, width=3)
    corners = shape_points(style.shape, x, y, r)
    if corners:
        draw.polygon(corners, fill=style.fill, outline=style.ring, width=3)
    else:
        draw.ellipse([x - r, y - r, x + r, y + r], fill=style.fill, outline=style.ring, width=3)
    letter = style.letter + ("!" if style.clash else "")
    draw.text((x, y), letter, fill="white", font=_font(r + 2, bold=True), anchor="mm")
    if label:
        font = _font(r + 3, bold=True)
        left = x + r + (9 if style.clash else 4)
        box = draw.textbbox((left, y), label, font=font, anchor="lm")
        draw.rectangle([box[0] - 2, box[1] - 1, box[2] + 2, box[3] + 1], fill="white", outline="#5f6368")
        draw.text((left, y), label, fill="#202124", font=font, anchor="lm")


def render_map(source: TileSource, markers: Sequence[MapMarker], lines: Sequence[MapLine] = (), width: int = 480,
               height: int = 300, max_zoom: int = 16, is_cancelled: Callable[[], bool] | None = None) -> MapImage:
    """The map around every marker and line point, at the highest zoom that fits them."""
    points = [(m.lat, m.lon) for m in markers] + [p for line in lines for p in line.points]
    view = Viewport.fitting(points, width, height, margin=28, max_zoom=max_zoom)
    placed = view.tiles()
    tiles = source.fetch_all([key for key, _x, _y in placed], is_cancelled=is_cancelled)
    image = Image.new("RGB", (width, height), BACKGROUND)
    for key, x, y in placed:
        data = tiles.get(key)
        if data:
            try:
                with Image.open(io.BytesIO(data)) as tile:
                    image.paste(tile.convert("RGB"), (x, y))
            except (OSError, ValueError):  # a damaged tile leaves its square grey
                continue
    draw = ImageDraw.Draw(image)
    for line in lines:
        xy = [view.pixel(lat, lon) for lat, lon in line.points]
        for a, b in pairwise(xy):
            if line.dashed:
                _dashed(draw, a, b, line.colour, line.width)
            else:
                draw.line([a, b], fill=line.colour, width=line.width)
        for px, py in xy[:1] + xy[-1:]:
            draw.ellipse([px - 3, py - 3, px + 3, py + 3], fill=line.colour)
    pixels = spread([view.pixel(m.lat, m.lon) for m in markers], radius=MARKER_RADIUS + 8, within=MARKER_RADIUS)
    for marker, (px, py) in zip(markers, pixels, strict=True):
        draw_marker(draw, px, py, marker.style, marker.label)
    _attribution(draw, source.attribution, width, height)
    draw.rectangle([0, 0, width - 1, height - 1], outline="#9aa0a6")
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return MapImage(out.getvalue(), width, height, source.attribution)


def _attribution(draw: ImageDraw.ImageDraw, text: str, width: int, height: int) -> None:
    font = _font(12)
    box = draw.textbbox((width - 4, height - 3), text, font=font, anchor="rd")
    draw.rectangle([box[0] - 3, box[1] - 2, width, height], fill="white")
    draw.text((width - 4, height - 3), text, fill="#202124", font=font, anchor="rd")
