"""The "Komende 7 dagen" overview that opens with the desk.

    OverviewService(factory, clock=utc_now).week_overview(now=None) -> Overview

``Overview`` (see ``calendar_records``) holds, for [now, now + 7 days):

* ``starting``: notifications and events that start in the window (clash flags set);
* ``decisions_pending``: notifications starting in the window whose decision has not
  been made known to the notifier yet (Wom art. 5 lid 4: as soon as possible);
  withdrawn and closed files are left out;
* ``permit_deadlines``: event permits still undecided (applied or extended) whose
  decision deadline falls before the window ends — overdue ones included, first;
* ``clashes``: every clash with at least one side in the window;
* ``checklist_progress``: checklist progress of the records starting in the window;
* ``overdue_items``: checklist items past their due moment and not done (any record).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from crisisdesk.db.models import Event, Notification
from crisisdesk.domain.checklists.records import RecordProgress
from crisisdesk.domain.checklists.rules import ChecklistRecordType
from crisisdesk.domain.enums import Status
from crisisdesk.domain.events.rules import PENDING_PERMIT_STATUSES, EventStatus, public_title
from crisisdesk.domain.timeutil import utc_now
from crisisdesk.services.calendar.service import flag_clashes, items_in_period
from crisisdesk.domain.calendar.records import EVENT, NOTIFICATION, Overview, PendingDecision, PermitDeadline
from crisisdesk.services.checklists.queries import overdue_items, progress_in_session
from crisisdesk.services.calendar.clashes import clash_pairs

WINDOW = timedelta(days=7)


class OverviewService:
    def __init__(self, factory: sessionmaker, clock: Callable[[], datetime] = utc_now) -> None:
        self._factory = factory
        self._clock = clock

    def week_overview(self, now: datetime | None = None) -> Overview:
        start = now or self._clock()
        end = start + WINDOW
        with self._factory() as session:
            pairs = clash_pairs(session, start, end)
            starting = [i for i in items_in_period(session, start, end) if start <= i.start_at < end]
            pending = session.scalars(
                select(Notification)
                .where(
                    Notification.start_at >= start,
                    Notification.start_at < end,
                    Notification.decision_made_known_at.is_(None),
                    Notification.status.not_in((Status.WITHDRAWN, Status.CLOSED)),
                )
                .order_by(Notification.start_at, Notification.id)
            )
            decisions = tuple(
                PendingDecision(
                    row.id, row.purpose, row.start_at, row.location, row.district, row.status.value,
                    row.decision.value if row.decision is not None else None,
                )
                for row in pending
            )
            permits = session.scalars(
                select(Event)
                .where(
                    Event.permit_decision_deadline < end,
                    Event.permit_status.in_(PENDING_PERMIT_STATUSES),
                    Event.status != EventStatus.CANCELLED,
                )
                .order_by(Event.permit_decision_deadline, Event.id)
            )
            progress = _checklist_progress(session, starting, start)
            overdue = tuple(overdue_items(session, start))
            deadlines = tuple(
                PermitDeadline(
                    row.id, public_title(row), row.start_at, row.district, row.permit_status.value,
                    row.permit_decision_deadline, row.permit_decision_deadline < start,
                )
                for row in permits
            )
        return Overview(
            start=start,
            end=end,
            starting=tuple(flag_clashes(starting, {s.ref for p in pairs for s in (p.first, p.second)})),
            decisions_pending=decisions,
            permit_deadlines=deadlines,
            clashes=tuple(pairs),
            checklist_progress=progress,
            overdue_items=overdue,
        )


def _checklist_progress(session, starting, now: datetime) -> tuple[RecordProgress, ...]:
    """Checklist progress of the notifications and events starting in the window."""
    found = []
    for kind, record_type in ((NOTIFICATION, ChecklistRecordType.NOTIFICATION), (EVENT, ChecklistRecordType.EVENT)):
        ids = [item.id for item in starting if item.kind == kind]
        for record_id, progress in progress_in_session(session, record_type, ids, now).items():
            found.append(RecordProgress(kind, record_id, progress))
    return tuple(found)
