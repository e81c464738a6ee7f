"""File → Back up now… / Restore from backup…, for the embedded SQLite database.

Installed into the main window's File menu by ``install(window)``. A restore replaces
the database under the running desk: the engine's pooled connections are closed first,
the replaced file is kept beside it, and the register is reloaded afterwards.

Both dialogs open in the backup folder in force: the configured ``backup_folder``, else
``backups`` in the desk's data folder (``--home``); a demo desk keeps its copies in a
``demo`` folder inside it, apart from the real register's. A manual copy is named with
the time as well, so the daily copies' rotation never counts (or deletes) it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox


class BackupActions:
    """The two menu actions and what they do; dialogs are methods so tests can replace them."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.backup_action = QAction(QCoreApplication.translate("MainWindow", "Back up now…"), window)
        self.backup_action.setObjectName("backupAction")
        self.restore_action = QAction(QCoreApplication.translate("MainWindow", "Restore from backup…"), window)
        self.restore_action.setObjectName("restoreAction")
        menu = window.ui.fileMenu
        menu.insertAction(window.ui.quitAction, self.backup_action)
        menu.insertAction(window.ui.quitAction, self.restore_action)
        menu.insertSeparator(window.ui.quitAction)
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action.triggered.connect(self.restore)

    def attach(self) -> None:
        """The database is known: a shared one is backed up on the server, not here."""
        window = self.window
        shared = window.notifications.database_url.split(":", 1)[0] != "sqlite"
        for action in (self.backup_action, self.restore_action):
            action.setEnabled(not shared)
            if shared:
                action.setToolTip(QCoreApplication.translate("MainWindow", "A shared PostgreSQL database is backed up on the server (pg_dump)."))

    def folder(self) -> Path:
        """Where backups of this desk go: the configured folder or the data folder's; demo apart."""
        from crisisdesk.files import private_dir
        from crisisdesk.paths import backup_dir, home_dir

        desk = getattr(self.window, "desk", None)
        home = desk.home if desk is not None and desk.home is not None else home_dir()
        folder = backup_dir(home)
        return private_dir(folder / "demo") if getattr(self.window, "demo", False) else folder

    def suggested_path(self) -> Path:
        """"crisisdesk-2026-03-14-1030.sqlite" in the backup folder (the database's own name)."""
        from crisisdesk.domain.timeutil import to_local
        from crisisdesk.services.errors import BackupError
        from crisisdesk.services.privacy.backup import sqlite_path

        window: Any = self.window  # the main window: its register and clock
        try:
            stem = sqlite_path(window.notifications.database_url).stem
        except BackupError:
            stem = "crisisdesk"
        return self.folder() / f"{stem}-{to_local(window._clock()):%Y-%m-%d-%H%M}.sqlite"

    def back_up(self) -> Path | None:
        from crisisdesk.messages import backup_message
        from crisisdesk.services.errors import BackupError
        from crisisdesk.services.privacy.backup import backup_database

        try:
            suggested = self.suggested_path()
        except OSError as exc:  # the configured folder cannot be made (a share that is offline)
            self.show_error(self._folder_problem(exc))
            return None
        path = self.ask_save_path(str(suggested))
        if not path:
            return None
        try:
            check = backup_database(self.window.notifications.database_url, path)
        except BackupError as exc:
            self.show_error(backup_message(exc))
            return None
        self.window.ui.statusbar.showMessage(
            QCoreApplication.translate("MainWindow", "Backup written to {path} ({count} notifications).").format(path=check.path, count=check.notifications),
            10_000,
        )
        return check.path

    def restore(self) -> bool:
        from crisisdesk.messages import backup_message
        from crisisdesk.services.errors import BackupError
        from crisisdesk.services.privacy.backup import check_backup, restore_database, sqlite_path
        from crisisdesk.ui.common import workers

        window = self.window
        if getattr(window, "read_only", False):
            return False
        try:
            folder = self.folder()
        except OSError as exc:
            self.show_error(self._folder_problem(exc))
            return False
        path = self.ask_open_path(str(folder))
        if not path:
            return False
        try:
            check = check_backup(path)
            target = sqlite_path(window.notifications.database_url)
        except BackupError as exc:
            self.show_error(backup_message(exc))
            return False
        question = QCoreApplication.translate(
            "MainWindow",
            "Replace the register with the backup {name} ({count} notifications)?\n\n"
            "Everything saved after that backup is replaced. The current database is kept beside it."
        ).format(name=check.path.name, count=check.notifications)
        if not self.confirm(question):
            return False
        workers.wait_for_all()  # a page still loading holds a connection: the restore would see a desk in use
        window.notifications.dispose_connections()
        try:
            kept = restore_database(check.path, target)
        except BackupError as exc:
            self.show_error(backup_message(exc))
            return False
        window.refresh()
        window.ui.statusbar.showMessage(
            QCoreApplication.translate("MainWindow", "Backup restored; the replaced database is kept as {kept}.").format(kept=kept), 15_000
        )
        return True

    @staticmethod
    def _folder_problem(exc: OSError) -> str:
        import logging

        logging.getLogger(__name__).warning("backup folder unavailable: %s", exc.strerror or type(exc).__name__)
        return QCoreApplication.translate(
            "MainWindow", "The backup folder cannot be reached or made. Check the backup_folder setting "
            "(crisisdesk config show) or that the network share is available.")

    # --- dialogs (tests replace these) -------------------------------------------------

    def ask_save_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self.window, QCoreApplication.translate("MainWindow", "Back up the database"), suggested, "SQLite (*.sqlite)")
        return path

    def ask_open_path(self, folder: str) -> str:
        path, _ = QFileDialog.getOpenFileName(self.window, QCoreApplication.translate("MainWindow", "Restore from backup"), folder, "SQLite (*.sqlite)")
        return path

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self.window, QCoreApplication.translate("MainWindow", "Restore from backup"), question)
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, message: str) -> None:
        self.window.show_error(message)


def install(window: QMainWindow) -> BackupActions:
    return BackupActions(window)
