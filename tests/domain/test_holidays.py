from datetime import date, datetime

import pytest

from crisisdesk.domain.register.holidays import (
    HOLIDAY_CODES,
    holiday_label,
    holiday_names,
    is_working_day,
    public_holidays,
)

KNOWN = {
    2024: {
        "new_years_day": date(2024, 1, 1),
        "good_friday": date(2024, 3, 29),
        "easter_monday": date(2024, 4, 1),
        "kings_day": date(2024, 4, 27),
        "liberation_day": date(2024, 5, 5),
        "ascension_day": date(2024, 5, 9),
        "whit_monday": date(2024, 5, 20),
        "christmas_day": date(2024, 12, 25),
        "boxing_day": date(2024, 12, 26),
    },
    2025: {
        "new_years_day": date(2025, 1, 1),
        "good_friday": date(2025, 4, 18),
        "easter_monday": date(2025, 4, 21),
        "kings_day": date(2025, 4, 26),  # the 27th was a Sunday
        "liberation_day": date(2025, 5, 5),
        "ascension_day": date(2025, 5, 29),
        "whit_monday": date(2025, 6, 9),
        "christmas_day": date(2025, 12, 25),
        "boxing_day": date(2025, 12, 26),
    },
    2026: {
        "new_years_day": date(2026, 1, 1),
        "good_friday": date(2026, 4, 3),
        "easter_monday": date(2026, 4, 6),
        "kings_day": date(2026, 4, 27),
        "liberation_day": date(2026, 5, 5),
        "ascension_day": date(2026, 5, 14),
        "whit_monday": date(2026, 5, 25),
        "christmas_day": date(2026, 12, 25),
        "boxing_day": date(2026, 12, 26),
    },
    2027: {
        "new_years_day": date(2027, 1, 1),
        "good_friday": date(2027, 3, 26),
        "easter_monday": date(2027, 3, 29),
        "kings_day": date(2027, 4, 27),
        "liberation_day": date(2027, 5, 5),
        "ascension_day": date(2027, 5, 6),
        "whit_monday": date(2027, 5, 17),
        "christmas_day": date(2027, 12, 25),
        "boxing_day": date(2027, 12, 26),
    },
    2028: {
        "new_years_day": date(2028, 1, 1),
        "good_friday": date(2028, 4, 14),
        "easter_monday": date(2028, 4, 17),
        "kings_day": date(2028, 4, 27),
        "liberation_day": date(2028, 5, 5),
        "ascension_day": date(2028, 5, 25),
        "whit_monday": date(2028, 6, 5),
        "christmas_day": date(2028, 12, 25),
        "boxing_day": date(2028, 12, 26),
    },
}


@pytest.mark.parametrize("year", sorted(KNOWN))
def test_known_holidays(year):
    expected = KNOWN[year]
    assert public_holidays(year) == set(expected.values())
    assert holiday_names(year) == {day: code for code, day in expected.items()}


@pytest.mark.parametrize("year", sorted(KNOWN))
def test_easter_and_whit_sunday_are_not_listed(year):
    names = holiday_names(year)
    easter_monday = KNOWN[year]["easter_monday"]
    whit_monday = KNOWN[year]["whit_monday"]
    assert easter_monday.weekday() == 0 and whit_monday.weekday() == 0
    assert date.fromordinal(easter_monday.toordinal() - 1) not in names
    assert date.fromordinal(whit_monday.toordinal() - 1) not in names


def test_kings_day_moves_to_saturday_when_27_april_is_a_sunday():
    assert date(2014, 4, 27).weekday() == 6
    assert holiday_names(2014)[date(2014, 4, 26)] == "kings_day"
    assert date(2014, 4, 27) not in public_holidays(2014)
    assert date(2025, 4, 27) not in public_holidays(2025)
    assert date(2031, 4, 26) in public_holidays(2031)  # 27-04-2031 is a Sunday


def test_queens_day_before_2014():
    assert holiday_names(2013)[date(2013, 4, 30)] == "queens_day"
    assert holiday_names(2006)[date(2006, 4, 29)] == "queens_day"  # 30-04-2006 a Sunday
    assert "kings_day" not in holiday_names(2013).values()


def test_ascension_on_liberation_day_is_one_date():
    # 2016: Easter 27 March, Ascension 5 May
    names = holiday_names(2016)
    assert names[date(2016, 5, 5)] == "ascension_day"
    assert len(public_holidays(2016)) == 8


def test_good_friday_toggle():
    with_gf = public_holidays(2026)
    without = public_holidays(2026, good_friday=False)
    assert with_gf - without == {date(2026, 4, 3)}
    assert "good_friday" not in holiday_names(2026, good_friday=False).values()


def test_extra_royal_decree_days_only_in_their_year():
    extra = [date(2026, 1, 2), date(2026, 5, 15), date(2027, 5, 7), date(2028, 4, 28), date(2028, 5, 26)]
    h2026 = holiday_names(2026, extra=extra)
    assert h2026[date(2026, 1, 2)] == "royal_decree"
    assert h2026[date(2026, 5, 15)] == "royal_decree"
    assert date(2027, 5, 7) not in h2026
    assert public_holidays(2027, extra=extra) - public_holidays(2027) == {date(2027, 5, 7)}
    assert public_holidays(2028, extra=extra) - public_holidays(2028) == {date(2028, 4, 28), date(2028, 5, 26)}
    # an extra day on an existing holiday keeps the holiday's own name
    assert holiday_names(2026, extra=[date(2026, 12, 25)])[date(2026, 12, 25)] == "christmas_day"


def test_extra_accepts_any_iterable_and_refuses_non_dates():
    assert date(2026, 5, 15) in public_holidays(2026, extra=iter([date(2026, 5, 15)]))
    with pytest.raises(TypeError):
        public_holidays(2026, extra=[datetime(2026, 5, 15, 0, 0)])
    with pytest.raises(TypeError):
        public_holidays(2026, extra=["2026-05-15"])


def test_returned_set_is_a_copy():
    first = public_holidays(2026)
    first.add(date(2026, 7, 1))
    assert date(2026, 7, 1) not in public_holidays(2026)
    names = holiday_names(2026)
    names.clear()
    assert holiday_names(2026)


def test_year_out_of_range():
    with pytest.raises(ValueError):
        public_holidays(1200)


def test_is_working_day():
    assert is_working_day(date(2026, 3, 16))  # Monday
    assert not is_working_day(date(2026, 3, 14))  # Saturday
    assert not is_working_day(date(2026, 3, 15))  # Sunday
    assert not is_working_day(date(2026, 4, 6))  # Easter Monday
    assert not is_working_day(date(2026, 4, 3))  # Good Friday
    assert is_working_day(date(2026, 4, 3), good_friday=False)
    assert not is_working_day(date(2026, 5, 15), extra=(date(2026, 5, 15),))
    with pytest.raises(TypeError):
        is_working_day(datetime(2026, 3, 16, 10, 0))


def test_every_code_has_a_label():
    seen = []

    def translate(context, text):
        seen.append(context)
        return text.upper()

    labels = {code: holiday_label(code, translate) for code in HOLIDAY_CODES}
    assert labels["kings_day"] == "KING'S DAY"
    assert labels["good_friday"] == "GOOD FRIDAY"
    assert len(set(labels.values())) == len(HOLIDAY_CODES)
    assert set(seen) == {"Holiday"}
    for year in KNOWN:
        assert set(holiday_names(year, extra=[date(year, 7, 1)]).values()) <= set(HOLIDAY_CODES)
    assert holiday_label("unknown_code", lambda c, t: t) == "unknown_code"
