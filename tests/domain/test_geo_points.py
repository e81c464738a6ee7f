"""Distances between geocoded points: RD New where both have it, great-circle otherwise."""

import pytest

from crisisdesk.domain.geo.points import GeoPoint, distance_m

# Utrecht Domplein and Utrecht Centraal as PDOK's Locatieserver gives them (rounded).
DOM = GeoPoint("Domplein 1, Utrecht", lat=52.09081, lon=5.12193, rd_x=136955.0, rd_y=455895.0)
CENTRAAL = GeoPoint("Stationsplein 1, Utrecht", lat=52.08954, lon=5.11012, rd_x=136143.0, rd_y=455760.0)


def test_rd_distance_is_planar_metres():
    assert distance_m(DOM, CENTRAAL) == pytest.approx(823.1, abs=0.5)


def test_without_rd_the_great_circle_agrees_within_a_percent():
    a = GeoPoint(DOM.address, DOM.lat, DOM.lon)
    b = GeoPoint(CENTRAAL.address, CENTRAAL.lat, CENTRAAL.lon)
    assert distance_m(a, b) == pytest.approx(distance_m(DOM, CENTRAAL), rel=0.01)


def test_distance_is_symmetric_and_zero_to_itself():
    assert distance_m(DOM, DOM) == 0
    assert distance_m(CENTRAAL, DOM) == distance_m(DOM, CENTRAAL)
