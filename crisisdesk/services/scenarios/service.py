"""Crisis scenarios: the prepared pictures the crisis team works from.

API for the screens::

    service = ScenarioService(factory, clock=utc_now, user=None)
    service.grip_levels() -> tuple[GripLevel, ...]     # from resources/grip_levels.json
    service.validate(draft) -> list[FieldError]
    service.create(draft) -> ScenarioRecord            # raises ValidationFailed
    service.update(id, draft, expected_version) -> ScenarioRecord  # ConcurrentEdit, NotFound
    service.get(id) -> ScenarioRecord
    service.list(kind=None, exercise_only=None) -> list[ScenarioRecord]  # by kind, title
    service.delete(id)

The register stays small (tens of scenarios), so ``list`` returns whole records.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from crisisdesk.db.models import CrisisScenario
from crisisdesk.domain.scenarios import rules
from crisisdesk.domain.enums import District
from crisisdesk.domain.checks import FieldError
from crisisdesk.domain.scenarios.rules import (
    Discipline,
    GripLevel,
    PopulationCareProcess,
    ScenarioDraft,
    ScenarioKind,
    load_grip_levels,
)
from crisisdesk.domain.timeutil import utc_now
from crisisdesk.services.errors import NotFound, ValidationFailed
from crisisdesk.domain.events.records import ScenarioRecord
from crisisdesk.services.users import current_user
from crisisdesk.services.users import is_read_only
from crisisdesk.services.transactions import delete_row, row_for_update, write_transaction

Clock = Callable[[], datetime]


def scenario_record(row: CrisisScenario) -> ScenarioRecord:
    return ScenarioRecord(
        id=row.id,
        version=row.version,
        kind=row.kind,
        title=row.title,
        description=row.description,
        grip_level=row.grip_level,
        affected_districts=tuple(District(code) for code in row.affected_districts or ()),
        disciplines=tuple(Discipline(code) for code in row.disciplines or ()),
        partners=tuple(row.partners or ()),
        population_care=tuple(PopulationCareProcess(code) for code in row.population_care or ()),
        linked_plans=tuple(row.linked_plans or ()),
        exercise_only=row.exercise_only,
        created_at=row.created_at,
        created_by=row.created_by,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
    )


def _unique(values) -> list:
    return list(dict.fromkeys(values))


class ScenarioService:
    def __init__(self, factory: sessionmaker, clock: Clock = utc_now, user: str | None = None) -> None:
        self._factory = factory
        self._clock = clock
        self.user = user or current_user()

    @property
    def factory(self) -> sessionmaker:
        """The session factory, for services on the same database (the scenario's checklist)."""
        return self._factory

    @property
    def read_only(self) -> bool:
        """True for an observer's desk: every write raises ReadOnly."""
        return is_read_only(self._factory)

    def grip_levels(self) -> tuple[GripLevel, ...]:
        return load_grip_levels()

    def validate(self, draft: ScenarioDraft) -> list[FieldError]:
        return rules.validate(draft)

    def get(self, scenario_id: int) -> ScenarioRecord:
        with self._factory() as session:
            row = session.get(CrisisScenario, scenario_id)
            if row is None:
                raise NotFound("scenario", scenario_id)
            return scenario_record(row)

    def list(self, kind: ScenarioKind | None = None, exercise_only: bool | None = None) -> list[ScenarioRecord]:
        statement = select(CrisisScenario).order_by(CrisisScenario.kind, CrisisScenario.title, CrisisScenario.id)
        if kind is not None:
            statement = statement.where(CrisisScenario.kind == kind)
        if exercise_only is not None:
            statement = statement.where(CrisisScenario.exercise_only.is_(exercise_only))
        with self._factory() as session:
            return [scenario_record(row) for row in session.scalars(statement)]

    def create(self, draft: ScenarioDraft) -> ScenarioRecord:
        return self._save(None, draft, None)

    def update(self, scenario_id: int, draft: ScenarioDraft, expected_version: int) -> ScenarioRecord:
        return self._save(scenario_id, draft, expected_version)

    def _save(self, scenario_id: int | None, draft: ScenarioDraft, expected_version: int | None) -> ScenarioRecord:
        errors = self.validate(draft)
        if errors:
            raise ValidationFailed(errors)
        now = self._clock()
        with write_transaction(self._factory, self.user, now, scenario_id, expected_version) as session:
            if scenario_id is None:
                row = CrisisScenario(created_at=now, created_by=self.user)
                session.add(row)
            else:
                row = row_for_update(session, CrisisScenario, "scenario", scenario_id, expected_version)
            row.kind = draft.kind
            row.title = draft.title.strip()
            row.description = draft.description.strip()
            row.grip_level = draft.grip_level
            row.affected_districts = _unique(d.value for d in draft.affected_districts)
            row.disciplines = _unique(d.value for d in draft.disciplines)
            row.partners = _unique(p.strip() for p in draft.partners)
            row.population_care = _unique(p.value for p in draft.population_care)
            row.linked_plans = _unique(p.strip() for p in draft.linked_plans)
            row.exercise_only = draft.exercise_only
            row.updated_at = now
            row.updated_by = self.user
            session.flush()
            record = scenario_record(row)
        return record

    def delete(self, scenario_id: int) -> None:
        delete_row(self._factory, self.user, self._clock(), CrisisScenario, "scenario", scenario_id)


def draft_from_scenario(record: ScenarioRecord, **changes) -> ScenarioDraft:
    values = {name: getattr(record, name) for name in ScenarioDraft.__dataclass_fields__}
    values.update(changes)
    return ScenarioDraft(**values)
