"""The one rule that flags an event starting before (or soon without) its permit decision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from crisisdesk.domain.events.rules import (
    EventStatus,
    PermitStatus,
    PermitWarning,
    permit_decision_deadline,
    permit_warning,
)

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


@dataclass
class Ev:
    start_at: datetime
    permit_status: PermitStatus
    permit_decision_deadline: datetime | None = None
    status: EventStatus = EventStatus.REGISTERED
    end_at: datetime | None = None

    def __post_init__(self) -> None:
        self.end_at = self.end_at or self.start_at + timedelta(hours=6)


def days(n: float) -> datetime:
    return NOW + timedelta(days=n)


@pytest.mark.parametrize("status", [PermitStatus.NOT_APPLIED, PermitStatus.APPLIED, PermitStatus.EXTENDED])
def test_undecided_and_starting_within_the_window_is_flagged(status):
    deadline = days(3) if status != PermitStatus.NOT_APPLIED else None  # decided in time, but not yet
    assert permit_warning(Ev(days(10), status, deadline), NOW, 14) == PermitWarning.SOON
    assert permit_warning(Ev(days(14), status, deadline), NOW, 14) == PermitWarning.SOON  # the window is inclusive
    assert permit_warning(Ev(days(15), status, deadline), NOW, 14) is None
    assert permit_warning(Ev(days(15), status, deadline), NOW, 20) == PermitWarning.SOON  # N is a setting


@pytest.mark.parametrize("status", [PermitStatus.NOT_REQUIRED, PermitStatus.GRANTED, PermitStatus.REFUSED, PermitStatus.WITHDRAWN])
def test_decided_or_not_needed_is_never_flagged(status):
    assert permit_warning(Ev(days(1), status), NOW, 14) is None
    assert permit_warning(Ev(days(-0.1), status), NOW, 14) is None


def test_a_start_before_the_decision_deadline_is_flagged_however_far_away():
    applied = days(-7)
    deadline = permit_decision_deadline(applied, extended=False)  # twelve weeks after the application
    assert permit_warning(Ev(deadline - timedelta(days=1), PermitStatus.APPLIED, deadline), NOW, 14) == PermitWarning.BEFORE_DECISION
    assert permit_warning(Ev(deadline + timedelta(days=1), PermitStatus.APPLIED, deadline), NOW, 14) is None


def test_under_way_without_a_decision_but_not_once_over_or_cancelled():
    assert permit_warning(Ev(days(-0.1), PermitStatus.APPLIED, days(5)), NOW, 14) == PermitWarning.UNDER_WAY
    over = Ev(days(-2), PermitStatus.APPLIED, end_at=days(-1))
    assert permit_warning(over, NOW, 14) is None
    assert permit_warning(Ev(days(2), PermitStatus.NOT_APPLIED, status=EventStatus.CANCELLED), NOW, 14) is None
