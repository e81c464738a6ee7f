"""Two of the sample messages in ``resources/samples`` taken in as an advisor would.

The e-form (with its PDF copy) and the Outlook message are registered with their
originals, so the demo shows notifications that came in from the mailbox. A message
that cannot be registered on the demo's day (received after "now") is left out.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from sqlalchemy.orm import sessionmaker

from crisisdesk.demo.constants import DEMO_USER
from crisisdesk.domain.intake.mail import IntakeRefused
from crisisdesk.resources import resource_path
from crisisdesk.services.errors import ServiceError
from crisisdesk.services.register.mail_intake import MailIntakeService
from crisisdesk.services.register.notifications import NotificationService

DEMO_MESSAGES = ("kennisgeving-e-formulier.eml", "kennisgeving-outlook.msg")
LOG = logging.getLogger(__name__)


def seed_demo_mail(factory: sessionmaker, now: datetime | None = None) -> list[int]:
    """Registers the demo messages; returns the notifications made."""
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    clock = lambda: moment  # noqa: E731
    service = MailIntakeService(factory, NotificationService(factory, clock=clock, user=DEMO_USER), clock=clock,
                                user=DEMO_USER)
    made = []
    for name in DEMO_MESSAGES:
        try:
            intake, data = service.read(resource_path("samples", name))
            if service.registered_as(intake) is None:
                made.append(service.register(intake, data).id)
        except (IntakeRefused, ServiceError) as exc:
            LOG.info("demo message %s not registered: %s", name, type(exc).__name__)
    return made
