"""The same limits on every database, checked before the database sees a value.

SQLite stores a 61-character phone number in a VARCHAR(50) without complaint and keeps
NUL bytes; PostgreSQL refuses both with a driver error (finding 12 of issue #12). So
before every flush each new or changed row is held against its own column types: text
no longer than the column, no NUL characters, moments within the years the desk
handles. A problem is a ``ValidationFailed`` naming the field, like any other rule.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session

from crisisdesk.domain.checks import EARLIEST_YEAR, LATEST_YEAR, FieldError
from crisisdesk.services.errors import ValidationFailed


def problems(row: object) -> list[FieldError]:
    """What about ``row``'s values no database would store the same way."""
    found = []
    mapper = inspect(type(row))
    for attribute in mapper.column_attrs:
        value = getattr(row, attribute.key, None)
        if value is None:
            continue
        column = attribute.columns[0]
        if isinstance(value, str):
            if "\x00" in value:
                found.append(FieldError(attribute.key, "nul_character"))
            length = getattr(column.type, "length", None)
            if isinstance(column.type, String) and length is not None and len(value) > length:
                found.append(FieldError(attribute.key, "text_too_long", {"max": length}))
        elif isinstance(value, (date, datetime)) and not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
            found.append(FieldError(attribute.key, "date_out_of_range", {"first": EARLIEST_YEAR, "last": LATEST_YEAR}))
    return found


@event.listens_for(Session, "before_flush")
def _check_limits(session: Session, _context, _instances) -> None:
    found: list[FieldError] = []
    for row in [*session.new, *session.dirty]:
        found += problems(row)
    if found:
        raise ValidationFailed(found)
