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


# --- a fixture with known answers: Utrecht's two rule sets around the change of 01-07-2021 ---

U24 = NoticeRule(method="working_day_noon", hours=24, name="Utrecht 24 uur", municipality="Utrecht",
                 valid_from=date(2010, 1, 1), valid_to=date(2021, 6, 30))
U48 = NoticeRule(method="working_day_noon", hours=48, friday_noon=True, name="Utrecht 48 uur", municipality="Utrecht",
                 valid_from=date(2021, 7, 1))


def known_rows():
    from crisisdesk.domain.enums import Decision

    def r(i, start, received, on_time, accepted=False, decision=None):
        name = "Utrecht 24 uur" if received < local(2021, 7, 1, 0) else "Utrecht 48 uur"
        return LeadTimeRow(i, start, received, ManifestationKind.DEMONSTRATION, District.BINNENSTAD, name, on_time,
                           accepted, decision)

    return [
        # Tue, 25 h ahead: on time under 24 h, late under 48 h (Fri 10:00)
        r(1, local(2021, 6, 15, 10), local(2021, 6, 14, 9), True),
        # Mon, received Sat: late under both (Fri 12:00 / Thu 12:00); term shortened, conditions
        r(2, local(2021, 6, 21, 10), local(2021, 6, 19, 10), False, True, Decision.CONDITIONS),
        # Wed, 53 h ahead: on time under both
        r(3, local(2021, 7, 14, 14), local(2021, 7, 12, 9), True),
        # Mon, received Fri 09:00: on time under 24 h (Fri 12:00), late under 48 h (Thu 12:00); a ban
        r(4, local(2021, 7, 19, 10), local(2021, 7, 16, 9), False, False, Decision.BAN),
        # Sat, received Thu 11:00: on time under both (Thu 12:00); no measures
        r(5, local(2021, 7, 24, 11), local(2021, 7, 22, 11), True, False, Decision.NO_MEASURES),
    ]


def test_known_answers():
    from crisisdesk.domain.documents.term_evaluation import Outcomes

    ev = evaluate(known_rows(), [U24, U48], date(2021, 6, 1), date(2021, 7, 31))
    assert (ev.applied.total, ev.applied.late) == (5, 2)
    assert [s.late for s in ev.per_rule] == [1, 3]
    assert ev.outcomes == Outcomes(late=2, accepted_late=1, conditions=1, ban=1, no_measures=0, undecided=0)
    assert ev.outcomes_per_rule == (
        Outcomes(late=1, accepted_late=1, conditions=1),
        Outcomes(late=3, accepted_late=1, conditions=1, ban=1, undecided=1),
    )
    assert ev.thresholds == (("Utrecht 24 uur", 24), ("Utrecht 48 uur", 48))
    assert ev.within_term == (0, 1)  # lead times 25, 48, 53, 73, 48 hours
    assert ev.median_lead_hours == 48
    assert ev.histogram[2] == 1 and ev.histogram[4] == 3 and ev.histogram[6] == 1 and sum(ev.histogram) == 5
    [change] = ev.rule_changes
    assert (change.day, change.before_rule, change.after_rule) == (date(2021, 7, 1), "Utrecht 24 uur", "Utrecht 48 uur")
    assert (change.before.total, change.before.late, change.after.total, change.after.late) == (2, 1, 3, 1)


def test_findings_are_computed_in_dutch(monkeypatch):
    from crisisdesk.domain.documents.term_evaluation_findings import findings
    from crisisdesk.i18n import translate

    ev = evaluate(known_rows(), [U24, U48], date(2021, 6, 1), date(2021, 7, 31))
    lines = findings(ev, translate)
    assert lines == [
        "5 kennisgevingen; niet tijdig onder de regeling die gold op de dag van ontvangst: 2 (40,0\u00a0%).",
        "Utrecht 24 uur geeft de minste te late kennisgevingen, 1 (20,0\u00a0%); Utrecht 48 uur de meeste, 3 (60,0\u00a0%): "
        "een verschil van 2.",
        "Van de 2 te late kennisgevingen: termijn verkort door de burgemeester 1; voorschriften of beperkingen 1; "
        "verbod 1; geen maatregelen 0; (nog) geen besluit vastgelegd 0.",
        "De helft van de kennisgevingen kwam ten minste 2,0 dagen voor de aanvang binnen; 0 (0,0\u00a0%) minder dan 24 uur "
        "voor de aanvang; 1 (20,0\u00a0%) minder dan 48 uur voor de aanvang.",
        "Ontvangen vóór 01-07-2021 (Utrecht 24 uur): 50,0\u00a0% te laat (1 van 2); vanaf die dag (Utrecht 48 uur): "
        "33,3\u00a0% (1 van 3).",
    ]
    # other figures give other sentences: not canned
    fewer = evaluate(known_rows()[2:], [U24, U48], date(2021, 7, 1), date(2021, 7, 31))
    assert findings(fewer, translate)[0].startswith("3 kennisgevingen; niet tijdig onder de regeling die gold op de dag van ontvangst: 1 (33,3\u00a0%)")
    assert not any("Ontvangen vóór" in line for line in findings(fewer, translate))  # no change inside July


def test_pdf_shows_the_findings_and_dutch_numbers(fixed_now):
    ev = evaluate(known_rows(), [U24, U48], date(2021, 6, 1), date(2021, 7, 31))
    text = " ".join(pages_text(build_evaluation(ev, "tester", fixed_now)))
    flat = " ".join(text.split())
    assert "Belangrijkste bevindingen" in flat
    assert "40,0 %" in flat.replace("\u00a0", " ") and "40.0" not in flat
    assert "Utrecht 48 uur de meeste, 3 (60,0" in flat.replace("\u00a0", " ")
    assert "vanaf 01-07-2021: Utrecht 48 uur" in flat  # the rule change marked on the month line
    for head in ("Termijn verkort", "Voorschriften of beperkingen", "Verbod"):
        assert head in flat
