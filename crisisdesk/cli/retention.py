"""``crisisdesk retention [--apply]``: what is due for AVG anonymisation, and doing it."""

from __future__ import annotations

import argparse

from crisisdesk.i18n import translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--apply", action="store_true", help="anonymise what is due (otherwise only list it)")


def _outcome(code: str) -> str:
    words = {
        "backup_removed": translate("Retention", "backup removed"),
        "export_removed": translate("Retention", "export removed"),
        "export_gone": translate("Retention", "export no longer there"),
        "export_changed": translate("Retention", "export changed since, left alone"),
    }
    return words.get(code, code)


def writes(args: argparse.Namespace) -> bool:
    return bool(args.apply)


def run(args: argparse.Namespace) -> int:
    from crisisdesk.cli.reporting import open_desk
    from crisisdesk.labels import format_moment

    desk = open_desk(args)
    try:
        service = desk.retention
        months, cutoff = service.months(), service.cutoff()
        print(translate("Retention", "Retention: organiser data is kept {months} months after the event; "
                                     "due: events that ended before {cutoff}.").format(
            months=months, cutoff=format_moment(cutoff, weekday=False)))
        run = service.apply() if args.apply else None
        records = run.anonymised if run is not None else tuple(service.due())
        for record in records:
            print(f"  {record.record_type} #{record.id}  {format_moment(record.end_at, weekday=False)}  "
                  f"{record.district}  {record.title}")
        originals = run.originals if run is not None else tuple(service.originals_due())
        for notification_id in originals:
            print("  " + translate("Retention", "original e-mail of notification #{id}").format(id=notification_id)
                  + (" " + translate("Retention", "deleted") if run is not None else ""))
        if run is not None:
            for key in run.redacted:
                print("  " + translate("Retention", "audit history cleaned: {record}").format(record=key))
            for outcome, name in run.files:
                print(f"  {_outcome(outcome)}: {name}")
            message = translate("Retention", "{count} anonymised; logged in the audit trail.")
        else:
            message = translate("Retention", "{count} due. Run with --apply to anonymise them.")
        print(message.format(count=len(records)))
    finally:
        desk.dispose()
    return 0
