"""Keeping a record's checklist in step with its start (used inside other services' saves).

Separate from ``services.checklists`` so the notification and event services can call
it without importing the checklist service (which imports theirs).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crisisdesk.db.models import Checklist
from crisisdesk.domain.checklists.rules import ChecklistRecordType, due_moment, parse_offset

FOREIGN_KEYS = {
    ChecklistRecordType.NOTIFICATION: Checklist.notification_id,
    ChecklistRecordType.EVENT: Checklist.event_id,
    ChecklistRecordType.SCENARIO: Checklist.scenario_id,
}


def move_due_moments(session: Session, record_type: ChecklistRecordType, record_id: int, start_at: datetime) -> int:
    """Re-derives the due moments of a record's checklist from its (new) start; returns how many moved.

    Called by the notification and event services inside their save transaction, so
    the record and its checklist change together or not at all. Items with a fixed due
    moment (no offset) stay where they are.
    """
    checklist = session.scalar(select(Checklist).where(FOREIGN_KEYS[record_type] == record_id))
    if checklist is None or checklist.anchor_at == start_at:
        return 0
    checklist.anchor_at = start_at
    moved = 0
    for item in checklist.items:
        if item.offset_text:
            item.due_at = due_moment(start_at, parse_offset(item.offset_text))
            moved += 1
    return moved
