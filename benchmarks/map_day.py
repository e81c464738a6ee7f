"""The map at scale: a day's items with their places, and a briefing map, 100k notifications.

    python benchmarks/map_day.py [--notifications 100000] [--events 2000] [--runs 5]

Reuses the calendar benchmark's database (benchmarks/out/, cached per size) and gives
every notification and event of the busiest day a place near Utrecht's centre (plus a
route for every tenth), then prints medians of:
- ``MapItemsService.day`` for that day (items, clash pairs, places: one session);
- drawing the overview map of that day off-screen from cached tiles (a local fake tile
  server fills the cache on the first run, so the figure is composing, not the network).
Nothing here asserts; compare with the 100-200 ms a screen may take.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

from sqlalchemy import delete, func, select

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.calendar_clashes import NOW, median_ms, seeded  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notifications", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from crisisdesk.db.database import open_database
    from crisisdesk.db.models import Event, Notification, Place
    from crisisdesk.domain.geo.markers import marker_style
    from crisisdesk.domain.geo.points import PlaceRole
    from crisisdesk.domain.timeutil import to_local
    from crisisdesk.services.geo.map_items import MapItemsService, day_bounds
    from crisisdesk.services.geo.static_map import MapLine, MapMarker, render_map
    from crisisdesk.services.geo.tiles import TileCache, TileSource
    from tests.fake_tiles import FakeTileServer

    db = open_database(seeded(args.notifications, args.events))
    with db.factory() as session:
        day = to_local(session.scalar(
            select(Notification.start_at).where(Notification.start_at >= NOW)
            .group_by(func.date(Notification.start_at)).order_by(func.count().desc()).limit(1)
        )).date()
    start, end = day_bounds(day)
    rng = random.Random(18)
    with db.factory() as session, session.begin():
        session.execute(delete(Place))
        ids = [("n", i) for i in session.scalars(select(Notification.id).where(Notification.start_at < end,
                                                                               Notification.end_at > start - timedelta(days=1)))]
        ids += [("e", i) for i in session.scalars(select(Event.id).where(Event.start_at < end, Event.end_at > start - timedelta(days=1)))]
        for number, (kind, ident) in enumerate(ids):
            owner = {"notification_id": ident} if kind == "n" else {"event_id": ident}
            lat, lon = 52.09 + rng.uniform(-0.03, 0.03), 5.12 + rng.uniform(-0.05, 0.05)
            session.add(Place(role=PlaceRole.LOCATION, position=0, address=f"Adres {number}", lat=lat, lon=lon, **owner))
            if number % 10 == 0:
                for role, step in ((PlaceRole.ROUTE_START, 0), (PlaceRole.ROUTE_VIA, 1), (PlaceRole.ROUTE_END, 2)):
                    session.add(Place(role=role, position=0, address=f"Route {number}-{step}",
                                      lat=lat + 0.004 * step, lon=lon + 0.006 * step, **owner))
    service = MapItemsService(db.factory)
    ms, day_map = median_ms(lambda: service.day(day), args.runs)
    print(f"day {day}: {day_map.total} items, {sum(1 for i in day_map.items if i.on_map)} on the map, "
          f"{len(day_map.clash_pairs)} clash pairs: MapItemsService.day {ms:.0f} ms")

    items = [i for i in day_map.items if i.point is not None][:60]
    markers = [MapMarker(i.point.lat, i.point.lon, marker_style(i.kind, i.category, i.risk_rank, i.clash), str(n))
               for n, i in enumerate(items, start=1)]
    lines = [MapLine(tuple((p.lat, p.lon) for p in i.route)) for i in items if i.route]
    with FakeTileServer() as server, tempfile.TemporaryDirectory() as folder:
        tiles = TileSource(server.url, TileCache(Path(folder), 200 * 1024 * 1024))
        first, _image = median_ms(lambda: render_map(tiles, markers, lines, 980, 640), 1)
        ms, image = median_ms(lambda: render_map(tiles, markers, lines, 980, 640), args.runs)
        print(f"overview map 980×640, {len(markers)} markers: {first:.0f} ms with tiles from the (local) server, "
              f"{ms:.0f} ms from the cache; {len(image.png) // 1024} KB PNG")
    db.dispose()


if __name__ == "__main__":
    main()
