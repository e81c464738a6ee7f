"""Frozen records of the calendar, the clashes and the "Komende 7 dagen" overview.

Everything here is safe to show anywhere: a returning offender appears only with its
neutral title and without a place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from crisisdesk.domain.checklists.records import PartnerTask, RecordProgress
from crisisdesk.domain.enums import District

NOTIFICATION = "notification"
EVENT = "event"


@dataclass(frozen=True)
class CalendarItem:
    """A notification or an event on the calendar.

    ``category`` is the kind's code (a ``ManifestationKind`` or ``EventKind`` value) and
    ``risk`` the risk code (``Risk`` for notifications; ``EventRiskClass`` or, for a
    match, ``MatchRiskClass`` for events; None when not set). ``risk_rank`` folds both
    scales for colouring: -1 unknown, 0 low (laag / 0 / A), 1 attention (enig risico /
    B), 2 high (hoog / C). ``active`` is False for withdrawn notifications and cancelled
    events (only listed when asked for).
    """

    kind: str  # NOTIFICATION | EVENT
    id: int
    title: str
    start_at: datetime
    end_at: datetime
    location: str
    district: District
    category: str
    risk: str | None
    risk_rank: int
    status: str
    version: int
    updated_at: datetime
    sensitive: bool = False
    active: bool = True
    clash: bool = False

    @property
    def ref(self) -> tuple[str, int]:
        return (self.kind, self.id)


@dataclass(frozen=True)
class ClashSide:
    kind: str  # NOTIFICATION | EVENT
    id: int
    title: str
    start_at: datetime
    end_at: datetime
    location: str
    district: District

    @property
    def ref(self) -> tuple[str, int]:
        return (self.kind, self.id)


@dataclass(frozen=True)
class ClashPair:
    """Two items that clash; ``first`` sorts before ``second`` (by start, kind, id).

    ``reason``: "same_place" | "nearby" | "same_district" | "counter_demonstration".
    ``distance_m``: how far apart their geocoded locations are, when both have one within
    the clash distance (None otherwise).
    """

    first: ClashSide
    second: ClashSide
    reason: str
    distance_m: float | None = None


@dataclass(frozen=True)
class Clash:
    """Another notification or event clashing with the one being looked at.

    The one clash type of the desk: the dialogs, the register, the calendar and the
    briefing all get these from ``crisisdesk.services.calendar.clashes``.
    ``other_kind`` is NOTIFICATION or EVENT; ``other_title`` a notification's purpose or an
    event's public title (a sensitive event's neutral title, without its place).
    ``reason``: "same_place" | "nearby" (their geocoded locations lie within the clash
    distance) | "same_district" | "counter_to" (this one counters the other) |
    "countered_by" (the other counters this one). ``distance_m``: the distance between the
    two geocoded locations when it is within the clash distance, whatever the reason.
    """

    other_kind: str
    other_id: int
    other_title: str
    other_start_at: datetime
    other_end_at: datetime
    other_location: str
    other_district: District | None
    reason: str
    distance_m: float | None = None

    @property
    def other_ref(self) -> tuple[str, int]:
        return (self.other_kind, self.other_id)

    @classmethod
    def of(cls, other: ClashSide, reason: str, distance_m: float | None = None) -> Clash:
        """The clash as seen from the other side of a pair."""
        return cls(other.kind, other.id, other.title, other.start_at, other.end_at, other.location, other.district,
                   reason, distance_m)


# When one pair is found for several reasons, the strongest is told (the distance is kept).
REASON_RANK = {"same_district": 0, "nearby": 1, "same_place": 2, "counter_demonstration": 3}


def stronger(reason: str, than: str) -> bool:
    return REASON_RANK.get(reason, 0) > REASON_RANK.get(than, 0)


@dataclass(frozen=True)
class PendingDecision:
    """A notification starting soon whose decision has not been made known yet."""

    id: int
    title: str
    start_at: datetime
    location: str
    district: District
    status: str
    decision: str | None  # taken but not made known yet, or None: still to take


@dataclass(frozen=True)
class PermitDeadline:
    """An event permit still undecided whose decision deadline is near or past."""

    id: int
    title: str
    start_at: datetime
    district: District
    permit_status: str
    permit_decision_deadline: datetime
    overdue: bool


@dataclass(frozen=True)
class PermitWarningItem:
    """An event that starts before (or soon without) its permit decision (``events.rules.permit_warning``)."""

    id: int
    title: str  # the public title
    start_at: datetime
    district: District
    permit_status: str
    warning: str  # a PermitWarning code


@dataclass(frozen=True)
class Overview:
    """"Komende 7 dagen": what the advisor must see when the desk opens."""

    start: datetime
    end: datetime
    starting: tuple[CalendarItem, ...]
    decisions_pending: tuple[PendingDecision, ...]
    permit_deadlines: tuple[PermitDeadline, ...]
    clashes: tuple[ClashPair, ...]
    # checklists: progress of the records in ``starting`` that have one, and every
    # checklist item past its due moment and not done (oldest first, at most 50)
    checklist_progress: tuple[RecordProgress, ...] = ()
    overdue_items: tuple[PartnerTask, ...] = ()
    # events starting before (or within the ``permit_warning_days`` setting without)
    # their permit decision, soonest first
    permit_warnings: tuple[PermitWarningItem, ...] = ()
