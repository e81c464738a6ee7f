"""The audit trail in words: field names, codes, lists of codes, yes/no, moments and actions.

The trail stores codes ("traffic,disorder", "near_embassy", "true"); everything a person
sees of it — the dialog, the CSV export, the subject access — shows Dutch words instead.
"""

from __future__ import annotations

import csv
import re
from datetime import date, datetime, timedelta
from enum import Enum

import pytest
from sqlalchemy import JSON, Boolean, Date, select
from sqlalchemy import Enum as SAEnum

from crisisdesk import labels
from crisisdesk.db.audit import IGNORED_FIELDS, IGNORED_TYPES, encode
from crisisdesk.db.models import Base, Notification
from crisisdesk.db.types import UTCDateTime
from crisisdesk.domain.enums import (
    BanGround,
    Capacity,
    Channel,
    Decision,
    DecisionGround,
    District,
    MadeKnownChannel,
    ManifestationKind,
    PlaceType,
    Risk,
)
from crisisdesk.services.privacy.audit import CODE_LISTS, AuditRecord, AuditService, csv_row, value_text
from tests.factories import notification_draft

AUDITED_TABLES = [table for table in Base.metadata.sorted_tables
                  if table.name not in {model.__tablename__ for model in IGNORED_TYPES}]
# Codes that differ from their own words ("open" is Dutch too, "ghor" is in "GHOR").
ENUM_CODES = {str(member.value).lower() for member, _text in labels._LABEL_PAIRS
              if len(str(member.value)) > 1 and str(member.value).lower() not in re.findall(r"[\w-]+", labels.label(member).lower())
              } - {"late"}  # a Dutch word as well ("Te late kennisgeving")
SNAKE_CODE = re.compile(r"\b[a-z]+_[a-z_]+\b")


def raw_codes_in(text: str) -> list[str]:
    """The codes (enum values, snake_case names, true/false) that appear as words in ``text``."""
    words = re.findall(r"[\w-]+", text.lower())
    found = [w for w in words if w in ENUM_CODES | {"true", "false"}]
    return found + SNAKE_CODE.findall(text)


def line(record_type: str, field: str | None, old: str | None, new: str | None, action: str = "update") -> AuditRecord:
    return AuditRecord(1, datetime(2026, 3, 14, 9, 30).astimezone(), "tester", action, record_type, "12", field, old, new)


def test_raw_codes_are_found_by_the_check_itself():
    assert raw_codes_in("traffic,disorder") == ["traffic", "disorder"]
    assert raw_codes_in("near_embassy") == ["near_embassy", "near_embassy"]
    assert raw_codes_in("true") == ["true"]
    assert raw_codes_in("Verkeer; Wanordelijkheden") == []


@pytest.mark.parametrize("table", AUDITED_TABLES, ids=lambda t: t.name)
def test_every_audited_field_has_dutch_words(table):
    names = [c.name for c in table.columns if c.name not in IGNORED_FIELDS and c.name != "id"]
    assert [name for name in names if not labels.has_field_label(name)] == []
    assert labels.record_type_label(table.name) != table.name


def sample_values(table, column) -> list[object]:
    """Values of every kind a column holds, as Python objects (encoded as the trail does)."""
    kind = column.type
    if (table.name, column.name) in CODE_LISTS:
        members = list(CODE_LISTS[table.name, column.name])
        codes = [m.value for m in members]
        return [codes] if isinstance(kind, JSON) else [",".join(codes)]
    if isinstance(kind, SAEnum) and kind.enum_class is not None:
        return list(kind.enum_class)
    if isinstance(kind, Boolean):
        return [True, False]
    if isinstance(kind, UTCDateTime):
        return [datetime(2026, 7, 1, 12, 0).astimezone()]
    if isinstance(kind, Date):
        return [date(2026, 7, 1)]
    if column.name == "decision_measures":
        return [[{"text": "Route via de Catharijnesingel", "interests": ["traffic", "disorder"]}]]
    if column.name == "teams":
        return [[{"name": "GBT", "roles": ["voorzitter", "notulist"]}]]
    if column.name == "extra_holidays":
        return [["2026-05-05"]]
    if column.name == "method":
        return ["working_day_noon", "deadline_day"]
    return []


@pytest.mark.parametrize("table", AUDITED_TABLES, ids=lambda t: t.name)
def test_every_coded_value_is_shown_in_words(table):
    checked = 0
    for column in table.columns:
        for value in sample_values(table, column):
            text = value_text(line(table.name, column.name, encode(value), None), encode(value))
            assert text and raw_codes_in(text) == [], (column.name, value, text)
            if isinstance(value, Enum) and not isinstance(value, District):
                assert text == labels.label(value)
            checked += 1
    if any(isinstance(c.type, SAEnum | Boolean | UTCDateTime) for c in table.columns):
        assert checked


def test_lists_of_codes_are_labels_in_order():
    text = value_text(line("notification", "decision_grounds", None, "traffic,disorder"), "traffic,disorder")
    assert text == f"{labels.label(DecisionGround.TRAFFIC)}; {labels.label(DecisionGround.DISORDER)}"
    old_style = "[{'text': 'Geen geluid', 'interests': ['health'], 'content_note': ''}]"  # older entries: repr
    assert value_text(line("notification", "decision_measures", old_style, None), old_style) == (
        f"Geen geluid ({labels.label(DecisionGround.HEALTH)})")


def test_actions_records_and_exports_are_words():
    assert [labels.action_label(a) for a in ("create", "update", "delete", "anonymise")] == [
        "aangemaakt", "gewijzigd", "verwijderd", "geanonimiseerd (AVG)"]
    export = line("file", None, None, '{"path": "/tmp/inzage.pdf", "sha256": "ab", "what": "subject access"}', "export")
    row = csv_row(export)
    assert row[3:7] == ["bestand geëxporteerd", "Bestand #12", "", ""]
    assert row[7] == f"{labels.export_label('subject access')}: /tmp/inzage.pdf"
    assert not raw_codes_in(" ".join(row[3:]).replace("/tmp/inzage.pdf", ""))


def changed_notification(service, database) -> int:
    """A notification with a change of every kind: codes, lists of codes, yes/no, moments, dates, JSON."""
    record = service.create(notification_draft())
    with database.factory.begin() as session:
        session.info["user"] = "tester"
        row = session.get(Notification, record.id)
        row.kind = ManifestationKind.MEETING
        row.place_type = PlaceType.NEAR_EMBASSY
        row.risk = Risk.HIGH
        row.channel = Channel.POLICE
        row.decision = Decision.BAN
        row.decision_grounds = "traffic,disorder"
        row.decision_measures = [{"text": "Geen geluidsversterking", "interests": ["health"], "content_note": ""}]
        row.decision_ban_ground = BanGround.INTEREST
        row.decided_capacity = Capacity.DEPUTY_MAYOR
        row.decision_made_known_how = MadeKnownChannel.EMAIL
        row.late_accepted = True
        row.on_time = not row.on_time
        row.decided_at = row.received_at + timedelta(days=1)
        row.decision_date = date(2026, 3, 12)
        row.rule_name = "Utrecht 48 uur"
    return record.id


def test_the_trail_of_a_notification_shows_no_raw_code(service, database, tmp_path):
    notification_id = changed_notification(service, database)
    audit = AuditService(database.factory)
    entries = audit.entries("notification", notification_id)
    fields = {e.field for e in entries if e.field}
    assert {"place_type", "decision_grounds", "late_accepted", "decision_measures", "decision_date"} <= fields
    for entry in entries:
        row = csv_row(entry)
        assert raw_codes_in(" ".join(row[3:])) == [], row
    by_field = {e.field: e for e in entries if e.field}
    grounds = by_field["decision_grounds"]
    assert value_text(grounds, grounds.new_value) == "belang van het verkeer; bestrijding of voorkoming van wanordelijkheden"
    assert value_text(by_field["place_type"], by_field["place_type"].new_value) == labels.label(PlaceType.NEAR_EMBASSY)
    assert value_text(by_field["late_accepted"], "true") == "Ja"
    assert value_text(by_field["decision_date"], by_field["decision_date"].new_value) == "12-03-2026"

    out = tmp_path / "trail.csv"
    assert audit.export_csv(out, "notification", notification_id) == len(entries)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == ["Nr.", "Moment", "Gebruiker", "Handeling", "Record", "Veld", "Oude waarde", "Nieuwe waarde"]
    assert all(raw_codes_in(" ".join(r[3:])) == [] for r in rows[1:])
    assert [labels.field_label("place_type"), labels.label(PlaceType.PUBLIC), labels.label(PlaceType.NEAR_EMBASSY)] in [
        r[5:8] for r in rows]


def test_json_columns_are_written_to_the_trail_as_json(service, database):
    notification_id = changed_notification(service, database)
    with database.factory() as session:
        from crisisdesk.db.models import AuditEntry

        stored = session.scalar(select(AuditEntry.new_value).where(
            AuditEntry.record_id == str(notification_id), AuditEntry.field == "decision_measures"))
    assert stored.startswith('[{"text": "Geen geluidsversterking"')
