"""The exercise leader's window: OEFENING band, clock, script, logbook, BOB and evaluation.

This is the leader's view: it shows the whole script with every expected action. Players
use ``PlayerWindow`` (menu "Open exercise as player…", or "Player view…" here), which
shows only what has been received.

The window asks the service every second what is due (``release_due``); the clock itself
lives in the database, so closing the window or the desk mid-exercise loses nothing and
reopening continues the same exercise time. A released inject is announced without
sound: a flashing banner (until acknowledged) and the inject in bold in the script.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crisisdesk.desk import Desk
from crisisdesk.domain.operations import exercise_clock as clk
from crisisdesk.domain.operations.exercise_clock import ClockStatus
from crisisdesk.domain.operations.records import InjectRecord, OperationRecord
from crisisdesk.labels import label
from crisisdesk.messages import failure_message
from crisisdesk.services.errors import ServiceError
from crisisdesk.ui.common.exercise_band import ExerciseBand, exercise_word
from crisisdesk.ui.operations.exercise_evaluation_panel import EvaluationPanel
from crisisdesk.ui.operations.inject_editor import InjectEditor
from crisisdesk.ui.operations.dialogs import ExerciseSetupDialog, roles_of
from crisisdesk.ui.operations.widgets import BANNER_OFF, BANNER_ON, FLASH_MS, FLASHES, BobPanel, LogbookPanel
from crisisdesk.ui.common.fit import fit_to_screen
from crisisdesk.ui.common.accessibility import name_by_context
from crisisdesk.ui.common import palette

TICK_MS = 1000


class ExerciseWindow(QMainWindow):
    """``injects_released`` fires with the injects each time some are released."""

    injects_released = Signal(list)

    def __init__(self, desk: Desk, exercise_id: int, tick_ms: int = TICK_MS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseWindow")  # dialogs opened from here carry the band too
        self.desk = desk
        self.service = desk.exercises
        self.logbook = desk.logbook
        self.exercise_id = exercise_id
        self.record: OperationRecord = self.service.get(exercise_id)
        self.injects: list[InjectRecord] = []
        self.preview = None
        self.player_windows: list[QWidget] = []
        self.resize(1280, 820)
        fit_to_screen(self)  # a laptop at 125 % has less room

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        self.band = ExerciseBand(central)
        layout.addWidget(self.band)
        body = QVBoxLayout()
        body.setContentsMargins(10, 6, 10, 10)
        body.addLayout(self._clock_bar(central))
        body.addWidget(self._release_banner(central))
        self.tabs = QTabWidget(central)
        roles = lambda: roles_of(self.record.teams)  # noqa: E731
        self.editor = InjectEditor(self.service, exercise_id, roles, self.tabs)
        self.log_panel = LogbookPanel(self.logbook, exercise_id, roles(), lambda: [i for i in self.injects if i.released], self.tabs)
        self.bob_panel = BobPanel(self.logbook, exercise_id, roles(), self.show_pdf, self.tabs, desk.meetings)
        self.evaluation_panel = EvaluationPanel(self.service, exercise_id, self.show_pdf, self.tabs)
        self.tabs.addTab(self.editor, self.tr("Script"))
        self.tabs.addTab(self.log_panel, self.tr("Logbook"))
        self.tabs.addTab(self.bob_panel, self.tr("BOB meeting"))
        self.tabs.addTab(self.evaluation_panel, self.tr("Evaluation"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        body.addWidget(self.tabs, 1)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

        self.editor.changed.connect(self.refresh)
        self.log_panel.entry_added.connect(lambda _id: self.bob_panel.refresh())
        self._flash = QTimer(self, interval=FLASH_MS)
        self._flash.timeout.connect(self._flash_step)
        self._flash_count = 0
        self.timer = QTimer(self, interval=tick_ms)
        self.timer.timeout.connect(self.tick)
        self.refresh()
        self.timer.start()
        name_by_context(self)  # tables and fields named after their tab, for screen readers

    # --- building -----------------------------------------------------------------------

    def _clock_bar(self, parent: QWidget) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.title_label = QLabel(parent)
        self.title_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.clock_label = QLabel("T+00:00", parent)
        self.clock_label.setObjectName("clockLabel")
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(24)
        font.setBold(True)
        self.clock_label.setFont(font)
        self.status_label = QLabel(parent)
        self.next_label = QLabel(parent)
        self.next_label.setStyleSheet(f"color: {palette.MUTED};")
        info = QVBoxLayout()
        info.addWidget(self.title_label)
        info.addWidget(self.status_label)
        info.addWidget(self.next_label)
        bar.addWidget(self.clock_label)
        bar.addSpacing(16)
        bar.addLayout(info, 1)
        self.start_button = self._button(bar, self.tr("Start"), self.start)
        self.pause_button = self._button(bar, self.tr("Pause"), self.pause)
        self.resume_button = self._button(bar, self.tr("Resume"), self.resume)
        self.shift_button = self._button(bar, self.tr("Shift…"), self.ask_shift)
        self.end_button = self._button(bar, self.tr("End exercise"), self.end)
        stacked = QVBoxLayout()  # one above the other: the bar must fit a laptop at 125 %
        self.setup_button = self._button(stacked, self.tr("Exercise details…"), self.edit_details)
        self.player_button = self._button(stacked, self.tr("Player view…"), self.open_player_view)
        bar.addLayout(stacked)
        self.player_button.setToolTip(self.tr("What the players see: logbook, BOB, situation and received injects; "
                                              "never the script. For a second screen or a player's desk."))
        return bar

    def _button(self, bar: QHBoxLayout | QVBoxLayout, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda: slot())
        bar.addWidget(button)
        return button

    def _release_banner(self, parent: QWidget) -> QFrame:
        self.banner = QFrame(parent)
        self.banner.setObjectName("releaseBanner")
        self.banner.setStyleSheet(BANNER_ON)
        row = QHBoxLayout(self.banner)
        self.banner_label = QLabel(self.banner)
        self.banner_label.setWordWrap(True)
        self.banner_label.setStyleSheet("font-size: 13px;")
        self.banner_seen = QPushButton(self.tr("Seen"), self.banner)
        self.banner_seen.clicked.connect(self.acknowledge)
        row.addWidget(self.banner_label, 1)
        row.addWidget(self.banner_seen)
        self.banner.setVisible(False)
        return self.banner

    # --- the clock ----------------------------------------------------------------------

    def _act(self, action: Callable[[], object]) -> None:
        try:
            action()
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Exercise"), self.tr("Not possible now: {reason}").format(reason=exc))
        self.tick()

    def start(self) -> None:
        self._act(lambda: self.service.start(self.exercise_id))

    def pause(self) -> None:
        self._act(lambda: self.service.pause(self.exercise_id))

    def resume(self) -> None:
        self._act(lambda: self.service.resume(self.exercise_id))

    def shift_by(self, minutes: int) -> None:
        self._act(lambda: self.service.shift(self.exercise_id, minutes))

    def ask_shift(self) -> None:
        minutes, ok = QInputDialog.getInt(self, self.tr("Shift remaining injects"),
                                          self.tr("Minutes later (negative: earlier):"), 5, -600, 600)
        if ok and minutes:
            self.shift_by(minutes)

    def end(self) -> None:
        answer = QMessageBox.question(self, self.tr("End exercise"), self.tr("End the exercise? The clock stops for good."))
        if answer == QMessageBox.StandardButton.Yes:
            self._act(lambda: self.service.end(self.exercise_id))

    def tick(self) -> None:
        """Releases what is due and updates the clock (every second, and after each action)."""
        try:
            released = self.service.release_due(self.exercise_id)
        except ServiceError as exc:
            self.status_label.setText(failure_message(exc, "release injects"))
            return
        self.record = self.service.get(self.exercise_id)
        if released:
            self.announce(released)
        self._show_clock()
        if released:
            self.refresh()

    def _show_clock(self) -> None:
        now = self.service.now()
        state = self.record.clock
        self.clock_label.setText(clk.format_exercise_time(clk.exercise_time(state, now)))
        self.title_label.setText(self.record.title)
        status = state.status
        colour = {ClockStatus.RUNNING: palette.ON_TIME, ClockStatus.PAUSED: palette.WARNING}.get(status, palette.MUTED)
        self.status_label.setText(f"<b style='color:{colour}'>{label(status)}</b>"
                                  + (self.tr(" · shifted {m:+d} min").format(m=state.shift_minutes) if state.shift_minutes else ""))
        upcoming = clk.next_due(state, self.injects, now)
        pending = [i for i in self.injects if not i.released]
        if upcoming is not None:
            seconds = int((upcoming - now).total_seconds())
            self.next_label.setText(self.tr("Next inject in {m}:{s:02d} · {n} pending").format(m=seconds // 60, s=seconds % 60, n=len(pending)))
        else:
            self.next_label.setText(self.tr("{n} inject(s) pending").format(n=len(pending)))
        self.start_button.setEnabled(status == ClockStatus.NOT_STARTED)
        self.pause_button.setEnabled(status == ClockStatus.RUNNING)
        self.resume_button.setEnabled(status == ClockStatus.PAUSED)
        self.shift_button.setEnabled(status != ClockStatus.ENDED)
        self.end_button.setEnabled(status in (ClockStatus.RUNNING, ClockStatus.PAUSED))
        self.editor.release_button.setEnabled(status in (ClockStatus.RUNNING, ClockStatus.PAUSED))

    # --- the visual signal ----------------------------------------------------------------

    def announce(self, released: list[InjectRecord]) -> None:
        lines = [self.tr("<b>Inject {offset}</b> — {sender} → {receiver} ({channel}): {content}").format(
            offset=clk.format_offset(i.offset_minutes), sender=i.sender or "—", receiver=i.receiver or "—",
            channel=label(i.channel), content=i.content) for i in released]
        self.banner_label.setText(self.tr("RELEASED: ") + "<br>".join(lines))
        self.banner.setVisible(True)
        self.editor.model.highlighted = {i.id for i in released}
        self._flash_count = 0
        self._flash.start()
        self.injects_released.emit(released)

    def _flash_step(self) -> None:
        self._flash_count += 1
        self.banner.setStyleSheet(BANNER_OFF if self._flash_count % 2 else BANNER_ON)
        if self._flash_count >= FLASHES:
            self._flash.stop()
            self.banner.setStyleSheet(BANNER_ON)  # stays lit until acknowledged

    def acknowledge(self) -> None:
        self._flash.stop()
        self.banner.setVisible(False)
        self.editor.model.highlighted = set()
        self.editor.refresh(self.injects)

    # --- the rest ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self.record = self.service.get(self.exercise_id)
        self.injects = self.service.injects(self.exercise_id)
        self.setWindowTitle(f"{exercise_word()} — {self.record.title} — crisisdesk")
        self.editor.refresh(self.injects)
        self.log_panel.refresh()
        self.bob_panel.refresh()
        if self.tabs.currentWidget() is self.evaluation_panel:
            self.evaluation_panel.refresh()
        self._show_clock()

    def edit_details(self) -> ExerciseSetupDialog:

        dialog = ExerciseSetupDialog(self.desk.scenarios.list(), self, self.record)

        def save(d: ExerciseSetupDialog) -> None:
            self.service.update(self.exercise_id, self.record.version, **d.values())

        dialog.save = save
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def open_player_view(self):
        """The players' window of this exercise (kept alive by this window)."""
        from crisisdesk.ui.operations.player_window import PlayerWindow

        self.player_windows = [w for w in self.player_windows if w.isVisible()]
        window = PlayerWindow(self.desk, self.exercise_id)
        self.player_windows.append(window)
        window.show()
        return window

    def show_pdf(self, pdf: bytes, name: str) -> None:
        from crisisdesk.ui.common.pdf_viewer import PdfPreviewDialog

        self.preview = PdfPreviewDialog(pdf, f"{exercise_word()} — {self.record.title}", name, self)
        self.preview.open()

    def closeEvent(self, event) -> None:
        self.timer.stop()
        self._flash.stop()
        super().closeEvent(event)

