"""Real incidents: started from a scenario, GRIP level changes with who decided and when.

API for the screens::

    service = IncidentService(factory, clock=utc_now, user=None)
    service.scenario_choices() -> list[ScenarioRecord]   # real scenarios only (never exercise_only)
    service.start(title, grip_level, decided_by, scenario_id=None, reason="", description="", teams=())
    service.change_grip(id, grip_level, decided_by, reason="", at=None) -> GripChangeRecord
    service.grip_changes(id) / service.list(open_only=False) / service.get(id) / service.close(id)

The logbook and BOB meeting are the same as an exercise's (``LogbookService``). An
incident carries no exercise marks, and exercises are never found here.

``current_incidents`` and ``open_incident_actions`` are providers for the briefing
(``crisisdesk.services.documents.briefing.Providers``): real incidents only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crisisdesk.db.models import CrisisScenario, GripChange, Operation, OperationAction
from crisisdesk.domain.documents.briefing import ActionItem, ScenarioItem
from crisisdesk.domain.checks import FieldError
from crisisdesk.domain.operations.records import ActionStatus, GripChangeRecord, LogSource, OperationRecord, Team
from crisisdesk.domain.scenarios.rules import load_grip_levels
from crisisdesk.domain.timeutil import require_aware
from crisisdesk.i18n import translate
from crisisdesk.services.errors import NotFound, ValidationFailed
from crisisdesk.domain.events.records import ScenarioRecord
from crisisdesk.services.operations.records import (
    NotAllowed,
    OperationServiceBase,
    get_operation,
    grip_record,
    operation_record,
    teams_data,
    write_log,
)
from crisisdesk.services.scenarios.service import scenario_record


def _grip_errors(level: str, decided_by: str) -> list[FieldError]:
    errors = []
    if level not in {g.code for g in load_grip_levels()}:
        errors.append(FieldError("grip_level", "unknown_grip_level", {"code": level}))
    if not decided_by.strip():
        errors.append(FieldError("decided_by", "required"))
    return errors


class IncidentService(OperationServiceBase):
    def scenario_choices(self) -> list[ScenarioRecord]:
        with self._factory() as session:
            rows = session.scalars(select(CrisisScenario).where(CrisisScenario.exercise_only.is_(False))
                                   .order_by(CrisisScenario.kind, CrisisScenario.title))
            return [scenario_record(row) for row in rows]

    def start(self, title: str, grip_level: str, decided_by: str, scenario_id: int | None = None, reason: str = "",
              description: str = "", teams: tuple[Team, ...] = (), started_at: datetime | None = None) -> OperationRecord:
        errors = ([] if title.strip() else [FieldError("title", "required")]) + _grip_errors(grip_level, decided_by)
        if errors:
            raise ValidationFailed(errors)
        now = self.now()
        at = require_aware(started_at, "started_at") if started_at is not None else now
        with self._write(now) as session:
            if scenario_id is not None:
                scenario = session.get(CrisisScenario, scenario_id)
                if scenario is None:
                    raise NotFound("scenario", scenario_id)
                if scenario.exercise_only:
                    raise NotAllowed("exercise_only", scenario.title)
            row = Operation(is_exercise=False, title=title.strip(), description=description.strip(),
                            scenario_id=scenario_id, grip_level=grip_level, teams=teams_data(teams), started_at=at,
                            paused_seconds=0.0, shift_minutes=0, created_at=now, created_by=self.user,
                            updated_at=now, updated_by=self.user)
            session.add(row)
            session.flush()
            self._record_grip(session, row, None, grip_level, decided_by, reason, at, now)
            session.flush()
            session.refresh(row)
            return operation_record(row)

    def change_grip(self, incident_id: int, grip_level: str, decided_by: str, reason: str = "",
                    at: datetime | None = None) -> GripChangeRecord:
        errors = _grip_errors(grip_level, decided_by)
        if errors:
            raise ValidationFailed(errors)
        now = self.now()
        with self._write(now) as session:
            row = get_operation(session, incident_id, exercise=False)
            if row.ended_at is not None:
                raise NotAllowed("ended")
            previous = row.grip_level
            row.grip_level = grip_level
            row.updated_at, row.updated_by = now, self.user
            change = self._record_grip(session, row, previous, grip_level, decided_by, reason,
                                       require_aware(at, "at") if at is not None else now, now)
            session.flush()
            return grip_record(change)

    def _record_grip(self, session: Session, row: Operation, previous: str | None, level: str, decided_by: str,
                     reason: str, at: datetime, now: datetime) -> GripChange:
        change = GripChange(operation_id=row.id, at=at, from_level=previous, to_level=level,
                            decided_by=decided_by.strip(), reason=reason.strip(), recorded_by=self.user)
        session.add(change)
        text = translate("Incident", "{level} (was {previous}), decided by {who}.").format(
            level=level, previous=previous or "—", who=decided_by.strip())
        if reason.strip():
            text += " " + reason.strip()
        write_log(session, row, now, self.user, LogSource.GRIP, text)
        return change

    def grip_changes(self, incident_id: int) -> list[GripChangeRecord]:
        with self._factory() as session:
            get_operation(session, incident_id, exercise=False)
            rows = session.scalars(select(GripChange).where(GripChange.operation_id == incident_id)
                                   .order_by(GripChange.at, GripChange.id))
            return [grip_record(row) for row in rows]

    def list(self, open_only: bool = False) -> list[OperationRecord]:
        statement = select(Operation).where(Operation.is_exercise.is_(False))
        if open_only:
            statement = statement.where(Operation.ended_at.is_(None))
        with self._factory() as session:
            return [operation_record(r) for r in session.scalars(statement.order_by(Operation.started_at.desc()))]

    def get(self, incident_id: int) -> OperationRecord:
        with self._factory() as session:
            return operation_record(get_operation(session, incident_id, exercise=False))

    def close(self, incident_id: int) -> OperationRecord:
        now = self.now()
        with self._write(now) as session:
            row = get_operation(session, incident_id, exercise=False)
            if row.ended_at is not None:
                raise NotAllowed("ended")
            row.ended_at = now
            row.updated_at, row.updated_by = now, self.user
            write_log(session, row, now, self.user, LogSource.GRIP, translate("Incident", "Incident closed."))
            session.flush()
            session.refresh(row)
            return operation_record(row)


# --- briefing providers: real incidents only ------------------------------------------------


def current_incidents(session: Session, start: datetime, end: datetime) -> Sequence[ScenarioItem]:
    """Real incidents open at some moment of [start, end), with their GRIP level."""
    rows = session.scalars(
        select(Operation).where(Operation.is_exercise.is_(False), Operation.started_at < end,
                                (Operation.ended_at.is_(None)) | (Operation.ended_at >= start))
        .order_by(Operation.started_at, Operation.id))
    return [ScenarioItem(row.title, row.grip_level or "", row.started_at, row.description, exercise=False) for row in rows]


def open_incident_actions(session: Session, start: datetime, end: datetime) -> Sequence[ActionItem]:
    """Open actions of real incidents open at some moment of [start, end) — the ones
    ``current_incidents`` lists — never an exercise's or an ended incident's."""
    rows = session.execute(
        select(OperationAction, Operation.title).join(Operation, Operation.id == OperationAction.operation_id)
        .where(Operation.is_exercise.is_(False), Operation.started_at < end,
               (Operation.ended_at.is_(None)) | (Operation.ended_at >= start),
               OperationAction.status.in_((ActionStatus.OPEN, ActionStatus.IN_PROGRESS)))
        .order_by(OperationAction.due_at, OperationAction.id))
    return [ActionItem("action", action.text, action.owner, action.due_at, title) for action, title in rows]
