"""Frozen records of partners and checklists, handed from the services to the UI, CLI and reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from crisisdesk.domain.checklists.rules import ChecklistRecordType, ItemStatus, Progress
from crisisdesk.domain.scenarios.rules import Discipline


@dataclass(frozen=True)
class ContactRecord:
    id: int | None  # None: a new contact in a draft
    name: str
    function: str = ""
    phone: str = ""
    phone_24h: str = ""
    email: str = ""


@dataclass(frozen=True)
class PartnerRecord:
    id: int
    key: str
    name: str
    discipline: Discipline | None
    role: str
    phone: str
    email: str
    active: bool
    contacts: tuple[ContactRecord, ...] = ()
    version: int = 1  # optimistic concurrency: a save names the version it edited
    updated_at: datetime | None = None
    updated_by: str = ""


@dataclass(frozen=True)
class PartnerDraft:
    name: str
    discipline: Discipline | None = None
    role: str = ""
    phone: str = ""
    email: str = ""
    active: bool = True
    contacts: tuple[ContactRecord, ...] = ()


@dataclass(frozen=True)
class ChecklistItemRecord:
    id: int
    position: int
    text: str
    partner_id: int | None
    partner_name: str
    offset_text: str | None
    due_at: datetime | None
    required: bool
    template: str
    status: ItemStatus
    status_by: str
    status_at: datetime | None
    note: str
    overdue: bool


@dataclass(frozen=True)
class PartnerProgress:
    partner_id: int | None
    partner_name: str  # "" for items nobody has yet
    progress: Progress


@dataclass(frozen=True)
class ChecklistRecord:
    id: int
    record_type: ChecklistRecordType
    record_id: int
    anchor_at: datetime
    templates: tuple[str, ...]
    items: tuple[ChecklistItemRecord, ...]
    progress: Progress
    per_partner: tuple[PartnerProgress, ...] = field(default=())


@dataclass(frozen=True)
class PartnerTask:
    """An item one partner still has to do, with the record it belongs to."""

    item_id: int
    text: str
    due_at: datetime | None
    status: ItemStatus
    required: bool
    note: str
    overdue: bool
    record_type: ChecklistRecordType
    record_id: int
    record_title: str  # neutral for sensitive events
    record_start: datetime | None  # the anchor for a scenario


@dataclass(frozen=True)
class ItemChange:
    """What the advisor changed on an item; None leaves a field as it is."""

    text: str | None = None
    partner_id: int | None = None
    clear_partner: bool = False
    status: ItemStatus | None = None
    note: str | None = None
    due_at: datetime | None = None  # a fixed due moment (drops the offset)
    offset_text: str | None = None  # a new offset from the anchor
    required: bool | None = None


@dataclass(frozen=True)
class RecordProgress:
    """Checklist progress of one record (``kind`` is "notification", "event" or "scenario")."""

    kind: str
    id: int
    progress: Progress
