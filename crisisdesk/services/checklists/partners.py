"""The partner registry: organisations with discipline and role, and their contacts.

    service = PartnerService(factory, clock=utc_now, user=None)
    service.seed_defaults() -> int            # resources/partners.toml; idempotent (by key)
    service.list(search="") -> list[PartnerRecord]
    service.get(id) -> PartnerRecord
    service.save(draft, partner_id=None, expected_version=None) -> PartnerRecord
                                              # raises ValidationFailed, ConcurrentEdit, NotFound
    service.match(text) -> list[PartnerRecord]  # name or key contains text (CLI --partner)
"""

from __future__ import annotations

import builtins
import re
import tomllib
import unicodedata
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import selectinload, sessionmaker
from sqlalchemy.orm.attributes import flag_modified

from crisisdesk.db.models import Partner, PartnerContact
from crisisdesk.domain.checks import FieldError
from crisisdesk.domain.scenarios.rules import Discipline
from crisisdesk.domain.timeutil import utc_now
from crisisdesk.domain.checklists.records import ContactRecord, PartnerDraft, PartnerRecord
from crisisdesk.services.errors import NotFound, ValidationFailed
from crisisdesk.services.users import current_user
from crisisdesk.services.transactions import row_for_update, storage_error, write_transaction

Clock = Callable[[], datetime]
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def partners_file() -> Path:
    from crisisdesk.resources import resource_path

    return resource_path("partners.toml")


def load_seed(path: Path | None = None) -> list[dict]:
    """The shipped partner organisations (key, name, discipline, role)."""
    data = tomllib.loads((path or partners_file()).read_text(encoding="utf-8"))
    return data.get("partner", [])


def normalise(text: str) -> str:
    """Lower case without accents, for searching ("coördinator" finds "coordinator")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalise(name)).strip("-")[:60] or "partner"


def partner_record(row: Partner) -> PartnerRecord:
    return PartnerRecord(
        row.id, row.key, row.name, row.discipline, row.role, row.phone, row.email, row.active,
        tuple(ContactRecord(c.id, c.name, c.function, c.phone, c.phone_24h, c.email) for c in row.contacts),
        version=row.version, updated_at=row.updated_at, updated_by=row.updated_by,
    )


def draft_from_partner(record: PartnerRecord) -> PartnerDraft:
    """The draft a form holding ``record`` would give: for comparing versions field by field."""
    return PartnerDraft(
        name=record.name, discipline=record.discipline, role=record.role, phone=record.phone,
        email=record.email, active=record.active, contacts=record.contacts,
    )


def _search_text(row: Partner, contacts: list[ContactRecord]) -> str:
    parts = [row.key, row.name, row.role, *(f"{c.name} {c.function}" for c in contacts)]
    return normalise(" ".join(parts))


def validate(draft: PartnerDraft) -> list[FieldError]:
    errors = []
    if not draft.name.strip():
        errors.append(FieldError("name", "required"))
    if draft.email.strip() and not EMAIL.match(draft.email.strip()):
        errors.append(FieldError("email", "email_invalid"))
    for contact in draft.contacts:
        if not contact.name.strip():
            errors.append(FieldError("contacts", "required"))
        if contact.email.strip() and not EMAIL.match(contact.email.strip()):
            errors.append(FieldError("contacts", "email_invalid"))
    return errors


class PartnerService:
    def __init__(self, factory: sessionmaker, clock: Clock = utc_now, user: str | None = None) -> None:
        self._factory = factory
        self._clock = clock
        self.user = user or current_user()

    def seed_defaults(self, path: Path | None = None) -> int:
        """Adds the shipped organisations that are not there yet (by key); returns how many."""
        now = self._clock()
        added = 0
        try:
            with self._factory.begin() as session:
                session.info.update(user=self.user, now=now)
                known = set(session.scalars(select(Partner.key)))
                names = {normalise(n) for n in session.scalars(select(Partner.name))}
                for item in load_seed(path):
                    if item["key"] in known or normalise(item["name"]) in names:
                        continue
                    row = Partner(
                        key=item["key"], name=item["name"], role=item.get("role", ""),
                        discipline=Discipline(item["discipline"]) if item.get("discipline") else None,
                        phone="", email="", active=True, updated_at=now, updated_by=self.user,
                    )
                    row.search_text = _search_text(row, [])
                    session.add(row)
                    added += 1
        except OperationalError as exc:
            raise storage_error(exc) from exc
        return added

    def list(self, search: str = "", active_only: bool = False) -> list[PartnerRecord]:
        statement = select(Partner).options(selectinload(Partner.contacts)).order_by(Partner.name)
        for term in normalise(search).split():
            statement = statement.where(Partner.search_text.contains(term, autoescape=True))
        if active_only:
            statement = statement.where(Partner.active.is_(True))
        with self._factory() as session:
            return [partner_record(row) for row in session.scalars(statement)]

    def get(self, partner_id: int) -> PartnerRecord:
        with self._factory() as session:
            row = session.get(Partner, partner_id)
            if row is None:
                raise NotFound("partner", partner_id)
            return partner_record(row)

    def match(self, text: str) -> builtins.list[PartnerRecord]:
        """Partners whose name or key contains ``text``; an exact name or key wins alone."""
        wanted = normalise(text.strip())
        if not wanted:
            return []
        everyone = self.list()
        exact = [p for p in everyone if wanted in (normalise(p.name), normalise(p.key))]
        if exact:
            return exact
        return [p for p in everyone if wanted in normalise(p.name) or wanted in normalise(p.key)]

    def save(self, draft: PartnerDraft, partner_id: int | None = None, expected_version: int | None = None) -> PartnerRecord:
        """Creates (no ``partner_id``) or updates a partner with its contacts, in one transaction.

        With ``expected_version`` an update is refused with ConcurrentEdit when another
        desk saved the partner (or any of its contacts) since that version was read.
        """
        errors = validate(draft)
        if errors:
            raise ValidationFailed(errors)
        now = self._clock()
        name = draft.name.strip()
        with write_transaction(self._factory, self.user, now, partner_id, expected_version) as session:
            clash = session.scalar(
                select(Partner.id).where(func.lower(Partner.name) == name.lower(), Partner.id != (partner_id or 0))
            )
            if clash is not None:
                raise ValidationFailed([FieldError("name", "duplicate_name")])
            if partner_id is None:
                key = slug(name)
                taken = set(session.scalars(select(Partner.key).where(Partner.key.startswith(key))))
                suffix = 2
                while key in taken:
                    key = f"{slug(name)}-{suffix}"
                    suffix += 1
                row = Partner(key=key)
                session.add(row)
            else:
                row = row_for_update(session, Partner, "partner", partner_id, expected_version)
            with session.no_autoflush:  # one UPDATE, so one new version, per save
                row.name, row.discipline, row.role = name, draft.discipline, draft.role.strip()
                row.phone, row.email, row.active = draft.phone.strip(), draft.email.strip(), draft.active
                row.updated_at, row.updated_by = now, self.user
                flag_modified(row, "updated_at")  # a change of contacts only is a new version too
                self._contacts(row, draft.contacts)
                row.search_text = _search_text(row, list(draft.contacts))
            session.flush()
            record = partner_record(row)
        return record

    @staticmethod
    def _contacts(row: Partner, contacts: tuple[ContactRecord, ...]) -> None:
        existing = {c.id: c for c in row.contacts}
        kept = []
        for contact in contacts:
            target = existing.get(contact.id) if contact.id is not None else None
            if target is None:
                target = PartnerContact()
            target.name, target.function = contact.name.strip(), contact.function.strip()
            target.phone, target.phone_24h, target.email = contact.phone.strip(), contact.phone_24h.strip(), contact.email.strip()
            kept.append(target)
        row.contacts = kept
