"""The municipality's notice-term rule sets, kept in the database, and recomputing terms.

Rule sets are seeded from ``resources/rules`` (migration 0009) and maintained in
Instellingen; saving refuses two rule sets of one municipality valid on the same day.
A notification keeps the deadline it was registered with: only ``recompute`` (after the
advisor has seen ``recompute_preview``) changes it, in one transaction, and the audit
trail records every changed field with the action "recompute".
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from crisisdesk.db.models import Notification, RuleSetRow
from crisisdesk.domain.register.deadlines import NoticeRule, check_notification
from crisisdesk.domain.register.rule_set_checks import RuleSetProblem, check_rule_sets, rule_set_to_dict
from crisisdesk.domain.register.rulesets import (
    DEFAULT_RULE_SET,
    RuleSet,
    RuleSetCatalogue,
    load_rule_sets,
    parse_rule_set,
    rule_for,
)
from crisisdesk.domain.timeutil import AMSTERDAM, to_local, utc_now
from crisisdesk.services.errors import NotFound, ServiceError
from crisisdesk.services.settings import RULE_SET, read_setting
from crisisdesk.services.transactions import write_transaction
from crisisdesk.services.users import os_login

Clock = Callable[[], datetime]

__all__ = ["RecomputeRow", "RuleSetRejected", "RuleSetService", "load_catalogue"]


class RuleSetRejected(ServiceError):
    """A rule set that cannot be saved: overlapping validity, or a name already taken."""

    def __init__(self, problems: list[RuleSetProblem], duplicate_name: str = "") -> None:
        super().__init__(duplicate_name or "; ".join(f"{p.code}: {p.first} / {p.second}" for p in problems))
        self.problems = problems
        self.duplicate_name = duplicate_name


@dataclass(frozen=True)
class RecomputeRow:
    """One notification whose registered term differs from the term under today's rule sets."""

    id: int
    purpose: str
    start_at: datetime
    received_at: datetime
    old_rule: str
    old_deadline: datetime
    old_on_time: bool
    new_rule: str
    new_deadline: datetime
    new_on_time: bool

    @property
    def verdict_changes(self) -> bool:
        return self.old_on_time != self.new_on_time


def _to_rule_set(row: RuleSetRow) -> RuleSet:
    rule = NoticeRule(
        method=row.method, hours=row.hours, friday_noon=row.friday_noon, good_friday=row.good_friday,
        days=row.days, name=row.name, source=row.source, valid_from=row.valid_from, valid_to=row.valid_to,
        extra_holidays=tuple(date.fromisoformat(day) for day in row.extra_holidays or ()),
        municipality=row.municipality,
    )
    return RuleSet(rule=rule, description=row.description)


def _read(session: Session) -> RuleSetCatalogue:
    rows = session.scalars(select(RuleSetRow).order_by(RuleSetRow.municipality, RuleSetRow.valid_from, RuleSetRow.name))
    return RuleSetCatalogue(_to_rule_set(row) for row in rows)


def load_catalogue(factory: sessionmaker) -> RuleSetCatalogue:
    """The rule sets in the database; the shipped files when it has none (or no table yet)."""
    try:
        with factory() as session:
            catalogue = _read(session)
    except (OperationalError, ProgrammingError):
        catalogue = RuleSetCatalogue()
    return catalogue if len(catalogue) else load_rule_sets()


class RuleSetService:
    def __init__(self, factory: sessionmaker, user: str | None = None, clock: Clock = utc_now) -> None:
        self._factory = factory
        self.user = user or os_login()
        self._clock = clock

    def catalogue(self) -> RuleSetCatalogue:
        return load_catalogue(self._factory)

    # --- maintaining -------------------------------------------------------------------

    def problems(self, candidate: RuleSet | None = None, replacing: str | None = None) -> list[RuleSetProblem]:
        """What ``check_rule_sets`` finds when ``candidate`` replaces ``replacing`` (or is added)."""
        rules = [rule for name, rule in self.catalogue().items() if name not in {replacing, candidate and candidate.name}]
        if candidate is not None:
            rules.append(candidate.rule)
        return check_rule_sets(rules)

    def save(self, rule_set: RuleSet, replacing: str | None = None) -> list[RuleSetProblem]:
        """Adds ``rule_set`` or replaces the one called ``replacing``; returns the warnings (gaps).

        Raises ``RuleSetRejected`` on overlapping validity or a name another rule set has.
        """
        now = self._clock()
        with write_transaction(self._factory, self.user, now) as session:
            current = _read(session)
            if rule_set.name != replacing and rule_set.name in current:
                raise RuleSetRejected([], duplicate_name=rule_set.name)
            others = [rule for name, rule in current.items() if name != replacing]
            problems = check_rule_sets([*others, rule_set.rule])
            errors = [p for p in problems if p.is_error and rule_set.name in (p.first, p.second)]
            if errors:
                raise RuleSetRejected(errors)
            row = None
            if replacing is not None:
                row = session.scalar(select(RuleSetRow).where(RuleSetRow.name == replacing))
                if row is None:
                    raise NotFound("rule_set", replacing)
            if row is None:
                row = RuleSetRow()
                session.add(row)
            values = rule_set_to_dict(rule_set)
            values["valid_from"], values["valid_to"] = rule_set.rule.valid_from, rule_set.rule.valid_to
            for key, value in values.items():
                setattr(row, key, value)
            row.updated_at = now
            row.updated_by = self.user
        return [p for p in problems if not p.is_error and rule_set.name in (p.first, p.second)]

    def delete(self, name: str) -> None:
        with write_transaction(self._factory, self.user, self._clock()) as session:
            row = session.scalar(select(RuleSetRow).where(RuleSetRow.name == name))
            if row is None:
                raise NotFound("rule_set", name)
            session.delete(row)

    @staticmethod
    def export_json(rule_set: RuleSet) -> str:
        """One rule set as JSON, for another municipality to import."""
        return json.dumps(rule_set_to_dict(rule_set), ensure_ascii=False, indent=2) + "\n"

    @staticmethod
    def import_json(text: str) -> RuleSet:
        """Reads an exported rule set (not saved yet); raises ``RuleSetError`` in plain words."""
        from crisisdesk.domain.register.rulesets import RuleSetError

        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RuleSetError(None, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
        if isinstance(data, dict):
            data = {key: value for key, value in data.items() if key != "comment"}
        return parse_rule_set(data)

    # --- recomputing registered terms --------------------------------------------------

    def _changes(self, session: Session, first: date, last: date) -> list[tuple[Notification, RecomputeRow]]:
        if last < first:
            raise ValueError(f"the period ends ({last}) before it starts ({first})")
        start = datetime.combine(first, time(0), tzinfo=AMSTERDAM)
        end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=AMSTERDAM)
        catalogue = _read(session)
        if not len(catalogue):
            catalogue = load_rule_sets()
        preferred = read_setting(session, RULE_SET, DEFAULT_RULE_SET)
        if preferred not in catalogue:
            preferred = DEFAULT_RULE_SET if DEFAULT_RULE_SET in catalogue else next(iter(catalogue))
        statement = (
            select(Notification)
            .where(Notification.start_at >= start, Notification.start_at < end)
            .order_by(Notification.start_at, Notification.id)
        )
        changes = []
        for row in session.scalars(statement):
            rule = rule_for(to_local(row.received_at).date(), catalogue, preferred)
            check = check_notification(row.start_at, row.received_at, rule)
            if (rule.name, check.deadline, check.on_time) == (row.rule_name, row.notice_deadline, row.on_time):
                continue
            changes.append((row, RecomputeRow(
                row.id, row.purpose, row.start_at, row.received_at, row.rule_name, row.notice_deadline, row.on_time,
                rule.name, check.deadline, check.on_time,
            )))
        return changes

    def recompute_preview(self, first: date, last: date) -> list[RecomputeRow]:
        """Notifications starting first..last whose term would change: before and after."""
        with self._factory() as session:
            return [record for _row, record in self._changes(session, first, last)]

    def recompute(self, first: date, last: date, ids: set[int] | None = None) -> list[RecomputeRow]:
        """Applies the preview (only ``ids`` when given) in one transaction; audited as "recompute"."""
        now = self._clock()
        with write_transaction(self._factory, self.user, now) as session:
            session.info["audit_action"] = "recompute"
            done = []
            for row, record in self._changes(session, first, last):
                if ids is not None and row.id not in ids:
                    continue
                row.rule_name = record.new_rule
                row.notice_deadline = record.new_deadline
                row.on_time = record.new_on_time
                row.updated_at = now
                row.updated_by = self.user
                done.append(record)
        return done
