"""Long texts in the briefing and the letters (issue 12, finding 10): 20,000 characters and
a megabyte build without error; summaries are capped, a decision's conditions stay whole.

How fast they build is measured in ``benchmarks/long_text_pdfs.py``, not here.
"""

from __future__ import annotations

import pytest

from crisisdesk.demo.profile import UTRECHT
from crisisdesk.domain.enums import Decision, DecisionGround, Risk, Status
from crisisdesk.domain.register.decisions import Measure
from crisisdesk.reports.documents.letters import build_decision_letter, build_receipt
from crisisdesk.reports.longtext import PlainText, cap, chunks, paragraphs
from crisisdesk.reports.styles import stylesheet
from crisisdesk.services.documents.letters import letter_input
from crisisdesk.services.profile import ProfileService
from decision_helpers import decided
from report_helpers import draft, pages_text
from test_briefing import briefing


def long(length: int, words: bool = True) -> str:
    if not words:
        return "x" * length
    return ("Over de Oudegracht naar het Domplein en terug " * (length // 46 + 1))[:length]


def noted(length: int) -> str:
    return f"{length:,}".replace(",", ".")


def long_decision(text: str) -> dict:
    return decided(Decision.CONDITIONS, decision_measures=(Measure(text + " Einde.", (DecisionGround.DISORDER,)),),
                   decision_motivation=text)


@pytest.mark.parametrize(("length", "words"), [(20_000, True), (1_000_000, True), (200_000, False)])
def test_briefing_with_long_fields_builds_and_caps_them(service, database, fixed_now, length, words):
    text = long(length, words)
    service.create(draft(purpose=text, route=text, composition=text, organiser_measures=text, risk=Risk.HIGH,
                         status=Status.DECIDED, **long_decision(text)))
    pages = pages_text(briefing(database, fixed_now))
    joined = " ".join(" ".join(pages).split())
    assert f"{noted(length)} tekens" in joined  # the summary says it is shortened, and how long the text is
    assert len(pages) < 30  # capped: the briefing does not become the megabyte


@pytest.mark.parametrize(("length", "words"), [(20_000, True), (1_000_000, True), (300_000, False)])
def test_letters_with_long_fields_build_and_the_conditions_stay_whole(service, database, fixed_now, length, words):
    text = long(length, words)
    ProfileService(database.factory).save(UTRECHT)
    record = service.create(draft(purpose=text, route=text, organiser_measures=text, location=text[:5000],
                                  status=Status.DECIDED, **long_decision(text)))
    receipt = letter_input(database.factory, record.id, "receipt", user="t", clock=lambda: fixed_now)
    receipt_pages = pages_text(build_receipt(receipt))
    assert f"{noted(length)} tekens" in " ".join(" ".join(receipt_pages).split())
    decision = letter_input(database.factory, record.id, "decision", user="t", clock=lambda: fixed_now)
    pages = pages_text(build_decision_letter(decision))
    assert len(pages) > 2 * length // 5000  # every character of the measure and the motivation is printed
    assert "Einde." in " ".join(pages)


def test_the_helpers_cap_and_split_without_losing_text():
    text = long(50_000) + "\n\n" + long(3_000, words=False)
    assert len(cap(text, 1000)) < 1100 and "50.000" not in cap(text, 1000)
    assert all(len(piece) <= 1500 for piece in chunks(text))
    assert "".join(chunks(text)).replace(" ", "") == text.replace("\n", "").replace(" ", "")
    flowables = paragraphs(text, stylesheet()["body"])
    assert isinstance(flowables[-1], PlainText)  # past 20,000 characters the fast block takes over
    assert cap("kort") == "kort"
