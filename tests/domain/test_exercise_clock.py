"""The exercise clock with a fake clock: exact release moments, pause, resume, shift, DST."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from crisisdesk.domain.operations import exercise_clock as clk
from crisisdesk.domain.operations.exercise_clock import ClockError, ClockState, ClockStatus
from crisisdesk.domain.timeutil import AMSTERDAM

START = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)


@dataclass
class Inj:
    offset_minutes: int
    released_at: datetime | None = None


def at(minutes: float, seconds: float = 0) -> datetime:
    return START + timedelta(minutes=minutes, seconds=seconds)


def test_nothing_is_due_before_the_start():
    state = ClockState()
    assert state.status is ClockStatus.NOT_STARTED
    assert clk.exercise_time(state, at(30)) == timedelta(0)
    assert clk.due_injects(state, [Inj(0)], at(30)) == []


def test_an_inject_is_released_at_exactly_its_moment_not_a_second_before():
    state = clk.start(ClockState(), START)
    injects = [Inj(15), Inj(0), Inj(30)]
    assert [i.offset_minutes for i in clk.due_injects(state, injects, START)] == [0]
    assert [i.offset_minutes for i in clk.due_injects(state, injects, at(14, 59))] == [0]
    assert [i.offset_minutes for i in clk.due_injects(state, injects, at(15))] == [0, 15]
    injects[0].released_at = at(15)
    injects[1].released_at = START
    assert clk.due_injects(state, injects, at(29, 59.999)) == []
    assert clk.next_due(state, injects, at(20)) == at(30)


def test_pause_freezes_exercise_time_and_resume_continues_it():
    state = clk.start(ClockState(), START)
    state = clk.pause(state, at(10))
    assert state.status is ClockStatus.PAUSED
    assert clk.exercise_time(state, at(25)) == timedelta(minutes=10)
    assert clk.due_injects(state, [Inj(5)], at(25)) == []  # a paused clock releases nothing
    state = clk.resume(state, at(25))
    assert state.paused_seconds == 15 * 60
    assert clk.exercise_time(state, at(25)) == timedelta(minutes=10)
    injects = [Inj(20)]
    assert clk.due_injects(state, injects, at(34, 59)) == []
    assert clk.due_injects(state, injects, at(35)) == injects  # T+20 = 10 + 15 paused + 10
    state = clk.pause(state, at(40))
    state = clk.resume(state, at(41))
    assert clk.exercise_time(state, at(41)) == timedelta(minutes=25)  # 41 - 16 paused


def test_shift_moves_only_the_remaining_injects():
    state = clk.start(ClockState(), START)
    released = Inj(10, released_at=at(10))
    pending = Inj(30)
    state = clk.shift(state, 15)
    assert clk.due_injects(state, [released, pending], at(44, 59)) == []
    assert clk.due_injects(state, [released, pending], at(45)) == [pending]
    earlier = clk.shift(state, -25)  # net -10: T+30 now comes at T+20
    assert clk.due_injects(earlier, [pending], at(20)) == [pending]
    assert clk.due_injects(earlier, [pending], at(19, 59)) == []


def test_wrong_order_of_clock_actions_is_refused():
    with pytest.raises(ClockError):
        clk.pause(ClockState(), START)
    running = clk.start(ClockState(), START)
    with pytest.raises(ClockError):
        clk.start(running, at(1))
    with pytest.raises(ClockError):
        clk.resume(running, at(1))
    ended = clk.end(clk.pause(running, at(5)), at(10))
    assert ended.status is ClockStatus.ENDED
    assert clk.exercise_time(ended, at(60)) == timedelta(minutes=5)  # the pause before the end does not count
    with pytest.raises(ClockError):
        clk.shift(ended, 5)


def test_naive_moments_are_refused():
    with pytest.raises(ValueError):
        clk.start(ClockState(), datetime(2026, 3, 14, 9, 0))


def test_a_night_exercise_across_the_spring_dst_change_counts_elapsed_time():
    """29-03-2026: 02:00 becomes 03:00 in Amsterdam; an exercise started 01:30 is T+01:00 at 03:30."""
    start = datetime(2026, 3, 29, 1, 30, tzinfo=AMSTERDAM)
    state = clk.start(ClockState(), start)
    three_thirty = datetime(2026, 3, 29, 3, 30, tzinfo=AMSTERDAM)
    assert clk.exercise_time(state, three_thirty) == timedelta(hours=1)
    assert clk.due_injects(state, [Inj(60)], three_thirty) != []
    assert clk.due_injects(state, [Inj(61)], three_thirty) == []


def test_a_night_exercise_across_the_autumn_dst_change_counts_elapsed_time():
    """25-10-2026: 03:00 becomes 02:00 again; 02:30 (second time) is two real hours after 01:30."""
    start = datetime(2026, 10, 25, 1, 30, tzinfo=AMSTERDAM)
    state = clk.start(ClockState(), start)
    second_half_past_two = datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=AMSTERDAM)
    assert clk.exercise_time(state, second_half_past_two.astimezone(UTC)) == timedelta(hours=2)
    assert clk.format_exercise_time(clk.exercise_time(state, second_half_past_two.astimezone(UTC))) == "T+02:00"


def test_formatting():
    assert clk.format_offset(0) == "T+00:00"
    assert clk.format_offset(95) == "T+01:35"
    assert clk.format_exercise_time(timedelta(minutes=-10)) == "T-00:10"
