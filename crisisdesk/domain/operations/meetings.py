"""BOB meetings of the crisis team, what a player of an exercise may see, and the rules for
an action's deadline.

A meeting has a number (1, 2, … per exercise or incident), a moment, a chair and who
attended (people, roles or partners), and the three rounds of BOB: beeld (the shared
picture of the facts), oordeel (problems, risks, options) and besluit (the decisions).
The decisions lead to actions, each with an owner and a chosen deadline.

A player of an exercise sees only what the team has received: ``ReceivedInject`` has
no expected action and there is no record of an inject that is still to come.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from crisisdesk.domain.checks import FieldError
from crisisdesk.domain.operations.exercise_clock import ClockState
from crisisdesk.domain.operations.records import (
    ActionRecord,
    ActionStatus,
    BobMeetingDraft,
    BobMeetingRecord,
    InjectChannel,
    LogEntryRecord,
    Team,
)

__all__ = ["BobMeetingDraft", "BobMeetingRecord", "PlayerExercise", "ReceivedInject", "Situation",
           "clean_attendees", "deadline_problem", "is_open", "meeting_problems"]

MAX_ATTENDEES = 60
MAX_ROUND_CHARS = 20_000


@dataclass(frozen=True)
class ReceivedInject:
    """An inject as the players received it: no expected action, no evaluation."""

    id: int
    offset_minutes: int
    received_at: datetime
    received_offset_seconds: int | None  # exercise time at release
    sender: str
    receiver: str
    channel: InjectChannel
    content: str


@dataclass(frozen=True)
class PlayerExercise:
    """The exercise as a player sees it: no script, no count of what is still to come."""

    id: int
    title: str
    description: str
    grip_level: str | None
    clock: ClockState
    teams: tuple[Team, ...] = ()  # the roles at the table (for the logbook and the meetings)


@dataclass(frozen=True)
class Situation:
    """The current picture for the players: the latest meeting, the current picture lines
    of the logbook (newest first), the open actions and the latest received injects."""

    exercise: PlayerExercise
    last_meeting: BobMeetingRecord | None
    picture: tuple[LogEntryRecord, ...]
    open_actions: tuple[ActionRecord, ...]
    latest_injects: tuple[ReceivedInject, ...]
    prepared_at: datetime


def clean_attendees(attendees: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Trimmed, without empty lines and without a name twice (first spelling kept)."""
    seen: set[str] = set()
    result: list[str] = []
    for name in attendees:
        name = name.strip()
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            result.append(name)
    return tuple(result)


def meeting_problems(draft: BobMeetingDraft) -> list[FieldError]:
    errors: list[FieldError] = []
    if draft.held_at.tzinfo is None or draft.held_at.utcoffset() is None:
        errors.append(FieldError("held_at", "required"))
    if not draft.chair.strip():
        errors.append(FieldError("chair", "required"))
    if len(clean_attendees(draft.attendees)) > MAX_ATTENDEES:
        errors.append(FieldError("attendees", "text_too_long", {"max": MAX_ATTENDEES}))
    for name, text in (("picture", draft.picture), ("judgement", draft.judgement), ("decision", draft.decision)):
        if len(text) > MAX_ROUND_CHARS:
            errors.append(FieldError(name, "text_too_long", {"max": MAX_ROUND_CHARS}))
        if "\x00" in text:
            errors.append(FieldError(name, "nul_character"))
    return errors


def deadline_problem(due_at: datetime | None, now: datetime) -> FieldError | None:
    """A new or changed deadline must be chosen and must lie after now.

    Saving an action with no deadline, or with one that has already passed, made it
    overdue the moment it was saved; both are refused.
    """
    if due_at is None:
        return FieldError("due_at", "deadline_required")
    if due_at.tzinfo is None or due_at.utcoffset() is None:
        return FieldError("due_at", "deadline_required")
    if due_at < now:
        return FieldError("due_at", "deadline_in_past")
    return None


def is_open(action: ActionRecord) -> bool:
    return action.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
