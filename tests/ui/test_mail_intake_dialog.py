"""A notification from e-mail in the desk: the prefilled dialog, its marks, saving with the original."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from crisisdesk.desk import Desk
from crisisdesk.domain.enums import Channel, District, ManifestationKind
from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.resources import resource_path
from crisisdesk.ui.common.combos import chosen
from crisisdesk.ui.common.widgets import wall_clock
from crisisdesk.ui.register.mail_prefill import is_empty
from crisisdesk.ui.register.notification_dialog import NotificationDialog

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


@pytest.fixture
def mail_desk(database) -> Desk:
    return Desk(database, user="tester", clock=lambda: NOW)


@pytest.fixture
def open_intake(qtbot, mail_desk):
    def _open(name: str) -> NotificationDialog:
        intake, data = mail_desk.mail_intake.read(resource_path("samples", name))
        dialog = NotificationDialog(mail_desk, None, now=NOW, intake=(intake, data))
        dialog.unsaved.ask = lambda _parent: True  # closing without saving: discard
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return _open


def label_text(dialog, widget) -> str:
    return widget.parentWidget().layout().labelForField(widget).text()


def test_found_fields_are_filled_and_marked_and_the_rest_left_empty(open_intake):
    dialog = open_intake("kennisgeving-email.eml")
    ui = dialog.ui
    assert ui.locationEdit.text() == "Janskerkhof, bij de Statenkamer"
    assert wall_clock(ui.startEdit) == datetime(2026, 12, 12, 13, 30)
    assert ui.participantsEdit.text() == "40–60"
    assert chosen(ui.kindCombo, ManifestationKind) == ManifestationKind.DEMONSTRATION
    for widget in (ui.locationEdit, ui.startEdit, ui.participantsEdit, ui.organiserPhoneEdit, ui.organiserEmailEdit):
        assert "(uit e-mail)" in label_text(dialog, widget)
        assert widget.toolTip().startswith("Uit e-mail:")
        assert widget.accessibleDescription() == widget.toolTip()
    assert "“Locatie” in de tekst van het bericht" in ui.locationEdit.toolTip()
    assert "de afzender van het bericht" in ui.organiserEmailEdit.toolTip()
    # Not in the message: empty, unmarked, and saving asks for them.
    assert ui.purposeEdit.toPlainText() == "" and ui.organiserNameEdit.text() == ""
    assert chosen(ui.districtCombo, District) is None
    for widget in (ui.purposeEdit, ui.organiserNameEdit, ui.districtCombo, ui.routeStartEdit):
        assert "uit e-mail" not in label_text(dialog, widget)
        assert widget.toolTip() == "" or not widget.toolTip().startswith("Uit e-mail")
    fields = {error.field for error in dialog.validate_form()}
    assert {"purpose", "district", "organiser_name"} <= fields
    # The received moment from the headers, and which header.
    assert wall_clock(ui.receivedEdit) == datetime(2026, 11, 24, 21, 47)
    assert "kopregel Received" in ui.receivedEdit.toolTip()
    note = dialog.intake_note.text()
    assert "ontvangen di 24-11-2026 21:47 (uit de kopregel Received)" in note
    assert "Niet in het bericht, leeg gelaten: Doel, Naam organisator" in note


def test_moments_and_kind_the_message_does_not_give_stay_empty(qtbot, mail_desk):
    from crisisdesk.domain.intake.mail import parse_message

    data = (b"From: a@example.nl\nReceived: by mx; Mon, 23 Nov 2026 10:00:00 +0100\nMessage-ID: <k@example.nl>\n\n"
            b"Locatie: Neude\nDoel: Vrede\n")
    intake = parse_message(data, "kort.eml")
    dialog = NotificationDialog(mail_desk, None, now=NOW, intake=(intake, data))
    dialog.unsaved.ask = lambda _parent: True
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert is_empty(ui.startEdit) and is_empty(ui.endEdit)
    assert ui.startEdit.text() == "—"
    assert chosen(ui.kindCombo, ManifestationKind) is None
    draft = dialog.draft()
    assert draft.start_at is None and draft.end_at is None and draft.kind is None
    fields = {error.field for error in dialog.validate_form()}
    assert {"start_at", "end_at", "kind"} <= fields
    dialog.ui.tabs.setCurrentIndex(0)


def test_saving_registers_the_notification_with_its_original(open_intake, mail_desk, qtbot):
    dialog = open_intake("kennisgeving-outlook.msg")
    ui = dialog.ui
    assert chosen(ui.channelCombo, Channel) == Channel.EMAIL
    assert dialog.validate_form() == []
    ui.routeEdit.setPlainText("Churchilllaan, Marshalllaan")  # the advisor adds what was missing
    with qtbot.waitSignal(dialog.notification_saved) as saved:
        assert dialog.save()
    record = mail_desk.notifications.get(saved.args[0])
    assert record.organiser_name == "Fatima el Amrani"
    assert record.received_at == datetime(2026, 11, 26, 8, 12, 5, tzinfo=UTC)
    assert record.route == "Churchilllaan, Marshalllaan"
    original = mail_desk.mail_intake.original(record.id)
    assert original is not None and original.file_name == "kennisgeving-outlook.msg"
    assert mail_desk.mail_intake.original_content(record.id) == resource_path("samples", "kennisgeving-outlook.msg").read_bytes()


def test_a_message_registered_meanwhile_is_not_saved_twice(open_intake, mail_desk):
    first = open_intake("kennisgeving-e-formulier.eml")
    second = open_intake("kennisgeving-e-formulier.eml")
    shown = []
    second.show_message = lambda title, text: shown.append(text)
    assert first.save()
    assert not second.save()
    assert shown and "al eerder geregistreerd, als kennisgeving #1" in shown[0]


def test_the_message_can_be_read_beside_the_form(open_intake, qtbot):
    dialog = open_intake("kennisgeving-email.eml")
    from PySide6.QtWidgets import QPlainTextEdit, QPushButton

    from crisisdesk.ui.register.mail_prefill import MessageView

    dialog.findChild(QPushButton, "showMessageButton").click()
    view = dialog.findChild(MessageView, "mailMessageView")
    assert view is not None
    text = view.findChild(QPlainTextEdit).toPlainText()
    assert "Namens een groep buurtbewoners" in text  # the prose the answers do not hold
    assert "Van: Sanne Verhoef <s.verhoef@example.nl>" in text
    view.close()


def test_files_dropped_on_the_register_open_one_dialog_after_another(qtbot, mail_desk, no_threads_left):
    from crisisdesk.ui.register.mail_intake import MailIntakeQueue
    from crisisdesk.ui.shell.main_window import MainWindow

    window = MainWindow(mail_desk)
    qtbot.addWidget(window)
    errors = []
    window.show_error = errors.append
    action = window.findChild(type(window.ui.newAction), "mailIntakeAction")
    assert action is not None and action.isEnabled()
    assert action in window.ui.fileMenu.actions()
    paths = [resource_path("samples", name) for name in
             ("kennisgeving-outlook.msg", "geen-kennisgeving.eml", "kennisgeving-e-formulier.eml")]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    viewport = window.ui.registerView.viewport()
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()  # the register takes e-mails
    drop = QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, drop)
    queue = window.mail_intake_queue
    assert isinstance(queue, MailIntakeQueue)
    qtbot.waitUntil(lambda: queue.dialog is not None)  # read off the GUI thread
    first = queue.dialog
    assert first.intake[0].file_name == "kennisgeving-outlook.msg"
    first.unsaved.ask = lambda _parent: True
    first.reject()  # the advisor closes it: the next message follows
    qtbot.waitUntil(lambda: queue.dialog is not None and queue.dialog is not first)
    second = queue.dialog
    assert second.intake[0].file_name == "kennisgeving-e-formulier.eml"
    assert second.save()
    qtbot.waitUntil(lambda: bool(errors))
    assert "geen-kennisgeving.eml: Het bericht is geen kennisgeving" in errors[0]


def test_a_read_only_desk_takes_in_nothing(qtbot, database):
    from crisisdesk.ui.register.mail_intake import open_mail_files
    from crisisdesk.ui.shell.main_window import MainWindow

    desk = Desk(database, user="tester", clock=lambda: NOW)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.set_read_only(True)
    assert not window.mail_intake_action.isEnabled()
    errors = []
    window.show_error = errors.append
    assert open_mail_files(window, [str(resource_path("samples", "kennisgeving-outlook.msg"))]) is None
    assert "alleen-lezen" in errors[0]


def test_dates_shown_are_amsterdam_time(open_intake):
    dialog = open_intake("kennisgeving-e-formulier.eml")
    intake = dialog.intake[0]
    assert wall_clock(dialog.ui.receivedEdit) == intake.received_at.astimezone(AMSTERDAM).replace(
        tzinfo=None, second=0)


def test_a_saved_notification_shows_its_original_and_saves_it_as_a_file(qtbot, mail_desk, database, tmp_path):
    from PySide6.QtWidgets import QPushButton

    from crisisdesk.services.privacy.retention import RETENTION_MONTHS
    from crisisdesk.services.settings import write_setting
    from crisisdesk.ui.register.mail_prefill import save_original

    intake, data = mail_desk.mail_intake.read(resource_path("samples", "kennisgeving-outlook.msg"))
    record = mail_desk.mail_intake.register(intake, data)
    dialog = NotificationDialog(mail_desk, record.id, now=NOW)
    qtbot.addWidget(dialog)
    assert "kennisgeving-outlook.msg" in dialog.original_note.text()
    assert "bewaard" in dialog.original_note.text()
    assert dialog.findChild(QPushButton, "saveOriginalButton") is not None
    original = mail_desk.mail_intake.original(record.id)
    target = tmp_path / "bericht.msg"
    assert save_original(dialog, original, str(target)) == str(target)
    assert target.read_bytes() == data
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600
    # After the retention term only the fact is left.
    with database.factory.begin() as session:
        write_setting(session, RETENTION_MONTHS, "1")
    mail_desk.retention.apply(datetime(2027, 3, 1, tzinfo=UTC))
    later = NotificationDialog(mail_desk, record.id, now=NOW)
    qtbot.addWidget(later)
    assert "verwijderd" in later.original_note.text()
    assert "kennisgeving-outlook.msg" not in later.original_note.text()
    assert later.findChild(QPushButton, "saveOriginalButton") is None


def test_a_notification_typed_by_hand_has_no_original_note(qtbot, mail_desk):
    from crisisdesk.domain.enums import PlaceType
    from crisisdesk.domain.register.notifications import NotificationDraft

    record = mail_desk.notifications.create(NotificationDraft(
        kind=ManifestationKind.MEETING, place_type=PlaceType.PUBLIC, purpose="Vergadering", location="Neude",
        start_at=datetime(2026, 12, 20, 13, 0, tzinfo=UTC), end_at=datetime(2026, 12, 20, 15, 0, tzinfo=UTC),
        district=District.BINNENSTAD, received_at=NOW, organiser_organisation="Vereniging"))
    dialog = NotificationDialog(mail_desk, record.id, now=NOW)
    qtbot.addWidget(dialog)
    assert dialog.original_note is None and dialog.intake_note is None


def test_editing_keeps_the_received_seconds_unless_the_moment_is_changed(qtbot, mail_desk):
    from crisisdesk.ui.common.widgets import set_wall_clock

    intake, data = mail_desk.mail_intake.read(resource_path("samples", "kennisgeving-e-formulier.eml"))
    record = mail_desk.mail_intake.register(intake, data)
    assert record.received_at.second == 41
    dialog = NotificationDialog(mail_desk, record.id, now=NOW)
    qtbot.addWidget(dialog)
    dialog.ui.compositionEdit.setText("Ouders en kinderen")
    assert dialog.save()
    assert mail_desk.notifications.get(record.id).received_at == record.received_at
    again = NotificationDialog(mail_desk, record.id, now=NOW)
    qtbot.addWidget(again)
    set_wall_clock(again.ui.receivedEdit, datetime(2026, 11, 27, 17, 5))
    assert again.save()
    assert mail_desk.notifications.get(record.id).received_at == datetime(2026, 11, 27, 16, 5, tzinfo=UTC)
