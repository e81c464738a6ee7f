"""Checklists on notifications, events and scenarios: apply a template, tick items off.

API for the screens (each write is one short transaction)::

    service = ChecklistService(factory, templates=None, clock=utc_now, user=None)
    service.get(record_type, record_id) -> ChecklistRecord | None
    service.apply_template(record_type, record_id, template_key, anchor_at=None) -> ChecklistRecord
    service.add_item(record_type, record_id, text, partner_id=None, offset_text=None,
                     due_at=None, required=True, anchor_at=None) -> ChecklistRecord
    service.update_item(item_id, ItemChange(...)) -> ChecklistRecord
    service.remove_item(item_id) -> ChecklistRecord
    service.set_anchor(record_type, record_id, anchor_at) -> ChecklistRecord   # scenarios

Each item keeps its offset ("14 dagen voor") and a stored due moment for indexed
queries. A notification's or event's checklist counts from the record's start; the
notification and event services call :func:`move_due_moments` in their own save
transaction, so the due moments move with the start. A scenario has no start: the
advisor gives the anchor (e.g. the moment of scale-up) when applying a template.
Queries across records (per partner, progress for lists) are in ``checklist_queries``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from crisisdesk.db.models import Checklist, ChecklistItem, CrisisScenario, Event, Notification, Partner
from crisisdesk.domain.checklists.rules import (
    ChecklistRecordType,
    ItemStatus,
    OffsetError,
    due_moment,
    is_overdue,
    parse_offset,
    progress_of,
)
from crisisdesk.domain.checks import FieldError
from crisisdesk.domain.timeutil import utc_now
from crisisdesk.domain.checklists.records import (
    ChecklistItemRecord,
    ChecklistRecord,
    ItemChange,
    PartnerProgress,
)
from crisisdesk.services.checklists.sync import FOREIGN_KEYS, move_due_moments  # noqa: F401 - re-exported
from crisisdesk.services.errors import NotFound, ValidationFailed
from crisisdesk.services.users import current_user
from crisisdesk.services.transactions import write_transaction
from crisisdesk.services.checklists.templates import TemplateCatalogue, load_templates

Clock = Callable[[], datetime]

RECORD_MODELS = {
    ChecklistRecordType.NOTIFICATION: Notification,
    ChecklistRecordType.EVENT: Event,
    ChecklistRecordType.SCENARIO: CrisisScenario,
}


def record_type_of(checklist: Checklist) -> tuple[ChecklistRecordType, int]:
    if checklist.notification_id is not None:
        return ChecklistRecordType.NOTIFICATION, checklist.notification_id
    if checklist.event_id is not None:
        return ChecklistRecordType.EVENT, checklist.event_id
    if checklist.scenario_id is not None:
        return ChecklistRecordType.SCENARIO, checklist.scenario_id
    raise ValueError(f"checklist {checklist.id} belongs to no notification, event or scenario")


def find_checklist(session: Session, record_type: ChecklistRecordType, record_id: int) -> Checklist | None:
    return session.scalar(
        select(Checklist).where(FOREIGN_KEYS[record_type] == record_id)
        .options(selectinload(Checklist.items).selectinload(ChecklistItem.partner))
    )


def to_record(checklist: Checklist, now: datetime) -> ChecklistRecord:
    record_type, record_id = record_type_of(checklist)
    items = tuple(
        ChecklistItemRecord(
            id=i.id, position=i.position, text=i.text, partner_id=i.partner_id,
            partner_name=i.partner.name if i.partner is not None else "", offset_text=i.offset_text,
            due_at=i.due_at, required=i.required, template=i.template, status=i.status,
            status_by=i.status_by, status_at=i.status_at, note=i.note,
            overdue=is_overdue(i.status, i.due_at, now),
        )
        for i in sorted(checklist.items, key=lambda i: (i.position, i.id))
    )
    groups: dict[int | None, list[ChecklistItemRecord]] = {}
    for item in items:
        groups.setdefault(item.partner_id, []).append(item)
    per_partner = tuple(
        sorted(
            (PartnerProgress(pid, group[0].partner_name, progress_of(group, now)) for pid, group in groups.items()),
            key=lambda p: (p.partner_id is None, p.partner_name.casefold()),
        )
    )
    return ChecklistRecord(
        checklist.id, record_type, record_id, checklist.anchor_at, tuple(checklist.templates or ()),
        items, progress_of(items, now), per_partner,
    )


def _offset_error(text: str, exc: OffsetError) -> ValidationFailed:
    return ValidationFailed([FieldError("offset", "offset_invalid", {"text": text, "problem": str(exc)})])


class ChecklistService:
    def __init__(self, factory: sessionmaker, templates: TemplateCatalogue | None = None,
                 clock: Clock = utc_now, user: str | None = None) -> None:
        self._factory = factory
        self._templates = templates
        self._clock = clock
        self.user = user or current_user()

    @property
    def templates(self) -> TemplateCatalogue:
        if self._templates is None:
            self._templates = load_templates()
        return self._templates

    def reload_templates(self) -> TemplateCatalogue:
        self._templates = load_templates()
        return self._templates

    def now(self) -> datetime:
        return self._clock()

    @property
    def factory(self) -> sessionmaker:
        return self._factory

    @property
    def read_only(self) -> bool:
        """True for an observer's desk: every write raises ReadOnly."""
        from crisisdesk.services.users import is_read_only

        return is_read_only(self._factory)

    # --- reading ------------------------------------------------------------------------

    def get(self, record_type: ChecklistRecordType, record_id: int) -> ChecklistRecord | None:
        with self._factory() as session:
            checklist = find_checklist(session, record_type, record_id)
            return to_record(checklist, self._clock()) if checklist is not None else None

    def record_start(self, record_type: ChecklistRecordType, record_id: int) -> datetime | None:
        """The start the checklist counts from (None for a scenario)."""
        with self._factory() as session:
            row = session.get(RECORD_MODELS[record_type], record_id)
            if row is None:
                raise NotFound(record_type.value, record_id)
            return getattr(row, "start_at", None)

    # --- writing ------------------------------------------------------------------------

    def _write(self, work: Callable[[Session, datetime], Checklist]) -> ChecklistRecord:
        now = self._clock()
        with write_transaction(self._factory, self.user, now) as session:
            checklist = work(session, now)
            session.flush()
            session.expire_all()  # partners changed by id: read names afresh
            return to_record(checklist, now)

    def _checklist(self, session: Session, record_type: ChecklistRecordType, record_id: int,
                   anchor_at: datetime | None, now: datetime) -> Checklist:
        """The record's checklist, made on first use (anchored at the start or ``anchor_at``)."""
        row = session.get(RECORD_MODELS[record_type], record_id)
        if row is None:
            raise NotFound(record_type.value, record_id)
        checklist = find_checklist(session, record_type, record_id)
        start = getattr(row, "start_at", None)
        if checklist is None:
            anchor = start or anchor_at
            if anchor is None:
                raise ValidationFailed([FieldError("anchor_at", "anchor_required")])
            checklist = Checklist(anchor_at=anchor, templates=[], created_at=now, created_by=self.user)
            setattr(checklist, FOREIGN_KEYS[record_type].key, record_id)
            session.add(checklist)
            session.flush()
        elif start is None and anchor_at is not None and anchor_at != checklist.anchor_at:
            self._reanchor(checklist, anchor_at)
        return checklist

    @staticmethod
    def _reanchor(checklist: Checklist, anchor_at: datetime) -> None:
        checklist.anchor_at = anchor_at
        for item in checklist.items:
            if item.offset_text:
                item.due_at = due_moment(anchor_at, parse_offset(item.offset_text))

    def apply_template(self, record_type: ChecklistRecordType, record_id: int, template_key: str,
                       anchor_at: datetime | None = None) -> ChecklistRecord:
        try:
            template = self.templates.get(template_key)
        except KeyError:
            raise ValidationFailed([FieldError("template", "template_unknown", {"key": template_key})]) from None
        if template.applies_to != record_type:
            raise ValidationFailed([FieldError("template", "template_wrong_kind")])

        def work(session: Session, now: datetime) -> Checklist:
            checklist = self._checklist(session, record_type, record_id, anchor_at, now)
            if template.key in (checklist.templates or []):
                raise ValidationFailed([FieldError("template", "already_applied", {"name": template.name})])
            partners = dict(session.execute(select(Partner.key, Partner.id)).all())
            position = max((i.position for i in checklist.items), default=0)
            for number, item in enumerate(sorted(template.items, key=lambda i: i.offset.sort_key()), start=1):
                checklist.items.append(ChecklistItem(
                    position=position + number, text=item.text, partner_id=partners.get(item.responsible),
                    offset_text=item.due, due_at=due_moment(checklist.anchor_at, item.offset),
                    required=item.required, template=template.name, status=ItemStatus.OPEN,
                ))
            checklist.templates = [*(checklist.templates or []), template.key]
            return checklist

        return self._write(work)

    def add_item(self, record_type: ChecklistRecordType, record_id: int, text: str, partner_id: int | None = None,
                 offset_text: str | None = None, due_at: datetime | None = None, required: bool = True,
                 anchor_at: datetime | None = None) -> ChecklistRecord:
        if not text.strip():
            raise ValidationFailed([FieldError("text", "required")])
        offset = None
        if offset_text:
            try:
                offset = parse_offset(offset_text)
            except OffsetError as exc:
                raise _offset_error(offset_text, exc) from exc

        def work(session: Session, now: datetime) -> Checklist:
            checklist = self._checklist(session, record_type, record_id, anchor_at or due_at or now, now)
            position = max((i.position for i in checklist.items), default=0) + 1
            checklist.items.append(ChecklistItem(
                position=position, text=text.strip(), partner_id=partner_id,
                offset_text=offset_text.strip() if offset and offset_text else None,
                due_at=due_moment(checklist.anchor_at, offset) if offset else due_at,
                required=required, template="", status=ItemStatus.OPEN,
            ))
            return checklist

        return self._write(work)

    def update_item(self, item_id: int, change: ItemChange) -> ChecklistRecord:
        if change.text is not None and not change.text.strip():
            raise ValidationFailed([FieldError("text", "required")])
        offset = None
        if change.offset_text:
            try:
                offset = parse_offset(change.offset_text)
            except OffsetError as exc:
                raise _offset_error(change.offset_text, exc) from exc

        def work(session: Session, now: datetime) -> Checklist:
            item = session.get(ChecklistItem, item_id)
            if item is None:
                raise NotFound("checklist_item", item_id)
            if change.text is not None:
                item.text = change.text.strip()
            if change.clear_partner:
                item.partner_id = None
            elif change.partner_id is not None:
                item.partner_id = change.partner_id
            if change.status is not None and change.status != item.status:
                item.status, item.status_by, item.status_at = change.status, self.user, now
            if change.note is not None:
                item.note = change.note.strip()
            if offset is not None and change.offset_text is not None:  # offset is parsed from offset_text
                item.offset_text = change.offset_text.strip()
                item.due_at = due_moment(item.checklist.anchor_at, offset)
            elif change.due_at is not None:
                item.offset_text, item.due_at = None, change.due_at
            if change.required is not None:
                item.required = change.required
            return item.checklist

        return self._write(work)

    def remove_item(self, item_id: int) -> ChecklistRecord:
        def work(session: Session, now: datetime) -> Checklist:
            item = session.get(ChecklistItem, item_id)
            if item is None:
                raise NotFound("checklist_item", item_id)
            checklist = item.checklist
            checklist.items.remove(item)
            return checklist

        return self._write(work)

    def set_anchor(self, record_type: ChecklistRecordType, record_id: int, anchor_at: datetime) -> ChecklistRecord:
        """Moves a scenario checklist's reference moment; the due moments follow."""

        def work(session: Session, now: datetime) -> Checklist:
            checklist = find_checklist(session, record_type, record_id)
            if checklist is None:
                raise NotFound("checklist", record_id)
            self._reanchor(checklist, anchor_at)
            return checklist

        return self._write(work)
