"""Typing in the notification dialog at scale: SQL per pause, where it runs, how fast.

    python benchmarks/dialog_typing.py [--db URL] [--pauses 40]

Opens the notification dialog on the 100k register (benchmarks/out/register-100000.sqlite,
made by register_startup.py; or --db) and types: a place letter by letter, a wijk, start
times, a counter-demonstration number. After each change it does what the 250 ms pause
does (``refresh_checks``) and measures, per pause:
- the SQL statements run, and how many of them on the GUI thread;
- the time until the derivation (term, deadline, rule) is shown;
- the time until the clashes are shown (``checks_updated``).
Beside it, in the same run, the calls the dialog made per pause before (term_check,
find_clashes with events, titles), counted the same way.
Targets: <= 2 round trips per pause, none on the GUI thread, derivation <= 50 ms (median).
Nothing here asserts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=f"sqlite:///{HERE / 'out' / 'register-100000.sqlite'}")
    parser.add_argument("--pauses", type=int, default=40)
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import event, func, select

    from crisisdesk.db.database import open_database
    from crisisdesk.db.models import Notification
    from crisisdesk.domain.enums import District
    from crisisdesk.domain.timeutil import local_to_aware
    from crisisdesk.services.register.notifications import NotificationService
    from crisisdesk.ui.common.widgets import set_wall_clock
    from crisisdesk.ui.register.notification_dialog import NotificationDialog

    app = QApplication([])
    database = open_database(args.db)
    service = NotificationService(database.factory)
    with database.factory() as session:
        total = session.scalar(select(func.count(Notification.id)))
        busy = session.execute(
            select(Notification.id, Notification.start_at).where(Notification.district == District.BINNENSTAD)
            .order_by(Notification.start_at.desc()).limit(1)
        ).one()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpu(s), load {os.getloadavg()[0]:.1f}, {total:,} notifications")

    gui = threading.get_ident()
    seen: list[bool] = []  # one entry per statement: True when run on the GUI thread

    def count(*_args) -> None:
        seen.append(threading.get_ident() == gui)

    event.listen(database.engine, "before_cursor_execute", count)

    dialog = NotificationDialog(service, None)
    dialog.show()
    app.processEvents()
    ui = dialog.ui
    day = busy.start_at.astimezone(local_to_aware(datetime(2026, 1, 1)).tzinfo).replace(tzinfo=None)

    def wait_for_clashes() -> None:
        loop = QEventLoop()
        dialog.checks_updated.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
        dialog.checks_updated.disconnect(loop.quit)

    changes = []
    for letter in range(1, len("Domplein") + 1):
        changes.append(lambda n=letter: ui.locationEdit.setText("Domplein"[:n]))
    changes.append(lambda: ui.districtCombo.setCurrentIndex(ui.districtCombo.findData(District.BINNENSTAD.value)))
    for hour in range(8, 20):
        changes.append(lambda h=hour: set_wall_clock(ui.startEdit, day.replace(hour=h, minute=0)))
    changes.append(lambda: ui.counterToSpin.setValue(busy.id))
    changes.append(lambda: set_wall_clock(ui.receivedEdit, day.replace(hour=9) - (day - day.replace(day=1))))
    while len(changes) < args.pauses:
        changes += changes[: args.pauses - len(changes)]

    per_pause, on_gui, derivation_ms, clashes_ms = [], [], [], []
    wait_for_clashes()  # the dialog's own first check
    for change in changes[: args.pauses]:
        change()
        seen.clear()
        started = time.perf_counter()
        dialog.refresh_checks()  # what the pause in typing triggers
        derivation_ms.append((time.perf_counter() - started) * 1000)
        wait_for_clashes()
        clashes_ms.append((time.perf_counter() - started) * 1000)
        per_pause.append(len(seen))
        on_gui.append(sum(seen))

    # the same facts through the calls the dialog used to make per pause
    before = []
    for _ in range(10):
        seen.clear()
        times, _errors = dialog._read_times()
        service.term_check(times["start_at"], times["received_at"])
        service.find_clashes(times["start_at"], times["end_at"], District.BINNENSTAD, ui.locationEdit.text(),
                             counter_to_id=busy.id, include_events=True)
        service.titles([busy.id])
        before.append(len(seen))

    print(f"  pauses                              {len(per_pause)}")
    print(f"  SQL statements per pause            median {statistics.median(per_pause):4.0f}, max {max(per_pause)}   (target <= 2)")
    print(f"  ... of which on the GUI thread      max {max(on_gui)}   (target 0)")
    print(f"  derivation shown after the pause    median {statistics.median(derivation_ms):6.1f} ms   (target <= 50 ms)")
    print(f"  clashes shown after the pause       median {statistics.median(clashes_ms):6.1f} ms   (off the GUI thread)")
    print(f"  before: statements per pause        median {statistics.median(before):4.0f} (all on the GUI thread)")
    dialog.close()
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
