"""Exercise data never reaches the real registers, calendar, statistics or briefings — and
real incidents never show up in an exercise."""

from __future__ import annotations

from dataclasses import fields
from datetime import timedelta

import pytest

from crisisdesk.domain.documents.briefing import BriefingRequest
from crisisdesk.domain.enums import District, ManifestationKind, PlaceType
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.operations.records import LogCategory
from crisisdesk.domain.scenarios.rules import ScenarioDraft, ScenarioKind
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.services.documents.briefing import BriefingCollector, Providers
from crisisdesk.services.calendar.service import CalendarService
from crisisdesk.services.operations.exercises import ExerciseService
from crisisdesk.services.operations.incidents import IncidentService, current_incidents, open_incident_actions
from crisisdesk.services.operations.logbook import LogbookService
from crisisdesk.services.register.notifications import NotificationService
from crisisdesk.services.calendar.overview import OverviewService
from crisisdesk.services.register.query import RegisterQuery
from crisisdesk.services.scenarios.service import ScenarioService

from exercise_helpers import START, TEAMS, FakeClock, script

MARK = "OEFENTEKST"  # every piece of exercise text carries this word


def texts(value) -> list[str]:
    """Every string inside a (nested) record, to search for the exercise's words."""
    found = []
    if isinstance(value, str):
        found.append(value)
    elif isinstance(value, list | tuple):
        for item in value:
            found += texts(item)
    elif hasattr(value, "__dataclass_fields__"):
        for field in fields(value):
            found += texts(getattr(value, field.name))
    return found


@pytest.fixture
def world(database):
    """One real notification, one real incident, and a running exercise full of exercise text."""
    clock = FakeClock()
    NotificationService(database.factory, clock=clock, user="a").create(NotificationDraft(
        kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC, purpose="Echte betoging",
        start_at=START + timedelta(days=1), end_at=START + timedelta(days=1, hours=2), location="Neude",
        district=District.BINNENSTAD, received_at=START - timedelta(days=3), organiser_organisation="Comité"))
    scenario = ScenarioService(database.factory, clock=clock, user="a").create(
        ScenarioDraft(ScenarioKind.FLOODING, f"Hoogwater {MARK}", grip_level="GRIP 3", exercise_only=True))
    exercises = ExerciseService(database.factory, clock=clock, user="a")
    logbook = LogbookService(database.factory, clock=clock, user="a")
    exercise = exercises.create(f"Oefening {MARK}", scenario_id=scenario.id, teams=TEAMS)
    exercises.import_injects(exercise.id, [d.__class__(d.offset_minutes, d.sender, d.receiver, d.channel,
                                                       f"{d.content} {MARK}", d.expected_action) for d in script(0, 5)])
    exercises.start(exercise.id)
    exercises.release_due(exercise.id)
    logbook.add(exercise.id, LogCategory.DECISION, f"Besluit {MARK}", "Burgemeester")
    logbook.add_action(exercise.id, f"Actie {MARK}", f"Eigenaar {MARK}", START + timedelta(hours=1))
    incidents = IncidentService(database.factory, clock=clock, user="a")
    incident = incidents.start("Echte brand", "GRIP 2", "Operationeel leider")
    logbook.add(incident.id, LogCategory.PICTURE, "Echt beeld", "Informatiemanager")
    logbook.add_action(incident.id, "Echte actie", "Politie", START + timedelta(hours=2))
    return database.factory, clock, exercise, incident


def test_calendar_and_overview_hold_no_exercise_data(world):
    factory, clock, _exercise, _incident = world
    items = CalendarService(factory).items(START - timedelta(days=30), START + timedelta(days=30), include_inactive=True)
    assert [item.title for item in items] == ["Echte betoging"]
    overview = OverviewService(factory, clock=clock).week_overview()
    assert not [t for t in texts(overview) if MARK in t]
    assert "Echte betoging" in texts(overview)


def test_the_register_holds_no_exercise_data(world):
    factory, clock, _exercise, _incident = world
    service = NotificationService(factory, clock=clock, user="a")
    rows = service.page(RegisterQuery())
    assert service.count(RegisterQuery()) == 1 and not [t for t in texts(rows) if MARK in t]
    assert service.page(RegisterQuery(search=MARK)) == []


def test_briefing_shows_the_real_incident_and_never_the_exercise(world):
    factory, clock, _exercise, _incident = world
    collector = BriefingCollector(factory, user="a", clock=clock,
                                  providers=Providers(scenarios=current_incidents, actions=open_incident_actions))
    day = START.astimezone(AMSTERDAM).date()
    data = collector.collect(BriefingRequest(day, day + timedelta(days=13), day))
    assert [s.title for s in data.scenarios] == ["Echte brand"]
    assert [a.text for a in data.actions] == ["Echte actie"]
    assert not [t for t in texts(data) if MARK in t]
    assert data.figures.total == 1  # statistics count the real notification only


def test_the_default_briefing_holds_no_exercise_data(world):
    factory, clock, _exercise, _incident = world
    day = START.astimezone(AMSTERDAM).date()
    data = BriefingCollector(factory, user="a", clock=clock).collect(BriefingRequest(day, day + timedelta(days=13), day))
    assert not [t for t in texts(data) if MARK in t]


def test_the_exercise_shows_nothing_of_the_real_incident(world):
    factory, clock, exercise, incident = world
    logbook = LogbookService(factory, clock=clock, user="a")
    assert not [t for t in texts(logbook.entries(exercise.id)) if "Echt" in t]
    assert not [t for t in texts(logbook.bob(exercise.id)) if "Echt" in t]
    assert not [t for t in texts(logbook.bob(incident.id)) if MARK in t]
    assert [e.text for e in ExerciseService(factory, clock=clock).evaluation(exercise.id).log if "Echt" in e.text] == []


def test_period_bounds_of_the_incident_provider(world):
    factory, _clock, _exercise, _incident = world
    with factory() as session:
        before = current_incidents(session, START - timedelta(days=2), START - timedelta(days=1))
        during = current_incidents(session, START, START + timedelta(days=1))
    assert before == [] and [s.title for s in during] == ["Echte brand"]

