"""Collecting everything a driehoek briefing needs, in one session, as frozen records.

``collect_briefing`` reads the demonstrations of the period with their term derivation,
clashes and checklist progress, the events and matches, current crises, open actions and
the figures for the appendix. The report layer turns the result into a PDF.

Plug-in points for the other parts of the desk (``Providers``):

- ``events``: events and football matches starting in the period. Reads the ``event``
  table (issue 3) directly; swap in the events service's query when it exists.
- ``scenarios``: current crises with their GRIP level. The desk has prepared scenarios
  (``crisis_scenario``) but no record of a scenario being *active* yet; until the crisis
  log records that, this returns nothing and the briefing says no crisis is registered.
- ``checklists``: per notification id the progress per partner (issue 4).
- ``actions``: open actions and decisions (issue 4 / crisis-team lists).

Each provider takes the open session and the period's bounds and returns frozen records
from ``crisisdesk.domain.briefing``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from crisisdesk.db.models import Event, Notification
from crisisdesk.domain.briefing import (
    ActionItem,
    BriefingInput,
    BriefingRequest,
    ClashItem,
    DemonstrationItem,
    EventItem,
    Figures,
    Organiser,
    PartnerProgress,
    ScenarioItem,
    WeekCount,
    lead_time_bucket,
    LEAD_TIME_BUCKETS,
)
from crisisdesk.domain.deadlines import check_notification, describe_check
from crisisdesk.domain.enums import ManifestationKind
from crisisdesk.domain.timeutil import AMSTERDAM, to_local, utc_now
from crisisdesk.i18n import translate
from crisisdesk.services.notifications import NotificationService, _grounds
from crisisdesk.services.settings import LETTERHEAD, DEFAULT_LETTERHEAD, read_setting

TREND_WEEKS = 12

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class Cancelled(Exception):
    """The user stopped the build; nothing was produced."""


def local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=AMSTERDAM)


def period_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    """[00:00 of ``first``, 00:00 after ``last``) in Amsterdam time."""
    if last < first:
        raise ValueError(f"the period ends ({last}) before it starts ({first})")
    return local_midnight(first), local_midnight(last + timedelta(days=1))


# --- providers -----------------------------------------------------------------------


def events_from_register(session: Session, start: datetime, end: datetime) -> Sequence[EventItem]:
    """Events and matches starting in [start, end), not cancelled (issue 3's ``event`` table)."""
    rows = session.scalars(
        select(Event).where(Event.start_at >= start, Event.start_at < end).order_by(Event.start_at, Event.id)
    )
    items = []
    for row in rows:
        if row.status.value == "cancelled":
            continue
        match = row.kind.value == "football_match"
        risk = row.match_risk_class if match else row.risk_class
        measures = []
        if match:
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
        if row.fireworks_rule.value != "none":
            measures.append(translate("Briefing", "fireworks rules"))
        title = f"{row.title} – {row.opponent}" if match and row.opponent else row.title
        items.append(
            EventItem(
                "match" if match else "event", title, row.start_at, row.end_at, row.location, row.district,
                risk.value if risk is not None else "", tuple(measures),
            )
        )
    return items


def no_scenarios(session: Session, start: datetime, end: datetime) -> Sequence[ScenarioItem]:
    return ()


def no_checklists(session: Session, ids: Sequence[int]) -> Mapping[int, Sequence[PartnerProgress]]:
    return {}


def no_actions(session: Session, start: datetime, end: datetime) -> Sequence[ActionItem]:
    return ()


@dataclass(frozen=True)
class Providers:
    events: Callable[[Session, datetime, datetime], Sequence[EventItem]] = events_from_register
    scenarios: Callable[[Session, datetime, datetime], Sequence[ScenarioItem]] = no_scenarios
    checklists: Callable[[Session, Sequence[int]], Mapping[int, Sequence[PartnerProgress]]] = no_checklists
    actions: Callable[[Session, datetime, datetime], Sequence[ActionItem]] = no_actions


# --- collecting ----------------------------------------------------------------------


@dataclass
class BriefingCollector:
    factory: sessionmaker
    user: str = ""
    clock: Callable[[], datetime] = utc_now
    providers: Providers = field(default_factory=Providers)

    def collect(
        self,
        request: BriefingRequest,
        on_progress: ProgressCallback | None = None,
        is_cancelled: CancelCheck | None = None,
    ) -> BriefingInput:
        start, end = period_bounds(request.period_from, request.period_to)
        service = NotificationService(self.factory, clock=self.clock, user=self.user or None)
        rules = service.rule_sets
        with self.factory() as session:
            rows = list(
                session.scalars(
                    select(Notification)
                    .where(Notification.start_at >= start, Notification.start_at < end)
                    .order_by(Notification.start_at, Notification.id)
                )
            )
            checklists = self.providers.checklists(session, [row.id for row in rows])
            items = []
            for done, row in enumerate(rows, start=1):
                if is_cancelled is not None and is_cancelled():
                    raise Cancelled()
                rule = rules.get(row.rule_name) or service.applicable_rule(row.received_at)
                check = check_notification(row.start_at, row.received_at, rule)
                clashes = service._clashes(
                    session, row.start_at, row.end_at, row.district, row.location, row.id, row.counter_to_id
                )
                items.append(_item(row, rule.source, tuple(describe_check(check, translate)), clashes,
                                   checklists.get(row.id, ()), request.include_personal_data))
                if on_progress is not None:
                    on_progress(done, len(rows) + 1)
            figures = _figures(session, request.period_to)
            events = tuple(self.providers.events(session, start, end))
            scenarios = tuple(self.providers.scenarios(session, start, end))
            actions = tuple(self.providers.actions(session, start, end))
            municipality = read_setting(session, LETTERHEAD, DEFAULT_LETTERHEAD).splitlines()[0]
        if on_progress is not None:
            on_progress(len(rows) + 1, len(rows) + 1)
        return BriefingInput(
            request=request,
            prepared_by=service.user,
            prepared_at=to_local(self.clock()),
            municipality=municipality,
            demonstrations=tuple(items),
            figures=figures,
            events=events,
            scenarios=scenarios,
            actions=actions,
        )


def _item(row: Notification, rule_source: str, term_lines, clashes, checklist, personal: bool) -> DemonstrationItem:
    organiser = None
    if personal and (row.organiser_name or row.organiser_email or row.organiser_phone):
        organiser = Organiser(row.organiser_name, row.organiser_address, row.organiser_phone, row.organiser_email)
    return DemonstrationItem(
        id=row.id, kind=row.kind, place_type=row.place_type, purpose=row.purpose,
        organisation=row.organiser_organisation, start_at=row.start_at, end_at=row.end_at,
        location=row.location, district=row.district, route=row.route, composition=row.composition,
        organiser_measures=row.organiser_measures, expected_participants=row.expected_participants,
        received_at=row.received_at, notice_deadline=row.notice_deadline, on_time=row.on_time,
        late_accepted=row.late_accepted, late_accepted_reason=row.late_accepted_reason,
        rule_name=row.rule_name, rule_source=rule_source, risk=row.risk, status=row.status,
        decision=row.decision, decision_grounds=_grounds(row.decision_grounds),
        decision_conditions=row.decision_conditions, counter_to_id=row.counter_to_id,
        term_lines=term_lines,
        clashes=tuple(ClashItem(c.other_id, c.other_purpose, c.other_start_at, c.other_end_at, c.other_location,
                                c.other_district, c.reason) for c in clashes),
        checklist=tuple(checklist), organiser=organiser,
    )


def _figures(session: Session, last_day: date) -> Figures:
    """Weekly counts, lead times and share late over the 12 weeks ending with the period."""
    last_monday = last_day - timedelta(days=last_day.weekday())
    first_monday = last_monday - timedelta(weeks=TREND_WEEKS - 1)
    start, end = period_bounds(first_monday, last_day)
    weeks = {first_monday + timedelta(weeks=i): [0, 0] for i in range(TREND_WEEKS)}
    buckets = {code: 0 for code, _low, _high in LEAD_TIME_BUCKETS}
    total = late = 0
    statement = select(Notification.start_at, Notification.received_at, Notification.on_time).where(
        Notification.start_at >= start, Notification.start_at < end,
        Notification.kind.in_(list(ManifestationKind)),
    )
    for start_at, received_at, on_time in session.execute(statement):
        day = to_local(start_at).date()
        week = weeks[day - timedelta(days=day.weekday())]
        week[0] += 1
        total += 1
        if not on_time:
            week[1] += 1
            late += 1
        buckets[lead_time_bucket((start_at - received_at).total_seconds() / 3600)] += 1
    return Figures(
        window_from=first_monday,
        window_to=last_day,
        weeks=tuple(WeekCount(monday, n, n_late) for monday, (n, n_late) in weeks.items()),
        lead_time_buckets=tuple(buckets.items()),
        total=total,
        late=late,
    )
