"""The audit trail of the selected notification, in words, and its CSV export."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from crisisdesk.desk import Desk
from crisisdesk.domain.enums import District, ManifestationKind, PlaceType, Risk
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.labels import field_label, format_moment, label
from crisisdesk.services.privacy.audit import AuditService
from crisisdesk.services.register.notifications import draft_from_record
from crisisdesk.ui.privacy.audit_view import AuditDialog, action_label
from crisisdesk.ui.shell.main_window import MainWindow

DRAFT = NotificationDraft(
    kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC, purpose="Klimaatmars",
    start_at=datetime(2026, 4, 1, 14, tzinfo=AMSTERDAM), end_at=datetime(2026, 4, 1, 16, tzinfo=AMSTERDAM),
    location="Neude", district=District.BINNENSTAD, received_at=datetime(2026, 3, 1, 10, tzinfo=AMSTERDAM),
    organiser_organisation="Stichting X",
)


@pytest.fixture
def changed(service):
    record = service.create(DRAFT)
    return service.update(record.id, draft_from_record(record, risk=Risk.HIGH,
                                                       start_at=datetime(2026, 4, 1, 15, tzinfo=AMSTERDAM)), record.version)


def test_dialog_shows_each_change_in_words(qtbot, database, changed, fixed_now):
    dialog = AuditDialog(AuditService(database.factory), "notification", changed.id)
    qtbot.addWidget(dialog)
    table = dialog.ui.entriesTable
    rows = [[table.item(r, c).text() for c in range(6)] for r in range(table.rowCount())]
    assert rows[0][:3] == [format_moment(fixed_now), "tester", action_label("create")]
    by_field = {row[3]: row for row in rows[1:]}
    assert by_field[field_label("risk")][4:] == [label(Risk.UNKNOWN), label(Risk.HIGH)]
    assert by_field[field_label("start_at")][4:] == [
        format_moment(datetime(2026, 4, 1, 14, tzinfo=AMSTERDAM)), format_moment(datetime(2026, 4, 1, 15, tzinfo=AMSTERDAM))
    ]


def test_export_writes_the_records_trail(qtbot, database, changed, tmp_path, monkeypatch):
    dialog = AuditDialog(AuditService(database.factory), "notification", changed.id)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "ask_export_path", lambda suggested: str(tmp_path / suggested))
    path = dialog.export()
    assert path.name == f"audit-notification-{changed.id}.csv"
    assert len(path.read_text(encoding="utf-8-sig").splitlines()) == 1 + len(dialog.entries)


def test_main_window_action_opens_the_selected_notifications_trail(qtbot, service, database, changed, fixed_now, monkeypatch):
    window = MainWindow(Desk(database, user="tester", clock=lambda: fixed_now))
    qtbot.addWidget(window)
    window.apply_filters()
    names = [a.objectName() for a in window.ui.fileMenu.actions()]
    assert names.index("openAction") + 1 == names.index("auditAction")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args))
    window.audit_action.trigger()  # nothing selected
    assert len(warnings) == 1
    window.ui.registerView.selectRow(0)
    window.audit_action.trigger()
    dialog = window._audit_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.record_id == str(changed.id)
