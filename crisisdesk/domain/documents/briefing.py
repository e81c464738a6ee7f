"""What a briefing for the lokale driehoek is made of: frozen records, no text.

The service (``crisisdesk.services.documents.briefing``) fills these inside one session; the
report (``crisisdesk.reports.documents.briefing``) lays them out. Both layers import this module,
not each other. Events, football matches, crisis scenarios, checklists and actions come
from other parts of the desk through small provider functions (see the service); an
empty tuple means "none registered in this period" and is printed as such.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from crisisdesk.domain.enums import (
    Decision,
    DecisionGround,
    District,
    ManifestationKind,
    PlaceType,
    Risk,
    Status,
)
from crisisdesk.domain.calendar.records import Clash
from crisisdesk.domain.events.rules import DEFAULT_PERMIT_WARNING_DAYS, PermitStatus, PermitWarning
from crisisdesk.domain.documents.marking import Marking, personal_data_refusal
from crisisdesk.domain.geo.records import MapImage


@dataclass(frozen=True)
class Organiser:
    """Personal data: only present when the briefing was asked to include it."""

    name: str
    address: str
    phone: str
    email: str


@dataclass(frozen=True)
class OpenChecklistItem:
    """A checklist item still open or busy."""

    text: str
    due_at: datetime | None
    overdue: bool = False


@dataclass(frozen=True)
class PartnerProgress:
    """Checklist progress of one partner for one notification (issue 4's checklists).

    ``partner`` is "" for items nobody has yet. N.v.t. items count neither as done nor
    as to do, so ``total`` leaves them out.
    """

    partner: str
    done: int
    total: int
    open_items: tuple[OpenChecklistItem, ...] = ()
    overdue: int = 0


@dataclass(frozen=True)
class PreviousEdition:
    """An earlier notification by the same organiser, or with the same purpose or place."""

    id: int
    start_at: datetime
    purpose: str
    location: str
    status: Status
    decision: Decision | None
    on_time: bool
    match: str  # "organiser" | "purpose" | "place"


@dataclass(frozen=True)
class DemonstrationItem:
    id: int
    kind: ManifestationKind
    place_type: PlaceType
    purpose: str
    organisation: str
    start_at: datetime
    end_at: datetime
    location: str
    district: District
    route: str
    composition: str
    organiser_measures: str
    expected_participants: int | None
    received_at: datetime
    notice_deadline: datetime
    on_time: bool
    late_accepted: bool
    late_accepted_reason: str
    rule_name: str
    rule_source: str
    risk: Risk
    status: Status
    decision: Decision | None
    decision_grounds: tuple[DecisionGround, ...]
    decision_conditions: str
    counter_to_id: int | None
    term_lines: tuple[str, ...]  # the derivation of the term, as sentences
    clashes: tuple[Clash, ...] = ()
    checklist: tuple[PartnerProgress, ...] = ()
    organiser: Organiser | None = None
    previous: tuple[PreviousEdition, ...] = ()
    expected_participants_max: int | None = None  # a range "150-200": its highest
    map: MapImage | None = None  # a high-risk item's own small map (location, route, clashing items)

    @property
    def decided(self) -> bool:
        return self.status in (Status.DECIDED, Status.CLOSED)

    @property
    def attention_reasons(self) -> tuple[str, ...]:
        """Why this item gets its own section: codes "high_risk", "late", "counter", "clash", "measures"."""
        reasons = []
        if self.status == Status.WITHDRAWN:
            return ()
        if self.risk == Risk.HIGH:
            reasons.append("high_risk")
        if not self.on_time:
            reasons.append("late")
        if self.counter_to_id is not None or any(c.reason in ("counter_to", "countered_by") for c in self.clashes):
            reasons.append("counter")
        elif any(c.reason in ("same_place", "nearby") for c in self.clashes):
            reasons.append("clash")  # same place (or within the clash distance) and time; a busy wijk alone is routine
        if self.decision in (Decision.BAN, Decision.RESTRICTIONS):
            reasons.append("measures")
        return tuple(reasons)


@dataclass(frozen=True)
class EventItem:
    """An event or football match in the period (issue 3). ``risk_class``: "0", "A", "B", "C".

    A sensitive event (the return of an offender) carries only its neutral title and
    its time: no place, wijk, class, permit or measures.
    """

    kind: str  # "event" | "match"
    title: str
    start_at: datetime
    end_at: datetime
    location: str
    district: District | None
    risk_class: str
    measures: tuple[str, ...] = ()
    permit_status: PermitStatus | None = None
    sensitive: bool = False
    permit_decision_deadline: datetime | None = None
    permit_warning: PermitWarning | None = None  # set by the collector (events.rules.permit_warning)


@dataclass(frozen=True)
class ScenarioItem:
    """A current crisis scenario with its GRIP level (issue 3)."""

    title: str
    grip_level: str  # "GRIP 0" … "GRIP 5", "GRIP Rijk"
    since: datetime | None
    summary: str = ""
    exercise: bool = False


@dataclass(frozen=True)
class ActionItem:
    """An open action or a decision on the lists of the driehoek or a crisis team."""

    kind: str  # "action" | "decision"
    text: str
    owner: str
    due_at: datetime | None
    source: str = ""


@dataclass(frozen=True)
class WeekCount:
    week_start: date  # Monday
    total: int
    late: int


@dataclass(frozen=True)
class Figures:
    """The appendix: a window of whole weeks that holds the whole period (at least
    twelve weeks, ending with the period), by start date; ``total``/``late`` count the
    window, ``period_total``/``period_late`` the period itself (as on page 1)."""

    window_from: date
    window_to: date  # inclusive
    weeks: tuple[WeekCount, ...]
    lead_time_buckets: tuple[tuple[str, int], ...]  # bucket code, count (the period itself)
    total: int
    late: int
    period_total: int = 0
    period_late: int = 0


@dataclass(frozen=True)
class PartnerOverdue:
    """A partner with checklist actions past their due moment, for the period's records."""

    partner: str  # "" for items nobody has yet
    overdue: int
    open: int


@dataclass(frozen=True)
class MapLegendEntry:
    """A numbered marker of the overview map: what the number beside it stands for."""

    number: int
    kind: str  # "notification" | "event"
    id: int
    title: str
    start_at: datetime
    end_at: datetime
    clash: bool = False


@dataclass(frozen=True)
class OverviewMap:
    """The map of the period: every item with a found address, numbered; ``not_drawn``
    counts the items of the period without one (or beyond the map's limit)."""

    image: MapImage
    legend: tuple[MapLegendEntry, ...]
    not_drawn: int = 0


@dataclass(frozen=True)
class BriefingRequest:
    period_from: date  # inclusive, Amsterdam dates
    period_to: date  # inclusive
    meeting_date: date
    marking: Marking = Marking.CONFIDENTIAL
    include_personal_data: bool = False
    exercise: bool = False
    appendix: bool = False  # all demonstrations, the term derivations and the figures

    def __post_init__(self) -> None:
        refusal = personal_data_refusal(self.marking, self.include_personal_data)
        if refusal:  # personal data only under Vertrouwelijk, whoever asks
            raise ValueError(refusal)


@dataclass(frozen=True)
class BriefingInput:
    request: BriefingRequest
    prepared_by: str
    prepared_at: datetime
    municipality: str
    demonstrations: tuple[DemonstrationItem, ...]
    figures: Figures
    events: tuple[EventItem, ...] = ()
    scenarios: tuple[ScenarioItem, ...] = ()
    actions: tuple[ActionItem, ...] = ()
    partners_overdue: tuple[PartnerOverdue, ...] = ()
    permit_warning_days: int = DEFAULT_PERMIT_WARNING_DAYS
    author: str = ""  # the PDF's Author: municipality and department (services.profile.document_author)
    overview_map: OverviewMap | None = None
    maps_left_out: str = ""  # "offline" or "error": the tile service could not be used, no maps


LEAD_TIME_BUCKETS = (
    ("lt24h", 0, 24),
    ("24-48h", 24, 48),
    ("48-72h", 48, 72),
    ("3-7d", 72, 168),
    ("1-2w", 168, 336),
    ("2-4w", 336, 672),
    ("gt4w", 672, None),
)


def lead_time_bucket(hours: float) -> str:
    for code, low, high in LEAD_TIME_BUCKETS:
        if hours >= low and (high is None or hours < high):
            return code
    return LEAD_TIME_BUCKETS[0][0]  # received after the start: shortest bucket
