"""Killing the desk (SIGKILL) in the middle of a burst of writes loses nothing committed.

A child process saves notifications one transaction at a time and prints each id only
after its commit returned. The test kills it without warning once 200 are reported, then
checks the database: intact (SQLite's integrity check), every reported id present, and
no half-saved notification (each has the status change saved in the same transaction).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import func, select, text

from crisisdesk.db.models import Notification, StatusChange

COMMITTED_BEFORE_KILL = 200

WRITER = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime
    from crisisdesk.db.database import open_database
    from crisisdesk.domain.enums import District, ManifestationKind, PlaceType
    from crisisdesk.domain.register.notifications import NotificationDraft
    from crisisdesk.services.register.notifications import NotificationService

    database = open_database(sys.argv[1], migrate=False)
    now = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
    service = NotificationService(database.factory, clock=lambda: now, user="writer")
    number = 0
    while True:
        number += 1
        record = service.create(NotificationDraft(
            kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC, purpose=f"Burst {number}",
            start_at=datetime(2026, 4, 1, 12, tzinfo=UTC), end_at=datetime(2026, 4, 1, 14, tzinfo=UTC),
            location="Neude", district=District.BINNENSTAD, received_at=datetime(2026, 3, 1, 9, tzinfo=UTC),
            organiser_organisation="Stichting Test", expected_participants=10,
        ))
        print(record.id, flush=True)  # only after the commit returned
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_sigkill_mid_burst_keeps_every_committed_record(database):
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, database.url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    reported: list[int] = []
    try:
        for line in child.stdout:
            reported.append(int(line))
            if len(reported) >= COMMITTED_BEFORE_KILL:
                break
        else:
            pytest.fail(f"the writer stopped early: {child.stderr.read()}")
        os.kill(child.pid, signal.SIGKILL)  # no clean-up, no rollback: a crash
    finally:
        if child.poll() is None:
            child.kill()
        # Lines still in the pipe were printed after a commit too.
        rest = child.stdout.read()
        child.wait(timeout=10)
        child.stdout.close()
        child.stderr.close()
    reported += [int(line) for line in rest.splitlines(keepends=True) if line.endswith("\n")]  # whole lines only
    assert child.returncode == -signal.SIGKILL

    database.engine.dispose()  # look with fresh connections, as the next start would
    with database.engine.connect() as connection:
        if database.engine.dialect.name == "sqlite":
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        stored = set(connection.execute(select(Notification.id)).scalars())
        orphans = connection.execute(
            select(func.count(Notification.id)).where(~Notification.status_changes.any())
        ).scalar()
        changes = connection.execute(select(func.count(StatusChange.id))).scalar()
    assert set(reported) <= stored  # every committed notification survived
    assert len(stored) - len(reported) <= 1  # at most the one committing at the kill, not yet printed
    assert orphans == 0 and changes == len(stored)  # nothing half-saved
