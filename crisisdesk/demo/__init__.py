"""Fictional notifications for demonstrations, training and load tests.

``seed_demo`` fills an (already migrated) database with realistic but clearly fictional
kennisgevingen: real Utrecht places, invented organisations and people, addresses on
"Voorbeeldstraat", phone numbers 06-0000xxxx and e-mail at example.nl.

The data is deterministic: the same ``seed`` and the same ``now`` give the same rows
(ids included when the database starts from the same state). ``now`` is the moment the
register is "looked at": nothing is received, decided or changed after it, items whose
start lies before it have been handled, items after it are still open or decided. When
``now`` is not given the current Amsterdam day at 00:00 is used, so runs on the same day
agree.

The derived columns (rule, deadline, on time, place key, duration, search text) are
computed with the same helpers ``NotificationService`` uses when it saves, so the rows
look exactly as if advisors had typed them in; the status history has one change per
status, as the service records it. The ids are chosen here (after the highest one) so
that counter-demonstrations and the history need no round trips. Rows are written in
batches of ``BATCH_SIZE``, one transaction each: on SQLite through the driver's
executemany in a writer thread, with values checked to bind exactly as the ORM binds
them (into an empty register all batches form one transaction, with the two tables'
indexes built once at the end); on other databases with Core bulk inserts.
"""


from __future__ import annotations

from typing import TYPE_CHECKING

from crisisdesk.demo.constants import DEMO_USER

if TYPE_CHECKING:
    from crisisdesk.demo.generator import default_now as default_now
    from crisisdesk.demo.seeding import seed_demo as seed_demo


def __getattr__(name: str) -> object:
    # Loaded when asked for: a worker process that generates chunks (``demo.chunks``)
    # imports this package too, and needs neither SQLAlchemy nor the services.
    if name == "seed_demo":
        from crisisdesk.demo.seeding import seed_demo

        return seed_demo
    if name == "default_now":
        from crisisdesk.demo.generator import default_now

        return default_now
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["DEMO_USER", "default_now", "seed_demo"]
