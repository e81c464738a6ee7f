"""Events: kinds, risk classes, the permit term, football and New Year's Eve rules.

Pure rules, like ``crisisdesk.domain.register.notifications``: the service calls ``validate``
before every save and the dialog while the advisor types; errors are ``FieldError``
codes whose words live in ``crisisdesk.labels``.

Two rules deserve a word:

* The permit decision term (APV Utrecht, afdelingen 5.7A/5.7B): 12 weeks from the
  application, extendable once by 12 weeks — ``permit_decision_deadline``.
* A returning violent or sex offender (``EventKind.OFFENDER_RETURN``) is sensitive:
  lists, the calendar and exports show ``public_title(event)`` — a neutral title with
  no name and no details — never the stored title or description.
"""

from __future__ import annotations

from typing import Protocol

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from crisisdesk.domain.geo.points import PlacedPoint
from crisisdesk.domain.workflow import next_statuses
from crisisdesk.domain.checks import (
    check_values,
    FieldError,
    check_count,
    check_email,
    check_period,
    require,
)
from crisisdesk.domain.enums import District
from crisisdesk.i18n import translate

PERMIT_TERM = timedelta(weeks=12)
PERMIT_EXTENSION = timedelta(weeks=12)
MAX_EVENT_DURATION = timedelta(days=31)
MAX_VISITORS = 5_000_000  # a Grand Tour start draws hundreds of thousands, not millions
MAX_AWAY_SUPPORTERS = 60_000


class EventKind(StrEnum):
    EVENT = "event"  # evenement
    SMALL_EVENT = "small_event"  # klein evenement (melding)
    KINGS_DAY = "kings_day"  # Koningsdag
    NEW_YEARS_EVE = "new_years_eve"  # jaarwisseling
    FOOTBALL_MATCH = "football_match"  # voetbalwedstrijd
    SPORTS_EVENT = "sports_event"  # sportevenement (e.g. a Grand Tour start)
    DIGNITARY_VISIT = "dignitary_visit"  # bezoek hoogwaardigheidsbekleder
    OFFENDER_RETURN = "offender_return"  # terugkeer delinquent (sensitive)
    COMMEMORATION = "commemoration"  # herdenking
    OTHER = "other"  # overig


class EventRiskClass(StrEnum):
    """0 (notification only), A (regular), B (attention), C (high risk)."""

    ZERO = "0"
    A = "A"
    B = "B"
    C = "C"


class MatchRiskClass(StrEnum):
    """Football: set before the season with club, police, OM and municipality."""

    A = "A"
    B = "B"
    C = "C"


class PermitStatus(StrEnum):
    NOT_REQUIRED = "not_required"  # vergunningvrij / melding
    NOT_APPLIED = "not_applied"  # nog niet aangevraagd
    APPLIED = "applied"  # aangevraagd, in behandeling
    EXTENDED = "extended"  # beslistermijn verlengd
    GRANTED = "granted"  # verleend
    REFUSED = "refused"  # geweigerd
    WITHDRAWN = "withdrawn"  # aanvraag ingetrokken


PENDING_PERMIT_STATUSES = (PermitStatus.APPLIED, PermitStatus.EXTENDED)
# A permit is needed but not decided: not applied for yet, or applied and pending.
UNDECIDED_PERMIT_STATUSES = (PermitStatus.NOT_APPLIED, *PENDING_PERMIT_STATUSES)
DEFAULT_PERMIT_WARNING_DAYS = 14


class PermitWarning(StrEnum):
    """Why an event is flagged for starting without its permit decision."""

    UNDER_WAY = "under_way"  # it has started and the permit is still undecided
    BEFORE_DECISION = "before_decision"  # it starts before the permit's decision deadline
    SOON = "soon"  # it starts within the warning window and the permit is undecided


class AdviceStatus(StrEnum):
    """Advice of one discipline (fire service, police, GHOR) on an event."""

    NOT_NEEDED = "not_needed"
    REQUESTED = "requested"
    RECEIVED = "received"
    OVERDUE = "overdue"


class EventStatus(StrEnum):
    """The preparation of an event, in workflow order."""

    REGISTERED = "registered"  # aangemeld
    IN_PREPARATION = "in_preparation"  # in voorbereiding
    READY = "ready"  # voorbereiding gereed
    DONE = "done"  # afgelopen, geëvalueerd
    CANCELLED = "cancelled"  # afgelast


EVENT_WORKFLOW = (EventStatus.REGISTERED, EventStatus.IN_PREPARATION, EventStatus.READY, EventStatus.DONE)


class FireworksRule(StrEnum):
    """New Year's Eve: what the APV says about consumer fireworks this year."""

    NONE = "none"  # no local rule beyond the national times
    BAN_ZONES = "ban_zones"  # vuurwerkvrije zones
    CITY_BAN = "city_ban"  # vuurwerkverbod in de hele stad


@dataclass(frozen=True)
class FootballMeasures:
    combi_regulation: bool = False  # combi-regeling (away fans by club bus)
    max_away_supporters: int | None = None
    without_public: bool = False
    security_risk_area: bool = False  # veiligheidsrisicogebied (APV 2:4)
    camera_surveillance: bool = False  # cameratoezicht (APV 2:5)


@dataclass(frozen=True)
class FireworksRules:
    rule: FireworksRule = FireworksRule.NONE
    zones: tuple[str, ...] = ()
    allowed_from: datetime | None = None  # when lighting is allowed (national: 31-12 18:00)
    allowed_until: datetime | None = None  # (national: 01-01 02:00)


@dataclass(frozen=True)
class EventDraft:
    """Everything an advisor enters for one event (aware datetimes)."""

    kind: EventKind
    title: str
    start_at: datetime | None
    end_at: datetime | None
    location: str
    district: District | None
    organiser_organisation: str = ""
    organiser_name: str = ""  # personal data: left out of exports unless asked
    organiser_phone: str = ""
    organiser_email: str = ""
    description: str = ""
    expected_visitors: int | None = None
    risk_scan_advice: EventRiskClass | None = None  # what the risk scan advises
    risk_class: EventRiskClass | None = None  # what the authority set
    permit_status: PermitStatus = PermitStatus.NOT_APPLIED
    permit_applied_at: datetime | None = None
    permit_decided_at: datetime | None = None
    advice_fire: AdviceStatus = AdviceStatus.NOT_NEEDED
    advice_police: AdviceStatus = AdviceStatus.NOT_NEEDED
    advice_ghor: AdviceStatus = AdviceStatus.NOT_NEEDED
    opponent: str = ""
    match_risk_class: MatchRiskClass | None = None
    football: FootballMeasures = field(default_factory=FootballMeasures)
    fireworks: FireworksRules = field(default_factory=FireworksRules)
    status: EventStatus = EventStatus.REGISTERED
    status_note: str = ""
    places: tuple[PlacedPoint, ...] | None = None  # the geocoded location (None: leave as stored)


def permit_decision_deadline(applied_at: datetime | None, extended: bool) -> datetime | None:
    """The last moment to decide on a permit: 12 weeks after the application, +12 when extended.

    Counted in calendar weeks on the Amsterdam wall clock, so an application at 10:00
    has its deadline at 10:00 too, also across a DST change.
    """
    if applied_at is None:
        return None
    from crisisdesk.domain.timeutil import AMSTERDAM, to_utc

    local = applied_at.astimezone(AMSTERDAM)
    term = PERMIT_TERM + (PERMIT_EXTENSION if extended else timedelta(0))
    wall = local.replace(tzinfo=None) + term
    return to_utc(wall.replace(tzinfo=AMSTERDAM))


class PermitFacts(Protocol):
    """What ``permit_warning`` reads: an event row, record, briefing item or ORM row."""

    @property
    def start_at(self) -> datetime: ...
    @property
    def end_at(self) -> datetime: ...
    @property
    def permit_status(self) -> PermitStatus | None: ...
    @property
    def permit_decision_deadline(self) -> datetime | None: ...


def permit_warning(event: PermitFacts, now: datetime, days: int = DEFAULT_PERMIT_WARNING_DAYS) -> PermitWarning | None:
    """Whether ``event`` starts before (or within ``days`` days without) its permit decision.

    The one rule behind the flag in the events list, the 7-day overview and the
    briefing. A cancelled or finished event, or one whose permit is not needed or
    already decided (granted, refused, withdrawn), is never flagged.
    """
    if getattr(event, "status", None) == EventStatus.CANCELLED or event.end_at <= now:
        return None
    if event.permit_status not in UNDECIDED_PERMIT_STATUSES:
        return None
    if event.start_at <= now:
        return PermitWarning.UNDER_WAY
    deadline = event.permit_decision_deadline
    if deadline is not None and event.permit_status in PENDING_PERMIT_STATUSES and deadline > event.start_at:
        return PermitWarning.BEFORE_DECISION
    if event.start_at - now <= timedelta(days=max(0, days)):
        return PermitWarning.SOON
    return None


def is_sensitive(kind: EventKind) -> bool:
    """Events whose details never show in lists, the calendar or exports."""
    return kind == EventKind.OFFENDER_RETURN


def neutral_title(kind: EventKind) -> str:
    """The title shown for a sensitive event (no name, no address, no details)."""
    return translate("Events", "Return of an offender (confidential)")


class Titled(Protocol):
    """Anything with an event's ``kind`` and ``title``: a draft, record, row or ORM row."""

    @property
    def kind(self) -> str: ...

    @property
    def title(self) -> str: ...


def public_title(event: Titled) -> str:
    """What lists, the calendar and exports may show as the title of ``event``."""
    kind = EventKind(event.kind)
    if is_sensitive(kind):
        return neutral_title(kind)
    return str(event.title)


def allowed_next_statuses(current: EventStatus) -> tuple[EventStatus, ...]:
    """Forward any number of steps, one step back, cancel until done; a cancelled event may be revived."""
    return next_statuses(EVENT_WORKFLOW, EventStatus.CANCELLED, current)


def validate(draft: EventDraft, now: datetime) -> list[FieldError]:
    """Every problem with ``draft`` at moment ``now``; empty when it may be saved."""
    errors: list[FieldError] = []
    check_values(errors, draft)
    if errors:  # a year-1 date or a NUL: the other checks could not even be computed
        return errors
    require(errors, "title", draft.title)
    require(errors, "location", draft.location)
    require(errors, "district", draft.district)
    check_period(errors, draft.start_at, draft.end_at, MAX_EVENT_DURATION)
    check_email(errors, "organiser_email", draft.organiser_email)
    check_count(errors, "expected_visitors", draft.expected_visitors, MAX_VISITORS, "visitors")
    _validate_permit(draft, now, errors)
    if draft.kind == EventKind.FOOTBALL_MATCH:
        if not draft.opponent.strip():
            errors.append(FieldError("opponent", "required"))
        if draft.match_risk_class is None:
            errors.append(FieldError("match_risk_class", "required"))
        away = draft.football.max_away_supporters
        if away is not None and not 0 <= away <= MAX_AWAY_SUPPORTERS:
            errors.append(FieldError("max_away_supporters", "away_supporters_invalid", {"max": MAX_AWAY_SUPPORTERS}))
        if draft.football.without_public and away:
            errors.append(FieldError("max_away_supporters", "without_public_has_supporters"))
    if draft.kind == EventKind.NEW_YEARS_EVE:
        fireworks = draft.fireworks
        if fireworks.rule == FireworksRule.BAN_ZONES and not any(z.strip() for z in fireworks.zones):
            errors.append(FieldError("fireworks_zones", "zones_required"))
        if fireworks.allowed_from and fireworks.allowed_until and fireworks.allowed_until <= fireworks.allowed_from:
            errors.append(FieldError("fireworks_allowed_until", "end_before_start"))
    return errors


def _validate_permit(draft: EventDraft, now: datetime, errors: list[FieldError]) -> None:
    status = draft.permit_status
    needs_application = status not in (PermitStatus.NOT_REQUIRED, PermitStatus.NOT_APPLIED)
    if needs_application and draft.permit_applied_at is None:
        errors.append(FieldError("permit_applied_at", "required"))
    if draft.permit_applied_at and draft.permit_applied_at > now + timedelta(minutes=5):
        errors.append(FieldError("permit_applied_at", "in_future"))
    if status in (PermitStatus.GRANTED, PermitStatus.REFUSED) and draft.permit_decided_at is None:
        errors.append(FieldError("permit_decided_at", "required"))
    if draft.permit_decided_at and draft.permit_applied_at and draft.permit_decided_at < draft.permit_applied_at:
        errors.append(FieldError("permit_decided_at", "decided_before_applied"))


def warnings(draft: EventDraft) -> list[FieldError]:
    """Things to show that do not block saving."""
    found: list[FieldError] = []
    if (
        draft.risk_scan_advice is not None
        and draft.risk_class is not None
        and draft.risk_class != draft.risk_scan_advice
    ):
        found.append(
            FieldError("risk_class", "class_differs_from_scan", {"scan": draft.risk_scan_advice.value, "set": draft.risk_class.value})
        )
    if draft.risk_class in (EventRiskClass.B, EventRiskClass.C):
        for name in ("advice_fire", "advice_police", "advice_ghor"):
            if getattr(draft, name) == AdviceStatus.NOT_NEEDED:
                found.append(FieldError(name, "advice_expected"))
    return found
