"""Disposing a database closes every SQLite connection, also one a worker thread still used.

On Python 3.13 a connection left to the garbage collector is an "unclosed database"
ResourceWarning at a random later moment (an order-dependent failure of the UI tests):
the window's background count was still running when the database was disposed, and
its connection went back into the discarded pool, open.
"""

from __future__ import annotations

import gc
import sys
import threading

from sqlalchemy import text

from crisisdesk.db.database import open_database


def test_a_connection_in_use_while_disposing_is_closed_when_it_comes_back(db_url, monkeypatch):
    unraisable: list[BaseException | None] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda report: unraisable.append(report.exc_value))
    database = open_database(db_url)
    holding, release = threading.Event(), threading.Event()
    seen: list[int] = []

    def worker() -> None:  # as the register's count does, off the GUI thread
        with database.factory() as session:
            seen.append(session.execute(text("SELECT 1")).scalar_one())
            holding.set()
            release.wait(10)

    thread = threading.Thread(target=worker)
    thread.start()
    assert holding.wait(10)
    database.dispose()  # the window closed; the worker is still at work
    release.set()
    thread.join(10)
    gc.collect()
    assert seen == [1]
    assert database.disposed
    assert [exc for exc in unraisable if isinstance(exc, ResourceWarning)] == []
