"""``crisisdesk subject-access``: everything held about one person (AVG art. 15), as a PDF.

A name is not unique, so the search gives candidates and the advisor chooses::

    crisisdesk subject-access --person "Mark de Bruijn" --list
    crisisdesk subject-access --person "Mark de Bruijn" --record notification:12 \\
        --record partner_contact:3 --out inzage.pdf

``--person`` may be a name, e-mail address, phone number or address (part of it will
do). Without ``--record`` nothing is written: the candidates are listed with the
command to choose them. ``--all`` takes every candidate, for when the advisor has
checked that they all belong to this person.
"""

from __future__ import annotations

import argparse

from crisisdesk.i18n import translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--person", required=True,
                        help="the person's name, e-mail address, phone number or address (part of it will do)")
    parser.add_argument("--list", action="store_true", help="only list the records found, to choose from")
    parser.add_argument("--record", metavar="TYPE:ID", action="append", default=[],
                        help="a record that belongs to this person, e.g. notification:12 (repeat for more)")
    parser.add_argument("--all", action="store_true", help="every record found belongs to this person")
    parser.add_argument("--out", metavar="FILE.pdf", help="where to write the PDF")


def _describe(candidate) -> str:
    from crisisdesk.labels import format_moment
    from crisisdesk.reports.privacy.subject_access import field_words

    when = format_moment(candidate.when, weekday=False) if candidate.when else ""
    shown = "; ".join(value for _field, value in candidate.shown)
    matched = ", ".join(field_words(name) for name in candidate.matched)
    parts = [candidate.key, when, candidate.title, shown]
    if candidate.deleted:
        parts.append(translate("Report", "(deleted; audit trail only)"))
    return "  " + "  |  ".join(part for part in parts if part) + "\n      " + \
        translate("Report", "found in: {fields}").format(fields=matched)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from crisisdesk.cli import fail
    from crisisdesk.cli.reporting import open_desk
    from crisisdesk.domain.privacy.subject_access import parse_key
    from crisisdesk.reports.privacy.subject_access import subject_access_pdf

    for key in args.record:
        try:
            parse_key(key)
        except ValueError:
            return fail(translate("Report", "Give a record as TYPE:ID, e.g. notification:12 "
                                            "(types: notification, event, partner_contact, log_entry)."))
    exporting = bool(args.record or args.all)
    if exporting and not args.out:
        return fail(translate("Report", "Give --out FILE.pdf for the export."))
    if args.out and not Path(args.out).parent.is_dir():
        return fail(translate("Cli", "--out: folder {folder} does not exist.").format(folder=Path(args.out).parent))
    desk = open_desk(args)
    try:
        service = desk.subject_access
        try:
            candidates = service.candidates(args.person)
        except ValueError:
            return fail(translate("Report", "Give at least three characters of a name, e-mail address, phone number "
                                            "or address."))
        if not exporting:
            print(translate("Report", "{count} records found for \"{person}\". Check which belong to this person:")
                  .format(count=len(candidates), person=args.person))
            for candidate in candidates:
                print(_describe(candidate))
            if args.list:
                return 0
            print(translate("Report", "Nothing written. Choose with --record TYPE:ID (repeatable), or --all when every "
                                      "record above is about this person, and give --out FILE.pdf."))
            return 2
        keys = [c.key for c in candidates] if args.all else args.record
        try:
            data = service.compile(args.person, keys)
        except LookupError as exc:
            return fail(translate("Report", "No record {record} in this database.").format(record=exc.args[0]))
        desk.save_export(args.out, subject_access_pdf(data), "subject access")
    finally:
        desk.dispose()
    print(translate("Report", "{records} records and {entries} audit entries about \"{person}\" written to {path}.").format(
        records=len(data.records), entries=len(data.audit), person=data.person, path=args.out))
    return 0
