"""The same limits on SQLite and PostgreSQL, checked before the database (finding 12).

On PostgreSQL a 61-character phone number made Save do nothing and put a traceback
with the organiser's data on stderr; SQLite stored it. Now each service refuses text
longer than its column, NUL characters and moments outside 1900–2200 with
``ValidationFailed`` naming the field — on both databases alike — and saves nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from crisisdesk.db.models import Base
from crisisdesk.domain.checklists.records import ContactRecord, PartnerDraft
from crisisdesk.domain.scenarios.rules import ScenarioDraft, ScenarioKind
from crisisdesk.labels import error_message
from crisisdesk.services.checklists.partners import PartnerService
from crisisdesk.services.errors import ValidationFailed
from crisisdesk.services.events.service import EventService
from crisisdesk.services.scenarios.service import ScenarioService
from test_events import match
from test_notifications import draft

FAR_PAST = datetime(1, 1, 1, 12, tzinfo=UTC)
FAR_FUTURE = datetime(9999, 12, 31, 12, tzinfo=UTC)
JUST_BEFORE = datetime(1899, 12, 31, 12, tzinfo=UTC)
JUST_AFTER = datetime(2201, 1, 1, 12, tzinfo=UTC)

NOTIFICATION_CASES = {
    "phone 61": dict(organiser_phone="0" * 61),
    "phone 51": dict(organiser_phone="0" * 51),
    "name 201": dict(organiser_name="N" * 201),
    "address 301": dict(organiser_address="A" * 301),
    "email 201": dict(organiser_email="a" * 190 + "@example.nl"),
    "organisation 201": dict(organiser_organisation="O" * 201),
    "location 301": dict(location="L" * 301),
    "route start 301": dict(route_start="R" * 301),
    "NUL in purpose": dict(purpose="Woningnood\x00"),
    "NUL in name": dict(organiser_name="Jan\x00sen"),
    "NUL in location": dict(location="\x00"),
    "NUL in measures": dict(organiser_measures="stewards\x00"),
    "start year 1": dict(start_at=FAR_PAST),
    "end year 9999": dict(end_at=FAR_FUTURE),
    "received year 1": dict(received_at=FAR_PAST),
    "start 1899": dict(start_at=JUST_BEFORE),
    "start 2201": dict(start_at=JUST_AFTER, end_at=JUST_AFTER),
    "received 9999": dict(received_at=FAR_FUTURE),
}
EVENT_CASES = {
    "title 301": dict(title="T" * 301),
    "phone 61": dict(organiser_phone="0" * 61),
    "opponent 201": dict(opponent="O" * 201),
    "NUL in title": dict(title="Ajax\x00"),
    "start year 1": dict(start_at=FAR_PAST),
    "end year 9999": dict(end_at=FAR_FUTURE),
    "permit applied 1899": dict(permit_applied_at=JUST_BEFORE),
}
PARTNER_CASES = {
    "phone 61": PartnerDraft("Testpartner", phone="0" * 61),
    "name 201": PartnerDraft("P" * 201),
    "NUL in role": PartnerDraft("Testpartner", role="rol\x00"),
    "contact phone 61": PartnerDraft("Testpartner", contacts=(ContactRecord(None, "Anna", phone="0" * 61),)),
    "contact 24h phone 61": PartnerDraft("Testpartner", contacts=(ContactRecord(None, "Anna", phone_24h="0" * 61),)),
    "contact name 201": PartnerDraft("Testpartner", contacts=(ContactRecord(None, "A" * 201),)),
    "NUL in contact": PartnerDraft("Testpartner", contacts=(ContactRecord(None, "An\x00na"),)),
}
SCENARIO_CASES = {
    "title 301": ScenarioDraft(ScenarioKind.CYBER, "T" * 301),
    "NUL in title": ScenarioDraft(ScenarioKind.CYBER, "Storing\x00"),
}


def row_counts(database) -> dict[str, int]:
    with database.factory() as session:
        return {table.name: session.scalar(select(func.count()).select_from(table)) for table in Base.metadata.sorted_tables}


def _refused(database, save) -> ValidationFailed:
    before = row_counts(database)
    with pytest.raises(ValidationFailed) as caught:
        save()
    assert row_counts(database) == before
    for error in caught.value.errors:
        assert error_message(error)  # words for every code, never a KeyError
    return caught.value


@pytest.mark.parametrize("case", list(NOTIFICATION_CASES))
def test_notification_values_no_database_stores_alike(database, service, case):
    existing = service.create(draft())
    changes = NOTIFICATION_CASES[case]
    _refused(database, lambda: service.create(draft(**changes)))
    _refused(database, lambda: service.update(existing.id, draft(**changes), expected_version=existing.version))
    assert service.get(existing.id) == existing


def test_a_61_character_phone_names_the_field_and_its_limit(database, service):
    error = _refused(database, lambda: service.create(draft(organiser_phone="0" * 61)))
    assert [(e.field, e.code, e.params) for e in error.errors] == [("organiser_phone", "text_too_long", {"max": 50})]


@pytest.mark.parametrize("case", list(EVENT_CASES))
def test_event_values(database, fixed_now, case):
    events = EventService(database.factory, clock=lambda: fixed_now, user="tester")
    _refused(database, lambda: events.create(replace(match(), **EVENT_CASES[case])))


@pytest.mark.parametrize("case", list(PARTNER_CASES))
def test_partner_values(database, fixed_now, case):
    partners = PartnerService(database.factory, clock=lambda: fixed_now, user="tester")
    _refused(database, lambda: partners.save(PARTNER_CASES[case]))


@pytest.mark.parametrize("case", list(SCENARIO_CASES))
def test_scenario_values(database, fixed_now, case):
    scenarios = ScenarioService(database.factory, clock=lambda: fixed_now, user="tester")
    _refused(database, lambda: scenarios.create(SCENARIO_CASES[case]))


def test_values_at_the_limits_are_stored_alike(database, service):
    record = service.create(draft(organiser_phone="0" * 50, organiser_name="N" * 200, location="L" * 300))
    assert (len(record.organiser_phone), len(record.organiser_name), len(record.location)) == (50, 200, 300)
