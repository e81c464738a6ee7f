"""The permit part of the event dialog: status, application, the live decision deadline.

The decision term is 12 weeks from the application, extendable once by 12 weeks
(``domain.events.permit_decision_deadline``). The "extended" check box and the
status "Decision term extended" are one fact: ticking the box sets that status and
choosing that status ticks the box, so what is shown is what the service stores.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject

from crisisdesk.domain.events.rules import PENDING_PERMIT_STATUSES, PermitStatus, permit_decision_deadline
from crisisdesk.domain.timeutil import NonexistentLocalTime, local_to_aware
from crisisdesk.labels import format_duration, format_moment
from crisisdesk.ui.common import combos
from crisisdesk.ui.common.widgets import (
    LATE_BACKGROUND,
    LATE_COLOUR,
    MUTED_COLOUR,
    ON_TIME_BACKGROUND,
    ON_TIME_COLOUR,
    WARNING_BACKGROUND,
    WARNING_COLOUR,
    badge_style,
    wall_clock,
)
from crisisdesk.ui.common import palette

DEADLINE_NEAR = timedelta(days=14)  # a pending decision this close gets the warning colour
NO_APPLICATION = (PermitStatus.NOT_REQUIRED, PermitStatus.NOT_APPLIED)
DECIDED = (PermitStatus.GRANTED, PermitStatus.REFUSED)


class PermitPanel(QObject):
    def __init__(self, ui, now: Callable[[], datetime], parent: QObject) -> None:
        super().__init__(parent)
        self.ui = ui
        self._now = now
        self.deadline: datetime | None = None
        ui.permitStatusCombo.currentIndexChanged.connect(self._status_changed)
        ui.permitExtendedCheck.toggled.connect(self._extended_toggled)
        ui.permitAppliedEdit.dateTimeChanged.connect(lambda _value: self.update())

    def status(self) -> PermitStatus:
        return combos.chosen(self.ui.permitStatusCombo, PermitStatus)

    def _status_changed(self) -> None:
        ui = self.ui
        status = self.status()
        ui.permitExtendedCheck.blockSignals(True)
        ui.permitExtendedCheck.setChecked(status == PermitStatus.EXTENDED)
        ui.permitExtendedCheck.blockSignals(False)
        self.update()

    def _extended_toggled(self, extended: bool) -> None:
        if self.status() in PENDING_PERMIT_STATUSES:
            combos.select(self.ui.permitStatusCombo, PermitStatus.EXTENDED if extended else PermitStatus.APPLIED)
        self.update()

    def _applied_at(self) -> datetime | None:
        try:
            return local_to_aware(wall_clock(self.ui.permitAppliedEdit))
        except NonexistentLocalTime:
            return None

    def update(self, applied_at: datetime | None = None) -> None:
        """Enables what applies to the status and shows the decision deadline."""
        ui = self.ui
        status = self.status()
        applied = status not in NO_APPLICATION
        ui.permitAppliedEdit.setEnabled(applied)
        ui.permitExtendedCheck.setEnabled(status in PENDING_PERMIT_STATUSES)
        ui.permitDecidedEdit.setEnabled(status in DECIDED)
        label = ui.permitDeadlineLabel
        if not applied:
            self.deadline = None
            label.setText(self.tr("No application"))
            label.setStyleSheet(f"color: {MUTED_COLOUR};")
            return
        applied_at = applied_at or self._applied_at()
        self.deadline = permit_decision_deadline(applied_at, status == PermitStatus.EXTENDED)
        if self.deadline is None:
            label.setText(self.tr("Enter an existing application time."))
            label.setStyleSheet(f"color: {MUTED_COLOUR};")
            return
        moment = format_moment(self.deadline)
        left = self.deadline - self._now()
        if status not in PENDING_PERMIT_STATUSES:
            text, colours = self.tr("{moment} (decided)").format(moment=moment), (MUTED_COLOUR, palette.NEUTRAL_BACKGROUND)
        elif left < timedelta(0):
            text = self.tr("{moment} — overdue by {time}").format(moment=moment, time=format_duration(-left))
            colours = (LATE_COLOUR, LATE_BACKGROUND)
        elif left < DEADLINE_NEAR:
            text = self.tr("{moment} — {time} left").format(moment=moment, time=format_duration(left))
            colours = (WARNING_COLOUR, WARNING_BACKGROUND)
        else:
            text = self.tr("{moment} — {time} left").format(moment=moment, time=format_duration(left))
            colours = (ON_TIME_COLOUR, ON_TIME_BACKGROUND)
        label.setText(text)
        label.setStyleSheet(badge_style(*colours))
