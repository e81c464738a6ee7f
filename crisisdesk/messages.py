"""Known failures turned into one Dutch line for the terminal."""

from __future__ import annotations

from crisisdesk.db.migrate import DatabaseTooNew
from crisisdesk.i18n import QT_TRANSLATE_NOOP, translate
from crisisdesk.labels import error_message, field_label, storage_message
from crisisdesk.services.documents.letters import LetterRefused
from crisisdesk.services.errors import BackupError, ReadOnly, StorageUnavailable, ValidationFailed


def describe_error(exc: BaseException) -> str | None:
    if isinstance(exc, DatabaseTooNew):
        return database_too_new_message(exc.revision)
    if isinstance(exc, BackupError):
        return backup_message(exc)
    if isinstance(exc, ReadOnly):
        return storage_message("read_only_mode")
    if isinstance(exc, StorageUnavailable):
        return storage_message(exc.reason)
    if isinstance(exc, LetterRefused):
        return letter_refusal_message(exc)
    if isinstance(exc, ValidationFailed):
        return "; ".join(f"{e.field}: {error_message(e)}" for e in exc.errors)
    return None


_PROFILE_FIELDS = {
    "name": QT_TRANSLATE_NOOP("Errors", "the municipality's name"),
    "objection_address": QT_TRANSLATE_NOOP("Errors", "the address for objections"),
    "court": QT_TRANSLATE_NOOP("Errors", "the court"),
    "contact_name": QT_TRANSLATE_NOOP("Errors", "the contact for the preliminary meeting"),
    "contact_reach": QT_TRANSLATE_NOOP("Errors", "the contact's phone or e-mail"),
}


def letter_refusal_message(exc: LetterRefused) -> str:
    """Why a letter was not printed, and what to do about it."""
    if exc.reason == "profile_incomplete":
        missing = ", ".join(translate("Errors", _PROFILE_FIELDS.get(d, d)) for d in exc.details)
        return translate("Errors", "The municipality's profile is incomplete ({missing}): fill it in under Settings, Municipality.").format(missing=missing)
    if exc.reason == "address_missing":
        return translate("Errors", "Notification #{id} has no address of the organiser: add it before printing the letter.").format(id=exc.notification_id)
    if exc.reason == "content_unconfirmed":
        numbers = ", ".join(str(n) for n in exc.details)
        return translate("Errors", "Measure {numbers} may be about content (Wom art. 5 par. 3): reword it, or explain in its note why it is not, before the letter is printed.").format(numbers=numbers)
    fields = ", ".join(field_label(d) for d in exc.details)
    return translate("Errors", "The decision of notification #{id} is not complete ({fields}): complete it in the Decision tab before printing the letter.").format(id=exc.notification_id, fields=fields)


def database_too_new_message(revision: str) -> str:
    return translate(
        "Errors",
        "This database was made by a newer version of crisisdesk (schema {revision}). "
        "It has not been changed. Update crisisdesk to open it.",
    ).format(revision=revision)


def backup_message(exc: BackupError) -> str:
    """Why a backup or restore did not happen (nothing was changed)."""
    messages = {
        "not_sqlite": translate(
            "Errors",
            "This is a shared PostgreSQL database ({detail}): back it up and restore it on the server with "
            "pg_dump and pg_restore. crisisdesk backup and restore work on the SQLite file only.",
        ),
        "missing": translate("Errors", "The file {detail} does not exist."),
        "damaged": translate("Errors", "The backup is damaged or not a database ({detail}); nothing was restored."),
        "not_crisisdesk": translate("Errors", "{detail} is not a crisisdesk database; nothing was restored."),
        "too_new": translate(
            "Errors", "The backup was made by a newer crisisdesk (schema {detail}); update crisisdesk to restore it."
        ),
        "same_file": translate("Errors", "The backup and the database are the same file ({detail})."),
    }
    return messages.get(exc.reason, str(exc)).format(detail=exc.detail)
