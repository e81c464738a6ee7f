"""The small map on the notification and event dialogs: the record's own places.

It shows the stored places (``place`` rows: the location, the route's start, via points
and end) and follows what the advisor chooses in the address fields: connect a field's
``placeChosen(GeoPoint | None)`` to ``set_chosen(role, point)``. Tiles load only once the
map is on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from crisisdesk.domain.geo.markers import marker_style
from crisisdesk.domain.geo.points import GeoPoint, PlaceRole
from crisisdesk.domain.geo.records import MapPlace, route_of
from crisisdesk.ui.common import palette
from crisisdesk.ui.geo.map_view import MapView, Marker

_LABELS = {
    PlaceRole.LOCATION: lambda: QCoreApplication.translate("MapView", "Location"),
    PlaceRole.ROUTE_START: lambda: QCoreApplication.translate("MapView", "Start"),
    PlaceRole.ROUTE_VIA: lambda: QCoreApplication.translate("MapView", "Via"),
    PlaceRole.ROUTE_END: lambda: QCoreApplication.translate("MapView", "End"),
}


class RecordMap(QWidget):
    """A record's places on a map, with a line saying what is (not) shown."""

    def __init__(self, tiles, kind: str, category: str = "", risk_rank: int = -1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordMap")
        self.kind, self.category, self.risk_rank = kind, category, risk_rank
        self.places: list[MapPlace] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.summary = QLabel(self)
        self.summary.setObjectName("recordMapSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(f"color: {palette.MUTED};")
        self.map = MapView(tiles, self, max_fit_zoom=16)
        self.map.setAccessibleName(QCoreApplication.translate("MapView", "Map of this record's places"))
        layout.addWidget(self.summary)
        layout.addWidget(self.map, 1)
        self._refresh()

    def set_places(self, places: tuple[MapPlace, ...] | list[MapPlace]) -> None:
        self.places = list(places)
        self._refresh()

    def set_chosen(self, role: PlaceRole, point: GeoPoint | None, position: int = 0) -> None:
        """The advisor chose (or cleared) the address of ``role``: the map follows at once."""
        self.places = [p for p in self.places if not (p.role == role and p.position == position)]
        if point is not None:
            self.places.append(MapPlace(role, position, point))
        self._refresh()

    def set_risk(self, category: str, risk_rank: int) -> None:
        self.category, self.risk_rank = category, risk_rank
        self._refresh()

    def _refresh(self) -> None:
        style = marker_style(self.kind, self.category, self.risk_rank)
        places = tuple(self.places)
        markers = []
        for place in sorted(places, key=lambda p: (list(PlaceRole).index(p.role), p.position)):
            if place.role == PlaceRole.ROUTE_VIA:
                continue  # via points are corners of the route's line
            label = _LABELS[place.role]()
            markers.append(Marker(place.point.lat, place.point.lon, style, f"{label}: {place.point.address}", None,
                                  label if place.role != PlaceRole.LOCATION else ""))
        route = route_of(places)
        self.map.show_markers(markers, [tuple((p.lat, p.lon) for p in route)] if route else [])
        if not places:
            self.summary.setText(QCoreApplication.translate(
                "MapView", "No address of this record was found on the map yet; choose one from the suggestions."))
        else:
            lines = [f"{_LABELS[p.role]()}: {p.point.address}" for p in sorted(places, key=lambda p: (list(PlaceRole).index(p.role), p.position))]
            self.summary.setText(" · ".join(lines))


def add_map_tab(dialog, tabs, places_service, tiles, kind: str, record_id: int | None, category: str = "",
                risk_rank: int = -1, beside: QWidget | None = None) -> RecordMap:
    """Adds a "Kaart" tab to a record dialog with the record's stored places, right after
    the tab that holds ``beside`` (the location field), else at the end."""
    widget = RecordMap(tiles, kind, category, risk_rank, dialog)
    if record_id is not None:
        widget.set_places(places_service.places(kind, record_id))
    index = tabs.count()
    for page in range(tabs.count()):
        if beside is not None and tabs.widget(page).isAncestorOf(beside):
            index = page + 1
            break
    tabs.insertTab(index, widget, QCoreApplication.translate("MapView", "Map"))
    return widget
