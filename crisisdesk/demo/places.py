"""Coordinates for the demo's places: Utrecht's real squares, streets and parks.

The demo's notifications and events name these places; a small table of their centres
(WGS84 as on a map, and RD New — approximate, to some tens of metres) gives them
geocoded points, so the map and the clashes by distance have data. The points are added
in bulk — one read of the records' place names, one batched insert — so
``demo --count 100000`` stays quick. The wijk is stored as the Locatieserver names it
("Wijk 06 Binnenstad").
"""

from __future__ import annotations

from sqlalchemy import insert, select
from sqlalchemy.orm import sessionmaker

from crisisdesk.db.models import Event, Notification, Place
from crisisdesk.domain.enums import District
from crisisdesk.domain.events.rules import EventKind, is_sensitive
from crisisdesk.domain.geo.points import PlaceRole

# (name as the demo writes it, wijk, lat, lon, RD x, RD y)
PLACES: tuple[tuple[str, District, float, float, float, float], ...] = (
    ("Domplein", District.BINNENSTAD, 52.09085, 5.12166, 136801.4, 455876.5),
    ("Neude", District.BINNENSTAD, 52.09299, 5.11918, 136632.3, 456115.2),
    ("Janskerkhof", District.BINNENSTAD, 52.09306, 5.12284, 136883.2, 456122.1),
    ("Stadhuisbrug", District.BINNENSTAD, 52.09161, 5.11696, 136479.6, 455962.3),
    ("Vredenburgplein", District.BINNENSTAD, 52.09263, 5.11412, 136285.4, 456076.5),
    ("Vredenburg", District.BINNENSTAD, 52.09203, 5.11476, 136329.0, 456009.6),
    ("Mariaplaats", District.BINNENSTAD, 52.08894, 5.11787, 136540.9, 455665.0),
    ("Lepelenburg", District.BINNENSTAD, 52.08745, 5.12616, 137108.5, 455497.1),
    ("Moreelsepark", District.BINNENSTAD, 52.08780, 5.11200, 136138.1, 455539.7),
    ("Stationsplein Utrecht Centraal", District.BINNENSTAD, 52.08970, 5.11185, 136128.6, 455751.1),
    ("Lucasbolwerk", District.BINNENSTAD, 52.09446, 5.12590, 137093.4, 456277.1),
    ("Wed", District.BINNENSTAD, 52.09110, 5.12100, 136756.3, 455904.5),
    ("Pieterskerkhof", District.BINNENSTAD, 52.08951, 5.12426, 136979.1, 455726.8),
    ("Vismarkt", District.BINNENSTAD, 52.09070, 5.11900, 136619.1, 455860.5),
    ("Ganzenmarkt", District.BINNENSTAD, 52.09180, 5.11800, 136551.0, 455983.1),
    ("Wilhelminapark", District.OOST, 52.08466, 5.13930, 138008.0, 455183.6),
    ("Maliebaan", District.OOST, 52.08960, 5.13233, 137532.2, 455734.8),
    ("Herculesplein", District.OOST, 52.07840, 5.13740, 137875.4, 454487.5),
    ("Stadion Galgenwaard", District.OOST, 52.07841, 5.14582, 138452.6, 454486.7),
    ("Jaarbeursplein", District.WEST, 52.08850, 5.10860, 135905.4, 455618.4),
    ("Kanaalstraat", District.WEST, 52.09320, 5.10130, 135407.1, 456143.3),
    ("Westplein", District.WEST, 52.09050, 5.10650, 135762.3, 455841.5),
    ("Park Oog in Al", District.WEST, 52.09330, 5.08930, 134584.8, 456157.7),
    ("Griftpark", District.NOORDOOST, 52.09990, 5.12690, 137164.1, 456882.1),
    ("Wittevrouwensingel", District.NOORDOOST, 52.09680, 5.12650, 137135.5, 456537.3),
    ("Veemarktplein", District.NOORDOOST, 52.10260, 5.14050, 138097.0, 457179.3),
    ("Ledig Erf", District.ZUID, 52.07947, 5.12644, 137124.5, 454609.2),
    ("Tolsteegbrug", District.ZUID, 52.08160, 5.12210, 136827.8, 454847.3),
    ("Winkelcentrum Lunetten", District.ZUID, 52.06160, 5.14180, 138170.7, 452617.4),
    ("Winkelcentrum Kanaleneiland", District.ZUIDWEST, 52.07180, 5.09800, 135171.5, 453763.2),
    ("Park Transwijk", District.ZUIDWEST, 52.07760, 5.09660, 135078.1, 454408.9),
    ("Julianapark", District.NOORDWEST, 52.10630, 5.09660, 135090.9, 457602.1),
    ("Majellapark", District.NOORDWEST, 52.09860, 5.10080, 135375.2, 456744.2),
    ("Bankaplein", District.NOORDWEST, 52.09720, 5.10650, 135765.2, 456586.9),
    ("Winkelcentrum Overvecht", District.OVERVECHT, 52.11520, 5.11260, 136190.8, 458588.0),
    ("Park De Gagel", District.OVERVECHT, 52.12300, 5.10300, 135536.6, 459458.3),
    ("Berlijnplein", District.LEIDSCHE_RIJN, 52.09950, 5.05860, 132484.1, 456856.6),
    ("Máximapark", District.LEIDSCHE_RIJN, 52.09400, 5.05000, 131892.0, 456247.4),
    ("Castellum Hoge Woerd", District.VLEUTEN_DE_MEERN, 52.08380, 5.03880, 131119.1, 455116.2),
)

# CBS numbers of Utrecht's wijken, as in the Locatieserver's "wijknaam".
_CBS = {
    District.WEST: "01", District.NOORDWEST: "02", District.OVERVECHT: "03", District.NOORDOOST: "04",
    District.OOST: "05", District.BINNENSTAD: "06", District.ZUID: "07", District.ZUIDWEST: "08",
    District.LEIDSCHE_RIJN: "09", District.VLEUTEN_DE_MEERN: "10",
}


def cbs_wijk(district: District) -> str:
    return f"Wijk {_CBS[district]} {district.value}"


def seed_demo_places(factory: sessionmaker) -> int:
    """Gives every demo notification and event whose location (or route start and end) is
    a known place a point, unless it has one already; returns how many were added.

    One read of the names and one bulk insert: at 100,000 notifications a second or two.
    """
    known = {name: (f"{name}, Utrecht", lat, lon, x, y, cbs_wijk(district)) for name, district, lat, lon, x, y in PLACES}
    sensitive = [k for k in EventKind if is_sensitive(k)]
    rows: list[dict] = []
    with factory.begin() as session:
        placed_notifications = set(session.scalars(select(Place.notification_id).where(Place.notification_id.is_not(None)).distinct()))
        placed_events = set(session.scalars(select(Place.event_id).where(Place.event_id.is_not(None)).distinct()))
        names = list(known)
        statement = select(Notification.id, Notification.location, Notification.route_start, Notification.route_end).where(
            Notification.location.in_(names) | Notification.route_start.in_(names) | Notification.route_end.in_(names))
        for ident, location, start, end in session.execute(statement):
            if ident in placed_notifications:
                continue
            for role, name in ((PlaceRole.LOCATION, location), (PlaceRole.ROUTE_START, start), (PlaceRole.ROUTE_END, end)):
                if name in known:
                    rows.append(_row(known[name], role, notification_id=ident))
        for ident, location in session.execute(select(Event.id, Event.location).where(Event.kind.not_in(sensitive))):
            if ident not in placed_events and location in known:
                rows.append(_row(known[location], PlaceRole.LOCATION, event_id=ident))
        if not rows:
            return 0
        connection = session.connection()
        if connection.dialect.name == "sqlite":  # tuples straight to sqlite3: the ORM's binds are plain here
            names = list(rows[0])
            sql = f"INSERT INTO place ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
            connection.exec_driver_sql(sql, [tuple(row.values()) for row in rows])
        else:
            for first in range(0, len(rows), 10_000):
                session.execute(insert(Place), rows[first:first + 10_000])
    return len(rows)


def _row(place: tuple, role: PlaceRole, notification_id: int | None = None, event_id: int | None = None) -> dict:
    address, lat, lon, x, y, wijk = place
    return {"notification_id": notification_id, "event_id": event_id, "role": role.value, "position": 0,
            "address": address, "lat": lat, "lon": lon, "rd_x": x, "rd_y": y, "wijk": wijk, "source_id": ""}
