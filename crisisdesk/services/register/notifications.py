"""Registering and handling demonstration notifications (kennisgevingen)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from crisisdesk.db.models import Notification, StatusChange
from crisisdesk.domain.register import notifications as rules
from crisisdesk.domain.register.deadlines import NoticeRule, TermCheck, check_notification
from crisisdesk.domain.enums import BanGround, Decision, DecisionGround, District, Status
from crisisdesk.domain.register.decisions import MEASURE_KINDS, Measure
from crisisdesk.domain.checks import FieldError
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.register.rulesets import DEFAULT_RULE_SET, RuleSetCatalogue, rule_for
from crisisdesk.domain.timeutil import to_local, utc_now
from crisisdesk.services.errors import NotFound, ValidationFailed
from crisisdesk.domain.register.records import (
    NotificationRecord,
    NotificationRow,
    StatusChangeRecord,
)
from crisisdesk.services.transactions import delete_row, row_for_update, write_transaction
from crisisdesk.services.register.query import (
    RegisterQuery,
    apply_filters,
    build_search_text,
    ordered,
)
from crisisdesk.services.settings import (
    RULE_SET,
    read_setting,
)
from crisisdesk.services.users import current_user, is_read_only

if TYPE_CHECKING:  # the calendar's, checklists' and places' modules load when a record needs them
    from crisisdesk.domain.calendar.records import Clash
    from crisisdesk.domain.geo.points import GeoPoint
    from crisisdesk.services.register.rule_sets import RuleSetService

Clock = Callable[[], datetime]
Attach = Callable[[Session, Notification], None]

_ROW_COLUMNS = (
    Notification.__table__.c.id,
    Notification.__table__.c.start_at,
    Notification.__table__.c.end_at,
    Notification.__table__.c.kind,
    Notification.__table__.c.purpose,
    Notification.__table__.c.location,
    Notification.__table__.c.district,
    Notification.__table__.c.organiser_organisation,
    Notification.__table__.c.expected_participants,
    Notification.__table__.c.received_at,
    Notification.__table__.c.notice_deadline,
    Notification.__table__.c.on_time,
    Notification.__table__.c.late_accepted,
    Notification.__table__.c.rule_name,
    Notification.__table__.c.risk,
    Notification.__table__.c.status,
    Notification.__table__.c.decision,
    Notification.__table__.c.counter_to_id,
    Notification.__table__.c.expected_participants_max,
)


def _grounds_text(grounds: tuple[DecisionGround, ...]) -> str:
    return ",".join(g.value for g in grounds)


def _grounds(text: str) -> tuple[DecisionGround, ...]:
    return tuple(DecisionGround(code) for code in text.split(",") if code)


def _measures(row: Notification) -> tuple[Measure, ...]:
    return tuple(Measure.from_json(value) for value in (row.decision_measures or ()))


def _to_record(row: Notification) -> NotificationRecord:
    grounds = _grounds(row.decision_grounds)
    return NotificationRecord(
        id=row.id,
        version=row.version,
        kind=row.kind,
        place_type=row.place_type,
        purpose=row.purpose,
        organiser_name=row.organiser_name,
        organiser_address=row.organiser_address,
        organiser_phone=row.organiser_phone,
        organiser_email=row.organiser_email,
        organiser_organisation=row.organiser_organisation,
        start_at=row.start_at,
        end_at=row.end_at,
        location=row.location,
        district=row.district,
        route=row.route,
        route_start=row.route_start,
        route_end=row.route_end,
        composition=row.composition,
        organiser_measures=row.organiser_measures,
        expected_participants=row.expected_participants,
        expected_participants_max=row.expected_participants_max,
        received_at=row.received_at,
        channel=row.channel,
        risk=row.risk,
        counter_to_id=row.counter_to_id,
        status=row.status,
        rule_name=row.rule_name,
        notice_deadline=row.notice_deadline,
        on_time=row.on_time,
        late_accepted=row.late_accepted,
        late_accepted_reason=row.late_accepted_reason,
        late_accepted_by=row.late_accepted_by,
        late_accepted_at=row.late_accepted_at,
        decision=row.decision,
        decision_grounds=grounds,
        decision_conditions=row.decision_conditions,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
        decision_made_known_at=row.decision_made_known_at,
        created_at=row.created_at,
        created_by=row.created_by,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
        history=tuple(
            StatusChangeRecord(c.from_status, c.to_status, c.changed_at, c.changed_by, c.note)
            for c in row.status_changes
        ),
        decision_measures=_measures(row),
        decision_motivation=row.decision_motivation or "",
        decision_ban_ground=row.decision_ban_ground,
        decision_ban_interests=grounds if row.decision_ban_ground == BanGround.INTEREST else (),
        decision_ban_alternatives=row.decision_ban_alternatives or "",
        decision_lateness_weighing=row.decision_lateness_weighing or "",
        decision_date=row.decision_date,
        decided_capacity=row.decided_capacity,
        decided_function=row.decided_function or "",
        decision_made_known_how=row.decision_made_known_how,
        decision_review=tuple(code for code in (row.decision_review or "").split(",") if code),
    )


class NotificationService:
    """The notification register.

    Every write is one transaction: the facts, the derived term, and the status change
    are saved together or not at all.
    """

    def __init__(
        self,
        factory: sessionmaker,
        rule_sets: RuleSetCatalogue | None = None,
        clock: Clock = utc_now,
        user: str | None = None,
    ) -> None:
        self._factory = factory
        # The municipality's rule sets, kept in the database: read when the term is first
        # needed, not when the desk opens (the register's list does not need them).
        self._rules: RuleSetCatalogue | None = rule_sets
        self._clock = clock
        self.user = user or current_user()

    @property
    def factory(self) -> sessionmaker:
        """The session factory, for services that work on the same database (audit, retention)."""
        return self._factory

    @property
    def database_url(self) -> str:
        return self._factory.kw["bind"].url.render_as_string(hide_password=False)

    def dispose_connections(self) -> None:
        """Closes pooled connections (before the database file is replaced under them)."""
        self._factory.kw["bind"].dispose()

    @property
    def read_only(self) -> bool:
        """True for an observer's desk: every write raises ReadOnly."""
        return is_read_only(self._factory)

    # --- the term -------------------------------------------------------------------

    @property
    def rule_sets(self) -> RuleSetCatalogue:
        if self._rules is None:
            from crisisdesk.services.register.rule_sets import load_catalogue

            self._rules = load_catalogue(self._factory)
        return self._rules

    def rule_set_service(self) -> RuleSetService:
        """The rule-set service on the same database, user and clock (for Instellingen)."""
        from crisisdesk.services.register.rule_sets import RuleSetService

        return RuleSetService(self._factory, user=self.user, clock=self._clock)

    def reload_rule_sets(self) -> None:
        """Reads the rule sets again after they were changed in Instellingen."""
        from crisisdesk.services.register.rule_sets import load_catalogue

        self._rules = load_catalogue(self._factory)

    def chosen_rule_set(self) -> str:
        with self._factory() as session:
            name = read_setting(session, RULE_SET, DEFAULT_RULE_SET)
        return name if name in self.rule_sets else DEFAULT_RULE_SET

    def applicable_rule(self, received_at: datetime, preferred: str | None = None) -> NoticeRule:
        preferred = preferred or self.chosen_rule_set()
        return rule_for(to_local(received_at).date(), self.rule_sets, preferred)

    def term_check(self, start_at: datetime, received_at: datetime, preferred: str | None = None) -> TermCheck:
        """The deadline and whether ``received_at`` meets it, under the rule that applied."""
        return check_notification(start_at, received_at, self.applicable_rule(received_at, preferred))

    # --- checks the dialog runs while typing ---------------------------------------

    def validate(self, draft: NotificationDraft) -> list[FieldError]:
        on_time = None
        if draft.decision == Decision.BAN and draft.start_at and draft.received_at:
            on_time = self.term_check(draft.start_at, draft.received_at).on_time
        errors = rules.validate(draft, self._clock(), on_time)
        if draft.counter_to_id is not None:
            with self._factory() as session:
                if session.get(Notification, draft.counter_to_id) is None:
                    errors.append(FieldError("counter_to_id", "not_found", {"id": draft.counter_to_id}))
        return errors

    def find_clashes(
        self,
        start_at: datetime,
        end_at: datetime,
        district: District | None,
        location: str,
        exclude_id: int | None = None,
        counter_to_id: int | None = None,
        include_events: bool = False,
        point: GeoPoint | None = None,
    ) -> list[Clash]:
        """Notifications (and with ``include_events`` also events) clashing with these facts.

        ``point``: the geocoded location, for the items within the clash distance. The
        calendar's clash query (``services.calendar.clashes``) answers: one indexed query
        per table, the same rules everywhere.
        """
        from crisisdesk.domain.calendar.records import EVENT, NOTIFICATION
        from crisisdesk.services.calendar.clashes import clashes_around

        tables = (NOTIFICATION, EVENT) if include_events else (NOTIFICATION,)
        exclude = (NOTIFICATION, exclude_id) if exclude_id is not None else None
        with self._factory() as session:
            return clashes_around(session, start_at, end_at, district, rules.location_key(location), exclude,
                                  counter_to_id, tables, point)

    # --- reading -------------------------------------------------------------------

    def get(self, notification_id: int) -> NotificationRecord:
        from crisisdesk.domain.calendar.records import NOTIFICATION
        from crisisdesk.services.geo.places import places_of

        with self._factory() as session:
            row = session.get(Notification, notification_id)
            if row is None:
                raise NotFound("notification", notification_id)
            return replace(_to_record(row), places=places_of(session, NOTIFICATION, notification_id))

    def clashes_of(self, notification_id: int, include_events: bool = False) -> list[Clash]:
        from crisisdesk.domain.geo.points import PlaceRole, point_for

        record = self.get(notification_id)
        return self.find_clashes(
            record.start_at, record.end_at, record.district, record.location, record.id, record.counter_to_id,
            include_events=include_events, point=point_for(record.places, PlaceRole.LOCATION),
        )

    def page(self, query: RegisterQuery, offset: int = 0, limit: int = 200) -> list[NotificationRow]:
        statement = ordered(apply_filters(select(*_ROW_COLUMNS), query), query).offset(offset).limit(limit)
        with self._factory() as session:
            return [NotificationRow(*values) for values in session.execute(statement)]

    def count(self, query: RegisterQuery) -> int:
        statement = apply_filters(select(func.count(Notification.__table__.c.id)), query)
        with self._factory() as session:
            return session.scalar(statement) or 0

    def nothing_registered(self) -> bool:
        """True on a fresh database: no notification, event or crisis scenario yet (one query)."""
        from sqlalchemy import column, exists, table

        # The other tables by name: the start page need not map the events' and scenarios' models.
        event, scenario = table("event", column("id")), table("crisis_scenario", column("id"))
        statement = select(~exists().where(Notification.id.is_not(None))
                           & ~exists().where(event.c.id.is_not(None))
                           & ~exists().where(scenario.c.id.is_not(None)))
        with self._factory() as session:
            return bool(session.scalar(statement))

    def change_marker(self) -> tuple:
        """A cheap fingerprint of the register that changes with every create, edit and delete.

        Other desks poll it to reload only when something changed: count and highest id
        catch creates and deletes, the sum of versions every edit (each save raises one).
        """
        statement = select(
            func.count(Notification.id),
            func.max(Notification.id),
            func.coalesce(func.sum(Notification.version), 0),
            func.max(Notification.updated_at),
        )
        with self._factory() as session:
            return tuple(session.execute(statement).one())

    def titles(self, ids: list[int]) -> dict[int, str]:
        """Short labels ("#12 Klimaatmars") for picking or naming related notifications."""
        if not ids:
            return {}
        with self._factory() as session:
            rows = session.execute(select(Notification.id, Notification.purpose).where(Notification.id.in_(ids)))
            return {i: p for i, p in rows}

    # --- writing -------------------------------------------------------------------

    def create(self, draft: NotificationDraft, attach: Attach | None = None) -> NotificationRecord:
        """A new notification; ``attach`` adds rows that belong to it in the same transaction
        (the original e-mail of a mail intake)."""
        return self._save(None, draft, None, attach)

    def update(self, notification_id: int, draft: NotificationDraft, expected_version: int) -> NotificationRecord:
        return self._save(notification_id, draft, expected_version)

    def _save(self, notification_id: int | None, draft: NotificationDraft, expected_version: int | None,
              attach: Attach | None = None) -> NotificationRecord:
        from crisisdesk.domain.calendar.records import NOTIFICATION
        from crisisdesk.services.geo.places import places_of, replace_places

        errors = self.validate(draft)
        if errors:
            raise ValidationFailed(errors)
        now = self._clock()
        with write_transaction(self._factory, self.user, now, notification_id, expected_version) as session:
            if notification_id is None:
                row = Notification(created_at=now, created_by=self.user, status=Status.RECEIVED)
                previous_status = None
                session.add(row)
            else:
                row = row_for_update(session, Notification, "notification", notification_id, expected_version)
                previous_status = row.status
                if draft.status not in rules.allowed_next_statuses(previous_status):
                    raise ValidationFailed([FieldError("status", "transition_not_allowed")])
                if draft.counter_to_id == notification_id:
                    raise ValidationFailed([FieldError("counter_to_id", "self_reference")])
            self._apply(row, draft, now)
            if notification_id is not None:  # a checklist's due moments follow the start
                from crisisdesk.domain.checklists.rules import ChecklistRecordType
                from crisisdesk.services.checklists.sync import move_due_moments

                move_due_moments(session, ChecklistRecordType.NOTIFICATION, row.id, row.start_at)
            if previous_status != draft.status:
                row.status_changes.append(
                    StatusChange(
                        from_status=previous_status,
                        to_status=draft.status,
                        changed_at=now,
                        changed_by=self.user,
                        note=draft.status_note,
                    )
                )
            session.flush()
            if draft.places is not None:  # the chosen addresses' points, in this same transaction
                replace_places(session, NOTIFICATION, row.id, draft.places)
                session.flush()
            if attach is not None:
                attach(session, row)
            # A new notification without chosen points has none: no need to read them back.
            no_places = notification_id is None and not draft.places
            record = replace(_to_record(row), places=() if no_places else places_of(session, NOTIFICATION, row.id))
        return record

    def _apply(self, row: Notification, draft: NotificationDraft, now: datetime) -> None:
        assert draft.start_at and draft.end_at and draft.received_at and draft.district
        check = self.term_check(draft.start_at, draft.received_at)
        for name in (
            "kind", "place_type", "purpose", "organiser_name", "organiser_address", "organiser_phone",
            "organiser_email", "organiser_organisation", "start_at", "end_at", "location", "district",
            "route", "route_start", "route_end", "composition", "organiser_measures",
            "expected_participants", "expected_participants_max", "received_at", "channel", "risk", "counter_to_id",
            "status", "decision_made_known_at", "decision_date",
        ):
            setattr(row, name, getattr(draft, name))
        row.purpose = draft.purpose.strip()
        row.location = draft.location.strip()
        row.location_key = rules.location_key(draft.location)
        row.duration_minutes = rules.duration_minutes(draft.start_at, draft.end_at)
        row.rule_name = check.derivation.rule.name
        row.notice_deadline = check.deadline
        row.on_time = check.on_time
        if draft.late_accepted and not row.late_accepted:
            row.late_accepted_at = now
        if not draft.late_accepted:
            row.late_accepted_at = None
        row.late_accepted = draft.late_accepted
        row.late_accepted_reason = draft.late_accepted_reason.strip() if draft.late_accepted else ""
        row.late_accepted_by = draft.late_accepted_by.strip() if draft.late_accepted else ""
        self._apply_decision(row, draft, now)
        row.search_text = build_search_text(
            draft.purpose, draft.location, draft.district.value, draft.organiser_organisation,
            draft.route_start, draft.route_end,
        )
        row.updated_at = now
        row.updated_by = self.user

    @staticmethod
    def _apply_decision(row: Notification, draft: NotificationDraft, now: datetime) -> None:
        """The decision record, and the derived grounds and conditions others read."""
        decision = draft.decision
        measures = draft.decision_measures if decision in MEASURE_KINDS else ()
        ban = decision == Decision.BAN
        if ban:
            grounds = draft.decision_ban_interests if draft.decision_ban_ground == BanGround.INTEREST else ()
        else:
            grounds = tuple(g for g in DecisionGround if any(g in m.interests for m in measures))
        if decision != row.decision or _grounds_text(grounds) != row.decision_grounds:
            row.decided_at = now if decision is not None else None
        row.decision = decision
        row.decision_grounds = _grounds_text(grounds)
        row.decision_measures = [
            Measure(m.text.strip(), m.interests, m.content_note.strip()).to_json() for m in measures
        ]
        row.decision_conditions = "\n".join(m.text.strip() for m in measures)
        row.decision_motivation = draft.decision_motivation.strip() if decision else ""
        row.decision_ban_ground = draft.decision_ban_ground if ban else None
        row.decision_ban_alternatives = draft.decision_ban_alternatives.strip() if ban else ""
        late = ban and draft.decision_ban_ground == BanGround.LATE
        row.decision_lateness_weighing = draft.decision_lateness_weighing.strip() if late else ""
        row.decision_date = draft.decision_date if decision else None
        row.decided_by = draft.decided_by.strip() if decision else ""
        row.decided_capacity = draft.decided_capacity if decision else None
        row.decided_function = draft.decided_function.strip() if decision else ""
        row.decision_made_known_how = draft.decision_made_known_how if draft.decision_made_known_at else None
        row.decision_review = ""  # saved, so complete under the rules

    def delete(self, notification_id: int) -> None:
        delete_row(self._factory, self.user, self._clock(), Notification, "notification", notification_id)


def draft_from_record(record: NotificationRecord, **changes) -> NotificationDraft:
    """A draft holding ``record``'s facts, with ``changes`` applied (for edits)."""
    values = {name: getattr(record, name) for name in NotificationDraft.__dataclass_fields__ if hasattr(record, name)}
    values.setdefault("status_note", "")
    values.update(changes)
    return NotificationDraft(**values)
