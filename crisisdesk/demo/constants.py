"""Numbers that shape the demo data."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta



DEMO_USER = "demo"
BATCH_SIZE = 5_000  # rows per chunk and per transaction; part of what makes a seed repeatable
PARALLEL_FROM = 20_000  # from this many rows on, chunks are generated in worker processes
MAX_WORKERS = 4
SQLITE_CACHE_KIB = 64 * 1024  # page cache of the writing connection while seeding
YEARS_BACK = 4
DAYS_AHEAD = 92

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

_MINUTE = timedelta(minutes=1)
_HOUR = timedelta(hours=1)
_DAY = timedelta(days=1)


