"""A notification as it arrives by e-mail: an ``.eml`` file or an Outlook ``.msg``.

:func:`parse_message` reads the bytes of one message into a :class:`MailIntake`: the
moment of receipt from the message's own headers (the topmost ``Received:`` header —
the one the municipality's own mail server added last — else ``Date:``; which one is
kept), the Message-ID, sender, subject and body, and the notification fields its
"label: value" answers and any PDF form give (:mod:`crisisdesk.domain.intake.answers`).
Fields the message does not state stay empty.

It refuses, with a code for the words (:class:`IntakeRefused`): an empty or malformed
file, a message over the size limit, a format it does not read, and a message that is
no notification (neither a date nor a place among its answers).

Pure: bytes in, a record out. ``.eml`` is read with the standard library's ``email``
(``policy.default``), ``.msg`` with extract-msg, PDF form fields with pypdf; both
libraries are imported only when a message needs them.
"""

from __future__ import annotations

import hashlib
import html
import io
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from typing import Any

from crisisdesk.domain.enums import Channel, District, ManifestationKind, PlaceType
from crisisdesk.domain.intake.answers import (
    FIELDS,
    Answer,
    Found,
    Unreadable,
    answers_in_text,
    compact,
    key_of,
    read_answers,
)
from crisisdesk.domain.register.notifications import NotificationDraft

MEGABYTE = 1024 * 1024
DEFAULT_LIMIT_MB = 25  # what most mail servers accept: a larger file is no single message
FORMATS = ("eml", "msg")
OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
RECEIVED, DATE = "Received", "Date"
# Fields a notification cannot be registered without (NotificationDraft and validate()).
REQUIRED = ("kind", "purpose", "start_at", "end_at", "location", "district", "organiser_name")
_NO_REPLY = re.compile(r"(?:^|[._+-])(?:no-?reply|do-?not-?reply|noreply|mailer-daemon|postmaster)", re.IGNORECASE)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
# extract-msg and pypdf log what they stumble on, at times with a message's names or
# subject; without a handler of their own Python would print that on stderr, where
# nothing of a person may go.
for _library in ("extract_msg", "pypdf"):
    logging.getLogger(_library).addHandler(logging.NullHandler())


class IntakeRefused(ValueError):
    """The message cannot be taken in; ``code`` names why, ``params`` fill in the words."""

    def __init__(self, code: str, params: Mapping[str, object] | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.params: dict[str, object] = dict(params or {})


@dataclass(frozen=True)
class MailIntake:
    """One message read: its facts, and the notification fields it gives."""

    file_name: str
    format: str  # "eml" or "msg"
    size: int
    message_id: str  # as in the header, without the angle brackets; "" when it has none
    message_key: str  # what recognises the message again: a hash of the Message-ID (or of the bytes)
    sender: str  # the address
    sender_name: str
    subject: str
    body: str
    received_at: datetime | None  # UTC
    received_header: str  # RECEIVED, DATE, or "" when neither could be read
    answers: tuple[Answer, ...]
    values: Mapping[str, object]  # field -> value (NotificationDraft's names; participants as (low, high))
    sources: Mapping[str, str]  # field -> "body", "pdf" or "sender"
    labels: Mapping[str, str]  # field -> the label it was read from
    unreadable: tuple[Unreadable, ...] = ()
    attachments: tuple[str, ...] = ()
    pdf_forms: tuple[str, ...] = ()  # attachments whose form fields were read
    channel: Channel = Channel.EMAIL
    notes: tuple[str, ...] = field(default=())  # codes: "pdf_unreadable", …

    @property
    def found(self) -> tuple[str, ...]:
        """The fields the message gave, in the form's order."""
        return tuple(name for name in FIELDS if name in self.values)

    @property
    def missing(self) -> tuple[str, ...]:
        """The fields the message did not give (left empty)."""
        return tuple(name for name in FIELDS if name not in self.values)

    @property
    def gaps(self) -> tuple[str, ...]:
        """Required fields still empty: without them the notification cannot be registered as is."""
        gaps = [name for name in REQUIRED if name not in self.values]
        if "organiser_name" in gaps and "organiser_organisation" in self.values:
            gaps.remove("organiser_name")  # a name or an organisation
        if self.received_at is None:
            gaps.append("received_at")
        return tuple(gaps)


def message_key(message_id: str, data: bytes) -> str:
    """The Message-ID's hash (the same message again); without one, the bytes' hash."""
    if message_id:
        return "mid:" + hashlib.sha256(message_id.encode("utf-8", "replace")).hexdigest()
    return "raw:" + hashlib.sha256(data).hexdigest()


def format_of(file_name: str) -> str | None:
    suffix = file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""
    return suffix if suffix in FORMATS else None


def parse_message(data: bytes, file_name: str, limit_mb: int = DEFAULT_LIMIT_MB) -> MailIntake:
    """``data`` (the file ``file_name``) read as a notification; raises IntakeRefused."""
    kind = format_of(file_name)
    if kind is None:
        raise IntakeRefused("unsupported_format", {"name": file_name})
    if len(data) > limit_mb * MEGABYTE:
        raise IntakeRefused("too_large", {"size_mb": round(len(data) / MEGABYTE, 1), "limit_mb": limit_mb})
    if not data.strip():
        raise IntakeRefused("empty")
    if kind == "msg" or data.startswith(OLE_SIGNATURE):
        parts = _read_msg(data)
        kind = "msg"
    else:
        parts = _read_eml(data)
    return _intake(parts, data, file_name, kind)


# --- the formats --------------------------------------------------------------------


@dataclass
class _Parts:
    headers: Message | None
    message_id: str
    sender: str
    sender_name: str
    reply_to: str
    subject: str
    body: str
    fallback_date: datetime | None = None  # .msg: the submit time when there are no headers
    attachments: list[tuple[str, bytes]] = field(default_factory=list)


def _read_eml(data: bytes) -> _Parts:
    head = data[:65536].split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    if b"\0" in head:
        raise IntakeRefused("malformed")
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
        if not isinstance(message, EmailMessage):  # pragma: no cover - policy.default makes one
            raise IntakeRefused("malformed")
        if not any(message.get(name) for name in ("From", "Date", "Received", "Message-ID")):
            raise IntakeRefused("malformed")
        name, sender = parseaddr(str(message.get("From", "")))
        reply = getaddresses([str(message.get("Reply-To", ""))])
        body = _eml_body(message)
        attachments = []
        for part in message.iter_attachments():
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                attachments.append((part.get_filename() or "", payload))
        return _Parts(message, _bare_id(str(message.get("Message-ID", ""))), sender, name,
                      reply[0][1] if reply else "", str(message.get("Subject", "")), body, attachments=attachments)
    except IntakeRefused:
        raise
    except Exception as exc:  # the parser's header classes raise many kinds on nonsense
        raise IntakeRefused("malformed") from exc


def _eml_body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        text = str(part.get_content())
    except (LookupError, UnicodeError):  # an unknown or lying charset
        payload = part.get_payload(decode=True)
        text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    return _html_text(text) if part.get_content_subtype() == "html" else text


def _html_text(text: str) -> str:
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
    text = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>|</h\d>", "\n", text)
    text = re.sub(r"(?i)</td>\s*<td[^>]*>", ": ", text)  # a table of answers: label cell, value cell
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def _bare_id(text: str) -> str:
    return " ".join(text.split()).strip().strip("<>").strip()


def _read_msg(data: bytes) -> _Parts:
    if not data.startswith(OLE_SIGNATURE):
        raise IntakeRefused("malformed")
    import extract_msg

    try:
        message: Any = extract_msg.openMsg(data, strict=False, delayAttachments=False)
    except Exception as exc:  # not an Outlook item, or a damaged compound file
        raise IntakeRefused("malformed") from exc
    try:
        if not isinstance(message, extract_msg.Message):
            raise IntakeRefused("malformed")  # a contact, an appointment, a task: no e-mail
        headers = message.header if isinstance(message.header, Message) else None
        name, sender = parseaddr(str(message.sender or ""))
        reply = getaddresses([str(headers.get("Reply-To", ""))]) if headers is not None else []
        body = str(message.body or "")
        if not body.strip() and message.htmlBody:
            raw = message.htmlBody
            body = _html_text(raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw))
        attachments = []
        for attachment in message.attachments:
            payload = getattr(attachment, "data", None)
            if isinstance(payload, bytes):
                attachments.append((str(attachment.longFilename or attachment.shortFilename or ""), payload))
        submitted = message.date if isinstance(message.date, datetime) else None
        return _Parts(headers, _bare_id(str(message.messageId or "")), sender, name,
                      reply[0][1] if reply else "", str(message.subject or ""), body, submitted, attachments)
    except IntakeRefused:
        raise
    except Exception as exc:
        raise IntakeRefused("malformed") from exc
    finally:
        message.close()


# --- the record ----------------------------------------------------------------------


def _moment(text: str) -> datetime | None:
    try:
        moment = parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:  # "-0000": UTC, the sender's zone unknown (RFC 5322)
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def received_moment(headers: Message | None, fallback: datetime | None = None) -> tuple[datetime | None, str]:
    """The moment of receipt and the header it came from: the topmost Received, else Date."""
    if headers is not None:
        received = headers.get_all("Received") or []
        if received:
            moment = _moment(str(received[0]).rsplit(";", 1)[-1]) if ";" in str(received[0]) else None
            if moment is not None:
                return moment, RECEIVED
        date = headers.get("Date")
        if date:
            moment = _moment(str(date))
            if moment is not None:
                return moment, DATE
    if fallback is not None and fallback.tzinfo is not None:
        return fallback.astimezone(UTC), DATE
    return None, ""


def pdf_answers(data: bytes) -> list[Answer]:
    """The filled-in fields of a PDF form, labelled by their tooltip or else their name."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise ValueError("encrypted")
    answers = []
    for name, spec in (reader.get_fields() or {}).items():
        value = spec.get("/V")
        if value is None or not isinstance(value, str) or value.startswith("/"):  # empty, a list, a check box
            continue
        label = str(spec.get("/TU") or "")
        if not label or key_of(label) is None:
            label = str(name).split(".")[-1]
        answers.append(Answer(label, value, "pdf"))
    return answers


def _intake(parts: _Parts, data: bytes, file_name: str, kind: str) -> MailIntake:
    answers = answers_in_text(parts.body, "body")
    pdf_forms: list[str] = []
    notes: list[str] = []
    for name, payload in parts.attachments:
        if not (name.lower().endswith(".pdf") or payload.startswith(b"%PDF")):
            continue
        try:
            found_in_pdf = pdf_answers(payload)
        except Exception:  # a damaged or encrypted copy: the body's answers still count
            notes.append("pdf_unreadable")
            continue
        if found_in_pdf:
            pdf_forms.append(name)
            answers += found_in_pdf
    found: Found = read_answers(answers)
    place = any(name in found.values for name in ("location", "route_start", "route"))
    dated = "start_at" in found.values or any(u.field in ("start_at", "end_at") for u in found.unreadable)
    if not place and not dated:
        raise IntakeRefused("not_a_notification")
    contact = parts.reply_to or parts.sender
    if "organiser_email" not in found.values and _EMAIL.fullmatch(contact) and not _NO_REPLY.search(contact):
        found.values["organiser_email"] = contact
        found.sources["organiser_email"] = "sender"
        found.labels["organiser_email"] = "Reply-To" if parts.reply_to else "From"
    received_at, header = received_moment(parts.headers, parts.fallback_date)
    return MailIntake(
        file_name=file_name, format=kind, size=len(data), message_id=parts.message_id,
        message_key=message_key(parts.message_id, data), sender=parts.sender, sender_name=parts.sender_name,
        subject=" ".join(parts.subject.split()), body=parts.body, received_at=received_at, received_header=header,
        answers=tuple(answers), values=dict(found.values), sources=dict(found.sources), labels=dict(found.labels),
        unreadable=tuple(found.unreadable), attachments=tuple(name for name, _data in parts.attachments),
        pdf_forms=tuple(pdf_forms), channel=Channel.FORM if pdf_forms else Channel.EMAIL, notes=tuple(notes),
    )


def draft_from_intake(intake: MailIntake) -> NotificationDraft:
    """The notification an intake registers; only for an intake without ``gaps``.

    The place type is not asked by the e-form: a public place (Wom art. 2-7) is what a
    notification is about, and the dialog shows it for the advisor to change.
    """
    if intake.gaps:
        raise ValueError(f"not registrable, missing {intake.gaps}")
    values = intake.values

    def text(name: str) -> str:
        return str(values.get(name, ""))

    count = values.get("expected_participants")
    low, high = count if isinstance(count, tuple) else (None, None)
    kind, district = values["kind"], values["district"]
    start, end = values["start_at"], values["end_at"]
    assert isinstance(kind, ManifestationKind) and isinstance(district, District)
    assert isinstance(start, datetime) and isinstance(end, datetime)
    return NotificationDraft(
        kind=kind, place_type=PlaceType.PUBLIC, purpose=text("purpose"), start_at=start, end_at=end,
        location=text("location"), district=district, received_at=intake.received_at, channel=intake.channel,
        organiser_name=text("organiser_name"), organiser_address=text("organiser_address"),
        organiser_phone=text("organiser_phone"), organiser_email=text("organiser_email"),
        organiser_organisation=text("organiser_organisation"), route=text("route"),
        route_start=text("route_start"), route_end=text("route_end"), composition=text("composition"),
        organiser_measures=text("organiser_measures"), expected_participants=low, expected_participants_max=high,
    )


__all__ = ["DEFAULT_LIMIT_MB", "IntakeRefused", "MailIntake", "compact", "draft_from_intake", "parse_message"]
