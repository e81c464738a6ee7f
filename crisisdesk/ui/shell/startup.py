"""Housekeeping when the desk opens, off the GUI thread: the daily backup (and retention).

Each job reports in the status bar; a failure is shown, never swallowed, and never stops
the desk from opening.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from crisisdesk.services.privacy.backup import daily_backup
from crisisdesk.ui.common import workers
def start_daily_backup(window, home: Path, url: str) -> workers.Worker:
    """Today's copy of a SQLite database in the data folder's backups (once a day)."""
    worker = workers.Worker(daily_backup, home, url, progress=False)

    def done(path: Path | None) -> None:
        if path is not None:
            window.ui.statusbar.showMessage(QCoreApplication.translate("MainWindow", "Daily backup written: {name}").format(name=path.name), 8000)

    worker.signals.result.connect(done)
    worker.signals.error.connect(lambda exc, _tb: window.show_error(QCoreApplication.translate("MainWindow", "The daily backup failed: {error}").format(error=_failure(exc, "daily backup"))))
    window._startup_jobs = [*getattr(window, "_startup_jobs", []), worker]  # keep the signals alive
    return workers.start(worker)


def start_retention(window) -> workers.Worker:
    """AVG retention at start-up: anonymise organiser data past its term, clean the audit
    trail of it, remove old backups (in the desk's data folder) and exports (all logged)."""
    worker = workers.Worker(window.desk.retention.apply, progress=False)

    def done(run) -> None:
        if run.anonymised:
            count = len(run.anonymised)  # a plain name: lupdate misses the call when n is an expression
            window.ui.statusbar.showMessage(
                QCoreApplication.translate("MainWindow", "AVG retention: organiser data of %n notification(s) anonymised.", "", count), 10_000
            )
            window.refresh()

    worker.signals.result.connect(done)
    worker.signals.error.connect(lambda exc, _tb: window.show_error(QCoreApplication.translate("MainWindow", "AVG retention failed: {error}").format(error=_failure(exc, "retention at start-up"))))
    window._startup_jobs = [*getattr(window, "_startup_jobs", []), worker]
    return workers.start(worker)


def _failure(exc: BaseException, doing: str) -> str:
    """The Dutch sentence for a failed background job; the technical part goes to the log."""
    from crisisdesk.messages import failure_message

    return failure_message(exc, doing)
