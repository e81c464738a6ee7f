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
from dataclasses import replace
from typing import Any, cast
from datetime import datetime

from sqlalchemy import case, func, literal, select, union_all
from sqlalchemy.orm import Session

from crisisdesk.db.models import Checklist, ChecklistItem, Event, Notification, Partner
from crisisdesk.domain.enums import District
from crisisdesk.domain.calendar.records import Clash
from crisisdesk.domain.documents.briefing import (
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
)
from crisisdesk.i18n import translate
from crisisdesk.domain.calendar.records import EVENT, NOTIFICATION
from crisisdesk.services.calendar.clashes import clash_findings, load_sides


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
    tally: dict[tuple[int, str], dict[object, int]] = defaultdict(lambda: defaultdict(int))
    for record_id, name, status, count, late in counts:
        key = (cast(int, record_id), str(name))  # the query asks only for these notifications' lists
        tally[key][status] += cast(int, count)
        tally[key]["overdue"] += cast(int, late or 0)
    pending = session.execute(
        select(Checklist.notification_id, partner, ChecklistItem.text, ChecklistItem.due_at)
        .join(Checklist, ChecklistItem.checklist_id == Checklist.id)
        .outerjoin(Partner, ChecklistItem.partner_id == Partner.id)
        .where(Checklist.notification_id.in_(ids), ChecklistItem.status.in_(PENDING))
        .order_by(Checklist.notification_id, ChecklistItem.due_at, ChecklistItem.position, ChecklistItem.id)
    )
    open_items: dict[tuple[int, str], list[OpenChecklistItem]] = defaultdict(list)
    for record_id, name, text, due_at in pending:
        open_items[(cast(int, record_id), str(name))].append(OpenChecklistItem(text, due_at, due_at is not None and due_at < now))
    found: dict[int, list[PartnerProgress]] = defaultdict(list)
    for (record_id, name), c in sorted(tally.items(), key=lambda kv: (kv[0][0], kv[0][1] == "", kv[0][1].lower())):
        total = sum(n for status, n in c.items() if status not in ("overdue", ItemStatus.NOT_APPLICABLE))
        found[record_id].append(PartnerProgress(name, c[ItemStatus.DONE], total, tuple(open_items[(record_id, name)]), c["overdue"]))
    return found


def clashes_in_period(session: Session, start: datetime, end: datetime,
                      counter_to: Mapping[int, int | None], confidential: str = "neutral") -> dict[int, tuple[Clash, ...]]:
    """Per notification in ``counter_to`` (id -> the id it counters, or None): its clashes.

    One run of the calendar's clash query for the period, then one read of the other
    sides. Withdrawn notifications and cancelled events clash with nothing. A clash with
    a confidential event follows the marking's ``confidential`` rule: "omit" leaves it
    out, "neutral" keeps the neutral title without a place, "full" names it.
    """
    ours = set(counter_to)
    wanted: dict[int, list[tuple[tuple[str, int], str]]] = defaultdict(list)
    findings = clash_findings(session, start, end)
    for (first, second), (reason, _distance) in findings.items():
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
            pair = (ref, (NOTIFICATION, ident))
            clash = Clash.of(sides[ref], reason, findings.get((min(pair), max(pair)), ("", None))[1])
            if sensitive and confidential == "full":
                title, location = secret[ref[1]]
                clash = replace(clash, other_title=title, other_location=location)
            clashes.append(clash)
        if clashes:
            found[ident] = tuple(sorted(clashes, key=lambda c: (c.other_start_at, c.other_kind, c.other_id)))
    return found


PREVIOUS_SHOWN = 3  # per item, the most recent


def _key(text: str | None) -> str:
    return " ".join((text or "").lower().split())


_EDITION_COLUMNS = (Notification.id, Notification.start_at, Notification.purpose, Notification.location, Notification.district,
                    Notification.status, Notification.decision, Notification.on_time)
_COMPOUND = 200  # limited selects per UNION ALL (SQLite allows 500)
PLACE_LOOKBACK = 40  # notifications at a place searched back for the same purpose


def _newest(session: Session, selects: list) -> list:
    """The rows of many small limited selects, in UNION ALLs of at most ``_COMPOUND``."""
    found: list[Any] = []
    for chunk in (selects[n : n + _COMPOUND] for n in range(0, len(selects), _COMPOUND)):
        parts = [select(part.subquery()) for part in chunk]
        found += session.execute(union_all(*parts) if len(parts) > 1 else parts[0]).all()
    return found


def _latest_by_organiser(session: Session, rows: Sequence[Notification], before: datetime) -> dict[tuple, list]:
    """Per organisation and organiser name of ``rows`` (exactly as written): the
    ``PREVIOUS_SHOWN`` most recent notifications before ``before`` — each a short walk
    back along its (name, start_at) index."""
    wanted = sorted({("organisation", r.organiser_organisation) for r in rows if r.organiser_organisation.strip()}
                    | {("name", r.organiser_name) for r in rows if r.organiser_name.strip()})
    selects = []
    for index, (kind, value) in enumerate(wanted):
        column = Notification.organiser_organisation if kind == "organisation" else Notification.organiser_name
        selects.append(
            select(*_EDITION_COLUMNS, literal(index).label("wanted"))
            .where(column == value, Notification.start_at < before)
            .order_by(Notification.start_at.desc(), Notification.id.desc()).limit(PREVIOUS_SHOWN))
    found: dict[tuple, list] = defaultdict(list)
    for e in _newest(session, selects):
        found[wanted[e.wanted]].append(e)
    return found


def _latest_at_place(session: Session, rows: Sequence[Notification], before: datetime) -> dict[tuple, list]:
    """Per place (``location_key``) and wijk of ``rows``: the ``PLACE_LOOKBACK`` most recent
    notifications there before ``before``, newest first — a walk back along the
    (location_key, start_at) index; the same purpose is looked for among them."""
    wanted = sorted({(r.location_key, r.district.value) for r in rows if r.location_key})
    selects = [
        select(*_EDITION_COLUMNS, literal(index).label("wanted"))
        .where(Notification.location_key == place, Notification.district == District(district), Notification.start_at < before)
        .order_by(Notification.start_at.desc(), Notification.id.desc()).limit(PLACE_LOOKBACK)
        for index, (place, district) in enumerate(wanted)
    ]
    found: dict[tuple, list] = defaultdict(list)
    for e in _newest(session, selects):
        found[wanted[e.wanted]].append(e)
    return found


def previous_editions(session: Session, rows: Sequence[Notification], before: datetime) -> dict[int, tuple[PreviousEdition, ...]]:
    """Per notification in ``rows``: earlier notifications (starting before ``before``, the
    start of the period) by the same organiser (organisation or name), else with the
    same purpose at the same place, else at the same place — the most recent first, at
    most ``PREVIOUS_SHOWN`` each.

    Two queries for all of them, each a set of short index walks, whatever the size of
    the register; matching on the organiser's name happens here and the name itself is
    never part of the result.
    """
    if not rows:
        return {}
    by_organiser = _latest_by_organiser(session, rows, before)
    at_place = _latest_at_place(session, rows, before)
    found: dict[int, tuple[PreviousEdition, ...]] = {}
    for row in rows:
        here = at_place.get((row.location_key, row.district.value), [])
        purpose = _key(row.purpose)
        mine: dict[int, PreviousEdition] = {}
        for match, candidates in (
            ("organiser", by_organiser.get(("organisation", row.organiser_organisation), []) + by_organiser.get(("name", row.organiser_name), [])),
            ("purpose", [e for e in here if purpose and _key(e.purpose) == purpose]),
            ("place", here),
        ):
            for e in sorted(candidates, key=lambda e: (e.start_at, e.id), reverse=True):
                if len(mine) == PREVIOUS_SHOWN:
                    break
                if e.id != row.id:
                    mine.setdefault(e.id, PreviousEdition(e.id, e.start_at, e.purpose, e.location, e.status, e.decision, e.on_time, match))
        if mine:
            found[row.id] = tuple(mine.values())
    return found
