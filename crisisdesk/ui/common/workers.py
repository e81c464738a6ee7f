"""Running service calls off the GUI thread.

Services take ``on_progress(done, total)`` and ``is_cancelled()`` and know nothing of
threads; ``Worker`` runs one in the thread pool and reports back through signals,
which Qt delivers on the GUI thread. Errors are passed on, never swallowed.
"""

from __future__ import annotations

import contextlib

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
            self._emit(self.signals.error, exc, traceback.format_exc())
        else:
            self._emit(self.signals.result, value)
        finally:
            self._emit(self.signals.finished)

    @staticmethod
    def _emit(signal, *args) -> None:
        """Emits unless the receiving side is already gone (the window closed meanwhile)."""
        with contextlib.suppress(RuntimeError):  # "Signal source has been deleted": nobody left to tell
            signal.emit(*args)


def start(worker: Worker, pool: QThreadPool | None = None) -> Worker:
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker


def wait_for_all(pool: QThreadPool | None = None, timeout_ms: int = 10_000) -> bool:
    """At shutdown: let running jobs finish (a save or backup is never cut off)."""
    return (pool or QThreadPool.globalInstance()).waitForDone(timeout_ms)
