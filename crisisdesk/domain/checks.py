"""Field checks shared by the registers' ``validate`` functions.

Each appends ``FieldError``s to the list it is given, so a register's ``validate`` reads
as the list of what its record needs, in the order the errors are shown.
"""

from __future__ import annotations

import re
import dataclasses
from dataclasses import dataclass, fields, is_dataclass
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta

from crisisdesk.domain.timeutil import to_local


@dataclass(frozen=True)
class FieldError:
    """A problem with one field: a code for the words, and values to fill them in."""

    field: str
    code: str
    params: dict[str, object] = dataclasses.field(default_factory=dict)


# The years the desk handles: wide enough for every real date, narrow enough that time
# zone arithmetic and both databases behave the same (year 1 and 9999 overflow).
EARLIEST_YEAR, LATEST_YEAR = 1900, 2200

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def require(errors: list[FieldError], field: str, value: object) -> None:
    """A value that must be given (text must be more than spaces)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        errors.append(FieldError(field, "required"))


def check_period(errors: list[FieldError], start: datetime | None, end: datetime | None, longest: timedelta) -> None:
    """Start and end given, the end after the start, and not implausibly long."""
    require(errors, "start_at", start)
    require(errors, "end_at", end)
    if start and end:
        if end <= start:
            errors.append(FieldError("end_at", "end_before_start"))
        elif end - start > longest:
            errors.append(FieldError("end_at", "too_long", {"days": longest.days}))


def check_email(errors: list[FieldError], field: str, value: str) -> None:
    if value and not _EMAIL.fullmatch(value):
        errors.append(FieldError(field, "email_invalid"))


def check_count(errors: list[FieldError], field: str, value: int | None, maximum: int, noun: str) -> None:
    """An expected number of people: unknown is fine, below 1 or above ``maximum`` is not.

    ``noun`` names the codes: "participants" gives participants_too_few / _absurd.
    """
    if value is None:
        return
    if value < 1:
        errors.append(FieldError(field, f"{noun}_too_few"))
    elif value > maximum:
        errors.append(FieldError(field, f"{noun}_absurd", {"max": maximum}))


def check_values(errors: list[FieldError], draft: object) -> None:
    """Every text of ``draft`` without NUL characters, every date within the desk's years.

    Run first: the other checks (and the deadline arithmetic) may then trust the values.
    """
    assert is_dataclass(draft)
    for item in fields(draft):
        value = getattr(draft, item.name)
        if isinstance(value, str) and "\x00" in value:
            errors.append(FieldError(item.name, "nul_character"))
        elif isinstance(value, (date, datetime)) and not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
            errors.append(FieldError(item.name, "date_out_of_range", {"first": EARLIEST_YEAR, "last": LATEST_YEAR}))


def values_ok(draft: object) -> bool:
    errors: list[FieldError] = []
    check_values(errors, draft)
    return not errors


@dataclass(frozen=True)
class DateWindow:
    """The moments a new record may have, from ``years_back`` before now to ``years_ahead``
    after it: a typing slip ("2202") is refused instead of saved (a setting, shared)."""

    years_back: int = 1
    years_ahead: int = 3

    def bounds(self, now: datetime) -> tuple[datetime, datetime]:
        local = to_local(now)
        return local - relativedelta(years=self.years_back), local + relativedelta(years=self.years_ahead)


def check_window(errors: list[FieldError], field: str, value: datetime | None, window: DateWindow, now: datetime) -> None:
    """``value`` inside ``window`` around ``now``; no value is another check's business."""
    if value is None:
        return
    first, last = window.bounds(now)
    if not first <= value <= last:
        errors.append(FieldError(field, "outside_window", {"first": f"{first:%d-%m-%Y}", "last": f"{last:%d-%m-%Y}"}))


def changed_moments_in_window(draft: object, previous: object | None, fields: tuple[str, ...], window: DateWindow,
                              now: datetime) -> list[FieldError]:
    """``check_window`` for each of ``fields`` of ``draft`` that is new or changed from
    ``previous`` (the stored record): an old record keeps the dates it has."""
    errors: list[FieldError] = []
    for name in fields:
        value = getattr(draft, name)
        if previous is not None and getattr(previous, name, None) == value:
            continue
        check_window(errors, name, value, window, now)
    return errors
