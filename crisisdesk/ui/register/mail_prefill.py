"""A notification dialog prefilled from an e-mail: found fields marked "from e-mail", the rest empty.

Every field the message gave is marked: its form label says "(from e-mail)", its
tooltip and accessible description name the answer it came from. A moment the
message does not give is shown as "—" and read back as not given (``is_empty``), so
that nothing is saved that the advisor did not see or enter. A note at the top shows
the moment of receipt and the header it was read from, and opens the message itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crisisdesk.domain.enums import Channel, District, ManifestationKind
from crisisdesk.domain.head_counts import head_count_text
from crisisdesk.i18n import translate
from crisisdesk.labels import field_label, format_moment
from crisisdesk.ui.common.combos import fill, select
from crisisdesk.ui.common.widgets import set_wall_clock

if TYPE_CHECKING:
    from crisisdesk.domain.intake.mail import MailIntake

# Notification field -> the dialog's widget for it.
WIDGETS = {
    "kind": "kindCombo", "purpose": "purposeEdit", "organiser_name": "organiserNameEdit",
    "organiser_organisation": "organiserOrganisationEdit", "organiser_address": "organiserAddressEdit",
    "organiser_phone": "organiserPhoneEdit", "organiser_email": "organiserEmailEdit", "start_at": "startEdit",
    "end_at": "endEdit", "location": "locationEdit", "district": "districtCombo", "route": "routeEdit",
    "route_start": "routeStartEdit", "route_end": "routeEndEdit", "expected_participants": "participantsEdit",
    "composition": "compositionEdit", "organiser_measures": "organiserMeasuresEdit",
    "received_at": "receivedEdit", "channel": "channelCombo",
}
EMPTY_MOMENT = "—"


def _source_words(source: str) -> str:
    words = {
        "body": translate("MailIntake", "the message's text"),
        "pdf": translate("MailIntake", "the attached PDF form"),
        "sender": translate("MailIntake", "the sender of the message"),
    }
    return words.get(source, source)


def mark(widget: QWidget, origin: str) -> None:
    """Marks a field as filled from the e-mail: its form label, tooltip and accessible description."""
    marker = translate("MailIntake", "from e-mail")
    widget.setProperty("fromMail", True)
    widget.setToolTip(origin)
    widget.setAccessibleDescription(origin)
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    label = layout.labelForField(widget) if isinstance(layout, QFormLayout) else None
    if isinstance(label, QLabel) and f"({marker})" not in label.text():
        text = label.text()
        colon = text.endswith(":")
        label.setText(f"{text[:-1] if colon else text} ({marker}){':' if colon else ''}")
        label.setProperty("fromMail", True)


def leave_empty(edit: QDateTimeEdit) -> None:
    """A moment the message does not give: shown as "—" and read back as not given."""
    edit.setSpecialValueText(EMPTY_MOMENT)
    edit.setDateTime(edit.minimumDateTime())


def is_empty(edit: QDateTimeEdit) -> bool:
    return bool(edit.specialValueText()) and edit.dateTime() == edit.minimumDateTime()


def prefill(dialog: Any, intake: MailIntake) -> None:
    """The dialog's fields from ``intake``: found fields filled and marked, the rest empty."""
    ui = dialog.ui
    for name in ("purposeEdit", "routeEdit", "organiserMeasuresEdit"):
        getattr(ui, name).setPlainText("")
    values = intake.values
    for field in ("kind",):
        if field not in values:  # not stated: no kind chosen for the advisor
            fill(ui.kindCombo, ManifestationKind, QCoreApplication.translate("NotificationDialog", "Choose…"))
            select(ui.kindCombo, None)
    for field, value in values.items():
        widget = getattr(ui, WIDGETS[field])
        if field in ("kind", "district"):
            assert isinstance(value, (ManifestationKind, District))
            select(widget, value)
        elif field in ("start_at", "end_at"):
            set_wall_clock(widget, value)  # type: ignore[arg-type]
        elif field == "expected_participants":
            widget.setText(head_count_text(*value))  # type: ignore[misc]
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value))
        else:
            widget.setText(str(value))
        label = intake.labels.get(field, "")
        mark(widget, translate("MailIntake", "From e-mail: “{label}” in {source}.").format(label=label, source=_source_words(intake.sources[field])))
    for field in ("start_at", "end_at"):
        if field not in values:
            leave_empty(getattr(ui, WIDGETS[field]))
    if "district" not in values:
        select(ui.districtCombo, None)
    select(ui.channelCombo, intake.channel)
    mark(ui.channelCombo, translate("MailIntake", "From e-mail: the notification came in as {how}.").format(
        how=translate("MailIntake", "an e-form with a PDF copy") if intake.channel == Channel.FORM else translate("MailIntake", "an e-mail")))
    if intake.received_at is not None:
        set_wall_clock(ui.receivedEdit, intake.received_at)
        mark(ui.receivedEdit, translate("MailIntake", "From e-mail: the moment in the message's {header} header.").format(
            header=intake.received_header))
    else:
        leave_empty(ui.receivedEdit)
    _note(dialog, intake)
    dialog.setWindowTitle(translate("MailIntake", "New notification from e-mail — {name}").format(name=intake.file_name))
    ui.headerLabel.setText(translate("MailIntake", "New notification from e-mail"))


def _note(dialog: Any, intake: MailIntake) -> None:
    """What the message gave, at the top of the dialog, with a button to read the message."""
    if intake.received_at is not None:
        received = translate("MailIntake", "received {moment} (from the {header} header)").format(
            moment=format_moment(intake.received_at), header=intake.received_header)
    else:
        received = translate("MailIntake", "the moment of receipt is not in its headers: enter it")
    parts = [translate("MailIntake", "From e-mail {name}: {received}.").format(name=intake.file_name, received=received),
             translate("MailIntake", "{count} fields taken from the message are marked “from e-mail”.").format(count=len(intake.found))]
    if intake.missing:
        parts.append(translate("MailIntake", "Not in the message, left empty: {fields}.").format(
            fields=", ".join(field_label(name) for name in intake.missing)))
    for item in intake.unreadable:
        parts.append(translate("MailIntake", "Could not read {label} “{value}”: left empty.").format(label=item.label, value=item.value[:80]))
    note = QLabel(" ".join(parts), dialog)
    note.setObjectName("intakeLabel")
    note.setWordWrap(True)
    note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    note.setStyleSheet("QLabel { background: #eef4fb; border: 1px solid #9bb8d9; border-radius: 3px; padding: 4px; }")
    button = QPushButton(translate("MailIntake", "Show message…"), dialog)
    button.setObjectName("showMessageButton")
    button.setToolTip(translate("MailIntake", "The message as received: sender, subject and text"))
    button.clicked.connect(lambda: MessageView(intake, dialog).open())
    row = QHBoxLayout()
    row.addWidget(note, 1)
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    layout = dialog.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertLayout(1, row)  # below the heading, above the tabs
    dialog.intake_note = note


class MessageView(QDialog):
    """The message as received, to read what its answers do not say (read-only)."""

    def __init__(self, intake: MailIntake, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailMessageView")
        self.setWindowTitle(intake.subject or intake.file_name)
        sender = f"{intake.sender_name} <{intake.sender}>" if intake.sender_name else intake.sender
        head = "\n".join([
            translate("MailIntake", "From: {sender}").format(sender=sender),
            translate("MailIntake", "Subject: {subject}").format(subject=intake.subject),
            translate("MailIntake", "Received: {moment}").format(moment=format_moment(intake.received_at) if intake.received_at else "—"),
            translate("MailIntake", "Attachments: {names}").format(names=", ".join(intake.attachments) or "—"),
        ])
        text = QPlainTextEdit(f"{head}\n\n{intake.body}", self)
        text.setReadOnly(True)
        text.setAccessibleName(translate("MailIntake", "The message"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(640, 520)


# --- a saved notification that came in by e-mail ------------------------------------------


def show_original(dialog: Any, original: Any) -> None:
    """A note that the notification came in by e-mail, with the original to save as a file.

    ``original``: ``services.register.mail_intake.OriginalMessage``. After the retention
    term only the fact is left; the message itself is gone.
    """
    received = format_moment(original.received_at) if original.received_at else "—"
    if original.kept:
        text = translate("MailIntake", "Came in by e-mail: {name}, received {moment} (from the {header} header). "
                                       "The original message is kept with this notification.").format(
            name=original.file_name, moment=received, header=original.received_header or "—")
    else:
        text = translate("MailIntake", "Came in by e-mail, received {moment}; the original message was deleted on "
                                       "{removed} under the retention term.").format(
            moment=received, removed=format_moment(original.removed_at))
    note = QLabel(text, dialog)
    note.setObjectName("originalLabel")
    note.setWordWrap(True)
    note.setProperty("role", "note")
    row = QHBoxLayout()
    row.addWidget(note, 1)
    if original.kept:
        button = QPushButton(translate("MailIntake", "Save message…"), dialog)
        button.setObjectName("saveOriginalButton")
        button.setToolTip(translate("MailIntake", "Save the original message as a file (.eml or .msg), to open it "
                                                  "in the mail program"))
        button.clicked.connect(lambda: save_original(dialog, original))
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    layout = dialog.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertLayout(1, row)
    dialog.original_note = note


def save_original(dialog: Any, original: Any, path: str | None = None) -> str | None:
    """Writes the original message to a file the advisor chooses (owner-only, remembered for retention)."""
    from PySide6.QtWidgets import QFileDialog

    if path is None:
        path, _filter = QFileDialog.getSaveFileName(
            dialog, translate("MailIntake", "Save message"), original.file_name,
            translate("MailIntake", "Saved e-mails (*.eml *.msg)"))
    if not path:
        return None
    data = dialog.desk.mail_intake.original_content(original.notification_id)
    if data is None:
        return None
    try:
        dialog.desk.save_export(path, data, "mail original")
    except OSError as exc:
        from crisisdesk.messages import failure_message

        dialog.show_message(translate("MailIntake", "Not saved"), failure_message(exc, "save mail original"))
        return None
    return path
