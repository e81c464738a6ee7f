"""Records the tests build again and again: one factory each, with changes as keywords."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from crisisdesk.domain.enums import District, ManifestationKind, PlaceType
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.timeutil import AMSTERDAM


def local(*args: int) -> datetime:
    """A wall-clock moment in Utrecht."""
    return datetime(*args, tzinfo=AMSTERDAM)


def notification_draft(**changes: object) -> NotificationDraft:
    """A demonstration on the Neude, Tue 17-03-2026 14:00–16:00, received a week before.

    The organiser is a fictional private person with every contact field filled, so tests
    of letters, privacy and briefings can see where personal data goes.
    """
    base = NotificationDraft(
        kind=ManifestationKind.DEMONSTRATION,
        place_type=PlaceType.PUBLIC,
        purpose="Aandacht voor woningnood",
        start_at=local(2026, 3, 17, 14, 0),
        end_at=local(2026, 3, 17, 16, 0),
        location="Neude",
        district=District.BINNENSTAD,
        received_at=local(2026, 3, 10, 9, 0),
        organiser_name="Joëlle de Vries",
        organiser_address="Voorbeeldstraat 1, 3511 AA Utrecht",
        organiser_phone="06-00001234",
        organiser_email="joelle@example.nl",
        organiser_organisation="Actiecomité Woonlasten",
        expected_participants=150,
    )
    return replace(base, **changes)  # type: ignore[arg-type]
