"""Collecting everything a driehoek briefing needs, in one session, as frozen records.

``collect_briefing`` reads the demonstrations of the period with their term derivation,
clashes and checklist progress, the events and matches, current crises, open actions and
the figures for the appendix. The report layer turns the result into a PDF.

Providers (``Providers``), each reading in the open session, for the whole period at
once (never one query per item):

- ``events``: events and football matches in the period with risk class, measures and
  permit status; a returning offender only with its neutral title
  (``briefing_sources.events_in_period``).
- ``scenarios``: current real incidents with their GRIP level
  (``incidents.current_incidents``; exercises never).
- ``checklists``: per notification id the progress per partner with the open items
  (``briefing_sources.checklist_progress``).
- ``actions``: open actions of real incidents (``incidents.open_incident_actions``);
  the decisions asked of the driehoek come from the items themselves.

Clashes (with notifications and events) come from the calendar's clash query, run once
for the period. The term derivation is worked out only for the items that get a section.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from crisisdesk.db.models import Notification
from crisisdesk.domain.documents.briefing import (
    LEAD_TIME_BUCKETS,
    ActionItem,
    BriefingInput,
    BriefingRequest,
    DemonstrationItem,
    EventItem,
    Figures,
    Organiser,
    PartnerProgress,
    ScenarioItem,
    WeekCount,
    lead_time_bucket,
)
from crisisdesk.domain.register.deadlines import check_notification, describe_check
from crisisdesk.domain.enums import ManifestationKind
from crisisdesk.domain.timeutil import AMSTERDAM, to_local, utc_now
from crisisdesk.i18n import translate
from crisisdesk.services.documents.briefing_sources import (
    checklist_progress,
    clashes_in_period,
    events_in_period,
)
from crisisdesk.services.operations.incidents import current_incidents, open_incident_actions
from crisisdesk.services.register.notifications import NotificationService, _grounds
from crisisdesk.services.profile import read_profile
from crisisdesk.services.settings import DEFAULT_LETTERHEAD, LETTERHEAD, read_setting

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


@dataclass(frozen=True)
class Providers:
    events: Callable[[Session, datetime, datetime], Sequence[EventItem]] = events_in_period
    scenarios: Callable[[Session, datetime, datetime], Sequence[ScenarioItem]] = current_incidents
    checklists: Callable[[Session, Sequence[int], datetime], Mapping[int, Sequence[PartnerProgress]]] = checklist_progress
    actions: Callable[[Session, datetime, datetime], Sequence[ActionItem]] = open_incident_actions


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
            clashes = clashes_in_period(session, start, end, {row.id: row.counter_to_id for row in rows})
            drafts = [_item(row, "", (), clashes.get(row.id, ()), request.include_personal_data) for row in rows]
            attention = [item.id for item in drafts if item.attention_reasons]
            checklists = self.providers.checklists(session, attention, self.clock())
            items = []
            for done, (row, item) in enumerate(zip(rows, drafts, strict=True), start=1):
                if is_cancelled is not None and is_cancelled():
                    raise Cancelled()
                if item.attention_reasons:  # only a section shows the derivation and checklist
                    rule = rules.get(row.rule_name) or service.applicable_rule(row.received_at)
                    check = check_notification(row.start_at, row.received_at, rule)
                    item = replace(item, rule_source=rule.source, term_lines=tuple(describe_check(check, translate)),
                                   checklist=tuple(checklists.get(row.id, ())))
                items.append(item)
                if on_progress is not None and done % 50 == 0:
                    on_progress(done, len(rows) + 1)
            figures = _figures(session, request.period_to)
            events = tuple(self.providers.events(session, start, end))
            scenarios = tuple(self.providers.scenarios(session, start, end))
            actions = tuple(self.providers.actions(session, start, end))
            municipality = read_setting(session, LETTERHEAD, DEFAULT_LETTERHEAD).splitlines()[0]
            author = read_profile(session).author
        if on_progress is not None:
            on_progress(len(rows) + 1, len(rows) + 1)
        return BriefingInput(
            request=request,
            prepared_by=service.user,
            prepared_at=to_local(self.clock()),
            municipality=municipality,
            author=author,
            demonstrations=tuple(items),
            figures=figures,
            events=events,
            scenarios=scenarios,
            actions=actions,
        )


def _item(row: Notification, rule_source: str, term_lines, clashes, personal: bool) -> DemonstrationItem:
    organiser = None
    if personal and (row.organiser_name or row.organiser_email or row.organiser_phone):
        organiser = Organiser(row.organiser_name, row.organiser_address, row.organiser_phone, row.organiser_email)
    return DemonstrationItem(
        id=row.id, kind=row.kind, place_type=row.place_type, purpose=row.purpose,
        organisation=row.organiser_organisation, start_at=row.start_at, end_at=row.end_at,
        location=row.location, district=row.district, route=row.route, composition=row.composition,
        organiser_measures=row.organiser_measures, expected_participants=row.expected_participants,
        expected_participants_max=row.expected_participants_max,
        received_at=row.received_at, notice_deadline=row.notice_deadline, on_time=row.on_time,
        late_accepted=row.late_accepted, late_accepted_reason=row.late_accepted_reason,
        rule_name=row.rule_name, rule_source=rule_source, risk=row.risk, status=row.status,
        decision=row.decision, decision_grounds=_grounds(row.decision_grounds),
        decision_conditions=row.decision_conditions, counter_to_id=row.counter_to_id,
        term_lines=term_lines, clashes=clashes, organiser=organiser,
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
