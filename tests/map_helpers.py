"""Places for the map tests, written straight into the ``place`` table (the geocoder's
address fields write them in the desk)."""

from __future__ import annotations

from crisisdesk.db.models import Place
from crisisdesk.domain.geo.points import PlaceRole

NEUDE = ("Neude, Utrecht", 52.0927, 5.1189)
DOMPLEIN = ("Domplein, Utrecht", 52.0907, 5.1214)
JAARBEURSPLEIN = ("Jaarbeursplein, Utrecht", 52.0890, 5.1086)
MALIEBAAN = ("Maliebaan, Utrecht", 52.0880, 5.1330)
STATION = ("Stationsplein, Utrecht", 52.0894, 5.1100)


def add_place(factory, *, notification_id: int | None = None, event_id: int | None = None,
              role: PlaceRole = PlaceRole.LOCATION, where=NEUDE, position: int = 0) -> None:
    address, lat, lon = where
    with factory() as session, session.begin():
        session.add(Place(notification_id=notification_id, event_id=event_id, role=role, position=position,
                          address=address, lat=lat, lon=lon, wijk="Binnenstad"))
