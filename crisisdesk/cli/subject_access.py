"""``crisisdesk subject-access --person "name or e-mail" --out FILE.pdf`` (AVG art. 15)."""

from __future__ import annotations

import argparse

from crisisdesk.i18n import translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--person", required=True, help="the person's name or e-mail address (part of it will do)")
    parser.add_argument("--out", metavar="FILE.pdf", required=True, help="where to write the PDF")


def run(args: argparse.Namespace) -> int:
    from crisisdesk.cli import fail, resolve_database_url
    from crisisdesk.db.database import open_database
    from crisisdesk.files import write_file
    from crisisdesk.reports.privacy.subject_access import subject_access_pdf
    from crisisdesk.services.privacy.subject_access import SubjectAccessService

    database = open_database(resolve_database_url(args))
    try:
        try:
            data = SubjectAccessService(database.factory).find(args.person)
        except ValueError:
            return fail(translate("Report", "Give at least three characters of a name or e-mail address."))
        write_file(args.out, subject_access_pdf(data))
    finally:
        database.dispose()
    print(translate("Report", "{records} records and {entries} audit entries about \"{person}\" written to {path}.").format(
        records=len(data.records), entries=len(data.audit), person=data.person, path=args.out))
    return 0
