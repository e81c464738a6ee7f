"""Failures turned into one Dutch sentence, for the terminal and for the screens.

:func:`describe_error` knows the failures a person can act on; :func:`failure_message`
is what a screen shows for any exception: the Dutch sentence, while the technical part
(the exception's type and English text, and its traceback) goes to the log only.
"""

from __future__ import annotations

import errno
import logging
import re
import sys
import traceback
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import DBAPIError, StatementError

from crisisdesk.db.migrate import DatabaseTooNew, UpgradeFailed
from crisisdesk.db.preflight import DatabaseUnusable
from crisisdesk.i18n import QT_TRANSLATE_NOOP, translate
from crisisdesk.labels import error_message, field_label, record_type_label, storage_message
from crisisdesk.logs import mask
from crisisdesk.services.errors import (
    BackupError,
    ConcurrentEdit,
    LetterRefused,
    NotFound,
    ReadOnly,
    StorageUnavailable,
    ValidationFailed,
)

if TYPE_CHECKING:  # their modules load where these can be raised, not when the desk opens
    from crisisdesk.services.operations.records import NotAllowed

LOG = logging.getLogger(__name__)


class _NeverRaised(Exception):
    """Stands for an error class whose module was never imported: nothing raised one."""


def _error_class(module: str, name: str) -> Any:
    """``module.name`` if ``module`` is imported, without importing it: the desk opens
    without the letters', operations' and rule sets' services, whose errors these are."""
    loaded = sys.modules.get(module)
    return getattr(loaded, name) if loaded is not None else _NeverRaised


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
        return "; ".join(f"{field_label(e.field)}: {error_message(e)}" for e in exc.errors)
    if isinstance(exc, NotFound):
        return translate("Errors", "{what} #{id} does not exist (any more); perhaps someone else removed it. Nothing was changed.").format(
            what=record_type_label(exc.what.replace(" ", "_")), id=exc.ident)
    if isinstance(exc, ConcurrentEdit):
        return translate("Errors", "Someone else saved this after you opened it; nothing was overwritten. Close and open it again to see their version.")
    if isinstance(exc, _error_class("crisisdesk.services.operations.records", "NotAllowed")):
        return not_allowed_message(exc)
    if isinstance(exc, _error_class("crisisdesk.services.documents.letters", "NoDecision")):
        return translate("Errors", "Notification #{id} has no decision yet: record it in the Decision tab first.").format(id=exc.notification_id)
    if isinstance(exc, _error_class("crisisdesk.services.register.rule_sets", "RuleSetRejected")):
        if exc.duplicate_name:
            return translate("Errors", "A rule set named '{name}' already exists: choose another name.").format(name=exc.duplicate_name)
        return translate("Errors", "The rule set overlaps in validity with another rule set; nothing was saved.")
    if isinstance(exc, DBAPIError):  # a database that went away, locked, or damaged mid-way
        from crisisdesk.db.database import unusable

        return unusable_message(unusable(exc))
    if isinstance(exc, OSError):
        return translate("Errors", "Cannot write or read {path}: {reason}. Nothing else was done.").format(
            path=exc.filename or "", reason=os_reason(exc)
        )
    return None


def os_reason(exc: OSError) -> str:
    """Why a file could not be read or written, in Dutch (the system's own text is English)."""
    reasons = {
        errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "the file or folder does not exist"),
        errno.EACCES: QT_TRANSLATE_NOOP("Errors", "no permission"),
        errno.EPERM: QT_TRANSLATE_NOOP("Errors", "no permission"),
        errno.ENOSPC: QT_TRANSLATE_NOOP("Errors", "the disk is full"),
        errno.EROFS: QT_TRANSLATE_NOOP("Errors", "the disk is read-only"),
        errno.EISDIR: QT_TRANSLATE_NOOP("Errors", "that is a folder, not a file"),
        errno.ENOTDIR: QT_TRANSLATE_NOOP("Errors", "part of the path is not a folder"),
        errno.EEXIST: QT_TRANSLATE_NOOP("Errors", "the file already exists"),
        errno.EBUSY: QT_TRANSLATE_NOOP("Errors", "the file is in use by another program"),
        errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Errors", "the name is too long"),
    }
    if isinstance(exc, PermissionError):  # Windows reports a file open elsewhere this way too
        return translate("Errors", "no permission, or the file is open in another program")
    text = reasons.get(exc.errno or -1)
    return translate("Errors", text) if text else translate("Errors", "the system refused it")


_NOT_ALLOWED = {
    "clock": QT_TRANSLATE_NOOP("Errors", "The exercise clock does not allow this now (it is {detail})."),
    "released": QT_TRANSLATE_NOOP("Errors", "This inject has already been released to the players; it stays as it was."),
    "started": QT_TRANSLATE_NOOP("Errors", "This exercise has been run; it is kept as a record and cannot be removed."),
    "ended": QT_TRANSLATE_NOOP("Errors", "This exercise has ended; nothing can be added."),
    "exercise_only": QT_TRANSLATE_NOOP("Errors", "This scenario is meant for exercises only, not for a real incident."),
    "wrong_operation": QT_TRANSLATE_NOOP("Errors", "That belongs to another exercise or incident."),
    "not_exercise": QT_TRANSLATE_NOOP("Errors", "This is a real incident, not an exercise."),
}


def not_allowed_message(exc: NotAllowed) -> str:
    text = _NOT_ALLOWED.get(exc.reason)
    if text is None:
        return translate("Errors", "This is not allowed in the current state; nothing was changed.")
    detail = exc.detail
    if exc.reason == "clock":
        from crisisdesk.domain.operations.exercise_clock import ClockStatus
        from crisisdesk.labels import label

        if exc.detail in {status.value for status in ClockStatus}:
            detail = label(ClockStatus(exc.detail)).lower()
    return translate("Errors", text).format(detail=detail)


_PARAMETERS = re.compile(r"\[parameters: .*?\]\n?", re.S)


def technical(exc: BaseException) -> str:
    """The exception as a developer reads it, without what a person typed.

    SQL parameters (names, purposes) are cut off and e-mail addresses and phone numbers masked.
    """
    text = str(exc.orig) if isinstance(exc, StatementError) and exc.orig is not None else str(exc)
    return f"{type(exc).__module__}.{type(exc).__qualname__}: {mask(_PARAMETERS.sub('', text))}"


def failure_message(exc: BaseException, doing: str = "") -> str:
    """The Dutch sentence a screen shows for ``exc``; the technical part goes to the log.

    ``doing`` says in English what failed ("save checklist item"), for the log only. A
    failure the desk knows (describe_error) gets its own sentence; anything else the
    general one. The log line is a WARNING with the traceback (SQL parameters cut off).
    """
    trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    LOG.warning("%s failed: %s\n%s", doing or "an action", technical(exc), mask(_PARAMETERS.sub("", trace)).rstrip())
    return describe_error(exc) or unexpected_message()


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
            "data_folder, backup_folder, log_level, geocoder_url, map_tile_url and map_cache_mb.",
        ),
        "not_text": translate("Errors", "{origin}: the setting {detail} must be a text between quotes."),
        "bad_language": translate("Errors", "{origin}: language {detail} is not supported; choose nl or en."),
        "bad_log_level": translate("Errors", "{origin}: log level {detail} is unknown; choose DEBUG, INFO, WARNING or ERROR."),
        "bad_url": translate("Errors", "{origin}: geocoder_url {detail} is not a web address; it must start with https:// or http://."),
        "bad_tile_url": translate(
            "Errors",
            "{origin}: map_tile_url {detail} is not a tile address; give an http(s) address with {{z}}, {{x}} and {{y}}.",
        ),
        "bad_cache_size": translate(
            "Errors", "{origin}: map_cache_mb {detail} is not a size; give a whole number of megabytes from 1 to 100000.",
        ),
        "backup_beside_database": translate(
            "Errors",
            "{origin}: the backup folder {detail} is the folder of the database itself; a backup there is lost "
            "with the database. Choose another folder, preferably on another disk.",
        ),
    }
    text = messages.get(exc.reason, "{origin}: {detail}")
    return text.format(origin=exc.origin, detail=exc.detail)
