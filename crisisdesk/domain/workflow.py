"""The status workflow the registers share: forward any number of steps, one step back.

A record may be put aside (a notification withdrawn, an event cancelled) until it has
reached the last step, and a record put aside may be taken up again at the first step.
"""

from __future__ import annotations

from typing import TypeVar

S = TypeVar("S")


def next_statuses(workflow: tuple[S, ...], aside: S, current: S) -> tuple[S, ...]:
    """The statuses a record may move to from ``current`` (itself included), in workflow order."""
    if current == aside:
        return (aside, workflow[0])
    index = workflow.index(current)
    allowed: list[S] = [current]
    if index > 0:
        allowed.insert(0, workflow[index - 1])
    allowed.extend(workflow[index + 1 :])
    if current != workflow[-1]:
        allowed.append(aside)
    return tuple(allowed)
