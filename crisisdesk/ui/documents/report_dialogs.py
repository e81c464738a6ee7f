"""Dialogs that make a report off the GUI thread and then show it in the PDF preview."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from crisisdesk.domain.documents.briefing import BriefingRequest
from crisisdesk.domain.documents.marking import Marking
from crisisdesk.domain.timeutil import to_local, utc_now
from crisisdesk.services.documents.briefing import BriefingCollector, Cancelled
from crisisdesk.ui.common import workers
from crisisdesk.ui.forms.ui_briefing_dialog import Ui_BriefingDialog
from crisisdesk.ui.common.date_typing import typable_dates


def make_briefing(collector: BriefingCollector, request: BriefingRequest, on_progress=None, is_cancelled=None) -> bytes:
    """Collect and lay out (runs in a pool thread; Qt-free)."""
    from crisisdesk.reports.documents.briefing import build_briefing

    data = collector.collect(request, on_progress=on_progress, is_cancelled=is_cancelled)
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()
    return build_briefing(data)


class BriefingDialog(QDialog):
    """Period, meeting date and marking; builds the briefing off the GUI thread with
    progress, then hands the PDF to ``show_pdf``."""

    def __init__(self, collector: BriefingCollector, show_pdf: Callable[[bytes], None], today: date, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_BriefingDialog()
        self.ui.setupUi(self)
        typable_dates(self)  # dates typed as displayed; Tab leaves the field
        self.collector = collector
        self._show_pdf = show_pdf
        self.worker: workers.Worker | None = None
        for marking in Marking:
            self.ui.markingCombo.addItem(marking.value, marking)
        self.ui.progressBar.setVisible(False)
        self.ui.buttonBox.accepted.connect(self.start)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.fromDateEdit.setDate(QDate(today))
        self.ui.toDateEdit.setDate(QDate(today + timedelta(days=13)))
        self.ui.meetingDateEdit.setDate(QDate(today))
        self.ui.markingCombo.setCurrentIndex(self.ui.markingCombo.findData(Marking.CONFIDENTIAL))

    def request(self) -> BriefingRequest:
        return BriefingRequest(
            period_from=self.first_day(),
            period_to=self.last_day(),
            meeting_date=self.ui.meetingDateEdit.date().toPython(),
            marking=Marking(self.ui.markingCombo.currentData()),
            include_personal_data=self.ui.personalDataCheck.isChecked(),
            exercise=self.ui.exerciseCheck.isChecked(),
        )

    def start(self) -> None:
        problem = self.problem()
        if problem:
            self.ui.statusLabel.setText(problem)
            return
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.ui.progressBar.setVisible(True)
        self.ui.progressBar.setRange(0, 0)
        self.ui.statusLabel.setText(self.tr("Making the PDF…"))
        self.worker = workers.Worker(make_briefing, self.collector, self.request())
        self.worker.signals.progress.connect(self._progress)
        self.worker.signals.result.connect(self._done)
        self.worker.signals.error.connect(self._failed)
        workers.start(self.worker)

    def problem(self) -> str:
        if self.ui.toDateEdit.date() < self.ui.fromDateEdit.date():
            return self.tr("The period ends before it starts.")
        return ""

    def _progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, total)
        self.ui.progressBar.setValue(done)

    def _done(self, pdf: bytes) -> None:
        self.worker = None
        self.accept()
        self._show_pdf(pdf)

    def _failed(self, exc: Exception, _traceback: str) -> None:
        self.worker = None
        self.ui.progressBar.setVisible(False)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        if not isinstance(exc, Cancelled):
            self.ui.statusLabel.setText(self.tr("The PDF could not be made: {error}").format(error=exc))

    def reject(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
        super().reject()

    def first_day(self) -> date:
        return self.ui.fromDateEdit.date().toPython()

    def last_day(self) -> date:
        return self.ui.toDateEdit.date().toPython()


def today_local() -> date:
    return to_local(utc_now()).date()
