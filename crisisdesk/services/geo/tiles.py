"""Map tiles: fetched from the tile service with short timeouts, kept in a disk cache.

    source = TileSource(url_template, TileCache(folder, max_bytes))
    source.cached(key)   -> bytes | None      # from disk only, never the network
    source.fetch(key)    -> bytes | None      # disk, else the network; None: no such tile
                                              # raises TileUnavailable (offline, server error)

Qt-free and blocking: the screen calls ``fetch`` from its thread pool, the briefing from
its worker. After a failure the source stays "offline" for ``RETRY_SECONDS`` and fails
at once, so a map of forty tiles does not wait forty timeouts; ``retry()`` ends that.

The cache is one file per tile under ``<data folder>/tiles/<z>/<x>_<y>.png`` (names safe
on Windows), at most ``max_bytes`` in all: when a write goes over, the least recently
used tiles (oldest modification time; a read touches it) go until it is under 90 %.
Tiles are public map images: nothing of a person is in them or in their names.
"""

from __future__ import annotations

import contextlib
import http.client
import logging
import os
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from crisisdesk.domain.geo.tiles import TileKey

log = logging.getLogger(__name__)

TIMEOUT_SECONDS = 4.0
RETRY_SECONDS = 30.0
MAX_TILE_BYTES = 2 * 1024 * 1024
EVICT_TO = 0.9
ATTRIBUTION = "Kaartgegevens © Kadaster (BRT-Achtergrondkaart, CC BY 4.0)"
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


class TileUnavailable(Exception):
    """No tile could be had: ``reason`` "offline" (no connection, timeout) or "error"
    (the service answered with an error or with something that is not an image)."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


class TileCache:
    """Tiles on disk, bounded in size; least recently used go first. Thread-safe."""

    def __init__(self, folder: Path, max_bytes: int) -> None:
        self.folder = Path(folder)
        self.max_bytes = max(0, int(max_bytes))
        self._lock = threading.Lock()
        self._total: int | None = None  # bytes on disk, counted on first write
        self.writable = True  # False after a write failed (a read-only or full disk): said once, not per tile

    def path(self, key: TileKey) -> Path:
        return self.folder / str(key.z) / f"{key.x}_{key.y}.png"

    def get(self, key: TileKey) -> bytes | None:
        path = self.path(key)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # used now: the last to be evicted
        return data

    def put(self, key: TileKey, data: bytes) -> None:
        if len(data) > self.max_bytes or not self.writable:
            return
        path = self.path(key)
        with self._lock:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                old = path.stat().st_size if path.exists() else 0
                temporary = path.with_name(f"{path.stem}.{threading.get_ident()}.part")
                temporary.write_bytes(data)
                os.replace(temporary, path)
            except OSError as exc:  # a full or read-only disk: the map still shows the tile
                self.writable = False
                log.warning("map tile cache not written, tiles are no longer kept: %s", exc.strerror or exc)
                return
            self._total = (self._count() if self._total is None else self._total) + len(data) - old
            if self._total > self.max_bytes:
                self._evict()

    def size(self) -> int:
        with self._lock:
            return self._count()

    def _files(self) -> list[tuple[float, int, Path]]:
        found: list[tuple[float, int, Path]] = []
        if not self.folder.is_dir():
            return found
        for folder in self.folder.iterdir():
            if not folder.is_dir():
                continue
            for path in folder.glob("*.png"):
                with contextlib.suppress(OSError):
                    stat = path.stat()
                    found.append((stat.st_mtime, stat.st_size, path))
        return found

    def _count(self) -> int:
        return sum(size for _mtime, size, _path in self._files())

    def _evict(self) -> None:
        files = sorted(self._files(), key=lambda f: f[0])
        total = sum(size for _mtime, size, _path in files)
        target = int(self.max_bytes * EVICT_TO)
        for _mtime, size, path in files:
            if total <= target:
                break
            with contextlib.suppress(OSError):
                path.unlink()
                total -= size
        self._total = total


Fetcher = Callable[[str, float], bytes]


def http_get(url: str, timeout: float) -> bytes:
    """The body of a GET, at most ``MAX_TILE_BYTES``; raises TileUnavailable."""
    request = urllib.request.Request(url, headers={"User-Agent": _user_agent(), "Accept": "image/png,image/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data: bytes = response.read(MAX_TILE_BYTES + 1)
    except urllib.error.HTTPError as exc:
        exc.close()  # the error's own response: its socket is closed here, not by the collector
        if exc.code == 404:
            raise TileUnavailable("missing", str(exc.code)) from exc
        raise TileUnavailable("error", f"HTTP {exc.code}") from exc
    except (urllib.error.URLError, TimeoutError, ConnectionError, http.client.HTTPException, OSError) as exc:
        raise TileUnavailable("offline", type(exc).__name__) from exc
    if len(data) > MAX_TILE_BYTES:
        raise TileUnavailable("error", "too large")
    return data


def _user_agent() -> str:
    from crisisdesk import __version__

    return f"crisisdesk/{__version__}"


@dataclass
class TileSource:
    """Tiles from ``url_template`` through ``cache``; ``fetcher`` does the HTTP (tests swap it)."""

    url_template: str
    cache: TileCache
    timeout: float = TIMEOUT_SECONDS
    fetcher: Fetcher = http_get
    retry_seconds: float = RETRY_SECONDS
    attribution: str = ATTRIBUTION

    def __post_init__(self) -> None:
        self._offline_until = 0.0
        self._last_reason = ""
        self._lock = threading.Lock()

    @property
    def offline(self) -> bool:
        """True while the last failure is recent: fetch fails at once until then."""
        return time.monotonic() < self._offline_until

    @property
    def last_failure(self) -> str:
        """"offline" or "error" for the last failure ("" when the last fetch worked)."""
        return self._last_reason

    def retry(self) -> None:
        with self._lock:
            self._offline_until = 0.0

    def cached(self, key: TileKey) -> bytes | None:
        return self.cache.get(key) if key.valid() else None

    def fetch(self, key: TileKey) -> bytes | None:
        """The tile's image (PNG or JPEG bytes), None when the service has no such tile."""
        if not key.valid():
            return None
        data = self.cache.get(key)
        if data is not None:
            return data
        if self.offline:
            raise TileUnavailable(self._last_reason or "offline", "waiting before trying again")
        try:
            data = self.fetcher(key.url(self.url_template), self.timeout)
            if not data.startswith(_IMAGE_MAGIC):
                raise TileUnavailable("error", "not an image")
        except TileUnavailable as exc:
            if exc.reason == "missing":
                return None
            with self._lock:
                self._offline_until = time.monotonic() + self.retry_seconds
                self._last_reason = exc.reason
            log.info("map tiles unavailable (%s)", exc.reason)
            raise
        with self._lock:
            self._last_reason = ""
        self.cache.put(key, data)
        return data

    def fetch_all(self, keys: Iterable[TileKey], workers: int = 4,
                  is_cancelled: Callable[[], bool] | None = None) -> dict[TileKey, bytes | None]:
        """Every tile of ``keys`` (None for those the service does not have); raises
        TileUnavailable as soon as one cannot be had."""
        wanted = list(dict.fromkeys(keys))
        found: dict[TileKey, bytes | None] = {}
        missing = []
        for key in wanted:
            data = self.cached(key)
            if data is None:
                missing.append(key)
            else:
                found[key] = data
        if not missing:
            return found
        with ThreadPoolExecutor(max_workers=max(1, min(workers, len(missing)))) as pool:
            for key, data in zip(missing, pool.map(self.fetch, missing), strict=True):
                if is_cancelled is not None and is_cancelled():
                    break
                found[key] = data
        return found


def tile_folder(data_folder: Path) -> Path:
    return Path(data_folder) / "tiles"


@lru_cache(maxsize=4)
def _source(url_template: str, folder: str, max_bytes: int) -> TileSource:
    return TileSource(url_template, TileCache(Path(folder), max_bytes))


def configured_tile_source() -> TileSource:
    """The process's tile source from the configuration in force (one per setting, shared
    by the map tab, the dialogs and the briefing, so they share the offline state)."""
    from crisisdesk.config import DEFAULT_MAP_CACHE_MB, DEFAULT_MAP_TILE_URL, ENV_MAP_TILE_URL, active
    from crisisdesk.paths import home_dir

    config = active()
    url = config.map_tile_url if config is not None else os.environ.get(ENV_MAP_TILE_URL) or DEFAULT_MAP_TILE_URL
    megabytes = config.map_cache_mb if config is not None else DEFAULT_MAP_CACHE_MB
    folder = tile_folder(config.data_folder if config is not None else home_dir(create=False))
    return _source(url, str(folder), megabytes * 1024 * 1024)
