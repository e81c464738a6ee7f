"""``crisisdesk audit --out FILE [--record notification:ID]``: the audit trail as CSV."""

from __future__ import annotations

import argparse

from crisisdesk.i18n import translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", metavar="FILE.csv", required=True, help="where to write the CSV (semicolons, UTF-8)")
    parser.add_argument("--record", metavar="TYPE:ID", help="only this record, e.g. notification:12")


def run(args: argparse.Namespace) -> int:
    from crisisdesk.cli import fail
    from crisisdesk.cli.reporting import open_desk
    from crisisdesk.services.privacy.audit import parse_record

    record_type = record_id = None
    if args.record:
        try:
            record_type, record_id = parse_record(args.record)
            if not record_id.isdigit() or not 1 <= int(record_id) < 2**63 or not record_type.isidentifier():
                raise ValueError(args.record)
        except ValueError:
            return fail(translate("Audit", "Give the record as TYPE:ID, e.g. notification:12."))
    desk = open_desk(args)
    try:
        count = desk.audit.export_csv(args.out, record_type, record_id)
        desk.remember_export(args.out, "audit trail")  # old values name people: removed after the retention term
    finally:
        desk.dispose()
    print(translate("Audit", "{count} audit entries written to {path}.").format(count=count, path=args.out))
    return 0
