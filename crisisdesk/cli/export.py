"""``crisisdesk export``: a period of the calendar as ICS (Outlook) or CSV (Excel).

    crisisdesk export ics --from 2026-03-01 --to 31-03-2026 --out maart.ics [--db URL]
    crisisdesk export csv --from 2026-03-01 --to 2026-03-31 --out maart.csv --personal-data

``--to`` is inclusive: the whole day is exported. Organiser data stays out unless
``--personal-data`` is given.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, time, timedelta

from crisisdesk.domain.timeutil import AMSTERDAM
from crisisdesk.i18n import translate


class InputError(ValueError):
    """A value on the command line that cannot be used; the message is for the user."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("format", choices=("ics", "csv"), help="ics (Outlook, other calendars) or csv (Excel)")
    parser.add_argument("--from", dest="date_from", required=True, metavar="DATE", help="first day, YYYY-MM-DD or DD-MM-YYYY")
    parser.add_argument("--to", dest="date_to", required=True, metavar="DATE", help="last day (inclusive), YYYY-MM-DD or DD-MM-YYYY")
    parser.add_argument("--out", required=True, metavar="FILE", help="file to write")
    parser.add_argument("--personal-data", action="store_true", help="include organiser personal data (left out by default)")


def parse_day(text: str, what: str) -> date:
    for pattern in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            day = datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
        from crisisdesk.cli import reporting

        try:
            return reporting.check_year(day, what, text)
        except reporting.InputError as exc:
            raise InputError(str(exc)) from exc
    raise InputError(translate("Cli", "{what}: cannot read {text!r} as a date (YYYY-MM-DD or DD-MM-YYYY).").format(what=what, text=text))


def period(first: date, last: date) -> tuple[datetime, datetime]:
    """Amsterdam midnight of ``first`` up to Amsterdam midnight after ``last``."""
    return (
        datetime.combine(first, time(0, 0), tzinfo=AMSTERDAM),
        datetime.combine(last + timedelta(days=1), time(0, 0), tzinfo=AMSTERDAM),
    )


def run(args: argparse.Namespace) -> int:
    from crisisdesk.cli.reporting import open_desk

    try:
        first = parse_day(args.date_from, "--from")
        last = parse_day(args.date_to, "--to")
        if last < first:
            raise InputError(translate("Cli", "--to lies before --from."))
    except InputError as exc:
        print(f"crisisdesk export: {exc}", file=sys.stderr)
        return 2
    start, end = period(first, last)
    desk = open_desk(args)
    try:
        try:
            count = desk.export_file(args.format, args.out, start, end, include_personal_data=args.personal_data)
            if args.personal_data:  # removed after the retention term
                desk.remember_export(args.out, f"calendar {args.format}")
        except OSError as exc:
            print(
                "crisisdesk export: "
                + translate("Cli", "cannot write {path}: {reason}").format(path=args.out, reason=exc.strerror or exc),
                file=sys.stderr,
            )
            return 1
    finally:
        desk.dispose()
    print(
        translate("Cli", "{count} items from {first} to {last} exported to {path}.").format(
            count=count, first=first.strftime("%d-%m-%Y"), last=last.strftime("%d-%m-%Y"), path=args.out
        )
    )
    return 0
