"""Reading Locatieserver answers: points as written, wijk names, bad shapes."""

from __future__ import annotations

import pytest

from crisisdesk.domain.enums import District
from crisisdesk.domain.geo.locatieserver import UnreadableAnswer, district_for_wijk, looked_up_point, point_xy, suggestions


def test_a_wkt_point_keeps_its_order():
    assert point_xy("POINT(5.12229 52.09058)") == (5.12229, 52.09058)
    assert point_xy(" POINT ( 136844.486 455846.332 ) ") == (136844.486, 455846.332)


@pytest.mark.parametrize("text", ["POINT(5.1)", "LINESTRING(1 2, 3 4)", "", None, 5])
def test_anything_else_is_not_a_point(text):
    with pytest.raises(UnreadableAnswer):
        point_xy(text)


@pytest.mark.parametrize(("wijk", "district"), [
    ("Wijk 06 Binnenstad", District.BINNENSTAD),
    ("Wijk 10 Vleuten-De Meern", District.VLEUTEN_DE_MEERN),
    ("wijk 09 leidsche rijn", District.LEIDSCHE_RIJN),
    ("Noordoost", District.NOORDOOST),
    ("Wijk 01 Centrum", None),  # another municipality's wijk
    ("", None),
])
def test_cbs_wijk_names_map_to_the_desks_wijken(wijk, district):
    assert district_for_wijk(wijk) is district


def test_a_lookup_without_rd_still_gives_a_point():
    answer = {"response": {"docs": [{"id": "x", "weergavenaam": "Neude, Utrecht", "centroide_ll": "POINT(5.11918 52.09299)"}]}}
    point = looked_up_point(answer)
    assert (point.lat, point.lon, point.rd_x, point.rd_y, point.wijk) == (52.09299, 5.11918, None, None, "")


def test_coordinates_out_of_range_are_refused():
    answer = {"response": {"docs": [{"id": "x", "centroide_ll": "POINT(136844 455846)"}]}}  # RD numbers in the WGS84 field
    with pytest.raises(UnreadableAnswer):
        looked_up_point(answer)


@pytest.mark.parametrize("answer", [[], {"response": {}}, {"response": {"docs": "x"}}, "text"])
def test_other_shapes_are_unreadable(answer):
    with pytest.raises(UnreadableAnswer):
        suggestions(answer)


def test_suggestions_without_id_or_name_are_skipped():
    answer = {"response": {"docs": [{"id": "a", "weergavenaam": "Neude, Utrecht", "type": "weg"}, {"id": "b"}, {"weergavenaam": "x"}]}}
    assert [s.id for s in suggestions(answer)] == ["a"]
