"""Running an exercise through the service with a fake clock; the logbook stays append-only."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import delete, update

from crisisdesk.db.audit import LogbookIsAppendOnly
from crisisdesk.db.models import LogEntry
from crisisdesk.domain.operations.exercise_clock import ClockStatus
from crisisdesk.domain.operations.records import ActionStatus, FindingKind, LogCategory, LogSource
from crisisdesk.domain.scenarios.rules import ScenarioDraft, ScenarioKind
from crisisdesk.services.errors import NotFound, ValidationFailed
from crisisdesk.services.operations.exercises import ExerciseService
from crisisdesk.services.operations.incidents import IncidentService
from crisisdesk.services.operations.logbook import LogbookService
from crisisdesk.services.operations.records import NotAllowed
from crisisdesk.services.scenarios.service import ScenarioService

from exercise_helpers import START, TEAMS, FakeClock, script


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def exercises(database, clock):
    return ExerciseService(database.factory, clock=clock, user="oefenleider")


@pytest.fixture
def logbook(database, clock):
    return LogbookService(database.factory, clock=clock, user="secretaris")


def test_injects_are_released_at_their_exact_moment_and_land_in_the_log(exercises, logbook, clock):
    exercise = exercises.create("Oefening brand", teams=TEAMS)
    exercises.import_injects(exercise.id, script(0, 10, 25))
    exercises.start(exercise.id)
    assert [i.offset_minutes for i in exercises.release_due(exercise.id)] == [0]
    clock.set(9, 59)
    assert exercises.release_due(exercise.id) == []
    clock.set(10)
    released = exercises.release_due(exercise.id)
    assert [(i.offset_minutes, i.released_at, i.released_offset_seconds) for i in released] == [(10, START + timedelta(minutes=10), 600)]
    assert exercises.release_due(exercise.id) == []  # never twice
    log = logbook.entries(exercise.id)
    assert [e.source for e in log] == [LogSource.CLOCK, LogSource.INJECT, LogSource.INJECT]
    assert log[2].inject_id == released[0].id and log[2].exercise_seconds == 600


def test_pause_shift_resume_and_release_now(exercises, clock):
    exercise = exercises.create("Oefening", teams=TEAMS)
    exercises.import_injects(exercise.id, script(20, 40))
    exercises.start(exercise.id)
    clock.set(5)
    exercises.pause(exercise.id)
    clock.set(30)
    assert exercises.release_due(exercise.id) == []
    exercises.resume(exercise.id)  # 25 min paused: T+20 comes at 09:45
    exercises.shift(exercise.id, 10)  # and now at 09:55
    clock.set(54, 59)
    assert exercises.release_due(exercise.id) == []
    clock.set(55)
    assert [i.offset_minutes for i in exercises.release_due(exercise.id)] == [20]
    last = exercises.injects(exercise.id)[1]
    early = exercises.release_now(exercise.id, last.id)
    assert early.released_early and early.released_offset_seconds == 30 * 60
    with pytest.raises(NotAllowed):
        exercises.release_now(exercise.id, last.id)
    with pytest.raises(NotAllowed):
        exercises.update_inject(last.id, script(1)[0])  # what was sent stays as it was


def test_the_clock_survives_closing_and_reopening(database, db_url, clock):
    from crisisdesk.db.database import open_database

    first = ExerciseService(database.factory, clock=clock, user="a")
    exercise = first.create("Oefening", teams=TEAMS)
    first.import_injects(exercise.id, script(30))
    first.start(exercise.id)
    clock.set(10)
    first.pause(exercise.id)
    database.dispose()  # the desk is closed mid-exercise
    clock.set(70)
    reopened = open_database(db_url)
    try:
        again = ExerciseService(reopened.factory, clock=clock, user="a")
        record = again.get(exercise.id)
        assert record.status is ClockStatus.PAUSED
        again.resume(exercise.id)
        clock.set(89, 59)
        assert again.release_due(exercise.id) == []
        clock.set(90)
        assert len(again.release_due(exercise.id)) == 1
    finally:
        reopened.dispose()


def test_wrong_clock_actions_are_refused(exercises):
    exercise = exercises.create("Oefening")
    with pytest.raises(NotAllowed) as caught:
        exercises.pause(exercise.id)
    assert caught.value.reason == "clock"
    with pytest.raises(ValidationFailed):
        exercises.add_inject(exercise.id, script(5)[0].__class__(5, "", "", script(5)[0].channel, "  "))


def test_logbook_is_append_only_and_corrections_are_new_entries(database, exercises, logbook):
    exercise = exercises.create("Oefening")
    entry = logbook.add(exercise.id, LogCategory.PICTURE, "Rookwolk richting Lombok", "Informatiemanager")
    fixed = logbook.correct(entry.id, "Rookwolk richting Oog in Al")
    entries = logbook.entries(exercise.id)
    assert [e.id for e in entries] == [entry.id, fixed.id]
    assert entries[0].corrected_by == (fixed.id,) and fixed.corrects_id == entry.id
    assert [e.text for e in logbook.bob(exercise.id).picture] == ["Rookwolk richting Oog in Al"]
    with database.factory() as session:
        row = session.get(LogEntry, entry.id)
        row.text = "overschreven"
        with pytest.raises(LogbookIsAppendOnly):
            session.flush()
    with database.factory() as session:
        session.delete(session.get(LogEntry, entry.id))
        with pytest.raises(LogbookIsAppendOnly):
            session.flush()
    with database.factory() as session:
        with pytest.raises(LogbookIsAppendOnly):
            session.execute(update(LogEntry).values(text="x"))
        with pytest.raises(LogbookIsAppendOnly):
            session.execute(delete(LogEntry))
    assert logbook.entries(exercise.id)[0].text == "Rookwolk richting Lombok"


def test_actions_and_response_times_in_the_evaluation(exercises, logbook, clock):
    exercise = exercises.create("Oefening", teams=TEAMS)
    exercises.import_injects(exercise.id, script(0, 5, 10))
    exercises.start(exercise.id)
    first, second, _third = exercises.release_due(exercise.id) + exercises.injects(exercise.id)[1:]
    clock.set(3)
    logbook.add(exercise.id, LogCategory.PICTURE, "Melding ontvangen", "Secretaris", inject_id=first.id)
    clock.set(5)
    exercises.release_due(exercise.id)
    clock.set(12)
    action = logbook.add_action(exercise.id, "Persbericht", "Communicatie", clock() + timedelta(minutes=30),
                                inject_id=second.id)
    logbook.update_action(action.id, action.version, status=ActionStatus.DONE)
    exercises.set_observation(first.id, "Burgemeester belde terug", "Snel")
    exercises.add_finding(exercise.id, FindingKind.IMPROVEMENT, "Telefoonlijst bijwerken", "Secretaris",
                          clock() + timedelta(days=30))
    with pytest.raises(ValidationFailed):
        exercises.add_finding(exercise.id, FindingKind.IMPROVEMENT, "Zonder eigenaar")
    evaluation = exercises.evaluation(exercise.id)
    responses = {item.inject.offset_minutes: item.response for item in evaluation.injects}
    assert responses == {0: timedelta(minutes=3), 5: timedelta(minutes=7), 10: None}
    assert evaluation.unanswered == 0  # T+10 was never released
    assert evaluation.median_response == timedelta(minutes=5)
    assert evaluation.injects[0].inject.observed_action == "Burgemeester belde terug"
    assert [f.kind for f in evaluation.findings] == [FindingKind.IMPROVEMENT]


def test_exercise_only_scenarios_are_not_offered_for_real_incidents(database, clock):
    scenarios = ScenarioService(database.factory, clock=clock, user="a")
    real = scenarios.create(ScenarioDraft(ScenarioKind.FLOODING, "Hoogwater Lek", grip_level="GRIP 3"))
    drill = scenarios.create(ScenarioDraft(ScenarioKind.MAJOR_ACCIDENT, "Oefenscenario trein", exercise_only=True))
    incidents = IncidentService(database.factory, clock=clock, user="a")
    assert [s.id for s in incidents.scenario_choices()] == [real.id]
    with pytest.raises(NotAllowed):
        incidents.start("Trein", "GRIP 1", "OvD", scenario_id=drill.id)
    exercises = ExerciseService(database.factory, clock=clock, user="a")
    assert exercises.create("Oefening hoogwater", scenario_id=real.id).grip_level == "GRIP 3"  # real ones can be trained


def test_grip_changes_are_logged_with_who_decided_and_when(database, clock):
    incidents = IncidentService(database.factory, clock=clock, user="ic")
    incident = incidents.start("Brand Hoog Catharijne", "GRIP 1", "Leider CoPI")
    clock.set(40)
    incidents.change_grip(incident.id, "GRIP 3", "Burgemeester Dijksma", "Rook over de binnenstad")
    with pytest.raises(ValidationFailed):
        incidents.change_grip(incident.id, "GRIP 9", "x")
    changes = incidents.grip_changes(incident.id)
    assert [(c.from_level, c.to_level, c.decided_by, c.at) for c in changes] == [
        (None, "GRIP 1", "Leider CoPI", START), ("GRIP 1", "GRIP 3", "Burgemeester Dijksma", START + timedelta(minutes=40))]
    assert incidents.get(incident.id).grip_level == "GRIP 3"
    log = LogbookService(database.factory, clock=clock).entries(incident.id)
    assert [e.source for e in log] == [LogSource.GRIP, LogSource.GRIP]
    assert all(e.exercise_seconds is None for e in log)


def test_an_exercise_is_not_found_as_an_incident_and_the_reverse(database, clock):
    exercises = ExerciseService(database.factory, clock=clock, user="a")
    incidents = IncidentService(database.factory, clock=clock, user="a")
    exercise = exercises.create("Oefening")
    incident = incidents.start("Echt", "GRIP 1", "OvD")
    with pytest.raises(NotFound):
        incidents.get(exercise.id)
    with pytest.raises(NotFound):
        exercises.get(incident.id)
    with pytest.raises(NotFound):
        incidents.change_grip(exercise.id, "GRIP 2", "x")
    assert [r.id for r in exercises.list()] == [exercise.id]
    assert [r.id for r in incidents.list()] == [incident.id]
