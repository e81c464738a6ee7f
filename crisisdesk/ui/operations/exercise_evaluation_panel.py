"""The evaluation tab of an exercise: per inject the expected and the observed action and the
response time; observations, lessons and improvement actions; the evaluation report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget
from PySide6.QtCore import QCoreApplication, Qt

from crisisdesk.domain.operations.exercise_clock import format_offset
from crisisdesk.domain.operations.records import ExerciseEvaluation, FindingRecord, InjectEvaluation
from crisisdesk.labels import format_moment, label
from crisisdesk.services.operations.exercises import ExerciseService
from crisisdesk.ui.operations.dialogs import FindingDialog
from crisisdesk.ui.operations.models import RecordModel
from crisisdesk.ui.operations.widgets import selected, table
from crisisdesk.ui.common import palette


def response_text(value: timedelta | None) -> str:
    if value is None:
        return "—"
    seconds = int(value.total_seconds())
    return f"{seconds // 60}:{seconds % 60:02d}"


def evaluation_model(parent=None) -> RecordModel:
    columns = [
        (QCoreApplication.translate("ExerciseEvaluation", "T+"), lambda i: format_offset(i.inject.offset_minutes)),
        (QCoreApplication.translate("ExerciseEvaluation", "Content"), lambda i: i.inject.content),
        (QCoreApplication.translate("ExerciseEvaluation", "Expected action"), lambda i: i.inject.expected_action),
        (QCoreApplication.translate("ExerciseEvaluation", "Observed action"), lambda i: i.inject.observed_action),
        (QCoreApplication.translate("ExerciseEvaluation", "Response (min:s)"), lambda i: response_text(i.response)),
        (QCoreApplication.translate("ExerciseEvaluation", "Note"), lambda i: i.inject.evaluation_note),
    ]
    return RecordModel(columns, parent, background=lambda i: None if i.inject.released else palette.NOT_RELEASED_BACKGROUND)


def finding_model(parent=None) -> RecordModel:
    columns = [
        (QCoreApplication.translate("ExerciseEvaluation", "Kind"), lambda f: label(f.kind)),
        (QCoreApplication.translate("ExerciseEvaluation", "Finding"), lambda f: f.text),
        (QCoreApplication.translate("ExerciseEvaluation", "Owner"), lambda f: f.owner),
        (QCoreApplication.translate("ExerciseEvaluation", "Deadline"), lambda f: format_moment(f.due_at, weekday=False)),
    ]
    return RecordModel(columns, parent)


class EvaluationPanel(QWidget):
    def __init__(self, service: ExerciseService, exercise_id: int, show_pdf: Callable[[bytes, str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.exercise_id = exercise_id
        self._show_pdf = show_pdf
        self.evaluation: ExerciseEvaluation | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.inject_model = evaluation_model(self)
        self.inject_view = table(self.inject_model, splitter, 1, (70, 360, 260, 260, 110, 160))
        self.finding_model = finding_model(self)
        self.finding_view = table(self.finding_model, splitter, 1, (150, 500, 160, 130))
        splitter.addWidget(self.inject_view)
        splitter.addWidget(self.finding_view)
        splitter.setSizes([300, 150])
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        self.observe_button = QPushButton(self.tr("Observed action…"), self)
        self.observe_button.clicked.connect(self.observe_selected)
        self.finding_button = QPushButton(self.tr("New observation, lesson or improvement…"), self)
        self.finding_button.clicked.connect(self.new_finding)
        self.report_button = QPushButton(self.tr("Evaluation report (PDF)…"), self)
        self.report_button.clicked.connect(self.report)
        row.addWidget(self.observe_button)
        row.addWidget(self.finding_button)
        row.addStretch(1)
        row.addWidget(self.report_button)
        layout.addLayout(row)

    def refresh(self) -> None:
        self.evaluation = self.service.evaluation(self.exercise_id)
        self.inject_model.set_rows(self.evaluation.injects)
        self.finding_model.set_rows(self.evaluation.findings)
        released = sum(1 for i in self.evaluation.injects if i.inject.released)
        self.summary.setText(self.tr("{released} of {total} injects released · median response {median} · "
                                     "released without a response: {open}").format(
            released=released, total=len(self.evaluation.injects),
            median=response_text(self.evaluation.median_response), open=self.evaluation.unanswered))

    def observe_selected(self) -> None:
        item: InjectEvaluation | None = selected(self.inject_view)
        if item is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Observed action"), item.inject.content[:120],
                                                 item.inject.observed_action)
        if ok:
            self.service.set_observation(item.inject.id, text, item.inject.evaluation_note)
            self.refresh()

    def new_finding(self) -> FindingDialog:
        injects = [i.inject for i in self.evaluation.injects] if self.evaluation else []
        dialog = FindingDialog(injects, self.service.now(), self)

        def save(d: FindingDialog) -> FindingRecord:
            from crisisdesk.ui.operations.dialogs import from_qt

            kind = d.ui.kindCombo.currentData()
            improvement = d.ui.ownerEdit.isEnabled()
            return self.service.add_finding(self.exercise_id, kind, d.ui.textEdit.toPlainText(),
                                            d.ui.ownerEdit.text() if improvement else "",
                                            from_qt(d.ui.dueEdit.dateTime()) if improvement else None,
                                            d.ui.injectCombo.currentData())

        dialog.save = save
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def report(self) -> None:
        from crisisdesk.reports.operations.exercise_report import build_exercise_report

        self._show_pdf(build_exercise_report(self.service.evaluation(self.exercise_id)), "evaluatie-oefening.pdf")
