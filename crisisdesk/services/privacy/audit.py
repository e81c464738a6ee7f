"""Reading and exporting the audit trail (it is written by ``crisisdesk.db.audit``)."""

from __future__ import annotations

import ast
import json
import os
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from sqlalchemy import JSON, Boolean, Date, select
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import sessionmaker

from crisisdesk.csvfile import csv_bytes
from crisisdesk.db.models import AuditEntry, Base
from crisisdesk.db.types import UTCDateTime
from crisisdesk.domain.enums import DecisionGround, District
from crisisdesk.domain.operations.records import Team
from crisisdesk.domain.register.decisions import Measure
from crisisdesk.domain.scenarios.rules import Discipline, PopulationCareProcess
from crisisdesk.domain.timeutil import to_local
from crisisdesk.files import write_file
from crisisdesk.i18n import translate
from crisisdesk.labels import (
    action_label,
    export_label,
    field_label,
    format_value,
    method_label,
    record_type_label,
    setting_label,
)



@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: datetime
    user: str
    action: str
    record_type: str
    record_id: str
    field: str | None
    old_value: str | None
    new_value: str | None


def parse_record(text: str) -> tuple[str, str]:
    """"notification:12" -> ("notification", "12"); ValueError for anything else."""
    record_type, sep, record_id = text.partition(":")
    if not sep or not record_type.strip() or not record_id.strip():
        raise ValueError(text)
    return record_type.strip(), record_id.strip()


# Columns whose value is a list of codes (comma-separated text, or a JSON array): the
# enum of their items, so the trail shows each item's label.
CODE_LISTS: dict[tuple[str, str], type[Enum]] = {
    ("notification", "decision_grounds"): DecisionGround,
    ("crisis_scenario", "disciplines"): Discipline,
    ("crisis_scenario", "population_care"): PopulationCareProcess,
    ("crisis_scenario", "affected_districts"): District,
}


def _json(text: str) -> object:
    """A JSON column's value as the trail holds it: JSON, or (older entries) Python's repr."""
    try:
        return json.loads(text)
    except ValueError:
        return ast.literal_eval(text)  # ValueError / SyntaxError for anything else


def _items(record_type: str, field: str, value: object) -> object:
    if not isinstance(value, list):
        return value
    codes = CODE_LISTS.get((record_type, field))
    if codes is not None:
        return tuple(codes(item) for item in value)
    if field == "decision_measures":
        return tuple(Measure.from_json(item) for item in value if isinstance(item, dict))
    if field == "teams":
        return tuple(Team(str(item.get("name", "")), tuple(item.get("roles", ()))) for item in value
                     if isinstance(item, dict))
    if field == "extra_holidays":
        return tuple(date.fromisoformat(item) for item in value)
    if field == "templates":  # checklist templates applied, by key
        return tuple(template_name(str(key)) for key in value)
    return tuple(value)


_template_names: dict[str, str] = {}


def template_name(key: str) -> str:
    """A checklist template's name for its key (read once; again for a key not seen before)."""
    if key not in _template_names:
        from crisisdesk.services.checklists.templates import load_templates

        _template_names.update({template.key: template.name for template in load_templates().templates})
    return _template_names.get(key, key)


def decode(record_type: str, field: str | None, text: str | None) -> object:
    """A value from the trail back as the type its column holds (enum, moment, yes/no, list of codes)."""
    table = Base.metadata.tables.get(record_type)
    if text is None or field is None or table is None or field not in table.columns:
        return text
    column_type = table.columns[field].type
    try:
        if (record_type, field) in CODE_LISTS and not isinstance(column_type, JSON):
            return tuple(CODE_LISTS[record_type, field](code) for code in text.split(",") if code)
        if isinstance(column_type, SAEnum) and column_type.enum_class is not None:
            return column_type.enum_class(text)
        if isinstance(column_type, UTCDateTime):
            return datetime.fromisoformat(text)
        if isinstance(column_type, Date):
            return date.fromisoformat(text)
        if isinstance(column_type, Boolean):
            return text == "true"
        if isinstance(column_type, JSON):
            return _items(record_type, field, _json(text))
        if (record_type, field) == ("rule_set", "method"):
            return method_label(text)
        if (record_type, field) == ("setting", "value") and text[:1] in "{[":
            return json.loads(text)  # a structured setting: shown by its values
    except (ValueError, SyntaxError, TypeError, AttributeError):  # an older code, or a redaction marker: as stored
        return text
    return text


def value_text(record: AuditRecord, text: str | None) -> str:
    """An old or new value of a trail line in words: labels for codes, Amsterdam time, yes/no."""
    if record.field:
        return format_value(decode(record.record_type, record.field, text))
    if record.action == "export" and text:  # {"path", "sha256", "what"}: which file, holding what
        try:
            detail = json.loads(text)
            return f"{export_label(str(detail['what']))}: {detail['path']}"
        except (ValueError, KeyError, TypeError):
            return text
    return text or ""


def record_text(record: AuditRecord) -> str:
    """"Notification #12", "Setting rule_set", … the record a trail line is about."""
    kind = record_type_label(record.record_type)
    if not record.record_id:
        return kind
    if record.record_type == "setting":
        return f"{kind}: {setting_label(record.record_id)}"
    return f"{kind} #{record.record_id}" if record.record_id.isdigit() else f"{kind} {record.record_id}"


def csv_headers() -> list[str]:
    return [translate("Audit", "No."), translate("Audit", "Moment"), translate("Audit", "User"),
            translate("Audit", "Action"), translate("Audit", "Record"), translate("Audit", "Field"),
            translate("Audit", "Old value"), translate("Audit", "New value")]


def csv_row(record: AuditRecord) -> list[str]:
    """One trail line in words, as the CSV export holds it."""
    return [str(record.id), to_local(record.at).strftime("%d-%m-%Y %H:%M:%S"), record.user, action_label(record.action),
            record_text(record), field_label(record.field) if record.field else "", value_text(record, record.old_value),
            value_text(record, record.new_value)]


def to_record(entry: AuditEntry) -> AuditRecord:
    return AuditRecord(entry.id, entry.at, entry.user, entry.action, entry.record_type, entry.record_id,
                       entry.field, entry.old_value, entry.new_value)


class AuditService:
    def __init__(self, factory: sessionmaker) -> None:
        self._factory = factory

    def entries(self, record_type: str | None = None, record_id: str | int | None = None,
                action: str | None = None) -> list[AuditRecord]:
        """The trail, oldest first; of one record when given."""
        statement = select(AuditEntry).order_by(AuditEntry.id)
        if record_type is not None:
            statement = statement.where(AuditEntry.record_type == record_type)
        if record_id is not None:
            statement = statement.where(AuditEntry.record_id == str(record_id))
        if action is not None:
            statement = statement.where(AuditEntry.action == action)
        with self._factory() as session:
            return [to_record(e) for e in session.scalars(statement)]

    def export_csv(self, path: str | os.PathLike, record_type: str | None = None,
                   record_id: str | int | None = None) -> int:
        """Writes the trail (or one record's) as CSV for Excel, in words; returns the number of lines."""
        entries = self.entries(record_type, record_id)
        rows = [csv_headers(), *(csv_row(e) for e in entries)]
        write_file(path, csv_bytes(rows))  # text cells made safe: values are typed by people
        return len(entries)
