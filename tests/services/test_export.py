"""ICS for Outlook and CSV for Dutch Excel, read back with icalendar and the csv module."""

from __future__ import annotations

import csv
import io
from datetime import datetime

import pytest
from icalendar import Calendar

from crisisdesk.domain.enums import District, ManifestationKind, PlaceType
from crisisdesk.domain.events.rules import EventDraft, EventKind, EventStatus
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.i18n import translate
from crisisdesk.services.events.service import EventService, draft_from_event
from crisisdesk.services.documents.export import collect, csv_bytes, export_file, ics_bytes
from crisisdesk.services.register.notifications import draft_from_record

MONTH = (datetime(2026, 3, 1, tzinfo=AMSTERDAM), datetime(2026, 4, 1, tzinfo=AMSTERDAM))


def local(*args) -> datetime:
    return datetime(*args, tzinfo=AMSTERDAM)


@pytest.fixture
def filled(database, service, fixed_now):
    events = EventService(database.factory, clock=lambda: fixed_now, user="tester")
    notification = service.create(NotificationDraft(
        kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC, purpose="Klimaatmars", start_at=local(2026, 3, 16, 10),
        end_at=local(2026, 3, 16, 12), location="Domplein", district=District.BINNENSTAD, received_at=local(2026, 3, 12, 9),
        organiser_name="Jan Jansen", organiser_email="jan@example.nl", organiser_organisation="Klimaatcollectief",
    ))
    # The night the clocks go forward: 01:30 CET to 04:00 CEST is 1.5 hours.
    night = events.create(EventDraft(
        kind=EventKind.EVENT, title="Nachtfestival", start_at=local(2026, 3, 29, 1, 30), end_at=local(2026, 3, 29, 4, 0),
        location="Jaarbeursplein", district=District.WEST, organiser_name="P. Pietersen", organiser_phone="06-00000001",
    ))
    secret = events.create(EventDraft(
        kind=EventKind.OFFENDER_RETURN, title="Terugkeer K. de Boer", start_at=local(2026, 3, 20, 9),
        end_at=local(2026, 3, 20, 10), location="Zamenhofdreef 1", district=District.OVERVECHT, description="adres bekend bij politie",
    ))
    return database, service, events, notification, night, secret


def test_ics_round_trip_with_amsterdam_times_and_stable_uids(filled):
    database, service, events, notification, night, secret = filled
    first = Calendar.from_ical(ics_bytes(collect(database.factory, *MONTH)))
    entries = {str(e["UID"]): e for e in first.walk("VEVENT")}
    assert set(entries) == {f"notification-{notification.id}@crisisdesk", f"event-{night.id}@crisisdesk", f"event-{secret.id}@crisisdesk"}
    assert [str(z["TZID"]) for z in first.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    mars = entries[f"notification-{notification.id}@crisisdesk"]
    assert mars["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert mars.decoded("DTSTART") == local(2026, 3, 16, 10)
    assert str(mars["SUMMARY"]) == "Klimaatmars" and int(mars["SEQUENCE"]) == 0
    dst = entries[f"event-{night.id}@crisisdesk"]
    start, end = dst.decoded("DTSTART"), dst.decoded("DTEND")
    assert (start.utcoffset().total_seconds(), end.utcoffset().total_seconds()) == (3600, 7200)
    assert end.timestamp() - start.timestamp() == 1.5 * 3600

    # An edit keeps the UID and raises SEQUENCE, so Outlook updates instead of duplicating.
    service.update(notification.id, draft_from_record(notification, purpose="Grote klimaatmars"), notification.version)
    events.update(night.id, draft_from_event(night, status=EventStatus.CANCELLED), night.version)
    second = {str(e["UID"]): e for e in Calendar.from_ical(ics_bytes(collect(database.factory, *MONTH))).walk("VEVENT")}
    assert set(second) == set(entries)
    assert str(second[f"notification-{notification.id}@crisisdesk"]["SUMMARY"]) == "Grote klimaatmars"
    assert int(second[f"notification-{notification.id}@crisisdesk"]["SEQUENCE"]) == 1
    assert str(second[f"event-{night.id}@crisisdesk"]["STATUS"]) == "CANCELLED"


def test_no_personal_data_by_default_and_never_details_of_a_returning_offender(filled):
    database, *_ , secret = filled
    plain = ics_bytes(collect(database.factory, *MONTH)).decode()
    for personal in ("Jan Jansen", "jan@example.nl", "Klimaatcollectief", "Pietersen", "06-00000001"):
        assert personal not in plain
    asked = ics_bytes(collect(database.factory, *MONTH, include_personal_data=True)).decode().replace("\r\n ", "")
    assert "Jan Jansen" in asked and "06-00000001" in asked
    for text in (plain, asked, csv_bytes(collect(database.factory, *MONTH, include_personal_data=True), True).decode("utf-8-sig")):
        assert "de Boer" not in text and "Zamenhofdreef" not in text and "politie" not in text
    assert secret.public_title in plain


def test_csv_opens_in_dutch_excel(filled, tmp_path):
    database, *_ = filled
    path = tmp_path / "maart.csv"
    assert export_file(database.factory, "csv", path, *MONTH) == 3
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=";"))
    assert rows[0][:4] == [translate("Export", "Type"), translate("Export", "Number"), translate("Export", "Kind"), translate("Export", "Title")]
    assert len(rows) == 1 + 3
    mars = next(r for r in rows if r[3] == "Klimaatmars")
    assert mars[4:8] == ["16-03-2026 10:00", "16-03-2026 12:00", "Domplein", "Binnenstad"]
    night = next(r for r in rows if r[3] == "Nachtfestival")
    assert night[4:6] == ["29-03-2026 01:30", "29-03-2026 04:00"]


def test_a_selection_exports_only_the_chosen_items(filled):
    database, _, _, _notification, night, _ = filled
    items = collect(database.factory, *MONTH, selection=[("event", night.id), ("notification", 999)])
    assert [(i.kind, i.id) for i in items] == [("event", night.id)]


def test_formula_like_text_is_not_run_by_excel(database, service):
    service.create(NotificationDraft(
        kind=ManifestationKind.MEETING, place_type=PlaceType.PUBLIC, purpose="=HYPERLINK(\"x\")", start_at=local(2026, 3, 16, 10),
        end_at=local(2026, 3, 16, 12), location="Neude", district=District.BINNENSTAD, received_at=local(2026, 3, 12, 9),
        organiser_name="X",
    ))
    rows = list(csv.reader(io.StringIO(csv_bytes(collect(database.factory, *MONTH)).decode("utf-8-sig")), delimiter=";"))
    assert rows[1][3] == "'=HYPERLINK(\"x\")"
