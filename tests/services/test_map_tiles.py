"""The tile source and its disk cache: fetched once, bounded in size (least recently used
go first), offline and error answers reported without hanging, the configured source."""

from __future__ import annotations

import os

import pytest

from crisisdesk.domain.geo.markers import marker_style
from crisisdesk.domain.geo.tiles import TileKey
from crisisdesk.services.geo.static_map import MapLine, MapMarker, render_map
from crisisdesk.services.geo.tiles import ATTRIBUTION, TileCache, TileSource, TileUnavailable, configured_tile_source
from tests.fake_tiles import FakeTileServer, tile_png

KEY = TileKey(15, 16850, 10810)


@pytest.fixture
def server():
    with FakeTileServer() as running:
        yield running


def test_a_tile_is_fetched_once_and_then_read_from_disk(tmp_path, server):
    source = TileSource(server.url, TileCache(tmp_path / "tiles", 10_000_000))
    first = source.fetch(KEY)
    assert first is not None and first.startswith(b"\x89PNG")
    assert source.fetch(KEY) == first
    assert server.requests == ["/tiles/15/16850/10810.png"]
    assert (tmp_path / "tiles" / "15" / "16850_10810.png").read_bytes() == first
    # a new source on the same folder (the next start) needs no network at all
    again = TileSource("http://127.0.0.1:9/{z}/{x}/{y}.png", TileCache(tmp_path / "tiles", 10_000_000))
    assert again.fetch(KEY) == first


def test_the_cache_stays_under_its_limit_and_evicts_the_least_recently_used(tmp_path):
    keys = [TileKey(15, x, 1) for x in range(12)]
    one = max(len(tile_png(15, key.x, 1)) for key in keys)
    cache = TileCache(tmp_path / "tiles", max_bytes=sum(len(tile_png(15, key.x, 1)) for key in keys[:5]))
    for index, key in enumerate(keys[:5]):
        cache.put(key, tile_png(15, key.x, 1))
        os.utime(cache.path(key), (1_000_000 + index, 1_000_000 + index))  # an order the clock cannot blur
    assert cache.get(keys[0]) is not None  # read now: the most recently used
    cache.put(keys[5], tile_png(15, 5, 1))  # one over the limit: evicted down to 90 %
    assert cache.size() <= cache.max_bytes
    assert cache.get(keys[0]) is not None  # kept: it was used
    assert cache.get(keys[1]) is None  # the oldest unused went first
    assert cache.get(keys[5]) is not None  # the newest is there
    for key in keys[6:]:
        cache.put(key, tile_png(15, key.x, 1))
        assert cache.size() <= cache.max_bytes  # every put ends under the limit
    assert cache.size() >= cache.max_bytes * 0.9 - 2 * one  # evicted down to 90 %, not emptied
    assert cache.get(keys[-1]) is not None


def test_a_tile_bigger_than_the_whole_cache_is_not_kept(tmp_path):
    cache = TileCache(tmp_path / "tiles", max_bytes=10)
    cache.put(KEY, b"\x89PNG\r\n\x1a\n" + b"x" * 100)
    assert cache.get(KEY) is None


def test_offline_fails_at_once_and_the_second_attempt_does_not_wait(tmp_path):
    calls = []

    def unreachable(url, timeout):
        calls.append(url)
        raise TileUnavailable("offline", "ConnectionRefusedError")

    source = TileSource("http://tiles.invalid/{z}/{x}/{y}.png", TileCache(tmp_path, 1_000_000), fetcher=unreachable)
    with pytest.raises(TileUnavailable) as first:
        source.fetch(KEY)
    assert first.value.reason == "offline" and source.offline
    with pytest.raises(TileUnavailable):
        source.fetch(TileKey(15, 16851, 10810))
    assert len(calls) == 1  # within the retry time nothing is tried again
    source.retry()
    with pytest.raises(TileUnavailable):
        source.fetch(KEY)
    assert len(calls) == 2


def test_a_closed_port_is_offline(tmp_path):
    source = TileSource("http://127.0.0.1:9/{z}/{x}/{y}.png", TileCache(tmp_path, 1_000_000), timeout=2)
    with pytest.raises(TileUnavailable) as caught:
        source.fetch(KEY)
    assert caught.value.reason == "offline"


def test_a_server_slower_than_the_timeout_counts_as_offline(tmp_path, server):
    server.mode = "slow"  # answers after two seconds
    source = TileSource(server.url, TileCache(tmp_path / "tiles", 1_000_000), timeout=0.3)
    with pytest.raises(TileUnavailable) as caught:
        source.fetch(KEY)
    assert caught.value.reason == "offline" and source.offline
    assert source.cached(KEY) is None


def test_server_errors_and_pages_that_are_not_images_are_not_cached(tmp_path, server):
    source = TileSource(server.url, TileCache(tmp_path / "tiles", 1_000_000))
    server.mode = "error"
    with pytest.raises(TileUnavailable) as caught:
        source.fetch(KEY)
    assert caught.value.reason == "error"
    source.retry()
    server.mode = "html"  # a captive portal's login page
    with pytest.raises(TileUnavailable):
        source.fetch(KEY)
    assert not (tmp_path / "tiles" / "15").exists()


def test_a_tile_outside_the_service_is_none_not_a_failure(tmp_path, server):
    source = TileSource(server.url, TileCache(tmp_path / "tiles", 1_000_000))
    assert source.fetch(TileKey(2, 3, 9)) is None  # outside the world: not even asked
    assert server.requests == []


def test_the_configured_source_follows_the_configuration(monkeypatch, tmp_path):
    from crisisdesk import config

    (tmp_path / "user.toml").write_text('map_tile_url = "https://tiles.example/{z}/{x}/{y}.png"\nmap_cache_mb = 5\n', encoding="utf-8")
    monkeypatch.setenv("CRISISDESK_CONFIG_USER", str(tmp_path / "user.toml"))
    monkeypatch.delenv("CRISISDESK_MAP_TILE_URL")
    config.activate(config.resolve())
    source = configured_tile_source()
    assert source.url_template == "https://tiles.example/{z}/{x}/{y}.png"
    assert source.cache.max_bytes == 5 * 1024 * 1024
    assert source.cache.folder == config.active().data_folder / "tiles"
    assert source.attribution == ATTRIBUTION


@pytest.mark.parametrize("text, reason", [
    ('map_tile_url = "ftp://x/{z}/{x}/{y}"', "bad_tile_url"),
    ('map_tile_url = "https://x/{z}/{y}.png"', "bad_tile_url"),
    ("map_cache_mb = 0", "bad_cache_size"),
    ('map_cache_mb = "veel"', "bad_cache_size"),
])
def test_bad_map_settings_are_refused_with_a_dutch_message(tmp_path, monkeypatch, text, reason):
    from crisisdesk import config
    from crisisdesk.messages import config_message

    (tmp_path / "user.toml").write_text(text + "\n", encoding="utf-8")
    monkeypatch.setenv("CRISISDESK_CONFIG_USER", str(tmp_path / "user.toml"))
    with pytest.raises(config.ConfigError) as caught:
        config.resolve()
    assert caught.value.reason == reason
    assert "map_" in config_message(caught.value)


def test_a_static_map_composes_tiles_and_draws_markers(tmp_path, server):
    from PIL import Image
    import io

    source = TileSource(server.url, TileCache(tmp_path / "tiles", 10_000_000))
    style = marker_style("notification", "demonstration", 2, clash=True)
    image = render_map(source, [MapMarker(52.0907, 5.1214, style, "1"), MapMarker(52.0850, 5.1300, marker_style("event", "event", 0), "2")],
                       [MapLine(((52.0907, 5.1214), (52.0870, 5.1250), (52.0850, 5.1300)))], width=400, height=260)
    assert image.attribution == ATTRIBUTION
    picture = Image.open(io.BytesIO(image.png)).convert("RGB")
    assert picture.size == (400, 260)
    colours = {colour for _count, colour in picture.getcolors(400 * 260)}
    assert (0x2f, 0x6d, 0xb5) in colours  # the Wom notification's fill
    assert (0xc6, 0x28, 0x28) in colours  # its high-risk ring and the clash ring
    assert server.requests  # tiles did come from the server


def test_a_cache_that_cannot_be_written_still_serves_the_tile(tmp_path, server):
    blocked = tmp_path / "tiles"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    source = TileSource(server.url, TileCache(blocked, 1_000_000))
    assert source.fetch(KEY).startswith(b"\x89PNG")
    assert not source.cache.writable
    assert source.fetch(TileKey(15, 16851, 10810)).startswith(b"\x89PNG")  # still shown, nothing kept
