"""The rules a Wom decision must meet before it is saved (and so before a letter)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from crisisdesk.domain.enums import BanGround, Capacity, Decision, DecisionGround, MadeKnownChannel, PlaceType
from crisisdesk.domain.register.decisions import (
    DecisionParts,
    Measure,
    allowed_decisions,
    check_decision,
    unconfirmed_content_measures,
)

NOW = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)
RECEIVED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
ROUTE = Measure("De optocht volgt de route Janskerkhof – Lucasbolwerk.", (DecisionGround.TRAFFIC,))


def complete(kind: Decision, **changes) -> DecisionParts:
    parts = DecisionParts(
        decision=kind, place_type=PlaceType.PUBLIC, decision_date=date(2026, 3, 12), decided_by="A. de Vries",
        decided_capacity=Capacity.MAYOR, received_at=RECEIVED, on_time=True,
    )
    if kind in (Decision.CONDITIONS, Decision.RESTRICTIONS):
        parts = replace(parts, measures=(ROUTE,), motivation="De Biltstraat is die middag afgesloten voor werk aan de tramlijn.")
    if kind == Decision.BAN:
        parts = replace(
            parts, motivation="Beide groepen hebben aangekondigd elkaar op te zoeken.", ban_ground=BanGround.INTEREST,
            ban_interests=(DecisionGround.DISORDER,), ban_alternatives="Een andere plaats is besproken en afgewezen.",
        )
    return replace(parts, **changes)


def codes(parts: DecisionParts) -> list[tuple[str, str]]:
    return [(e.field, e.code) for e in check_decision(parts, NOW)]


@pytest.mark.parametrize("kind", list(Decision))
def test_each_kind_complete_is_accepted(kind):
    assert codes(complete(kind)) == []


@pytest.mark.parametrize("kind", [Decision.CONDITIONS, Decision.RESTRICTIONS, Decision.BAN])
def test_a_measure_or_ban_needs_a_motivation(kind):
    assert ("decision_motivation", "motivation_required") in codes(complete(kind, motivation="  "))


def test_no_measures_needs_no_motivation_but_who_and_when():
    assert codes(complete(Decision.NO_MEASURES, decision_date=None, decided_by="", decided_capacity=None)) == [
        ("decision_date", "decision_date_required"), ("decided_by", "decider_required"),
        ("decided_capacity", "capacity_required"),
    ]


def test_measures_each_need_text_and_an_art_2_interest():
    assert codes(complete(Decision.CONDITIONS, measures=())) == [("decision_measures", "measures_required")]
    errors = check_decision(complete(Decision.RESTRICTIONS, measures=(ROUTE, Measure("Geen glas.", ()), Measure(" ", (DecisionGround.HEALTH,)))), NOW)
    assert [(e.code, e.params["number"]) for e in errors] == [("measure_interest_required", 2), ("measure_text_required", 3)]
    embassy = Measure("Afstand tot het consulaat.", (DecisionGround.NEAR_EMBASSY,))
    assert codes(complete(Decision.CONDITIONS, measures=(embassy,))) == [("decision_measures", "measure_interest_not_allowed")]


def test_a_ban_needs_its_ground_and_why_milder_measures_do_not_suffice():
    assert codes(complete(Decision.BAN, ban_ground=None)) == [("decision_ban_ground", "ban_ground_required")]
    assert codes(complete(Decision.BAN, ban_alternatives="")) == [("decision_ban_alternatives", "ban_alternatives_required")]
    assert codes(complete(Decision.BAN, ban_interests=())) == [("decision_ban_ground", "ban_interest_required")]
    assert codes(complete(Decision.BAN, ban_ground=BanGround.DATA_LATE)) == []


def test_a_ban_on_lateness_needs_the_weighing_and_a_late_notification():
    late = complete(Decision.BAN, ban_ground=BanGround.LATE, on_time=False)
    assert codes(late) == [("decision_lateness_weighing", "lateness_weighing_required")]
    weighed = replace(late, lateness_weighing="Zonder overleg was geen verkeersregelaar meer te regelen voor de A12-kruising.")
    assert codes(weighed) == []
    assert codes(replace(weighed, on_time=True)) == [("decision_ban_ground", "ban_late_but_on_time")]


def test_a_non_public_place_gets_no_advance_measures():
    assert allowed_decisions(PlaceType.NON_PUBLIC) == (Decision.NO_MEASURES,)
    for kind in (Decision.CONDITIONS, Decision.RESTRICTIONS, Decision.BAN):
        assert ("decision", "no_advance_measures_non_public") in codes(complete(kind, place_type=PlaceType.NON_PUBLIC))
    assert codes(complete(Decision.NO_MEASURES, place_type=PlaceType.NON_PUBLIC)) == []
    # Near an embassy the measures still rest on art. 5 with an art. 2 interest.
    assert codes(complete(Decision.CONDITIONS, place_type=PlaceType.NEAR_EMBASSY)) == []


def test_a_mandate_needs_the_officials_function():
    mandate = complete(Decision.CONDITIONS, decided_capacity=Capacity.MANDATE)
    assert codes(mandate) == [("decided_function", "mandate_function_required")]
    assert codes(replace(mandate, decided_function="teamleider Openbare Orde en Veiligheid")) == []


def test_the_decision_date_and_making_known():
    assert codes(complete(Decision.CONDITIONS, decision_date=date(2026, 3, 20))) == [("decision_date", "in_future")]
    assert codes(complete(Decision.CONDITIONS, decision_date=date(2026, 3, 9))) == [("decision_date", "decision_before_receipt")]
    known = complete(Decision.CONDITIONS, made_known_at=datetime(2026, 3, 12, 15, tzinfo=UTC))
    assert codes(known) == [("decision_made_known_how", "made_known_how_required")]
    assert codes(replace(known, made_known_how=MadeKnownChannel.EMAIL)) == []
    early = replace(known, made_known_how=MadeKnownChannel.EMAIL, made_known_at=datetime(2026, 3, 11, 15, tzinfo=UTC))
    assert codes(early) == [("decision_made_known_at", "made_known_before_decision")]


def test_a_measure_flagged_as_about_content_waits_for_the_advisors_note():
    flagged = Measure("Geen leuzen tegen de regering.", (DecisionGround.DISORDER,))
    assert unconfirmed_content_measures((ROUTE, flagged)) == [2]
    noted = replace(flagged, content_note="Herschreven: het gaat om geluid na 22:00, niet om wat er gezegd wordt.")
    assert unconfirmed_content_measures((ROUTE, noted)) == []
