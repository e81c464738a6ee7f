"""What a player of an exercise may see: the exercise, the injects the team has received,
and the current situation (latest BOB meeting, current picture, open actions).

API for the player window::

    player = PlayerService(factory, clock=utc_now, user=None)
    player.exercise(id) -> PlayerExercise                 # title, clock; no script, no pending count
    player.received_injects(id) -> list[ReceivedInject]   # released only, in the order received
    player.situation(id) -> Situation
    player.stamp(id) -> tuple[int, ...]                  # changes when the log, actions or meetings change

Nothing here returns the script: an inject that has not been released is never read
into a record, and a released one comes without its expected action or evaluation.
This service only reads; releasing injects is the exercise leader's (``ExerciseService``).
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crisisdesk.db.models import BobMeeting, Inject, LogEntry, Operation, OperationAction
from crisisdesk.domain.operations.meetings import PlayerExercise, ReceivedInject, Situation, is_open
from crisisdesk.domain.operations.records import LogCategory, LogSource, current_entries
from crisisdesk.services.operations.records import (
    OperationServiceBase,
    actions_by_deadline,
    clock_state,
    get_operation,
    log_records,
    meeting_records,
    teams_of,
)

SITUATION_PICTURE_LINES = 12
SITUATION_INJECTS = 5


def player_exercise(row: Operation) -> PlayerExercise:
    return PlayerExercise(row.id, row.title, row.description, row.grip_level, clock_state(row), teams_of(row.teams))


def received(session: Session, exercise_id: int) -> list[ReceivedInject]:
    rows = session.scalars(select(Inject).where(Inject.operation_id == exercise_id, Inject.released_at.is_not(None))
                           .order_by(Inject.released_at, Inject.id))
    return [ReceivedInject(row.id, row.offset_minutes, row.released_at, row.released_offset_seconds, row.sender,
                           row.receiver, row.channel, row.content)
            for row in rows if row.released_at is not None]


class PlayerService(OperationServiceBase):
    def exercise(self, exercise_id: int) -> PlayerExercise:
        with self._factory() as session:
            return player_exercise(get_operation(session, exercise_id, exercise=True))

    def received_injects(self, exercise_id: int) -> list[ReceivedInject]:
        with self._factory() as session:
            get_operation(session, exercise_id, exercise=True)
            return received(session, exercise_id)

    def stamp(self, exercise_id: int) -> tuple[int, ...]:
        """Changes when anyone writes in the logbook, an action or a meeting (another desk
        included): the player window reads everything again only then."""
        with self._factory() as session:
            log = session.execute(select(func.count(LogEntry.id), func.max(LogEntry.id))
                                  .where(LogEntry.operation_id == exercise_id)).one()
            actions = session.execute(select(func.count(OperationAction.id), func.sum(OperationAction.version))
                                      .where(OperationAction.operation_id == exercise_id)).one()
            meetings = session.execute(select(func.count(BobMeeting.id), func.sum(BobMeeting.version))
                                       .where(BobMeeting.operation_id == exercise_id)).one()
            return tuple(int(value or 0) for value in (*log, *actions, *meetings))

    def situation(self, exercise_id: int) -> Situation:
        with self._factory() as session:
            row = get_operation(session, exercise_id, exercise=True)
            entries = current_entries(log_records(session, exercise_id))
            picture = [e for e in entries if e.source == LogSource.TEAM and e.category == LogCategory.PICTURE]
            meetings = meeting_records(session, exercise_id)
            injects = received(session, exercise_id)
            return Situation(
                exercise=player_exercise(row),
                last_meeting=meetings[-1] if meetings else None,
                picture=tuple(reversed(picture[-SITUATION_PICTURE_LINES:])),
                open_actions=tuple(a for a in actions_by_deadline(session, exercise_id) if is_open(a)),
                latest_injects=tuple(reversed(injects[-SITUATION_INJECTS:])),
                prepared_at=self.now(),
            )


__all__ = ["PlayerService"]
