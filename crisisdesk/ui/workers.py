"""Running service calls off the GUI thread.

Services take ``on_progress(done, total)`` and ``is_cancelled()`` and know nothing of
threads; ``Worker`` runs one in the thread pool and reports back through signals,
which Qt delivers on the GUI thread. Errors are passed on, never swallowed.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class WorkerSignals(QObject):
    progress = Signal(int, int)
    result = Signal(object)
    error = Signal(object, str)  # the exception, its traceback text
    finished = Signal()


class Worker(QRunnable):
    """Calls ``fn(*args, on_progress=..., is_cancelled=..., **kwargs)`` in a pool thread.

    Pass ``progress=False`` for a function that takes no progress callbacks.
    """

    def __init__(self, fn: Callable, *args, progress: bool = True, **kwargs) -> None:
        super().__init__()
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.signals = WorkerSignals()
        self._cancelled = False
        if progress:
            self.kwargs.setdefault("on_progress", self.signals.progress.emit)
            self.kwargs.setdefault("is_cancelled", lambda: self._cancelled)

    def cancel(self) -> None:
        self._cancelled = True

    def run(self) -> None:
        try:
            value = self.fn(*self.args, **self.kwargs)
        except Exception as exc:  # handed to the GUI thread to show
            self.signals.error.emit(exc, traceback.format_exc())
        else:
            self.signals.result.emit(value)
        finally:
            self.signals.finished.emit()


def start(worker: Worker, pool: QThreadPool | None = None) -> Worker:
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker
