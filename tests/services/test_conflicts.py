"""Two desks on one database (SQLite and PostgreSQL): nothing is overwritten silently."""

from __future__ import annotations

import pytest

from crisisdesk.db.database import open_database
from crisisdesk.domain.enums import Risk
from crisisdesk.services.conflicts import differences
from crisisdesk.services.errors import ConcurrentEdit
from crisisdesk.services.register.notifications import NotificationService, draft_from_record
from test_notifications import draft


@pytest.fixture
def two_desks(database, fixed_now):
    """Two services with their own engines (connections) on the same database."""
    other = open_database(database.url)
    yield (
        NotificationService(database.factory, clock=lambda: fixed_now, user="advisor_a"),
        NotificationService(other.factory, clock=lambda: fixed_now, user="advisor_b"),
    )
    other.dispose()


def test_second_save_over_a_newer_version_is_refused_and_shows_what_changed(two_desks):
    desk_a, desk_b = two_desks
    opened = desk_a.create(draft())
    seen_by_b = desk_b.get(opened.id)
    desk_a.update(opened.id, draft_from_record(opened, purpose="Woningnood nu", risk=Risk.HIGH), opened.version)

    mine = draft_from_record(seen_by_b, purpose="Woningnood Utrecht", expected_participants=300)
    with pytest.raises(ConcurrentEdit) as caught:
        desk_b.update(seen_by_b.id, mine, seen_by_b.version)
    assert (caught.value.expected, caught.value.actual) == (1, 2)
    theirs = desk_b.get(opened.id)
    assert theirs.purpose == "Woningnood nu" and theirs.updated_by == "advisor_a"

    found = {d.field: d for d in differences(mine, theirs, seen_by_b)}
    assert set(found) == {"purpose", "risk", "expected_participants"}
    assert (found["purpose"].changed_by_me, found["purpose"].changed_by_them) == (True, True)  # a real clash
    assert (found["risk"].changed_by_me, found["risk"].changed_by_them) == (False, True)
    assert (found["risk"].mine, found["risk"].theirs) == (Risk.UNKNOWN, Risk.HIGH)
    assert (found["expected_participants"].changed_by_me, found["expected_participants"].changed_by_them) == (True, False)


def test_overwrite_is_a_deliberate_save_over_the_version_seen(two_desks):
    desk_a, desk_b = two_desks
    opened = desk_a.create(draft())
    desk_a.update(opened.id, draft_from_record(opened, purpose="Van A"), opened.version)
    theirs = desk_b.get(opened.id)
    saved = desk_b.update(opened.id, draft_from_record(opened, purpose="Van B"), theirs.version)
    assert (saved.purpose, saved.version, saved.updated_by) == ("Van B", 3, "advisor_b")
    assert desk_a.get(opened.id).purpose == "Van B"  # the other desk sees it at once


def test_identical_entries_have_no_differences(service):
    record = service.create(draft())
    assert differences(draft_from_record(record), record, record) == []
