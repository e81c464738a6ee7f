"""Other desks' changes appear without a restart.

Every ``interval`` ms the watcher asks the service for the register's change marker (one
small aggregate query) and reloads the list only when it moved, keeping the selected
notification, the rows already fetched and the scroll position.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

AUTO_REFRESH_MS = 30_000


class RegisterWatcher(QObject):
    """Polls for changes made elsewhere; ``reloaded`` fires after a reload it caused."""

    reloaded = Signal()

    def __init__(self, window, interval: int = AUTO_REFRESH_MS) -> None:
        super().__init__(window)
        self._window = window
        self._marker: tuple | None = None
        self.timer = QTimer(self, interval=interval)
        self.timer.timeout.connect(self.check)
        window.register_loaded.connect(lambda _rows: self._remember())
        self.timer.start()

    def _remember(self) -> None:
        try:
            self._marker = self._window.notifications.change_marker()
        except Exception:  # the database is away for a moment; the next check tries again
            self._marker = None

    def check(self) -> bool:
        """Reloads when the register changed since it was last loaded; True if it did."""
        window = self._window
        if window.populating:
            return False
        try:
            marker = window.notifications.change_marker()
        except Exception:
            return False
        if marker == self._marker:
            return False
        view = window.ui.registerView
        model = window.model
        selected = [model.row_at(i.row()).id for i in view.selectionModel().selectedRows()]
        loaded = model.rowCount()
        scroll = view.verticalScrollBar().value()
        window.refresh()
        self._marker = marker  # taken before the reload: a change during it is seen next time
        while model.rowCount() < loaded and model.canFetchMore():
            model.fetchMore()
        for notification_id in selected[:1]:
            row = model.row_of(notification_id)
            if row is not None:
                view.selectRow(row)
        view.verticalScrollBar().setValue(scroll)
        self.reloaded.emit()
        return True
