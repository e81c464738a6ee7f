"""The marking governs the briefing's content: per level the collected data holds exactly
what the rule allows, and the PDF read back agrees.

The fixture has a private organiser (no organisation) with an e-mail address in the
purpose, an organisation with a contact person, and a returning offender in the period.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from crisisdesk.domain.documents.briefing import BriefingRequest
from crisisdesk.domain.documents.marking import Marking, rule_sentence
from crisisdesk.domain.enums import District, Risk
from crisisdesk.domain.events.rules import EventDraft, EventKind, neutral_title
from crisisdesk.reports.documents.briefing import build_briefing
from crisisdesk.services.documents.briefing import BriefingCollector
from crisisdesk.services.events.service import EventService
from report_helpers import draft, local, pages_text

PRIVATE = "Piet Privé"
PRIVATE_EMAIL = "piet.prive@example.nl"
PRIVATE_PHONE = "06-98765432"
PRIVATE_ADDRESS = "Geheimweg 7, 3512 ZZ Utrecht"
CONTACT = "Joëlle de Vries"  # the organisation's contact person (report_helpers.draft)
CONTACT_EMAIL = "joelle@example.nl"
ORGANISATION = "Actiecomité Woonlasten"
OFFENDER = "Terugkeer P. Geheim naar de Kerkstraat"
PERSONAL = (PRIVATE, PRIVATE_EMAIL, PRIVATE_PHONE, "Geheimweg", CONTACT, CONTACT_EMAIL, "06-00001234", "Voorbeeldstraat")


@pytest.fixture
def world(database, fixed_now, service):
    service.create(draft(purpose=f"Stille wake, aanmelden via {PRIVATE_EMAIL}", organiser_organisation="",
                         organiser_name=PRIVATE, organiser_email=PRIVATE_EMAIL, organiser_phone=PRIVATE_PHONE,
                         organiser_address=PRIVATE_ADDRESS, risk=Risk.HIGH, location="Zamenhofplein",
                         district=District.OVERVECHT, start_at=local(2026, 3, 20, 10, 0), end_at=local(2026, 3, 20, 11, 0)))
    service.create(draft(purpose="Betaalbaar wonen voor iedereen", risk=Risk.HIGH))
    EventService(database.factory, clock=lambda: fixed_now, user="tester").create(EventDraft(
        kind=EventKind.OFFENDER_RETURN, title=OFFENDER, start_at=local(2026, 3, 20, 9, 0), end_at=local(2026, 3, 20, 12, 0),
        location="Kerkstraat 12", district=District.OVERVECHT))


def collect(database, fixed_now, marking: Marking, personal: bool = False):
    request = BriefingRequest(date(2026, 3, 16), date(2026, 3, 29), date(2026, 3, 17), marking, personal)
    return BriefingCollector(database.factory, user="a.adviseur", clock=lambda: fixed_now).collect(request)


def strings(value) -> list[str]:
    """Every string anywhere in the collected records."""
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value):
        return [s for field in dataclasses.fields(value) for s in strings(getattr(value, field.name))]
    if isinstance(value, (tuple, list)):
        return [s for item in value for s in strings(item)]
    return []


def contains(texts: list[str], needle: str) -> bool:
    return any(needle in text for text in texts)


@pytest.mark.parametrize("marking", [Marking.PUBLIC, Marking.INTERNAL])
def test_public_and_internal_hold_no_personal_data(database, fixed_now, world, marking):
    data = collect(database, fixed_now, marking)
    texts = strings(data)
    for personal in PERSONAL:
        assert not contains(texts, personal), personal
    assert not contains(texts, "@")  # no e-mail address, also not inside the purpose
    assert all(item.organiser is None for item in data.demonstrations)
    assert contains(texts, ORGANISATION)  # organisations by name
    text = " ".join(pages_text(build_briefing(data)))
    for personal in PERSONAL:
        assert personal not in text
    assert ORGANISATION in text and "Stille wake" in text


def test_public_leaves_confidential_items_out_and_internal_names_them_neutrally(database, fixed_now, world):
    public, internal = (collect(database, fixed_now, m) for m in (Marking.PUBLIC, Marking.INTERNAL))
    title = neutral_title(EventKind.OFFENDER_RETURN)
    assert not any(event.sensitive for event in public.events)
    assert not any(c.other_title in (title, OFFENDER) for item in public.demonstrations for c in item.clashes)
    assert not contains(strings(public), title) and not contains(strings(public), "Kerkstraat")
    assert "Kerkstraat" not in " ".join(pages_text(build_briefing(public)))
    offender = [event for event in internal.events if event.sensitive]
    assert [(e.title, e.location, e.district, e.measures) for e in offender] == [(title, "", None, ())]
    assert not contains(strings(internal), "Kerkstraat") and not contains(strings(internal), "Geheim")
    text = " ".join(pages_text(build_briefing(internal)))
    assert title in text and "Kerkstraat" not in text


def test_confidential_holds_everything_but_contact_details_unless_asked(database, fixed_now, world):
    data = collect(database, fixed_now, Marking.CONFIDENTIAL)
    texts = strings(data)
    assert contains(texts, OFFENDER) and contains(texts, "Kerkstraat 12")  # everything
    assert all(item.organiser is None for item in data.demonstrations)
    assert not contains(texts, "@") and not contains(texts, PRIVATE_PHONE)  # contact details only when asked
    text = " ".join(pages_text(build_briefing(data)))
    assert OFFENDER in text and PRIVATE_EMAIL not in text

    data = collect(database, fixed_now, Marking.CONFIDENTIAL, personal=True)
    organisers = {item.organiser.name: item.organiser for item in data.demonstrations if item.organiser}
    assert organisers[PRIVATE].email == PRIVATE_EMAIL and organisers[PRIVATE].address == PRIVATE_ADDRESS
    assert organisers[CONTACT].email == CONTACT_EMAIL
    text = " ".join(pages_text(build_briefing(data)))
    for personal in (PRIVATE, PRIVATE_EMAIL, PRIVATE_PHONE, CONTACT_EMAIL):
        assert personal in text  # an e-mail address is never split over two lines either


@pytest.mark.parametrize("marking", [Marking.PUBLIC, Marking.INTERNAL])
def test_personal_data_is_refused_with_any_other_marking(marking):
    with pytest.raises(ValueError, match=r"Confidential|vertrouwelijke"):
        BriefingRequest(date(2026, 3, 16), date(2026, 3, 29), date(2026, 3, 17), marking, include_personal_data=True)


@pytest.mark.parametrize("marking", list(Marking))
def test_page_one_states_the_rule_that_applied(database, fixed_now, world, marking):
    first = pages_text(build_briefing(collect(database, fixed_now, marking)))[0]
    assert rule_sentence(marking) in first
