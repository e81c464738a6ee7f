"""Checklist questions across records: one partner's tasks, progress for lists, overdue items.

    partner_tasks(factory, partner_id, start, end, now, include_overdue=True) -> list[PartnerTask]
    progress_by_record(factory, record_type, ids, now) -> dict[int, Progress]
    overdue_items(session, now, limit=50) -> list[PartnerTask]

All run on the ``(partner_id, status, due_at)`` and ``(status, due_at)`` indexes; record
titles are read once per record type for the items found. Sensitive events show only
their neutral title (these lists go on paper to partners).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from crisisdesk.db.models import Checklist, ChecklistItem, CrisisScenario, Event, Notification
from crisisdesk.domain.checklists.rules import PENDING, ChecklistRecordType, ItemStatus, Progress, is_overdue
from crisisdesk.domain.events.rules import public_title
from crisisdesk.domain.checklists.records import PartnerTask
from crisisdesk.services.checklists.sync import FOREIGN_KEYS


def _titles(session: Session, keys: set[tuple[ChecklistRecordType, int]]) -> dict:
    """(type, id) -> (title, start) for the records the items belong to."""
    found: dict[tuple[ChecklistRecordType, int], tuple[str, datetime | None]] = {}
    by_type: dict[ChecklistRecordType, list[int]] = defaultdict(list)
    for record_type, record_id in keys:
        by_type[record_type].append(record_id)
    if by_type[ChecklistRecordType.NOTIFICATION]:
        rows = session.execute(select(Notification.id, Notification.purpose, Notification.start_at)
                               .where(Notification.id.in_(by_type[ChecklistRecordType.NOTIFICATION])))
        found.update({(ChecklistRecordType.NOTIFICATION, i): (p, s) for i, p, s in rows})
    if by_type[ChecklistRecordType.EVENT]:
        for row in session.scalars(select(Event).where(Event.id.in_(by_type[ChecklistRecordType.EVENT]))):
            found[(ChecklistRecordType.EVENT, row.id)] = (public_title(row), row.start_at)
    if by_type[ChecklistRecordType.SCENARIO]:
        scenario_rows = session.execute(select(CrisisScenario.id, CrisisScenario.title)
                                        .where(CrisisScenario.id.in_(by_type[ChecklistRecordType.SCENARIO])))
        found.update({(ChecklistRecordType.SCENARIO, i): (t, None) for i, t in scenario_rows})
    return found


def _tasks(session: Session, statement: Select[ChecklistItem, Checklist], now: datetime) -> list[PartnerTask]:
    rows = session.execute(statement).all()
    keys = {}
    for item, checklist in rows:
        if checklist.notification_id is not None:
            keys[item.id] = (ChecklistRecordType.NOTIFICATION, checklist.notification_id)
        elif checklist.event_id is not None:
            keys[item.id] = (ChecklistRecordType.EVENT, checklist.event_id)
        elif checklist.scenario_id is not None:
            keys[item.id] = (ChecklistRecordType.SCENARIO, checklist.scenario_id)
        else:
            raise ValueError(f"checklist {checklist.id} belongs to no notification, event or scenario")
    titles = _titles(session, set(keys.values()))
    tasks = []
    for item, checklist in rows:
        record_type, record_id = keys[item.id]
        title, start = titles.get((record_type, record_id), ("", None))
        tasks.append(PartnerTask(
            item.id, item.text, item.due_at, item.status, item.required, item.note,
            is_overdue(item.status, item.due_at, now), record_type, record_id, title,
            start if start is not None else checklist.anchor_at,
        ))
    return tasks


def partner_tasks(factory: sessionmaker, partner_id: int, start: datetime, end: datetime, now: datetime,
                  include_overdue: bool = True) -> list[PartnerTask]:
    """Open and busy items of one partner due in [start, end) — plus, by default, those
    due earlier and still not done (they are overdue and still to do)."""
    window = and_(ChecklistItem.due_at >= start, ChecklistItem.due_at < end)
    if include_overdue:
        window = or_(window, and_(ChecklistItem.due_at < start, ChecklistItem.due_at < now))
    statement = (
        select(ChecklistItem, Checklist)
        .join(Checklist, ChecklistItem.checklist_id == Checklist.id)
        .where(ChecklistItem.partner_id == partner_id, ChecklistItem.status.in_(PENDING), window)
        .order_by(ChecklistItem.due_at, ChecklistItem.id)
    )
    with factory() as session:
        return _tasks(session, statement, now)


def overdue_items(session: Session, now: datetime, limit: int = 50) -> list[PartnerTask]:
    """Items past their due moment and not done, oldest first (for the 7-day overview)."""
    statement = (
        select(ChecklistItem, Checklist)
        .join(Checklist, ChecklistItem.checklist_id == Checklist.id)
        .where(ChecklistItem.status.in_(PENDING), ChecklistItem.due_at < now)
        .order_by(ChecklistItem.due_at, ChecklistItem.id)
        .limit(limit)
    )
    return _tasks(session, statement, now)


def progress_in_session(session: Session, record_type: ChecklistRecordType, ids, now: datetime) -> dict[int, Progress]:
    """Progress of the checklists of these records, one grouped query."""
    ids = list(ids)
    if not ids:
        return {}
    key = FOREIGN_KEYS[record_type]
    overdue = func.sum(case((and_(ChecklistItem.status.in_(PENDING), ChecklistItem.due_at < now), 1), else_=0))
    statement = (
        select(key, ChecklistItem.status, func.count(ChecklistItem.id), overdue)
        .join(Checklist, ChecklistItem.checklist_id == Checklist.id)
        .where(key.in_(ids))
        .group_by(key, ChecklistItem.status)
    )
    counts: dict[int, dict] = defaultdict(lambda: defaultdict(int))
    for record_id, status, count, late in session.execute(statement):
        if not isinstance(record_id, int):  # cannot happen: the query keeps only the given ids
            raise ValueError(f"checklist progress row without a {record_type.value} id")
        counts[record_id][status] += count
        counts[record_id]["overdue"] += late or 0
    return {
        record_id: Progress(
            total=sum(v for k, v in c.items() if k != "overdue"), done=c[ItemStatus.DONE],
            not_applicable=c[ItemStatus.NOT_APPLICABLE], in_progress=c[ItemStatus.IN_PROGRESS], overdue=c["overdue"],
        )
        for record_id, c in counts.items()
    }


def progress_by_record(factory: sessionmaker, record_type: ChecklistRecordType, ids, now: datetime) -> dict[int, Progress]:
    with factory() as session:
        return progress_in_session(session, record_type, ids, now)
