"""The notification term (kennisgevingstermijn): the latest on-time moment for a notice.

A ``NoticeRule`` says how the term is counted; ``notice_deadline(start, rule)`` gives the
latest moment (*uiterste tijdstip*) at which a notice of a manifestation starting at
``start`` is still on time. Everything is computed in Europe/Amsterdam; arithmetic on
elapsed hours is done in UTC so that daylight saving time is handled exactly.

Methods (see ``shared/domain.md`` section 2):

``plain``
    deadline = start - N elapsed hours. Across a DST change the wall clock moves N+-1 h.
``deadline_day`` (model APV)
    D = start - N elapsed hours. When D's date is a Saturday, Sunday or holiday - or, with
    ``friday_noon``, a Friday and D is after 12:00 - the deadline is 12:00 on the working
    day before D's date (going back over weekends and holidays).
``working_hours``
    Count back N elapsed hours from the start, where only time on working days (Monday to
    Friday, not a holiday, by Amsterdam date) counts. A start on a non-working day starts
    counting at the end of the previous working day. The deadline is the *latest* moment
    with N working hours to go: 10 working hours before Monday 10:00 is Monday 00:00,
    not Friday 24:00, although a notice on the Sunday is on time as well.
``working_day_noon`` (Utrecht)
    N must be a positive multiple of 24; k = N / 24. When the manifestation's day (its
    Amsterdam date) is a Saturday, Sunday, holiday or Monday - or, with ``friday_noon``, a
    Friday and the start is after 12:00 - the deadline is 12:00 on the k-th working day
    before that day. On any other day it is the ``working_hours`` deadline.
``working_days``
    At least N working days before the day of the manifestation: the notice must be
    received on or before the Nth working day before the event day, so the deadline is
    23:59:59 (Amsterdam) of that working day. The event day itself never counts.

A received moment is on time when it is at or before the deadline (``on_time``).

``explain_deadline`` returns a ``Derivation`` with the same deadline plus ``Step``s (a code
and parameters, no text); ``describe`` renders those as sentences through a ``translate``
callable. Step codes, in the order they can occur:

``start``              {"start": aware datetime (Amsterdam)}
``term``               {"method", "hours", "days", "friday_noon", "good_friday", "name", "source"}
``minus_hours``        {"hours": int, "moment": datetime}  (plain, deadline_day)
``dst``                {"kind": "span", "wall_hours": timedelta}  wall clock moved by this
                       instead of N hours (plain, deadline_day); or
                       {"kind": "day", "date": date, "day_hours": timedelta} a counted working
                       day that was 23 or 25 hours long (working_hours)
``weekend_shift``      {"date", "moment", "deadline"}  D on a Saturday/Sunday (deadline_day)
``holiday_shift``      {"date", "moment", "holiday": code, "deadline"}  D on a holiday
``friday_noon_shift``  {"date", "moment", "deadline"}  D on a Friday after 12:00
``skipped_days``       {"days": ((date, reason), ...)}  reason is "saturday", "sunday" or
                       a holiday code from ``holidays.HOLIDAY_CODES``
``counted_hours``      {"date", "begin": datetime, "end": datetime, "counted": timedelta,
                       "remaining": timedelta}  (working_hours, one per working day)
``working_days_back``  {"event_day": date, "days": int, "day": date}  (working_days)
``noon_day``           {"date": date, "reason": "monday" | "saturday" | "sunday" |
                       "friday_afternoon" | a holiday code, "days": k, "day": date,
                       "deadline": datetime}  (working_day_noon, the manifestation's day
                       moves the deadline to 12:00 on the k-th working day before it)
``deadline``           {"deadline": datetime}  always last
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, UTC
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from crisisdesk.domain.register.holidays import _holiday_set, _names, holiday_label

__all__ = [
    "AMSTERDAM",
    "METHODS",
    "Derivation",
    "NoticeRule",
    "Step",
    "TermCheck",
    "check_notification",
    "describe",
    "describe_check",
    "explain_deadline",
    "format_date",
    "format_duration",
    "format_moment",
    "notice_deadline",
    "on_time",
]

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
UTC = UTC

METHODS = ("plain", "deadline_day", "working_hours", "working_days", "working_day_noon")
MAX_HOURS = 10_000
MAX_DAYS = 1_000

_ZERO = timedelta(0)
_DAY = timedelta(days=1)
_NOON = time(12, 0)
_END_OF_DAY = time(23, 59, 59)

Translate = Callable[[str, str], str]


@dataclass(frozen=True)
class NoticeRule:
    """How a notification term is counted (one rule set, see ``rulesets``)."""

    method: str
    hours: int = 48
    friday_noon: bool = False
    good_friday: bool = True
    days: int = 0
    name: str = ""
    source: str = ""
    valid_from: date | None = None
    valid_to: date | None = None
    extra_holidays: tuple[date, ...] = ()
    municipality: str = ""  # the family of rule sets this one belongs to, see rulesets.rule_for

    def __post_init__(self) -> None:
        if self.method not in METHODS:
            raise ValueError(f"unknown method {self.method!r}; choose one of {', '.join(METHODS)}")
        for name, limit in (("hours", MAX_HOURS), ("days", MAX_DAYS)):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise TypeError(f"{name} must be a whole number, got {value!r}")
            if value < 0:
                raise ValueError(f"{name} must not be negative, got {value}")
            if value > limit:
                raise ValueError(f"{name} must be at most {limit}, got {value}")
        if self.method == "working_days" and self.days < 1:
            raise ValueError("method 'working_days' needs days >= 1")
        for name in ("friday_noon", "good_friday"):
            if not isinstance(getattr(self, name), bool):
                raise TypeError(f"{name} must be true or false, got {getattr(self, name)!r}")
        if self.friday_noon and self.method not in ("deadline_day", "working_day_noon"):
            raise ValueError("friday_noon only applies to methods 'deadline_day' and 'working_day_noon'")
        if self.method == "working_day_noon" and (self.hours < 24 or self.hours % 24):
            raise ValueError(f"method 'working_day_noon' needs hours as a positive multiple of 24, got {self.hours}")
        for name in ("name", "source", "municipality"):
            if not isinstance(getattr(self, name), str):
                raise TypeError(f"{name} must be a string, got {getattr(self, name)!r}")
        for name in ("valid_from", "valid_to"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, datetime) or not isinstance(value, date)):
                raise TypeError(f"{name} must be a date or None, got {value!r}")
        if self.valid_from and self.valid_to and self.valid_from > self.valid_to:
            raise ValueError(f"valid_from {self.valid_from} is after valid_to {self.valid_to}")
        extra = self.extra_holidays
        if isinstance(extra, (str, bytes, date)) or not isinstance(extra, Iterable):
            raise TypeError(f"extra_holidays must be a sequence of dates, got {extra!r}")
        days = set()
        for day in extra:
            if isinstance(day, datetime) or not isinstance(day, date):
                raise TypeError(f"extra_holidays must hold dates, got {day!r}")
            days.add(day)
        object.__setattr__(self, "extra_holidays", tuple(sorted(days)))

    def applies_on(self, day: date) -> bool:
        """Whether ``day`` lies within valid_from..valid_to (both inclusive, open when None)."""
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_to is None or day <= self.valid_to

    def is_working_day(self, day: date) -> bool:
        """Monday to Friday and not a holiday under this rule's holiday set."""
        return day.weekday() < 5 and day not in _holiday_set(day.year, self.good_friday, self.extra_holidays)


@dataclass(frozen=True)
class Step:
    """One step of a derivation: a code plus the values it is about (no text)."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Derivation:
    deadline: datetime
    rule: NoticeRule
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class TermCheck:
    deadline: datetime
    on_time: bool
    margin: timedelta  # deadline - received; negative when late
    derivation: Derivation
    received: datetime | None = None


# --- computation -------------------------------------------------------------------


@lru_cache(maxsize=65536)
def _midnight_utc(day: date) -> datetime:
    """00:00 Amsterdam time of ``day`` as a UTC instant (midnight is never in a DST gap)."""
    return datetime(day.year, day.month, day.day, tzinfo=AMSTERDAM).astimezone(UTC)


def _require_aware(value: datetime, what: str) -> None:
    if not isinstance(value, datetime):
        raise TypeError(f"{what} must be a datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what} must be timezone-aware (naive datetime {value.isoformat()} refused)")


def _non_working_reason(day: date, rule: NoticeRule) -> str:
    code = _names(day.year, rule.good_friday, rule.extra_holidays).get(day)
    if code is not None:
        return code
    return "saturday" if day.weekday() == 5 else "sunday"


def _compute(start: datetime, rule: NoticeRule, steps: list[Step] | None) -> datetime:
    _require_aware(start, "start")
    if not isinstance(rule, NoticeRule):
        raise TypeError(f"rule must be a NoticeRule, got {type(rule).__name__}")
    start_utc = start.astimezone(UTC)
    start_local = start_utc.astimezone(AMSTERDAM)
    if steps is not None:
        steps.append(Step("start", {"start": start_local}))
        steps.append(
            Step(
                "term",
                {
                    "method": rule.method,
                    "hours": rule.hours,
                    "days": rule.days,
                    "friday_noon": rule.friday_noon,
                    "good_friday": rule.good_friday,
                    "name": rule.name,
                    "source": rule.source,
                },
            )
        )
    method = rule.method
    if method == "working_hours":
        deadline = _working_hours(start_utc, start_local, rule, steps)
    elif method == "working_days":
        deadline = _working_days(start_local, rule, steps)
    elif method == "working_day_noon":
        deadline = _working_day_noon(start_utc, start_local, rule, steps)
    else:
        deadline = _minus_hours(start_utc, start_local, rule, steps)
        if method == "deadline_day":
            deadline = _deadline_day(deadline, rule, steps)
    if steps is not None:
        steps.append(Step("deadline", {"deadline": deadline}))
    return deadline


def _minus_hours(start_utc: datetime, start_local: datetime, rule: NoticeRule, steps: list[Step] | None) -> datetime:
    span = timedelta(hours=rule.hours)
    moment = (start_utc - span).astimezone(AMSTERDAM)
    if steps is not None:
        steps.append(Step("minus_hours", {"hours": rule.hours, "moment": moment}))
        wall = start_local.replace(tzinfo=None) - moment.replace(tzinfo=None)
        if wall != span:
            steps.append(Step("dst", {"kind": "span", "wall_hours": wall}))
    return moment


def _deadline_day(moment: datetime, rule: NoticeRule, steps: list[Step] | None) -> datetime:
    day = moment.date()
    if not rule.is_working_day(day):
        holiday = _names(day.year, rule.good_friday, rule.extra_holidays).get(day)
        code = "holiday_shift" if holiday is not None else "weekend_shift"
    elif rule.friday_noon and day.weekday() == 4 and moment.time() > _NOON:
        holiday = None
        code = "friday_noon_shift"
    else:
        return moment
    previous = day - _DAY
    skipped: list[tuple[date, str]] = []
    while not rule.is_working_day(previous):
        if steps is not None:
            skipped.append((previous, _non_working_reason(previous, rule)))
        previous -= _DAY
    deadline = datetime.combine(previous, _NOON, AMSTERDAM)
    if steps is not None:
        params: dict[str, Any] = {"date": day, "moment": moment, "deadline": deadline}
        if code == "holiday_shift":
            params["holiday"] = holiday
        steps.append(Step(code, params))
        if skipped:
            steps.append(Step("skipped_days", {"days": tuple(reversed(skipped))}))
    return deadline


def _working_hours(start_utc: datetime, start_local: datetime, rule: NoticeRule, steps: list[Step] | None) -> datetime:
    remaining = timedelta(hours=rule.hours)
    if not remaining:
        return start_local
    day = start_local.date()
    end = start_utc  # the not yet counted part of ``day`` ends here
    skipped: list[tuple[date, str]] = []
    year = day.year
    holidays = _holiday_set(year, rule.good_friday, rule.extra_holidays)
    while True:
        if day.year != year:
            year = day.year
            holidays = _holiday_set(year, rule.good_friday, rule.extra_holidays)
        begin = _midnight_utc(day)
        if day.weekday() < 5 and day not in holidays:
            available = end - begin
            if steps is not None and skipped:
                steps.append(Step("skipped_days", {"days": tuple(reversed(skipped))}))
                skipped = []
            if remaining <= available:
                result = end - remaining
                if steps is not None:
                    _record_counted(steps, day, result, end, remaining, _ZERO)
                return result.astimezone(AMSTERDAM)
            remaining -= available
            if steps is not None and available:
                _record_counted(steps, day, begin, end, available, remaining)
        elif steps is not None:
            skipped.append((day, _non_working_reason(day, rule)))
        end = begin
        day -= _DAY


def _record_counted(
    steps: list[Step], day: date, begin: datetime, end: datetime, counted: timedelta, remaining: timedelta
) -> None:
    begin_local = begin.astimezone(AMSTERDAM)
    end_local = end.astimezone(AMSTERDAM)
    steps.append(
        Step(
            "counted_hours",
            {"date": day, "begin": begin_local, "end": end_local, "counted": counted, "remaining": remaining},
        )
    )
    if end_local.date() != day:  # counted up to the end of the day: was it 24 hours?
        day_hours = _midnight_utc(day + _DAY) - _midnight_utc(day)
        if day_hours != _DAY and begin_local.time() == time(0):
            steps.append(Step("dst", {"kind": "day", "date": day, "day_hours": day_hours}))


def _working_days(start_local: datetime, rule: NoticeRule, steps: list[Step] | None) -> datetime:
    event_day = start_local.date()
    day = event_day
    left = rule.days
    skipped: list[tuple[date, str]] = []
    while left:
        day -= _DAY
        if rule.is_working_day(day):
            left -= 1
        elif steps is not None:
            skipped.append((day, _non_working_reason(day, rule)))
    deadline = datetime.combine(day, _END_OF_DAY, AMSTERDAM)
    if steps is not None:
        if skipped:
            steps.append(Step("skipped_days", {"days": tuple(reversed(skipped))}))
        steps.append(Step("working_days_back", {"event_day": event_day, "days": rule.days, "day": day}))
    return deadline


def _noon_reason(start_local: datetime, rule: NoticeRule) -> str | None:
    """Why the manifestation's day moves the deadline to noon (None: it does not)."""
    day = start_local.date()
    holiday = _names(day.year, rule.good_friday, rule.extra_holidays).get(day)
    if holiday is not None:
        return holiday
    weekday = day.weekday()
    if weekday == 5:
        return "saturday"
    if weekday == 6:
        return "sunday"
    if weekday == 0:
        return "monday"
    if rule.friday_noon and weekday == 4 and start_local.time() > _NOON:
        return "friday_afternoon"
    return None


def _working_day_noon(
    start_utc: datetime, start_local: datetime, rule: NoticeRule, steps: list[Step] | None
) -> datetime:
    reason = _noon_reason(start_local, rule)
    if reason is None:
        return _working_hours(start_utc, start_local, rule, steps)
    event_day = start_local.date()
    k = rule.hours // 24
    day = event_day
    left = k
    skipped: list[tuple[date, str]] = []
    while left:
        day -= _DAY
        if rule.is_working_day(day):
            left -= 1
        elif steps is not None:
            skipped.append((day, _non_working_reason(day, rule)))
    deadline = datetime.combine(day, _NOON, AMSTERDAM)
    if steps is not None:
        steps.append(
            Step("noon_day", {"date": event_day, "reason": reason, "days": k, "day": day, "deadline": deadline})
        )
        if skipped:
            steps.append(Step("skipped_days", {"days": tuple(reversed(skipped))}))
    return deadline


# --- public API ----------------------------------------------------------------------


def notice_deadline(start: datetime, rule: NoticeRule) -> datetime:
    """The latest on-time moment for a notice of a manifestation starting at ``start``.

    ``start`` must be timezone-aware (any zone); the result is in Europe/Amsterdam.
    """
    return _compute(start, rule, None)


def explain_deadline(start: datetime, rule: NoticeRule) -> Derivation:
    """``notice_deadline`` with the steps that led to it (same computation)."""
    steps: list[Step] = []
    deadline = _compute(start, rule, steps)
    return Derivation(deadline=deadline, rule=rule, steps=tuple(steps))


def on_time(received: datetime, deadline: datetime) -> bool:
    """A notice is on time when it is received at or before the deadline."""
    _require_aware(received, "received")
    _require_aware(deadline, "deadline")
    return received.astimezone(UTC) <= deadline.astimezone(UTC)


def check_notification(start: datetime, received: datetime, rule: NoticeRule) -> TermCheck:
    """Deadline, timeliness and margin (deadline - received) of one notification."""
    _require_aware(received, "received")
    derivation = explain_deadline(start, rule)
    deadline = derivation.deadline
    margin = deadline.astimezone(UTC) - received.astimezone(UTC)
    return TermCheck(
        deadline=deadline,
        on_time=margin >= _ZERO,
        margin=margin,
        derivation=derivation,
        received=received.astimezone(AMSTERDAM),
    )


# --- sentences -----------------------------------------------------------------------


def _weekday(day: date, translate: Translate) -> str:
    names = (
        translate("Weekday", "Mon"),
        translate("Weekday", "Tue"),
        translate("Weekday", "Wed"),
        translate("Weekday", "Thu"),
        translate("Weekday", "Fri"),
        translate("Weekday", "Sat"),
        translate("Weekday", "Sun"),
    )
    return names[day.weekday()]


def format_date(day: date, translate: Translate) -> str:
    """Dutch style with weekday: "ma 16-03-2026" (weekday through translate)."""
    if isinstance(day, datetime):
        day = day.astimezone(AMSTERDAM).date()
    return f"{_weekday(day, translate)} {day.day:02d}-{day.month:02d}-{day.year:04d}"


def format_moment(moment: datetime, translate: Translate) -> str:
    """Dutch style in Amsterdam time: "ma 16-03-2026 10:00"."""
    local = moment.astimezone(AMSTERDAM)
    return f"{format_date(local.date(), translate)} {local.hour:02d}:{local.minute:02d}"


def _format_clock(moment: datetime, day: date) -> str:
    local = moment.astimezone(AMSTERDAM)
    if local.date() > day:
        return "24:00"
    return f"{local.hour:02d}:{local.minute:02d}"


def format_duration(span: timedelta, translate: Translate) -> str:
    """ "48 h", "10 h 30 min"; negative spans get a minus sign."""
    sign = "-" if span < _ZERO else ""
    seconds = int(abs(span).total_seconds())
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if seconds:
        text = translate("Deadline", "{hours} h {minutes} min {seconds} s").format(
            hours=hours, minutes=minutes, seconds=seconds
        )
    elif minutes:
        text = translate("Deadline", "{hours} h {minutes} min").format(hours=hours, minutes=minutes)
    else:
        text = translate("Deadline", "{hours} h").format(hours=hours)
    return sign + text


def _format_days(days: Iterable[tuple[date, str]], translate: Translate) -> str:
    parts = []
    for day, reason in days:
        text = format_date(day, translate)
        if reason not in ("saturday", "sunday"):
            text = translate("Deadline", "{day} ({holiday})").format(day=text, holiday=holiday_label(reason, translate))
        parts.append(text)
    return ", ".join(parts)


def _describe_term(params: dict[str, Any], translate: Translate) -> str:
    method = params["method"]
    if method == "plain":
        text = translate("Deadline", "Term: {hours} hours before the start, counted as elapsed hours.")
    elif method == "deadline_day":
        if params["friday_noon"]:
            text = translate(
                "Deadline",
                "Term: {hours} hours before the start; a deadline on a Saturday, Sunday or holiday, or on a "
                "Friday after 12:00, becomes 12:00 on the working day before.",
            )
        else:
            text = translate(
                "Deadline",
                "Term: {hours} hours before the start; a deadline on a Saturday, Sunday or holiday becomes "
                "12:00 on the working day before.",
            )
    elif method == "working_hours":
        text = translate(
            "Deadline", "Term: {hours} working hours before the start; Saturdays, Sundays and holidays do not count."
        )
    elif method == "working_day_noon":
        if params["friday_noon"]:
            text = translate(
                "Deadline",
                "Term: {hours} hours before the start; weekends and holidays do not count. A manifestation on a "
                "Saturday, Sunday, holiday or Monday, or on a Friday after 12:00, must be notified by 12:00 on "
                "{which}.",
            )
        else:
            text = translate(
                "Deadline",
                "Term: {hours} hours before the start; weekends and holidays do not count. A manifestation on a "
                "Saturday, Sunday, holiday or Monday must be notified by 12:00 on {which}.",
            )
    else:
        text = translate("Deadline", "Term: {days} working days before the day of the manifestation.")
    which = _which_working_day(max(1, params["hours"] // 24), translate) if method == "working_day_noon" else ""
    text = text.format(hours=params["hours"], days=params["days"], which=which)
    if params["name"] and params["source"]:
        text += " " + translate("Deadline", "Rule set: {name} ({source}).").format(
            name=params["name"], source=params["source"]
        )
    elif params["name"]:
        text += " " + translate("Deadline", "Rule set: {name}.").format(name=params["name"])
    return text


def _which_working_day(k: int, translate: Translate) -> str:
    """ "the last working day before it" (k=1), "the second-to-last ..." (k=2), ..."""
    if k == 1:
        return translate("Deadline", "the last working day before it")
    if k == 2:
        return translate("Deadline", "the second-to-last working day before it")
    if k == 3:
        return translate("Deadline", "the third-to-last working day before it")
    return translate("Deadline", "the {n}th working day before it").format(n=k)


def _noon_reason_label(reason: str, translate: Translate) -> str:
    if reason == "monday":
        return translate("Deadline", "Monday")
    if reason == "saturday":
        return translate("Deadline", "Saturday")
    if reason == "sunday":
        return translate("Deadline", "Sunday")
    if reason == "friday_afternoon":
        return translate("Deadline", "Friday after 12:00")
    return translate("Deadline", "public holiday ({holiday})").format(holiday=holiday_label(reason, translate))


def _describe_step(step: Step, translate: Translate) -> str:
    p = step.params
    code = step.code
    if code == "start":
        return translate("Deadline", "Start of the manifestation: {start}.").format(
            start=format_moment(p["start"], translate)
        )
    if code == "term":
        return _describe_term(p, translate)
    if code == "minus_hours":
        return translate("Deadline", "{hours} hours before the start is {moment}.").format(
            hours=p["hours"], moment=format_moment(p["moment"], translate)
        )
    if code == "dst":
        if p["kind"] == "span":
            return translate(
                "Deadline", "Daylight saving time changes in between: the clock moves back {wall} instead."
            ).format(wall=format_duration(p["wall_hours"], translate))
        return translate(
            "Deadline", "{day} has {hours} because daylight saving time starts or ends that day."
        ).format(day=format_date(p["date"], translate), hours=format_duration(p["day_hours"], translate))
    if code == "weekend_shift":
        return translate(
            "Deadline", "{day} falls in the weekend: the deadline becomes 12:00 on the working day before, {deadline}."
        ).format(day=format_date(p["date"], translate), deadline=format_moment(p["deadline"], translate))
    if code == "holiday_shift":
        return translate(
            "Deadline",
            "{day} is a public holiday ({holiday}): the deadline becomes 12:00 on the working day before, {deadline}.",
        ).format(
            day=format_date(p["date"], translate),
            holiday=holiday_label(p["holiday"], translate),
            deadline=format_moment(p["deadline"], translate),
        )
    if code == "friday_noon_shift":
        return translate(
            "Deadline",
            "{moment} is on a Friday after 12:00: the deadline becomes 12:00 on the working day before, {deadline}.",
        ).format(moment=format_moment(p["moment"], translate), deadline=format_moment(p["deadline"], translate))
    if code == "skipped_days":
        return translate("Deadline", "Not counted (weekend or public holiday): {days}.").format(
            days=_format_days(p["days"], translate)
        )
    if code == "counted_hours":
        return translate("Deadline", "Counted {counted} on {day} ({begin}-{end}); {remaining} left.").format(
            counted=format_duration(p["counted"], translate),
            day=format_date(p["date"], translate),
            begin=_format_clock(p["begin"], p["date"]),
            end=_format_clock(p["end"], p["date"]),
            remaining=format_duration(p["remaining"], translate),
        )
    if code == "working_days_back":
        return translate(
            "Deadline", "{days} working days before {event_day} is {day}; the notice must be in by the end of that day."
        ).format(
            days=p["days"],
            event_day=format_date(p["event_day"], translate),
            day=format_date(p["day"], translate),
        )
    if code == "noon_day":
        return translate("Deadline", "{reason}: at the latest 12:00 on {which}, {deadline}.").format(
            reason=_noon_reason_label(p["reason"], translate),
            which=_which_working_day(p["days"], translate),
            deadline=format_moment(p["deadline"], translate),
        )
    if code == "deadline":
        return translate("Deadline", "Deadline (latest on-time moment): {deadline}.").format(
            deadline=format_moment(p["deadline"], translate)
        )
    raise ValueError(f"unknown step code {code!r}")


def describe(derivation: Derivation, translate: Translate) -> list[str]:
    """One sentence per step of ``derivation``, through ``translate(context, text)``."""
    return [_describe_step(step, translate) for step in derivation.steps]


def describe_check(check: TermCheck, translate: Translate) -> list[str]:
    """``describe`` of the derivation plus a closing sentence on the received moment."""
    lines = describe(check.derivation, translate)
    if check.received is None:
        return lines
    received = format_moment(check.received, translate)
    if check.on_time:
        lines.append(
            translate("Deadline", "Received {received}: on time, {margin} before the deadline.").format(
                received=received, margin=format_duration(check.margin, translate)
            )
        )
    else:
        lines.append(
            translate(
                "Deadline",
                "Received {received}: {margin} after the deadline. Not on time: shortening the term or a ban "
                "is possible (art. 5 lid 2 sub a Wom).",
            ).format(received=received, margin=format_duration(-check.margin, translate))
        )
    return lines
