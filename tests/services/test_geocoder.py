"""The Locatieserver client against a local fake serving recorded PDOK answers."""

from __future__ import annotations

import logging
from dataclasses import replace

import pytest

from crisisdesk.domain.enums import District
from crisisdesk.domain.geo.locatieserver import district_for_wijk
from crisisdesk.domain.geo.points import distance_m
from crisisdesk.services.geo.geocoder import BAD_ANSWER, HTTP_ERROR, NOT_FOUND, OFFLINE, TIMEOUT, Geocoder, GeocoderUnavailable
from tests.fake_locatieserver import FakeLocatieserver, closed_port_url


@pytest.fixture
def server():
    with FakeLocatieserver() as fake:
        yield fake


def test_suggestions_while_typing_are_filtered_to_the_municipality(server):
    found = Geocoder(server.url, timeout=2).suggest("Domp")
    assert [s.text for s in found] == ["Domplein, Utrecht", "Domplein 29, 3512JE Utrecht", "Domplein 9, 3512JC Utrecht"]
    assert [s.type for s in found] == ["weg", "adres", "adres"]
    path, params = server.requests[-1]
    assert path.endswith("/suggest")
    assert params["q"] == ["Domp"]
    assert "gemeentenaam:Utrecht" in params["fq"]


def test_fewer_than_three_characters_ask_nothing(server):
    assert Geocoder(server.url).suggest(" Do ") == []
    assert server.requests == []


def test_an_unknown_place_gives_no_suggestions(server):
    assert Geocoder(server.url).suggest("Nergensplein") == []


def test_lookup_gives_both_coordinate_systems_as_returned_and_the_wijk(server):
    geocoder = Geocoder(server.url, timeout=2)
    chosen = next(s for s in geocoder.suggest("Domplein") if s.type == "adres")
    point = geocoder.lookup(chosen.id)
    assert point.address == "Domplein 29, 3512JE Utrecht"
    assert (point.lon, point.lat) == (5.12229, 52.09058)  # WKT "POINT(lon lat)"
    assert (point.rd_x, point.rd_y) == (136844.486, 455846.332)
    assert point.wijk == "Wijk 06 Binnenstad"
    assert district_for_wijk(point.wijk) == District.BINNENSTAD
    assert point.source_id == chosen.id
    assert server.requests[-1][1]["id"] == [chosen.id]


def test_a_square_has_coordinates_but_no_wijk(server):
    geocoder = Geocoder(server.url)
    square = geocoder.suggest("Griftpark")[0]
    point = geocoder.lookup(square.id)
    assert point.wijk == "" and district_for_wijk(point.wijk) is None
    assert point.rd_x is not None and 137000 < point.rd_x < 137300


def test_the_recorded_answers_agree_in_both_coordinate_systems(server):
    """RD New and WGS84 of each recorded place give the same distances (within a few metres per km)."""
    geocoder = Geocoder(server.url)
    names = ("Domplein", "Neude", "Stadhuisbrug", "Jaarbeursplein", "Griftpark")
    points = [geocoder.lookup(geocoder.suggest(name)[0].id) for name in names]
    for a in points:
        for b in points:
            wgs84_only = distance_m(replace(a, rd_x=None, rd_y=None), replace(b, rd_x=None, rd_y=None))
            assert abs(distance_m(a, b) - wgs84_only) < 1 + 0.0025 * wgs84_only  # RD's scale differs a little
    assert 200 < distance_m(points[1], points[2]) < 250  # Neude – Stadhuisbrug


def test_a_lookup_of_an_id_that_does_not_exist(server):
    with pytest.raises(GeocoderUnavailable) as caught:
        Geocoder(server.url).lookup("adr-00000000000000000000000000000000")
    assert caught.value.reason == NOT_FOUND


def test_refused_connection_is_offline():
    with pytest.raises(GeocoderUnavailable) as caught:
        Geocoder(closed_port_url(), timeout=2).suggest("Domplein")
    assert caught.value.reason == OFFLINE


def test_a_server_that_does_not_answer_in_time_times_out():
    with FakeLocatieserver(mode="slow", delay=3) as fake, pytest.raises(GeocoderUnavailable) as caught:
        Geocoder(fake.url, timeout=0.3).suggest("Domplein")
    assert caught.value.reason == TIMEOUT


@pytest.mark.parametrize(("mode", "reason"), [("bad_json", BAD_ANSWER), ("error", HTTP_ERROR)])
def test_an_answer_that_is_not_a_locatieserver_answer(mode, reason):
    with FakeLocatieserver(mode=mode) as fake:
        geocoder = Geocoder(fake.url)
        for call in (lambda: geocoder.suggest("Domplein"), lambda: geocoder.lookup("adr-9f89ee3ce705551f2918aa2294c7a514")):
            with pytest.raises(GeocoderUnavailable) as caught:
                call()
            assert caught.value.reason == reason


def test_json_of_another_shape_is_a_bad_answer(server, monkeypatch):
    monkeypatch.setattr(server, "answer", lambda path, params: {"features": []})
    with pytest.raises(GeocoderUnavailable) as caught:
        Geocoder(server.url).suggest("Domplein")
    assert caught.value.reason == BAD_ANSWER


def test_what_was_typed_is_not_logged_above_debug(server, caplog):
    caplog.set_level(logging.DEBUG, logger="crisisdesk.services.geo.geocoder")
    Geocoder(server.url).suggest("Domplein 29")
    with pytest.raises(GeocoderUnavailable):
        Geocoder(closed_port_url()).suggest("Domplein 29")
    assert caplog.records, "the failure is logged"
    assert all("Domplein" not in record.getMessage() for record in caplog.records)
