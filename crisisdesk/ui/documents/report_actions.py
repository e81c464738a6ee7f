"""The main window's Reports menu: briefing, term evaluation, and the Wom letters for
the selected notification. ``install(window)`` is the one call the main window makes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

if TYPE_CHECKING:
    from crisisdesk.ui.common.pdf_viewer import PdfPreviewDialog
    from crisisdesk.ui.documents.term_evaluation_window import EvaluationWindow
    from crisisdesk.ui.documents.report_dialogs import BriefingDialog




class ReportActions:
    def __init__(self, window) -> None:
        self.window = window
        menu = QMenu(QCoreApplication.translate("MainWindow", "&Reports"), window)
        menu.setObjectName("reportsMenu")
        self.menu = menu
        self.briefing_action = self._action(menu, "briefingAction", QCoreApplication.translate("MainWindow", "Briefing for the local triangle…"), self.briefing)
        self.evaluation_action = self._action(menu, "evaluationAction", QCoreApplication.translate("MainWindow", "Term evaluation…"), self.evaluation)
        menu.addSeparator()
        self.receipt_action = self._action(menu, "receiptLetterAction", QCoreApplication.translate("MainWindow", "Receipt letter for the selected notification"), lambda: self.letter("receipt"))
        self.decision_action = self._action(menu, "decisionLetterAction", QCoreApplication.translate("MainWindow", "Decision letter for the selected notification"), lambda: self.letter("decision"))
        bar = window.menuBar()
        help_menu = getattr(window.ui, "helpMenu", None)
        if help_menu is not None:
            bar.insertMenu(help_menu.menuAction(), menu)
        else:
            bar.addMenu(menu)
        self.preview: PdfPreviewDialog | None = None
        self.evaluation_window: EvaluationWindow | None = None

    def _action(self, menu: QMenu, name: str, text: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def show_pdf(self, pdf: bytes, title: str, name: str) -> PdfPreviewDialog:
        from crisisdesk.ui.common.pdf_viewer import PdfPreviewDialog

        self.preview = PdfPreviewDialog(pdf, title, name, self.window)
        self.preview.open()
        return self.preview

    def briefing(self) -> BriefingDialog:
        from crisisdesk.ui.documents.report_dialogs import BriefingDialog, today_local

        collector = self.window.desk.briefing
        dialog = BriefingDialog(collector, lambda pdf: self.show_pdf(pdf, QCoreApplication.translate("MainWindow", "Briefing"), "briefing-driehoek.pdf"),
                                today_local(), self.window)
        dialog.open()
        return dialog

    def evaluation(self) -> EvaluationWindow:
        """The term evaluation screen (one per desk; its PDF button leads to the preview)."""
        from crisisdesk.ui.documents.term_evaluation_window import EvaluationWindow
        from crisisdesk.ui.documents.report_dialogs import today_local

        if self.evaluation_window is None:
            self.evaluation_window = EvaluationWindow(
                self.window.desk,
                lambda pdf: self.show_pdf(pdf, QCoreApplication.translate("MainWindow", "Term evaluation"), "evaluatie-termijn.pdf"),
                today_local(), self.window)
        self.evaluation_window.show()
        self.evaluation_window.raise_()
        self.evaluation_window.activateWindow()
        return self.evaluation_window

    def letter(self, kind: str) -> None:
        from crisisdesk.reports.documents.letters import build_decision_letter, build_receipt
        from crisisdesk.services.errors import ServiceError
        from crisisdesk.messages import letter_refusal_message
        from crisisdesk.services.documents.letters import LetterRefused, NoDecision

        indexes = self.window.selected_register_rows()
        if not indexes:
            QMessageBox.information(self.window, QCoreApplication.translate("MainWindow", "Letters"), QCoreApplication.translate("MainWindow", "Select a notification in the register first."))
            return
        notification_id = self.window.model.row_at(indexes[0].row()).id
        try:
            # the preview shows "adres ontbreekt" instead of refusing
            data = self.window.desk.letter_input(notification_id, kind, allow_missing_address=True)
        except LetterRefused as exc:
            QMessageBox.information(self.window, QCoreApplication.translate("MainWindow", "Letters"), letter_refusal_message(exc))
            return
        except NoDecision:
            QMessageBox.information(self.window, QCoreApplication.translate("MainWindow", "Letters"),
                                    QCoreApplication.translate("MainWindow", "Notification #{id} has no decision yet.").format(id=notification_id))
            return
        except ServiceError as exc:
            from crisisdesk.messages import failure_message

            self.window.show_error(failure_message(exc, "letter"))
            return
        pdf = build_receipt(data) if kind == "receipt" else build_decision_letter(data)
        name = f"{'ontvangstbevestiging' if kind == 'receipt' else 'besluit'}-{notification_id}.pdf"
        self.show_pdf(pdf, QCoreApplication.translate("MainWindow", "Letter for notification #{id}").format(id=notification_id), name)


def install(window) -> ReportActions:
    window.report_actions = ReportActions(window)
    return window.report_actions
