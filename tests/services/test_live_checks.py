"""The notification dialog's live checks: the same clashes as the service, in one statement."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from random import Random

import pytest
from sqlalchemy import event, select

from crisisdesk.db.models import Event, Notification
from crisisdesk.demo import seed_demo
from crisisdesk.demo.events import seed_demo_events
from crisisdesk.domain.enums import District
from crisisdesk.services.register.live_checks import LiveChecks
from crisisdesk.services.register.notifications import NotificationService
from crisisdesk.services.settings import CLASH_BUFFER_MINUTES, RULE_SET, SettingsService

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


@pytest.fixture
def seeded(database):
    seed_demo(database.factory, 400, seed=7, now=NOW)
    seed_demo_events(database.factory, seed=7, now=NOW, extra=60)
    return NotificationService(database.factory, clock=lambda: NOW, user="tester")


@pytest.fixture
def statements(database):
    seen: list[str] = []

    def count(_conn, _cursor, statement, _params, _context, _many) -> None:
        seen.append(statement)

    event.listen(database.engine, "before_cursor_execute", count)
    yield seen
    event.remove(database.engine, "before_cursor_execute", count)


def probes(service: NotificationService, count: int):
    """Facts as typed in the dialog: existing rows' times and places, shifted and mixed."""
    rng = Random(3)
    with service.factory() as session:
        rows = session.execute(select(Notification.id, Notification.start_at, Notification.end_at, Notification.district,
                                      Notification.location, Notification.counter_to_id)).all()
        events = session.execute(select(Event.start_at, Event.end_at, Event.district, Event.location)).all()
    for number in range(count):
        ident, start, end, district, location, counter = rng.choice(rows)
        if number % 4 == 1:
            start, end, district, location = rng.choice(events)
        shift = timedelta(minutes=rng.choice((-90, -30, 0, 45, 120)))
        yield dict(
            start_at=start + shift, end_at=end + shift,
            district=rng.choice((district, None, District.OOST)),
            location=rng.choice((location, location.upper() + " ", "", "Ergens anders")),
            exclude_id=ident if number % 3 == 0 else None,
            counter_to_id=counter if counter and number % 2 else (rng.choice(rows)[0] if number % 5 == 0 else None),
        )


def test_live_clashes_are_the_services_clashes(seeded):
    live = LiveChecks(seeded)
    found_any = 0
    for facts in probes(seeded, 150):
        expected = seeded.find_clashes(**facts, include_events=True)
        answer = live.clashes(**facts)
        assert answer.clashes == expected, facts
        found_any += bool(expected)
        if facts["counter_to_id"] is not None:
            assert answer.counter_title == seeded.titles([facts["counter_to_id"]]).get(facts["counter_to_id"])
    assert found_any > 30  # the probes do hit clashes of every kind


def test_settings_once_per_dialog_then_one_statement_per_pause(seeded, database, statements):
    SettingsService(database.factory).set(CLASH_BUFFER_MINUTES, "90")
    live = LiveChecks(seeded)
    facts = next(probes(seeded, 1))
    statements.clear()
    live.term_check(facts["start_at"], facts["start_at"] - timedelta(days=3))
    live.clashes(**facts)
    assert len(statements) == 2  # the settings (both), then the clashes with the counter's title
    for facts in probes(seeded, 20):
        statements.clear()
        live.term_check(facts["start_at"], facts["start_at"] - timedelta(days=3))
        live.clashes(**facts)
        assert len(statements) == 1


def test_the_cached_settings_are_the_chosen_rule_set_and_buffer(seeded, database):
    from crisisdesk.services.settings import write_setting

    with database.factory.begin() as session:
        write_setting(session, CLASH_BUFFER_MINUTES, "15")
        write_setting(session, RULE_SET, "no-such-rule-set")
    settings = LiveChecks(seeded).settings()
    assert settings.clash_buffer_minutes == 15
    assert settings.rule_set == seeded.chosen_rule_set()  # an unknown name falls back as in the service
    start = datetime(2026, 5, 4, 12, tzinfo=UTC)
    received = start - timedelta(hours=30)
    assert LiveChecks(seeded).term_check(start, received) == seeded.term_check(start, received)


def test_a_longer_item_saved_after_the_dialog_opened_is_still_found(seeded, statements):
    from dataclasses import replace

    from test_notifications import draft

    live = LiveChecks(seeded)
    longest = live.settings().longest["notification"]
    start = datetime(2026, 6, 1, 8, tzinfo=UTC)
    long_one = seeded.create(replace(draft(), start_at=start - timedelta(minutes=longest + 600),
                                     end_at=start + timedelta(hours=1), received_at=datetime(2026, 3, 1, tzinfo=UTC)))
    statements.clear()
    answer = live.clashes(start, start + timedelta(hours=2), long_one.district, long_one.location)
    assert long_one.id in [c.other_id for c in answer.clashes]
    assert len(statements) == 2  # the bound had moved: read once more with it
    statements.clear()
    live.clashes(start, start + timedelta(hours=2), long_one.district, long_one.location)
    assert len(statements) == 1
