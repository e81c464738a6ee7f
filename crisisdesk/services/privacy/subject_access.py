"""Subject access (AVG art. 15): find the records about one person, then compile exactly those.

:meth:`SubjectAccessService.candidates` searches, case-insensitively and literally, for
a name, e-mail address, phone number or address in

- notifications and events: the organiser's fields, the free texts (purpose, route,
  conditions, …), status notes and checklist notes and texts;
- partner contacts: name, e-mail, phone numbers, function;
- logbook entries of exercises and incidents: their text;
- the audit trail: records that once held the text (also deleted ones).

A phone number matches on its digits, so "06-1234 5678" finds "+31 6 12345678". The
advisor then chooses; :meth:`SubjectAccessService.compile` returns everything held in
exactly the chosen records — fields, status history, checklist, the log entry's
context, and the record's whole audit history — and nothing of any other record.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from crisisdesk.db.models import (
    AuditEntry,
    Checklist,
    ChecklistItem,
    Event,
    EventStatusChange,
    LogEntry,
    MailOriginal,
    Notification,
    Operation,
    Partner,
    PartnerContact,
    StatusChange,
)
from crisisdesk.domain.privacy.subject_access import (
    EVENT,
    LOG_ENTRY,
    NOTIFICATION,
    PARTNER_CONTACT,
    AuditLine,
    Candidate,
    ChecklistLine,
    HeldRecord,
    OriginalLine,
    StatusLine,
    SubjectAccess,
    parse_key,
)
from crisisdesk.domain.register.decisions import Measure
from crisisdesk.domain.timeutil import utc_now
from crisisdesk.services.privacy.audit import decode
from crisisdesk.services.privacy.retention import DEFAULT_RETENTION_MONTHS, RETENTION_MONTHS
from crisisdesk.services.profile import read_profile
from crisisdesk.services.register.notifications import _grounds
from crisisdesk.services.settings import read_setting

SKIPPED_COLUMNS = {"id", "search_text", "location_key", "version", "duration_minutes", "partner_id", "operation_id",
                   "inject_id", "corrects_id"}
MIN_TERM = 3
PHONE_DIGITS = 9  # the subscriber part of a Dutch number: 06-12345678 and +31 6 12345678 alike
TITLE_LENGTH = 120

# Per kind of record: the model, the columns searched as text, the phone columns, and
# the columns shown to tell people apart.
_PERSON = ("organiser_name", "organiser_address", "organiser_email", "organiser_phone")
_SEARCH: dict[str, tuple[Any, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    NOTIFICATION: (Notification, ("organiser_name", "organiser_address", "organiser_email", "organiser_organisation",
                                  "purpose", "route", "route_start", "route_end", "composition", "organiser_measures",
                                  "decision_conditions", "late_accepted_reason"), ("organiser_phone",), _PERSON),
    EVENT: (Event, ("organiser_name", "organiser_email", "organiser_organisation", "title", "description"),
            ("organiser_phone",), ("organiser_name", "organiser_email", "organiser_phone")),
    PARTNER_CONTACT: (PartnerContact, ("name", "email", "function"), ("phone", "phone_24h"),
                      ("name", "function", "email", "phone")),
    LOG_ENTRY: (LogEntry, ("text",), (), ()),
}
_STATUS_NOTES: dict[str, tuple[Any, Any]] = {NOTIFICATION: (StatusChange, StatusChange.notification_id),
                 EVENT: (EventStatusChange, EventStatusChange.event_id)}
_CHECKLIST_OWNER: dict[str, Any] = {NOTIFICATION: Checklist.notification_id, EVENT: Checklist.event_id}


def _escape(term: str) -> str:
    return term.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _contains(column, term: str):
    return func.lower(column).like(f"%{_escape(term)}%", escape="\\")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _phone_key(term: str) -> str | None:
    """The digits a phone search compares on, or None when the text is no phone number."""
    digits = _digits(term)
    if len(digits) < 6 or re.search(r"[^\d\s()+\-./]", term):
        return None
    return digits[-PHONE_DIGITS:]


def _bare_digits(column):
    for sign in (" ", "-", "(", ")", "+", ".", "/"):
        column = func.replace(column, sign, "")
    return column


def _text_matches(value: object, term: str, phone: str | None, is_phone: bool) -> bool:
    if not isinstance(value, str) or not value:
        return False
    if is_phone:
        return phone is not None and phone in _digits(value)
    return term.lower() in value.lower()


def _decoded(record_type: str, field: str | None, text: str | None) -> object:
    """A value from the trail as its type, so the export can put it in words."""
    return decode(record_type, field, text)


def _line(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= TITLE_LENGTH else text[: TITLE_LENGTH - 1] + "…"


class SubjectAccessService:
    def __init__(self, factory: sessionmaker, clock: Callable[[], datetime] = utc_now, user: str = "") -> None:
        self._factory = factory
        self._clock = clock
        self._user = user

    @staticmethod
    def normalise(person: str) -> str:
        term = " ".join(person.split())
        if len(term) < MIN_TERM:
            raise ValueError("give at least three characters of a name, e-mail address, phone number or address")
        return term

    # --- step 1: candidates ---------------------------------------------------------------

    def candidates(self, person: str) -> list[Candidate]:
        """Every record that may be about ``person``, to be checked by the advisor."""
        term = self.normalise(person)
        phone = _phone_key(term)
        found: dict[str, Candidate] = {}
        with self._factory() as session:
            for record_type, (model, texts, phones, _shown) in _SEARCH.items():
                conditions = [_contains(getattr(model, name), term) for name in texts]
                if phone:
                    conditions += [_bare_digits(getattr(model, name)).contains(phone, autoescape=True) for name in phones]
                conditions += self._related_conditions(record_type, model, term)
                for row in session.scalars(select(model).where(or_(*conditions)).order_by(model.id)):
                    candidate = self._candidate(session, record_type, row, term, phone)
                    found[candidate.key] = candidate
            for candidate in self._from_audit(session, term, phone, found):
                found[candidate.key] = candidate
        return sorted(found.values(), key=lambda c: (c.record_type, c.id))

    @staticmethod
    def _related_conditions(record_type: str, model: Any, term: str) -> list:
        conditions = []
        if record_type in _STATUS_NOTES:
            change, owner = _STATUS_NOTES[record_type]
            conditions.append(model.id.in_(select(owner).where(_contains(change.note, term))))
        if record_type in _CHECKLIST_OWNER:
            owner = _CHECKLIST_OWNER[record_type]
            conditions.append(model.id.in_(
                select(owner).join(ChecklistItem, ChecklistItem.checklist_id == Checklist.id)
                .where(or_(_contains(ChecklistItem.note, term), _contains(ChecklistItem.text, term)))))
        if record_type == NOTIFICATION:  # the sender or subject of the e-mail it came in by
            conditions.append(model.id.in_(select(MailOriginal.notification_id).where(
                or_(_contains(MailOriginal.sender, term), _contains(MailOriginal.subject, term)))))
        return conditions

    def _candidate(self, session: Session, record_type: str, row: Any, term: str, phone: str | None) -> Candidate:
        _model, texts, phones, shown_fields = _SEARCH[record_type]
        matched = [name for name in texts if _text_matches(getattr(row, name), term, phone, False)]
        matched += [name for name in phones if _text_matches(getattr(row, name), term, phone, True)]
        if record_type in _STATUS_NOTES and any(term.lower() in (c.note or "").lower() for c in row.status_changes):
            matched.append("status_note")
        if record_type in _CHECKLIST_OWNER:
            owner = _CHECKLIST_OWNER[record_type]
            items = session.scalars(select(ChecklistItem).join(Checklist).where(owner == row.id)).all()
            if any(term.lower() in f"{i.text}\n{i.note}".lower() for i in items):
                matched.append("checklist")
        if record_type == NOTIFICATION:
            original = session.scalars(select(MailOriginal).where(MailOriginal.notification_id == row.id)).first()
            if original is not None and term.lower() in f"{original.sender}\n{original.subject}".lower():
                matched.append("mail_original")
        shown = tuple((name, getattr(row, name)) for name in shown_fields if getattr(row, name, ""))
        return Candidate(record_type, row.id, _line(self._title(session, record_type, row)), self._when(row),
                         tuple(matched), shown)

    @staticmethod
    def _title(session: Session, record_type: str, row: Any) -> str:
        if record_type == NOTIFICATION:
            return row.purpose
        if record_type == EVENT:
            return row.title
        if record_type == PARTNER_CONTACT:
            partner = session.get(Partner, row.partner_id)
            return f"{row.name} ({partner.name})" if partner else row.name
        operation = session.get(Operation, row.operation_id)
        return f"{operation.title if operation else ''}: {row.text}"

    @staticmethod
    def _when(row: Any) -> datetime | None:
        return getattr(row, "start_at", None) or getattr(row, "at", None)

    def _from_audit(self, session: Session, term: str, phone: str | None, found: dict[str, Candidate]) -> list[Candidate]:
        """Records whose trail holds the text: deleted ones, and ones that no longer hold it themselves."""
        mentions = [_contains(AuditEntry.old_value, term), _contains(AuditEntry.new_value, term)]
        if phone:
            mentions += [_bare_digits(AuditEntry.old_value).contains(phone, autoescape=True),
                         _bare_digits(AuditEntry.new_value).contains(phone, autoescape=True)]
        kinds = (NOTIFICATION, EVENT, PARTNER_CONTACT)
        pairs = session.execute(select(AuditEntry.record_type, AuditEntry.record_id, AuditEntry.field)
                                .where(AuditEntry.record_type.in_(kinds), or_(*mentions))
                                .order_by(AuditEntry.id)).all()
        extra: dict[str, Candidate] = {}
        for record_type, record_id, _field in pairs:
            key = f"{record_type}:{record_id}"
            if not record_id.isdigit():
                continue
            if key in found:
                previous = found[key]
                if "audit_trail" not in previous.matched:
                    found[key] = Candidate(previous.record_type, previous.id, previous.title, previous.when,
                                           (*previous.matched, "audit_trail"), previous.shown, previous.deleted)
                continue
            if key in extra:
                continue
            model = _SEARCH[record_type][0]
            row = session.get(model, int(record_id))
            if row is not None:
                base = self._candidate(session, record_type, row, term, phone)
                extra[key] = Candidate(base.record_type, base.id, base.title, base.when, (*base.matched, "audit_trail"),
                                       base.shown, False)
                continue
            deleted = session.scalars(select(AuditEntry).where(
                AuditEntry.record_type == record_type, AuditEntry.record_id == record_id,
                AuditEntry.action == "delete")).first()
            title = deleted.old_value if deleted is not None and deleted.old_value else ""
            extra[key] = Candidate(record_type, int(record_id), _line(title), deleted.at if deleted else None,
                                   ("audit_trail",), (), True)
        return list(extra.values())

    # --- step 2: the export ---------------------------------------------------------------

    def compile(self, person: str, keys: Iterable[str]) -> SubjectAccess:
        """Everything held in exactly the chosen records (``"notification:12"``, …)."""
        term = self.normalise(person)
        chosen = list(dict.fromkeys(parse_key(key) for key in keys))  # ValueError for a bad key
        records: list[HeldRecord] = []
        audit: list[AuditLine] = []
        with self._factory() as session:
            for record_type, record_id in chosen:
                model = _SEARCH[record_type][0]
                row = session.get(model, record_id)
                if row is None:
                    if not self._has_history(session, record_type, record_id):
                        raise LookupError(f"{record_type}:{record_id}")
                    records.append(HeldRecord(record_type, record_id, (), deleted=True))
                else:
                    records.append(self._held(session, record_type, row))
                statement = select(AuditEntry).where(AuditEntry.record_type == record_type,
                                                     AuditEntry.record_id == str(record_id)).order_by(AuditEntry.id)
                audit += [AuditLine(e.id, e.at, e.user, e.action, e.record_type, e.record_id, e.field,
                                    _decoded(e.record_type, e.field, e.old_value), _decoded(e.record_type, e.field, e.new_value))
                          for e in session.scalars(statement)]
            text = read_setting(session, RETENTION_MONTHS, str(DEFAULT_RETENTION_MONTHS))
            author = read_profile(session).author  # the PDF's author: municipality and department
        try:
            months = max(1, int(text or DEFAULT_RETENTION_MONTHS))
        except (TypeError, ValueError):
            months = DEFAULT_RETENTION_MONTHS
        audit.sort(key=lambda line: line.id)
        return SubjectAccess(term, self._clock(), tuple(records), tuple(audit), months, self._user, author)

    @staticmethod
    def _has_history(session: Session, record_type: str, record_id: int) -> bool:
        return bool(session.scalar(select(func.count(AuditEntry.id)).where(
            AuditEntry.record_type == record_type, AuditEntry.record_id == str(record_id))))

    def _held(self, session: Session, record_type: str, row: Any) -> HeldRecord:
        fields = []
        for attribute in row.__mapper__.column_attrs:
            column = attribute.columns[0]
            if column.key in SKIPPED_COLUMNS:
                continue
            value = getattr(row, attribute.key)
            if column.key == "decision_grounds" and isinstance(value, str):
                value = _grounds(value)
            elif column.key == "decision_measures" and isinstance(value, list):
                value = tuple(Measure.from_json(item) for item in value if isinstance(item, dict))
            if value is not None and value != "" and value != [] and value != ():  # an empty field holds nothing
                fields.append((column.key, value))
        history: tuple[StatusLine, ...] = ()
        if record_type in _STATUS_NOTES:
            history = tuple(StatusLine(c.changed_at, c.changed_by, c.from_status, c.to_status, c.note)
                            for c in row.status_changes)
        checklist: tuple[ChecklistLine, ...] = ()
        if record_type in _CHECKLIST_OWNER:
            owner = _CHECKLIST_OWNER[record_type]
            items = session.scalars(select(ChecklistItem).join(Checklist).where(owner == row.id)
                                    .order_by(ChecklistItem.position, ChecklistItem.id)).all()
            checklist = tuple(ChecklistLine(i.text, i.partner.name if i.partner else "", i.due_at, i.status, i.note)
                              for i in items)
        context = ""
        if record_type == PARTNER_CONTACT:
            partner = session.get(Partner, row.partner_id)
            context = partner.name if partner else ""
        elif record_type == LOG_ENTRY:
            operation = session.get(Operation, row.operation_id)
            if operation is not None:
                context = operation.title
        originals: tuple[OriginalLine, ...] = ()
        if record_type == NOTIFICATION:
            originals = tuple(
                OriginalLine(o.file_name, o.format, o.size, o.sender, o.subject, o.message_id, o.received_at,
                             o.received_header, o.imported_at, o.imported_by, o.removed_at)
                for o in session.scalars(select(MailOriginal).where(MailOriginal.notification_id == row.id)))
        return HeldRecord(record_type, row.id, tuple(fields), history, checklist, context, originals=originals)
