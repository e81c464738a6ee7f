"""The term evaluation: share late as registered and under each rule set, and its PDF."""

from __future__ import annotations

from datetime import date

from crisisdesk.domain.register.deadlines import NoticeRule
from crisisdesk.domain.enums import District, ManifestationKind
from crisisdesk.domain.documents.term_evaluation import LeadTimeRow, evaluate
from crisisdesk.domain.documents.marking import Marking
from crisisdesk.reports.base import page_text
from crisisdesk.reports.documents.term_evaluation import build_evaluation
from crisisdesk.demo import seed_demo
from crisisdesk.services.documents.term_evaluation import term_evaluation
from report_helpers import local, pages_text

PLAIN = NoticeRule(method="plain", hours=48, name="48 uur")
MODEL = NoticeRule(method="deadline_day", hours=48, name="model-APV 48 uur")
WORKING = NoticeRule(method="working_hours", hours=48, name="48 werkuren")


def row(i, start, received, district=District.BINNENSTAD, kind=ManifestationKind.DEMONSTRATION, on_time=True):
    return LeadTimeRow(i, start, received, kind, district, "48 uur", on_time)


def test_the_worked_example_under_each_rule():
    # shared/domain.md: demo Monday 16-03-2026 10:00, received Saturday 14-03 09:00
    worked = row(1, local(2026, 3, 16, 10), local(2026, 3, 14, 9), on_time=True)
    early = row(2, local(2026, 4, 20, 10), local(2026, 4, 1, 9), district=District.OOST, kind=ManifestationKind.MEETING)
    result = evaluate([worked, early], [PLAIN, MODEL, WORKING], date(2026, 3, 1), date(2026, 4, 30))
    assert result.applied.late == 0
    assert [share.late for share in result.per_rule] == [0, 1, 1]
    assert [g.key for g in result.by_month] == ["2026-03", "2026-04"]
    assert [s.percent for s in result.by_month[0].per_rule] == [0.0, 100.0, 100.0]
    assert [g.key for g in result.by_district] == ["Binnenstad", "Oost"]
    assert [g.key for g in result.by_kind] == ["demonstration", "meeting"]
    assert result.median_lead_hours == (49 + 457) / 2


def test_across_dst_the_plain_term_counts_real_hours():
    # clocks go forward on Sunday 29-03-2026: 48 real hours before Monday 30-03 10:00 is Saturday 09:00
    on_the_edge = row(1, local(2026, 3, 30, 10), local(2026, 3, 28, 9))
    too_late = row(2, local(2026, 3, 30, 10), local(2026, 3, 28, 9, 1))
    result = evaluate([on_the_edge, too_late], [PLAIN], date(2026, 3, 1), date(2026, 3, 31))
    assert result.per_rule[0].late == 1


def test_service_and_pdf(database, fixed_now):
    seed_demo(database.factory, 400, seed=3, now=fixed_now)
    result = term_evaluation(database.factory, date(2024, 1, 1), date(2024, 12, 31))
    assert result.applied.total > 0
    assert len(result.per_rule) == len(result.rule_names) >= 2
    assert sum(g.applied.total for g in result.by_month) == result.applied.total
    pdf = build_evaluation(result, "tester", fixed_now, Marking.PUBLIC)
    pages = pages_text(pdf)
    for number, text in enumerate(pages, start=1):
        assert "OPENBAAR" in text and page_text(number, len(pages)) in text
    text = " ".join(pages)
    for name in result.rule_names:
        assert name in text
    assert pdf == build_evaluation(result, "tester", fixed_now, Marking.PUBLIC)
