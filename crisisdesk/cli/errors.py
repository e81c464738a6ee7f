"""Known failures turned into one Dutch line for the terminal."""

from __future__ import annotations

from crisisdesk.db.migrate import DatabaseTooNew
from crisisdesk.i18n import translate
from crisisdesk.labels import error_message, storage_message
from crisisdesk.services.errors import ReadOnly, StorageUnavailable, ValidationFailed


def describe_error(exc: BaseException) -> str | None:
    if isinstance(exc, DatabaseTooNew):
        return database_too_new_message(exc.revision)
    if isinstance(exc, ReadOnly):
        return storage_message("read_only_mode")
    if isinstance(exc, StorageUnavailable):
        return storage_message(exc.reason)
    if isinstance(exc, ValidationFailed):
        return "; ".join(f"{e.field}: {error_message(e)}" for e in exc.errors)
    return None


def database_too_new_message(revision: str) -> str:
    return translate(
        "Errors",
        "This database was made by a newer version of crisisdesk (schema {revision}). "
        "It has not been changed. Update crisisdesk to open it.",
    ).format(revision=revision)
