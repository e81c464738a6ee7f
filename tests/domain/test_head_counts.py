"""Expected participants as an advisor writes them (issue #15, item 3)."""

from __future__ import annotations

import pytest

from crisisdesk.domain.head_counts import HeadCount, UnreadableHeadCount, head_count_text, parse_head_count


@pytest.mark.parametrize(("text", "expected"), [
    ("150", HeadCount(150)),
    ("150-200", HeadCount(150, 200)),
    ("150 - 200", HeadCount(150, 200)),
    ("150–200", HeadCount(150, 200)),
    ("150 à 200", HeadCount(150, 200)),
    ("150 a 200", HeadCount(150, 200)),
    ("150 tot 200", HeadCount(150, 200)),
    ("10 t/m 20", HeadCount(10, 20)),
    ("1.500", HeadCount(1500)),
    ("1.500-2.000", HeadCount(1500, 2000)),
    ("ca. 300", HeadCount(300)),
    ("9999999", HeadCount(9_999_999)),  # kept whole: the register's rules call it implausible
    ("200-200", HeadCount(200)),
    ("", None),
    ("   ", None),
])
def test_numbers_and_ranges_are_read(text, expected):
    assert parse_head_count(text) == expected


@pytest.mark.parametrize(("text", "code"), [
    ("veel", "head_count_unreadable"),
    ("150 200", "head_count_unreadable"),  # not silently 150.200
    ("150,200", "head_count_unreadable"),
    ("9,999,999", "head_count_unreadable"),
    ("200-150", "head_count_range_reversed"),
    ("-5", "head_count_unreadable"),
])
def test_anything_else_is_refused_with_a_code(text, code):
    with pytest.raises(UnreadableHeadCount) as raised:
        parse_head_count(text)
    assert raised.value.code == code


def test_shown_with_dutch_thousands_dots():
    assert head_count_text(150, 200) == "150–200"
    assert head_count_text(1500, None) == "1.500"
    assert head_count_text(1500, 20000) == "1.500–20.000"
    assert head_count_text(None, None) == ""
