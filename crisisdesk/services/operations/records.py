"""Rows of the exercise and incident tables turned into the domain's frozen records,
and the one write pattern the three operation services share."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from crisisdesk.db.models import BobMeeting, ExerciseFinding, GripChange, Inject, LogEntry, Operation, OperationAction
from crisisdesk.domain.operations.exercise_clock import ClockState, exercise_time
from crisisdesk.domain.operations.records import (
    ActionRecord,
    ActionStatus,
    BobMeetingRecord,
    FindingRecord,
    GripChangeRecord,
    InjectRecord,
    LogCategory,
    LogEntryRecord,
    LogSource,
    OperationRecord,
    Team,
)
from crisisdesk.domain.timeutil import utc_now
from crisisdesk.services.errors import NotFound, ServiceError
from crisisdesk.services.users import current_user
from crisisdesk.services.transactions import write_transaction

Clock = Callable[[], datetime]


class NotAllowed(ServiceError):
    """An action that the record's state does not allow (the reason is a code for the screen)."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        # "clock" | "released" | "started" | "ended" | "exercise_only" | "wrong_operation" | "not_exercise"
        self.reason = reason
        self.detail = detail


def clock_state(row: Operation) -> ClockState:
    return ClockState(row.started_at, row.paused_at, row.paused_seconds or 0.0, row.shift_minutes or 0, row.ended_at)


def store_clock(row: Operation, state: ClockState) -> None:
    row.started_at = state.started_at
    row.paused_at = state.paused_at
    row.paused_seconds = state.paused_seconds
    row.shift_minutes = state.shift_minutes
    row.ended_at = state.ended_at


def teams_of(data: list | None) -> tuple[Team, ...]:
    return tuple(Team(item.get("name", ""), tuple(item.get("roles", ()))) for item in data or ())


def teams_data(teams: tuple[Team, ...] | list[Team]) -> list[dict]:
    return [{"name": team.name.strip(), "roles": [r.strip() for r in team.roles if r.strip()]}
            for team in teams if team.name.strip()]


def operation_record(row: Operation) -> OperationRecord:
    return OperationRecord(
        id=row.id, version=row.version, is_exercise=row.is_exercise, title=row.title, description=row.description,
        scenario_id=row.scenario_id, scenario_title=row.scenario.title if row.scenario is not None else "",
        grip_level=row.grip_level, teams=teams_of(row.teams), clock=clock_state(row),
        created_at=row.created_at, created_by=row.created_by, closed_at=row.ended_at,
    )


def inject_record(row: Inject) -> InjectRecord:
    return InjectRecord(
        id=row.id, operation_id=row.operation_id, offset_minutes=row.offset_minutes, sender=row.sender,
        receiver=row.receiver, channel=row.channel, content=row.content, expected_action=row.expected_action,
        released_at=row.released_at, released_offset_seconds=row.released_offset_seconds,
        released_by=row.released_by, released_early=row.released_early, observed_action=row.observed_action,
        evaluation_note=row.evaluation_note,
    )


def log_record(row: LogEntry, corrected_by: tuple[int, ...] = ()) -> LogEntryRecord:
    return LogEntryRecord(
        id=row.id, operation_id=row.operation_id, at=row.at, exercise_seconds=row.exercise_seconds,
        source=row.source, category=row.category, author_role=row.author_role, author=row.author,
        text=row.text, inject_id=row.inject_id, corrects_id=row.corrects_id, corrected_by=corrected_by,
    )


def action_record(row: OperationAction) -> ActionRecord:
    return ActionRecord(
        id=row.id, version=row.version, operation_id=row.operation_id, text=row.text, owner=row.owner,
        due_at=row.due_at, status=row.status, decision_entry_id=row.decision_entry_id, inject_id=row.inject_id,
        created_at=row.created_at, created_by=row.created_by, updated_at=row.updated_at, meeting_id=row.meeting_id,
    )


def meeting_record(row: BobMeeting, actions: tuple[ActionRecord, ...] = ()) -> BobMeetingRecord:
    return BobMeetingRecord(
        id=row.id, version=row.version, operation_id=row.operation_id, number=row.number, held_at=row.held_at,
        exercise_seconds=row.exercise_seconds, chair=row.chair, attendees=tuple(row.attendees or ()),
        picture=row.picture, judgement=row.judgement, decision=row.decision, actions=actions,
        created_at=row.created_at, created_by=row.created_by, updated_at=row.updated_at, updated_by=row.updated_by,
    )


def meeting_records(session: Session, operation_id: int) -> list[BobMeetingRecord]:
    """The operation's meetings by number, each with the actions from its decisions."""
    rows = session.scalars(select(BobMeeting).where(BobMeeting.operation_id == operation_id).order_by(BobMeeting.number))
    actions: dict[int, list[ActionRecord]] = {}
    for action in session.scalars(select(OperationAction).where(OperationAction.operation_id == operation_id,
                                                                OperationAction.meeting_id.is_not(None))
                                  .order_by(OperationAction.id)):
        if action.meeting_id is not None:
            actions.setdefault(action.meeting_id, []).append(action_record(action))
    return [meeting_record(row, tuple(actions.get(row.id, ()))) for row in rows]


def actions_by_deadline(session: Session, operation_id: int) -> list[ActionRecord]:
    """The operation's actions: open ones first, by deadline (none last), then by number."""
    rows = session.scalars(select(OperationAction).where(OperationAction.operation_id == operation_id)
                           .order_by(OperationAction.id))
    records = [action_record(row) for row in rows]
    far = datetime.max.replace(tzinfo=None)
    return sorted(records, key=lambda a: (a.status in (ActionStatus.DONE, ActionStatus.CANCELLED),
                                          a.due_at.replace(tzinfo=None) if a.due_at else far, a.id))


def grip_record(row: GripChange) -> GripChangeRecord:
    return GripChangeRecord(row.id, row.at, row.from_level, row.to_level, row.decided_by, row.reason, row.recorded_by)


def finding_record(row: ExerciseFinding) -> FindingRecord:
    return FindingRecord(row.id, row.kind, row.text, row.inject_id, row.owner, row.due_at, row.created_at, row.created_by)


def get_operation(session: Session, operation_id: int, exercise: bool | None = None) -> Operation:
    """The operation, or NotFound — also when it is of the other kind (exercise vs real)."""
    row = session.get(Operation, operation_id)
    if row is None or (exercise is not None and row.is_exercise != exercise):
        raise NotFound("exercise" if exercise else "incident" if exercise is False else "operation", operation_id)
    return row


def exercise_seconds(operation: Operation, at: datetime) -> int | None:
    """The exercise time at ``at`` (exercises that have started only)."""
    if operation.is_exercise and operation.started_at is not None:
        return int(exercise_time(clock_state(operation), at).total_seconds())
    return None


def write_log(session: Session, operation: Operation, now: datetime, user: str, source: LogSource, text: str,
              category: LogCategory | None = None, author_role: str = "", inject_id: int | None = None,
              corrects_id: int | None = None) -> LogEntry:
    """Appends one logbook line, with the exercise time when the operation is an exercise."""
    seconds = exercise_seconds(operation, now)
    entry = LogEntry(operation_id=operation.id, at=now, exercise_seconds=seconds, source=source, category=category,
                     author_role=author_role, author=user, text=text, inject_id=inject_id, corrects_id=corrects_id)
    session.add(entry)
    return entry


def log_records(session: Session, operation_id: int) -> list[LogEntryRecord]:
    rows = list(session.scalars(select(LogEntry).where(LogEntry.operation_id == operation_id)
                                .order_by(LogEntry.at, LogEntry.id)))
    corrections: dict[int, list[int]] = {}
    for row in rows:
        if row.corrects_id is not None:
            corrections.setdefault(row.corrects_id, []).append(row.id)
    return [log_record(row, tuple(corrections.get(row.id, ()))) for row in rows]


class OperationServiceBase:
    """Clock, user and the write transaction the operation services share."""

    def __init__(self, factory: sessionmaker, clock: Clock = utc_now, user: str | None = None) -> None:
        self._factory = factory
        self._clock = clock
        self.user = user or current_user()

    @property
    def factory(self) -> sessionmaker:
        return self._factory

    def now(self) -> datetime:
        return self._clock()

    @contextmanager
    def _write(self, now: datetime) -> Iterator[Session]:
        """One short transaction; the audit trail gets this user and moment."""
        with write_transaction(self._factory, self.user, now) as session:
            yield session
