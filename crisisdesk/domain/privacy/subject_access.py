"""What a subject access export (AVG art. 15) holds: plain values, shared by service and report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class HeldRecord:
    """One record that names the person, with every non-empty field it holds."""

    record_type: str
    id: int
    fields: tuple[tuple[str, object], ...]


@dataclass(frozen=True)
class AuditLine:
    """An audit entry about the person; values decoded to their column's type."""

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
    author: str = ""  # the PDF's Author: municipality and department (services.profile.document_author)
