"""Exercises: the script (injects), the clock, releasing injects, and the evaluation.

API for the screens (``clock`` is injectable so tests are exact)::

    service = ExerciseService(factory, clock=utc_now, user=None)
    service.create(title, scenario_id=None, description="", teams=()) -> OperationRecord
    service.update(id, expected_version, title=..., description=..., teams=..., scenario_id=...)
    service.list() / service.get(id) / service.delete(id)      # delete: only before the start
    service.injects(id) -> list[InjectRecord]                 # by T+, then id
    service.add_inject(id, draft) / update_inject(inject_id, draft) / delete_inject(inject_id)
    service.import_injects(id, drafts) -> int
    service.start(id) / pause(id) / resume(id) / shift(id, minutes) / end(id) -> OperationRecord
    service.release_due(id) -> list[InjectRecord]     # what the clock says is due now
    service.release_now(id, inject_id) -> InjectRecord  # the leader releases one early
    service.set_observation(inject_id, observed_action, note)
    service.add_finding(id, kind, text, owner="", due_at=None, inject_id=None) -> FindingRecord
    service.evaluation(id) -> ExerciseEvaluation

Every clock action and every released inject lands in the logbook. Only exercises are
found here (a real incident's id raises NotFound), and nothing here touches the
registers, calendar, statistics or briefings.
"""

from __future__ import annotations

import builtins
from datetime import datetime

from sqlalchemy import select

from crisisdesk.db.models import ExerciseFinding, Inject, Operation, OperationAction
from crisisdesk.domain.operations import exercise_clock as clk
from crisisdesk.domain.operations.exercise_clock import ClockError, ClockStatus
from crisisdesk.domain.checks import FieldError
from crisisdesk.domain.operations.records import (
    ExerciseEvaluation,
    FindingKind,
    FindingRecord,
    InjectDraft,
    InjectRecord,
    LogSource,
    OperationRecord,
    Team,
    median,
    response_times,
)
from crisisdesk.i18n import translate
from crisisdesk.services.errors import ConcurrentEdit, NotFound, ValidationFailed
from crisisdesk.services.profile import document_author
from crisisdesk.services.operations.inject_import import MAX_OFFSET_MINUTES
from crisisdesk.services.operations.records import (
    NotAllowed,
    OperationServiceBase,
    action_record,
    clock_state,
    finding_record,
    get_operation,
    inject_record,
    log_records,
    meeting_records,
    operation_record,
    store_clock,
    teams_data,
    write_log,
)


def validate_inject(draft: InjectDraft) -> list[FieldError]:
    errors = []
    if not draft.content.strip():
        errors.append(FieldError("content", "required"))
    if not 0 <= draft.offset_minutes <= MAX_OFFSET_MINUTES:
        errors.append(FieldError("offset_minutes", "offset_out_of_range", {"max": MAX_OFFSET_MINUTES}))
    return errors


def _clock_text(action: str, **values) -> str:
    texts = {
        "start": translate("Exercise", "Exercise started."),
        "pause": translate("Exercise", "Exercise paused."),
        "resume": translate("Exercise", "Exercise resumed."),
        "shift": translate("Exercise", "Remaining injects shifted by {minutes:+d} min."),
        "end": translate("Exercise", "Exercise ended."),
    }
    return texts[action].format(**values)


class ExerciseService(OperationServiceBase):
    # --- the exercise itself ---------------------------------------------------------------

    def create(self, title: str, scenario_id: int | None = None, description: str = "",
               teams: tuple[Team, ...] = ()) -> OperationRecord:
        if not title.strip():
            raise ValidationFailed([FieldError("title", "required")])
        now = self.now()
        with self._write(now) as session:
            row = Operation(is_exercise=True, title=title.strip(), description=description.strip(),
                            scenario_id=scenario_id, teams=teams_data(teams), paused_seconds=0.0, shift_minutes=0,
                            created_at=now, created_by=self.user, updated_at=now, updated_by=self.user)
            if scenario_id is not None:
                from crisisdesk.db.models import CrisisScenario

                scenario = session.get(CrisisScenario, scenario_id)
                if scenario is None:
                    raise NotFound("scenario", scenario_id)
                row.grip_level = scenario.grip_level
            session.add(row)
            session.flush()
            session.refresh(row)
            return operation_record(row)

    def update(self, exercise_id: int, expected_version: int, *, title: str, description: str = "",
               teams: tuple[Team, ...] = (), scenario_id: int | None = None) -> OperationRecord:
        if not title.strip():
            raise ValidationFailed([FieldError("title", "required")])
        now = self.now()
        with self._write(now) as session:
            row = get_operation(session, exercise_id, exercise=True)
            if row.version != expected_version:
                raise ConcurrentEdit(exercise_id, expected_version, row.version)
            row.title, row.description, row.teams = title.strip(), description.strip(), teams_data(teams)
            row.scenario_id = scenario_id
            row.updated_at, row.updated_by = now, self.user
            session.flush()
            session.refresh(row)
            return operation_record(row)

    def list(self) -> list[OperationRecord]:
        with self._factory() as session:
            rows = session.scalars(select(Operation).where(Operation.is_exercise.is_(True))
                                   .order_by(Operation.created_at.desc(), Operation.id.desc()))
            return [operation_record(row) for row in rows]

    def get(self, exercise_id: int) -> OperationRecord:
        with self._factory() as session:
            return operation_record(get_operation(session, exercise_id, exercise=True))

    def delete(self, exercise_id: int) -> None:
        with self._write(self.now()) as session:
            row = get_operation(session, exercise_id, exercise=True)
            if row.started_at is not None:
                raise NotAllowed("started")  # a run exercise is a record: keep it
            for inject in session.scalars(select(Inject).where(Inject.operation_id == exercise_id)):
                session.delete(inject)
            session.delete(row)

    # --- the script ------------------------------------------------------------------------

    def injects(self, exercise_id: int) -> builtins.list[InjectRecord]:
        with self._factory() as session:
            get_operation(session, exercise_id, exercise=True)
            return self._injects(session, exercise_id)

    @staticmethod
    def _injects(session, exercise_id: int) -> builtins.list[InjectRecord]:
        rows = session.scalars(select(Inject).where(Inject.operation_id == exercise_id)
                               .order_by(Inject.offset_minutes, Inject.id))
        return [inject_record(row) for row in rows]

    def add_inject(self, exercise_id: int, draft: InjectDraft) -> InjectRecord:
        return self.import_injects(exercise_id, [draft], _return_one=True)

    def import_injects(self, exercise_id: int, drafts: builtins.list[InjectDraft], _return_one: bool = False):
        """Adds ``drafts`` to the script, all or nothing."""
        errors = [error for draft in drafts for error in validate_inject(draft)]
        if errors:
            raise ValidationFailed(errors)
        with self._write(self.now()) as session:
            row = get_operation(session, exercise_id, exercise=True)
            if row.ended_at is not None:
                raise NotAllowed("ended")
            added = [Inject(operation_id=exercise_id, **_inject_values(draft)) for draft in drafts]
            session.add_all(added)
            session.flush()
            return inject_record(added[0]) if _return_one else len(added)

    def update_inject(self, inject_id: int, draft: InjectDraft) -> InjectRecord:
        errors = validate_inject(draft)
        if errors:
            raise ValidationFailed(errors)
        with self._write(self.now()) as session:
            row = self._pending(session, inject_id)
            for name, value in _inject_values(draft).items():
                setattr(row, name, value)
            session.flush()
            return inject_record(row)

    def delete_inject(self, inject_id: int) -> None:
        with self._write(self.now()) as session:
            session.delete(self._pending(session, inject_id))

    @staticmethod
    def _pending(session, inject_id: int) -> Inject:
        row = session.get(Inject, inject_id)
        if row is None:
            raise NotFound("inject", inject_id)
        if row.released_at is not None:
            raise NotAllowed("released")  # what the team received is part of the record
        return row

    # --- the clock -------------------------------------------------------------------------

    def start(self, exercise_id: int) -> OperationRecord:
        return self._clock_action(exercise_id, "start", lambda s, now: clk.start(s, now))

    def pause(self, exercise_id: int) -> OperationRecord:
        return self._clock_action(exercise_id, "pause", lambda s, now: clk.pause(s, now))

    def resume(self, exercise_id: int) -> OperationRecord:
        return self._clock_action(exercise_id, "resume", lambda s, now: clk.resume(s, now))

    def shift(self, exercise_id: int, minutes: int) -> OperationRecord:
        if not minutes:
            raise ValidationFailed([FieldError("minutes", "required")])
        return self._clock_action(exercise_id, "shift", lambda s, now: clk.shift(s, minutes), minutes=minutes)

    def end(self, exercise_id: int) -> OperationRecord:
        return self._clock_action(exercise_id, "end", lambda s, now: clk.end(s, now))

    def _clock_action(self, exercise_id: int, action: str, change, **values) -> OperationRecord:
        now = self.now()
        with self._write(now) as session:
            row = get_operation(session, exercise_id, exercise=True)
            try:
                state = change(clock_state(row), now)
            except ClockError as exc:
                raise NotAllowed("clock", exc.status.value) from exc
            store_clock(row, state)
            row.updated_at, row.updated_by = now, self.user
            source = LogSource.CONTROL if action == "shift" else LogSource.CLOCK  # a shift tells of injects to come
            write_log(session, row, now, self.user, source, _clock_text(action, **values))
            session.flush()
            session.refresh(row)
            return operation_record(row)

    def release_due(self, exercise_id: int) -> builtins.list[InjectRecord]:
        """Releases every inject whose moment has come; the screen calls this on each tick."""
        now = self.now()
        with self._factory() as session:  # the common case: nothing due, no write
            row = get_operation(session, exercise_id, exercise=True)
            script = session.scalars(select(Inject).where(Inject.operation_id == exercise_id)).all()
            if not clk.due_injects(clock_state(row), script, now):
                return []
        with self._write(now) as session:
            row = get_operation(session, exercise_id, exercise=True)
            state = clock_state(row)
            pending = session.scalars(select(Inject).where(Inject.operation_id == exercise_id,
                                                           Inject.released_at.is_(None)))
            due = _as_injects(clk.due_injects(state, list(pending), now))
            for inject in due:
                self._release(session, row, inject, now, early=False)
            session.flush()
            return [inject_record(inject) for inject in due]

    def release_now(self, exercise_id: int, inject_id: int) -> InjectRecord:
        now = self.now()
        with self._write(now) as session:
            row = get_operation(session, exercise_id, exercise=True)
            if clock_state(row).status not in (ClockStatus.RUNNING, ClockStatus.PAUSED):
                raise NotAllowed("clock", clock_state(row).status.value)
            inject = self._pending(session, inject_id)
            if inject.operation_id != exercise_id:
                raise NotAllowed("wrong_operation", f"inject {inject_id}")
            self._release(session, row, inject, now, early=True)
            session.flush()
            return inject_record(inject)

    def _release(self, session, row: Operation, inject: Inject, now: datetime, early: bool) -> None:
        state = clock_state(row)
        inject.released_at = now
        inject.released_offset_seconds = int(clk.exercise_time(state, now).total_seconds())
        inject.released_by = self.user
        inject.released_early = early and clk.due_offset(state, inject) > clk.exercise_time(state, now)
        text = translate("Exercise", "Inject {offset} from {sender} to {receiver}: {content}").format(
            offset=clk.format_offset(inject.offset_minutes), sender=inject.sender or "—",
            receiver=inject.receiver or "—", content=inject.content)
        write_log(session, row, now, self.user, LogSource.INJECT, text, None, inject.sender, inject.id)

    # --- evaluation ------------------------------------------------------------------------

    def set_observation(self, inject_id: int, observed_action: str, note: str = "") -> InjectRecord:
        with self._write(self.now()) as session:
            row = session.get(Inject, inject_id)
            if row is None:
                raise NotFound("inject", inject_id)
            row.observed_action, row.evaluation_note = observed_action.strip(), note.strip()
            session.flush()
            return inject_record(row)

    def add_finding(self, exercise_id: int, kind: FindingKind, text: str, owner: str = "",
                    due_at: datetime | None = None, inject_id: int | None = None) -> FindingRecord:
        errors = [] if text.strip() else [FieldError("text", "required")]
        if kind == FindingKind.IMPROVEMENT and not owner.strip():
            errors.append(FieldError("owner", "required"))
        if errors:
            raise ValidationFailed(errors)
        now = self.now()
        with self._write(now) as session:
            get_operation(session, exercise_id, exercise=True)
            row = ExerciseFinding(operation_id=exercise_id, kind=kind, text=text.strip(), inject_id=inject_id,
                                  owner=owner.strip(), due_at=due_at, created_at=now, created_by=self.user)
            session.add(row)
            session.flush()
            return finding_record(row)

    def findings(self, exercise_id: int) -> builtins.list[FindingRecord]:
        with self._factory() as session:
            rows = session.scalars(select(ExerciseFinding).where(ExerciseFinding.operation_id == exercise_id)
                                   .order_by(ExerciseFinding.id))
            order = list(FindingKind)  # observations, lessons, then improvement actions
            return sorted((finding_record(row) for row in rows), key=lambda f: (order.index(f.kind), f.id))

    def evaluation(self, exercise_id: int) -> ExerciseEvaluation:
        with self._factory() as session:
            row = get_operation(session, exercise_id, exercise=True)
            injects = self._injects(session, exercise_id)
            log = log_records(session, exercise_id)
            actions = [action_record(a) for a in session.scalars(
                select(OperationAction).where(OperationAction.operation_id == exercise_id).order_by(OperationAction.id))]
            record = operation_record(row)
            meetings = tuple(meeting_records(session, exercise_id))
        evaluated = response_times(injects, log, actions)
        answered = [item.response for item in evaluated if item.response is not None]
        released = [item for item in evaluated if item.inject.released]
        return ExerciseEvaluation(
            operation=record, injects=tuple(evaluated), findings=tuple(self.findings(exercise_id)), log=tuple(log),
            actions=tuple(actions), prepared_at=self.now(), prepared_by=self.user,
            median_response=median(answered), unanswered=sum(1 for item in released if item.response is None),
            author=document_author(self._factory), meetings=meetings,
        )


def _inject_values(draft: InjectDraft) -> dict:
    return {"offset_minutes": draft.offset_minutes, "sender": draft.sender.strip(), "receiver": draft.receiver.strip(),
            "channel": draft.channel, "content": draft.content.strip(), "expected_action": draft.expected_action.strip()}



def _as_injects(due: list[clk.Scheduled]) -> list[Inject]:
    """The clock hands back what it was given; here that is always stored injects."""
    injects: list[Inject] = []
    for item in due:
        if not isinstance(item, Inject):
            raise TypeError(f"expected a stored Inject from the exercise clock, got {type(item).__name__}")
        injects.append(item)
    return injects


__all__ = ["ExerciseService", "NotAllowed", "validate_inject"]
