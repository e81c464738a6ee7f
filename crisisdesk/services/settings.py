"""Settings kept in the database, so that a team shares them."""

from __future__ import annotations

from typing import overload

from sqlalchemy.orm import Session, sessionmaker

from crisisdesk.db.models import Setting
from crisisdesk.domain.checks import DateWindow

RULE_SET = "notice_rule_set"
CLASH_BUFFER_MINUTES = "clash_buffer_minutes"
DEFAULT_CLASH_BUFFER_MINUTES = 60
# Events starting within this many days without a permit decision are flagged
# (events list, 7-day overview, briefing): ``domain.events.rules.permit_warning``.
PERMIT_WARNING_DAYS = "permit_warning_days"
# Two items whose geocoded locations lie within this many metres clash (as in one wijk).
CLASH_DISTANCE_METRES = "clash_distance_metres"
DEFAULT_CLASH_DISTANCE_METRES = 250
MAX_CLASH_DISTANCE_METRES = 5_000
# Letters to organisers (and the municipality named on briefings): the letterhead is
# free text, one line each, the first line being the municipality's name.
LETTERHEAD = "letter_letterhead"
DEFAULT_LETTERHEAD = "Gemeente Utrecht"
SIGNATORY = "letter_signatory"
DEFAULT_SIGNATORY = "De burgemeester van Utrecht"
# The dates a new record may have, in whole years around today (a typing slip is refused).
DATE_WINDOW_YEARS_BACK = "date_window_years_back"
DATE_WINDOW_YEARS_AHEAD = "date_window_years_ahead"


@overload
def read_setting(session: Session, key: str, default: str) -> str: ...
@overload
def read_setting(session: Session, key: str, default: str | None = None) -> str | None: ...
def read_setting(session: Session, key: str, default: str | None = None) -> str | None:
    row = session.get(Setting, key)
    return row.value if row is not None else default


def permit_warning_days(session: Session) -> int:
    """The ``permit_warning_days`` setting; the default when unset or not a whole number >= 0."""
    from crisisdesk.domain.events.rules import DEFAULT_PERMIT_WARNING_DAYS  # the events' rules load with them

    value = read_setting(session, PERMIT_WARNING_DAYS)
    try:
        days = int(str(value).strip())
    except (TypeError, ValueError):
        return DEFAULT_PERMIT_WARNING_DAYS
    return days if 0 <= days <= 366 else DEFAULT_PERMIT_WARNING_DAYS


def clash_distance_metres(session: Session) -> int:
    """The ``clash_distance_metres`` setting; the default when unset or not a whole number in 0–5000."""
    value = read_setting(session, CLASH_DISTANCE_METRES)
    try:
        metres = int(str(value).strip())
    except (TypeError, ValueError):
        return DEFAULT_CLASH_DISTANCE_METRES
    return metres if 0 <= metres <= MAX_CLASH_DISTANCE_METRES else DEFAULT_CLASH_DISTANCE_METRES


def write_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


class SettingsService:
    def __init__(self, factory: sessionmaker) -> None:
        self._factory = factory

    @overload
    def get(self, key: str, default: str) -> str: ...
    @overload
    def get(self, key: str, default: str | None = None) -> str | None: ...
    def get(self, key: str, default: str | None = None) -> str | None:
        with self._factory() as session:
            return read_setting(session, key, default)

    def set(self, key: str, value: str) -> None:
        with self._factory.begin() as session:
            write_setting(session, key, value)

    def permit_warning_days(self) -> int:
        with self._factory() as session:
            return permit_warning_days(session)

    def clash_distance_metres(self) -> int:
        with self._factory() as session:
            return clash_distance_metres(session)

    def clash_buffer_minutes(self) -> int:
        return int(self.get(CLASH_BUFFER_MINUTES, str(DEFAULT_CLASH_BUFFER_MINUTES)))

    def date_window(self) -> DateWindow:
        default = DateWindow()
        try:
            back = int(self.get(DATE_WINDOW_YEARS_BACK) or default.years_back)
            ahead = int(self.get(DATE_WINDOW_YEARS_AHEAD) or default.years_ahead)
        except ValueError:
            return default
        return DateWindow(max(0, back), max(0, ahead))
