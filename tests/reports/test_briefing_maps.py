"""The briefing's maps: a small map on a high-risk card and an overview map of the period,
tiles from a local fake server, the attribution printed with every map; offline the
briefing is still built, without maps, and says so in one line."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from crisisdesk.domain.documents.briefing import BriefingRequest
from crisisdesk.domain.documents.marking import Marking
from crisisdesk.domain.enums import District, Risk
from crisisdesk.domain.events.rules import EventDraft, EventKind
from crisisdesk.domain.geo.points import PlaceRole
from crisisdesk.reports.documents.briefing import build_briefing
from crisisdesk.services.documents.briefing import BriefingCollector
from crisisdesk.services.events.service import EventService
from crisisdesk.services.geo.tiles import ATTRIBUTION, TileCache, TileSource
from report_helpers import draft, local, pages_text
from tests.fake_tiles import FakeTileServer
from tests.map_helpers import DOMPLEIN, JAARBEURSPLEIN, MALIEBAAN, NEUDE, STATION, add_place

HIGH = "Mars tegen de bezuinigingen"
COUNTER = "Tegenbetoging op het Domplein"
FAIR = "Voorjaarsmarkt op het Jaarbeursplein"
SECRET = "Terugkeer van Pieter Bakker"


@pytest.fixture
def server():
    with FakeTileServer() as running:
        yield running


@pytest.fixture
def period(service, database, fixed_now):
    march = service.create(draft(purpose=HIGH, risk=Risk.HIGH))
    counter = service.create(draft(purpose=COUNTER, counter_to_id=march.id, risk=Risk.SOME, location="Domplein"))
    events = EventService(database.factory, clock=lambda: fixed_now, user="tester")
    fair = events.create(EventDraft(kind=EventKind.EVENT, title=FAIR, start_at=local(2026, 3, 18, 10), end_at=local(2026, 3, 18, 17),
                                    location="Jaarbeursplein", district=District.WEST))
    secret = events.create(EventDraft(kind=EventKind.OFFENDER_RETURN, title=SECRET, start_at=local(2026, 3, 19, 10),
                                      end_at=local(2026, 3, 19, 11), location="Kerkstraat 12", district=District.ZUID))
    factory = database.factory
    add_place(factory, notification_id=march.id, where=NEUDE)
    for role, where in ((PlaceRole.ROUTE_START, NEUDE), (PlaceRole.ROUTE_VIA, STATION), (PlaceRole.ROUTE_END, MALIEBAAN)):
        add_place(factory, notification_id=march.id, role=role, where=where)
    add_place(factory, notification_id=counter.id, where=DOMPLEIN)
    add_place(factory, event_id=fair.id, where=JAARBEURSPLEIN)
    add_place(factory, event_id=secret.id, where=STATION)
    return {"march": march.id, "counter": counter.id}


def collect(database, fixed_now, tiles, marking=Marking.CONFIDENTIAL):
    collector = BriefingCollector(database.factory, user="a.adviseur", clock=lambda: fixed_now, tiles=tiles)
    request = BriefingRequest(period_from=date(2026, 3, 16), period_to=date(2026, 3, 29), meeting_date=date(2026, 3, 16),
                              marking=marking)
    return collector.collect(request)


def build(database, fixed_now, tiles, marking=Marking.CONFIDENTIAL) -> bytes:
    return build_briefing(collect(database, fixed_now, tiles, marking))


def images_per_page(pdf: bytes) -> list[int]:
    return [len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages]


def test_a_high_risk_card_and_the_period_get_maps_with_the_attribution(database, fixed_now, period, server, tmp_path):
    tiles = TileSource(server.url, TileCache(tmp_path / "tiles", 50_000_000))
    data = collect(database, fixed_now, tiles)
    pdf = build_briefing(data)
    (tmp_path / "briefing-maps.pdf").write_bytes(pdf)
    pages = pages_text(pdf)
    text = " ".join(pages)
    assert sum(images_per_page(pdf)) == 2  # the march's card map and the overview map
    assert text.count(ATTRIBUTION) == 2  # under each map
    assert "Kaart van de periode" in text
    overview = next(page for page in pages if "Kaart van de periode" in page)
    assert HIGH in overview and COUNTER in overview and FAIR in overview  # the legend names each number
    # a sensitive event is never on a map (Vertrouwelijk lists it in the events table, not in the legend)
    assert [entry.title for entry in data.overview_map.legend] == [HIGH, COUNTER, FAIR]
    assert [entry.number for entry in data.overview_map.legend] == [1, 2, 3]
    assert [entry.clash for entry in data.overview_map.legend] == [True, True, False]
    assert [item.map is not None for item in data.demonstrations] == [True, False]  # high risk only
    assert server.requests  # the tiles came from the (fake) tile service
    # the card's map sits on the march's card, with the card's own heading
    card_page = next(i for i, page in enumerate(pages) if f"#{period['march']} {HIGH}" in page and "Kennisgevingstermijn" in page)
    assert images_per_page(pdf)[card_page] >= 1


def test_offline_the_briefing_is_built_without_maps_and_says_so_in_one_line(database, fixed_now, period, tmp_path):
    tiles = TileSource("http://127.0.0.1:9/{z}/{x}/{y}.png", TileCache(tmp_path / "tiles", 1_000_000), timeout=2)
    pdf = build(database, fixed_now, tiles)
    text = " ".join(pages_text(pdf))
    assert sum(images_per_page(pdf)) == 0
    assert text.count("offline") == 1
    assert "Kaarten weggelaten" in text
    assert HIGH in text  # the rest of the briefing is all there


def test_without_places_or_without_a_tile_source_nothing_about_maps_is_printed(database, fixed_now, service, server, tmp_path):
    service.create(draft(purpose=HIGH, risk=Risk.HIGH))
    tiles = TileSource(server.url, TileCache(tmp_path / "tiles", 50_000_000))
    for source in (tiles, None):
        pdf = build(database, fixed_now, source)
        text = " ".join(pages_text(pdf))
        assert sum(images_per_page(pdf)) == 0 and ATTRIBUTION not in text and "Kaart" not in text
    assert server.requests == []


def test_a_public_briefing_scrubs_the_legend_like_the_rest(database, fixed_now, service, server, tmp_path):
    named = service.create(draft(purpose="Wake voor Joëlle de Vries, bel 06-00001234", risk=Risk.HIGH))
    add_place(database.factory, notification_id=named.id, where=NEUDE)
    tiles = TileSource(server.url, TileCache(tmp_path / "tiles", 50_000_000))
    text = " ".join(pages_text(build(database, fixed_now, tiles, marking=Marking.PUBLIC)))
    assert "Kaart van de periode" in text
    assert "06-00001234" not in text and "Joëlle" not in text
