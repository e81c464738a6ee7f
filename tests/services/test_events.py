"""The events and scenario registers: saving, versions, history, lists that hide what is sensitive."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from crisisdesk.domain.enums import District
from crisisdesk.domain.events.rules import (
    AdviceStatus,
    EventDraft,
    EventKind,
    EventRiskClass,
    EventStatus,
    FireworksRule,
    FireworksRules,
    FootballMeasures,
    MatchRiskClass,
    PermitStatus,
)
from crisisdesk.domain.scenarios.rules import Discipline, PopulationCareProcess, ScenarioDraft, ScenarioKind
from crisisdesk.domain.timeutil import AMSTERDAM, to_local
from crisisdesk.services.errors import ConcurrentEdit, NotFound, ValidationFailed
from crisisdesk.services.events.service import EventQuery, EventService, draft_from_event
from crisisdesk.services.scenarios.service import ScenarioService, draft_from_scenario


def local(*args) -> datetime:
    return datetime(*args, tzinfo=AMSTERDAM)


@pytest.fixture
def events(database, fixed_now):
    return EventService(database.factory, clock=lambda: fixed_now, user="tester")


def match(**changes) -> EventDraft:
    base = EventDraft(
        kind=EventKind.FOOTBALL_MATCH, title="FC Utrecht – Ajax", start_at=local(2026, 4, 5, 14, 30),
        end_at=local(2026, 4, 5, 16, 30), location="Stadion Galgenwaard", district=District.OOST,
        organiser_organisation="FC Utrecht", organiser_name="P. de Vries", organiser_email="veiligheid@example.nl",
        expected_visitors=23_000, risk_scan_advice=EventRiskClass.C, risk_class=EventRiskClass.C,
        permit_status=PermitStatus.APPLIED, permit_applied_at=local(2026, 1, 12, 9, 0),
        advice_fire=AdviceStatus.REQUESTED, advice_police=AdviceStatus.RECEIVED, advice_ghor=AdviceStatus.REQUESTED,
        opponent="Ajax", match_risk_class=MatchRiskClass.C,
        football=FootballMeasures(combi_regulation=True, max_away_supporters=2_650, security_risk_area=True, camera_surveillance=True),
    )
    return replace(base, **changes)


def test_create_stores_facts_derived_deadline_and_history(events):
    record = events.create(match())
    assert record.version == 1 and record.status == EventStatus.REGISTERED
    assert to_local(record.permit_decision_deadline) == local(2026, 4, 6, 9, 0)
    assert record.football.max_away_supporters == 2_650 and record.football.combi_regulation
    assert [(h.from_status, h.to_status, h.changed_by) for h in record.history] == [(None, EventStatus.REGISTERED, "tester")]
    assert events.get(record.id) == record


def test_update_with_version_check_and_status_history(events):
    record = events.create(match())
    changed = events.update(
        record.id,
        draft_from_event(record, status=EventStatus.IN_PREPARATION, status_note="driehoek 20-03", permit_status=PermitStatus.EXTENDED),
        expected_version=1,
    )
    assert changed.version == 2
    assert [h.to_status for h in changed.history] == [EventStatus.REGISTERED, EventStatus.IN_PREPARATION]
    assert changed.history[-1].note == "driehoek 20-03"
    assert to_local(changed.permit_decision_deadline) == local(2026, 6, 29, 9, 0)  # extended by 12 weeks
    with pytest.raises(ConcurrentEdit):
        events.update(record.id, draft_from_event(record, title="Oud"), expected_version=1)
    assert events.get(record.id).title == "FC Utrecht – Ajax"


def test_invalid_input_saves_nothing(events):
    with pytest.raises(ValidationFailed) as caught:
        events.create(match(opponent=""))
    assert ("opponent", "required") in {(e.field, e.code) for e in caught.value.errors}
    assert events.count(EventQuery()) == 0
    record = events.create(match())
    cancelled = events.update(record.id, draft_from_event(record, status=EventStatus.CANCELLED), record.version)
    with pytest.raises(ValidationFailed):  # a cancelled event is revived first, not closed
        events.update(record.id, draft_from_event(cancelled, status=EventStatus.DONE), cancelled.version)
    assert events.get(record.id).status == EventStatus.CANCELLED


def test_kind_specific_fields_do_not_linger(events):
    nye = events.create(match(
        kind=EventKind.NEW_YEARS_EVE, title="Jaarwisseling", fireworks=FireworksRules(FireworksRule.BAN_ZONES, ("Binnenstad", " Griftpark ")),
    ))
    assert nye.opponent == "" and nye.match_risk_class is None and not nye.football.combi_regulation
    assert nye.fireworks.zones == ("Binnenstad", "Griftpark")


def test_lists_and_search_never_show_a_returning_offender(events):
    events.create(match())
    secret = events.create(match(
        kind=EventKind.OFFENDER_RETURN, title="Terugkeer K. Pietersen", location="Zamenhofdreef 1",
        district=District.OVERVECHT, organiser_organisation="Reclassering", permit_status=PermitStatus.NOT_REQUIRED,
    ))
    assert secret.title == "Terugkeer K. Pietersen"  # the dialog holds the facts
    rows = events.page(EventQuery())
    row = next(r for r in rows if r.id == secret.id)
    assert row.sensitive and row.title == secret.public_title and row.location == "" and row.organiser_organisation == ""
    assert "Pietersen" not in repr(row) and "Zamenhofdreef" not in repr(row)
    assert events.count(EventQuery(search="pietersen")) == 0
    assert events.count(EventQuery(search="zamenhofdreef")) == 0
    assert events.count(EventQuery(search="ajax")) == 1


def test_page_filters_and_sorts_in_sql(events):
    events.create(match())
    events.create(match(title="Koningsdag", kind=EventKind.KINGS_DAY, start_at=local(2026, 4, 27, 8), end_at=local(2026, 4, 27, 23)))
    assert [r.title for r in events.page(EventQuery(sort="start_at"))] == ["FC Utrecht – Ajax", "Koningsdag"]
    assert [r.title for r in events.page(EventQuery(kind=EventKind.KINGS_DAY))] == ["Koningsdag"]
    assert events.count(EventQuery(start_from=local(2026, 4, 6), start_to=local(2026, 5, 1))) == 1


def test_delete(events):
    record = events.create(match())
    events.delete(record.id)
    with pytest.raises(NotFound):
        events.get(record.id)


def test_scenarios_keep_their_lists_and_versions(database, fixed_now):
    scenarios = ScenarioService(database.factory, clock=lambda: fixed_now, user="tester")
    record = scenarios.create(ScenarioDraft(
        ScenarioKind.FLOODING, "Dijkdoorbraak Lek", grip_level="GRIP 4",
        affected_districts=(District.ZUID, District.ZUIDWEST, District.ZUID),
        disciplines=(Discipline.FIRE_SERVICE, Discipline.WATER_BOARD), partners=("HDSR", "Rijkswaterstaat"),
        population_care=(PopulationCareProcess.PUBLIC_CARE, PopulationCareProcess.CRISIS_COMMUNICATION),
        linked_plans=("https://example.nl/draaiboek-hoogwater.pdf",),
    ))
    assert record.affected_districts == (District.ZUID, District.ZUIDWEST)
    assert scenarios.get(record.id).partners == ("HDSR", "Rijkswaterstaat")
    exercise = scenarios.update(record.id, draft_from_scenario(record, exercise_only=True), record.version)
    assert exercise.exercise_only and exercise.version == 2
    with pytest.raises(ConcurrentEdit):
        scenarios.update(record.id, draft_from_scenario(record), record.version)
    with pytest.raises(ValidationFailed):
        scenarios.create(ScenarioDraft(ScenarioKind.CYBER, "X", grip_level="GRIP 7"))
    assert [s.title for s in scenarios.list(exercise_only=True)] == ["Dijkdoorbraak Lek"]
    assert scenarios.list(kind=ScenarioKind.CYBER) == []
