"""Helpers for the PDF tests: notifications to print and the text of every page."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import datetime

from pypdf import PdfReader

from crisisdesk.domain.enums import District, ManifestationKind, PlaceType
from crisisdesk.domain.register.notifications import NotificationDraft
from crisisdesk.domain.timeutil import AMSTERDAM


def local(*args) -> datetime:
    return datetime(*args, tzinfo=AMSTERDAM)


def draft(**changes) -> NotificationDraft:
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
    return replace(base, **changes)


def pages_text(pdf: bytes) -> list[str]:
    """The text of each page, runs of whitespace made one space (table cells wrap)."""
    reader = PdfReader(io.BytesIO(pdf))
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages]
