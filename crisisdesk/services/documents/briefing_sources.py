"""What the briefing reads from the other registers of the desk, each in one or two queries.

- ``events_in_period``: events and football matches overlapping the period (not
  cancelled) with their risk class, measures and permit status. A returning offender
  comes flagged ``sensitive``; the collector applies the marking's rule to it (left
  out, neutral title, or in full).
- ``checklist_progress``: per notification, the progress per partner and the items
  still open — one grouped count and one query for the open items, for all
  notifications at once.
- ``clashes_in_period``: per notification, the notifications and events it clashes
  with — the calendar's clash query for the whole period, not one query per item.
- ``previous_editions``: per notification, earlier notifications by the same
  organiser or with the same purpose or place — one query for all of them.

The incident providers (current crises with GRIP, open actions) live with the
incidents: ``crisisdesk.services.operations.incidents.current_incidents`` / ``open_incident_actions``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from crisisdesk.db.models import Checklist, ChecklistItem, Event, Notification, Partner
from crisisdesk.domain.documents.briefing import (
    ClashItem,
    EventItem,
    OpenChecklistItem,
    PartnerProgress,
    PreviousEdition,
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
from crisisdesk.domain.calendar.records import EVENT, NOTIFICATION
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
        risk = row.match_risk_class if match else row.risk_class
        items.append(EventItem(
            "match" if match else "event", match_title(row.title, row.opponent) if match else row.title,
            row.start_at, row.end_at, row.location, row.district,
            risk.value if risk is not None else "", _measures(row), row.permit_status,
            sensitive=is_sensitive(row.kind), permit_decision_deadline=row.permit_decision_deadline,
        ))
    return items


def match_title(title: str, opponent: str) -> str:
    """"FC Utrecht – Ajax", also when the title already names the opponent."""
    if not opponent.strip() or opponent.strip().lower() in title.lower():
        return title
    return f"{title} – {opponent.strip()}"


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
                      counter_to: Mapping[int, int | None], confidential: str = "neutral") -> dict[int, tuple[ClashItem, ...]]:
    """Per notification in ``counter_to`` (id -> the id it counters, or None): its clashes.

    One run of the calendar's clash query for the period, then one read of the other
    sides. Withdrawn notifications and cancelled events clash with nothing. A clash with
    a confidential event follows the marking's ``confidential`` rule: "omit" leaves it
    out, "neutral" keeps the neutral title without a place, "full" names it.
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
    event_ids = sorted({ref[1] for pairs in wanted.values() for ref, _reason in pairs if ref[0] == EVENT})
    secret = {
        ident: (title, location)
        for ident, kind, title, location in session.execute(
            select(Event.id, Event.kind, Event.title, Event.location).where(Event.id.in_(event_ids))
        )
        if is_sensitive(EventKind(kind))
    } if event_ids else {}
    found = {}
    for ident, pairs in wanted.items():
        clashes = []
        for ref, reason in pairs:
            if ref not in sides:
                continue
            sensitive = ref[0] == EVENT and ref[1] in secret
            if sensitive and confidential == "omit":
                continue
            clash = _clash(sides[ref], reason, sensitive)
            if sensitive and confidential == "full":
                title, location = secret[ref[1]]
                clash = ClashItem(clash.other_id, title, clash.other_start_at, clash.other_end_at, location,
                                  clash.other_district, reason, clash.other_kind, True)
            clashes.append(clash)
        if clashes:
            found[ident] = tuple(sorted(clashes, key=lambda c: (c.other_start_at, c.other_kind, c.other_id)))
    return found


def _clash(other, reason: str, sensitive: bool = False) -> ClashItem:  # noqa: ANN001 - a ClashSide
    return ClashItem(other.id, other.title, other.start_at, other.end_at, other.location, other.district, reason,
                     "event" if other.kind == EVENT else "notification", sensitive)


PREVIOUS_SHOWN = 3  # per item, the most recent


def _key(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def previous_editions(session: Session, rows: Sequence[Notification], before: datetime) -> dict[int, tuple[PreviousEdition, ...]]:
    """Per notification in ``rows``: earlier notifications (starting before ``before``) by the
    same organiser (organisation or name), or with the same purpose, or at the same place
    in the same wijk — the most recent first, at most ``PREVIOUS_SHOWN`` each.

    One query for all of them; matching on the organiser's name happens here and the
    name itself is never part of the result.
    """
    if not rows:
        return {}
    organisations = {_key(r.organiser_organisation) for r in rows} - {""}
    names = {_key(r.organiser_name) for r in rows} - {""}
    purposes = {_key(r.purpose) for r in rows} - {""}
    places = {(_key(r.location), r.district) for r in rows} - {("", r.district) for r in rows}
    conditions = []
    if organisations:
        conditions.append(func.lower(Notification.organiser_organisation).in_(sorted(organisations)))
    if names:
        conditions.append(func.lower(Notification.organiser_name).in_(sorted(names)))
    if purposes:
        conditions.append(func.lower(Notification.purpose).in_(sorted(purposes)))
    if places:
        conditions.append(func.lower(Notification.location).in_(sorted({p for p, _d in places})))
    if not conditions:
        return {}
    from sqlalchemy import or_

    earlier = session.execute(
        select(Notification.id, Notification.start_at, Notification.purpose, Notification.location, Notification.district,
               Notification.status, Notification.decision, Notification.on_time,
               Notification.organiser_organisation, Notification.organiser_name)
        .where(Notification.start_at < before, or_(*conditions))
        .order_by(Notification.start_at.desc(), Notification.id.desc())
    ).all()
    by: dict[tuple[str, object], list] = defaultdict(list)  # most recent first, as read
    for e in earlier:
        for key in (("organisation", _key(e.organiser_organisation)), ("name", _key(e.organiser_name)),
                    ("purpose", _key(e.purpose)), ("place", (_key(e.location), e.district))):
            if key[1] and key[1] != ("", e.district):
                by[key].append(e)
    found: dict[int, tuple[PreviousEdition, ...]] = {}
    for row in rows:
        mine: dict[int, PreviousEdition] = {}
        for match, keys in (("organiser", (("organisation", _key(row.organiser_organisation)), ("name", _key(row.organiser_name)))),
                            ("purpose", (("purpose", _key(row.purpose)),)),
                            ("place", (("place", (_key(row.location), row.district)),))):
            candidates = sorted({e.id: e for key in keys if key[1] for e in by.get(key, ())
                                 if e.id != row.id and e.start_at < row.start_at}.values(),
                                key=lambda e: (e.start_at, e.id), reverse=True)
            for e in candidates:
                if len(mine) == PREVIOUS_SHOWN:
                    break
                mine.setdefault(e.id, PreviousEdition(e.id, e.start_at, e.purpose, e.location, e.status, e.decision, e.on_time, match))
        if mine:
            found[row.id] = tuple(mine.values())
    return found

