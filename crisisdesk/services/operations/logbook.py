"""The logbook and the BOB meeting of an exercise or an incident.

API for the screens and reports::

    logbook = LogbookService(factory, clock=utc_now, user=None)
    logbook.add(operation_id, category, text, author_role, inject_id=None) -> LogEntryRecord
    logbook.correct(entry_id, text, category=None, author_role=None) -> LogEntryRecord
    logbook.entries(operation_id) -> list[LogEntryRecord]      # in time order, with corrections
    logbook.add_action(operation_id, text, owner, due_at, decision_entry_id=None, inject_id=None, meeting_id=None)
    logbook.update_action(action_id, expected_version, status=..., owner=..., due_at=...)
        # a new or changed deadline is required and may not have passed (FieldError due_at)
    logbook.actions(operation_id) -> list[ActionRecord]         # by deadline
    logbook.bob(operation_id) -> BobView        # the picture, decisions, actions and BOB meetings

Append-only: there is no way to change or remove an entry (the database layer refuses
it too); a correction is a new entry that names the one it corrects. The BOB view
shows the latest version of each line.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from crisisdesk.db.models import BobMeeting, GripChange, LogEntry, OperationAction
from crisisdesk.domain.checks import FieldError
from crisisdesk.domain.operations.meetings import deadline_problem
from crisisdesk.domain.operations.records import (
    ActionRecord,
    ActionStatus,
    BobView,
    LogCategory,
    LogEntryRecord,
    LogSource,
    current_entries,
)
from crisisdesk.domain.timeutil import require_aware
from crisisdesk.services.errors import ConcurrentEdit, NotFound, ValidationFailed
from crisisdesk.services.profile import read_profile
from crisisdesk.services.operations.records import (
    NotAllowed,
    OperationServiceBase,
    action_record,
    actions_by_deadline,
    get_operation,
    grip_record,
    log_record,
    log_records,
    meeting_records,
    operation_record,
    write_log,
)

_UNSET: Any = object()


class LogbookService(OperationServiceBase):
    def add(self, operation_id: int, category: LogCategory, text: str, author_role: str = "",
            inject_id: int | None = None, corrects_id: int | None = None) -> LogEntryRecord:
        errors = []
        if not text.strip():
            errors.append(FieldError("text", "required"))
        if not isinstance(category, LogCategory):
            errors.append(FieldError("category", "required"))
        if errors:
            raise ValidationFailed(errors)
        now = self.now()
        with self._write(now) as session:
            operation = get_operation(session, operation_id)
            if corrects_id is not None:
                old = session.get(LogEntry, corrects_id)
                if old is None or old.operation_id != operation_id:
                    raise NotAllowed("wrong_operation", f"log entry {corrects_id}")
            if inject_id is not None:
                from crisisdesk.db.models import Inject

                inject = session.get(Inject, inject_id)
                if inject is None or inject.operation_id != operation_id:
                    raise NotAllowed("wrong_operation", f"inject {inject_id}")
            entry = write_log(session, operation, now, self.user, LogSource.TEAM, text.strip(), category,
                              author_role.strip(), inject_id, corrects_id)
            session.flush()
            return log_record(entry)

    def correct(self, entry_id: int, text: str, category: LogCategory | None = None,
                author_role: str | None = None) -> LogEntryRecord:
        """A new entry that replaces ``entry_id`` in the picture; the old one stays in the log."""
        with self._factory() as session:
            old = session.get(LogEntry, entry_id)
            if old is None:
                raise NotFound("log entry", entry_id)
            operation_id, old_category, old_role, old_inject = old.operation_id, old.category, old.author_role, old.inject_id
        return self.add(operation_id, category or old_category or LogCategory.PICTURE, text,
                        old_role if author_role is None else author_role, old_inject, corrects_id=entry_id)

    def entries(self, operation_id: int) -> list[LogEntryRecord]:
        with self._factory() as session:
            get_operation(session, operation_id)
            return log_records(session, operation_id)

    # --- actions -------------------------------------------------------------------------

    def add_action(self, operation_id: int, text: str, owner: str, due_at: datetime | None = None,
                   decision_entry_id: int | None = None, inject_id: int | None = None,
                   meeting_id: int | None = None) -> ActionRecord:
        """A new action: text, owner and a chosen deadline that has not passed (``due_at`` is required)."""
        now = self.now()
        self._validate_action(text, owner, due_at, now, deadline_changed=True)
        with self._write(now) as session:
            get_operation(session, operation_id)
            if meeting_id is not None:
                meeting = session.get(BobMeeting, meeting_id)
                if meeting is None or meeting.operation_id != operation_id:
                    raise NotAllowed("wrong_operation", f"meeting {meeting_id}")
            row = OperationAction(operation_id=operation_id, text=text.strip(), owner=owner.strip(), due_at=due_at,
                                  status=ActionStatus.OPEN, decision_entry_id=decision_entry_id, inject_id=inject_id,
                                  meeting_id=meeting_id, created_at=now, created_by=self.user, updated_at=now,
                                  updated_by=self.user)
            session.add(row)
            session.flush()
            return action_record(row)

    def update_action(self, action_id: int, expected_version: int, *, status: ActionStatus | None = None,
                      owner: str | None = None, due_at: datetime | None = _UNSET, text: str | None = None) -> ActionRecord:
        now = self.now()
        try:
            with self._write(now) as session:
                row = session.get(OperationAction, action_id)
                if row is None:
                    raise NotFound("action", action_id)
                if row.version != expected_version:
                    raise ConcurrentEdit(action_id, expected_version, row.version)
                new_text = row.text if text is None else text
                new_owner = row.owner if owner is None else owner
                new_due = row.due_at if due_at is _UNSET else due_at
                # an unchanged deadline may have passed (marking a late action done); a new one may not
                self._validate_action(new_text, new_owner, new_due, now, deadline_changed=new_due != row.due_at)
                row.text, row.owner, row.due_at = new_text.strip(), new_owner.strip(), new_due
                if status is not None:
                    row.status = status
                row.updated_at, row.updated_by = now, self.user
                session.flush()
                return action_record(row)
        except StaleDataError as exc:
            raise ConcurrentEdit(action_id, expected_version, -1) from exc

    @staticmethod
    def _validate_action(text: str, owner: str, due_at: datetime | None, now: datetime, deadline_changed: bool) -> None:
        errors = []
        if not text.strip():
            errors.append(FieldError("text", "required"))
        if not owner.strip():
            errors.append(FieldError("owner", "required"))
        if due_at is not None:
            require_aware(due_at, "due_at")
        if deadline_changed:
            problem = deadline_problem(due_at, now)
            if problem is not None:
                errors.append(problem)
        if errors:
            raise ValidationFailed(errors)

    def actions(self, operation_id: int) -> list[ActionRecord]:
        with self._factory() as session:
            get_operation(session, operation_id)
            return actions_by_deadline(session, operation_id)

    # --- the meeting -----------------------------------------------------------------------

    def bob(self, operation_id: int) -> BobView:
        with self._factory() as session:
            operation = get_operation(session, operation_id)
            entries = current_entries(log_records(session, operation_id))
            team = [e for e in entries if e.source == LogSource.TEAM]
            grips = session.scalars(select(GripChange).where(GripChange.operation_id == operation_id)
                                    .order_by(GripChange.at, GripChange.id))
            return BobView(
                operation=operation_record(operation),
                picture=tuple(e for e in team if e.category == LogCategory.PICTURE),
                judgements=tuple(e for e in team if e.category == LogCategory.JUDGEMENT),
                decisions=tuple(e for e in team if e.category == LogCategory.DECISION),
                actions=tuple(actions_by_deadline(session, operation_id)),
                grip_changes=tuple(grip_record(g) for g in grips),
                meetings=tuple(meeting_records(session, operation_id)),
                prepared_at=self.now(),
                prepared_by=self.user,
                author=read_profile(session).author,
            )

