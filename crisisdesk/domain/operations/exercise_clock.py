"""The exercise clock: exercise time is elapsed real time since the start, minus pauses.

Pure and clock-free: every function takes ``now`` (an aware datetime), so tests are exact
and the state can be stored and read back — reopening the desk mid-exercise continues
where it was. Exercise time is *elapsed* time (UTC arithmetic), so a DST change during
a night exercise neither adds nor loses an hour.

State, persisted with the exercise::

    ClockState(started_at, paused_at, paused_seconds, shift_minutes, ended_at)

- ``paused_seconds``: the pauses that are over; a running pause counts from ``paused_at``.
- ``shift_minutes``: added to the offset of every inject not yet released ("shift the
  remaining injects"). Released injects keep the moment they were released.

An inject is due when its shifted offset (T+mm) is at or before the exercise time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Protocol

from crisisdesk.domain.timeutil import require_aware


class ClockStatus(StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"


class ClockError(ValueError):
    """A clock action that does not fit the clock's state (e.g. pausing a paused clock)."""

    def __init__(self, action: str, status: ClockStatus) -> None:
        super().__init__(f"cannot {action} an exercise clock that is {status.value}")
        self.action = action
        self.status = status


class Scheduled(Protocol):
    """What the clock needs of an inject."""

    offset_minutes: int
    released_at: datetime | None


@dataclass(frozen=True)
class ClockState:
    started_at: datetime | None = None
    paused_at: datetime | None = None
    paused_seconds: float = 0.0
    shift_minutes: int = 0
    ended_at: datetime | None = None

    @property
    def status(self) -> ClockStatus:
        if self.ended_at is not None:
            return ClockStatus.ENDED
        if self.started_at is None:
            return ClockStatus.NOT_STARTED
        if self.paused_at is not None:
            return ClockStatus.PAUSED
        return ClockStatus.RUNNING


def _utc(value: datetime) -> datetime:
    """Elapsed time is computed in UTC: Python subtracts two Amsterdam times by the wall clock."""
    return require_aware(value, "now").astimezone(UTC)


def _check(state: ClockState, action: str, *allowed: ClockStatus) -> None:
    if state.status not in allowed:
        raise ClockError(action, state.status)


def start(state: ClockState, now: datetime) -> ClockState:
    _check(state, "start", ClockStatus.NOT_STARTED)
    return replace(state, started_at=_utc(now))


def pause(state: ClockState, now: datetime) -> ClockState:
    _check(state, "pause", ClockStatus.RUNNING)
    return replace(state, paused_at=_utc(now))


def resume(state: ClockState, now: datetime) -> ClockState:
    _check(state, "resume", ClockStatus.PAUSED)
    assert state.paused_at is not None
    paused = max(0.0, (_utc(now) - _utc(state.paused_at)).total_seconds())
    return replace(state, paused_at=None, paused_seconds=state.paused_seconds + paused)


def shift(state: ClockState, minutes: int) -> ClockState:
    """Moves every inject not yet released ``minutes`` later (earlier when negative)."""
    _check(state, "shift", ClockStatus.NOT_STARTED, ClockStatus.RUNNING, ClockStatus.PAUSED)
    return replace(state, shift_minutes=state.shift_minutes + int(minutes))


def end(state: ClockState, now: datetime) -> ClockState:
    _check(state, "end", ClockStatus.RUNNING, ClockStatus.PAUSED)
    if state.paused_at is not None:
        state = resume(state, now)
    return replace(state, ended_at=_utc(now))


def exercise_time(state: ClockState, now: datetime) -> timedelta:
    """Elapsed exercise time at ``now`` (zero before the start; frozen while paused or ended)."""
    if state.started_at is None:
        return timedelta(0)
    stop = _utc(state.ended_at or state.paused_at or now)
    elapsed = stop - _utc(state.started_at) - timedelta(seconds=state.paused_seconds)
    return max(elapsed, timedelta(0))


def due_offset(state: ClockState, inject: Scheduled) -> timedelta:
    """When (in exercise time) a pending inject comes up: its offset plus the shift."""
    return timedelta(minutes=inject.offset_minutes + state.shift_minutes)


def due_injects(state: ClockState, injects: Iterable[Scheduled], now: datetime) -> list[Scheduled]:
    """The injects not yet released whose moment has come, in the order they came due."""
    if state.status != ClockStatus.RUNNING:
        return []
    elapsed = exercise_time(state, now)
    due = [i for i in injects if i.released_at is None and due_offset(state, i) <= elapsed]
    return sorted(due, key=lambda i: i.offset_minutes)


def next_due(state: ClockState, injects: Iterable[Scheduled], now: datetime) -> datetime | None:
    """The real moment the next pending inject comes up, if the clock keeps running."""
    if state.status != ClockStatus.RUNNING:
        return None
    pending = [due_offset(state, i) for i in injects if i.released_at is None]
    if not pending:
        return None
    return _utc(now) + max(min(pending) - exercise_time(state, now), timedelta(0))


def format_exercise_time(value: timedelta) -> str:
    """"T+01:05" (hours:minutes); "T-00:10" for a moment before the start."""
    seconds = int(value.total_seconds())
    sign = "-" if seconds < 0 else "+"
    minutes = abs(seconds) // 60
    return f"T{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def format_offset(minutes: int) -> str:
    return format_exercise_time(timedelta(minutes=minutes))
