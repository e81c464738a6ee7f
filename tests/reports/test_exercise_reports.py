"""OEFENING on every page of every exercise PDF, and first; never on a real incident's report."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from report_helpers import pages_text

from crisisdesk.domain.operations.records import FindingKind, LogCategory
from crisisdesk.i18n import set_language, translate
from crisisdesk.reports.base import exercise_text
from crisisdesk.reports.operations.bob_report import build_bob_report
from crisisdesk.reports.operations.exercise_report import build_exercise_report
from crisisdesk.demo.exercise import seed_demo_exercise
from crisisdesk.services.operations.exercises import ExerciseService
from crisisdesk.services.operations.incidents import IncidentService
from crisisdesk.services.operations.logbook import LogbookService

START = datetime(2026, 3, 14, 13, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def run_exercise(database):
    """The demo exercise (24 injects), run for two hours with log lines, actions and findings."""
    clock = Clock()
    exercise_id = seed_demo_exercise(database.factory, 1, START)
    exercises = ExerciseService(database.factory, clock=clock, user="oefenleider")
    logbook = LogbookService(database.factory, clock=clock, user="secretaris")
    exercises.start(exercise_id)
    for minute in range(0, 125, 5):
        clock.now = START + timedelta(minutes=minute)
        for inject in exercises.release_due(exercise_id):
            clock.now += timedelta(minutes=2)
            logbook.add(exercise_id, LogCategory.PICTURE, f"Beeld na inject {inject.offset_minutes} " + "lang " * 40,
                        "Informatiemanager", inject_id=inject.id)
            logbook.add_action(exercise_id, f"Actie na inject {inject.offset_minutes}", "Secretaris", clock.now)
    exercises.add_finding(exercise_id, FindingKind.LESSON, "Desinformatie eerder signaleren")
    exercises.add_finding(exercise_id, FindingKind.IMPROVEMENT, "Piketlijst bijwerken", "Secretaris", clock.now)
    return database.factory, clock, exercise_id


def test_every_page_of_the_evaluation_starts_with_oefening(run_exercise):
    factory, clock, exercise_id = run_exercise
    evaluation = ExerciseService(factory, clock=clock, user="oefenleider").evaluation(exercise_id)
    pages = pages_text(build_exercise_report(evaluation))
    assert len(pages) >= 4
    for page in pages:
        assert page.strip().startswith("OEFENING — Dit is een oefening")
    assert evaluation.median_response == timedelta(minutes=2)
    assert "Piketlijst bijwerken" in " ".join(pages)


def test_every_page_of_an_exercise_bob_report_starts_with_oefening(run_exercise):
    factory, clock, exercise_id = run_exercise
    pages = pages_text(build_bob_report(LogbookService(factory, clock=clock, user="s").bob(exercise_id)))
    assert len(pages) >= 2  # long enough to test more than the first page
    assert all(page.strip().startswith(exercise_text()) for page in pages)
    assert all("OEFENING" in page for page in pages)


def test_a_real_incident_report_has_no_exercise_mark(database):
    clock = Clock()
    incident = IncidentService(database.factory, clock=clock, user="ic").start("Brand Hoog Catharijne", "GRIP 1", "Leider CoPI")
    clock.now += timedelta(minutes=30)
    IncidentService(database.factory, clock=clock, user="ic").change_grip(incident.id, "GRIP 3", "Burgemeester", "Rook")
    logbook = LogbookService(database.factory, clock=clock, user="s")
    logbook.add(incident.id, LogCategory.PICTURE, "Rookpluim boven de binnenstad", "Brandweer")
    logbook.add_action(incident.id, "NL-Alert binnenstad", "Communicatie", clock.now + timedelta(minutes=15))
    text = " ".join(pages_text(build_bob_report(logbook.bob(incident.id))))
    assert "OEFENING" not in text and "oefening" not in text.lower()
    assert "GRIP 1 → GRIP 3" in text and "Burgemeester" in text and "NL-Alert binnenstad" in text


def test_english_marks_every_page_too(run_exercise):
    factory, clock, exercise_id = run_exercise
    set_language("en")
    try:
        pages = pages_text(build_exercise_report(ExerciseService(factory, clock=clock).evaluation(exercise_id)))
        assert all(page.strip().startswith(translate("Report", "EXERCISE — This is an exercise")) for page in pages)
    finally:
        set_language("nl")


def test_the_meeting_report_and_the_evaluation_carry_the_bob_meetings(run_exercise):
    from crisisdesk.domain.operations.meetings import BobMeetingDraft
    from crisisdesk.services.operations.meetings import MeetingService

    factory, clock, exercise_id = run_exercise
    meetings = MeetingService(factory, clock=clock, user="secretaris")
    meeting = meetings.create(exercise_id, BobMeetingDraft(
        clock.now, "Burgemeester", ("Burgemeester", "Waterschap HDSR"), "Waterstand NAP +6,40 m",
        "Kade Jutphaas kan bezwijken", "Evacuatie De Lekhof"))
    meetings.add_action(meeting.id, "Bussen De Lekhof regelen", "GHOR", clock.now + timedelta(minutes=45))
    bob = " ".join(pages_text(build_bob_report(LogbookService(factory, clock=clock, user="s").bob(exercise_id))))
    evaluation = pages_text(build_exercise_report(ExerciseService(factory, clock=clock, user="o").evaluation(exercise_id)))
    for text in (bob, " ".join(evaluation)):
        assert "Waterstand NAP +6,40 m" in text and "Kade Jutphaas kan bezwijken" in text and "Evacuatie De Lekhof" in text
        assert "Waterschap HDSR" in text and "Bussen De Lekhof regelen" in text
    assert all(page.strip().startswith(exercise_text()) for page in evaluation)
