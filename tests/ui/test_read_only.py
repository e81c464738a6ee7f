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
