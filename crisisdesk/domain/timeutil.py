"""Time zone rules: stored in UTC, shown and entered in Europe/Amsterdam."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


class NonexistentLocalTime(ValueError):
    """A wall-clock time that the spring-forward DST change skips (02:00-03:00)."""


def require_aware(value: datetime, what: str = "datetime") -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what} must be timezone-aware, got naive {value!r}")
    return value


def local_to_aware(naive: datetime) -> datetime:
    """Reads a wall-clock time in Amsterdam; refuses one that does not exist.

    In the autumn hour that occurs twice the first occurrence (summer time) is taken,
    as a person writing "02:30" on that night most often means.
    """
    if naive.tzinfo is not None:
        raise ValueError("expected a naive wall-clock time")
    aware = naive.replace(tzinfo=AMSTERDAM, fold=0)
    round_trip = aware.astimezone(UTC).astimezone(AMSTERDAM)
    if round_trip.replace(tzinfo=None) != naive:
        raise NonexistentLocalTime(naive.isoformat(sep=" ", timespec="minutes"))
    return aware


def to_local(value: datetime) -> datetime:
    return require_aware(value).astimezone(AMSTERDAM)


def to_utc(value: datetime) -> datetime:
    return require_aware(value).astimezone(UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)
