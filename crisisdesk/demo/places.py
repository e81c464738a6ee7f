"""Places for the demo world, so its map shows something: the demo's own place names
(``demo.vocabulary``) with the approximate WGS84 point of that square, street or park in
Utrecht, written as ``place`` rows for the notifications and events around "now".

In the desk the address fields write these rows from the geocoder's answer; the demo
writes them directly, once per database (with the events), for the items from two weeks
before to three months after ``now`` — a procession gets its route through the stops
that are known. A sensitive event never gets one. The points are rounded to about 50 m:
good enough for a demonstration map, not a survey.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from crisisdesk.db.models import Event, Notification, Place
from crisisdesk.domain.events.rules import is_sensitive
from crisisdesk.domain.geo.points import PlaceRole

# name -> (lat, lon); approximate centres
POINTS: dict[str, tuple[float, float]] = {
    "Domplein": (52.0906, 5.1219),
    "Neude": (52.0928, 5.1186),
    "Janskerkhof": (52.0935, 5.1224),
    "Stadhuisbrug": (52.0917, 5.1168),
    "Vredenburgplein": (52.0922, 5.1141),
    "Vredenburg": (52.0926, 5.1136),
    "Mariaplaats": (52.0893, 5.1180),
    "Lepelenburg": (52.0889, 5.1266),
    "Moreelsepark": (52.0878, 5.1114),
    "Stationsplein Utrecht Centraal": (52.0894, 5.1103),
    "Ledig Erf": (52.0829, 5.1254),
    "Lucasbolwerk": (52.0937, 5.1254),
    "Wed": (52.0910, 5.1206),
    "Pieterskerkhof": (52.0903, 5.1236),
    "Vismarkt": (52.0910, 5.1195),
    "Oudegracht": (52.0905, 5.1188),
    "Lange Viestraat": (52.0927, 5.1160),
    "Potterstraat": (52.0930, 5.1175),
    "Lijnmarkt": (52.0914, 5.1197),
    "Ganzenmarkt": (52.0915, 5.1188),
    "Catharijnesingel": (52.0860, 5.1160),
    "Maliesingel": (52.0885, 5.1290),
    "Voorstraat": (52.0945, 5.1215),
    "Wittevrouwenbrug": (52.0957, 5.1254),
    "Drift": (52.0940, 5.1238),
    "Nobelstraat": (52.0928, 5.1250),
    "Korte Nieuwstraat": (52.0895, 5.1215),
    "Lange Nieuwstraat": (52.0875, 5.1220),
    "Tolsteegbrug": (52.0825, 5.1245),
    "Wilhelminapark": (52.0868, 5.1410),
    "Maliebaan": (52.0890, 5.1330),
    "Stadion Galgenwaard": (52.0785, 5.1460),
    "Heidelberglaan": (52.0855, 5.1740),
    "Utrecht Science Park (De Uithof)": (52.0850, 5.1760),
    "Jaarbeursplein": (52.0873, 5.1075),
    "Kanaalstraat": (52.0905, 5.0980),
    "Damstraat": (52.0915, 5.0950),
    "Croeselaan": (52.0830, 5.1060),
    "Westplein": (52.0900, 5.1050),
    "Griftpark": (52.0985, 5.1275),
    "Biltstraat": (52.0950, 5.1320),
    "Wittevrouwensingel": (52.0955, 5.1265),
    "Veemarktplein": (52.0985, 5.1380),
    "Winkelcentrum Lunetten": (52.0650, 5.1390),
    "Briljantlaan": (52.0720, 5.1300),
    "Winkelcentrum Kanaleneiland": (52.0720, 5.0960),
    "Park Transwijk": (52.0760, 5.0930),
    "Rijnlaan": (52.0745, 5.0990),
}

DAYS_BEFORE = 14
DAYS_AFTER = 92


def _place(owner: dict[str, int], role: PlaceRole, name: str, position: int = 0) -> Place:
    lat, lon = POINTS[name]
    return Place(role=role, position=position, address=f"{name}, Utrecht", lat=lat, lon=lon, wijk="", **owner)


def seed_demo_places(factory: sessionmaker, now: datetime) -> int:
    """Adds the places of the demo's items around ``now``; returns how many rows."""
    first, last = now - timedelta(days=DAYS_BEFORE), now + timedelta(days=DAYS_AFTER)
    added = 0
    with factory.begin() as session:
        notifications = session.execute(
            select(Notification.id, Notification.location, Notification.route)
            .where(Notification.start_at >= first, Notification.start_at < last)
        )
        for ident, location, route in notifications:
            owner = {"notification_id": ident}
            stops = [stop for stop in route.split(" – ") if stop in POINTS] if route else []
            if location in POINTS:
                session.add(_place(owner, PlaceRole.LOCATION, location))
                added += 1
            if len(stops) >= 2:
                session.add(_place(owner, PlaceRole.ROUTE_START, stops[0]))
                for position, stop in enumerate(stops[1:-1]):
                    session.add(_place(owner, PlaceRole.ROUTE_VIA, stop, position))
                session.add(_place(owner, PlaceRole.ROUTE_END, stops[-1]))
                added += len(stops)
        events = session.execute(select(Event.id, Event.location, Event.kind).where(Event.start_at >= first, Event.start_at < last))
        for ident, location, kind in events:
            if location in POINTS and not is_sensitive(kind):
                session.add(_place({"event_id": ident}, PlaceRole.LOCATION, location))
                added += 1
    return added
