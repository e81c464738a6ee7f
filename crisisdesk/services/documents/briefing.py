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
  the decisions asked of the mayor (the driehoek advises) come from the items themselves.

Clashes (with notifications and events) come from the calendar's clash query, run once
for the period. The term derivation and previous editions are worked out only for the
items that get a section.

The marking governs the content here, while collecting — never in the layout: see
``domain.documents.marking`` for the rule per level (Openbaar: no personal data and no
confidential items; Intern: confidential items by a neutral title; Vertrouwelijk:
everything, organisers' contact details only when asked). Events that start before (or
within the ``permit_warning_days`` setting without) their permit decision are flagged
with ``domain.events.rules.permit_warning``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from crisisdesk.db.models import Notification
from crisisdesk.domain.documents.briefing import (
    LEAD_TIME_BUCKETS,
    ActionItem,
    PartnerOverdue,
    PreviousEdition,
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
from crisisdesk.domain.documents.marking import MarkingRule, marking_rule, scrub
from crisisdesk.domain.enums import Status
from crisisdesk.domain.events.rules import EventKind, neutral_title, permit_warning
from crisisdesk.domain.timeutil import AMSTERDAM, to_local, utc_now
from crisisdesk.i18n import translate
from crisisdesk.services.documents.briefing_sources import (
    checklist_progress,
    clashes_in_period,
    events_in_period,
    previous_editions,
)
from crisisdesk.services.operations.incidents import current_incidents, open_incident_actions
from crisisdesk.services.register.notifications import NotificationService, _grounds
from crisisdesk.services.profile import read_profile
from crisisdesk.services.settings import DEFAULT_LETTERHEAD, LETTERHEAD, permit_warning_days, read_setting

if TYPE_CHECKING:
    from crisisdesk.domain.geo.records import DayMap, MapItem
    from crisisdesk.services.geo.tiles import TileSource

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
    tiles: TileSource | None = None  # the map tiles; None: a briefing without maps (and without a word on them)

    def collect(
        self,
        request: BriefingRequest,
        on_progress: ProgressCallback | None = None,
        is_cancelled: CancelCheck | None = None,
    ) -> BriefingInput:
        start, end = period_bounds(request.period_from, request.period_to)
        rule = marking_rule(request.marking)
        personal = request.include_personal_data and rule.personal_data_allowed
        now = self.clock()
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
            clashes = clashes_in_period(session, start, end, {row.id: row.counter_to_id for row in rows},
                                        rule.confidential_items)
            drafts = [_item(row, clashes.get(row.id, ()), personal, rule) for row in rows]
            active = [item.id for item in drafts if item.status != Status.WITHDRAWN]
            checklists = self.providers.checklists(session, active, now)
            previous = previous_editions(session, [row for row, item in zip(rows, drafts, strict=True) if item.attention_reasons], start)
            items = []
            for done, (row, item) in enumerate(zip(rows, drafts, strict=True), start=1):
                if is_cancelled is not None and is_cancelled():
                    raise Cancelled()
                if item.attention_reasons:  # only a section shows the derivation, checklist and history
                    rule_set = rules.get(row.rule_name) or service.applicable_rule(row.received_at)
                    check = check_notification(row.start_at, row.received_at, rule_set)
                    item = replace(item, rule_source=rule_set.source, term_lines=tuple(describe_check(check, translate)),
                                   checklist=tuple(checklists.get(row.id, ())),
                                   previous=tuple(_scrubbed_edition(p, rule) for p in previous.get(row.id, ())))
                items.append(item)
                if on_progress is not None and done % 50 == 0:
                    on_progress(done, len(rows) + 1)
            figures = _figures(session, request.period_from, request.period_to)
            days = permit_warning_days(session)
            events = tuple(
                replace(event, permit_warning=permit_warning(event, now, days))
                for event in (_ruled_event(e, rule) for e in self.providers.events(session, start, end))
                if event is not None
            )
            scenarios = tuple(_ruled_scenario(s, rule) for s in self.providers.scenarios(session, start, end))
            actions = tuple(_ruled_action(a, rule) for a in self.providers.actions(session, start, end))
            municipality = read_setting(session, LETTERHEAD, DEFAULT_LETTERHEAD).splitlines()[0]
            author = read_profile(session).author
            day_map = self._map_items(session, start, end)
        overview_map, maps_left_out = None, ""
        if day_map is not None and self.tiles is not None:
            from crisisdesk.services.documents.briefing_maps import briefing_maps

            maps = briefing_maps(self.tiles, day_map, items, _map_titles(items, rule, start), is_cancelled)
            items, overview_map, maps_left_out = list(maps.demonstrations), maps.overview, maps.left_out
        if on_progress is not None:
            on_progress(len(rows) + 1, len(rows) + 1)
        return BriefingInput(
            request=request,
            prepared_by=service.user,
            prepared_at=to_local(now),
            municipality=municipality,
            author=author,
            demonstrations=tuple(items),
            figures=figures,
            events=events,
            scenarios=scenarios,
            actions=actions,
            partners_overdue=_partners_overdue(checklists, rule),
            permit_warning_days=days,
            overview_map=overview_map,
            maps_left_out=maps_left_out,
        )

    def _map_items(self, session: Session, start: datetime, end: datetime) -> DayMap | None:
        """The period's items with their stored places, when there are tiles to draw them on."""
        if self.tiles is None:
            return None
        from crisisdesk.services.geo.map_items import map_items

        return map_items(session, start, end)


def _map_titles(items: Sequence[DemonstrationItem], rule: MarkingRule, start: datetime) -> Callable[[MapItem], str | None]:
    """A map item's title as this briefing shows it; None for what the briefing leaves out."""
    purposes = {item.id: item.purpose for item in items if item.status != Status.WITHDRAWN}
    text = _scrubber(rule)

    def title(item: MapItem) -> str | None:
        if item.kind == "notification":
            return purposes.get(item.id)
        if item.sensitive or item.start_at < start:
            return None
        return text(item.title)

    return title


# --- the marking's rule, applied to what was read ------------------------------------


def _item(row: Notification, clashes, personal: bool, rule: MarkingRule) -> DemonstrationItem:
    organiser = None
    if personal and (row.organiser_name or row.organiser_email or row.organiser_phone or row.organiser_address):
        organiser = Organiser(row.organiser_name, row.organiser_address, row.organiser_phone, row.organiser_email)
    text = _scrubber(rule, (row.organiser_name,), personal)
    organisation = row.organiser_organisation
    if rule.scrub_personal_data and _same_person(organisation, row.organiser_name):
        organisation = ""  # a private organiser wrote their own name as the organisation
    if rule.scrub_personal_data or not personal:
        clashes = tuple(replace(c, other_title=text(c.other_title)) for c in clashes)
    return DemonstrationItem(
        id=row.id, kind=row.kind, place_type=row.place_type, purpose=text(row.purpose),
        organisation=text(organisation), start_at=row.start_at, end_at=row.end_at,
        location=text(row.location), district=row.district, route=text(row.route), composition=text(row.composition),
        organiser_measures=text(row.organiser_measures), expected_participants=row.expected_participants,
        expected_participants_max=row.expected_participants_max,
        received_at=row.received_at, notice_deadline=row.notice_deadline, on_time=row.on_time,
        late_accepted=row.late_accepted, late_accepted_reason=text(row.late_accepted_reason),
        rule_name=row.rule_name, rule_source="", risk=row.risk, status=row.status,
        decision=row.decision, decision_grounds=_grounds(row.decision_grounds),
        decision_conditions=text(row.decision_conditions), counter_to_id=row.counter_to_id,
        term_lines=(), clashes=clashes, organiser=organiser,
    )


def _same_person(organisation: str, name: str) -> bool:
    return bool(name.strip()) and " ".join(organisation.lower().split()) == " ".join(name.lower().split())


def _scrubber(rule: MarkingRule, names: tuple[str, ...] = (), personal: bool = False) -> Callable[[str], str]:
    """Openbaar and Intern: names, e-mail addresses and phone numbers out of free text;
    Vertrouwelijk: contact details out unless personal data was asked for."""
    if rule.scrub_personal_data:
        return lambda text: scrub(text, names)
    if not personal:
        return lambda text: scrub(text)
    return lambda text: text


def _scrubbed_edition(edition: PreviousEdition, rule: MarkingRule) -> PreviousEdition:
    text = _scrubber(rule)
    return replace(edition, purpose=text(edition.purpose), location=text(edition.location))


def _ruled_event(event: EventItem, rule: MarkingRule) -> EventItem | None:
    """A confidential event left out (Openbaar), reduced to its neutral title and time
    (Intern) or kept whole (Vertrouwelijk)."""
    if event.sensitive:
        if rule.confidential_items == "omit":
            return None
        if rule.confidential_items == "neutral":
            return EventItem("event", neutral_title(EventKind.OFFENDER_RETURN), event.start_at, event.end_at, "", None, "",
                             sensitive=True)
        return event
    text = _scrubber(rule)
    return replace(event, title=text(event.title), location=text(event.location))


def _ruled_scenario(scenario: ScenarioItem, rule: MarkingRule) -> ScenarioItem:
    text = _scrubber(rule)
    return replace(scenario, title=text(scenario.title), summary=text(scenario.summary))


def _ruled_action(action: ActionItem, rule: MarkingRule) -> ActionItem:
    text = _scrubber(rule)
    return replace(action, text=text(action.text), source=text(action.source))


def _partners_overdue(checklists: Mapping[int, Sequence[PartnerProgress]], rule: MarkingRule) -> tuple[PartnerOverdue, ...]:
    """Partners with overdue checklist actions on the period's records, most overdue first."""
    overdue: dict[str, list[int]] = {}
    for progress_list in checklists.values():
        for progress in progress_list:
            tally = overdue.setdefault(progress.partner, [0, 0])
            tally[0] += progress.overdue
            tally[1] += len(progress.open_items)
    found = [PartnerOverdue(_scrubber(rule)(name), late, still_open) for name, (late, still_open) in overdue.items() if late]
    return tuple(sorted(found, key=lambda p: (-p.overdue, p.partner == "", p.partner.lower())))


def _figures(session: Session, first_day: date, last_day: date) -> Figures:
    """Weekly counts, lead times and share late over whole weeks that hold the period:
    at least ``TREND_WEEKS`` weeks ending with it, more when the period is longer.
    Lead times and the period's own totals count the period only, like page 1."""
    last_monday = last_day - timedelta(days=last_day.weekday())
    first_monday = min(last_monday - timedelta(weeks=TREND_WEEKS - 1), first_day - timedelta(days=first_day.weekday()))
    start, end = period_bounds(first_monday, last_day)
    period_start, _end = period_bounds(first_day, last_day)
    count = (last_monday - first_monday).days // 7 + 1
    weeks = {first_monday + timedelta(weeks=i): [0, 0] for i in range(count)}
    buckets = {code: 0 for code, _low, _high in LEAD_TIME_BUCKETS}
    total = late = period_total = period_late = 0
    statement = select(Notification.start_at, Notification.received_at, Notification.on_time).where(
        Notification.start_at >= start, Notification.start_at < end,
    )
    for start_at, received_at, on_time in session.execute(statement):
        day = to_local(start_at).date()
        week = weeks[day - timedelta(days=day.weekday())]
        week[0] += 1
        total += 1
        if not on_time:
            week[1] += 1
            late += 1
        if start_at >= period_start:
            period_total += 1
            period_late += 0 if on_time else 1
            buckets[lead_time_bucket((start_at - received_at).total_seconds() / 3600)] += 1
    return Figures(
        window_from=first_monday,
        window_to=last_day,
        weeks=tuple(WeekCount(monday, n, n_late) for monday, (n, n_late) in weeks.items()),
        lead_time_buckets=tuple(buckets.items()),
        total=total,
        late=late,
        period_total=period_total,
        period_late=period_late,
    )
