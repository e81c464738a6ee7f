"""The term evaluation: how many notifications were late, and how many would have been
under another rule set (Utrecht's safety plan promised to evaluate the longer term).

Pure computation over frozen rows: the service reads the rows, the report prints the
result. "Applied" is what was registered (the rule valid when each was received, and the
mayor's view of it); each rule set in the catalogue is then applied to every
notification as if it had been the rule (``notice_deadline``, the same computation as
``check_notification`` without the sentences).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from statistics import median

from crisisdesk.domain.documents.briefing import LEAD_TIME_BUCKETS, lead_time_bucket
from crisisdesk.domain.register.deadlines import AMSTERDAM, NoticeRule, notice_deadline
from crisisdesk.domain.enums import Decision, District, ManifestationKind


@dataclass(frozen=True)
class LeadTimeRow:
    id: int
    start_at: datetime
    received_at: datetime
    kind: ManifestationKind
    district: District
    rule_name: str
    on_time: bool
    late_accepted: bool = False
    decision: Decision | None = None

    @property
    def lead_hours(self) -> float:
        return (self.start_at - self.received_at).total_seconds() / 3600


@dataclass(frozen=True)
class Share:
    total: int
    late: int

    @property
    def percent(self) -> float:
        return 100.0 * self.late / self.total if self.total else 0.0


@dataclass(frozen=True)
class Outcomes:
    """What was registered for the notifications that were (or would have been) late."""

    late: int = 0
    accepted_late: int = 0  # term shortened by the mayor (late_accepted)
    conditions: int = 0  # voorschriften or beperkingen
    ban: int = 0
    no_measures: int = 0
    undecided: int = 0


@dataclass(frozen=True)
class RuleChange:
    """A change of the rule that applied, inside the period: shares before and after it.

    Before and after go by the day of receipt (that is what decides the rule); the
    shares are as registered."""

    day: date
    before_rule: str
    after_rule: str
    before: Share
    after: Share


# Lead-time histogram: 12-hour bins up to 7 days, then one bin for everything longer.
HISTOGRAM_STEP_HOURS = 12
HISTOGRAM_BINS = 14


@dataclass(frozen=True)
class GroupRow:
    key: str  # "2026-03", a wijk's name, or a ManifestationKind code
    applied: Share
    per_rule: tuple[Share, ...]  # in the order of Evaluation.rule_names


@dataclass(frozen=True)
class Evaluation:
    period_from: date
    period_to: date
    rule_names: tuple[str, ...]
    rule_sources: tuple[str, ...]
    applied: Share
    per_rule: tuple[Share, ...]
    by_month: tuple[GroupRow, ...]
    by_district: tuple[GroupRow, ...]
    by_kind: tuple[GroupRow, ...]
    lead_time_buckets: tuple[tuple[str, int], ...]
    median_lead_hours: float | None
    applied_rules: tuple[tuple[str, int], ...]  # rule name as registered, count
    outcomes: Outcomes = Outcomes()  # of the notifications late as registered
    outcomes_per_rule: tuple[Outcomes, ...] = ()  # of those late under each rule set
    thresholds: tuple[tuple[str, int], ...] = ()  # rule set, its term in hours
    histogram: tuple[int, ...] = ()  # HISTOGRAM_BINS bins of 12 hours, then "longer"
    rule_changes: tuple[RuleChange, ...] = ()
    within_term: tuple[int, ...] = ()  # per threshold: received fewer than that many hours before the start


def evaluate(rows: Iterable[LeadTimeRow], rules: Sequence[NoticeRule], period_from: date, period_to: date) -> Evaluation:
    rows = list(rows)
    late_under: list[list[bool]] = []
    for row in rows:
        late_under.append([row.received_at > notice_deadline(row.start_at, rule) for rule in rules])

    def group(key: Callable[[LeadTimeRow], str]) -> tuple[GroupRow, ...]:
        members: dict[str, list[int]] = defaultdict(list)
        for index, row in enumerate(rows):
            members[key(row)].append(index)
        return tuple(_group_row(name, members[name], rows, late_under, len(rules)) for name in sorted(members))

    buckets = {code: 0 for code, _low, _high in LEAD_TIME_BUCKETS}
    applied_rules: dict[str, int] = defaultdict(int)
    for row in rows:
        buckets[lead_time_bucket(row.lead_hours)] += 1
        applied_rules[row.rule_name] += 1
    overall = _group_row("", list(range(len(rows))), rows, late_under, len(rules))
    histogram = [0] * (HISTOGRAM_BINS + 1)
    for row in rows:
        histogram[min(HISTOGRAM_BINS, max(0, int(row.lead_hours // HISTOGRAM_STEP_HOURS)))] += 1
    district_order = list(District)
    kind_order = list(ManifestationKind)
    return Evaluation(
        period_from=period_from,
        period_to=period_to,
        rule_names=tuple(rule.name for rule in rules),
        rule_sources=tuple(rule.source for rule in rules),
        applied=overall.applied,
        per_rule=overall.per_rule,
        by_month=group(lambda r: r.start_at.astimezone(AMSTERDAM).strftime("%Y-%m")),
        by_district=tuple(sorted(group(lambda r: r.district.value), key=lambda g: district_order.index(District(g.key)))),
        by_kind=tuple(sorted(group(lambda r: r.kind.value), key=lambda g: kind_order.index(ManifestationKind(g.key)))),
        lead_time_buckets=tuple(buckets.items()),
        median_lead_hours=median(row.lead_hours for row in rows) if rows else None,
        applied_rules=tuple(sorted(applied_rules.items())),
        outcomes=_outcomes([row for row in rows if not row.on_time]),
        outcomes_per_rule=tuple(_outcomes([row for row, late in zip(rows, late_under, strict=True) if late[r]])
                                for r in range(len(rules))),
        thresholds=tuple((rule.name, rule.days * 24 if rule.method == "working_days" else rule.hours) for rule in rules),
        histogram=tuple(histogram),
        rule_changes=_rule_changes(rows, rules, period_from, period_to),
        within_term=tuple(sum(1 for row in rows if row.lead_hours < hours)
                          for hours in (rule.days * 24 if rule.method == "working_days" else rule.hours for rule in rules)),
    )


def _outcomes(late_rows: list[LeadTimeRow]) -> Outcomes:
    return Outcomes(
        late=len(late_rows),
        accepted_late=sum(1 for r in late_rows if r.late_accepted),
        conditions=sum(1 for r in late_rows if r.decision in (Decision.CONDITIONS, Decision.RESTRICTIONS)),
        ban=sum(1 for r in late_rows if r.decision == Decision.BAN),
        no_measures=sum(1 for r in late_rows if r.decision == Decision.NO_MEASURES),
        undecided=sum(1 for r in late_rows if r.decision is None),
    )


def _rule_changes(rows: list[LeadTimeRow], rules: Sequence[NoticeRule], first: date, last: date) -> tuple[RuleChange, ...]:
    """Each rule set of a municipality that takes over from another inside the period."""
    changes = []
    for rule in rules:
        day = rule.valid_from
        if day is None or not first < day <= last or not rule.municipality:
            continue
        before = [r for r in rules if r.municipality == rule.municipality and r is not rule
                  and r.applies_on(day - timedelta(days=1))]
        if not before:
            continue
        received = [(row.received_at.astimezone(AMSTERDAM).date(), row) for row in rows]
        earlier = [row for d, row in received if d < day]
        later = [row for d, row in received if d >= day]
        changes.append(RuleChange(
            day, before[0].name, rule.name,
            Share(len(earlier), sum(1 for r in earlier if not r.on_time)),
            Share(len(later), sum(1 for r in later if not r.on_time)),
        ))
    return tuple(sorted(changes, key=lambda c: c.day))


def _group_row(key: str, indexes: list[int], rows: list[LeadTimeRow], late_under: list[list[bool]], n_rules: int) -> GroupRow:
    applied = Share(len(indexes), sum(1 for i in indexes if not rows[i].on_time))
    per_rule = tuple(Share(len(indexes), sum(1 for i in indexes if late_under[i][r])) for r in range(n_rules))
    return GroupRow(key, applied, per_rule)
