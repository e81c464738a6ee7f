"""Event and scenario rules: permit term, validation, the neutral title, GRIP data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crisisdesk.domain.enums import District
from crisisdesk.domain.events.rules import (
    EventDraft,
    EventKind,
    EventStatus,
    FireworksRule,
    FireworksRules,
    FootballMeasures,
    PermitStatus,
    allowed_next_statuses,
    permit_decision_deadline,
    public_title,
    validate,
)
from crisisdesk.domain.scenarios.rules import ScenarioDraft, ScenarioKind, load_grip_levels
from crisisdesk.domain.scenarios.rules import validate as validate_scenario
from crisisdesk.domain.timeutil import local_to_aware, to_local
from crisisdesk.i18n import set_language, translate

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


def local(*args: int) -> datetime:
    return local_to_aware(datetime(*args))


def draft(**changes) -> EventDraft:
    values = dict(
        kind=EventKind.EVENT, title="Culturele zondag", start_at=local(2026, 6, 7, 12), end_at=local(2026, 6, 7, 18),
        location="Neude", district=District.BINNENSTAD,
    )
    values.update(changes)
    return EventDraft(**values)


def codes(errors) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in errors}


def test_permit_deadline_is_twelve_weeks_and_twelve_more_when_extended():
    applied = local(2026, 2, 2, 10, 0)
    assert to_local(permit_decision_deadline(applied, False)) == local(2026, 4, 27, 10, 0)
    assert to_local(permit_decision_deadline(applied, True)) == local(2026, 7, 20, 10, 0)
    assert permit_decision_deadline(None, False) is None


def test_permit_deadline_keeps_the_wall_clock_across_dst():
    applied = local(2026, 1, 5, 10, 0)  # winter time; the deadline lies in summer time
    deadline = permit_decision_deadline(applied, False)
    assert to_local(deadline).hour == 10
    assert deadline - applied == timedelta(weeks=12) - timedelta(hours=1)


def test_a_valid_event_has_no_errors_and_bad_input_is_named():
    assert validate(draft(), NOW) == []
    found = codes(validate(draft(title=" ", location="", district=None, end_at=local(2026, 6, 7, 11)), NOW))
    assert {("title", "required"), ("location", "required"), ("district", "required"), ("end_at", "end_before_start")} <= found
    assert ("expected_visitors", "visitors_too_few") in codes(validate(draft(expected_visitors=0), NOW))


def test_permit_fields_must_match_the_status():
    assert ("permit_applied_at", "required") in codes(validate(draft(permit_status=PermitStatus.APPLIED), NOW))
    granted = draft(permit_status=PermitStatus.GRANTED, permit_applied_at=local(2026, 1, 5, 9))
    assert ("permit_decided_at", "required") in codes(validate(granted, NOW))
    backwards = draft(permit_status=PermitStatus.GRANTED, permit_applied_at=local(2026, 1, 5, 9), permit_decided_at=local(2026, 1, 4, 9))
    assert ("permit_decided_at", "decided_before_applied") in codes(validate(backwards, NOW))


def test_football_needs_an_opponent_and_a_category_and_sane_measures():
    match = draft(kind=EventKind.FOOTBALL_MATCH, title="FC Utrecht – Ajax")
    assert {("opponent", "required"), ("match_risk_class", "required")} <= codes(validate(match, NOW))
    empty_stadium = draft(
        kind=EventKind.FOOTBALL_MATCH, opponent="Ajax", match_risk_class="C",
        football=FootballMeasures(without_public=True, max_away_supporters=500),
    )
    assert ("max_away_supporters", "without_public_has_supporters") in codes(validate(empty_stadium, NOW))


def test_fireworks_zones_must_be_named_for_a_zone_ban():
    nye = draft(kind=EventKind.NEW_YEARS_EVE, fireworks=FireworksRules(FireworksRule.BAN_ZONES, ("  ",)))
    assert ("fireworks_zones", "zones_required") in codes(validate(nye, NOW))
    ok = draft(kind=EventKind.NEW_YEARS_EVE, fireworks=FireworksRules(FireworksRule.BAN_ZONES, ("Binnenstad",)))
    assert validate(ok, NOW) == []


def test_a_returning_offender_only_ever_shows_a_neutral_title():
    sensitive = draft(kind=EventKind.OFFENDER_RETURN, title="Terugkeer J. Jansen naar Kanaleneiland")
    title = public_title(sensitive)
    assert "Jansen" not in title and "Kanaleneiland" not in title
    assert title == translate("Events", "Return of an offender (confidential)")
    assert public_title(draft()) == "Culturele zondag"
    set_language("en")
    try:
        assert public_title(sensitive) == "Return of an offender (confidential)"
    finally:
        set_language("nl")


def test_event_status_steps():
    assert EventStatus.CANCELLED in allowed_next_statuses(EventStatus.READY)
    assert EventStatus.CANCELLED not in allowed_next_statuses(EventStatus.DONE)
    assert allowed_next_statuses(EventStatus.CANCELLED) == (EventStatus.CANCELLED, EventStatus.REGISTERED)


def test_grip_levels_are_data_in_scale_up_order():
    levels = load_grip_levels()
    assert [level.code for level in levels] == ["GRIP 0", "GRIP 1", "GRIP 2", "GRIP 3", "GRIP 4", "GRIP 5", "GRIP Rijk"]
    assert levels[3].team == "GBT" and levels[1].team == "CoPI"


def test_scenario_rejects_an_unknown_grip_level():
    assert validate_scenario(ScenarioDraft(ScenarioKind.CYBER, "Ransomware", grip_level="GRIP 3")) == []
    errors = validate_scenario(ScenarioDraft(ScenarioKind.CYBER, "", grip_level="GRIP 9", partners=("",)))
    assert {("title", "required"), ("grip_level", "unknown_grip_level"), ("partners", "empty_entry")} == codes(errors)


@pytest.mark.parametrize("kind", list(EventKind))
def test_every_kind_has_a_label(kind):
    from crisisdesk.labels import label

    assert label(kind)
