"""The players' window of an exercise: logbook, BOB meetings, the current situation and the
injects received so far — never the script, an upcoming inject or an expected action.

The window reads through ``PlayerService`` (and the logbook and meeting services), none
of which hands out the script; it has no reference to the exercise service, so nothing
here can show or release an inject. It asks every few seconds what has been received
(the exercise leader's window releases injects on the clock) and announces a newly
received inject with a flashing banner until it is acknowledged. What other desks write
(log lines, actions, meetings) appears at the next look.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crisisdesk.desk import Desk
from crisisdesk.domain.operations import exercise_clock as clk
from crisisdesk.domain.operations.exercise_clock import ClockStatus
from crisisdesk.domain.operations.meetings import PlayerExercise, ReceivedInject
from crisisdesk.domain.operations.records import LogSource
from crisisdesk.labels import label
from crisisdesk.messages import failure_message
from crisisdesk.services.errors import ServiceError
from crisisdesk.ui.common import palette
from crisisdesk.ui.common.accessibility import name_by_context
from crisisdesk.ui.common.exercise_band import ExerciseBand, exercise_word
from crisisdesk.ui.common.fit import fit_to_screen
from crisisdesk.ui.operations.dialogs import roles_of
from crisisdesk.ui.operations.meeting_view import situation_html
from crisisdesk.ui.operations.models import received_model
from crisisdesk.ui.operations.widgets import BANNER_OFF, BANNER_ON, FLASH_MS, FLASHES, BobPanel, LogbookPanel, table

POLL_MS = 2000


class PlayerWindow(QMainWindow):
    """``injects_received`` fires with the injects that arrived since the last look."""

    injects_received = Signal(list)

    def __init__(self, desk: Desk, exercise_id: int, poll_ms: int = POLL_MS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exercisePlayerWindow")  # dialogs opened from here carry the band too
        self.player = desk.exercise_player
        self.logbook = desk.logbook
        self.exercise_id = exercise_id
        self.exercise: PlayerExercise = self.player.exercise(exercise_id)
        self.received: list[ReceivedInject] = []
        self._seen: set[int] | None = None  # ids already shown; None until the first look
        self._stamp: tuple[int, ...] = ()  # the log, actions and meetings as last shown
        self.preview: QDialog | None = None
        self.resize(1200, 800)
        fit_to_screen(self)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        self.band = ExerciseBand(central)
        layout.addWidget(self.band)
        body = QVBoxLayout()
        body.setContentsMargins(10, 6, 10, 10)
        body.addLayout(self._header(central))
        body.addWidget(self._banner(central))
        self.tabs = QTabWidget(central)
        roles = roles_of(self.exercise.teams)
        self.situation_text = QTextBrowser(self.tabs)
        self.received_model = received_model(self)
        self.received_view = table(self.received_model, self.tabs, 4, (110, 180, 160, 100))
        self.log_panel = LogbookPanel(self.logbook, exercise_id, roles, lambda: self.received, self.tabs,
                                      hidden_sources=frozenset({LogSource.CONTROL}))
        self.bob_panel = BobPanel(self.logbook, exercise_id, roles, self.show_pdf, self.tabs, desk.meetings)
        self.tabs.addTab(self.situation_text, self.tr("Current situation"))
        self.tabs.addTab(self.received_view, self.tr("Received injects"))
        self.tabs.addTab(self.log_panel, self.tr("Logbook"))
        self.tabs.addTab(self.bob_panel, self.tr("BOB"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        body.addWidget(self.tabs, 1)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        self.log_panel.entry_added.connect(lambda _id: self.refresh())
        self.bob_panel.changed.connect(self.show_situation)

        self._flash = QTimer(self, interval=FLASH_MS)
        self._flash.timeout.connect(self._flash_step)
        self._flash_count = 0
        self.timer = QTimer(self, interval=poll_ms)
        self.timer.timeout.connect(self.poll)
        self.poll()  # the first look fills every tab
        self.timer.start()
        name_by_context(self)

    def _header(self, parent: QWidget) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.clock_label = QLabel("T+00:00", parent)
        self.clock_label.setObjectName("clockLabel")
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(20)
        font.setBold(True)
        self.clock_label.setFont(font)
        info = QVBoxLayout()
        self.title_label = QLabel(parent)
        self.title_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.status_label = QLabel(parent)
        info.addWidget(self.title_label)
        info.addWidget(self.status_label)
        bar.addWidget(self.clock_label)
        bar.addSpacing(16)
        bar.addLayout(info, 1)
        self.view_label = QLabel(self.tr("Player view"), parent)
        self.view_label.setStyleSheet(f"color: {palette.MUTED}; font-weight: bold;")
        bar.addWidget(self.view_label)
        return bar

    def _banner(self, parent: QWidget) -> QFrame:
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

    # --- looking for what arrived --------------------------------------------------------

    def poll(self) -> None:
        """Reads the clock and the received injects; announces what is new since the last look."""
        try:
            self.exercise = self.player.exercise(self.exercise_id)
            self.received = self.player.received_injects(self.exercise_id)
            stamp = self.player.stamp(self.exercise_id)
        except ServiceError as exc:
            self.status_label.setText(failure_message(exc, "player view refresh"))
            return
        ids = {inject.id for inject in self.received}
        if self._seen is None:
            self._seen = ids  # what was there when the window opened is not news
        new = [inject for inject in self.received if inject.id not in self._seen]
        self._seen |= ids
        self._show_clock()
        if new:
            self.announce(new)
        if new or stamp != self._stamp:  # another desk wrote in the log, an action or a meeting
            self.refresh()

    def _show_clock(self) -> None:
        state = self.exercise.clock
        now = self.player.now()
        self.clock_label.setText(clk.format_exercise_time(clk.exercise_time(state, now)))
        self.title_label.setText(self.exercise.title)
        colour = {ClockStatus.RUNNING: palette.ON_TIME, ClockStatus.PAUSED: palette.WARNING}.get(state.status, palette.MUTED)
        self.status_label.setText(f"<b style='color:{colour}'>{label(state.status)}</b>")

    def announce(self, injects: list[ReceivedInject]) -> None:
        lines = [self.tr("<b>{sender}</b> → {receiver} ({channel}): {content}").format(
            sender=i.sender or "—", receiver=i.receiver or "—", channel=label(i.channel), content=i.content)
            for i in injects]
        self.banner_label.setText(self.tr("RECEIVED: ") + "<br>".join(lines))
        self.banner.setVisible(True)
        self.received_model.highlighted = {i.id for i in injects}
        self._flash_count = 0
        self._flash.start()
        self.injects_received.emit(injects)

    def _flash_step(self) -> None:
        self._flash_count += 1
        self.banner.setStyleSheet(BANNER_OFF if self._flash_count % 2 else BANNER_ON)
        if self._flash_count >= FLASHES:
            self._flash.stop()
            self.banner.setStyleSheet(BANNER_ON)

    def acknowledge(self) -> None:
        self._flash.stop()
        self.banner.setVisible(False)
        self.received_model.highlighted = set()
        self.received_model.set_rows(list(reversed(self.received)))

    # --- the rest --------------------------------------------------------------------------

    def refresh(self) -> None:
        self._stamp = self.player.stamp(self.exercise_id)
        self.setWindowTitle(self.tr("{mark} — {title} — player view — crisisdesk").format(
            mark=exercise_word(), title=self.exercise.title))
        self.received_model.set_rows(list(reversed(self.received)))  # newest first
        self.tabs.setTabText(1, self.tr("Received injects ({n})").format(n=len(self.received)))
        self.show_situation()
        self.log_panel.refresh()
        self.bob_panel.refresh()
        self._show_clock()

    def show_situation(self) -> None:
        self.situation_text.setHtml(situation_html(self.player.situation(self.exercise_id)))

    def show_pdf(self, pdf: bytes, name: str) -> None:
        from crisisdesk.ui.common.pdf_viewer import PdfPreviewDialog

        preview = PdfPreviewDialog(pdf, f"{exercise_word()} — {self.exercise.title}", name, self)
        preview.open()
        self.preview = preview

    def closeEvent(self, event) -> None:
        self.timer.stop()
        self._flash.stop()
        super().closeEvent(event)
