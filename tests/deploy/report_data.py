"""A notification with every kind of personal data filled in."""

from __future__ import annotations

from datetime import datetime

from crisisdesk.domain.enums import District, ManifestationKind, PlaceType
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.timeutil import AMSTERDAM


def organiser_draft() -> NotificationDraft:
    return NotificationDraft(
        kind=ManifestationKind.DEMONSTRATION, place_type=PlaceType.PUBLIC,
        purpose="Aandacht voor de sluiting van buurthuis De Kastanje",
        start_at=datetime(2026, 3, 17, 14, 0, tzinfo=AMSTERDAM), end_at=datetime(2026, 3, 17, 16, 0, tzinfo=AMSTERDAM),
        location="Neude", district=District.BINNENSTAD, received_at=datetime(2026, 3, 10, 9, 0, tzinfo=AMSTERDAM),
        organiser_name="Joëlle de Vries", organiser_address="Voorbeeldstraat 1, 3511 AA Utrecht",
        organiser_phone="06-00001234", organiser_email="joelle@example.nl", expected_participants=150,
    )
