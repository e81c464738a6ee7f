"""The subject access dialog: nothing is exported until the advisor ticks records (finding 1)."""

from __future__ import annotations

import io
from datetime import datetime

from pypdf import PdfReader
from PySide6.QtCore import Qt

from crisisdesk.desk import Desk
from crisisdesk.domain.enums import District, ManifestationKind, PlaceType
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.services.privacy.audit import AuditService
from crisisdesk.services.privacy.exports import save_export
from crisisdesk.services.privacy.subject_access import SubjectAccessService
from crisisdesk.ui.privacy.subject_access_dialog import SubjectAccessDialog
from crisisdesk.ui.shell.main_window import MainWindow


def notification(name: str, address: str) -> NotificationDraft:
    return NotificationDraft(
        kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC, purpose=f"Manifestatie van {name}",
        start_at=datetime(2026, 4, 1, 14, tzinfo=AMSTERDAM), end_at=datetime(2026, 4, 1, 16, tzinfo=AMSTERDAM),
        location="Neude", district=District.BINNENSTAD, received_at=datetime(2026, 3, 1, 10, tzinfo=AMSTERDAM),
        organiser_name=name, organiser_address=address,
    )


def test_only_the_ticked_records_are_exported(qtbot, service, database, tmp_path, monkeypatch):
    mine = service.create(notification("Mark de Bruijn", "Oudegracht 10"))
    service.create(notification("Mark de Bruijn", "Vleutenseweg 99"))
    dialog = SubjectAccessDialog(SubjectAccessService(database.factory, user="tester"),
                                 lambda path, pdf: save_export(database.factory, path, pdf, "subject access"))
    qtbot.addWidget(dialog)
    dialog.ui.searchEdit.setText("mark de bruijn")
    qtbot.mouseClick(dialog.ui.searchButton, Qt.MouseButton.LeftButton)
    table = dialog.ui.candidatesTable
    assert table.rowCount() == 2
    assert {table.item(r, 4).text() for r in range(2)} == {"Mark de Bruijn\nOudegracht 10", "Mark de Bruijn\nVleutenseweg 99"}
    assert not dialog.ui.exportButton.isEnabled()  # nothing is ticked by itself
    row = next(r for r in range(2) if "Oudegracht" in table.item(r, 4).text())
    table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    assert dialog.ui.exportButton.isEnabled()
    assert dialog.chosen() == [f"notification:{mine.id}"]
    monkeypatch.setattr(dialog, "ask_export_path", lambda suggested: str(tmp_path / suggested))
    path = dialog.export()
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)
    assert "Oudegracht 10" in text and "Vleutenseweg" not in text
    assert [e.action for e in AuditService(database.factory).entries(action="export")] == ["export"]  # remembered
    dialog.resize(940, 360)
    dialog.grab().save(str(tmp_path / "subject-access-dialog.png"))


def test_main_window_has_the_action(qtbot, service, database, fixed_now):
    window = MainWindow(Desk(database, user="tester", clock=lambda: fixed_now))
    qtbot.addWidget(window)
    assert window.subject_access_action in window.ui.fileMenu.actions()
    window.subject_access_action.trigger()
    assert window.subject_access_dialog.isVisible()
    window.subject_access_dialog.close()
