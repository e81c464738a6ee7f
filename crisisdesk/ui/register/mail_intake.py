"""Notifications from saved e-mails: File → Notification from e-mail…, or drop the files on the register.

Each ``.eml`` or Outlook ``.msg`` is read (``MailIntakeService.read``) and opens the
notification dialog prefilled, one after the other: every field the message gave is
marked "from e-mail" (its form label says so, its tooltip and accessible description
name the answer it came from), every other field is left empty, and a note at the top
shows the moment of receipt with the header it was read from. Saving registers the
notification with the original message. Messages that are refused (no notification,
damaged, too large) or that were registered before are listed in one message.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import QFileDialog

from crisisdesk.i18n import translate

if TYPE_CHECKING:
    from crisisdesk.domain.intake.mail import MailIntake
    from crisisdesk.ui.register.notification_dialog import NotificationDialog

SUFFIXES = (".eml", ".msg")


def mail_files(paths: Iterable[str]) -> list[Path]:
    return [Path(p) for p in paths if Path(p).suffix.lower() in SUFFIXES]


# --- the main window: the action, the drop, one dialog after another ------------------------


class MailIntakeQueue(QObject):
    """Reads the files, opens a prefilled dialog for each in turn, and lists what was refused."""

    def __init__(self, window: Any, paths: list[Path]) -> None:
        super().__init__(window)
        self.window = window
        self.pending = list(paths)
        self.problems: list[str] = []
        self.dialog: NotificationDialog | None = None
        self.worker: object | None = None
        self.opened = 0

    def start(self) -> None:
        self._next()

    def _next(self) -> None:
        """Reads the next file off the GUI thread (a 25 MB message takes seconds), then opens it."""
        from crisisdesk.ui.common import workers

        if not self.pending:
            self._finish()
            return
        path = self.pending.pop(0)
        self.window.ui.statusbar.showMessage(
            QCoreApplication.translate("MainWindow", "Reading {name}…").format(name=path.name))
        worker = workers.Worker(self._read, path, progress=False)
        worker.signals.result.connect(lambda answer: self._read_done(path, answer))
        worker.signals.error.connect(lambda exc, _trace: self._read_failed(path, exc))
        self.worker = workers.start(worker)

    def _read(self, path: Path) -> tuple[MailIntake, bytes, int | None]:
        service = self.window.desk.mail_intake
        intake, data = service.read(path)
        return intake, data, service.registered_as(intake)

    def _read_done(self, path: Path, answer: tuple[MailIntake, bytes, int | None]) -> None:
        from crisisdesk.messages import duplicate_message

        self.window.ui.statusbar.clearMessage()
        intake, data, known = answer
        if known is not None:
            self.problems.append(f"{path.name}: {duplicate_message(known)}")
            self._next()
            return
        self._open(intake, data)

    def _read_failed(self, path: Path, exc: BaseException) -> None:
        from crisisdesk.messages import describe_error, unexpected_message

        self.window.ui.statusbar.clearMessage()
        message = describe_error(exc)
        if message is None:  # the traceback to the log file only
            logging.getLogger(__name__).error("reading a dropped message failed", exc_info=exc)
        self.problems.append(f"{path.name}: {message or unexpected_message()}")
        self._next()

    def _finish(self) -> None:
        self.dialog = None
        if self.problems:
            self.window.show_error("\n\n".join(self.problems))
        self.deleteLater()

    def _open(self, intake: MailIntake, data: bytes) -> None:
        from crisisdesk.ui.register.notification_dialog import NotificationDialog

        window = self.window
        dialog = NotificationDialog(window.desk, None, parent=window, intake=(intake, data))
        dialog.notification_saved.connect(window._saved)
        dialog.open_requested.connect(window.open_notification)
        dialog.finished.connect(lambda _result: self._next())
        self.dialog = dialog
        self.opened += 1
        dialog.open()


class _DropFilter(QObject):
    """Accepts .eml and .msg files dropped on the register."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            assert isinstance(event, QDropEvent)
            paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
            if not mail_files(paths) or self.window.desk is None:
                return False
            event.acceptProposedAction()
            if kind == QEvent.Type.Drop:
                open_mail_files(self.window, paths)
            return True
        return False


def open_mail_files(window: Any, paths: Iterable[str]) -> MailIntakeQueue | None:
    """One prefilled dialog after another for the e-mails among ``paths``."""
    from crisisdesk.labels import storage_message

    files = mail_files(paths)
    others = [Path(p).name for p in paths if Path(p).suffix.lower() not in SUFFIXES]
    if window.desk is None:
        return None
    if window.read_only or window.desk.read_only:
        window.show_error(storage_message("read_only_mode"))
        return None
    if others and not files:
        window.show_error(translate("Errors", "{name} is no saved e-mail: only .eml files and Outlook .msg files can "
                                              "be taken in.").format(name=", ".join(others)))
        return None
    queue = MailIntakeQueue(window, files)
    window.mail_intake_queue = queue
    queue.start()
    return queue


def install(window: Any) -> QAction:
    """File → Notification from e-mail…, and dropping e-mails on the register."""
    ui = window.ui
    action = QAction(QCoreApplication.translate("MainWindow", "Notification from &e-mail…"), window)
    action.setObjectName("mailIntakeAction")
    action.setToolTip(QCoreApplication.translate(
        "MainWindow", "Register a notification from a saved e-mail (.eml or Outlook .msg); you can also drop the files on the register"))
    menu = ui.fileMenu
    actions = menu.actions()
    after_new = actions[actions.index(ui.newAction) + 1] if ui.newAction in actions else None
    menu.insertAction(after_new, action)

    def choose() -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            window, QCoreApplication.translate("MainWindow", "Notification from e-mail"), "",
            QCoreApplication.translate("MainWindow", "Saved e-mails (*.eml *.msg)"))
        if paths:
            open_mail_files(window, paths)

    action.triggered.connect(choose)
    view = ui.registerView
    drop = _DropFilter(window)
    for target in (view, view.viewport()):
        target.setAcceptDrops(True)
        target.installEventFilter(drop)
    window.mail_drop_filter = drop
    return action


__all__ = ["install", "open_mail_files"]
