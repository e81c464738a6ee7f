"""Known failures turned into one Dutch line for the terminal."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError

from crisisdesk.db.migrate import DatabaseTooNew, UpgradeFailed
from crisisdesk.db.preflight import DatabaseUnusable
from crisisdesk.i18n import QT_TRANSLATE_NOOP, translate
from crisisdesk.labels import error_message, field_label, storage_message
from crisisdesk.services.errors import BackupError, LetterRefused, ReadOnly, StorageUnavailable, ValidationFailed


def describe_error(exc: BaseException) -> str | None:
    from crisisdesk.config import ConfigError

    if isinstance(exc, ConfigError):
        return config_message(exc)
    if isinstance(exc, DatabaseTooNew):
        return database_too_new_message(exc.revision)
    if isinstance(exc, DatabaseUnusable):
        return unusable_message(exc)
    if isinstance(exc, UpgradeFailed):
        return upgrade_failed_message(exc)
    if isinstance(exc, BackupError):
        return backup_message(exc)
    if isinstance(exc, ReadOnly):
        return storage_message("read_only_mode")
    if isinstance(exc, StorageUnavailable):
        return storage_message(exc.reason)
    if isinstance(exc, LetterRefused):
        return letter_refusal_message(exc)
    from crisisdesk.domain.intake.mail import IntakeRefused
    from crisisdesk.services.register.mail_intake import DuplicateMessage

    if isinstance(exc, IntakeRefused):
        return intake_refusal_message(exc)
    if isinstance(exc, DuplicateMessage):
        return duplicate_message(exc.notification_id)
    if isinstance(exc, ValidationFailed):
        return "; ".join(f"{e.field}: {error_message(e)}" for e in exc.errors)
    if isinstance(exc, DBAPIError):  # a database that went away, locked, or damaged mid-way
        from crisisdesk.db.database import unusable

        return unusable_message(unusable(exc))
    if isinstance(exc, OSError):
        return translate("Errors", "Cannot write or read {path}: {reason}. Nothing else was done.").format(
            path=exc.filename or "", reason=exc.strerror or type(exc).__name__
        )
    return None


_INTAKE_REFUSALS = {
    "unsupported_format": QT_TRANSLATE_NOOP(
        "Errors", "{name} is no saved e-mail: only .eml files and Outlook .msg files can be taken in."),
    "too_large": QT_TRANSLATE_NOOP(
        "Errors", "The message is {size_mb} MB, more than the {limit_mb} MB a message may be; it was not read. "
                  "Save the attachments separately or ask for a smaller message."),
    "empty": QT_TRANSLATE_NOOP("Errors", "The file is empty: there is no message in it."),
    "malformed": QT_TRANSLATE_NOOP(
        "Errors", "The file cannot be read as an e-mail: it is damaged or not a saved message (.eml or Outlook .msg)."),
    "not_a_notification": QT_TRANSLATE_NOOP(
        "Errors", "The message is not a notification: it states no date or place of a manifestation in "
                  "\"label: value\" answers (such as \"Datum:\" or \"Locatie:\"). Register it by hand if it is one."),
    "unreadable_file": QT_TRANSLATE_NOOP("Errors", "The file {name} cannot be opened or read."),
}


def intake_refusal_message(exc: object) -> str:
    """Why a message was not taken in (``IntakeRefused``), in one sentence."""
    code = str(getattr(exc, "code", ""))
    params = dict(getattr(exc, "params", {}) or {})
    text = _INTAKE_REFUSALS.get(code)
    if text is None:
        return translate("Errors", "The message cannot be taken in ({code}).").format(code=code)
    if "size_mb" in params:
        params["size_mb"] = f"{params['size_mb']:g}".replace(".", ",")
    return translate("Errors", text).format(**params)


def duplicate_message(notification_id: int) -> str:
    return translate("Errors", "This message was registered before, as notification #{id}; it was not registered "
                               "again.").format(id=notification_id)


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


def unusable_message(exc: DatabaseUnusable) -> str:
    """Why a database could not be opened (nothing was changed)."""
    messages = {
        "missing": translate("Errors", "The database {detail} does not exist; in read-only mode none is created."),
        "empty_file": translate(
            "Errors",
            "The database file {detail} is empty (0 bytes): it is not opened as an empty register. "
            "Restore a backup, or remove the file to start a new register.",
        ),
        "not_a_database": translate("Errors", "{detail} is not a database; it has not been changed."),
        "damaged": translate("Errors", "The database is damaged; it has not been changed. Restore a backup."),
        "locked": translate("Errors", "The database is locked by another program (a restore?); try again in a moment."),
        "unreachable": translate("Errors", "The database cannot be reached ({detail}); nothing was changed."),
        "not_crisisdesk": translate("Errors", "{detail} is not a crisisdesk database; it has not been changed."),
        "needs_upgrade": translate(
            "Errors",
            "This database needs an upgrade to this version of crisisdesk, which read-only mode does not do. "
            "Open it once without --read-only.",
        ),
    }
    return messages.get(exc.reason, messages["unreachable"]).format(detail=exc.detail)


def upgrade_failed_message(exc: UpgradeFailed) -> str:
    return translate(
        "Errors",
        "Upgrading the database failed ({detail}); it was rolled back and the database is as it was. "
        "Free disk space and start again.",
    ).format(detail=exc.detail)


def unexpected_message() -> str:
    """The last line of defence: something unforeseen; the details are in the log only."""
    return translate("Errors", "Something unexpected went wrong; nothing more was done. The details are in the log.")


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
        "source_damaged": translate(
            "Errors", "The database is damaged ({detail}); no backup was written and the previous backup is kept as it was."
        ),
        "copy_damaged": translate("Errors", "The copy did not pass its check ({detail}); the previous backup is kept as it was."),
        "cannot_write": translate("Errors", "Cannot write the backup ({detail}); the previous backup is kept as it was."),
        "in_use": translate(
            "Errors",
            "The database is open on another desk ({detail}); nothing was restored. Close crisisdesk everywhere "
            "it uses this file and try again.",
        ),
    }
    return messages.get(exc.reason, str(exc)).format(detail=exc.detail)


def config_message(exc) -> str:
    """What is wrong with a configuration file or flag; nothing was opened."""
    messages = {
        "bad_toml": translate("Errors", "The configuration file {origin} cannot be read: {detail}"),
        "unreadable": translate("Errors", "The configuration file {origin} cannot be opened: {detail}"),
        "unknown_key": translate(
            "Errors",
            "The configuration file {origin} has unknown settings: {detail}. Known are database_url, language, "
            "data_folder, backup_folder and log_level.",
        ),
        "not_text": translate("Errors", "{origin}: the setting {detail} must be a text between quotes."),
        "bad_language": translate("Errors", "{origin}: language {detail} is not supported; choose nl or en."),
        "bad_log_level": translate("Errors", "{origin}: log level {detail} is unknown; choose DEBUG, INFO, WARNING or ERROR."),
        "backup_beside_database": translate(
            "Errors",
            "{origin}: the backup folder {detail} is the folder of the database itself; a backup there is lost "
            "with the database. Choose another folder, preferably on another disk.",
        ),
    }
    text = messages.get(exc.reason, "{origin}: {detail}")
    return text.format(origin=exc.origin, detail=exc.detail)
