"""The ``working_day_noon`` method: Utrecht's own description of its term (domain.md §2)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, UTC

import pytest

from crisisdesk.domain.deadlines import NoticeRule, describe, explain_deadline, notice_deadline
from crisisdesk.domain.register.deadlines import AMSTERDAM as AMS
from crisisdesk.i18n import translate

U48 = NoticeRule(method="working_day_noon", hours=48, friday_noon=True, good_friday=True)
U24 = NoticeRule(method="working_day_noon", hours=24)
WORKING_48 = NoticeRule(method="working_hours", hours=48)
WORKING_24 = NoticeRule(method="working_hours", hours=24)


def ams(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=AMS)


# Every example of shared/domain.md section 2, on the week of Monday 16-03-2026.
@pytest.mark.parametrize(
    ("rule", "start", "deadline"),
    [
        (U48, ams(2026, 3, 16, 10), ams(2026, 3, 12, 12)),  # Mon 10:00 -> Thu 12:00
        (U48, ams(2026, 3, 13, 14), ams(2026, 3, 11, 12)),  # Fri 14:00 -> Wed 12:00
        (U48, ams(2026, 3, 14, 11), ams(2026, 3, 12, 12)),  # Sat 11:00 -> Thu 12:00
        (U48, ams(2026, 3, 17, 10), ams(2026, 3, 13, 10)),  # Tue 10:00 -> Fri 10:00
        (U24, ams(2026, 3, 16, 10), ams(2026, 3, 13, 12)),  # Mon 10:00 -> Fri 12:00
        (U24, ams(2026, 3, 17, 10), ams(2026, 3, 16, 10)),  # Tue 10:00 -> Mon 10:00
        (U24, ams(2026, 3, 13, 14), ams(2026, 3, 12, 14)),  # Fri 14:00 -> Thu 14:00
    ],
)
def test_domain_examples(rule, start, deadline):
    assert notice_deadline(start, rule) == deadline


def test_worked_example_all_methods():
    start, received = ams(2026, 3, 16, 10), ams(2026, 3, 14, 9)
    plain = NoticeRule(method="plain", hours=48)
    model = NoticeRule(method="deadline_day", hours=48, friday_noon=True)
    assert notice_deadline(start, plain) == ams(2026, 3, 14, 10) and received <= notice_deadline(start, plain)
    assert notice_deadline(start, model) == ams(2026, 3, 13, 12)
    assert notice_deadline(start, WORKING_48) == ams(2026, 3, 12, 10)
    assert notice_deadline(start, U48) == ams(2026, 3, 12, 12) and received > notice_deadline(start, U48)


@pytest.mark.parametrize(
    ("rule", "start", "deadline"),
    [
        # Easter Monday 06-04-2026; Good Friday 03-04 counts as a holiday by default
        (U48, ams(2026, 4, 6, 10), ams(2026, 4, 1, 12)),
        (U24, ams(2026, 4, 6, 10), ams(2026, 4, 2, 12)),
        (NoticeRule(method="working_day_noon", hours=48, good_friday=False), ams(2026, 4, 6, 10), ams(2026, 4, 2, 12)),
        # the Tuesday after Easter is an ordinary day: working hours over Easter Monday and Good Friday
        (U48, ams(2026, 4, 7, 10), ams(2026, 4, 1, 10)),
        # Koningsdag on Monday 27-04-2026: the day itself, and the Tuesday after it
        (U24, ams(2026, 4, 27, 14), ams(2026, 4, 24, 12)),
        (U24, ams(2026, 4, 28, 10), ams(2026, 4, 24, 10)),
        (U48, ams(2026, 4, 28, 10), ams(2026, 4, 23, 10)),
        # Christmas 2026: Friday 25-12 and Saturday 26-12, then Monday 28-12
        (U24, ams(2026, 12, 25, 10), ams(2026, 12, 24, 12)),
        (U48, ams(2026, 12, 26, 11), ams(2026, 12, 23, 12)),
        (U48, ams(2026, 12, 28, 10), ams(2026, 12, 23, 12)),
        (U24, ams(2026, 12, 28, 10), ams(2026, 12, 24, 12)),
    ],
)
def test_holidays(rule, start, deadline):
    assert notice_deadline(start, rule) == deadline


def test_kth_working_day_across_a_holiday_and_an_extra_day():
    # Saturday 16-05-2026: Ascension Day Thu 14-05 is skipped; with the royal-decree day 15-05 too
    start = ams(2026, 5, 16, 11)
    assert notice_deadline(start, U48) == ams(2026, 5, 13, 12)
    bridge = NoticeRule(method="working_day_noon", hours=48, friday_noon=True, extra_holidays=(date(2026, 5, 15),))
    assert notice_deadline(start, bridge) == ams(2026, 5, 12, 12)
    three = NoticeRule(method="working_day_noon", hours=72, friday_noon=True)
    assert notice_deadline(start, three) == ams(2026, 5, 12, 12)


def test_dst_weeks_keep_noon_on_the_wall_clock():
    # summer time starts Sunday 29-03-2026, ends Sunday 25-10-2026
    after_spring = notice_deadline(ams(2026, 3, 30, 10), U48)  # Monday after the change
    assert after_spring == ams(2026, 3, 26, 12) and after_spring.utcoffset() == timedelta(hours=1)
    assert notice_deadline(ams(2026, 3, 31, 10), U48) == ams(2026, 3, 27, 10)  # Tuesday: working hours
    after_autumn = notice_deadline(ams(2026, 10, 26, 10), U24)
    assert after_autumn == ams(2026, 10, 23, 12) and after_autumn.utcoffset() == timedelta(hours=2)
    # the DST Sunday itself
    assert notice_deadline(ams(2026, 3, 29, 14), U48) == ams(2026, 3, 26, 12)


def test_friday_exactly_noon_is_not_after_noon():
    noon = explain_deadline(ams(2026, 3, 13, 12), U48)
    assert noon.deadline == ams(2026, 3, 11, 12)  # the working-hours deadline, by coincidence at 12:00
    assert "noon_day" not in [step.code for step in noon.steps]
    assert notice_deadline(ams(2026, 3, 13, 12, 30), U48) == ams(2026, 3, 11, 12)  # working hours: 12:30
    assert notice_deadline(ams(2026, 3, 13, 12, 30), WORKING_48) == ams(2026, 3, 11, 12, 30)
    # without the Friday clause a Friday afternoon is working hours
    assert notice_deadline(ams(2026, 3, 13, 14), U24) == notice_deadline(ams(2026, 3, 13, 14), WORKING_24)


def test_aware_in_any_zone_and_amsterdam_out():
    start = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)  # 10:00 in Amsterdam
    deadline = notice_deadline(start, U48)
    assert deadline == ams(2026, 3, 12, 12) and deadline.tzinfo == AMS


def test_refusals():
    with pytest.raises(ValueError, match="naive"):
        notice_deadline(datetime(2026, 3, 16, 10), U48)
    for hours in (0, 36, 50):
        with pytest.raises(ValueError, match="multiple of 24"):
            notice_deadline(ams(2026, 3, 16, 10), NoticeRule(method="working_day_noon", hours=hours))
    with pytest.raises(ValueError, match="friday_noon"):
        NoticeRule(method="working_hours", hours=48, friday_noon=True)


def test_equals_working_hours_on_ordinary_days_over_a_year():
    start = ams(2026, 1, 1, 0)
    for hour in range(0, 366 * 24, 5):
        moment = (start.astimezone(UTC) + timedelta(hours=hour)).astimezone(AMS)
        deadline = notice_deadline(moment, U48)
        assert deadline < moment
        day = moment.date()
        moves = day.weekday() in (0, 5, 6) or not U48.is_working_day(day) or (
            day.weekday() == 4 and moment.time() > datetime.min.time().replace(hour=12)
        )
        if moves:
            assert (deadline.hour, deadline.minute) == (12, 0) and U48.is_working_day(deadline.date())
        else:
            assert deadline == notice_deadline(moment, WORKING_48)


def test_dutch_derivation():
    lines = describe(explain_deadline(ams(2026, 3, 16, 10), U48), translate)
    assert "maandag: uiterlijk 12:00 op de op één na laatste werkdag ervoor, do 12-03-2026 12:00." in lines
    assert lines[-1] == "Uiterste tijdstip (laatste moment dat tijdig is): do 12-03-2026 12:00."
    friday = describe(explain_deadline(ams(2026, 3, 13, 14), U48), translate)
    assert "vrijdag na 12:00: uiterlijk 12:00 op de op één na laatste werkdag ervoor, wo 11-03-2026 12:00." in friday
    easter = describe(explain_deadline(ams(2026, 4, 6, 10), U24), translate)
    assert any(line.startswith("feestdag (Tweede Paasdag): uiterlijk 12:00 op de laatste werkdag ervoor") for line in easter)
    assert any("vr 03-04-2026 (Goede Vrijdag)" in line for line in easter)  # skipped, named
    tuesday = describe(explain_deadline(ams(2026, 3, 17, 10), U48), translate)
    assert not any("uiterlijk 12:00 op" in line and line.startswith(("maandag", "dinsdag")) for line in tuesday)
    assert any(line.startswith("Termijn: 48 uur") for line in tuesday)
