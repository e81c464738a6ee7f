"""Checks on a municipality's rule sets, JSON export, and the editor's example deadlines.

A notification's rule is the one of its municipality valid on the day of receipt
(``rulesets.rule_for``), so two rule sets of one municipality must never be valid on the
same day (an error), and a period between them with no rule at all is allowed but
worth a warning: notifications received then fall back to the chosen rule set.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from datetime import date, datetime, time, timedelta
from typing import Any

from crisisdesk.domain.register.deadlines import AMSTERDAM, NoticeRule, notice_deadline
from crisisdesk.domain.register.rulesets import RuleSet

__all__ = ["RuleSetProblem", "check_rule_sets", "example_deadlines", "rule_set_to_dict"]


@dataclass(frozen=True)
class RuleSetProblem:
    """``code`` is "overlap" (an error) or "gap" (a warning); ``first`` ends before ``second``."""

    code: str
    municipality: str
    first: str
    second: str
    day_from: date  # overlap: first day both apply; gap: first day without a rule
    day_to: date | None  # last day of the overlap or gap (None: open-ended)

    @property
    def is_error(self) -> bool:
        return self.code == "overlap"


def check_rule_sets(rules: Iterable[NoticeRule]) -> list[RuleSetProblem]:
    """Overlapping validity (errors) and gaps (warnings) per municipality."""
    families: dict[str, list[NoticeRule]] = {}
    for rule in rules:
        if rule.municipality:
            families.setdefault(rule.municipality, []).append(rule)
    problems: list[RuleSetProblem] = []
    for municipality, members in sorted(families.items()):
        members.sort(key=lambda r: (r.valid_from or date.min, r.name))
        for index, first in enumerate(members):
            for second in members[index + 1:]:
                start = max(first.valid_from or date.min, second.valid_from or date.min)
                end = min(first.valid_to or date.max, second.valid_to or date.max)
                if start <= end:
                    problems.append(RuleSetProblem("overlap", municipality, first.name, second.name, start,
                                                   None if end == date.max else end))
        for first, second in pairwise(members):
            if first.valid_to is None or second.valid_from is None:
                continue
            gap_from, gap_to = first.valid_to + timedelta(days=1), second.valid_from - timedelta(days=1)
            if gap_from <= gap_to and not any(p.code == "overlap" and {p.first, p.second} == {first.name, second.name}
                                              for p in problems):
                problems.append(RuleSetProblem("gap", municipality, first.name, second.name, gap_from, gap_to))
    return problems


def rule_set_to_dict(rule_set: RuleSet) -> dict[str, Any]:
    """The JSON object of one rule set, in the shape ``parse_rule_set`` reads back."""
    rule = rule_set.rule
    return {
        "name": rule.name,
        "municipality": rule.municipality,
        "method": rule.method,
        "hours": rule.hours,
        "days": rule.days,
        "friday_noon": rule.friday_noon,
        "good_friday": rule.good_friday,
        "source": rule.source,
        "valid_from": rule.valid_from.isoformat() if rule.valid_from else None,
        "valid_to": rule.valid_to.isoformat() if rule.valid_to else None,
        "extra_holidays": [day.isoformat() for day in rule.extra_holidays],
        "description": rule_set.description,
    }


# Monday 10:00, Tuesday 10:00, Friday 11:00, Friday 14:00, Saturday 11:00: the days on
# which the methods differ (domain.md section 2 uses the same examples).
_EXAMPLES = ((0, time(10)), (1, time(10)), (4, time(11)), (4, time(14)), (5, time(11)))


def example_deadlines(rule: NoticeRule, around: date) -> list[tuple[datetime, datetime]]:
    """Five (start, deadline) pairs in the week after ``around``, for the editor's preview."""
    monday = around + timedelta(days=7 - around.weekday())
    return [
        (start, notice_deadline(start, rule))
        for start in (datetime.combine(monday + timedelta(days=d), t, AMSTERDAM) for d, t in _EXAMPLES)
    ]
