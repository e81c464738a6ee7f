"""The dialog for a start that failed: what happened, and what to do about it.

The team's PostgreSQL server unreachable, a SQLite file locked by another program,
damaged, or made by a newer crisisdesk, a configuration file that cannot be used: each
gets its own words and advice, "Copy details", "Open log folder" and — where waiting or
reconnecting may help — "Try again".
"""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout

from crisisdesk.logs import describe_database, log_folder, mask
from crisisdesk.ui.shell import crash

log = logging.getLogger("crisisdesk.start")

NEWER, LOCKED, CORRUPT, UNREACHABLE, NO_ACCESS, CONFIG, OTHER = (
    "newer", "locked", "corrupt", "unreachable", "no_access", "config", "other",
)
RETRY = 2  # the dialog's result when the user chose "Try again"


def _unusable_kinds() -> dict[str, str]:
    return {
        "missing": UNREACHABLE, "unreachable": UNREACHABLE, "locked": LOCKED,
        "empty_file": CORRUPT, "not_a_database": CORRUPT, "damaged": CORRUPT, "not_crisisdesk": CORRUPT,
    }


def classify(exc: BaseException) -> str:
    """Which kind of failure ``exc`` is, from its type and the driver's words."""
    from crisisdesk.config import ConfigError
    from crisisdesk.db.migrate import DatabaseTooNew
    from crisisdesk.db.preflight import DatabaseUnusable

    if isinstance(exc, DatabaseTooNew):
        return NEWER
    if isinstance(exc, ConfigError):
        return CONFIG
    if isinstance(exc, DatabaseUnusable):  # the checks before opening name the reason themselves
        return _unusable_kinds().get(exc.reason, OTHER)
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "database is locked" in text or "database table is locked" in text:
        return LOCKED
    if "file is not a database" in text or "malformed" in text or "disk image" in text:
        return CORRUPT
    if "password authentication failed" in text or "permission denied" in text or "no pg_hba.conf entry" in text:
        return NO_ACCESS
    unreachable = (
        "unable to open database file", "connection refused", "could not connect", "connection failed",
        "timeout", "timed out", "could not translate host name", "name or service not known",
        "no route to host", "network is unreachable", "server closed the connection",
    )
    if any(words in text for words in unreachable):
        return UNREACHABLE
    return OTHER


def explain(kind: str, url: str, message: str | None) -> tuple[str, str]:
    """(what happened, what to do) in the screen's language."""
    where = describe_database(url) if url else ""
    sqlite = where.startswith("sqlite")
    if kind == NEWER:
        return (
            message or QCoreApplication.translate("FailedStart", "This database was made by a newer crisisdesk."),
            QCoreApplication.translate(
                "FailedStart",
                "Ask your IT department for the newest version of crisisdesk. Nothing is lost: the database has not been changed.",
            ),
        )
    if kind == LOCKED:
        return (
            QCoreApplication.translate("FailedStart", "The database is in use by another program and stays locked ({where}).").format(where=where),
            QCoreApplication.translate(
                "FailedStart",
                "Wait a minute and choose Try again. If it stays locked, close crisisdesk on the other computers that "
                "use this file, and check that no backup or virus scan is busy with it; restarting the computer "
                "releases a lock that was left behind.",
            ),
        )
    if kind == CORRUPT:
        return (
            QCoreApplication.translate("FailedStart", "The database file is damaged and cannot be read ({where}).").format(where=where),
            QCoreApplication.translate(
                "FailedStart",
                "Do not work on in this file. Restore the newest backup with: crisisdesk restore --from FILE "
                "(the daily backups are in the folder backups in the data folder; the damaged file is kept beside it). "
                "Ask your IT department for help if you are unsure.",
            ),
        )
    if kind == UNREACHABLE and sqlite:
        return (
            QCoreApplication.translate("FailedStart", "The database file cannot be opened ({where}).").format(where=where),
            QCoreApplication.translate(
                "FailedStart",
                "Check that the folder exists and that you may write in it; a network drive may be disconnected. "
                "Then choose Try again, or ask your IT department.",
            ),
        )
    if kind == UNREACHABLE:
        return (
            QCoreApplication.translate("FailedStart", "The team database cannot be reached ({where}).").format(where=where),
            QCoreApplication.translate(
                "FailedStart",
                "Check the network or VPN connection and choose Try again. If colleagues cannot reach it either, the "
                "database server is down: call the IT service desk.",
            ),
        )
    if kind == NO_ACCESS:
        return (
            QCoreApplication.translate("FailedStart", "The team database refused your login ({where}).").format(where=where),
            QCoreApplication.translate(
                "FailedStart",
                "Ask your IT department to check your database account and its password (in the pgpass file, never in "
                "the configuration).",
            ),
        )
    if kind == CONFIG:
        return (
            message or QCoreApplication.translate("FailedStart", "The configuration cannot be used."),
            QCoreApplication.translate(
                "FailedStart",
                "Correct the file named above (the machine's file is managed by your IT department) and start again. "
                "The command crisisdesk config show tells which files are read.",
            ),
        )
    return (
        message or QCoreApplication.translate("FailedStart", "crisisdesk could not open the database ({where}).").format(where=where),
        QCoreApplication.translate(
            "FailedStart",
            "Choose Copy details and send them, with the log file, to your IT service desk.",
        ),
    )


class FailedStartDialog(QDialog):
    def __init__(self, exc: BaseException, url: str, message: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.kind = classify(exc)
        self.setWindowTitle(self.tr("crisisdesk could not start"))
        what, todo = explain(self.kind, url, message)
        self.details = mask("".join(traceback.format_exception(exc)))
        self.what_label = QLabel(f"<b>{what}</b>", self)
        self.todo_label = QLabel(todo, self)
        for label in (self.what_label, self.todo_label):
            label.setWordWrap(True)
            label.setMinimumWidth(460)
        buttons = QDialogButtonBox(self)
        self.retry_button = QPushButton(self.tr("Try again"), self)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.log_button = QPushButton(self.tr("Open log folder"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        if self.kind in (LOCKED, UNREACHABLE, OTHER):
            buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.AcceptRole)
        else:
            self.retry_button.hide()
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.log_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what_label)
        layout.addWidget(self.todo_label)
        layout.addWidget(buttons)
        self.retry_button.clicked.connect(lambda: self.done(RETRY))
        self.close_button.clicked.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_details)
        self.log_button.clicked.connect(lambda: crash.open_folder(log_folder()))

    def copy_details(self) -> None:
        QApplication.clipboard().setText(f"{self.what_label.text()}\n\n{self.details}\n{crash.diagnostics()}")


def make_dialog(exc: BaseException, url: str, message: str | None) -> FailedStartDialog:
    """A seam for tests."""
    return FailedStartDialog(exc, url, message)


def show_failed_start(exc: BaseException, message: str | None = None, url: str = "", screenshot: bool = False) -> int:
    """Logs the failure and shows the dialog; returns RETRY when the user chose Try again, else 1."""
    log.error("start failed (%s): %s", classify(exc), describe_database(url) if url else type(exc).__name__, exc_info=exc)
    print(f"crisisdesk: {mask(message or str(exc))}", file=sys.stderr)
    if screenshot:
        return 1
    dialog = make_dialog(exc, url, message)
    result = dialog.exec()
    return RETRY if result == RETRY else 1
