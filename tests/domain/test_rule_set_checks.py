"""Validity checks per municipality, JSON shape and the editor's example deadlines."""

from __future__ import annotations

from datetime import date

from crisisdesk.domain.register.deadlines import AMSTERDAM, NoticeRule
from crisisdesk.domain.register.rule_set_checks import check_rule_sets, example_deadlines, rule_set_to_dict
from crisisdesk.domain.register.rulesets import load_rule_sets, parse_rule_set


def rule(name, start=None, end=None, municipality="Utrecht"):
    return NoticeRule(method="plain", hours=24, name=name, municipality=municipality, valid_from=start, valid_to=end)


def test_shipped_rule_sets_have_no_problems():
    assert check_rule_sets(load_rule_sets().rules()) == []


def test_overlap_gap_and_open_ends():
    problems = check_rule_sets([
        rule("A", date(2010, 1, 1), date(2021, 6, 30)),
        rule("B", date(2021, 6, 1), date(2022, 10, 15)),
        rule("C", date(2022, 11, 1)),
        rule("D"),  # no dates at all: valid always, so it overlaps everything
        rule("E", municipality="Elders"),
    ])
    found = {(p.code, p.first, p.second, p.day_from, p.day_to) for p in problems}
    assert ("overlap", "A", "B", date(2021, 6, 1), date(2021, 6, 30)) in found
    assert ("gap", "B", "C", date(2022, 10, 16), date(2022, 10, 31)) in found
    assert ("overlap", "D", "C", date(2022, 11, 1), None) in found
    assert not any("E" in (p.first, p.second) for p in problems)  # another municipality
    assert [p.is_error for p in problems if p.code == "gap"] == [False]


def test_adjacent_rule_sets_are_fine():
    assert check_rule_sets([rule("A", None, date(2021, 6, 30)), rule("B", date(2021, 7, 1))]) == []


def test_dict_round_trip():
    shipped = load_rule_sets().rule_set("Utrecht 24 uur")
    again = parse_rule_set(rule_set_to_dict(shipped))
    assert again.rule == shipped.rule and again.description == shipped.description


def test_five_examples_in_the_next_week():
    utrecht48 = load_rule_sets()["Utrecht 48 uur"]
    pairs = example_deadlines(utrecht48, date(2026, 3, 11))  # a Wednesday: the week of Monday 16-03
    shown = [(s.strftime("%a %d %H:%M"), d.strftime("%a %d %H:%M")) for s, d in pairs]
    assert shown == [
        ("Mon 16 10:00", "Thu 12 12:00"),
        ("Tue 17 10:00", "Fri 13 10:00"),
        ("Fri 20 11:00", "Wed 18 11:00"),
        ("Fri 20 14:00", "Wed 18 12:00"),
        ("Sat 21 11:00", "Thu 19 12:00"),
    ]
    assert all(s.tzinfo is AMSTERDAM for s, _d in pairs)
