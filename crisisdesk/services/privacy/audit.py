"""Reading and exporting the audit trail (it is written by ``crisisdesk.db.audit``)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Boolean, select
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import sessionmaker

from crisisdesk.csvfile import csv_bytes
from crisisdesk.db.models import AuditEntry, Base
from crisisdesk.db.types import UTCDateTime
from crisisdesk.files import write_file

CSV_COLUMNS = ("id", "at", "user", "action", "record_type", "record_id", "field", "old_value", "new_value")


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


def decode(record_type: str, field: str | None, text: str | None) -> object:
    """A value from the trail back as the type its column holds (enum, moment, yes/no)."""
    table = Base.metadata.tables.get(record_type)
    if text is None or field is None or table is None or field not in table.columns:
        return text
    column_type = table.columns[field].type
    try:
        if isinstance(column_type, SAEnum) and column_type.enum_class is not None:
            return column_type.enum_class(text)
        if isinstance(column_type, UTCDateTime):
            return datetime.fromisoformat(text)
        if isinstance(column_type, Boolean):
            return text == "true"
    except ValueError:  # a code from an older version, or a redaction marker: show as stored
        return text
    return text


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
        """Writes the trail (or one record's) as CSV for Excel; returns the number of lines."""
        entries = self.entries(record_type, record_id)
        rows = [CSV_COLUMNS, *((e.id, e.at.isoformat(), e.user, e.action, e.record_type, e.record_id,
                               e.field, e.old_value, e.new_value) for e in entries)]
        write_file(path, csv_bytes(rows))  # text cells made safe: values are typed by people
        return len(entries)
