"""The term evaluation on screen: choose a period, calculate off the GUI thread, read
the figures per rule set overall, per month, per wijk, per kind and the lead times;
then print the same figures as PDF or take the tables to a spreadsheet as CSV.

Opened from Reports → Term evaluation…; QtCharts and the evaluation service load with
this module, not at the desk's start.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from crisisdesk.desk import Desk
from crisisdesk.domain.documents.term_evaluation import Evaluation
from crisisdesk.domain.documents.marking import Marking
from crisisdesk.domain.timeutil import to_local, utc_now
from crisisdesk.messages import failure_message
from crisisdesk.services.documents.briefing import Cancelled
from crisisdesk.ui.common import workers
from crisisdesk.ui.documents.term_evaluation_tabs import EvaluationTabs
from crisisdesk.ui.forms.ui_evaluation_window import Ui_EvaluationWindow
from crisisdesk.ui.common.fit import fit_to_screen
from crisisdesk.ui.common.date_typing import typable_dates
from crisisdesk.ui.common.accessibility import name_by_context


def last_twelve_months(today: date) -> tuple[date, date]:
    """The twelve whole months before the current one: no half month skews a share."""
    last = today.replace(day=1) - timedelta(days=1)
    first = date(last.year, 1, 1) if last.month == 12 else date(last.year - 1, last.month + 1, 1)
    return first, last


def make_pdf(ev: Evaluation, user: str, marking: Marking, author: str = "") -> bytes:
    """Lays out the evaluation already on screen (runs in a pool thread; Qt-free)."""
    from crisisdesk.reports.documents.term_evaluation import build_evaluation

    return build_evaluation(ev, user, to_local(utc_now()), marking, author=author)


class EvaluationWindow(QWidget):
    """``calculated`` fires with the ``Evaluation`` once it is on screen; ``failed`` with the message."""

    calculated = Signal(object)
    failed = Signal(str)

    def __init__(self, desk: Desk, show_pdf: Callable[[bytes], object], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.ui = Ui_EvaluationWindow()
        self.ui.setupUi(self)
        typable_dates(self)  # dates typed as displayed; Tab leaves the field
        fit_to_screen(self)  # a laptop at 125 % has less room
        self.desk = desk
        self.user = desk.user
        self._show_pdf = show_pdf
        self.result: Evaluation | None = None
        self.worker: workers.Worker | None = None
        self.pdf_worker: workers.Worker | None = None
        self.tabs = EvaluationTabs(self.ui, self)
        name_by_context(self)  # each tab's table and chart are named after the tab
        first, last = last_twelve_months(today)
        self.ui.fromDateEdit.setDate(QDate(first))
        self.ui.toDateEdit.setDate(QDate(last))
        for marking in Marking:
            self.ui.markingCombo.addItem(marking.value, marking)
        self.ui.markingCombo.setCurrentIndex(self.ui.markingCombo.findData(Marking.INTERNAL))
        self.ui.progressBar.setVisible(False)
        self.ui.calculateButton.setFocus()
        self.ui.summaryLabel.setText(self.tr("Choose a period and press Calculate."))
        self._set_result_actions(False)
        self.ui.calculateButton.clicked.connect(self.calculate)
        self.ui.pdfButton.clicked.connect(self.make_pdf)
        self.ui.exportButton.clicked.connect(self.export_csv)
        self.ui.closeButton.clicked.connect(self.close)
        self.ui.fromDateEdit.dateChanged.connect(self._period_edited)
        self.ui.toDateEdit.dateChanged.connect(self._period_edited)

    # --- the period and the calculation ---------------------------------------------------

    def period(self) -> tuple[date, date]:
        return self.ui.fromDateEdit.date().toPython(), self.ui.toDateEdit.date().toPython()

    def set_period(self, first: date, last: date) -> None:
        self.ui.fromDateEdit.setDate(QDate(first))
        self.ui.toDateEdit.setDate(QDate(last))

    def calculate(self) -> None:
        first, last = self.period()
        if last < first:
            self.ui.statusLabel.setText(self.tr("The period ends before it starts."))
            return
        if self.worker is not None:
            return
        self._busy(True, self.tr("Calculating…"))
        self.worker = workers.Worker(self.desk.term_evaluation, first, last)
        self.worker.signals.progress.connect(self._progress)
        self.worker.signals.result.connect(self._calculated)
        self.worker.signals.error.connect(self._calculation_failed)
        workers.start(self.worker)

    def _busy(self, busy: bool, text: str = "") -> None:
        self.ui.progressBar.setVisible(busy)
        self.ui.progressBar.setRange(0, 0)
        self.ui.calculateButton.setEnabled(not busy)
        self.ui.statusLabel.setText(text)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, total)
        self.ui.progressBar.setValue(done)

    def _calculated(self, result: Evaluation) -> None:
        self.worker = None
        self.result = result
        self.tabs.show(result)
        self._busy(False)
        self._set_result_actions(bool(result.applied.total))
        self.calculated.emit(result)

    def _calculation_failed(self, exc: Exception, _traceback: str) -> None:
        self.worker = None
        self._busy(False)
        if isinstance(exc, Cancelled):
            return
        message = self.tr("The evaluation could not be calculated: {error}").format(error=failure_message(exc, "term evaluation"))
        self.ui.statusLabel.setText(message)
        self.failed.emit(message)

    def _period_edited(self) -> None:
        if self.result is not None and self.period() != (self.result.period_from, self.result.period_to):
            self.ui.statusLabel.setText(self.tr("The period has changed: press Calculate to update the figures."))
        elif self.worker is None:
            self.ui.statusLabel.setText("")

    def _set_result_actions(self, enabled: bool) -> None:
        self.ui.pdfButton.setEnabled(enabled)
        self.ui.exportButton.setEnabled(enabled)
        self.ui.markingCombo.setEnabled(enabled)

    # --- PDF and CSV ------------------------------------------------------------------------

    def make_pdf(self) -> None:
        """The figures on screen, laid out as the PDF report, into the PDF preview."""
        if self.result is None or self.pdf_worker is not None:
            return
        self.ui.pdfButton.setEnabled(False)
        self.ui.statusLabel.setText(self.tr("Making the PDF…"))
        self.pdf_worker = workers.Worker(make_pdf, self.result, self.user, Marking(self.ui.markingCombo.currentData()),
                                         self.desk.document_author(), progress=False)
        self.pdf_worker.signals.result.connect(self._pdf_made)
        self.pdf_worker.signals.error.connect(self._pdf_failed)
        workers.start(self.pdf_worker)

    def _pdf_made(self, pdf: bytes) -> None:
        self.pdf_worker = None
        self.ui.pdfButton.setEnabled(True)
        self.ui.statusLabel.setText("")
        self._show_pdf(pdf)

    def _pdf_failed(self, exc: Exception, _traceback: str) -> None:
        self.pdf_worker = None
        self.ui.pdfButton.setEnabled(True)
        self.ui.statusLabel.setText(self.tr("The PDF could not be made: {error}").format(error=failure_message(exc, "term evaluation PDF")))

    def suggested_csv_name(self) -> str:
        assert self.result is not None
        return f"evaluatie-termijn-{self.result.period_from:%Y-%m-%d}-{self.result.period_to:%Y-%m-%d}.csv"

    def ask_export_path(self, suggested: str) -> str | None:
        """Where to save (a seam for tests)."""
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the tables (CSV)"), str(Path.home() / suggested),
                                                    self.tr("CSV files (*.csv)"))
        return path or None

    def export_csv(self) -> Path | None:
        from crisisdesk.files import write_file
        from crisisdesk.reports.documents.term_evaluation_csv import evaluation_csv

        if self.result is None:
            return None
        chosen = self.ask_export_path(self.suggested_csv_name())
        if not chosen:
            return None
        path = Path(chosen)
        try:
            write_file(path, evaluation_csv(self.result))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export"), failure_message(exc, "term evaluation CSV"))
            return None
        self.ui.statusLabel.setText(self.tr("Saved: {path}").format(path=path))
        return path

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.worker is not None:
            self.worker.cancel()
        super().closeEvent(event)
