"""The events register: festivals, Koningsdag, jaarwisseling, football, visits, ...

API for the screens (all methods open their own short session; writes are one
transaction each)::

    service = EventService(factory, clock=utc_now, user=None)
    service.validate(draft) -> list[FieldError]       # while typing
    service.warnings(draft) -> list[FieldError]       # shown, never blocking
    service.create(draft) -> EventRecord              # raises ValidationFailed
    service.update(id, draft, expected_version) -> EventRecord
                                                      # raises ConcurrentEdit, NotFound
    service.get(id) -> EventRecord                    # real details: dialog only
    service.page(EventQuery(...), offset, limit) -> list[EventRow]
    service.count(EventQuery(...)) -> int
    service.delete(id)
    draft_from_event(record, **changes) -> EventDraft # for edits

``EventRow`` is safe for lists: a returning offender shows only its neutral title and
no place, and the search never matches its real title. The permit decision deadline
is derived (``domain.events.permit_decision_deadline``) and stored on every save.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import sessionmaker

from crisisdesk.domain.calendar.records import EVENT
from crisisdesk.services.geo.places import places_of, replace_places
from crisisdesk.db.models import Event, EventStatusChange
from crisisdesk.domain.events import rules
from crisisdesk.domain.checklists.rules import ChecklistRecordType
from crisisdesk.domain.enums import District
from crisisdesk.domain.events.rules import (
    EventDraft,
    EventKind,
    EventRiskClass,
    EventStatus,
    FireworksRules,
    FootballMeasures,
    PermitStatus,
    is_sensitive,
    public_title,
)
from crisisdesk.domain.checks import FieldError
from crisisdesk.domain.register.notifications import duration_minutes, location_key
from crisisdesk.domain.timeutil import utc_now
from crisisdesk.services.checklists.sync import move_due_moments
from crisisdesk.services.errors import NotFound, ValidationFailed
from crisisdesk.domain.events.records import EventRecord, EventRow, EventStatusChangeRecord
from crisisdesk.services.users import current_user
from crisisdesk.services.users import is_read_only
from crisisdesk.services.settings import permit_warning_days
from crisisdesk.services.transactions import delete_row, row_for_update, write_transaction
from crisisdesk.services.register.query import build_search_text, search_terms

Clock = Callable[[], datetime]

SORT_COLUMNS = {
    "start_at": Event.start_at,
    "kind": Event.kind,
    "title": Event.title,
    "location": Event.location,
    "district": Event.district,
    "expected_visitors": Event.expected_visitors,
    "risk_class": Event.risk_class,
    "permit_status": Event.permit_status,
    "permit_decision_deadline": Event.permit_decision_deadline,
    "status": Event.status,
}

_FACTS = (
    "kind", "title", "description", "organiser_organisation", "organiser_name", "organiser_phone",
    "organiser_email", "start_at", "end_at", "location", "district", "expected_visitors",
    "risk_scan_advice", "risk_class", "permit_status", "permit_applied_at", "permit_decided_at",
    "advice_fire", "advice_police", "advice_ghor", "opponent", "match_risk_class", "status",
)


@dataclass(frozen=True)
class EventQuery:
    search: str = ""
    start_from: datetime | None = None  # ends at or after (overlaps the period)
    start_to: datetime | None = None  # starts before
    district: District | None = None
    kind: EventKind | None = None
    status: EventStatus | None = None
    risk_class: EventRiskClass | None = None
    permit_status: PermitStatus | None = None
    sort: str = "start_at"
    descending: bool = False


def _filters(query: EventQuery) -> list:
    conditions: list[ColumnElement[bool]] = []
    for term in search_terms(query.search):
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions.append(Event.search_text.like(f"%{escaped}%", escape="\\"))
    if query.start_from is not None:
        conditions.append(Event.end_at > query.start_from)
    if query.start_to is not None:
        conditions.append(Event.start_at < query.start_to)
    for name in ("district", "kind", "status", "risk_class", "permit_status"):
        value = getattr(query, name)
        if value is not None:
            conditions.append(getattr(Event, name) == value)
    return conditions


def event_row(row: Event, warning: rules.PermitWarning | None = None) -> EventRow:
    sensitive = is_sensitive(row.kind)
    return EventRow(
        id=row.id, kind=row.kind, title=public_title(row), start_at=row.start_at, end_at=row.end_at,
        location="" if sensitive else row.location, district=row.district,
        organiser_organisation="" if sensitive else row.organiser_organisation,
        expected_visitors=row.expected_visitors, risk_scan_advice=row.risk_scan_advice,
        risk_class=row.risk_class, match_risk_class=row.match_risk_class,
        permit_status=row.permit_status, permit_decision_deadline=row.permit_decision_deadline,
        status=row.status, sensitive=sensitive, permit_warning=warning,
    )


def event_record(row: Event) -> EventRecord:
    return EventRecord(
        **{name: getattr(row, name) for name in _FACTS},
        id=row.id,
        version=row.version,
        public_title=public_title(row),
        sensitive=is_sensitive(row.kind),
        permit_decision_deadline=row.permit_decision_deadline,
        football=FootballMeasures(
            row.combi_regulation, row.max_away_supporters, row.without_public,
            row.security_risk_area, row.camera_surveillance,
        ),
        fireworks=FireworksRules(
            row.fireworks_rule, tuple(row.fireworks_zones or ()), row.fireworks_allowed_from,
            row.fireworks_allowed_until,
        ),
        created_at=row.created_at, created_by=row.created_by,
        updated_at=row.updated_at, updated_by=row.updated_by,
        history=tuple(
            EventStatusChangeRecord(c.from_status, c.to_status, c.changed_at, c.changed_by, c.note)
            for c in row.status_changes
        ),
    )


class EventService:
    """The events register; every write saves facts, derived values and history together."""

    def __init__(self, factory: sessionmaker, clock: Clock = utc_now, user: str | None = None) -> None:
        self._factory = factory
        self._clock = clock
        self.user = user or current_user()

    @property
    def read_only(self) -> bool:
        """True for an observer's desk: every write raises ReadOnly."""
        return is_read_only(self._factory)

    def validate(self, draft: EventDraft) -> list[FieldError]:
        return rules.validate(draft, self._clock())

    def warnings(self, draft: EventDraft) -> list[FieldError]:
        return rules.warnings(draft)

    def get(self, event_id: int) -> EventRecord:
        with self._factory() as session:
            row = session.get(Event, event_id)
            if row is None:
                raise NotFound("event", event_id)
            return replace(event_record(row), places=places_of(session, EVENT, event_id))

    def page(self, query: EventQuery, offset: int = 0, limit: int = 200) -> list[EventRow]:
        column = SORT_COLUMNS.get(query.sort, Event.start_at)
        order = (column.desc(), Event.id.desc()) if query.descending else (column.asc(), Event.id.asc())
        statement = select(Event).where(*_filters(query)).order_by(*order).offset(offset).limit(limit)
        now = self._clock()
        with self._factory() as session:
            days = permit_warning_days(session)
            return [event_row(row, rules.permit_warning(row, now, days)) for row in session.scalars(statement)]

    def count(self, query: EventQuery) -> int:
        with self._factory() as session:
            return session.scalar(select(func.count(Event.id)).where(*_filters(query))) or 0

    def create(self, draft: EventDraft) -> EventRecord:
        return self._save(None, draft, None)

    def update(self, event_id: int, draft: EventDraft, expected_version: int) -> EventRecord:
        return self._save(event_id, draft, expected_version)

    def _save(self, event_id: int | None, draft: EventDraft, expected_version: int | None) -> EventRecord:
        errors = self.validate(draft)
        if errors:
            raise ValidationFailed(errors)
        now = self._clock()
        with write_transaction(self._factory, self.user, now, event_id, expected_version) as session:
            if event_id is None:
                row = Event(created_at=now, created_by=self.user)
                previous = None
                session.add(row)
            else:
                row = row_for_update(session, Event, "event", event_id, expected_version)
                previous = row.status
                if draft.status not in rules.allowed_next_statuses(previous):
                    raise ValidationFailed([FieldError("status", "transition_not_allowed")])
            self._apply(row, draft, now)
            if event_id is not None:  # a checklist's due moments follow the start
                move_due_moments(session, ChecklistRecordType.EVENT, row.id, row.start_at)
            if previous != draft.status:
                row.status_changes.append(
                    EventStatusChange(
                        from_status=previous, to_status=draft.status, changed_at=now,
                        changed_by=self.user, note=draft.status_note.strip(),
                    )
                )
            session.flush()
            if draft.places is not None:  # a sensitive event's place is never kept as a point
                replace_places(session, EVENT, row.id, () if is_sensitive(draft.kind) else draft.places)
                session.flush()
            record = replace(event_record(row), places=places_of(session, EVENT, row.id))
        return record

    def _apply(self, row: Event, draft: EventDraft, now: datetime) -> None:
        assert draft.start_at and draft.end_at and draft.district
        for name in _FACTS:
            setattr(row, name, getattr(draft, name))
        row.title = draft.title.strip()
        row.location = draft.location.strip()
        row.location_key = location_key(draft.location)
        row.duration_minutes = duration_minutes(draft.start_at, draft.end_at)
        row.permit_decision_deadline = rules.permit_decision_deadline(
            draft.permit_applied_at, draft.permit_status == PermitStatus.EXTENDED
        ) if draft.permit_status not in (PermitStatus.NOT_REQUIRED, PermitStatus.NOT_APPLIED) else None
        football = draft.football if draft.kind == EventKind.FOOTBALL_MATCH else FootballMeasures()
        row.combi_regulation = football.combi_regulation
        row.max_away_supporters = football.max_away_supporters
        row.without_public = football.without_public
        row.security_risk_area = football.security_risk_area
        row.camera_surveillance = football.camera_surveillance
        if draft.kind != EventKind.FOOTBALL_MATCH:
            row.opponent, row.match_risk_class = "", None
        fireworks = draft.fireworks if draft.kind == EventKind.NEW_YEARS_EVE else FireworksRules()
        row.fireworks_rule = fireworks.rule
        row.fireworks_zones = [zone.strip() for zone in fireworks.zones if zone.strip()]
        row.fireworks_allowed_from = fireworks.allowed_from
        row.fireworks_allowed_until = fireworks.allowed_until
        if is_sensitive(draft.kind):  # the search must not find the real title or place
            row.search_text = build_search_text(public_title(draft), draft.district.value)
        else:
            row.search_text = build_search_text(
                draft.title, draft.location, draft.district.value, draft.organiser_organisation, draft.opponent
            )
        row.updated_at = now
        row.updated_by = self.user

    def delete(self, event_id: int) -> None:
        delete_row(self._factory, self.user, self._clock(), Event, "event", event_id)


def draft_from_event(record: EventRecord, **changes) -> EventDraft:
    """A draft holding ``record``'s facts, with ``changes`` applied (for edits)."""
    values = {name: getattr(record, name) for name in EventDraft.__dataclass_fields__ if hasattr(record, name)}
    values["status_note"] = ""
    values.update(changes)
    return EventDraft(**values)
