"""``crisisdesk subject-access --person "name or e-mail" --out FILE.pdf`` (AVG art. 15)."""

from __future__ import annotations

import argparse

from crisisdesk.i18n import translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--person", required=True, help="the person's name or e-mail address (part of it will do)")
    parser.add_argument("--out", metavar="FILE.pdf", required=True, help="where to write the PDF")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from crisisdesk.cli import fail
    from crisisdesk.cli.reporting import open_desk
    from crisisdesk.reports.privacy.subject_access import subject_access_pdf

    desk = open_desk(args)
    try:
        try:
            data = desk.subject_access.find(args.person)
        except ValueError:
            return fail(translate("Report", "Give at least three characters of a name or e-mail address."))
        Path(args.out).write_bytes(subject_access_pdf(data))
    finally:
        desk.dispose()
    print(translate("Report", "{records} records and {entries} audit entries about \"{person}\" written to {path}.").format(
        records=len(data.records), entries=len(data.audit), person=data.person, path=args.out))
    return 0
