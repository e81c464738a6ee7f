"""Checklists: due moments relative to a start, item statuses and progress.

Offsets are written the way advisors write them in the Word tables: "14 dagen voor",
"48 uur voor", "1 dag na", "2 weken voor", "1 maand voor", "op de dag". They parse to a
:class:`Offset` and are applied to an anchor (the record's start, or for a scenario
the moment the advisor chose, e.g. the scale-up):

* **hours and minutes are elapsed time** — computed in UTC, so "48 uur voor" is exactly
  48 hours earlier, also across a DST change (the wall-clock time then differs by one);
* **days, weeks, months and years are calendar steps** — computed on the Amsterdam wall
  clock with dateutil's ``relativedelta``, so "2 dagen voor" keeps the time of day across
  a DST change, and "1 maand voor" 31 March is 28 (or 29) February.

A wall-clock result that falls in the spring-forward gap moves forward by the gap's
length (zoneinfo's normalisation via UTC); an ambiguous autumn time takes summer time.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from crisisdesk.domain.timeutil import AMSTERDAM, require_aware
from crisisdesk.i18n import translate


class ItemStatus(StrEnum):
    OPEN = "open"  # open
    IN_PROGRESS = "in_progress"  # bezig
    DONE = "done"  # gereed
    NOT_APPLICABLE = "not_applicable"  # n.v.t.


FINISHED = (ItemStatus.DONE, ItemStatus.NOT_APPLICABLE)
PENDING = (ItemStatus.OPEN, ItemStatus.IN_PROGRESS)


class ChecklistRecordType(StrEnum):
    NOTIFICATION = "notification"
    EVENT = "event"
    SCENARIO = "scenario"


class OffsetError(ValueError):
    """An offset text that cannot be read; ``str()`` says what is expected."""


_UNITS = {
    "minuut": "minutes", "minuten": "minutes", "min": "minutes",
    "uur": "hours", "uren": "hours",
    "dag": "days", "dagen": "days",
    "week": "weeks", "weken": "weeks",
    "maand": "months", "maanden": "months",
    "jaar": "years", "jaren": "years",
}
_ELAPSED = {"minutes", "hours"}
_PATTERN = re.compile(r"^\s*(\d{1,4})\s+([a-z]+)\s+(voor|na)\s*$")
_SAME_DAY = {"op de dag", "bij aanvang", "bij de start", "op het moment"}


@dataclass(frozen=True)
class Offset:
    """``amount`` ``unit`` before (negative sign) or after the anchor; unit in English."""

    amount: int  # signed: negative is before
    unit: str  # minutes | hours | days | weeks | months | years

    @property
    def elapsed(self) -> bool:
        return self.unit in _ELAPSED

    def sort_key(self) -> float:
        """Rough minutes, to order items by their offset (month = 30 days)."""
        per = {"minutes": 1, "hours": 60, "days": 1440, "weeks": 10080, "months": 43200, "years": 525600}
        return self.amount * per[self.unit]


def parse_offset(text: str) -> Offset:
    """Reads "14 dagen voor", "48 uur voor", "1 dag na", "op de dag" (case-insensitive)."""
    cleaned = " ".join(text.lower().split())
    if cleaned in _SAME_DAY:
        return Offset(0, "days")
    match = _PATTERN.match(cleaned)
    if not match or match.group(2) not in _UNITS:
        raise OffsetError(
            translate("Checklists", "cannot read '{text}': write e.g. '14 dagen voor', '48 uur voor', '1 dag na' or 'op de dag'")
            .format(text=text)
        )
    amount = int(match.group(1))
    return Offset(-amount if match.group(3) == "voor" else amount, _UNITS[match.group(2)])


def format_offset(offset: Offset) -> str:
    """The Dutch text for an offset, as the templates write it (round-trips parse_offset)."""
    if offset.amount == 0:
        return "op de dag"
    singular = {"minutes": "minuut", "hours": "uur", "days": "dag", "weeks": "week", "months": "maand", "years": "jaar"}
    plural = {"minutes": "minuten", "hours": "uur", "days": "dagen", "weeks": "weken", "months": "maanden", "years": "jaar"}
    amount = abs(offset.amount)
    unit = singular[offset.unit] if amount == 1 else plural[offset.unit]
    return f"{amount} {unit} {'voor' if offset.amount < 0 else 'na'}"


def due_moment(anchor: datetime, offset: Offset) -> datetime:
    """The due moment (UTC) of ``offset`` from ``anchor``; see the module text for DST."""
    require_aware(anchor, "anchor")
    step = relativedelta(**{offset.unit: offset.amount})
    if offset.elapsed:
        elapsed: datetime = anchor.astimezone(UTC) + step
        return elapsed
    local: datetime = anchor.astimezone(AMSTERDAM).replace(tzinfo=None) + step
    return local.replace(tzinfo=AMSTERDAM, fold=0).astimezone(UTC)


# --- progress -------------------------------------------------------------------------


@dataclass(frozen=True)
class Progress:
    """Counts of a set of items. N.v.t. items count neither as done nor as to do."""

    total: int = 0
    done: int = 0
    not_applicable: int = 0
    in_progress: int = 0
    overdue: int = 0

    @property
    def applicable(self) -> int:
        return self.total - self.not_applicable

    @property
    def open(self) -> int:
        return self.applicable - self.done

    @property
    def fraction(self) -> float:
        """Done of applicable, 0..1; an empty or all-n.v.t. list is complete (1.0) only if it has items."""
        if self.applicable == 0:
            return 1.0 if self.total else 0.0
        return self.done / self.applicable

    @property
    def percent(self) -> int:
        """Whole percent; never shows 100 while something is still to do."""
        value = int(self.fraction * 100 + 0.5)
        return min(value, 99) if self.open > 0 else value

    def __add__(self, other: Progress) -> Progress:
        return Progress(self.total + other.total, self.done + other.done, self.not_applicable + other.not_applicable,
                        self.in_progress + other.in_progress, self.overdue + other.overdue)


def is_overdue(status: ItemStatus, due_at: datetime | None, now: datetime) -> bool:
    return status in PENDING and due_at is not None and due_at < now


class Tracked(Protocol):
    """Anything with an item's ``status`` and ``due_at`` (a record, a row, an ORM row)."""

    @property
    def status(self) -> ItemStatus: ...

    @property
    def due_at(self) -> datetime | None: ...


def progress_of(items: Iterable[Tracked], now: datetime) -> Progress:
    """Counts ``items`` (objects with ``status`` and ``due_at``)."""
    total = done = na = busy = overdue = 0
    for item in items:
        total += 1
        done += item.status == ItemStatus.DONE
        na += item.status == ItemStatus.NOT_APPLICABLE
        busy += item.status == ItemStatus.IN_PROGRESS
        overdue += is_overdue(item.status, item.due_at, now)
    return Progress(total, done, na, busy, overdue)
