"""The notification register service: saving, the term, clashes, paging, errors."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, text

from crisisdesk.db.models import Notification
from crisisdesk.domain.enums import Decision, DecisionGround, District, ManifestationKind, PlaceType, Risk, Status
from crisisdesk.domain.register.decisions import Measure
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.services.errors import ConcurrentEdit, StorageUnavailable, ValidationFailed
from crisisdesk.services.register.notifications import NotificationService, draft_from_record
from crisisdesk.services.register.query import RegisterQuery
from crisisdesk.services.settings import CLASH_BUFFER_MINUTES, RULE_SET, SettingsService
from decision_helpers import decided


def local(*args) -> datetime:
    return datetime(*args, tzinfo=AMSTERDAM)


def draft(**changes) -> NotificationDraft:
    base = NotificationDraft(
        kind=ManifestationKind.DEMONSTRATION,
        place_type=PlaceType.PUBLIC,
        purpose="Aandacht voor woningnood",
        start_at=local(2026, 3, 16, 10, 0),
        end_at=local(2026, 3, 16, 12, 0),
        location="Domplein",
        district=District.BINNENSTAD,
        received_at=local(2026, 3, 14, 9, 0),
        organiser_name="J. Jansen",
        organiser_organisation="Actiecomité Woonlasten",
        expected_participants=150,
    )
    return replace(base, **changes)


def test_worked_example_is_late_under_utrecht_48_working_day_noon(service):
    record = service.create(draft())
    assert record.rule_name == "Utrecht 48 uur"
    assert record.notice_deadline == local(2026, 3, 12, 12, 0)  # Monday: 12:00 two working days before
    assert record.on_time is False
    assert record.status == Status.RECEIVED
    assert [(c.from_status, c.to_status, c.changed_by) for c in record.history] == [(None, Status.RECEIVED, "tester")]


def test_on_time_when_received_early_enough(service):
    record = service.create(draft(received_at=local(2026, 3, 12, 12, 0)))
    assert record.on_time is True  # exactly at the deadline is on time


def test_times_are_stored_in_utc_and_come_back_aware(service, database):
    record = service.create(draft())
    with database.engine.connect() as connection:
        raw = connection.execute(text("select start_at from notification")).scalar_one()
    assert str(raw).startswith("2026-03-16 09:00")  # 10:00 CET is 09:00 UTC
    assert record.start_at.tzinfo is not None
    assert record.start_at == local(2026, 3, 16, 10, 0)


def test_rule_follows_the_received_date_and_the_chosen_rule_set(service, database):
    old = service.create(draft(start_at=local(2020, 5, 7, 14, 0), end_at=local(2020, 5, 7, 16, 0), received_at=local(2020, 5, 6, 12, 0)))
    assert old.rule_name == "Utrecht 24 uur"
    assert old.on_time is True  # a Thursday, 26 hours before: fine under the old 24-hour rule
    SettingsService(database.factory).set(RULE_SET, "Model-APV 48 uur (vrijdag 12:00)")
    modern = service.create(draft())
    assert modern.rule_name == "Model-APV 48 uur (vrijdag 12:00)"
    assert modern.notice_deadline == local(2026, 3, 13, 12, 0)


def test_validation_errors_save_nothing(service):
    bad = draft(end_at=local(2026, 3, 16, 9, 0), purpose="  ", expected_participants=5_000_000)
    with pytest.raises(ValidationFailed) as caught:
        service.create(bad)
    codes = {(e.field, e.code) for e in caught.value.errors}
    assert ("end_at", "end_before_start") in codes
    assert ("purpose", "required") in codes
    assert ("expected_participants", "participants_absurd") in codes
    assert service.count(RegisterQuery()) == 0


def test_received_in_the_future_is_refused(service, fixed_now):
    with pytest.raises(ValidationFailed) as caught:
        service.create(draft(received_at=fixed_now + timedelta(hours=2)))
    assert [e.code for e in caught.value.errors] == ["in_future"]


def test_no_advance_measures_in_a_non_public_place_and_only_art_2_interests(service):
    with pytest.raises(ValidationFailed) as caught:
        service.create(draft(place_type=PlaceType.NON_PUBLIC, **decided(Decision.CONDITIONS)))
    assert ("decision", "no_advance_measures_non_public") in {(e.field, e.code) for e in caught.value.errors}
    late_as_interest = (Measure("Route via Lucasbolwerk.", (DecisionGround.LATE_NOTIFICATION,)),)
    with pytest.raises(ValidationFailed) as caught:
        service.create(draft(**decided(Decision.CONDITIONS, decision_measures=late_as_interest)))
    assert [(e.field, e.code) for e in caught.value.errors] == [("decision_measures", "measure_interest_not_allowed")]
    assert service.create(draft(place_type=PlaceType.NON_PUBLIC, **decided(Decision.NO_MEASURES))).decision == Decision.NO_MEASURES


def test_status_workflow_is_kept_with_user_and_time(service, database, fixed_now):
    record = service.create(draft())
    record = service.update(record.id, draft_from_record(record, status=Status.IN_PROGRESS, status_note="politie gebeld"), record.version)
    record = service.update(
        record.id,
        draft_from_record(record, status=Status.DECIDED, **decided(Decision.CONDITIONS, decided_by="burgemeester")),
        record.version,
    )
    assert [c.to_status for c in record.history] == [Status.RECEIVED, Status.IN_PROGRESS, Status.DECIDED]
    assert record.history[1].note == "politie gebeld"
    assert record.history[2].changed_at == fixed_now
    assert record.decided_by == "burgemeester"
    assert record.decided_at == fixed_now
    assert record.version == 3


def test_decided_status_requires_a_decision(service):
    record = service.create(draft())
    with pytest.raises(ValidationFailed) as caught:
        service.update(record.id, draft_from_record(record, status=Status.DECIDED), record.version)
    assert caught.value.errors[0].code == "decision_required"


def test_closed_cannot_jump_back_to_received(service):
    record = service.create(draft(status=Status.CLOSED, **decided(Decision.NO_MEASURES)))
    with pytest.raises(ValidationFailed) as caught:
        service.update(record.id, draft_from_record(record, status=Status.RECEIVED), record.version)
    assert caught.value.errors[0].code == "transition_not_allowed"


def test_late_acceptance_needs_reason_and_who(service):
    with pytest.raises(ValidationFailed):
        service.create(draft(late_accepted=True))
    record = service.create(draft(late_accepted=True, late_accepted_reason="Spontane reactie op actualiteit", late_accepted_by="burgemeester"))
    assert record.late_accepted and record.on_time is False
    assert record.late_accepted_at is not None


def test_concurrent_edit_is_refused_not_overwritten(service, database, fixed_now):
    record = service.create(draft())
    other_desk = NotificationService(database.factory, clock=lambda: fixed_now, user="collega")
    other_desk.update(record.id, draft_from_record(record, purpose="Gewijzigd door collega"), record.version)
    with pytest.raises(ConcurrentEdit):
        service.update(record.id, draft_from_record(record, purpose="Mijn wijziging"), record.version)
    assert service.get(record.id).purpose == "Gewijzigd door collega"


def test_clashes_same_district_same_place_and_buffer_edges(service, database):
    first = service.create(draft())  # Domplein 10:00-12:00
    # Same wijk, starts 12:30: within the default 1 h buffer after 12:00 -> clash.
    clashes = service.find_clashes(local(2026, 3, 16, 12, 30), local(2026, 3, 16, 14, 0), District.BINNENSTAD, "Neude")
    assert [(c.other_id, c.reason) for c in clashes] == [(first.id, "same_district")]
    # One minute short of the buffer still clashes; exactly one hour after the end only
    # touches the buffered window, and touching is no clash (before the start likewise).
    assert service.find_clashes(local(2026, 3, 16, 12, 59), local(2026, 3, 16, 14, 0), District.BINNENSTAD, "Neude")
    assert service.find_clashes(local(2026, 3, 16, 13, 0), local(2026, 3, 16, 14, 0), District.BINNENSTAD, "Neude") == []
    assert service.find_clashes(local(2026, 3, 16, 8, 0), local(2026, 3, 16, 9, 0), District.BINNENSTAD, "Neude") == []
    assert service.find_clashes(local(2026, 3, 16, 8, 0), local(2026, 3, 16, 9, 1), District.BINNENSTAD, "Neude")
    # The same place in another wijk field (typing variant) -> clash by place.
    by_place = service.find_clashes(local(2026, 3, 16, 11, 0), local(2026, 3, 16, 12, 0), District.OOST, "  domplein ")
    assert [(c.other_id, c.reason) for c in by_place] == [(first.id, "same_place")]
    # Another wijk, other place: nothing.
    assert service.find_clashes(local(2026, 3, 16, 11, 0), local(2026, 3, 16, 12, 0), District.OOST, "Griftpark") == []
    # A buffer of 0 makes 12:30 free.
    SettingsService(database.factory).set(CLASH_BUFFER_MINUTES, "0")
    assert service.find_clashes(local(2026, 3, 16, 12, 30), local(2026, 3, 16, 13, 0), District.BINNENSTAD, "Neude") == []


def test_long_manifestation_found_by_index_window(service):
    camp = service.create(draft(start_at=local(2026, 3, 16, 10, 0), end_at=local(2026, 3, 26, 10, 0), purpose="Tentenkamp"))
    clashes = service.find_clashes(local(2026, 3, 24, 14, 0), local(2026, 3, 24, 15, 0), District.BINNENSTAD, "Neude")
    assert [c.other_id for c in clashes] == [camp.id]


def test_counter_demonstration_clashes_both_ways(service):
    first = service.create(draft())
    counter = service.create(draft(purpose="Tegengeluid", district=District.OOST, location="Wilhelminapark",
                                   start_at=local(2026, 3, 20, 10, 0), end_at=local(2026, 3, 20, 11, 0), counter_to_id=first.id))
    assert [(c.other_id, c.reason) for c in service.clashes_of(counter.id)] == [(first.id, "counter_to")]
    assert [(c.other_id, c.reason) for c in service.clashes_of(first.id)] == [(counter.id, "countered_by")]


def test_withdrawn_notifications_do_not_clash(service):
    first = service.create(draft(status=Status.WITHDRAWN))
    assert service.find_clashes(local(2026, 3, 16, 10, 0), local(2026, 3, 16, 11, 0), District.BINNENSTAD, "Domplein") == []
    assert first.status == Status.WITHDRAWN


def test_page_filters_search_and_sort_in_the_database(service):
    for day in range(1, 11):
        service.create(draft(
            purpose=f"Demonstratie {day}", start_at=local(2026, 4, day, 14, 0), end_at=local(2026, 4, day, 15, 0),
            received_at=local(2026, 3, 1, 9, 0),
            district=District.OOST if day % 2 else District.WEST, risk=Risk.HIGH if day == 3 else Risk.LOW,
        ))
    service.create(draft(purpose="Klimaatmars 100%", organiser_organisation="Stichting Groen_Utrecht"))
    assert service.count(RegisterQuery()) == 11
    rows = service.page(RegisterQuery(sort="start_at", descending=False), 0, 3)
    assert [r.purpose for r in rows] == ["Klimaatmars 100%", "Demonstratie 1", "Demonstratie 2"]
    assert [r.purpose for r in service.page(RegisterQuery(), 0, 2)] == ["Demonstratie 10", "Demonstratie 9"]
    assert [r.purpose for r in service.page(RegisterQuery(), 10, 5)] == ["Klimaatmars 100%"]
    assert service.count(RegisterQuery(district=District.WEST)) == 5
    assert [r.purpose for r in service.page(RegisterQuery(risk=Risk.HIGH))] == ["Demonstratie 3"]
    assert [r.purpose for r in service.page(RegisterQuery(late_only=True))] == ["Klimaatmars 100%"]
    assert service.count(RegisterQuery(search="KLIMAAT groen")) == 1
    assert service.count(RegisterQuery(search="100%")) == 1
    assert service.count(RegisterQuery(search="groen_utrecht")) == 1
    assert service.count(RegisterQuery(search="_")) == 1  # wildcards are taken literally
    assert service.count(RegisterQuery(start_from=local(2026, 4, 5, 0, 0), start_to=local(2026, 4, 8, 0, 0))) == 3


def test_search_leaves_out_personal_data(service):
    service.create(draft(organiser_name="Pietje Puk", organiser_email="pietje@example.nl"))
    assert service.count(RegisterQuery(search="Puk")) == 0


def test_read_only_database_gives_storage_error_and_keeps_data(tmp_path, fixed_now):
    from crisisdesk.db.database import open_database

    path = tmp_path / "ro.sqlite"
    db = open_database(f"sqlite:///{path}")
    NotificationService(db.factory, clock=lambda: fixed_now).create(draft())
    db.dispose()
    readonly = open_database(f"sqlite:///file:{path}?mode=ro&uri=true", migrate=False)
    service = NotificationService(readonly.factory, clock=lambda: fixed_now)
    with pytest.raises(StorageUnavailable) as caught:
        service.create(draft(purpose="Tweede"))
    assert caught.value.reason == "read_only"
    assert service.count(RegisterQuery()) == 1
    readonly.dispose()


@pytest.mark.sqlite_only  # SQLite's file lock; PostgreSQL locks rows
def test_locked_database_gives_storage_error(database, fixed_now, monkeypatch):
    import crisisdesk.db.engine as engine_module

    blocker = database.engine.raw_connection()
    blocker.execute("BEGIN EXCLUSIVE")  # another desk holds the write lock
    try:
        monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 100)  # do not wait 5 s here
        engine = engine_module.make_engine(database.url)
        desk = NotificationService(engine_module.make_session_factory(engine), clock=lambda: fixed_now)
        with pytest.raises(StorageUnavailable) as caught:
            desk.create(draft())
        engine.dispose()
        assert caught.value.reason == "locked"
    finally:
        blocker.rollback()
        blocker.close()
    assert NotificationService(database.factory).count(RegisterQuery()) == 0


def test_delete_removes_history_too(service, database):
    record = service.create(draft())
    service.delete(record.id)
    with database.factory() as session:
        assert session.scalars(select(Notification)).all() == []
