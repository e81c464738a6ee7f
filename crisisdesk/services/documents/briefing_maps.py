"""The briefing's maps: a small map per high-risk demonstration and an overview map of
the period, drawn off-screen (``services.geo.static_map``) from the stored places.

Called by the collector after it read everything, in the worker that builds the
briefing (never on the GUI thread). When the tile service cannot be reached the
briefing is built without maps and says so in one line (``maps_left_out``).

What the marking allows decides what is drawn: only items that are in the briefing
(a sensitive event never has a place on a map), titles as the marking scrubbed them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from crisisdesk.domain.calendar.records import NOTIFICATION
from crisisdesk.domain.documents.briefing import DemonstrationItem, MapLegendEntry, OverviewMap
from crisisdesk.domain.enums import Risk, Status
from crisisdesk.domain.geo.markers import CLASH, marker_style
from crisisdesk.domain.geo.records import DayMap, MapItem
from crisisdesk.services.geo.static_map import MapLine, MapMarker, render_map
from crisisdesk.services.geo.tiles import TileSource, TileUnavailable

OVERVIEW_LIMIT = 60  # numbered markers on the overview map; the rest are counted, not drawn
OVERVIEW_SIZE = (980, 640)  # pixels: the portrait frame's width at ~140 dpi
ITEM_SIZE = (720, 300)

Ref = tuple[str, int]


@dataclass(frozen=True)
class BriefingMaps:
    demonstrations: tuple[DemonstrationItem, ...]
    overview: OverviewMap | None
    left_out: str = ""  # "offline" or "error"


def _marker(item: MapItem, label: str = "") -> MapMarker | None:
    point = item.point
    if point is None:
        return None
    return MapMarker(point.lat, point.lon, marker_style(item.kind, item.category, item.risk_rank, item.clash), label)


def _route(item: MapItem) -> list[MapLine]:
    route = item.route
    return [MapLine(tuple((p.lat, p.lon) for p in route))] if route else []


def briefing_maps(tiles: TileSource, day_map: DayMap, demonstrations: Sequence[DemonstrationItem],
                  titles: Callable[[MapItem], str | None],
                  is_cancelled: Callable[[], bool] | None = None) -> BriefingMaps:
    """The maps, or none with the reason. ``titles`` gives a map item's title as the
    briefing shows it, or None when the item is not in this briefing (left out by the marking)."""
    by_ref = {item.ref: item for item in day_map.items}
    shown = [item for item in day_map.items if item.on_map and titles(item) is not None]
    try:
        overview = _overview(tiles, shown, day_map, titles, is_cancelled) if shown else None
        items = []
        for demonstration in demonstrations:
            item = by_ref.get((NOTIFICATION, demonstration.id))
            if (demonstration.risk == Risk.HIGH and demonstration.status != Status.WITHDRAWN and item is not None
                    and item.on_map):
                demonstration = replace(demonstration, map=_item_map(tiles, item, day_map, by_ref, titles, is_cancelled))
            items.append(demonstration)
    except TileUnavailable as exc:
        return BriefingMaps(tuple(demonstrations), None, "offline" if exc.reason == "offline" else "error")
    return BriefingMaps(tuple(items), overview, "")


def _overview(tiles: TileSource, shown: list[MapItem], day_map: DayMap, titles: Callable[[MapItem], str | None],
              is_cancelled: Callable[[], bool] | None) -> OverviewMap:
    drawn = sorted(shown, key=lambda i: (-i.risk_rank, i.start_at, i.kind, i.id))[:OVERVIEW_LIMIT]
    drawn.sort(key=lambda i: (i.start_at, i.kind, i.id))
    markers, lines, legend = [], [], []
    for number, item in enumerate(drawn, start=1):
        marker = _marker(item, str(number))
        if marker is not None:
            markers.append(marker)
        lines += _route(item)
        legend.append(MapLegendEntry(number, item.kind, item.id, titles(item) or "", item.start_at, item.end_at, item.clash))
    lines += _clash_lines(drawn, day_map)
    image = render_map(tiles, markers, lines, *OVERVIEW_SIZE, max_zoom=16, is_cancelled=is_cancelled)
    in_briefing = sum(1 for item in day_map.items if titles(item) is not None)
    return OverviewMap(image, tuple(legend), max(0, in_briefing - len(drawn)))


def _clash_lines(items: Sequence[MapItem], day_map: DayMap) -> list[MapLine]:
    points = {item.ref: item.point for item in items if item.point is not None}
    lines = []
    for one, other in day_map.clash_pairs:
        a, b = points.get(one), points.get(other)
        if a is not None and b is not None and (a.lat, a.lon) != (b.lat, b.lon):
            lines.append(MapLine(((a.lat, a.lon), (b.lat, b.lon)), colour=CLASH, width=2, dashed=True))
    return lines


def _item_map(tiles: TileSource, item: MapItem, day_map: DayMap, by_ref: dict[Ref, MapItem],
              titles: Callable[[MapItem], str | None], is_cancelled: Callable[[], bool] | None):
    """The item with its route, and the items it clashes with (that this briefing shows)."""
    others = []
    for one, other in day_map.clash_pairs:
        if item.ref in (one, other):
            partner = by_ref.get(other if one == item.ref else one)
            if partner is not None and partner.on_map and titles(partner) is not None:
                others.append(partner)
    markers = [m for m in (_marker(item), *(_marker(o) for o in others)) if m is not None]
    lines = _route(item) + _clash_lines([item, *others], day_map)
    return render_map(tiles, markers, lines, *ITEM_SIZE, max_zoom=16, is_cancelled=is_cancelled)
