"""The briefing's default sources, read back from the PDF: checklist progress per partner,
current incidents with GRIP, open actions, events and matches (a returning offender only
by its neutral title), clashes with events — and nothing of an exercise."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from crisisdesk.domain.documents.briefing import BriefingRequest
from crisisdesk.domain.documents.marking import Marking
from crisisdesk.domain.checklists.records import ItemChange
from crisisdesk.domain.checklists.rules import ChecklistRecordType, ItemStatus
from crisisdesk.domain.enums import District, Risk
from crisisdesk.domain.events.rules import EventDraft, EventKind, EventRiskClass, FootballMeasures, MatchRiskClass, PermitStatus, neutral_title
from crisisdesk.domain.operations.records import LogCategory
from crisisdesk.domain.scenarios.rules import ScenarioDraft, ScenarioKind
from crisisdesk.labels import label
from crisisdesk.reports.documents.briefing import build_briefing
from crisisdesk.reports.documents.briefing_items import OPEN_ITEMS_SHOWN
from crisisdesk.services.documents.briefing import BriefingCollector
from crisisdesk.services.checklists.service import ChecklistService
from crisisdesk.services.events.service import EventService
from crisisdesk.services.operations.exercises import ExerciseService
from crisisdesk.services.operations.incidents import IncidentService
from crisisdesk.services.operations.logbook import LogbookService
from crisisdesk.services.checklists.partners import PartnerService
from crisisdesk.services.scenarios.service import ScenarioService
from report_helpers import draft, local, pages_text

OFFENDER = "Terugkeer P. Geheim naar de Kerkstraat"
OFFENDER_PLACE = "Kerkstraat 12"


def text_of(database, fixed_now, **changes) -> str:
    values = dict(period_from=date(2026, 3, 16), period_to=date(2026, 3, 29), meeting_date=date(2026, 3, 17))
    values.update(changes)
    collector = BriefingCollector(database.factory, user="a.adviseur", clock=lambda: fixed_now)
    return " ".join(pages_text(build_briefing(collector.collect(BriefingRequest(**values)))))


@pytest.fixture
def events(database, fixed_now):
    return EventService(database.factory, clock=lambda: fixed_now, user="tester")


def test_checklist_progress_per_partner_with_open_items(database, fixed_now, service, english):
    PartnerService(database.factory, clock=lambda: fixed_now, user="tester").seed_defaults()
    checklists = ChecklistService(database.factory, clock=lambda: fixed_now, user="tester")
    record = service.create(draft(purpose="Mars met hoog risico", risk=Risk.HIGH))
    checklist = checklists.apply_template(ChecklistRecordType.NOTIFICATION, record.id, "demonstration_high")
    police = [i for i in checklist.items if i.partner_name == "Politie Midden-Nederland"]
    assert police, "the template gives the police items"
    checklists.update_item(police[0].id, ItemChange(status=ItemStatus.DONE))
    text = text_of(database, fixed_now)
    assert f"Politie Midden-Nederland: 1 of {len(police)} done" in text
    still_open = police[1:]
    for item in still_open[:OPEN_ITEMS_SHOWN]:  # the first open ones are named (a long one may wrap: compare its start)
        assert item.text[:25] in text
    if len(still_open) > OPEN_ITEMS_SHOWN:  # the rest is counted
        assert f"{len(still_open) - OPEN_ITEMS_SHOWN} more" in text
    assert police[0].text not in text  # done: not listed as open


def test_current_incident_with_grip_and_its_open_actions(database, fixed_now, service, english):
    service.create(draft())
    incidents = IncidentService(database.factory, clock=lambda: fixed_now, user="tester")
    incident = incidents.start("Grote brand Lombok", "GRIP 2", "Operationeel leider", description="Rookpluim over West")
    LogbookService(database.factory, clock=lambda: fixed_now, user="tester").add_action(
        incident.id, "Bewoners Lombok informeren", "Bevolkingszorg", fixed_now + timedelta(hours=3))
    text = text_of(database, fixed_now)
    assert "Grote brand Lombok" in text and "GRIP 2" in text and "Rookpluim over West" in text
    assert "Bewoners Lombok informeren" in text and "Bevolkingszorg" in text
    assert "No current crisis registered" not in text


def test_nothing_of_an_exercise_reaches_the_briefing(database, fixed_now, service):
    service.create(draft())
    scenario = ScenarioService(database.factory, clock=lambda: fixed_now, user="tester").create(
        ScenarioDraft(ScenarioKind.FLOODING, "Hoogwater OEFENTEKST", grip_level="GRIP 3", exercise_only=True))
    exercise = ExerciseService(database.factory, clock=lambda: fixed_now, user="tester").create(
        "Oefening OEFENTEKST", scenario_id=scenario.id)
    logbook = LogbookService(database.factory, clock=lambda: fixed_now, user="tester")
    logbook.add(exercise.id, LogCategory.DECISION, "Besluit OEFENTEKST", "Burgemeester")
    logbook.add_action(exercise.id, "Actie OEFENTEKST", "Eigenaar OEFENTEKST", fixed_now + timedelta(hours=1))
    assert "OEFENTEKST" not in text_of(database, fixed_now)


def test_events_and_matches_with_class_measures_and_permit(database, fixed_now, service, events, english):
    service.create(draft())
    events.create(EventDraft(
        kind=EventKind.FOOTBALL_MATCH, title="FC Utrecht", opponent="Feyenoord", start_at=local(2026, 3, 22, 14, 30),
        end_at=local(2026, 3, 22, 16, 30), location="Stadion Galgenwaard", district=District.OOST,
        risk_class=EventRiskClass.C, match_risk_class=MatchRiskClass.C, permit_status=PermitStatus.GRANTED,
        permit_applied_at=local(2025, 12, 1, 9, 0), permit_decided_at=local(2026, 2, 1, 9, 0),
        football=FootballMeasures(combi_regulation=True, max_away_supporters=1500, security_risk_area=True)))
    events.create(EventDraft(kind=EventKind.EVENT, title="Festival buiten de periode", start_at=local(2026, 4, 2, 12, 0),
                             end_at=local(2026, 4, 2, 23, 0), location="Neude", district=District.BINNENSTAD))
    text = text_of(database, fixed_now)
    assert "FC Utrecht – Feyenoord" in text and "Stadion Galgenwaard" in text
    assert "combi-regulation" in text and "at most 1500 away supporters" in text and "security risk area (APV 2:4)" in text
    assert label(PermitStatus.GRANTED) in text
    assert "Festival buiten de periode" not in text


@pytest.mark.parametrize("marking", list(Marking))
def test_a_returning_offender_follows_the_marking(database, fixed_now, service, events, marking):
    """Openbaar: not there at all; Intern: only the neutral title; Vertrouwelijk: in full."""
    service.create(draft())
    events.create(EventDraft(kind=EventKind.OFFENDER_RETURN, title=OFFENDER, start_at=local(2026, 3, 20, 9, 0),
                             end_at=local(2026, 3, 20, 12, 0), location=OFFENDER_PLACE, district=District.OVERVECHT,
                             description="Afstemming met het Zorg- en Veiligheidshuis", risk_class=EventRiskClass.B))
    # a risky demonstration in the same wijk at that time: its section lists the clash, neutrally too
    service.create(draft(purpose="Protest op het Zamenhofplein", location="Zamenhofplein", district=District.OVERVECHT,
                         start_at=local(2026, 3, 20, 10, 0), end_at=local(2026, 3, 20, 11, 0), risk=Risk.HIGH))
    text = text_of(database, fixed_now, marking=marking)
    title = neutral_title(EventKind.OFFENDER_RETURN)
    assert "Zorg- en Veiligheidshuis" not in text  # the description is never printed
    if marking == Marking.CONFIDENTIAL:
        assert text.count("P. Geheim") >= 2 and OFFENDER_PLACE in text  # the events table and the clash
        return
    for detail in ("P. Geheim", "Kerkstraat"):
        assert detail not in text
    if marking == Marking.INTERNAL:
        assert text.count(title) >= 2  # in the events table and in the demonstration's clashes
    else:
        assert title not in text


def test_an_item_section_names_the_event_it_clashes_with(database, fixed_now, service, events, english):
    events.create(EventDraft(kind=EventKind.EVENT, title="Festival aan de Werf", start_at=local(2026, 3, 17, 12, 0),
                             end_at=local(2026, 3, 17, 23, 0), location="Neude", district=District.BINNENSTAD,
                             risk_class=EventRiskClass.B))
    service.create(draft(purpose="Betoging op de Neude", risk=Risk.HIGH))
    text = text_of(database, fixed_now)
    assert "Event: Festival aan de Werf" in text
    assert "same place" in text
