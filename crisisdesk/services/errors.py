"""Errors the services raise; the UI and command line turn them into Dutch messages."""

from __future__ import annotations

from crisisdesk.domain.checks import FieldError


class ServiceError(Exception):
    """Base of every error a user can be told about."""


class ValidationFailed(ServiceError):
    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(", ".join(f"{e.field}:{e.code}" for e in errors))
        self.errors = errors


class NotFound(ServiceError):
    def __init__(self, what: str, ident: object) -> None:
        super().__init__(f"{what} {ident} not found")
        self.what = what
        self.ident = ident


class ConcurrentEdit(ServiceError):
    """Someone saved the record after it was opened here; nothing was overwritten."""

    def __init__(self, ident: object, expected: int, actual: int) -> None:
        super().__init__(f"record {ident} is at version {actual}, edited from version {expected}")
        self.ident = ident
        self.expected = expected
        self.actual = actual


class StorageUnavailable(ServiceError):
    """The database is locked, read-only or gone; the write was rolled back whole."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason)
        self.reason = reason  # "locked" | "read_only" | "unavailable"
        self.detail = detail


class ReadOnly(ServiceError):
    """The desk runs in read-only mode (an observer): nothing may be changed."""

    def __init__(self) -> None:
        super().__init__("read-only mode: nothing may be changed")


class BackupError(ServiceError):
    """A backup could not be made or a backup file cannot be restored; nothing was changed."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        # "not_sqlite" | "missing" | "damaged" | "not_crisisdesk" | "too_new" | "same_file"
        # | "source_damaged" | "copy_damaged" | "cannot_write" | "in_use"
        self.reason = reason
        self.detail = detail


class LetterRefused(ServiceError):
    """The letter cannot be printed as the law needs it; ``reason`` says why.

    Reasons: "profile_incomplete" (``details``: the profile fields), "address_missing",
    "decision_incomplete" (``details``: the decision fields to complete),
    "content_unconfirmed" (``details``: the measure numbers).
    """

    def __init__(self, notification_id: int, reason: str, details: tuple = ()) -> None:
        super().__init__(f"letter for notification {notification_id} refused: {reason} {', '.join(map(str, details))}")
        self.notification_id = notification_id
        self.reason = reason
        self.details = details
