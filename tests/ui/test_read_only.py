"""The observer's desk: New, Settings and Save are off, and the status bar says so."""

from __future__ import annotations

import getpass
from datetime import datetime

from PySide6.QtWidgets import QLabel

from crisisdesk.cli import build_parser
from crisisdesk.domain.enums import District, ManifestationKind, PlaceType
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.services.register.notifications import NotificationService


def _draft() -> NotificationDraft:
    return NotificationDraft(
        kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC, purpose="Woningnood",
        start_at=datetime(2026, 3, 16, 10, tzinfo=AMSTERDAM), end_at=datetime(2026, 3, 16, 12, tzinfo=AMSTERDAM),
        location="Domplein", district=District.BINNENSTAD, received_at=datetime(2026, 3, 14, 9, tzinfo=AMSTERDAM),
        organiser_organisation="Actiecomité", expected_participants=50,
    )


def test_read_only_flag_is_parsed():
    assert build_parser().parse_args(["--read-only"]).read_only is True
    assert build_parser().parse_args([]).read_only is False


def test_desk_window_read_only(qtbot, database, fixed_now):
    from crisisdesk.ui.shell.app import desk_window
    from crisisdesk.ui.register.notification_dialog import NotificationDialog

    record = NotificationService(database.factory, clock=lambda: fixed_now).create(_draft())
    window = desk_window(database, read_only=True)
    qtbot.addWidget(window)
    assert window.notifications.user == getpass.getuser()
    assert not window.ui.newAction.isEnabled() and not window.ui.settingsAction.isEnabled()
    assert window.findChild(QLabel, "readOnlyLabel").isVisibleTo(window)
    dialog = NotificationDialog(window.desk, record.id, parent=window, now=fixed_now)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    shown = []
    dialog.show_message = lambda title, text: shown.append(text)
    assert dialog.save() is False  # Ctrl+S too: refused with a message, nothing saved
    assert shown


def test_desk_window_writable_by_default(qtbot, database):
    from crisisdesk.ui.shell.app import desk_window

    window = desk_window(database)
    qtbot.addWidget(window)
    assert window.ui.newAction.isEnabled()
    assert window.findChild(QLabel, "readOnlyLabel") is None


def test_the_read_only_desk_leaves_the_database_file_alone(tmp_path, fixed_now):
    """The observer's desk opens with mode=ro: no upgrade, no daily backup, no retention run,
    the database file byte for byte and its mtime as they were."""
    import hashlib
    import os
    import subprocess
    import sys

    from crisisdesk.db.database import open_database

    home = tmp_path / "home"
    home.mkdir()
    database = open_database(f"sqlite:///{home / 'crisisdesk.sqlite'}")
    NotificationService(database.factory, clock=lambda: fixed_now).create(_draft())
    database.dispose()
    path = home / "crisisdesk.sqlite"
    before = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
    shot = tmp_path / "observer.png"
    # A process of its own: the desk installs translators and windows this test session must not keep.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = subprocess.run([sys.executable, "-m", "crisisdesk", "--home", str(home), "--read-only", "--screenshot", str(shot)],
                             env=env, capture_output=True, text=True, timeout=120)
    assert started.returncode == 0, started.stderr
    assert shot.exists()
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns) == before
    # Only SQLite's shared-memory side files of a connected reader; no backups, no new database.
    assert {p.name for p in home.iterdir()} <= {"crisisdesk.sqlite", "crisisdesk.sqlite-wal", "crisisdesk.sqlite-shm"}
