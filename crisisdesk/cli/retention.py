"""``crisisdesk retention [--apply]``: what is due for AVG anonymisation, and doing it."""

from __future__ import annotations

import argparse

from crisisdesk.i18n import translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--apply", action="store_true", help="anonymise what is due (otherwise only list it)")


def run(args: argparse.Namespace) -> int:
    from crisisdesk.cli import resolve_database_url
    from crisisdesk.db.database import open_database
    from crisisdesk.labels import format_moment
    from crisisdesk.services.privacy.retention import RetentionService
    from crisisdesk.services.users import desk_user, set_read_only

    database = open_database(resolve_database_url(args))
    try:
        if getattr(args, "read_only", False):
            set_read_only(database.factory)
        service = RetentionService(database.factory, user=desk_user(database.factory))
        months, cutoff = service.months(), service.cutoff()
        print(translate("Retention", "Retention: organiser data is kept {months} months after the event; "
                                     "due: events that ended before {cutoff}.").format(
            months=months, cutoff=format_moment(cutoff, weekday=False)))
        records = service.apply().anonymised if args.apply else tuple(service.due())
        for record in records:
            print(f"  {record.record_type} #{record.id}  {format_moment(record.end_at, weekday=False)}  "
                  f"{record.district}  {record.title}")
        if args.apply:
            message = translate("Retention", "{count} anonymised; logged in the audit trail.")
        else:
            message = translate("Retention", "{count} due. Run with --apply to anonymise them.")
        print(message.format(count=len(records)))
    finally:
        database.dispose()
    return 0
