"""The driehoek briefing read back from the PDF: every page marked and numbered, the
period's items in and nothing else, no personal data unless asked, Dutch intact."""

from __future__ import annotations

import re
from datetime import UTC, date

import pytest

from crisisdesk.domain.calendar.records import NOTIFICATION, Clash
from crisisdesk.domain.documents.briefing import BriefingRequest, DemonstrationItem, EventItem
from crisisdesk.domain.enums import Decision, DecisionGround, Risk, Status
from crisisdesk.domain.events.rules import PermitStatus
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
    pages = pages_text(briefing(database, fixed_now, marking=Marking.INTERNAL, appendix=True))
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


def test_attention_items_get_a_card_with_term_and_asked_decision(database, fixed_now, registered, english):
    text = " ".join(pages_text(briefing(database, fixed_now)))
    assert "Decision asked of the mayor (the triangle advises)" in text  # the mayor decides, the driehoek advises
    assert "Decision asked of the triangle" not in text
    assert "counter-demonstration" in text
    assert "Not on time: shortening the term or a ban is possible" not in text  # the derivation only in the appendix
    text = " ".join(pages_text(briefing(database, fixed_now, appendix=True)))
    assert "Not on time: shortening the term or a ban is possible (art. 5 lid 2 sub a Wom)." in text  # the late item's derivation


def test_empty_sections_say_so_and_provided_events_are_listed(database, fixed_now, registered, english):
    text = " ".join(pages_text(briefing(database, fixed_now)))
    assert "No current crisis registered" in text
    assert "No partner has overdue actions for this period." in text

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



def test_page_one_is_one_page_and_points_to_the_rest(database, fixed_now, service, english):
    from crisisdesk.reports.documents.briefing import DECISIONS_SHOWN

    ids = []
    for n in range(DECISIONS_SHOWN + 4):  # more decisions asked than page 1 can list
        record = service.create(draft(purpose=f"Hoog risico nummer {n:02d}", risk=Risk.HIGH,
                                      start_at=local(2026, 3, 17 + n % 10, 10 + n // 10, 0), end_at=local(2026, 3, 17 + n % 10, 12, 0),
                                      location=f"Plein {n}"))
        ids.append(record.id)
    pages = pages_text(briefing(database, fixed_now))
    first = pages[0]
    assert first.count("Summary for the triangle") == 1 and "Items for the triangle" not in first  # page 1 is the summary only
    assert "What the mayor is asked to decide" in first and "Top risks" in first
    hidden = ids[DECISIONS_SHOWN]  # the first decision not listed on page 1 (by start)
    match = re.search(r"and 4 more, see page (\d+)", first)
    assert match, first
    page = int(match.group(1))
    assert f"#{hidden} Hoog risico nummer" in pages[page - 1]
    assert f"#{hidden} Hoog risico nummer" not in " ".join(pages[: page - 1])


def test_a_card_lists_previous_editions_with_their_outcome(database, fixed_now, service, english):
    earlier = service.create(draft(purpose="Jaarlijkse fakkeloptocht", start_at=local(2026, 3, 1, 19, 0),
                                   end_at=local(2026, 3, 1, 21, 0), received_at=local(2026, 2, 20, 9, 0)))
    other = service.create(draft(purpose="Iets heel anders", organiser_organisation="Een andere club", organiser_name="Iemand Anders",
                                 location="Domplein", start_at=local(2026, 3, 2, 19, 0), end_at=local(2026, 3, 2, 21, 0),
                                 received_at=local(2026, 2, 20, 9, 0)))
    service.create(draft(purpose="Fakkeloptocht 2026", risk=Risk.HIGH))  # same organisation as the earlier one
    text = " ".join(pages_text(briefing(database, fixed_now)))
    assert f"#{earlier.id} Jaarlijkse fakkeloptocht" in text and "(same organiser)" in text
    assert f"#{other.id} Iets heel anders" not in text


def test_events_without_a_permit_decision_are_flagged_on_page_one_and_in_the_table(database, fixed_now, service, english):
    from datetime import timedelta

    from crisisdesk.domain.events.rules import EventDraft, EventKind, PermitWarning
    from crisisdesk.domain.enums import District
    from crisisdesk.labels import label
    from crisisdesk.services.events.service import EventService

    events = EventService(database.factory, clock=lambda: fixed_now, user="tester")
    events.create(EventDraft(kind=EventKind.EVENT, title="Buurtfeest zonder vergunning", start_at=local(2026, 3, 21, 12, 0),
                             end_at=local(2026, 3, 21, 18, 0), location="Griftpark", district=District.NOORDOOST))
    events.create(EventDraft(kind=EventKind.EVENT, title="Markt zonder vergunningplicht", start_at=local(2026, 3, 21, 9, 0),
                             end_at=local(2026, 3, 21, 17, 0), location="Vredenburg", district=District.BINNENSTAD,
                             permit_status=PermitStatus.NOT_REQUIRED))
    collector = BriefingCollector(database.factory, user="a.adviseur", clock=lambda: fixed_now)
    data = collector.collect(request())
    flags = {event.title: event.permit_warning for event in data.events}
    assert flags == {"Buurtfeest zonder vergunning": PermitWarning.SOON, "Markt zonder vergunningplicht": None}
    pages = pages_text(build_briefing(data))
    assert "Buurtfeest zonder vergunning" in pages[0] and "Markt zonder vergunningplicht" not in pages[0]
    assert label(PermitWarning.SOON) in " ".join(pages[1:])
    assert fixed_now + timedelta(days=14) > local(2026, 3, 21, 12, 0)  # within the default 14 days


def test_a_20000_character_field_is_shortened_on_its_card_and_the_build_goes_through(database, fixed_now, service, english):
    long_text = ("Een heel lang verhaal over de route en de maatregelen " * 400)[:20_000]
    many_lines = "\n".join(f"regel {n} van de samenstelling" for n in range(2_000))
    service.create(draft(purpose="Mars met een lang verhaal", organiser_measures=many_lines, route=long_text, risk=Risk.HIGH))
    text = " ".join(pages_text(briefing(database, fixed_now, appendix=True)))
    assert "Mars met een lang verhaal" in text
    assert "[shortened; the full text has" in text, text[text.find("shortened") - 80:text.find("shortened") + 80]
    assert "regel 28 van de samenstelling" in text and "regel 29 van de samenstelling" not in text  # 30 lines at most
    assert len(text) < 40_000  # a summary, not the whole field twice
