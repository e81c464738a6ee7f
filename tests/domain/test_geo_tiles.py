"""Web-Mercator tile maths: the tile of a known place, round trips, covering and fitting."""

from __future__ import annotations

import pytest

from crisisdesk.domain.geo.tiles import TILE_SIZE, TileKey, Viewport, fit_zoom, lat_lon, tiles_covering, world_pixel

DOM = (52.0907, 5.1214)  # Domtoren, Utrecht


def test_the_tile_of_the_domtoren_at_zoom_15_is_the_known_one():
    # the slippy-map formula: x = (lon + 180) / 360 * 2**15 = 16850.16, y = (1 - asinh(tan(lat)) / pi) / 2 * 2**15 = 10810.34
    x, y = world_pixel(*DOM, 15)
    assert (int(x // TILE_SIZE), int(y // TILE_SIZE)) == (16850, 10810)


def test_world_pixel_and_lat_lon_are_each_others_inverse():
    for zoom in (6, 12, 19):
        lat, lon = lat_lon(*world_pixel(*DOM, zoom), zoom)
        assert lat == pytest.approx(DOM[0], abs=1e-9)
        assert lon == pytest.approx(DOM[1], abs=1e-9)


def test_tile_url_and_file_name():
    key = TileKey(14, 8425, 5404)
    assert key.url("https://t.example/{z}/{x}/{y}.png") == "https://t.example/14/8425/5404.png"
    assert key.file_name() == "14_8425_5404.png"
    assert key.valid()
    assert not TileKey(2, 4, 0).valid()
    assert not TileKey(2, 0, -1).valid()


def test_tiles_covering_a_window_of_two_by_two_tiles_and_never_outside_the_world():
    assert tiles_covering(10, 10, 300, 300, 5) == [TileKey(5, 0, 0), TileKey(5, 1, 0), TileKey(5, 0, 1), TileKey(5, 1, 1)]
    assert tiles_covering(-500, -500, 100, 100, 1) == [TileKey(1, 0, 0)]
    assert tiles_covering(0, 0, 256, 256, 3) == [TileKey(3, 0, 0)]  # the right edge is not the next tile


def test_fit_zoom_keeps_all_points_inside_the_margin():
    points = [(52.0907, 5.1214), (52.0894, 5.1100), (52.1000, 5.1300)]
    zoom, lat, lon = fit_zoom(points, 400, 300, margin=20, max_zoom=18)
    view = Viewport(zoom, lat, lon, 400, 300)
    for point in points:
        x, y = view.pixel(*point)
        assert 20 - 1 <= x <= 380 + 1 and 20 - 1 <= y <= 280 + 1
    # one zoom closer and they no longer fit
    closer = Viewport(zoom + 1, lat, lon, 400, 300)
    xs = [closer.pixel(*p)[0] for p in points]
    ys = [closer.pixel(*p)[1] for p in points]
    assert max(xs) - min(xs) > 360 or max(ys) - min(ys) > 260


def test_fit_zoom_of_one_point_is_the_maximum_and_of_none_is_utrecht():
    assert fit_zoom([DOM], 300, 200, max_zoom=16)[0] == 16
    _zoom, lat, lon = fit_zoom([], 300, 200)
    assert (round(lat, 2), round(lon, 2)) == (52.09, 5.12)


def test_viewport_tiles_cover_the_window_and_place_the_centre_in_the_middle():
    view = Viewport(15, *DOM, 480, 300)
    assert view.pixel(*DOM) == pytest.approx((240, 150))
    placed = view.tiles()
    assert min(x for _k, x, _y in placed) <= 0 and max(x for _k, x, _y in placed) + TILE_SIZE >= 480
    assert min(y for _k, _x, y in placed) <= 0 and max(y for _k, _x, y in placed) + TILE_SIZE >= 300
    assert len(placed) == len({k for k, _x, _y in placed})


def test_markers_on_the_same_spot_are_set_out_around_it_and_others_stay():
    from crisisdesk.domain.geo.markers import spread

    placed = spread([(100, 100), (100, 100), (300, 50), (102, 101)], radius=14)
    assert placed[2] == (300, 50)
    together = [placed[0], placed[1], placed[3]]
    assert len(set(together)) == 3
    for x, y in together:
        assert abs(((x - 100) ** 2 + (y - 100) ** 2) ** 0.5 - 14) < 1e-9
