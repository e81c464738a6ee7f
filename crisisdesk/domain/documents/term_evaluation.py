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
from datetime import date, datetime
from statistics import median

from crisisdesk.domain.documents.briefing import LEAD_TIME_BUCKETS, lead_time_bucket
from crisisdesk.domain.register.deadlines import AMSTERDAM, NoticeRule, notice_deadline
from crisisdesk.domain.enums import District, ManifestationKind


@dataclass(frozen=True)
class LeadTimeRow:
    id: int
    start_at: datetime
    received_at: datetime
    kind: ManifestationKind
    district: District
    rule_name: str
    on_time: bool

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
    )


def _group_row(key: str, indexes: list[int], rows: list[LeadTimeRow], late_under: list[list[bool]], n_rules: int) -> GroupRow:
    applied = Share(len(indexes), sum(1 for i in indexes if not rows[i].on_time))
    per_rule = tuple(Share(len(indexes), sum(1 for i in indexes if late_under[i][r])) for r in range(n_rules))
    return GroupRow(key, applied, per_rule)
