"""What a subject access request (AVG art. 15) finds and exports: plain values.

Two steps, so that nobody else's data leaves the building: a search gives
:class:`Candidate` records (a name is not unique — "Mark de Bruijn" may be five
people); the advisor ticks those that belong to the person, and only those are
compiled into a :class:`SubjectAccess`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# Kinds of record a subject access can hold (the tables' names).
NOTIFICATION = "notification"
EVENT = "event"
PARTNER_CONTACT = "partner_contact"
LOG_ENTRY = "log_entry"
RECORD_TYPES = (NOTIFICATION, EVENT, PARTNER_CONTACT, LOG_ENTRY)


def record_key(record_type: str, record_id: int | str) -> str:
    """"notification:12": how a record is named on the command line and in a selection."""
    return f"{record_type}:{record_id}"


def parse_key(text: str) -> tuple[str, int]:
    """"notification:12" -> ("notification", 12); ValueError for anything else."""
    record_type, sep, number = text.strip().partition(":")
    if not sep or record_type not in RECORD_TYPES or not number.strip().isdigit():
        raise ValueError(text)
    return record_type, int(number)


@dataclass(frozen=True)
class Candidate:
    """A record the search found; the advisor decides whether it is about this person."""

    record_type: str
    id: int
    title: str  # purpose, title, or the partner's name; never more than a line
    when: datetime | None  # start of the manifestation or event, moment of a log entry
    matched: tuple[str, ...]  # the fields in which the search text was found
    shown: tuple[tuple[str, str], ...]  # (field, value) to tell people apart: name, address, e-mail, phone
    deleted: bool = False  # only its audit history is left

    @property
    def key(self) -> str:
        return record_key(self.record_type, self.id)


@dataclass(frozen=True)
class StatusLine:
    at: datetime
    by: str
    from_status: object
    to_status: object
    note: str


@dataclass(frozen=True)
class ChecklistLine:
    text: str
    partner: str
    due_at: datetime | None
    status: object
    note: str


@dataclass(frozen=True)
class OriginalLine:
    """The original e-mail a notification was registered from, as kept with it."""

    file_name: str
    format: str  # "eml" or "msg"
    size: int
    sender: str
    subject: str
    message_id: str
    received_at: datetime | None
    received_header: str
    imported_at: datetime
    imported_by: str
    removed_at: datetime | None = None  # deleted by retention: only the facts above without the person are left


@dataclass(frozen=True)
class HeldRecord:
    """One chosen record with every non-empty field it holds and what hangs on it."""

    record_type: str
    id: int
    fields: tuple[tuple[str, object], ...]
    status_history: tuple[StatusLine, ...] = ()
    checklist: tuple[ChecklistLine, ...] = ()
    context: str = ""  # e.g. the exercise or incident a log entry belongs to
    deleted: bool = False
    originals: tuple[OriginalLine, ...] = ()  # the e-mail it was registered from


@dataclass(frozen=True)
class AuditLine:
    """An audit entry of a chosen record; values decoded to their column's type."""

    id: int
    at: datetime
    user: str
    action: str
    record_type: str
    record_id: str
    field: str | None
    old_value: object
    new_value: object


@dataclass(frozen=True)
class SubjectAccess:
    person: str
    generated_at: datetime
    records: tuple[HeldRecord, ...]
    audit: tuple[AuditLine, ...]
    retention_months: int = 12
    compiled_by: str = ""
    author: str = ""  # the PDF's Author: municipality and department (services.profile.document_author)
