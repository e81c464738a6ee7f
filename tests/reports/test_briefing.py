"""The driehoek briefing read back from the PDF: every page marked and numbered, the
period's items in and nothing else, no personal data unless asked, Dutch intact."""

from __future__ import annotations

from datetime import UTC, date

import pytest

from crisisdesk.domain.calendar.records import NOTIFICATION, Clash
from crisisdesk.domain.documents.briefing import BriefingRequest, DemonstrationItem, EventItem
from crisisdesk.domain.enums import Decision, DecisionGround, Risk, Status
from crisisdesk.domain.documents.marking import Marking
from crisisdesk.reports.base import exercise_text, page_text
from crisisdesk.reports.documents.briefing import build_briefing
from crisisdesk.services.documents.briefing import BriefingCollector, Providers, period_bounds
from report_helpers import draft, local, pages_text

IN_PERIOD = "Protest tegen sluiting van café De Ezel — naïeve eisen, één stem"
LATE = "Spontane wake na ongeluk op de Catharijnesingel"
OUTSIDE = "Demonstratie buiten de periode"


@pytest.fixture
def registered(service):
    service.create(draft(purpose=IN_PERIOD, risk=Risk.HIGH))
    late = service.create(draft(purpose=LATE, start_at=local(2026, 3, 16, 19, 0), end_at=local(2026, 3, 16, 20, 0),
                                received_at=local(2026, 3, 14, 10, 0), location="Catharijnesingel"))
    service.create(draft(purpose="Tegendemonstratie: woningnood is geen excuus", counter_to_id=1,
                         location="Neude", organiser_name="", organiser_phone="", organiser_email="", organiser_address=""))
    service.create(draft(purpose=OUTSIDE, start_at=local(2026, 4, 2, 14, 0), end_at=local(2026, 4, 2, 16, 0)))
    return late


def request(**changes) -> BriefingRequest:
    values = dict(period_from=date(2026, 3, 16), period_to=date(2026, 3, 29), meeting_date=date(2026, 3, 17),
                  marking=Marking.CONFIDENTIAL)
    values.update(changes)
    return BriefingRequest(**values)


def briefing(database, fixed_now, providers=None, **changes) -> bytes:
    collector = BriefingCollector(database.factory, user="a.adviseur", clock=lambda: fixed_now,
                                  providers=providers or Providers())
    return build_briefing(collector.collect(request(**changes)))


def test_every_page_carries_the_marking_and_page_x_of_y(database, fixed_now, registered):
    pages = pages_text(briefing(database, fixed_now, marking=Marking.INTERNAL))
    assert len(pages) >= 4
    for number, text in enumerate(pages, start=1):
        assert "INTERN" in text
        assert page_text(number, len(pages)) in text


def test_items_of_the_period_are_in_and_others_are_not(database, fixed_now, registered):
    text = " ".join(pages_text(briefing(database, fixed_now)))
    assert IN_PERIOD in text
    assert LATE in text
    assert "woningnood is geen excuus" in text
    assert OUTSIDE not in text


def test_no_personal_data_unless_asked(database, fixed_now, registered):
    without = " ".join(pages_text(briefing(database, fixed_now)))
    for personal in ("Joëlle de Vries", "joelle@example.nl", "06-00001234", "Voorbeeldstraat"):
        assert personal not in without
    with_data = " ".join(pages_text(briefing(database, fixed_now, include_personal_data=True)))
    for personal in ("Joëlle de Vries", "joelle@example.nl", "06-00001234"):
        assert personal in with_data


def test_dutch_characters_survive(database, fixed_now, registered):
    text = " ".join(pages_text(briefing(database, fixed_now)))
    for word in ("café", "naïeve", "één", "—"):
        assert word in text


def test_two_builds_are_byte_identical(database, fixed_now, registered):
    assert briefing(database, fixed_now) == briefing(database, fixed_now)


def test_exercise_marks_every_page_and_opens_the_document(database, fixed_now, registered):
    pages = pages_text(briefing(database, fixed_now, exercise=True))
    assert pages[0].lstrip().startswith(exercise_text())
    assert all(exercise_text() in page for page in pages)


def test_attention_items_get_a_section_with_term_and_asked_decision(database, fixed_now, registered, english):
    text = " ".join(pages_text(briefing(database, fixed_now)))
    assert "Decision asked of the triangle" in text
    assert "Not on time: shortening the term or a ban is possible (art. 5 lid 2 sub a Wom)." in text  # the late item's derivation
    assert "counter-demonstration" in text


def test_empty_sections_say_so_and_provided_events_are_listed(database, fixed_now, registered, english):
    text = " ".join(pages_text(briefing(database, fixed_now)))
    assert "No current crisis registered" in text
    assert "No open actions or decisions registered." in text

    def events(session, start, end):
        return [EventItem("match", "FC Utrecht – Ajax", local(2026, 3, 22, 14, 30), local(2026, 3, 22, 16, 30),
                          "Stadion Galgenwaard", None, "C", ("combi-regulation",))]

    text = " ".join(pages_text(briefing(database, fixed_now, providers=Providers(events=events))))
    assert "FC Utrecht – Ajax" in text and "combi-regulation" in text


def test_period_bounds_are_whole_amsterdam_days_across_dst():
    start, end = period_bounds(date(2026, 3, 28), date(2026, 3, 29))  # clocks go forward on the 29th
    assert (end.astimezone(UTC) - start.astimezone(UTC)).total_seconds() == 47 * 3600  # the 29th has 23 hours
    assert (start.hour, end.hour) == (0, 0)
    with pytest.raises(ValueError):
        period_bounds(date(2026, 3, 29), date(2026, 3, 28))


def _item(**changes) -> DemonstrationItem:
    values = dict(
        id=1, kind=None, place_type=None, purpose="x", organisation="", start_at=local(2026, 3, 17, 14), end_at=local(2026, 3, 17, 16),
        location="Neude", district=None, route="", composition="", organiser_measures="", expected_participants=10,
        received_at=local(2026, 3, 1), notice_deadline=local(2026, 3, 15), on_time=True, late_accepted=False,
        late_accepted_reason="", rule_name="r", rule_source="s", risk=Risk.LOW, status=Status.RECEIVED, decision=None,
        decision_grounds=(), decision_conditions="", counter_to_id=None, term_lines=(),
    )
    values.update(changes)
    return DemonstrationItem(**values)


def test_what_puts_an_item_on_the_agenda():
    assert _item().attention_reasons == ()
    assert _item(risk=Risk.HIGH).attention_reasons == ("high_risk",)
    assert _item(on_time=False).attention_reasons == ("late",)
    assert _item(decision=Decision.BAN, decision_grounds=(DecisionGround.DISORDER,)).attention_reasons == ("measures",)
    busy_wijk = Clash(NOTIFICATION, 2, "y", local(2026, 3, 17, 14), local(2026, 3, 17, 15), "Vredenburg", None, "same_district")
    assert _item(clashes=(busy_wijk,)).attention_reasons == ()
    same_place = Clash(NOTIFICATION, 2, "y", local(2026, 3, 17, 14), local(2026, 3, 17, 15), "Neude", None, "same_place")
    assert _item(clashes=(same_place,)).attention_reasons == ("clash",)
    assert _item(counter_to_id=2).attention_reasons == ("counter",)
    assert _item(risk=Risk.HIGH, status=Status.WITHDRAWN).attention_reasons == ()

