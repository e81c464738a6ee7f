"""The Kaart tab: a day's records as markers (shape, colour, letter), routes and clashes
on tiles from a local fake server; the list beside it opens records by keyboard; offline
the map says so and the rest still works; the tab is built only when first opened."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crisisdesk.desk import Desk
from crisisdesk.domain.enums import District, Risk
from crisisdesk.domain.events.rules import EventKind
from crisisdesk.domain.geo.points import PlaceRole
from crisisdesk.services.geo.tiles import ATTRIBUTION, TileCache, TileSource
from crisisdesk.ui.geo.map_page import MapPage
from crisisdesk.ui.geo.map_view import MapView
from desk_helpers import event, local, notification
from tests.fake_tiles import FakeTileServer
from tests.map_helpers import DOMPLEIN, JAARBEURSPLEIN, MALIEBAAN, NEUDE, STATION, add_place

pytestmark = pytest.mark.usefixtures("no_threads_left")

DAY = date(2026, 4, 2)


@pytest.fixture
def server():
    with FakeTileServer() as running:
        yield running


@pytest.fixture
def day_records(database, fixed_now):
    desk = Desk(database, user="tester", clock=lambda: fixed_now)
    march = desk.notifications.create(notification("Mars voor het klimaat", local(2026, 4, 2, 13), local(2026, 4, 2, 16),
                                                   location="Neude", risk=Risk.HIGH))
    rally = desk.notifications.create(notification("Tegenbetoging", local(2026, 4, 2, 14), local(2026, 4, 2, 15),
                                                   location="Neude", risk=Risk.LOW))
    fair = desk.events.create(event("Voorjaarsmarkt", local(2026, 4, 2, 10), local(2026, 4, 2, 18)))
    unplaced = desk.events.create(event("Buurtfeest", local(2026, 4, 2, 19), local(2026, 4, 2, 22), location="Ergens",
                                        district=District.OOST))
    secret = desk.events.create(event("Terugkeer", local(2026, 4, 2, 9), local(2026, 4, 2, 10), location="Kerkstraat 12",
                                      district=District.ZUID, kind=EventKind.OFFENDER_RETURN))
    factory = database.factory
    add_place(factory, notification_id=march.id, where=NEUDE)
    for role, where, position in ((PlaceRole.ROUTE_START, NEUDE, 0), (PlaceRole.ROUTE_VIA, STATION, 0),
                                  (PlaceRole.ROUTE_END, MALIEBAAN, 0)):
        add_place(factory, notification_id=march.id, role=role, where=where, position=position)
    add_place(factory, notification_id=rally.id, where=DOMPLEIN)
    add_place(factory, event_id=fair.id, where=JAARBEURSPLEIN)
    add_place(factory, event_id=secret.id, where=DOMPLEIN)
    return {"march": march.id, "rally": rally.id, "fair": fair.id, "unplaced": unplaced.id, "secret": secret.id, "desk": desk}


def make_page(qtbot, desk, tiles, fixed_now):
    opened: list[tuple[str, int]] = []
    page = MapPage(desk.map_items, tiles, lambda kind, ident: opened.append((kind, ident)), clock=lambda: fixed_now)
    page.opened = opened
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show_day(DAY)
    return page


def wait_tiles(qtbot, view: MapView) -> None:
    qtbot.waitUntil(lambda: not view.is_loading() and not view._settle.isActive(), timeout=10_000)
    QApplication.processEvents()


def test_the_days_records_are_markers_with_a_route_and_a_clash_on_real_tiles(qtbot, day_records, server, tmp_path, fixed_now):
    tiles = TileSource(server.url, TileCache(tmp_path / "tiles", 50_000_000))
    page = make_page(qtbot, day_records["desk"], tiles, fixed_now)
    wait_tiles(qtbot, page.map)
    markers = {item.marker.ref: item.marker for item in page.map.marker_items()}
    assert set(markers) == {("notification", day_records["march"]), ("notification", day_records["rally"]),
                            ("event", day_records["fair"])}  # no place: no marker; the sensitive event: never
    march = markers[("notification", day_records["march"])]
    assert (march.style.shape, march.style.letter, march.style.clash) == ("circle", "H", True)
    fair = markers[("event", day_records["fair"])]
    assert (fair.style.shape, fair.style.clash) == ("square", False)
    assert len(page.map.routes) == 1 and len(page.map.routes[0]) == 3
    assert len(page.map.clash_lines) == 1  # the march and the counter-rally, both at their own place
    # every item of the day is in the list, also those not on the map, in words
    texts = [page.list.item(i).text() for i in range(page.list.count())]
    assert len(texts) == 5
    assert any("Buurtfeest" in t and "not on the map" in t for t in texts)
    assert any("Place not shown" in t and "Kerkstraat" not in t for t in texts)
    assert any("Mars voor het klimaat" in t and "⚠" in t for t in texts)
    # tiles came from the fake server and are drawn; the attribution is on the map
    assert server.requests and page.map._tile_items
    assert all(key.z == page.map.zoom for key in page.map._tile_items)
    assert page.map.attribution.text() == ATTRIBUTION and page.map.attribution.isVisible()
    assert not page.map.notice.isVisible()
    assert "3 on the map" in page.statusLabel.text()
    page.grab().save(str(tmp_path / "map-tab.png"))


def test_the_list_opens_the_record_by_keyboard_and_a_marker_by_click(qtbot, day_records, server, tmp_path, fixed_now):
    tiles = TileSource(server.url, TileCache(tmp_path / "tiles", 50_000_000))
    page = make_page(qtbot, day_records["desk"], tiles, fixed_now)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Home)
    qtbot.keyClick(page.list, Qt.Key.Key_Down)
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert len(page.opened) == 1
    highlighted = [item.marker.ref for item in page.map.marker_items() if item.highlighted]
    assert page.opened == highlighted == [("event", day_records["fair"])]  # second by start: the market at 10:00
    # a click on the march's marker opens the march
    target = next(item for item in page.map.marker_items() if item.marker.ref == ("notification", day_records["march"]))
    spot = page.map.mapFromScene(target.scenePos())
    qtbot.mouseClick(page.map.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert page.opened[-1] == ("notification", day_records["march"])
    # and Enter on a marker reached with Ctrl+Tab
    page.map.setFocus()
    qtbot.keyClick(page.map, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.map, Qt.Key.Key_Return)
    assert page.opened[-1] == page.map.scene().focusItem().marker.ref
    wait_tiles(qtbot, page.map)


def test_keyboard_zoom_and_pan(qtbot, day_records, server, tmp_path, fixed_now):
    tiles = TileSource(server.url, TileCache(tmp_path / "tiles", 50_000_000))
    page = make_page(qtbot, day_records["desk"], tiles, fixed_now)
    view = page.map
    view.setFocus()
    zoom = view.zoom
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom == zoom - 1
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom == zoom
    before = view.centre()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.centre()[1] > before[1]  # further east
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.zoom == zoom
    wait_tiles(qtbot, view)


def test_offline_the_map_says_so_and_still_shows_the_markers_and_list(qtbot, day_records, tmp_path, fixed_now):
    tiles = TileSource("http://127.0.0.1:9/{z}/{x}/{y}.png", TileCache(tmp_path / "tiles", 1_000_000), timeout=2)
    page = make_page(qtbot, day_records["desk"], tiles, fixed_now)
    qtbot.waitUntil(lambda: page.map.notice.isVisible(), timeout=10_000)
    assert page.map.notice.text() == "Map not available (offline)"
    assert page.map.unavailable == "offline"
    assert len(page.map.marker_items()) == 3 and page.list.count() == 5
    wait_tiles(qtbot, page.map)
    # the service is back: "Try again" loads the tiles at once
    with FakeTileServer() as server:
        page.map.tiles.url_template = server.url
        assert page.map.retryButton.isVisible()
        qtbot.mouseClick(page.map.retryButton, Qt.MouseButton.LeftButton)
        wait_tiles(qtbot, page.map)
        assert page.map._tile_items and not page.map.notice.isVisible() and not page.map.retryButton.isVisible()


def test_cached_tiles_show_offline(qtbot, day_records, server, tmp_path, fixed_now):
    cache = TileCache(tmp_path / "tiles", 50_000_000)
    page = make_page(qtbot, day_records["desk"], TileSource(server.url, cache), fixed_now)
    wait_tiles(qtbot, page.map)
    shown = set(page.map._tile_items)
    page.close()
    offline = make_page(qtbot, day_records["desk"], TileSource("http://127.0.0.1:9/{z}/{x}/{y}.png", cache), fixed_now)
    wait_tiles(qtbot, offline.map)
    assert set(offline.map._tile_items) == shown and not offline.map.notice.isVisible()


def test_the_kaart_tab_is_built_when_first_opened_and_opens_records(qtbot, database, day_records, monkeypatch):
    from crisisdesk.ui.shell.app import desk_window

    window = desk_window(database)
    qtbot.addWidget(window)
    window.show()
    assert "map" not in window.pages.widgets
    titles = [window.ui.mainTabs.tabText(i) for i in range(window.ui.mainTabs.count())]
    assert "Map" in titles
    opened = []
    monkeypatch.setattr(window.pages, "open_record", lambda kind, ident: opened.append((kind, ident)))
    page = window.pages.page("map")
    window.ui.mainTabs.setCurrentWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show_day(DAY)
    assert page.list.count() == 5
    page.map.marker_activated.emit("notification", day_records["march"])
    wait_tiles(qtbot, page.map)


def test_the_notification_dialog_maps_its_places_and_follows_a_chosen_address(qtbot, database, day_records, fixed_now):
    from crisisdesk.domain.geo.points import GeoPoint
    from crisisdesk.ui.register.notification_dialog import NotificationDialog

    dialog = NotificationDialog(day_records["desk"], day_records["march"], now=fixed_now)
    qtbot.addWidget(dialog)
    tabs = dialog.ui.tabs
    assert tabs.tabText(tabs.indexOf(dialog.place_map)) == "Map"
    assert tabs.indexOf(dialog.place_map) == tabs.indexOf(dialog.ui.timePlaceTab) + 1  # beside the place fields
    view = dialog.place_map.map
    labels = sorted(item.marker.label for item in view.marker_items())
    assert labels == ["", "End", "Start"]  # the location, the route's start and end; the via point is on the line
    assert view.routes == [((NEUDE[1], NEUDE[2]), (STATION[1], STATION[2]), (MALIEBAAN[1], MALIEBAAN[2]))]
    assert view.marker_items()[0].marker.style.letter == "H"
    assert "Neude, Utrecht" in dialog.place_map.summary.text()
    # the address field's placeChosen(GeoPoint | None) lands here
    dialog.place_map.set_chosen(PlaceRole.LOCATION, GeoPoint("Domplein 9, Utrecht", DOMPLEIN[1], DOMPLEIN[2]))
    location = [item for item in view.marker_items() if item.marker.label == ""]
    assert [(m.marker.lat, m.marker.lon) for m in location] == [(DOMPLEIN[1], DOMPLEIN[2])]
    dialog.place_map.set_chosen(PlaceRole.ROUTE_END, None)
    assert sorted(item.marker.label for item in view.marker_items()) == ["", "Start"]
    assert len(view.routes[0]) == 2


def test_a_new_event_dialog_has_an_empty_map_that_says_why(qtbot, database, fixed_now):
    from crisisdesk.services.events.service import EventService
    from crisisdesk.services.register.notifications import NotificationService
    from crisisdesk.ui.events.event_dialog import EventDialog

    dialog = EventDialog(EventService(database.factory), NotificationService(database.factory), None, now=fixed_now)
    qtbot.addWidget(dialog)
    assert dialog.place_map.map.marker_items() == []
    assert "No address" in dialog.place_map.summary.text()


def test_the_map_colours_are_the_palettes():
    from crisisdesk.domain.geo import markers
    from crisisdesk.ui.common import palette

    for name in ("KIND_WOM", "KIND_EVENT", "KIND_CITY", "KIND_SPORT", "KIND_VISIT", "RISK_HIGH", "RISK_SOME", "RISK_LOW", "RISK_UNKNOWN"):
        assert getattr(markers, name).lower() == getattr(palette, name).lower(), name
    assert markers.CLASH.lower() == palette.ALARM.lower() and markers.ROUTE.lower() == palette.BRAND.lower()
