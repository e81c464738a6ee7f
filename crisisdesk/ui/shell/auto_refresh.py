"""Other desks' changes appear without a restart.

Every ``interval`` ms the watcher asks the service for the register's change marker (one
aggregate query) and reloads the list only when it moved, keeping the selected
notification, the rows already fetched and the scroll position.

The marker reads every row (a fifth of a second at 100,000), so the GUI thread reads it
only on ``refresh`` (just before reloading, so a change made meanwhile is seen next
time). The ticks read it off the GUI thread; so does the first one, once the register is
on screen. A new filter keeps the marker: an older marker can cause one reload too many,
never one too few.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from crisisdesk.ui.common import workers

AUTO_REFRESH_MS = 30_000


class RegisterWatcher(QObject):
    """Polls for changes made elsewhere; ``reloaded`` fires after a reload it caused."""

    reloaded = Signal()

    def __init__(self, window, interval: int = AUTO_REFRESH_MS) -> None:
        super().__init__(window)
        self._window = window
        self._marker: tuple | None = None
        self._generation = 0  # a marker read off the GUI thread counts only if none was taken since
        self._workers: set[workers.Worker] = set()
        self.timer = QTimer(self, interval=interval)
        self.timer.timeout.connect(self.poll)
        window.register_loaded.connect(self._first_load)
        self.timer.start()

    def _first_load(self, _rows: int) -> None:
        self._window.register_loaded.disconnect(self._first_load)
        QTimer.singleShot(0, lambda: self._read_marker(self._set_marker))  # after the register is painted

    def remember(self) -> None:
        """Takes the marker now (before a reload: a change during it is seen next time)."""
        self._generation += 1
        try:
            self._marker = self._window.notifications.change_marker()
        except Exception:  # the database is away for a moment; the next check tries again
            self._marker = None

    def _set_marker(self, marker: tuple) -> None:
        self._marker = marker

    def _read_marker(self, then) -> None:
        if self._window.notifications is None:
            return
        self._generation += 1
        generation = self._generation
        worker = workers.Worker(self._window.notifications.change_marker, progress=False)
        worker.signals.result.connect(lambda marker: then(marker) if generation == self._generation else None)
        worker.signals.finished.connect(lambda: self._workers.discard(worker))
        self._workers.add(worker)  # an error is no error here: the database is away, the next tick tries again
        workers.start(worker)

    def poll(self) -> None:
        """The timer's tick: reads the marker off the GUI thread, then ``apply``."""
        if not self._workers and not self._window.populating:
            self._read_marker(self.apply)

    def check(self) -> bool:
        """Reads the marker now and reloads if the register changed; True if it did."""
        window = self._window
        if window.populating or window.notifications is None:
            return False
        try:
            marker = window.notifications.change_marker()
        except Exception:
            return False
        return self.apply(marker)

    def apply(self, marker: tuple) -> bool:
        """Reloads when ``marker`` differs from the last one taken; True if it did."""
        window = self._window
        if window.populating or marker == self._marker:
            return False
        view = window.ui.registerView
        model = window.model
        selected = [model.row_at(i.row()).id for i in view.selectionModel().selectedRows()]
        loaded = model.rowCount()
        scroll = view.verticalScrollBar().value()
        self._generation += 1
        self._marker = marker  # taken before the reload: a change during it is seen next time
        window.reload()
        while model.rowCount() < loaded and model.canFetchMore():
            model.fetchMore()
        for notification_id in selected[:1]:
            row = model.row_of(notification_id)
            if row is not None:
                view.selectRow(row)
        view.verticalScrollBar().setValue(scroll)
        self.reloaded.emit()
        return True
