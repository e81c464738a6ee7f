"""An unexpected error shows a Dutch dialog instead of vanishing, and lands in the log.

``install()`` sets ``sys.excepthook`` (PySide6 hands exceptions raised in slots and
overridden methods to it). The dialog says what happened, that saved work is safe, and
offers "Copy details" (traceback and diagnostics, e-mail addresses and phone numbers
masked) and "Open log folder".
"""

from __future__ import annotations

import html
import logging
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout

from crisisdesk import __version__
from crisisdesk.logs import describe_database, log_file, log_folder, mask

log = logging.getLogger("crisisdesk.crash")


def open_folder(folder: Path) -> bool:
    """Opens ``folder`` in the file manager (a seam for tests)."""
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def versions() -> dict[str, str]:
    """crisisdesk and what it runs on, for About and the diagnostics."""
    import PySide6
    import sqlalchemy
    from PySide6.QtCore import qVersion

    found = {
        "crisisdesk": __version__,
        "Python": platform.python_version(),
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
        "SQLAlchemy": sqlalchemy.__version__,
    }
    try:
        import reportlab

        found["reportlab"] = reportlab.Version
    except ImportError:  # pragma: no cover - a dependency
        found["reportlab"] = "?"
    return found


def diagnostics(database_url: str = "") -> str:
    """Versions, system, configuration (no passwords) and log file: no personal data."""
    from crisisdesk.config import active
    from crisisdesk.resources import resource_dir

    lines = [f"{name} {version}" for name, version in versions().items()]
    lines.append(f"{platform.system()} {platform.release()} ({platform.machine()})" + (" frozen" if getattr(sys, "frozen", False) else ""))
    lines.append(f"resources: {resource_dir()}")
    config = active()
    if config is not None:
        for key, setting in config.settings.items():
            value = setting.value
            if key == "database_url" and value:
                value = describe_database(value)
            lines.append(f"{key} = {value or '-'} [{setting.source}]")
        for source, path, found in config.files:
            lines.append(f"{source} file: {path} ({'read' if found else 'absent'})")
    if database_url:
        lines.append(f"database: {describe_database(database_url)}")
    lines.append(f"log: {log_file(config)}")
    return "\n".join(lines)


class CrashDialog(QDialog):
    """What went wrong, in words; the details for whoever helps."""

    def __init__(self, summary: str, details: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("crisisdesk — unexpected error"))
        self.details = details
        self.message = QLabel(
            self.tr(
                "<b>Something went wrong in crisisdesk.</b><p>{summary}</p><p>What you saved earlier is safe: every "
                "save is stored at once. What you were doing just now may not have been saved; please check it. "
                "You can work on, or close crisisdesk and start it again.</p><p>If this happens again, choose Copy "
                "details and send them with the log file to your IT service desk.</p>"
            ).format(summary=summary),
            self,
        )
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(520)
        self.text = QPlainTextEdit(details, self)
        self.text.setReadOnly(True)
        self.text.setFont(QFont("monospace"))
        self.text.setMinimumHeight(160)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.log_button = QPushButton(self.tr("Open log folder"), self)
        close = QPushButton(self.tr("Close"), self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.log_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.copy_button.clicked.connect(self.copy_details)
        self.log_button.clicked.connect(lambda: open_folder(log_folder()))
        close.clicked.connect(self.accept)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)


_open: list[CrashDialog] = []  # shown, not yet closed: keeps them alive


def handle(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook``: log the error, then show the dialog (one at a time)."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    log.error("unexpected error", exc_info=(kind, exc, tb))
    if QApplication.instance() is None:
        sys.__excepthook__(kind, exc, tb)
        return
    if any(dialog.isVisible() for dialog in _open):
        return  # a burst of the same failure: the first dialog says it
    details = mask("".join(traceback.format_exception(kind, exc, tb))) + "\n" + diagnostics()
    summary = html.escape(mask(f"{kind.__name__}: {exc}")[:300])
    dialog = CrashDialog(summary, details, QApplication.activeWindow())
    dialog.finished.connect(lambda _result, d=dialog: _open.remove(d) if d in _open else None)
    _open.append(dialog)
    dialog.open()


def install() -> None:
    sys.excepthook = handle
