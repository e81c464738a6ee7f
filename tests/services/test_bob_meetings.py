"""BOB meetings with their three rounds and actions; an action's deadline must be chosen;
what a player sees of an exercise."""

from __future__ import annotations

from dataclasses import fields
from datetime import timedelta

import pytest

from crisisdesk.domain.operations.meetings import BobMeetingDraft, ReceivedInject
from crisisdesk.domain.operations.records import ActionStatus, LogCategory
from crisisdesk.labels import error_message
from crisisdesk.services.errors import ConcurrentEdit, NotFound, ValidationFailed
from crisisdesk.services.operations.exercises import ExerciseService
from crisisdesk.services.operations.incidents import IncidentService
from crisisdesk.services.operations.logbook import LogbookService
from crisisdesk.services.operations.meetings import MeetingService
from crisisdesk.services.operations.player import PlayerService
from crisisdesk.services.operations.records import NotAllowed

from exercise_helpers import START, TEAMS, FakeClock, script


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def services(database, clock):
    return (ExerciseService(database.factory, clock=clock, user="oefenleider"),
            LogbookService(database.factory, clock=clock, user="secretaris"),
            MeetingService(database.factory, clock=clock, user="secretaris"))


def codes(exc: pytest.ExceptionInfo) -> list[tuple[str, str]]:
    return [(e.field, e.code) for e in exc.value.errors]


def test_a_meeting_round_trip_with_rounds_and_actions(services, clock):
    exercises, logbook, meetings = services
    exercise = exercises.create("Oefening hoogwater", teams=TEAMS)
    exercises.start(exercise.id)
    clock.set(60)
    first = meetings.create(exercise.id, BobMeetingDraft(
        START + timedelta(minutes=60), " Burgemeester ", ("Burgemeester", "Politie", " politie ", "", "Waterschap"),
        picture="Waterstand NAP +5,60 m en stijgend", judgement="Kade Jutphaas kritiek",
        decision="Opschalen naar GRIP 3; zorginstellingen evacueren"))
    assert first.number == 1 and first.chair == "Burgemeester"
    assert first.attendees == ("Burgemeester", "Politie", "Waterschap")  # trimmed, no doubles, no empty line
    assert first.exercise_seconds == 3600
    action = meetings.add_action(first.id, "Vervoer De Lekhof regelen", "GHOR", clock() + timedelta(minutes=30))
    assert action.meeting_id == first.id

    clock.set(70)
    changed = meetings.update(first.id, first.version, BobMeetingDraft(
        first.held_at, first.chair, first.attendees, first.picture, first.judgement,
        first.decision + "; NL-Alert om 20:00"))
    assert changed.decision.endswith("NL-Alert om 20:00") and [a.text for a in changed.actions] == ["Vervoer De Lekhof regelen"]
    with pytest.raises(ConcurrentEdit):
        meetings.update(first.id, first.version, first.draft)  # an old version
    second = meetings.create(exercise.id, BobMeetingDraft(clock(), "Burgemeester"))
    assert second.number == 2 and meetings.next_number(exercise.id) == 3

    stored = meetings.list(exercise.id)
    assert [(m.number, m.picture, m.judgement) for m in stored] == [
        (1, "Waterstand NAP +5,60 m en stijgend", "Kade Jutphaas kritiek"), (2, "", "")]
    assert stored[0].actions[0].owner == "GHOR" and stored[1].actions == ()
    view = logbook.bob(exercise.id)  # the meeting report's view has the meetings and their actions
    assert [m.number for m in view.meetings] == [1, 2]
    assert [a.meeting_id for a in view.actions] == [first.id]
    assert [m.number for m in exercises.evaluation(exercise.id).meetings] == [1, 2]


def test_a_meeting_needs_a_chair_and_an_aware_moment(services, clock):
    exercises, _logbook, meetings = services
    exercise = exercises.create("Oefening", teams=TEAMS)
    with pytest.raises(ValidationFailed) as exc:
        meetings.create(exercise.id, BobMeetingDraft(clock().replace(tzinfo=None), "  "))
    assert codes(exc) == [("held_at", "required"), ("chair", "required")]
    with pytest.raises(NotFound):
        meetings.create(999, BobMeetingDraft(clock(), "Burgemeester"))
    assert meetings.list(exercise.id) == []


def test_an_incident_has_meetings_too(database, clock):
    incident = IncidentService(database.factory, clock=clock, user="ic").start("Brand Lombok", "GRIP 2", "OL")
    meetings = MeetingService(database.factory, clock=clock, user="ic")
    meeting = meetings.create(incident.id, BobMeetingDraft(clock(), "Burgemeester", ("OM",), "Rook", "Risico", "NL-Alert"))
    assert meeting.exercise_seconds is None and meeting.number == 1


def test_an_action_from_another_operations_meeting_is_refused(services, clock):
    exercises, logbook, meetings = services
    one, other = exercises.create("Een", teams=TEAMS), exercises.create("Twee", teams=TEAMS)
    meeting = meetings.create(one.id, BobMeetingDraft(clock(), "Burgemeester"))
    with pytest.raises(NotAllowed):
        logbook.add_action(other.id, "Actie", "Politie", clock() + timedelta(hours=1), meeting_id=meeting.id)


def test_a_new_action_needs_a_chosen_deadline_that_has_not_passed(services, clock):
    exercises, logbook, _meetings = services
    exercise = exercises.create("Oefening", teams=TEAMS)
    with pytest.raises(ValidationFailed) as exc:
        logbook.add_action(exercise.id, "Persbericht", "Communicatie")
    assert codes(exc) == [("due_at", "deadline_required")]
    assert "deadline" in error_message(exc.value.errors[0]).lower()
    with pytest.raises(ValidationFailed) as exc:
        logbook.add_action(exercise.id, "Persbericht", "Communicatie", clock() - timedelta(minutes=1))
    assert codes(exc) == [("due_at", "deadline_in_past")]
    assert logbook.actions(exercise.id) == []

    action = logbook.add_action(exercise.id, "Persbericht", "Communicatie", clock() + timedelta(minutes=15))
    clock.set(40)  # now it is overdue: it can still be finished without a new deadline
    done = logbook.update_action(action.id, action.version, status=ActionStatus.DONE)
    assert done.status == ActionStatus.DONE and done.due_at == action.due_at
    with pytest.raises(ValidationFailed) as exc:  # but a changed deadline must lie ahead
        logbook.update_action(action.id, done.version, due_at=clock() - timedelta(minutes=5))
    assert codes(exc) == [("due_at", "deadline_in_past")]
    with pytest.raises(ValidationFailed) as exc:
        logbook.update_action(action.id, done.version, due_at=None)
    assert codes(exc) == [("due_at", "deadline_required")]


def test_a_player_sees_only_received_injects_and_never_the_expected_action(database, services, clock):
    exercises, logbook, meetings = services
    exercise = exercises.create("Oefening", teams=TEAMS)
    exercises.import_injects(exercise.id, script(0, 10, 30))
    player = PlayerService(database.factory, clock=clock, user="speler")
    assert player.received_injects(exercise.id) == []
    exercises.start(exercise.id)
    exercises.release_due(exercise.id)
    clock.set(12)
    exercises.release_due(exercise.id)
    received = player.received_injects(exercise.id)
    assert [(i.offset_minutes, i.content) for i in received] == [(0, "Inject op T+0"), (10, "Inject op T+10")]
    assert received[1].received_at == START + timedelta(minutes=12)
    names = {f.name for f in fields(ReceivedInject)}
    assert not names & {"expected_action", "observed_action", "evaluation_note"}

    logbook.add(exercise.id, LogCategory.PICTURE, "Dijk houdt het", "Informatiemanager")
    logbook.add_action(exercise.id, "Zandzakken", "Brandweer", clock() + timedelta(minutes=20))
    meetings.create(exercise.id, BobMeetingDraft(clock(), "Burgemeester", (), "Beeld 1", "Oordeel 1", "Besluit 1"))
    situation = player.situation(exercise.id)
    assert situation.last_meeting is not None and situation.last_meeting.decision == "Besluit 1"
    assert [e.text for e in situation.picture] == ["Dijk houdt het"]
    assert [a.text for a in situation.open_actions] == ["Zandzakken"]
    assert [i.offset_minutes for i in situation.latest_injects] == [10, 0]  # newest first
    assert "T+30" not in repr(situation) and "Opschalen" not in repr(situation)  # nothing of the script
    assert not hasattr(player, "injects") and not hasattr(player, "release_now")  # a player only reads
    with pytest.raises(NotFound):
        player.exercise(IncidentService(database.factory, clock=clock).start("Echt", "GRIP 1", "OL").id)
