"""What the briefing reads from the other registers of the desk, each in one or two queries.

- ``events_in_period``: events and football matches overlapping the period (not
  cancelled) with their risk class, measures and permit status. A returning offender
  is listed with its neutral title and its time only.
- ``checklist_progress``: per notification, the progress per partner and the items
  still open — one grouped count and one query for the open items, for all
  notifications at once.
- ``clashes_in_period``: per notification, the notifications and events it clashes
  with — the calendar's clash query for the whole period, not one query per item.

The incident providers (current crises with GRIP, open actions) live with the
incidents: ``crisisdesk.services.operations.incidents.current_incidents`` / ``open_incident_actions``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from crisisdesk.db.models import Checklist, ChecklistItem, Event, Partner
from crisisdesk.domain.documents.briefing import (
    Clash,
    EventItem,
    OpenChecklistItem,
    PartnerProgress,
)
from crisisdesk.domain.checklists.rules import PENDING, ItemStatus
from crisisdesk.domain.events.rules import (
    EventKind,
    EventStatus,
    FireworksRule,
    is_sensitive,
    neutral_title,
)
from crisisdesk.i18n import translate
from crisisdesk.domain.calendar.records import NOTIFICATION
from crisisdesk.services.calendar.clashes import clash_refs, load_sides


def _measures(row: Event) -> tuple[str, ...]:
    measures = []
    if row.kind == EventKind.FOOTBALL_MATCH:
        if row.combi_regulation:
            measures.append(translate("Briefing", "combi-regulation"))
        if row.max_away_supporters is not None:
            measures.append(translate("Briefing", "at most {n} away supporters").format(n=row.max_away_supporters))
        if row.without_public:
            measures.append(translate("Briefing", "without public"))
    if row.security_risk_area:
        measures.append(translate("Briefing", "security risk area (APV 2:4)"))
    if row.camera_surveillance:
        measures.append(translate("Briefing", "camera surveillance (APV 2:5)"))
    if row.fireworks_rule != FireworksRule.NONE:
        measures.append(translate("Briefing", "fireworks rules"))
    return tuple(measures)


def events_in_period(session: Session, start: datetime, end: datetime) -> Sequence[EventItem]:
    """Events and matches overlapping [start, end), not cancelled, by start."""
    rows = session.scalars(
        select(Event)
        .where(Event.start_at < end, Event.end_at > start, Event.status != EventStatus.CANCELLED)
        .order_by(Event.start_at, Event.id)
    )
    items = []
    for row in rows:
        match = row.kind == EventKind.FOOTBALL_MATCH
        if is_sensitive(row.kind):  # only that it happens, and when
            items.append(EventItem("event", neutral_title(row.kind), row.start_at, row.end_at, "", None, "", sensitive=True))
            continue
        risk = row.match_risk_class if match else row.risk_class
        title = f"{row.title} – {row.opponent}" if match and row.opponent else row.title
        items.append(EventItem(
            "match" if match else "event", title, row.start_at, row.end_at, row.location, row.district,
            risk.value if risk is not None else "", _measures(row), row.permit_status,
        ))
    return items


def checklist_progress(session: Session, ids: Sequence[int], now: datetime) -> Mapping[int, Sequence[PartnerProgress]]:
    """Per notification id: progress per partner (by name; "" for nobody yet) with open items."""
    if not ids:
        return {}
    ids = sorted(set(ids))
    partner = func.coalesce(Partner.name, "")
    overdue = func.sum(case(((ChecklistItem.status.in_(PENDING)) & (ChecklistItem.due_at < now), 1), else_=0))
    counts = session.execute(
        select(Checklist.notification_id, partner, ChecklistItem.status, func.count(ChecklistItem.id), overdue)
        .join(Checklist, ChecklistItem.checklist_id == Checklist.id)
        .outerjoin(Partner, ChecklistItem.partner_id == Partner.id)
        .where(Checklist.notification_id.in_(ids))
        .group_by(Checklist.notification_id, partner, ChecklistItem.status)
    )
    tally: dict[tuple[int, str], dict] = defaultdict(lambda: defaultdict(int))
    for record_id, name, status, count, late in counts:
        tally[(record_id, name)][status] += count
        tally[(record_id, name)]["overdue"] += late or 0
    pending = session.execute(
        select(Checklist.notification_id, partner, ChecklistItem.text, ChecklistItem.due_at)
        .join(Checklist, ChecklistItem.checklist_id == Checklist.id)
        .outerjoin(Partner, ChecklistItem.partner_id == Partner.id)
        .where(Checklist.notification_id.in_(ids), ChecklistItem.status.in_(PENDING))
        .order_by(Checklist.notification_id, ChecklistItem.due_at, ChecklistItem.position, ChecklistItem.id)
    )
    open_items: dict[tuple[int, str], list[OpenChecklistItem]] = defaultdict(list)
    for record_id, name, text, due_at in pending:
        open_items[(record_id, name)].append(OpenChecklistItem(text, due_at, due_at is not None and due_at < now))
    found: dict[int, list[PartnerProgress]] = defaultdict(list)
    for (record_id, name), c in sorted(tally.items(), key=lambda kv: (kv[0][0], kv[0][1] == "", kv[0][1].lower())):
        total = sum(n for status, n in c.items() if status not in ("overdue", ItemStatus.NOT_APPLICABLE))
        found[record_id].append(PartnerProgress(name, c[ItemStatus.DONE], total, tuple(open_items[(record_id, name)]), c["overdue"]))
    return found


def clashes_in_period(session: Session, start: datetime, end: datetime,
                      counter_to: Mapping[int, int | None]) -> dict[int, tuple[Clash, ...]]:
    """Per notification in ``counter_to`` (id -> the id it counters, or None): its clashes.

    One run of the calendar's clash query for the period, then one read of the other
    sides. Withdrawn notifications and cancelled events clash with nothing.
    """
    ours = set(counter_to)
    wanted: dict[int, list[tuple[tuple[str, int], str]]] = defaultdict(list)
    for (first, second), reason in clash_refs(session, start, end).items():
        for one, other in ((first, second), (second, first)):
            if one[0] == NOTIFICATION and one[1] in ours:
                if reason == "counter_demonstration":
                    reason_here = "counter_to" if counter_to[one[1]] == other[1] and other[0] == NOTIFICATION else "countered_by"
                else:
                    reason_here = reason
                wanted[one[1]].append((other, reason_here))
    sides = load_sides(session, {ref for pairs in wanted.values() for ref, _reason in pairs})
    found = {}
    for ident, pairs in wanted.items():
        clashes = [Clash.of(sides[ref], reason) for ref, reason in pairs if ref in sides]
        found[ident] = tuple(sorted(clashes, key=lambda c: (c.other_start_at, c.other_kind, c.other_id)))
    return found


