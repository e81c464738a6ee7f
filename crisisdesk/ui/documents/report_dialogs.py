"""Dialogs that make a report off the GUI thread and then show it in the PDF preview."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from crisisdesk.domain.documents.briefing import BriefingRequest
from crisisdesk.domain.documents.marking import Marking, personal_data_refusal, rule_sentence
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
    progress, then hands the PDF to ``show_pdf``.

    The line under the marking states the rule that will apply; personal data can be
    ticked only with the marking Vertrouwelijk (any other marking refuses it)."""

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
        self.ui.markingCombo.currentIndexChanged.connect(lambda _index: self._marking_changed())
        self.ui.personalDataCheck.toggled.connect(lambda _checked: self._marking_changed())
        self._marking_changed()

    def marking(self) -> Marking:
        return Marking(self.ui.markingCombo.currentData())

    def _marking_changed(self) -> None:
        """Personal data only under Vertrouwelijk; the rule line follows the choice."""
        allowed = not personal_data_refusal(self.marking(), True)
        check = self.ui.personalDataCheck
        if not allowed and check.isChecked():
            check.blockSignals(True)
            check.setChecked(False)
            check.blockSignals(False)
        check.setEnabled(allowed)
        check.setToolTip(self.tr("Left out by default (AVG): a named organiser linked to a purpose can reveal political or religious opinions.")
                         if allowed else self.tr("Only a Confidential briefing can hold organisers' personal data."))
        self.ui.ruleLabel.setText(rule_sentence(self.marking(), check.isChecked()))

    def request(self) -> BriefingRequest:
        return BriefingRequest(
            period_from=self.first_day(),
            period_to=self.last_day(),
            meeting_date=self.ui.meetingDateEdit.date().toPython(),
            marking=self.marking(),
            include_personal_data=self.ui.personalDataCheck.isChecked(),
            exercise=self.ui.exerciseCheck.isChecked(),
            appendix=self.ui.appendixCheck.isChecked(),
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
        return personal_data_refusal(self.marking(), self.ui.personalDataCheck.isChecked())

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
            from crisisdesk.messages import failure_message

            self.ui.statusLabel.setText(self.tr("The PDF could not be made: {error}").format(error=failure_message(exc, "report PDF")))

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
