"""Demo checklists: templates applied to demo records with a realistic mix of progress.

    seed_demo_checklists(factory, seed=7, now=None) -> int   # items created

Fictional data only: the contacts added to the seeded partner organisations are
invented names with 030-0000xxx numbers and example.nl addresses. Progress follows the
calendar as in practice: most of what was due is done (some marked n.v.t., a few
still open and therefore overdue), what is due this week is partly busy, what lies
further ahead is mostly open.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from crisisdesk.db.models import ChecklistItem, CrisisScenario, Event, Notification
from crisisdesk.domain.checklists.records import ContactRecord, PartnerDraft
from crisisdesk.domain.checklists.rules import ChecklistRecordType, ItemStatus
from crisisdesk.domain.enums import Risk, Status
from crisisdesk.domain.events.rules import EventKind, EventRiskClass, EventStatus, MatchRiskClass
from crisisdesk.domain.timeutil import utc_now
from crisisdesk.services.checklists.service import ChecklistService
from crisisdesk.services.errors import ValidationFailed
from crisisdesk.services.checklists.partners import PartnerService

DEMO_USER = "demo"
ADVISORS = ("a.jansen", "m.bakker", "s.el-amrani", "r.visser", "l.de-boer")
CONTACTS = {
    "politie": [("Inspecteur K. Demo", "Coördinator evenementen en demonstraties", "030-0000101", "06-00000101")],
    "brandweer": [("M. Voorbeeld", "Adviseur evenementenveiligheid", "030-0000201", "")],
    "ghor": [("Dr. J. Fictief", "Adviseur GHOR", "030-0000301", "06-00000301")],
    "vru": [("P. Testpersoon", "Officier van dienst bevolkingszorg", "030-0000401", "06-00000401")],
    "oov": [("E. Proef", "Adviseur openbare orde", "030-0000501", "06-00000501"),
            ("N. Oefen", "Adviseur crisisbeheersing", "030-0000502", "06-00000502")],
    "stadsbedrijven": [("H. Demo", "Coördinator verkeersmaatregelen", "030-0000601", "")],
    "jongerenwerk": [("Y. Voorbeeld", "Jongerenwerker Overvecht", "06-00000701", "")],
}


def _templates_for(session, now: datetime, rng: random.Random) -> list[tuple[ChecklistRecordType, int, str, datetime | None]]:
    window_start, window_end = now - timedelta(days=21), now + timedelta(days=60)
    chosen = []
    rows = session.execute(
        select(Notification.id, Notification.risk).where(
            Notification.start_at >= window_start, Notification.start_at < window_end,
            Notification.status.not_in((Status.WITHDRAWN,)),
        ).order_by(Notification.start_at)
    ).all()
    high = [i for i, risk in rows if risk in (Risk.HIGH, Risk.UNKNOWN)]
    low = [i for i, risk in rows if risk in (Risk.LOW, Risk.SOME)]
    chosen += [(ChecklistRecordType.NOTIFICATION, i, "demonstration_high", None) for i in high[:12]]
    chosen += [(ChecklistRecordType.NOTIFICATION, i, "demonstration_low", None) for i in rng.sample(low, min(8, len(low)))]
    events = session.execute(
        select(Event.id, Event.kind, Event.risk_class, Event.match_risk_class).where(
            Event.start_at >= window_start - timedelta(days=60), Event.start_at < now + timedelta(days=300),
            Event.status != EventStatus.CANCELLED,
        ).order_by(Event.start_at)
    ).all()
    by_kind = {EventKind.NEW_YEARS_EVE: "new_years_eve", EventKind.KINGS_DAY: "kings_day",
               EventKind.DIGNITARY_VISIT: "dignitary_visit"}
    for event_id, kind, risk_class, match_class in events:
        if kind == EventKind.FOOTBALL_MATCH and match_class == MatchRiskClass.C:
            key = "football_risk_c"
        elif kind in by_kind:
            key = by_kind[kind]
        elif risk_class == EventRiskClass.C:
            key = "event_class_c"
        elif risk_class == EventRiskClass.B:
            key = "event_class_b"
        else:
            continue
        chosen.append((ChecklistRecordType.EVENT, event_id, key, None))
    scenarios = session.execute(select(CrisisScenario.id, CrisisScenario.kind).order_by(CrisisScenario.id)).all()
    for index, (scenario_id, kind) in enumerate(scenarios[:3]):
        anchor = now - timedelta(hours=rng.choice((3, 8, 30))) if index == 0 else now + timedelta(days=10 + index)
        chosen.append((ChecklistRecordType.SCENARIO, scenario_id, f"scenario_{kind.value}", anchor))
    return chosen


def _progress(item: ChecklistItem, now: datetime, rng: random.Random) -> None:
    due = item.due_at
    if due is None:
        return
    roll = rng.random()
    if due < now:
        status = (ItemStatus.DONE if roll < 0.72 else ItemStatus.NOT_APPLICABLE if roll < 0.80
                  else ItemStatus.IN_PROGRESS if roll < 0.90 else ItemStatus.OPEN)
    elif due < now + timedelta(days=7):
        status = ItemStatus.DONE if roll < 0.3 else ItemStatus.IN_PROGRESS if roll < 0.6 else ItemStatus.OPEN
    else:
        status = ItemStatus.DONE if roll < 0.1 else ItemStatus.IN_PROGRESS if roll < 0.2 else ItemStatus.OPEN
    if status == ItemStatus.OPEN:
        return
    item.status = status
    item.status_by = rng.choice(ADVISORS)
    item.status_at = min(due, now) - timedelta(hours=rng.randint(1, 72))
    if status == ItemStatus.NOT_APPLICABLE:
        item.note = "Niet nodig na overleg in de voorbereiding."
    elif status == ItemStatus.IN_PROGRESS and rng.random() < 0.4:
        item.note = rng.choice(("Concept gedeeld, reactie volgt.", "Afstemming loopt.", "Wacht op aanvullende gegevens."))


def seed_demo_checklists(factory: sessionmaker, seed: int = 7, now: datetime | None = None) -> int:
    """Applies templates to demo records and ticks items off; returns how many items exist."""
    now = now or utc_now()
    rng = random.Random(seed)
    partners = PartnerService(factory, clock=lambda: now, user=DEMO_USER)
    partners.seed_defaults()
    for partner in partners.list():
        contacts = CONTACTS.get(partner.key)
        if contacts and not partner.contacts:
            partners.save(PartnerDraft(
                name=partner.name, discipline=partner.discipline, role=partner.role, phone=partner.phone,
                email=partner.email, active=partner.active,
                contacts=tuple(ContactRecord(None, name, function, phone, night, f"{partner.key}.demo@example.nl")
                               for name, function, phone, night in contacts),
            ), partner.id)
    checklists = ChecklistService(factory, clock=lambda: now, user=DEMO_USER)
    with factory() as session:
        plan = _templates_for(session, now, rng)
    applied = []
    for record_type, record_id, key, anchor in plan:
        try:
            record = checklists.apply_template(record_type, record_id, key, anchor)
        except ValidationFailed:  # already applied (the demo run twice)
            continue
        applied.extend(item.id for item in record.items)
    with factory.begin() as session:
        session.info.update(user=DEMO_USER, now=now)
        for item in session.scalars(select(ChecklistItem).where(ChecklistItem.id.in_(applied))):
            _progress(item, now, rng)
        return len(applied)
