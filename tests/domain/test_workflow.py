"""The status workflow both registers share."""

from crisisdesk.domain.enums import Status
from crisisdesk.domain.events.rules import EventStatus, allowed_next_statuses as event_next
from crisisdesk.domain.register.notifications import allowed_next_statuses as notification_next
from crisisdesk.domain.workflow import next_statuses

STEPS = ("a", "b", "c", "d")


def test_forward_any_number_of_steps_back_one_and_aside_until_the_end():
    assert next_statuses(STEPS, "x", "b") == ("a", "b", "c", "d", "x")
    assert next_statuses(STEPS, "x", "a") == ("a", "b", "c", "d", "x")
    assert next_statuses(STEPS, "x", "d") == ("c", "d")  # done: no longer aside
    assert next_statuses(STEPS, "x", "x") == ("x", "a")  # taken up again at the first step


def test_both_registers_follow_it():
    assert notification_next(Status.CLOSED) == (Status.DECIDED, Status.CLOSED)
    assert notification_next(Status.WITHDRAWN) == (Status.WITHDRAWN, Status.RECEIVED)
    assert event_next(EventStatus.DONE) == (EventStatus.READY, EventStatus.DONE)
    assert EventStatus.CANCELLED in event_next(EventStatus.REGISTERED)
