"""BOB meetings of an exercise or an incident: number, moment, chair, attendees and the
three rounds (beeld, oordeel, besluit); the actions from its decisions.

API for the screens and reports::

    meetings = MeetingService(factory, clock=utc_now, user=None)
    meetings.create(operation_id, draft) -> BobMeetingRecord       # numbered 1, 2, … per operation
    meetings.update(meeting_id, expected_version, draft) -> BobMeetingRecord
    meetings.add_action(meeting_id, text, owner, due_at) -> ActionRecord   # deadline chosen, not past
    meetings.get(meeting_id) / meetings.list(operation_id) -> BobMeetingRecord(s), with actions
    meetings.next_number(operation_id) -> int
    meetings.partner_names() -> list[str]                          # active partners, for the attendees

A meeting is written in one transaction per save and can be changed while it runs (the
audit trail keeps every version); actions are the operation's actions
(``LogbookService.actions``) with ``meeting_id`` set, so the action list shows them too.
"""

from __future__ import annotations

import builtins
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from crisisdesk.db.models import BobMeeting, OperationAction, Partner
from crisisdesk.domain.operations.meetings import (
    BobMeetingDraft,
    BobMeetingRecord,
    clean_attendees,
    meeting_problems,
)
from crisisdesk.domain.operations.records import ActionRecord
from crisisdesk.services.errors import ConcurrentEdit, NotFound, ValidationFailed
from crisisdesk.services.operations.records import (
    OperationServiceBase,
    action_record,
    exercise_seconds,
    get_operation,
    meeting_record,
    meeting_records,
)


class MeetingService(OperationServiceBase):
    def create(self, operation_id: int, draft: BobMeetingDraft) -> BobMeetingRecord:
        self._check(draft)
        now = self.now()
        for _attempt in range(3):  # two desks opening a meeting at once: the second gets the next number
            try:
                with self._write(now) as session:
                    operation = get_operation(session, operation_id)
                    row = BobMeeting(operation_id=operation_id, number=_next_number(session, operation_id),
                                     created_at=now, created_by=self.user)
                    _fill(row, draft, exercise_seconds(operation, draft.held_at), now, self.user)
                    session.add(row)
                    session.flush()
                    return meeting_record(row)
            except IntegrityError:
                continue
        raise ConcurrentEdit(operation_id, 0, -1)

    def update(self, meeting_id: int, expected_version: int, draft: BobMeetingDraft) -> BobMeetingRecord:
        self._check(draft)
        now = self.now()
        try:
            with self._write(now) as session:
                row = session.get(BobMeeting, meeting_id)
                if row is None:
                    raise NotFound("meeting", meeting_id)
                if row.version != expected_version:
                    raise ConcurrentEdit(meeting_id, expected_version, row.version)
                operation = get_operation(session, row.operation_id)
                _fill(row, draft, exercise_seconds(operation, draft.held_at), now, self.user)
                session.flush()
                return meeting_record(row, _meeting_actions(session, row.id))
        except StaleDataError as exc:
            raise ConcurrentEdit(meeting_id, expected_version, -1) from exc

    def add_action(self, meeting_id: int, text: str, owner: str, due_at: datetime | None) -> ActionRecord:
        """An action from this meeting's decisions (the same rules as any action: a chosen deadline)."""
        from crisisdesk.services.operations.logbook import LogbookService

        with self._factory() as session:
            row = session.get(BobMeeting, meeting_id)
            if row is None:
                raise NotFound("meeting", meeting_id)
            operation_id = row.operation_id
        logbook = LogbookService(self._factory, clock=self._clock, user=self.user)
        return logbook.add_action(operation_id, text, owner, due_at, meeting_id=meeting_id)

    def get(self, meeting_id: int) -> BobMeetingRecord:
        with self._factory() as session:
            row = session.get(BobMeeting, meeting_id)
            if row is None:
                raise NotFound("meeting", meeting_id)
            return meeting_record(row, _meeting_actions(session, row.id))

    def list(self, operation_id: int) -> builtins.list[BobMeetingRecord]:
        with self._factory() as session:
            get_operation(session, operation_id)
            return meeting_records(session, operation_id)

    def partner_names(self) -> builtins.list[str]:
        """The active partner organisations, for the attendees of a meeting."""
        with self._factory() as session:
            return list(session.scalars(select(Partner.name).where(Partner.active.is_(True)).order_by(Partner.name)))

    def next_number(self, operation_id: int) -> int:
        with self._factory() as session:
            get_operation(session, operation_id)
            return _next_number(session, operation_id)

    @staticmethod
    def _check(draft: BobMeetingDraft) -> None:
        errors = meeting_problems(draft)
        if errors:
            raise ValidationFailed(errors)


def _next_number(session: Session, operation_id: int) -> int:
    highest = session.scalar(select(func.max(BobMeeting.number)).where(BobMeeting.operation_id == operation_id))
    return (highest or 0) + 1


def _fill(row: BobMeeting, draft: BobMeetingDraft, seconds: int | None, now: datetime, user: str) -> None:
    row.held_at = draft.held_at
    row.exercise_seconds = seconds
    row.chair = draft.chair.strip()
    row.attendees = list(clean_attendees(draft.attendees))
    row.picture, row.judgement, row.decision = draft.picture.strip(), draft.judgement.strip(), draft.decision.strip()
    row.updated_at, row.updated_by = now, user


def _meeting_actions(session: Session, meeting_id: int) -> tuple[ActionRecord, ...]:
    rows = session.scalars(select(OperationAction).where(OperationAction.meeting_id == meeting_id)
                           .order_by(OperationAction.id))
    return tuple(action_record(row) for row in rows)


__all__ = ["MeetingService"]
