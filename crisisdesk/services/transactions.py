"""One write = one transaction, the same way in every service.

A lost version race becomes ``ConcurrentEdit``; a locked, read-only or unreachable
database becomes ``StorageUnavailable``; the audit trail learns who and when from the
session (``session.info``). Either everything of the write is saved, or nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Protocol, TypeVar

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from crisisdesk.services.errors import ConcurrentEdit, NotFound, StorageUnavailable


class Versioned(Protocol):
    """A row with a version column (``version_id_col``), bumped on every save."""

    @property
    def version(self) -> int: ...


Row = TypeVar("Row", bound=Versioned)


def storage_error(exc: OperationalError) -> StorageUnavailable:
    text = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    if "locked" in text or "busy" in text:
        return StorageUnavailable("locked", str(exc.orig))
    if "readonly" in text or "read-only" in text or "read only" in text:
        return StorageUnavailable("read_only", str(exc.orig))
    return StorageUnavailable("unavailable", str(exc.orig))


@contextmanager
def write_transaction(
    factory: sessionmaker,
    user: str,
    now: datetime,
    record_id: object = None,
    expected_version: int | None = None,
) -> Iterator[Session]:
    """A session in one transaction, committed at the end of the ``with`` block."""
    try:
        with factory.begin() as session:
            session.info["user"] = user
            session.info["now"] = now
            yield session
    except StaleDataError as exc:  # another desk saved between our read and our write
        raise ConcurrentEdit(record_id, expected_version or 0, -1) from exc
    except OperationalError as exc:
        raise storage_error(exc) from exc


def row_for_update(
    session: Session, model: type[Row], what: str, record_id: int, expected_version: int | None = None
) -> Row:
    """The row to change, refusing a missing one or one changed since it was opened."""
    row = session.get(model, record_id, with_for_update=True)
    if row is None:
        raise NotFound(what, record_id)
    if expected_version is not None and row.version != expected_version:
        raise ConcurrentEdit(record_id, expected_version, row.version)
    return row


def delete_row(factory: sessionmaker, user: str, now: datetime, model: type, what: str, record_id: int) -> None:
    with write_transaction(factory, user, now) as session:
        row = session.get(model, record_id)
        if row is None:
            raise NotFound(what, record_id)
        session.delete(row)
