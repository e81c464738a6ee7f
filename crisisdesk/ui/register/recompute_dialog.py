"""Recomputing registered terms for a period: first the before/after list, then (on
request) the change, written to the audit trail. Nothing changes without the preview."""

from __future__ import annotations

from datetime import date, timedelta
from typing import cast

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crisisdesk.labels import format_moment
from crisisdesk.domain.timeutil import to_local, utc_now
from crisisdesk.services.errors import ServiceError
from crisisdesk.services.register.rule_sets import RecomputeRow, RuleSetService
from crisisdesk.ui.common import palette
from crisisdesk.ui.common.widgets import save_failure

CHANGED = QColor(palette.LATE_BACKGROUND)


class RecomputeDialog(QDialog):
    def __init__(self, service: RuleSetService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.rows: list[RecomputeRow] = []
        self.setWindowTitle(self.tr("Recompute notice terms"))
        self.resize(1180, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Registered notifications keep the deadline they were registered with. Here you can apply the "
            "current rule sets to the notifications of a period: first you see every change, then you decide. "
            "Each change is written to the audit trail."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        period = QHBoxLayout()
        today = to_local(utc_now()).date()
        until = today + timedelta(days=365)
        self.from_edit = QDateEdit(QDate(today.year, 1, 1), self)
        self.to_edit = QDateEdit(QDate(until.year, until.month, until.day), self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        self.preview_button = QPushButton(self.tr("Show changes"), self)
        self.preview_button.clicked.connect(self.preview)
        period.addWidget(QLabel(self.tr("Manifestations starting from"), self))
        period.addWidget(self.from_edit)
        period.addWidget(QLabel(self.tr("to"), self))
        period.addWidget(self.to_edit)
        period.addWidget(self.preview_button)
        period.addStretch(1)
        layout.addLayout(period)
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("recomputeTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Notification"), self.tr("Verdict before → after"), self.tr("Deadline before"),
            self.tr("Deadline after"), self.tr("Start"), self.tr("Received"), self.tr("Rule set")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)  # a long purpose is cut, not the figures
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)
        layout.addWidget(self.table, 1)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(self.tr("Recompute these notifications"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        layout.addWidget(buttons)

    def period(self) -> tuple[date, date]:
        return cast(date, self.from_edit.date().toPython()), cast(date, self.to_edit.date().toPython())

    def verdict(self, on_time: bool) -> str:
        return self.tr("on time") if on_time else self.tr("late")

    def preview(self) -> None:
        first, last = self.period()
        if last < first:
            self.summary_label.setText(self.tr("The end of the period lies before its start."))
            return
        # the changes of verdict first: those are what the advisor must look at
        self.rows = sorted(self.service.recompute_preview(first, last), key=lambda r: not r.verdict_changes)
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            rule = row.new_rule if row.old_rule == row.new_rule else f"{row.old_rule} → {row.new_rule}"
            cells = (f"#{row.id} {row.purpose}", f"{self.verdict(row.old_on_time)} → {self.verdict(row.new_on_time)}",
                     format_moment(row.old_deadline), format_moment(row.new_deadline), format_moment(row.start_at),
                     format_moment(row.received_at), rule)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.verdict_changes and column == 1:
                    item.setBackground(CHANGED)
                self.table.setItem(index, column, item)
        self.table.setColumnWidth(0, 300)
        flips = sum(1 for row in self.rows if row.verdict_changes)
        if self.rows:
            self.summary_label.setText(self.tr(
                "{n} notification(s) would get another deadline; for {flips} of them the verdict changes "
                "(late → on time: {to_on_time}, on time → late: {to_late}). Nothing has been changed yet.").format(
                n=len(self.rows), flips=flips, to_on_time=sum(1 for r in self.rows if r.new_on_time and not r.old_on_time),
                to_late=sum(1 for r in self.rows if r.old_on_time and not r.new_on_time)))
        else:
            self.summary_label.setText(self.tr("Every notification in this period already has the term of the current rule sets."))
        self.apply_button.setEnabled(bool(self.rows))

    def apply(self) -> None:
        first, last = self.period()
        try:
            done = self.service.recompute(first, last, ids={row.id for row in self.rows})
        except ServiceError as exc:
            QMessageBox.warning(self, self.windowTitle(), save_failure(exc, self.tr("A notification was deleted meanwhile.")))
            return
        self.summary_label.setText(self.tr("{n} notification(s) recomputed; the audit trail records each change.").format(n=len(done)))
        self.apply_button.setEnabled(False)
        self.rows = []
