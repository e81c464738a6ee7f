"""Dutch public holidays for computing terms (Algemene termijnenwet, art. 3).

The "algemeen erkende feestdagen" of art. 3 lid 1 are: New Year's Day, the second day of
Easter and of Whitsun (Easter Monday, Whit Monday), both Christmas days, Ascension Day,
the day the King's birthday is celebrated and 5 May. Art. 3 lid 2 equates Good Friday to
them; whether a rule set counts it is an option (``good_friday``, on by default).

Easter Sunday and Whit Sunday are *not* in the sets returned here: they are Sundays, and
every Sunday is already a non-working day, so leaving them out changes nothing for the
working-day logic and keeps "holiday" meaning "a weekday that is not worked".

Extra days set by royal decree (e.g. 2 Jan 2026, 15 May 2026, 7 May 2027, 28 Apr 2028,
26 May 2028) are data, passed as ``extra``: each is included in the year it falls in.

Before 2014 the monarch's day was Queen's Day, 30 April (29 April when the 30th was a
Sunday since 1980; 1 May before 1980); it carries the code ``queens_day``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateutil.easter import easter

__all__ = [
    "HOLIDAY_CODES",
    "holiday_label",
    "holiday_names",
    "is_working_day",
    "public_holidays",
]

# Codes used in ``holiday_names`` (and in deadline explanations), in calendar order.
HOLIDAY_CODES = (
    "new_years_day",
    "good_friday",
    "easter_monday",
    "kings_day",
    "queens_day",
    "liberation_day",
    "ascension_day",
    "whit_monday",
    "christmas_day",
    "boxing_day",
    "royal_decree",
)

_MIN_YEAR = 1583  # dateutil's Western Easter starts with the Gregorian calendar
_MAX_YEAR = 4099


def _normalise_extra(extra: Iterable[date]) -> tuple[date, ...]:
    days = set()
    for day in extra:
        if isinstance(day, datetime) or not isinstance(day, date):
            raise TypeError(f"extra holidays must be dates, got {day!r}")
        days.add(day)
    return tuple(sorted(days))


def _monarchs_day(year: int) -> tuple[date, str]:
    if year >= 2014:
        day = date(year, 4, 27)
        if day.weekday() == 6:  # Sunday: celebrated on Saturday the 26th
            day = date(year, 4, 26)
        return day, "kings_day"
    day = date(year, 4, 30)
    if day.weekday() == 6:
        day = date(year, 4, 29) if year >= 1980 else date(year, 5, 1)
    return day, "queens_day"


@lru_cache(maxsize=4096)
def _names(year: int, good_friday: bool, extra: tuple[date, ...]) -> dict[date, str]:
    if not isinstance(year, int) or isinstance(year, bool):
        raise TypeError(f"year must be an int, got {year!r}")
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        raise ValueError(f"year {year} outside {_MIN_YEAR}-{_MAX_YEAR}")
    easter_sunday = easter(year)
    kings_day, kings_code = _monarchs_day(year)
    names: dict[date, str] = {date(year, 1, 1): "new_years_day"}
    if good_friday:
        names[easter_sunday - timedelta(days=2)] = "good_friday"
    names[easter_sunday + timedelta(days=1)] = "easter_monday"
    names[kings_day] = kings_code
    # Ascension can coincide with 5 May (e.g. 2016); both are holidays, one date.
    names.setdefault(date(year, 5, 5), "liberation_day")
    names[easter_sunday + timedelta(days=39)] = "ascension_day"
    names[easter_sunday + timedelta(days=50)] = "whit_monday"
    names[date(year, 12, 25)] = "christmas_day"
    names[date(year, 12, 26)] = "boxing_day"
    for day in extra:
        if day.year == year:
            names.setdefault(day, "royal_decree")
    return dict(sorted(names.items()))


@lru_cache(maxsize=4096)
def _holiday_set(year: int, good_friday: bool, extra: tuple[date, ...]) -> frozenset[date]:
    return frozenset(_names(year, good_friday, extra))


def holiday_names(year: int, good_friday: bool = True, extra: Iterable[date] = ()) -> dict[date, str]:
    """Maps each holiday of ``year`` to its code (see ``HOLIDAY_CODES``), sorted by date.

    When two holidays share a date (Ascension on 5 May) the date gets one code.
    """
    return dict(_names(year, bool(good_friday), _normalise_extra(extra)))


def public_holidays(year: int, good_friday: bool = True, extra: Iterable[date] = ()) -> set[date]:
    """The holidays of ``year`` under the Algemene termijnenwet art. 3 (see module doc)."""
    return set(_holiday_set(year, bool(good_friday), _normalise_extra(extra)))


def is_working_day(day: date, good_friday: bool = True, extra: Iterable[date] = ()) -> bool:
    """Monday to Friday and not a holiday."""
    if isinstance(day, datetime):
        raise TypeError("is_working_day takes a date; convert datetimes to Europe/Amsterdam first")
    if day.weekday() >= 5:
        return False
    return day not in _holiday_set(day.year, bool(good_friday), _normalise_extra(extra))


def holiday_label(code: str, translate: Callable[[str, str], str]) -> str:
    """The screen name of a holiday code, through ``translate`` (context "Holiday")."""
    if code == "new_years_day":
        return translate("Holiday", "New Year's Day")
    if code == "good_friday":
        return translate("Holiday", "Good Friday")
    if code == "easter_monday":
        return translate("Holiday", "Easter Monday")
    if code == "kings_day":
        return translate("Holiday", "King's Day")
    if code == "queens_day":
        return translate("Holiday", "Queen's Day")
    if code == "liberation_day":
        return translate("Holiday", "Liberation Day")
    if code == "ascension_day":
        return translate("Holiday", "Ascension Day")
    if code == "whit_monday":
        return translate("Holiday", "Whit Monday")
    if code == "christmas_day":
        return translate("Holiday", "Christmas Day")
    if code == "boxing_day":
        return translate("Holiday", "Boxing Day")
    if code == "royal_decree":
        return translate("Holiday", "Day set by royal decree")
    return code
