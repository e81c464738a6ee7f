"""Shared by the tests of the desk's tabs: records to put on the calendar, no threads left."""

from __future__ import annotations

from datetime import datetime


from crisisdesk.domain.enums import District, ManifestationKind, PlaceType
from crisisdesk.domain.events.rules import EventDraft, EventKind
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.timeutil import AMSTERDAM


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=AMSTERDAM)


def notification(purpose: str, start: datetime, end: datetime, location: str = "Neude",
                 district: District = District.BINNENSTAD, **changes) -> NotificationDraft:
    return NotificationDraft(
        kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC, purpose=purpose, start_at=start, end_at=end,
        location=location, district=district, received_at=local(2026, 3, 1, 10, 0), organiser_organisation="Stichting X",
        **changes,
    )


def event(title: str, start: datetime, end: datetime, location: str = "Jaarbeursplein",
          district: District = District.WEST, kind: EventKind = EventKind.EVENT, **changes) -> EventDraft:
    return EventDraft(kind=kind, title=title, start_at=start, end_at=end, location=location, district=district, **changes)
