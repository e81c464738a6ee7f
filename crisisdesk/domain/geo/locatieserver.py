"""Reading PDOK Locatieserver answers (v3.1: ``suggest`` and ``lookup``).

Pure: the HTTP lives in ``crisisdesk.services.geo.geocoder``. The answers are Solr
responses, ``{"response": {"numFound": …, "docs": [...]}}``; a suggestion is a doc with
``id``, ``type`` and ``weergavenaam``; a looked-up doc adds ``centroide_ll`` ("POINT(lon
lat)", WGS84) and ``centroide_rd`` ("POINT(x y)", RD New) and, for an address, the CBS
``wijknaam`` ("Wijk 06 Binnenstad"). The coordinates are taken as returned, never
converted here. Anything not of that shape raises ``UnreadableAnswer``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crisisdesk.domain.enums import District
from crisisdesk.domain.geo.points import GeoPoint

_POINT = re.compile(r"^\s*POINT\s*\(\s*(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s+(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*\)\s*$")
_WIJK_PREFIX = re.compile(r"^\s*wijk\s+\d+\s+", re.IGNORECASE)  # CBS: "Wijk 06 Binnenstad"


class UnreadableAnswer(ValueError):
    """The geocoder answered, but not with something we can read."""


@dataclass(frozen=True)
class Suggestion:
    """One line of the suggestion list: what to show and the id to look it up by."""

    id: str
    text: str  # PDOK's "weergavenaam", e.g. "Domplein 29, 3512JE Utrecht"
    type: str  # "adres", "weg", "postcode", "woonplaats", …


def _docs(answer: object) -> list[dict[str, object]]:
    if not isinstance(answer, dict):
        raise UnreadableAnswer("not an object")
    response = answer.get("response")
    if not isinstance(response, dict) or not isinstance(response.get("docs"), list):
        raise UnreadableAnswer("no response.docs")
    docs = response["docs"]
    return [doc for doc in docs if isinstance(doc, dict)]


def suggestions(answer: object) -> list[Suggestion]:
    """The suggestions of a ``suggest`` answer, best first (as PDOK ranked them)."""
    found = []
    for doc in _docs(answer):
        ident, text = doc.get("id"), doc.get("weergavenaam")
        if isinstance(ident, str) and isinstance(text, str) and ident and text:
            kind = doc.get("type")
            found.append(Suggestion(ident, text, kind if isinstance(kind, str) else ""))
    return found


def point_xy(text: object) -> tuple[float, float]:
    """The two numbers of a WKT ``POINT(a b)``, in the order written."""
    match = _POINT.match(text) if isinstance(text, str) else None
    if match is None:
        raise UnreadableAnswer(f"not a point: {text!r}")
    return float(match.group(1)), float(match.group(2))


def looked_up_point(answer: object) -> GeoPoint:
    """The first doc of a ``lookup`` (or ``free``) answer as a point; UnreadableAnswer when none."""
    docs = _docs(answer)
    if not docs:
        raise UnreadableAnswer("no document")
    doc = docs[0]
    lon, lat = point_xy(doc.get("centroide_ll"))  # WKT order: x (longitude) before y (latitude)
    rd_x: float | None = None
    rd_y: float | None = None
    if doc.get("centroide_rd") is not None:
        rd_x, rd_y = point_xy(doc.get("centroide_rd"))
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise UnreadableAnswer("coordinates out of range")
    address, wijk, ident = doc.get("weergavenaam"), doc.get("wijknaam"), doc.get("id")
    return GeoPoint(
        address=address if isinstance(address, str) else "",
        lat=lat,
        lon=lon,
        rd_x=rd_x,
        rd_y=rd_y,
        wijk=wijk.strip() if isinstance(wijk, str) else "",
        source_id=ident if isinstance(ident, str) else "",
    )


def district_for_wijk(wijk: str) -> District | None:
    """The desk's wijk for a CBS wijk name ("Wijk 06 Binnenstad" → Binnenstad); None if not Utrecht's."""
    name = _WIJK_PREFIX.sub("", wijk).strip().casefold()
    if not name:
        return None
    for district in District:
        if district.value.casefold() == name:
            return district
    return None
